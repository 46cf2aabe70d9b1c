"""Nicknames: "we called him Fox", "a guy nicknamed Four-Eyes", "Sec. officer: 'the Snake'".

A capitalised word or two alone in quotes is how notes and transcripts write a
nickname, so it counts as one wherever it stands, a title in it included
("'Sister Hye'"), and so do three words when one is no English word ("Big
Sister Zhang") and a word and an initial ("Big T"); a lower-case one does when
it stands beside a name ("'skinny' jang", "jong chol-ho ('dog face')"). Names
are also known by where they stand: a roster's line before a dash and the
person's sex ("Pine - M, 28"), a letter's salutation ("David,"), the head of a line of
a nickname list ("• Hedgehog = Yun Chang-ho", "낙타 = 탁명길") in an answer that says it
lists nicknames.

Near-misses: "they called us traitors", "it is called Rungrado" (a lower-case
word or a company after "it is called" is not a person), "a 'bonus' so we" (an
English word after the quotes, not a surname), "saenghwal chonghwa ('life
review')" (a gloss after a word that is no name), "Baltic Crew Solutions" (three
English words in quotes), "Hello," and "Thanks," (greetings).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from intake.redaction import gazetteer
from intake.redaction.english_words import is_english_word
from intake.redaction.normalize import has_hangul
from intake.redaction.policy import NATIONALITIES
from intake.redaction.recognizers.base import DomainRecognizer, Span
from intake.redaction.recognizers.foreign_names import GIVEN_NAMES
from intake.redaction.recognizers.hangul import (
    FAMILY,
    HONORIFICS,
    PERSON_WORDS,
    ROLES,
    SURNAME_SYLLABLES,
)
from intake.redaction.recognizers.names_data import SURNAMES
from intake.redaction.recognizers.proper_nouns import NOT_NICKNAMES
from intake.redaction.recognizers.titled_names import TITLE_WORDS

_PERSON_WORDS_KO = ROLES | set(HONORIFICS) | {
    "막내", "보위원", "남편", "동료", "친구", "별명", "닉네임", "발신자", "사람",
}  # fmt: skip

# "Fox", "Four-Eyes", "Cabbage-head", "Old Fox"
_CAPITALISED = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+| [A-Z][a-z]+)?"
_NICKNAME = re.compile(
    r"(?i:called|call|calls|calling|nicknamed|nickname\s+was|known\s+as|named)\s+"
    r"(?i:him|her|me|each\s+other|himself|herself)?\s*(?:the\s+)?[\"'“‘]?"
    rf"(?P<name>{_CAPITALISED})"
)
_QUOTED = re.compile(
    r"(?i:called|nicknamed|known\s+as)[^.!?\n]{0,30}?[\"'“‘](?:the\s+)?"
    rf"(?P<name>{_CAPITALISED})[\"'”’]"
)
# In lower case, after "we called (him)", as people tell it: "we called him baby face",
# "a man we called chicken neck", "everyone called pumpkin because ...", "the ghost"; not a
# thing: "what they call the loyalty fund", "which we called the red house".
_CALLED_LOWER = re.compile(
    r"(?<![\w'’])(?<!what\s)(?<!which\s)(?:we|everyone|everybody|they|people|all)\s+"
    r"(?:all\s+)?(?:called|call)\s+"
    r"(?:him\s+|her\s+)?[\"'“‘]?(?:the\s+)?[\"'“‘]?(?P<name>[a-z]{3,}(?:[ -][a-z]{3,})?)"
)
# A capitalised word or three alone in quotes, as notes write nicknames: 'the Snake', "Fatty",
# "Big Sister Zhang", "Big T"; not a word of two letters ("'Go' and 'do' mean work and make")
_ALONE_IN_QUOTES = re.compile(
    rf"(?<![\w'’])[\"'“‘](?P<the>the\s+)?(?P<name>(?!\w{{1,2}}[\"'”’]){_CAPITALISED}"
    r"|(?P<three>[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+)|[A-Z][a-z]+ [A-Z])[\"'”’]"
    r"(?![A-Za-z0-9'’])"  # a Korean particle may follow: '"Kevin Park"으로'
)
# A roster's line: a name or a cover name before a dash and the person's sex: "Pine - M, 28",
# "White Cloud - F, ~35", "Old Han – M, 61"
_ROSTER = re.compile(
    r"(?m)^[ \t]*(?:[-*•][ \t]+)?(?P<name>[A-Z][a-z'’]*(?:[ -][A-Z][a-z'’]*){0,2})[ \t]+[-–—]"
    r"[ \t]+(?:[MF]|male|female)\b"
)
# A letter's salutation: a name alone on its line before a comma, where a letter starts (the
# answer's start, a blank line, a mail header): "Subject: ...\n\nDavid,\nthe co-worker's name"
_SALUTATION = re.compile(
    r"(?m)(?:\A|\n[ \t]*\n|^(?i:subject|to|from|sent|cc|date):[^\n]*\n)[ \t]*"
    r"(?P<name>[A-Z][a-z]+),[ \t]*\n(?=[ \t]*\S)"
)
# A list of nicknames, in an answer that says it is one ("Nickname list", "names the group
# gave to managers", "우리가 부른 별명"): each line's head before "=" or ":" is a nickname
# ("• Hedgehog = Yun Chang-ho", "The Accountant: Kwak Su-bong", "• 낙타 = 탁명길 직장장"); a
# Hangul head before a colon only in quotes ("'안경' : 기사장", not "작업반장: 김창혁")
_NICKNAME_CUE = re.compile(r"(?i:nick ?names?|names? (?:we|they|the \w+) gave|aliases)|별명")
_NICKNAME_LINE = re.compile(
    r"(?m)^[ \t>]*(?:[-*•·][ \t]*)?"
    r"(?:[\"'“‘]?(?P<name>(?:The |the )?[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+)?)[\"'”’]?[ \t]*[=:]"
    r"|(?P<hangul>[가-힣]{2,5})[ \t]*="
    r"|[\"'“‘](?P<quoted>[가-힣]{1,5})[\"'”’][ \t]*[=:])[ \t]*\S"
)
# heads of lines that label a field or a speaker, not a nickname
_NOT_NICKNAME_HEADS = frozenset({
    "note", "notes", "memo", "source", "sources", "remark", "remarks", "comment", "comments",
    "question", "answer", "moderator", "facilitator", "interviewer", "interpreter",
    "translator", "editor", "author", "participant", "participants", "chair", "witness",
    "date", "time", "place", "site", "venue", "name", "names", "real names", "pay", "work",
    "subject", "from", "to", "sent", "cc", "key", "legend", "theme", "topic", "summary",
    "메모", "참고", "사회자", "진행자", "기록자", "통역", "참가자", "주제", "날짜", "장소", "요약",
})  # fmt: skip
# A transcript's speaker labels, in an answer with two or more: "Hùng: No, the 4th." (a word
# that is no English word, or a known surname or given name: not "Moderator:", "Note:")
_SPEAKER_LABEL = re.compile(
    r"(?m)^[ \t]*(?P<name>[^\W\d_][^\W\d_'’]*(?:[ -][^\W\d_][^\W\d_'’]*)?)[ \t]*:"
)
# A greeting and a name in lower case at a line's start, as chat and mail write it: "hi rosie,"
# (a word that is no English word: not "hi all,", "dear sir,")
_GREETED_LOWER = re.compile(r"(?m)^[ \t]*(?:hi|hello|hey|dear)[ \t]+(?P<name>[a-z]{3,})[ \t]*[,!]")
GREETING_WORDS = frozenset(
    """
    hello hi hey thanks greetings regards cheers bye friends colleagues team everyone anyway
    yes okay well
    """.split()  # noqa: SIM905
)
"""Words that open or close a letter or a message; never a name ("Ok" is one: "Ok-sun")."""
# A name and an epithet in quotes: "'Yu the dog'", "'Kim the Fist'" (the name is no English word
# or a surname)
_EPITHET = re.compile(
    r"(?<![\w'’])[\"'“‘](?P<name>(?P<first>[A-Z][a-z]+) the [A-Za-z]{3,})[\"'”’](?![A-Za-z0-9])"
)
# A lower-case word or two in quotes beside a name: before a surname ("'skinny' jang"), in
# brackets after a name ("jong chol-ho ('dog face')"), or before why it was given ("'potato'
# because of his round face").
_QUOTED_LOWER = r"[\"'“‘](?P<name>[a-z]{3,}(?:[ -][a-z]{3,})?)[\"'”’]"
_QUOTED_BEFORE_NAME = re.compile(
    rf"(?<![\w'’]){_QUOTED_LOWER}\s+(?:because\s+of\s+(?:his|her)\b"
    r"|(?P<surname>[A-Za-z]{3,})(?![\w'’-]))"
)
_QUOTED_AFTER_NAME = re.compile(
    rf"(?P<before>[A-Za-z]+(?:-[A-Za-z]+)?)\s*\(\s*{_QUOTED_LOWER}\s*\)"
)
# A Hangul word alone in quotes with a cue that it stands for a person: the real name
# nearby ("'왕눈이'(본명 모름)", "'꼬맹이'. 꼬맹이 본명은"), a role or family word before it
# ("보위원 '안경'", "막내 '꼬맹이'", "부반장은 '곰탱이'", "현지 사람 '속 비살'", "닉네임
# '사막여우'"), or the full name after it
# ("'배불뚝이' 황영관").
_QUOTED_KO = re.compile(
    r"(?:(?P<role>"
    + "|".join(sorted(_PERSON_WORDS_KO, key=len, reverse=True))
    + r")[은는이가]?\s+)?"
    r"['‘\"“](?P<name>[가-힣]{1,5}(?: [가-힣]{1,5})??)(?P<kin>\s(?:"
    + "|".join(sorted(HONORIFICS, key=len, reverse=True))
    + r"))?['’\"”]"
    r"(?P<cue>[^.!?\n]{0,15}?(?:본명|진짜 이름|별명)|\s+(?!이라|이란|이었|이고|이다)"
    r"[" + "".join(sorted(SURNAME_SYLLABLES)) + r"]"
    r"[가-힣]{2}(?![가-힣]))?"
)
# A word and a surname alone in quotes, as workers told several men of one surname apart:
# "'큰 리', '작은 리', '안경 리'"
_QUOTED_SURNAME_KO = re.compile(
    r"['‘\"“](?P<name>[가-힣]{1,3} [" + "".join(sorted(SURNAME_SYLLABLES)) + r"])['’\"”]"
)
# '여우'라고 불렀어요, '곰'이라고 불렀어요 (one syllable only alone in quotes), 너구리라고
# 부르던, 호랑이 할매라고 부른 and '붉은별 작업소'라고 불렀어요
# (the first word of a pair is the name when the second is a kinship word or the pair is
# quoted; else both are, but for a word of the sentence: 지배인은 대머리라고), and a
# word before "(이)라는" and a word for a person: "안경잡이라는 한족 브로커"
_WORDS_FOR_PEOPLE = _PERSON_WORDS_KO | PERSON_WORDS
_KIN = FAMILY | {*HONORIFICS, "할매", "할배", "아지매"}
_OPENING_QUOTES = frozenset("'‘\"“")
_CLOSING_QUOTES = frozenset("'’\"”")
_PARTICLES = frozenset("는가을를의에")  # not 은, 이, 도, 서, which end given names
_LINKS = frozenset(
    {"그리고", "그냥", "그래서", "그런데", "다들", "모두", "그때", "우리", "저희", "서로"}
)
# A word someone asks about as a person: "털보가 누구예요?", "메주는 누구야?"
_WHO_KO = re.compile(
    r"(?<![가-힣])(?P<name>[가-힣]{2,4}?)(?:이|가|는|은)\s?누구(?:예요|에요|야|지|냐|니|였|입니까|인가|래)"
)
_NOT_ASKED_ABOUT = frozenset({"그게", "이게", "저게", "그분", "그녀", "그놈", "저분", "이분"})
_PLACE_NOUNS_KO = frozenset(
    {"기숙사", "숙소", "합숙소", "공장", "식당", "현장", "회사", "창고", "감옥"}
)
_NICKNAME_KO = re.compile(
    r"(?<![가-힣])(?P<name>[가-힣]{1,4})(?:\s(?P<second>[가-힣]{1,3}))?['’\"”]?"
    r"(?=이?라고\s*(?:[가-힣]+\s+)?(?:불렀|부르|부른|불리|불린|불려)"
    r"|(?P<such>)이?라는\s+(?:[가-힣]+\s+)?(?:"
    + "|".join(sorted(_WORDS_FOR_PEOPLE, key=len, reverse=True))
    + "))"
)


class NicknameRecognizer(DomainRecognizer):
    """A capitalised word or two right after "called (him)", "nicknamed", "known as"."""

    ENTITIES = ("PERSON",)

    def find(self, text: str, tokens: Any | None = None) -> Iterator[Span]:
        names = set()
        for pattern in (_NICKNAME, _QUOTED):
            for match in pattern.finditer(text):
                title, _, rest = match.group("name").partition(" ")
                # "called Director Kwon": the title is no part of the name; "Mr Smile" and
                # "Mother Hen" are nicknames whole
                names.add(
                    rest
                    if rest and title.casefold() in TITLE_WORDS and not is_english_word(rest)
                    else title + _ + rest
                )
        # alone in quotes, a title is part of what people called someone ("'Sister Hye'"),
        # and so is the article ("'the Shadow'")
        for match in _ALONE_IN_QUOTES.finditer(text):
            if match.group("three") and all(map(is_english_word, match.group("three").split())):
                continue  # three English words are a company's or a slogan's: "Baltic Crew
                # Solutions"; not "Big Sister Zhang"
            names.add(match.group("name"))
            if match.group("the"):
                names.add(match.group("the") + match.group("name"))
        for match in _ROSTER.finditer(text):
            words = re.split(r"[ -]", match.group("name").casefold())
            if not all(w in STOP_WORDS or w in TITLE_WORDS for w in words):
                names.add(match.group("name"))
        for match in _SALUTATION.finditer(text):
            word = match.group("name").casefold()
            if word not in STOP_WORDS and word not in TITLE_WORDS and word not in GREETING_WORDS:
                names.add(match.group("name"))
        labels = [m.group("name") for m in _SPEAKER_LABEL.finditer(text)]
        if len(labels) >= 2:
            names.update(label for label in labels if _speaker_name(label))
        names.update(
            m.group("name")
            for m in _GREETED_LOWER.finditer(text)
            if not is_english_word(m.group("name"))
        )
        names.update(_named_before_rago(text))
        names.update(
            m.group("name")
            for m in _WHO_KO.finditer(text)
            if m.group("name") not in _WORDS_FOR_PEOPLE and m.group("name") not in _NOT_ASKED_ABOUT
        )
        if _NICKNAME_CUE.search(text):
            for match in _NICKNAME_LINE.finditer(text):
                head = match.group("name") or match.group("hangul") or match.group("quoted")
                if not (
                    head.casefold() in _NOT_NICKNAME_HEADS
                    or head.casefold() in TITLE_WORDS
                    or head in _WORDS_FOR_PEOPLE
                ):
                    names.add(head)
        names.update(_quoted_beside_name(text))
        for match in _CALLED_LOWER.finditer(text):
            words = match.group("name").replace("-", " ").split()
            if words[-1] in STOP_WORDS:  # "goggles because": the name is the first word
                words = words[:1]
            if not any(w in STOP_WORDS or w in NOT_NICKNAMES for w in words):  # "the police"
                names.add(match.group("name")[: len(" ".join(words))])
        for match in _QUOTED_KO.finditer(text):
            # two words in quotes are a name only after a word for a person ("사람 '아부
            # 칼리드'"), not a saying before a verb ("'조국에 충성하라' 하면서")
            if match.group("role") or (
                " " not in match.group("name") and (match.group("cue") or match.group("kin"))
            ):
                names.add(match.group("name"))
        names.update(m.group("name") for m in _QUOTED_SURNAME_KO.finditer(text))
        for match in _EPITHET.finditer(text):
            first = match.group("first").casefold()
            if first in SURNAMES or not is_english_word(first):
                names.add(match.group("name"))
        for name in names:  # every later use of the nickname too
            # particles attach to a Hangul word ("여우가"), so only its start is bounded
            end = "" if has_hangul(name) else r"(?![\w-])"
            for match in re.finditer(rf"(?<![\w-]){re.escape(name)}{end}", text):
                yield Span("PERSON", match.start(), match.end(), 0.7)


def _speaker_name(label: str) -> bool:
    """A speaker label that names a person: capitalised, not a role, a title, a country or a
    people, and no English word unless a surname or given name ("Ali", "Kim")."""
    words = re.split(r"[ -]", label)
    places = gazetteer.load()
    return (
        label[0].isupper()
        and not label.isupper()
        and label.casefold() not in _NOT_NICKNAME_HEADS
        and not any(w.casefold() in TITLE_WORDS for w in words)
        and not places.country(label)
        and not gazetteer.is_demonym(label)
        and label not in NATIONALITIES
        and all(
            not is_english_word(w) or w.casefold() in SURNAMES or w.casefold() in GIVEN_NAMES
            for w in words
        )
    )


def _quoted_beside_name(text: str) -> Iterator[str]:
    """The nicknames ``_QUOTED_BEFORE_NAME`` and ``_QUOTED_AFTER_NAME`` find: the surname
    after the quotes is no English word unless capitalised ("'skinny' Song", not "'zero'
    for"), and the word before the brackets is a hyphenated given name or a surname."""
    for match in _QUOTED_BEFORE_NAME.finditer(text):
        surname = match.group("surname")
        if re.split(r"[ -]", match.group("name"))[-1] in TITLE_WORDS:
            continue  # a role in quotes before the name: "the 'section chief' Pak Chol-u"
        if surname is None or (
            surname.casefold() in SURNAMES
            and surname.casefold() not in STOP_WORDS
            and (surname[0].isupper() or not is_english_word(surname.casefold()))
        ):
            yield match.group("name")
    for match in _QUOTED_AFTER_NAME.finditer(text):
        before = match.group("before")
        if "-" in before or before.casefold() in SURNAMES:
            yield match.group("name")


def _named_before_rago(text: str) -> Iterator[str]:
    """The nicknames ``_NICKNAME_KO`` finds. Of a pair of words before 라고 the first is the
    name when the second is a kinship word ("호랑이 할매") or the pair is quoted; else both
    are, unless the first is a word of the sentence ("지배인은 대머리라고", "그리고 콩알이라고",
    and any word before "X라는 사람"). A word for a person alone names no one ("브로커라는
    사람")."""
    for match in _NICKNAME_KO.finditer(text):
        first, second, such = match.group("name", "second", "such")
        if first in _PLACE_NOUNS_KO:
            continue  # "기숙사라고 부르기도 창피함": what a place is called
        quoted = text[match.start() - 1 : match.start()] in _OPENING_QUOTES
        if len(first) == 1 and not (quoted and text[match.end("name")] in _CLOSING_QUOTES):
            continue  # one syllable is a name only alone in quotes: '곰'이라고, not 나라고
        found = [first]
        if second and not quoted and second.removesuffix("이") not in _KIN:
            sentence_word = (
                such is not None
                or first[-1] in _PARTICLES
                or first[:-1] in _WORDS_FOR_PEOPLE
                or first in _LINKS
            )
            found = [second] if sentence_word else [first, second]
        yield from (n for n in found if such is None or n not in _WORDS_FOR_PEOPLE)
