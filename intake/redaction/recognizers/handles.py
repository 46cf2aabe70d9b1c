"""Messenger handles and user names.

Hits: "@songil_88", "telegram: dandong_wang2", "my kakao id is kimsh1987",
"WeChat wanglei_hc", and any word joined by an underscore ("his id was
mh_choe1977"), which in an answer is only ever a user name, and a romanised
Korean name written together in lower case with a number ("pakchol88"). Near-misses:
e-mail addresses (found as e-mail), the messenger names themselves
("Telegram", "KakaoTalk").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from intake.redaction import gazetteer
from intake.redaction.english_words import is_english_word
from intake.redaction.recognizers.base import DomainRecognizer, Span
from intake.redaction.recognizers.names_data import KOREAN_SURNAMES, is_given_name

_AT_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_][A-Za-z0-9_.]{2,}[A-Za-z0-9_]")
# a Skype name with its prefix: "live:hanbyol_kim"
_SKYPE = re.compile(r"(?<![\w:])live:[A-Za-z0-9_.\-]*[A-Za-z0-9_]")
_MESSENGER = (
    r"(?:telegram|tg|kakao(?:\s?talk)?|katalk|wechat|weixin|whatsapp|viber|imo|line|skype|vk"
    r"|vkontakte|instagram|insta|facebook|fb|signal|qq|zalo|twitter|tiktok|douyin|username"
    r"|user\s?name|nickname|handle|login|(?:account|profile|screen)\s?name"
    r"|카카오톡?|카톡|위챗|텔레그램|아이디)(?![A-Za-z])"
)
_NAMED = re.compile(
    rf"(?i){_MESSENGER}(?:\s+(?:id|account|name|handle|username|nick))?"
    r"(?:\s+(?:is|was|were|are|called|:))?\s*[:\-]?\s*(?:it\s+is\s+|it's\s+)?"
    r"[\"'“]?(?P<handle>@?[A-Za-z][A-Za-z0-9_.\-]{2,}[A-Za-z0-9_])"
)
# Words a handle-looking token after a messenger name can be without being a handle.
_ORDINARY = frozenset(
    """
    and or but the with from to for too also account id name group chat number message
    messages call calls called app phone every all only never still
    """.split()  # noqa: SIM905
) | frozenset(STOP_WORDS)


# After a messenger word (within a short clause, any language): a made-up user name.
_NEAR = re.compile(
    rf"(?i){_MESSENGER}[^\n.!?@]{{0,25}}?(?<![A-Za-z0-9_.@-])"
    r"(?P<handle>[A-Za-z][A-Za-z0-9_.\-]*(?:\d|_)[A-Za-z0-9_.\-]*[A-Za-z0-9_])(?![A-Za-z0-9@])"
)


_UNDERSCORED = re.compile(
    r"(?<![\w.@/-])[A-Za-z][A-Za-z0-9.]*_[A-Za-z0-9_.]*[A-Za-z0-9](?![\w@/-]|\.\w)"
)


# A romanised Korean name written together in lower case with a number, as user names are:
# "pakchol88" (a surname of two letters or more, then a 1-2 syllable given name). Without the
# number such words are as often romanised Korean words ("songbun", "inminban", "banjang").
_NAME_WRITTEN_TOGETHER = re.compile(r"(?<![\w.@/-])(?P<letters>[a-z]{5,})\d{2,4}(?![\w@/-])")
_MIN_SURNAME = 2


def _name_written_together(letters: str) -> bool:
    places = gazetteer.load()
    if is_english_word(letters) or places.country(letters) or places.lookup(letters):
        return False  # "songbirds", "hongkong"
    return any(
        letters[:cut] in KOREAN_SURNAMES and is_given_name(letters[cut:])
        for cut in range(_MIN_SURNAME, 5)
    )


class HandleRecognizer(DomainRecognizer):
    """``@name`` anywhere; a name after a messenger word if it looks like a user name."""

    ENTITIES = ("HANDLE",)

    def find(self, text: str, tokens: Any | None = None) -> Iterator[Span]:
        for pattern in (_AT_HANDLE, _SKYPE):
            for match in pattern.finditer(text):
                yield Span("HANDLE", match.start(), match.end(), 0.8)
        for match in _UNDERSCORED.finditer(text):
            yield Span("HANDLE", match.start(), match.end(), 0.8)
        for match in _NAME_WRITTEN_TOGETHER.finditer(text):
            if _name_written_together(match.group("letters")):
                yield Span("HANDLE", match.start(), match.end(), 0.6)
        for match in _NEAR.finditer(text):
            yield Span("HANDLE", match.start("handle"), match.end("handle"), 0.8)
        for match in _NAMED.finditer(text):
            handle = match.group("handle")
            if handle.casefold() in _ORDINARY or handle.startswith("@"):
                continue
            looks_made_up = any(ch.isdigit() or ch in "_." for ch in handle)
            if not looks_made_up and is_english_word(handle):
                continue  # "line manager", "handle online"
            score = 0.8 if looks_made_up else 0.5
            yield Span("HANDLE", match.start("handle"), match.end("handle"), score)
