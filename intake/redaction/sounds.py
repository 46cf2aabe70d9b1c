"""A coarse key of how a name sounds, shared by its Latin and its Hangul spelling.

Korean answers write foreign towns in Hangul by their sound: "씨엠립" (Siem Reap), "루앙남타"
(Luang Namtha), "카트만두" (Kathmandu). The key keeps the consonants only, in eight classes
and the nasal ng, since vowels and aspiration are what Hangul and Latin spellings disagree
on: both "Siem Reap" and "씨엠립" are S M L P.
"""

import re

from intake.redaction.normalize import is_syllable, jamo

# Latin letters and digraphs → classes: P T K C (j, ch) S M N L G (ng); h, w, y and vowels
# are dropped. "ng" before a vowel is both the nasal and a g, as Hangul writes it: 앙가라.
_LATIN = re.compile(r"tch|sch|ch|sh|zh|kh|ph|th|ts|ng|[a-z]")
_LATIN_CLASS = {
    "tch": "C", "sch": "S", "ch": "C", "sh": "S", "zh": "C", "kh": "K", "ph": "P", "th": "T",
    "ts": "S", "ng": "G", "b": "P", "p": "P", "f": "P", "v": "P", "d": "T", "t": "T", "g": "K",
    "k": "K", "c": "K", "q": "K", "j": "C", "s": "S", "z": "S", "x": "S", "m": "M", "n": "N",
    "l": "L", "r": "L",
}  # fmt: skip
_VOWEL = re.compile(r"[aeiou]")
# Hangul initial and final consonants (jamo order) → the same classes; ㅇ and ㅎ lead silent.
_INITIAL_CLASS = "KKNTTLMPPSS CCCKTP "  # ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
_FINAL_CLASS = " KKKNNNTLLLLLLLLMPPTTGTTKTP "  # none, ㄱ ... ㅎ; a final ㅅ sounds t (캣)


def latin_key(name: str) -> str:
    """The key of a name in Latin letters (folded: lower case, ASCII): "siemreap" → "SMLP"."""
    classes = []
    for match in _LATIN.finditer(name):
        unit = match.group()
        if unit.startswith("ng") and match.end() < len(name) and _VOWEL.match(name, match.end()):
            classes += ["G", "K"]
        elif unit in _LATIN_CLASS:
            classes.append(_LATIN_CLASS[unit])
    return _collapse(classes)


def hangul_key(word: str) -> str:
    """The key of a Hangul word: "씨엠립" → "SMLP", "루앙남타" → "LGNMT"."""
    classes = []
    for ch in filter(is_syllable, word):
        initial, _, final = jamo(ch)
        classes += [_INITIAL_CLASS[initial], _FINAL_CLASS[final]]
    return _collapse(classes)


def _collapse(classes: list[str]) -> str:
    """The classes without the silent ones and without repeats ("ll" is L)."""
    key: list[str] = []
    for cls in classes:
        if cls != " " and (not key or key[-1] != cls):
            key.append(cls)
    return "".join(key)
