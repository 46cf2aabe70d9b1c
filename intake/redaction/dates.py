"""Dates with day precision: finding them, and reducing them to month or year.

A date that names a day identifies an event (an arrest, a departure) and so a
person; a month or a year does not, and is what research needs. So only
day-precision dates are findings, and generalisation keeps month and year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from babel import Locale

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip

_MONTH_NUMBER = {name.casefold(): i for i, name in enumerate(MONTHS, 1)}
_MONTH_NUMBER.update({name[:3].casefold(): i for i, name in enumerate(MONTHS, 1)})
_MONTH_NUMBER["sept"] = 9
MONTH_WORDS = frozenset(_MONTH_NUMBER)
"""English month names and their abbreviations, folded: "march", "mar", "sept"."""

_MONTH = (
    r"(?P<{g}>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))\.?"
)
_DAY = r"(?P<{g}>[12]\d|3[01]|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>(?:19|20)\d\d|'\d\d)"
_SEP = r"[./\-]"

_ORDINAL_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
)  # fmt: skip
_ORDINAL_DAY = {word: day for day, word in enumerate(_ORDINAL_WORDS, 1)}
_ORDINAL_DAY.update({f"twenty {w}": 20 + d for w, d in list(_ORDINAL_DAY.items())[:9]})
_ORDINAL_DAY.update({"thirtieth": 30, "thirty first": 31})
# "fifteenth", "twenty-third", "thirty first": a day written as an ordinal word
_DAY_WORD = (
    r"(?P<{g}>(?i:(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh"
    r"|eighth|ninth)|thirtieth|twentieth|" + "|".join(_ORDINAL_WORDS[:19]) + r"))"
)
# Month names in the languages of the countries workers are sent to, from the Unicode CLDR:
# "3 мая 2017", "14 lutego 2019", "5 de maio de 2019", "14 februari 2019" (and the CJK 年月日 form).
_MONTH_LOCALES = ("ru", "pl", "cs", "pt", "es", "nl", "de", "fr", "it", "tr")
# Russian months written in Latin letters, as interpreters' notes do: "11 noyabrya 2015"
_RU_LATIN_MONTHS = (
    "yanvarya", "fevralya", "marta", "aprelya", "maya", "iyunya", "iyulya", "avgusta",
    "sentyabrya", "oktyabrya", "noyabrya", "dekabrya",
)  # fmt: skip
_FOREIGN_MONTH_NUMBER = {name: i for i, name in enumerate(_RU_LATIN_MONTHS, 1)}
_FOREIGN_MONTH_NUMBER.update(
    {
        name.casefold(): number
        for locale in _MONTH_LOCALES
        for context in ("format", "stand-alone")
        for number, name in Locale(locale).months[context]["wide"].items()
    }
)
# A day and a month of one or two digits each, in either order; which is which is decided in
# _to_date ("4.15" is April 15th, "28.12" December 28th). Never before a unit ("2.5 kg").
_NO_UNIT = (
    r"(?![\d/]|\.\d|\s?%)(?!\s?(?i:percent|million|thousand|hours?|hrs?|days?|weeks?|months?"
    r"|years?|kg|kilos?|g|grams?|km|m|cm|mm|metres?|meters?|l|litres?|liters?|ml|tons?|tonnes?"
    r"|dollars?|usd|won|yuan|rubles?|mil|mln|bn|riyals?|rials?|dirhams?|dinars?|euros?|eur|rmb|cny"
    r"|krw|rub|tenge|tugriks?|zloty|times|am|pm|o'clock|h|час\w*|дн\w*|тыс\w*|руб\w*|млн|кг|км)\b)"
)
_BARE_PAIR = rf"(?:[12]\d|3[01]|0?[1-9])[./](?:[12]\d|3[01]|0?[1-9]){_NO_UNIT}"
_PAIR = rf"(?P<first>[12]\d|3[01]|0?[1-9])[./](?P<second>[12]\d|3[01]|0?[1-9]){_NO_UNIT}"
_EVENT_WORDS = (
    "on|before|after|until|till|since|dated|left|arrived|boarded|departed|returned|released"
    "|arrested|escaped|crossed|expired|expires|issued|signed"
    "|hearing|appointment|appt|interview|meeting|visit|visited|deadline|due|passed"
    "|call|called|phoned|texted"
    "|приехал[аи]?|уехал[аи]?|прибыл[аи]?|выехал[аи]?"
)
_SINO_DIGITS = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
_SINO_UNITS = {"십": 10, "백": 100, "천": 1000}
_SINO_MONTHS = {"정": 1, "유": 6, "시": 10, "동지": 11, "동짓": 11, "섣": 12}
_NATIVE_COUNTS = ("하루", "이틀", "사흘", "나흘", "닷새", "엿새", "이레", "여드레", "아흐레")
# the days of a lunar month by their own names: 초하루 1, 열엿새 16, 스무날 20, 보름 15, 그믐 30
_NATIVE_DAY_NUMBER = {
    **{f"초{count}": day for day, count in enumerate(_NATIVE_COUNTS, 1)},
    "초열흘": 10,
    **{f"열{count}": day for day, count in enumerate(_NATIVE_COUNTS, 11)},
    "보름": 15,
    "스무날": 20,
    **{f"스무{count}": day for day, count in enumerate(_NATIVE_COUNTS, 21)},
    "그믐": 30,
}
_NATIVE_DAYS = sorted(_NATIVE_DAY_NUMBER, key=len, reverse=True)
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

_PATTERNS = [
    # 12 March 2011, 12th of March, 3-5 March 2011, 12 Mar. 2011, this 14th day of October
    rf"\b{_DAY.format(g='day')}{_ORD}(?:\s*[-–]\s*(?:[12]\d|3[01]|0?[1-9]){_ORD})?"
    rf"(?:\s+(?i:day))?(?:\s+of)?\s+{_MONTH.format(g='month')}(?:,?\s+{_YEAR.format(g='year')})?\b",
    # 7-Jan-2016, 07-JAN-16: the day, the month's name and the year joined by hyphens
    rf"\b{_DAY.format(g='day')}-{_MONTH.format(g='month')}-{_YEAR.format(g='year')}\b",
    # 2018:05:03, as a photo's EXIF data stamps it
    r"(?<![\d:])(?P<year>(?:19|20)\d\d):(?P<nmonth>0[1-9]|1[0-2]):(?P<day>0[1-9]|[12]\d|3[01])"
    r"(?![\d])",
    # 05MAR, 16MAR24: the day glued to the month in capitals, as tickets and itineraries print it
    r"(?<![\w])(?P<day>[12]\d|3[01]|0[1-9])(?P<month>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV"
    r"|DEC)(?P<year>\d\d)?(?![\w])",
    # March 12, 2011 / march 12th
    rf"\b{_MONTH.format(g='month')}\s+(?:the\s+)?{_DAY.format(g='day')}{_ORD}"
    rf"(?:\s*[-–]\s*(?:[12]\d|3[01]|0?[1-9]){_ORD})?(?:,?\s+{_YEAR.format(g='year')})?(?!\d)",
    # 2011-03-12, 2011.3.12, 2011/03/12, and the Korean way with spaces: 2023. 5. 17.
    # and with the century left out: '23.7.3
    rf"(?P<year>\b(?:19|20)\d\d|(?<![\w'])'\d\d)(?:{_SEP}|\.\s)(?P<nmonth>1[0-2]|0?[1-9])(?:{_SEP}|\.\s)"
    rf"(?P<day>[12]\d|3[01]|0?[1-9])\b",
    # 12.03.2011, 12/03/11, 12-03-2011 (day first, the usual order outside the US), also
    # the first of a range: 14.03.2018-13.03.2019
    rf"\b(?P<day>[12]\d|3[01]|0?[1-9])(?P<sep>{_SEP})(?P<nmonth>1[0-2]|0?[1-9])(?P=sep)"
    rf"(?P<year>(?:19|20)\d\d\b(?![./]\d)|\d\d\b(?![./\-]\d))",
    # 8.8., 31.12.: day and month without a year, closed by a dot (notes and letters)
    r"(?<![\d.])(?P<day>[12]\d|3[01]|0?[1-9])\.(?P<nmonth>1[0-2]|0?[1-9])\.(?!\d)",
    # 17/9, 30/4: day and month without a year when the day cannot be a month (not "24/7");
    # never glued to a code's letters or digits ("2231456-1/22E" is a reference)
    r"(?<![\d/.A-Za-z])(?<!\d\d\d-)(?!24/7\b)(?P<day>1[3-9]|2\d|3[01])/(?P<nmonth>1[0-2]|0?[1-9])"
    r"(?![\d/A-Za-z])",
    # 3/14: month first and no year, as Korean notes write it, when the day cannot be a month
    r"(?<![\d/.A-Za-z])(?<!\d\d\d-)(?P<nmonth>1[0-2]|0?[1-9])/(?P<day>1[3-9]|2\d|3[01])"
    r"(?![\d/A-Za-z])",
    # on 3/4, before 5/6, on 28.12, left 8.19, приехали 12.03, "Date boarded: 7.22", "Next
    # hearing 14.11": a word for an event or a label before a day and month that could be a
    # fraction or a decimal (see _PAIR)
    rf"(?P<lead>\b(?i:{_EVENT_WORDS})\s|\b(?i:date)\b[^:\n]{{0,25}}:\s*){_PAIR}",
    # before a time or a call: "the 11/4 at 2pm", "11/3 call w/ older sister"
    rf"(?<![\d.,/]){_PAIR}(?=\s+at\s+\d\d?(?::\d\d|\s?[ap]\.?m\b)"
    r"|[ \t]+(?i:call|called|met|arrived|left)\b)",
    # between commas, two digits each: "Call with the mother, 14.11, via"
    r"(?<=, )(?P<first>[12]\d|3[01]|0[1-9])\.(?P<second>1[0-2]|0[1-9])(?=,)",
    # after a dash, closing a list item: "– Jo Kwang-myong, sent home — 4.2"
    rf"(?m:(?P<lead>^[ \t]*[-–—•*][ \t][^\n]*?[–—] ){_PAIR}(?=[ \t]*(?:,|$)))",
    # from 3/4, by 5/6: with a slash only ("up by 2.5", "from 2.5")
    r"(?P<lead>\b(?i:from|by)\s)"
    r"(?P<first>[12]\d|3[01]|0?[1-9])/(?P<second>[12]\d|3[01]|0?[1-9])(?![\d/])",
    # from 5.4 to 9.30: both ends of a range of days
    rf"(?P<lead>\b(?i:from)\s){_PAIR}(?=\s?(?:to|till|until|[-–])\s?{_BARE_PAIR})",
    rf"(?P<lead>\b(?i:from)\s{_BARE_PAIR}\s?(?:to|till|until|[-–])\s?){_PAIR}",
    # a list of payments or events, one a line: "3/4 - 2,000,000 won"; after a place, with a
    # dot too: "Hunchun 14.9 - met", "phnom penh 3/5 - lunch" (not a section number: "1.2 -
    # Introduction", "chapter 1.2 - intro")
    r"(?m:(?P<lead>^[ \t]*)(?P<first>[12]\d|3[01]|0?[1-9])/(?P<second>[12]\d|3[01]|0?[1-9])"
    r"(?=[ \t]*[-–:][ \t]))",
    # with a dot when the day is one no section number has: "17.11 - call from", "05.11 -"
    r"(?m:(?P<lead>^[ \t]*)(?P<first>1[3-9]|2\d|3[01]|0[1-9])\.(?P<second>1[0-2]|0[1-9])"
    r"(?=[ \t]*[-–:][ \t]))",
    r"(?m:(?P<lead>^[ \t]*(?!(?i:chapter|section|part|step|item|point|page|article|stage"
    r"|phase|level|table|figure|version|grade|class|room|block|unit|floor)\b)"
    r"[A-Za-z][a-z]+(?: [A-Za-z][a-z]+)?,?[ \t]+)"
    r"(?P<first>[12]\d|3[01]|0?[1-9])[/.]"
    r"(?P<second>[12]\d|3[01]|0?[1-9])(?=[ \t]*[-–:][ \t]))",
    # 15. 4. 2005: day, month and year with a dot and a space after each (Czech, Polish)
    r"\b(?P<day>[12]\d|3[01]|0?[1-9])\.\s(?P<nmonth>1[0-2]|0?[1-9])\.\s(?P<year>(?:19|20)\d\d)\b",
    # 01.06-30.06: a range of days and months
    r"(?<![\d.])(?P<day>[12]\d|3[01]|0[1-9])\.(?P<nmonth>1[0-2]|0[1-9])"
    r"(?=\s?[-–]\s?(?:[12]\d|3[01]|0[1-9])\.(?:1[0-2]|0[1-9])(?!\d|\.\d))",
    r"(?<=[-–])(?P<day>[12]\d|3[01]|0[1-9])\.(?P<nmonth>1[0-2]|0[1-9])(?!\d|\.\d)",
    # a dated note: "Journalist's note, 8/10:", "Notes 12/6:", "notes 11/4 (tel.)", "interview
    # notes, Seoul, 2/12" at the end of its line, "면담 메모 (3/7, 전화)", "Intake 07/02. Cl. is"
    r"(?P<lead>(?:\b(?i:notes?|entry|memo|diary|log|update|intake)\b|메모|면담)[^\n\d:]{0,25}?"
    rf"[\s,(]){_PAIR}(?=\s*[:(,)]|\.\s|[ \t]*$|[ \t]*\n)",
    # a message's date in a chat read out, at the start of its line: "[08.03] brother are
    # you alive", "14.07 23:10 'Sergei here'"
    rf"(?m:(?P<lead>^[ \t]*\[){_PAIR}(?=\]))",
    rf"(?m:(?P<lead>^[ \t]*){_PAIR}(?=[ \t,]+\d\d?:\d\d\b))",
    # 03.11, 12.05: two digits each, one with a leading zero, which a decimal does not have
    # before its dot and a sum rarely has after it
    r"(?<![\d.])(?P<first>0[1-9])\.(?P<second>[12]\d|3[01]|0[1-9])(?![-–]\d)" + _NO_UNIT,
    r"(?<![\d.])(?P<first>[12]\d|3[01])\.(?P<second>0[1-9])(?![-–]\d)" + _NO_UNIT,
    # before a Korean particle of time, two digits after the dot: "12.03에 도착", "5.11부터"
    # (not a price or a rate: "3.5에 팔았다", "1.5에서 2로")
    r"(?<![\d.])(?P<first>[12]\d|3[01]|0?[1-9])\.(?P<second>[12]\d|3[01]|0[1-9])"
    r"(?=에(?!서)|부터|까지|쯤|경)",
    # 9/14/2016: month first, only when the day cannot be a month
    r"\b(?P<nmonth>1[0-2]|0?[1-9])/(?P<day>1[3-9]|2\d|3[01])/(?P<year>(?:19|20)?\d\d)\b",
    # the fifteenth of April, twenty-third of June 2014
    rf"\b(?:(?i:the)\s+)?{_DAY_WORD.format(g='wday')}\s+(?i:of)\s+{_MONTH.format(g='month')}"
    rf"(?:,?\s+{_YEAR.format(g='year')})?\b",
    # April the fifteenth, June first (a lower-case "may" needs "the": "you may first ...")
    rf"\b{_MONTH.format(g='month')}\s+(?P<the>(?i:the)\s+)?{_DAY_WORD.format(g='wday')}\b"
    rf"(?:,?\s+{_YEAR.format(g='year')}\b)?",
    # 3 мая 2017 (года), 3 maya 2017, 5 de maio de 2019, 14. února 2019
    r"(?<!\d)(?P<day>[12]\d|3[01]|0?[1-9])\.?\s+(?:de\s+)?(?P<rmonth>(?i:"
    + "|".join(sorted(map(re.escape, _FOREIGN_MONTH_NUMBER), key=len, reverse=True))
    + r"))"
    r"(?:,?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d))?(?!\w)",
    # 17.IX.2013, 17 IX 2013, 18-xi-2017: the month in Roman numerals (Russian and Polish habit)
    r"\b(?P<day>[12]\d|3[01]|0?[1-9])(?P<rsep>[./ -])(?P<roman>(?i:XII|XI|X|IX|VIII|VII|VI|IV|V"
    r"|III|II|I))(?P=rsep)(?P<year>(?:19|20)\d\d)\b",
    # 2017年5月3日, 5月3日
    r"(?:(?P<year>(?:19|20)\d\d)\s*年\s*)?(?P<nmonth>1[0-2]|0?[1-9])\s*月\s*"
    r"(?P<day>[12]\d|3[01]|0?[1-9])\s*[日号號]",
    # 二〇一八年五月十二日: the year digit by digit, month and day in Chinese numerals
    r"(?:(?P<hyear>[〇零一二三四五六七八九]{4})\s*年\s*)?(?P<hmonth>十[一二]?|[一二三四五六七八九])\s*月"
    r"\s*(?P<hday>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号號]",
    # 이천십사년 사월 이십일, 음력 팔월 열엿새: the date in words, in Sino-Korean numerals or
    # the native names of the days ("사월 이틀" is left alone: it may be two days in April)
    r"(?<![가-힣])(?:(?P<kyear>[일이삼사오육칠팔구십백천]{2,7})년\s*)?"
    r"(?P<kmonth>정|일|이|삼|사|오|유|육|칠|팔|구|시|십|십일|십이|동짓?|섣)(?:월|(?<=[지짓섣])달)\s*"
    r"(?:(?P<kday>삼십일?|이?십[일이삼사오육칠팔구]?|[일이삼사오육칠팔구])일"
    r"|(?P<nday>" + "|".join(_NATIVE_DAYS) + r"))",
    # 2011년 3월 12일, 3월 12일, 음력 3월 초닷새
    r"(?:(?P<year>(?:19|20)\d\d)\s*년\s*)?(?P<nmonth>1[0-2]|0?[1-9])\s*월\s*"
    r"(?:(?P<day>[12]\d|3[01]|0?[1-9])\s*일|(?P<nday>" + "|".join(_NATIVE_DAYS) + r"))"
    r"(?:\s*(?:부터|에서|~|-|–)\s*(?:[12]\d|3[01]|0?[1-9])\s*일)?",  # "3일부터 7일까지"
    # "Juche 104, 9th month, 17th day", "the 3rd day of the 2nd lunar month": a day and a
    # month by their ordinals, as North Korean letters and lunar dates are told
    r"(?:\b(?i:juche)\s+(?P<juche>\d{1,3}),?\s+)?\b(?P<omonth>1[0-2]|[1-9])(?:st|nd|rd|th)\s+"
    r"(?P<lunar>(?i:lunar)\s+)?(?i:month),?\s+(?:(?i:the)\s+)?"
    r"(?P<day>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\s+(?i:day)\b",
    r"\b(?P<day>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\s+(?i:day)\s+(?i:of)\s+(?:(?i:the)\s+)?"
    r"(?P<omonth>1[0-2]|[1-9])(?:st|nd|rd|th)\s+(?P<lunar>(?i:lunar)\s+)?(?i:month)\b",
    # a day of a month the answer has named: "Fri 12th", "Sunday the 28th", "on the 3rd.",
    # "meeting of the 3rd.", "October 2016. The 11th.", "on the 15th in the van", "the 16th
    # 02:10", "the next day, the 15th, a farmer" (not "the 3rd floor", "the 2nd time")
    r"\b(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?i:day|sday|nesday|rsday|urday)?\.?,?"
    rf"\s+(?:(?i:the)\s+)?{_DAY.format(g='day')}(?:st|nd|rd|th)\b",
    r"(?P<lead>\b(?i:on|by|until|till|since|before|after|of)\s+|^|(?<=[.!?:,]\s))(?i:the)\s+"
    rf"{_DAY.format(g='day')}(?:st|nd|rd|th)(?=\s*(?:[,.;:)!?]|$)|\s+(?:and|at|when|we|I|he|she"
    r"|they|it|in|for|to|with|but|then|our|my|morning|night|evening)\b|\s+\d\d?[:.]\d\d\b)",
]


@dataclass(frozen=True)
class DayDate:
    """A date naming a day: where it is, and its month and year when given."""

    start: int
    end: int
    day: int
    month: int | None
    year: int | None

    korean: bool = False

    def generalized(self, level: str) -> str:
        """``"March 2011"`` (month level) or ``"2011"`` (year level); ``""`` if nothing is left.

        A date written in Korean is generalised in Korean (``"2011년 3월"``).
        """
        if self.korean:
            year = "" if self.year is None else f"{self.year}년"
            return year if level == "year" else f"{year} {self.month}월".strip()
        year = "" if self.year is None else str(self.year)
        if level == "year" or self.month is None:
            return year
        return f"{MONTHS[self.month - 1]} {year}".strip()


_COMPILED = [re.compile(p) for p in _PATTERNS]
_DOTTED_PAIR = re.compile(
    rf"(?<![\d.])(?P<first>[12]\d|3[01]|0?[1-9])\.(?P<second>[12]\d|3[01]|0[1-9]){_NO_UNIT}"
)
_LOOSE_PAIR = re.compile(
    r"(?<!(?i:art)\. )(?<!(?i:article) )(?<!§ )(?<![\w.,/$€£¥₩-])"
    r"(?P<first>[12]\d|3[01]|0?[1-9])[./](?P<second>[12]\d|3[01]|0?[1-9])(?![A-Za-z])" + _NO_UNIT
)


def find_dates(text: str) -> Iterator[DayDate]:
    """Every day-precision date in ``text``; overlapping matches are reported once."""
    taken: list[tuple[int, int]] = []
    anchored = False
    for pattern in _COMPILED:
        for match in pattern.finditer(text):
            start, end = match.span()
            if match.groupdict().get("lead"):
                start = match.end("lead")  # the date word before is not part of the date
            if any(start < e and s < end for s, e in taken):
                continue
            date = _to_date(match)
            if date is not None:
                taken.append((start, end))
                anchored = anchored or not match.groupdict().get("first")
                yield date
    # Once the answer dates a day with its month's name or a year, its other days and months
    # are dates too, however written: a diary's "June 5th" and "6.6 – Heat", "Mother 7.11,
    # wife 23 Feb" (not "17.11 - call" and "1.2 - Introduction": two numbers alone). Once a
    # day and month with a dot is a date, the others written so with two digits after the
    # dot are: a register's "in: 03.11 | out: 12.11".
    dotted = any(_DOTTED_PAIR.fullmatch(text, s, e) for s, e in taken)
    if anchored or dotted:
        for match in (_LOOSE_PAIR if anchored else _DOTTED_PAIR).finditer(text):
            date = _to_date(match)
            if date is not None and not any(
                match.start() < e and s < match.end() for s, e in taken
            ):
                yield date


def _to_date(match: re.Match[str]) -> DayDate | None:
    groups = match.groupdict()
    if groups.get("hday"):
        day, year = _han_number(groups["hday"]), _han_year(groups["hyear"])
        return DayDate(match.start(), match.end(), day, _han_number(groups["hmonth"]), year)
    start = match.end("lead") if groups.get("lead") else match.start()
    if groups.get("first"):
        day, number = _day_and_month(int(groups["first"]), int(groups["second"]))
        return DayDate(start, match.end(), day, number, None) if number else None
    if groups.get("kmonth"):
        kday = groups["kday"]
        day = _sino_number(kday) if kday else _NATIVE_DAY_NUMBER[groups["nday"]]
        kmonth = groups["kmonth"]
        number = _SINO_MONTHS.get(kmonth) or _sino_number(kmonth)
        kyear = groups["kyear"]
        year = _sino_number(kyear) if kyear else None
        return DayDate(start, match.end(), day, number, year, korean=True)
    if groups.get("omonth"):
        # a lunar month is no month of the calendar; a Juche year is the year minus 1911
        calendar_month = None if groups["lunar"] else int(groups["omonth"])
        juche = 1911 + int(groups["juche"]) if groups.get("juche") else None
        return DayDate(start, match.end(), int(groups["day"]), calendar_month, juche)
    if groups.get("wday"):
        if groups["month"] == "may" and not groups.get("the") and match.group().startswith("may"):
            return None
        day = _ORDINAL_DAY[re.sub(r"[- ]+", " ", groups["wday"].casefold())]
    elif groups.get("nday"):
        day = _NATIVE_DAY_NUMBER[groups["nday"]]
    else:
        day = int(groups["day"])
    month: int | None
    if groups.get("month"):
        month = _MONTH_NUMBER[groups["month"].rstrip(".").casefold()]
    elif groups.get("roman"):
        month = _ROMAN_MONTHS.index(groups["roman"].upper()) + 1
    elif groups.get("rmonth"):
        month = _FOREIGN_MONTH_NUMBER[groups["rmonth"].casefold()]
    elif groups.get("nmonth"):
        month = int(groups["nmonth"])
    else:
        month = None  # "Fri 12th": the month is in the answer, not in the date
    year = _year(groups.get("year"))
    korean = "월" in match.group()
    return DayDate(start, match.end(), day, month, year, korean)


def _day_and_month(first: int, second: int) -> tuple[int, int]:
    """Day and month of a pair written either way round: the day first, the usual order
    outside the US, unless only the first number can be a month ("4.15"). (0, 0) if neither
    can ("15/13")."""
    if second <= _DECEMBER:
        return first, second
    if first <= _DECEMBER:
        return second, first
    return 0, 0


_DECEMBER = 12


def _sino_number(text: str) -> int:
    """A number in Sino-Korean numerals: "이천십사" 2014, "이십" 20, "사" 4."""
    total, digit = 0, 0
    for ch in text:
        if ch in _SINO_UNITS:
            total += (digit or 1) * _SINO_UNITS[ch]
            digit = 0
        else:
            digit = _SINO_DIGITS[ch]
    return total + digit


_HAN_DIGITS = "〇一二三四五六七八九"


def _han_year(text: str | None) -> int | None:
    """A year written digit by digit: "二〇一八" 2018."""
    return (
        int("".join(str(_HAN_DIGITS.index(d)) for d in text.replace("零", "〇"))) if text else None
    )


def _han_number(text: str) -> int:
    """1 to 31 in Chinese numerals: "五" 5, "十二" 12, "二十" 20, "三十一" 31."""
    tens, _, units = text.replace("零", "〇").rpartition("十")
    if "十" not in text:
        return _HAN_DIGITS.index(text)
    return (_HAN_DIGITS.index(tens) if tens else 1) * 10 + (
        _HAN_DIGITS.index(units) if units else 0
    )


def _year(text: str | None) -> int | None:
    if not text:
        return None
    digits = text.lstrip("'")
    value = int(digits)
    if len(digits) == 2:
        value += 1900 if value > 50 else 2000
    return value
