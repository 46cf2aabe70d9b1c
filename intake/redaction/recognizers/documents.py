"""Passport, ID-card, employee, contract and registration numbers.

Hits: "passport number? ... 745123456", "PL-WP-2231857", "850312-1234567",
"PS 836271", "77 No 0348512", "employee number 2014-0375", short codes after a badge word
("badges ... K-07"), capitals and digits mixed near a document word ("permit ... Y7K4T0M29"),
bank accounts
("PL61 1090 1014 0000 0712 1981 2874", "4081 7810 5500 0123 4567"), vehicle plates
("А 347 КХ 27", "吉H·5T832", "003 D 147", "KR 9V771", "52-THG-7"), references ("case
3417/ES", "0048/S/2018/KR", "25/ВУ-1174"), whatever follows a number sign ("no. 27/1-0458"),
Russian series and numbers ("серия 27 № 0058213") and numbers with a check letter
("0339761A"), Korean court cases ("2022가합581204"), booking codes after their label
("Booking ref: LZ4QKT"). Near-misses:
years, sums of money ("3000 dollars"), phone numbers (found as phones).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from intake.redaction.recognizers.base import DomainRecognizer, Span

_CONTEXT = re.compile(
    r"(?i)(?:passport|pass\b|document|\bid\b|identity|identification|card|permit|visa"
    r"|employee|worker|staff|badge|contract|registration|number|\bno\.?|\bnr\.?|#|№|serial"
    r"|certificate|licen[cs]e|account|policy|file|case|code|membership|personal|tag"
    r"|seaman|seafarer|alien|residen|iqama|propiska|hukou|patent|migration|insurance"
    r"|ticket|\btkt\b|\bref\b|\blic\b"
    r"|여권|번호|증명서|신분증|등록|공민증|사원|사번|로동자|비자|허가|계약|카드|증|티켓|사건)"
)
# words for the number a person wears or is listed by, or a document is numbered by: a short
# code after one is such a number ("badges ... K-07", "invoices, numbered EP-041")
_SHORT_CODE_CONTEXT = re.compile(
    r"(?i)(?:\bbadges?|\btags?\b|employee|worker\s+(?:no|number)|prisoner|inmate"
    r"|\bnumbers?\s*(?:like|:)|\bnumbered\b|사번|명찰|수번)"
)
# a letter code with two or three digits: "K-07", "BK-102"
_SHORT_CODE = re.compile(r"(?<![\w-])[A-Z]{1,3}-\d{2,3}(?![\w-])")
_CONTEXT_BEFORE = 60
_CONTEXT_AFTER = 30
# Codes that carry letters and digits: PL-WP-2231857, RU-2013-558812, PS 836271, Q12345678,
# PSS/19/0442, 11MZ00384216B, 47-AB-3392, 421-19C04417 (a UNHCR case), RP-44817-MT; with a
# document word nearby also shorter ones: K-4471.
_CODE = re.compile(
    r"(?<![A-Za-zА-яЁё0-9/-])(?:\d{1,4}[- ]?){0,2}[A-ZА-ЯЁ]{1,4}(?:[-/][A-ZА-ЯЁ]{1,4})*[- /]?\d+"
    r"(?:[-/]\d+)*(?:-[A-Z]{1,3}|[A-Z])?"
    r"(?![A-Za-zА-яЁё0-9-]|/\d|\.\d)"  # a code stops at no decimal point: "HS 6205.20"
)
# Capitals and digits mixed in one word, as residence permits and visas print them:
# "Y7K4T0M29" (three digits and two letters at least)
_MIXED = re.compile(r"(?<![\w-])(?=(?:[A-Z]*\d){3})(?=(?:\d*[A-Z]){2})[A-Z0-9]{7,12}(?![\w-])")
# China's unified social credit code of a company or an organisation: 18 capitals and digits,
# eight digits first ("91210600MA0U7K3X2R")
_CREDIT_CODE = re.compile(r"(?<![\w-])\d{8}(?=[0-9]*[A-Z])[0-9A-Z]{10}(?![\w-])")
# Two or more groups of capitals before a number: an observer's trip or a report reference,
# a badge, "GH-OBS-114", "SQ-ARG-07", "LZ-K-014", however few its digits
_LETTER_GROUPS = re.compile(r"(?<![\w-])[A-Z]{2,4}(?:-[A-Z]{1,4})+-\d{2,}(?![\w-])")
# Bank accounts in IBAN form (country, check digits, 11-30 letters and digits, grouped by
# four or not, or after a longer first group): PL61 1090 1014 0000 0712 1981 2874,
# KW81CBKU0000000000001234560101, LA0311 0000 1220 4487 1.
_IBAN = re.compile(
    r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}[A-Z0-9]{0,4}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?"
    r"(?![A-Za-z0-9])"
)
# Vehicle plates: Russian (А 347 КХ 27, A347KX27; the letters that look Latin),
# Mongolian (27-45 УНБ, 1245 УБУ), Chinese (吉H·5T832, 京A 12345), Polish (KR 9V771,
# GDA 4SL07: a district, then letters and digits) and Dutch (52-THG-7, XV-412-B).
_PLATE = re.compile(
    r"(?<![\w])[АВЕКМНОРСТУХABEKMHOPCTYX] ?\d{3} ?[АВЕКМНОРСТУХABEKMHOPCTYX]{2} ?\d{2,3}(?!\w)"
    r"|(?<![\w-])\d{2}-?\d{2} ?[А-ЯЁӨҮ]{3}(?!\w)"
    r"|[\u4e00-\u9fff][A-Z][·• -]?[A-Z0-9]{5,6}(?![A-Za-z0-9])"
    r"|(?<![\w-])[A-Z]{2,3} (?=[A-Z0-9]*[A-Z])\d[A-Z0-9]{3,4}(?![\w-])"
    r"|(?<![\w-])(?:\d{1,2}-[A-Z]{2,3}-\d{1,2}|[A-Z]{1,3}-\d{2,3}-[A-Z]{1,2})(?![\w-])"
)
# Thai plates: a digit and two consonants (2กค 5813), or two consonants alone after a word for
# a plate or a vehicle (plate ฮธ 6624); two consonants and a number are also ordinary Thai
# ("ผม 25", I am 25)
_THAI_PLATE = re.compile(r"(?<![\w-])(?P<digit>\d)?[ก-ฮ]{2} ?\d{1,4}(?!\d)")
_THAI_PLATE_CONTEXT = re.compile(
    r"(?i:\b(?:plates?|car|van|truck|lorry|pickup|vehicle|taxi|registration)\b)|ทะเบียน|รถ"
)
# References joined by slashes, with capital letters and digits: case 3417/ES, permit
# 0048/S/2018/KR, GD-OIP-20/ZK/1187, 1843/19.4T8LSB (not 24/7, km/h, 3G/4G, dates).
_REFERENCE = re.compile(
    r"(?<![\w/.-])[A-ZА-ЯЁ0-9]+(?:[.-][A-ZА-ЯЁ0-9]+)*(?:/[A-ZА-ЯЁ0-9]+(?:[.-][A-ZА-ЯЁ0-9]+)*)+"
    r"(?![A-Za-zА-яЁё0-9_/])"  # a Korean particle may follow: "T/0612의"
    r"|(?<![\w/.-])\d+[а-яё](?:-\d+)+/\d+(?![\w/])"  # a Russian court's "2а-3314/21"
)
# whatever follows a number sign, groups joined by slashes and dashes: "Receipt no. 27/1-0458"
# (not a date), "No. 5-2218/2018", "№ 2а-4471/2019", "reg. no. SKh-0418", "Case no.
# SG-TE/2016/0931"
_AFTER_NUMBER_SIGN = re.compile(
    r"(?:(?<![\w])(?i:no|nr)\.?|№|#)\s?(?P<number>\w+(?:[/-]\w+)+)(?![\w/-])"
)
# a Russian passport or permit by its series and number: "серия 27 № 0058213", "45 08 № 123456"
_SERIES = re.compile(
    r"(?:(?i:серия|seriya|series)\s?)?(?<!\d)\d{2}(?: ?\d{2})?\s?(?:№|N|No\.?|номер)\s?"
    r"\d{6,7}(?!\d)"
)
_MIN_REFERENCE_DIGITS = 3
# a South Korean court's case number: the year, the kind of case, the number ("2022가합581204",
# "2021구합54183", "2022고단1187")
_KOREAN_CASE = re.compile(
    r"(?<![\w-])(?:19|20)\d\d(?:가합|가단|가소|고합|고단|고정|고약|구합|구단|나|노|누|도|두|드합|드단"
    r"|느합|느단|카합|카단|카기|형제|재노|재고|머|르|브|즈|초기|타경)\d{3,7}(?!\d)"
)
# the value of a Korean form's number field, whatever its groups: "접수번호: 2020-상담-0417"
# (a phone number's field is left to the phone recognizers)
_KOREAN_NUMBER_FIELD = re.compile(
    r"(?<![가-힣])(?!전화|휴대폰|핸드폰|손전화)[가-힣]{0,4}번호\s?:\s?(?P<number>\w+(?:[/-]\w+)*)"
)
# Korean resident registration numbers: 850312-1234567, also with the last six masked as
# people give them: 850417-2xxxxxx, 850417-2******
_RRN = re.compile(r"(?<!\d)\d{6}-[1-8](?:\d{6}|[xX*]{6})(?![\dxX*])")
# Digit groups: 745123456, 2014-0375, 25 1234567, 412-8839-17, 77 No 0348512, 2016/883, 4-117,
# a check digit after a dash: 784-1985-1234567-1, and one between dashes: 047-8-31562-0; not
# the minutes of a time ("14:05-15:50")
_DIGITS = re.compile(
    r"(?<![A-Za-z0-9.,/-])(?<!\d:)"
    r"(?:\d{2,}|\d(?=-\d{2}))(?:(?:[- /]|\s?No\.?\s?)\d{2,}|-\d(?=-\d))*"
    r"(?:-\d|[A-Z])?"
    r"(?![A-Za-z0-9/]|[.,]\d)"
)
_MONEY = re.compile(
    r"(?i)^\s*(?:%|percent|dollars?|usd|\$|rubles?|roubles?|yuan|rmb|won|euros?|zloty|riyals?"
    r"|dinars?|dirhams?|tugriks?|people|workers|men|hours|days|years|months|km|kg|metres|meters"
    r"|원|달러|루블|위안|명|시간|일|년|개월)"
)
_CURRENCY_SIGNS = "$€£¥₩"
_YEAR_RANGE = re.compile(r"(?:19|20)\d\d[-/](?:(?:19|20)\d\d|\d\d)")  # 2009-2012, 2013-16
_MIN_DIGITS_ALONE = 7
# a person's number of three digits right after "worker no.", "badge number": "worker no. 117"
_PERSONAL_NUMBER = re.compile(
    r"(?i:\b(?:worker|employee|badge|prisoner|inmate)\s+(?:no\.?|number|nr\.?|#)\s*)"
    r"(?P<number>\d{3})(?![\d.,]\d)"
)
# any plate after the word for it, in letters and digits with spaces or hyphens: "bus plate
# N 4412 W", "plate number KA-37-M-2291"; at least two digits
_NAMED_PLATE = re.compile(
    r"(?i:\bplate(?:\s+(?:no\.?|number|nr\.?))?:?\s+)"
    r"(?P<number>[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,5}){0,3})"
    r"(?![\w-])"
)
# A booking's code after its label, letters and digits however few ("Booking ref: LZ4QKT",
# "PNR K4TNHW", "Booking code K4TNHW", "GRP REF KX4P2T"), as airlines and hotels print it
_BOOKING = re.compile(
    r"(?:(?i:booking|reservation|confirmation|pnr|record locator)"
    r"(?:\s+(?i:ref(?:erence)?|code|no\.?|number|#))?|(?i:group|grp)\s+(?i:ref(?:erence)?|code))"
    r"\s*[:#]?\s*(?P<code>(?=[A-Z0-9]*[A-Z])[A-Z0-9]{5,8})(?![\w-])"
)
_MIN_CODE_DIGITS_ALONE = 5
_MIN_DIGITS_IN_CONTEXT = 4


class DocumentNumberRecognizer(DomainRecognizer):
    """Letter-digit codes and digit groups: long ones anywhere, short ones near a document word."""

    ENTITIES = ("ID_NUMBER",)

    def find(self, text: str, tokens: Any | None = None) -> Iterator[Span]:
        for match in _CODE.finditer(text):
            digits = _count_digits(match.group())
            if digits >= _MIN_CODE_DIGITS_ALONE or (
                digits >= _MIN_DIGITS_IN_CONTEXT and _near_context(text, match)
            ):
                yield Span("ID_NUMBER", match.start(), match.end(), 0.7)
        for match in _MIXED.finditer(text):
            if _near_context(text, match):
                yield Span("ID_NUMBER", match.start(), match.end(), 0.65)
        for match in _SHORT_CODE.finditer(text):
            if _SHORT_CODE_CONTEXT.search(
                text, max(0, match.start() - _CONTEXT_BEFORE), match.start()
            ):
                yield Span("ID_NUMBER", match.start(), match.end(), 0.6)
        for match in _IBAN.finditer(text):
            if _count_digits(match.group()) >= _MIN_DIGITS_ALONE:
                yield Span("ID_NUMBER", match.start(), match.end(), 0.95)
        for match in _REFERENCE.finditer(text):
            reference = match.group()
            if _count_digits(reference) >= _MIN_REFERENCE_DIGITS and any(
                ch.isalpha() for ch in reference
            ):
                yield Span("ID_NUMBER", match.start(), match.end(), 0.7)
        for pattern in (_LETTER_GROUPS, _CREDIT_CODE, _KOREAN_CASE):
            for match in pattern.finditer(text):
                yield Span("ID_NUMBER", match.start(), match.end(), 0.7)
        for pattern in (_AFTER_NUMBER_SIGN, _SERIES, _KOREAN_NUMBER_FIELD):
            for match in pattern.finditer(text):
                if _count_digits(match.group()) >= _MIN_DIGITS_IN_CONTEXT:
                    yield Span("ID_NUMBER", *match.span(match.lastgroup or 0), 0.9)
        for match in _BOOKING.finditer(text):
            yield Span("ID_NUMBER", *match.span("code"), 0.8)
        for match in _PLATE.finditer(text):
            yield Span("ID_NUMBER", match.start(), match.end(), 0.8)
        for match in _THAI_PLATE.finditer(text):
            before = text[max(0, match.start() - _CONTEXT_BEFORE) : match.start()]
            if match.group("digit") or _THAI_PLATE_CONTEXT.search(before):
                yield Span("ID_NUMBER", match.start(), match.end(), 0.8)
        for match in _RRN.finditer(text):
            yield Span("ID_NUMBER", match.start(), match.end(), 0.9)
        for match in _NAMED_PLATE.finditer(text):
            if _count_digits(match.group("number")) >= 2:
                yield Span("ID_NUMBER", match.start("number"), match.end("number"), 0.7)
        for match in _PERSONAL_NUMBER.finditer(text):
            yield Span("ID_NUMBER", match.start("number"), match.end("number"), 0.6)
        shapes: set[str] = set()  # of the digit groups found, to find the rest of a list
        left = []
        for match in _DIGITS.finditer(text):
            if _MONEY.match(text[match.end() :]) or text[max(0, match.start() - 1)] in (
                _CURRENCY_SIGNS
            ):
                continue
            digits = _count_digits(match.group())
            in_context = digits >= _MIN_DIGITS_IN_CONTEXT and _near_context(text, match)
            number = match.group()
            if _is_year(number) or _YEAR_RANGE.fullmatch(number):
                continue
            if digits >= _MIN_DIGITS_ALONE or in_context:
                shapes.add(_shape(number))
                yield Span("ID_NUMBER", match.start(), match.end(), 0.6)
            else:
                left.append(match)
        # the other numbers of a list, shaped like one found: "4-071 was Chang, ... 4-075 the
        # young one"
        for match in left:
            if _HAS_SEPARATOR.search(match.group()) and _shape(match.group()) in shapes:
                yield Span("ID_NUMBER", match.start(), match.end(), 0.55)


def _shape(number: str) -> str:
    """``number`` with every digit a 9: "4-071" → "9-999"."""
    return _DIGIT.sub("9", number)


_DIGIT = re.compile(r"\d")
_HAS_SEPARATOR = re.compile(r"\d[- /]\d")


def _count_digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def _near_context(text: str, match: re.Match[str]) -> bool:
    """A document word shortly before the number, or right after it ("4471 was my badge")."""
    before = text[max(0, match.start() - _CONTEXT_BEFORE) : match.start()]
    after = text[match.end() : match.end() + _CONTEXT_AFTER]
    return bool(_CONTEXT.search(before) or _CONTEXT.search(after))


def _is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")
