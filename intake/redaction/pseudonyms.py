"""Pseudonyms that stay the same for one person (or place, handle...) across an interview.

The map holds the real names it has seen, so it is as secret as the answers:
the store keeps it encrypted beside them (:meth:`PseudonymMap.to_json`), and
it must never be written anywhere in the clear.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from intake.errors import RedactionError
from intake.redaction.normalize import fold, has_hangul, words

TITLES = frozenset(
    {
        "mr", "mrs", "ms", "miss", "dr", "doctor", "comrade", "uncle", "aunt", "auntie",
        "brother", "sister", "teacher", "boss", "manager", "director", "chief", "captain",
        "foreman", "supervisor", "mister", "madam", "sir", "old", "young", "little", "big",
        "dongmu", "tongmu", "ssi", "banjang", "panjang", "sonsaengnim", "seonsaengnim",
        "ajumma", "ajeossi", "ajossi", "hyong", "hyeong", "hyung", "nuna", "noona", "oppa",
        "unni", "eonni", "jibaein", "jidowon", "chaegimja", "the", "my", "our", "his", "her",
    }
)  # fmt: skip
"""Words that precede or follow a name without being part of what identifies it."""

_HANGUL_TITLES = (
    "동무",
    "동지",
    "씨",
    "반장",
    "선생님",
    "선생",
    "아저씨",
    "아주머니",
    "형",
    "누나",
)
_HANGUL_SURNAMES = frozenset(
    "김리이박최정강조윤장림임한오서신권황안송류유전홍고문양손배백허남심로노하곽성차주우구민나진지엄채원천방공현함변염여추석설마길연위표명기반라왕금옥육인맹제모탁국"
)


def name_key(text: str) -> str:
    """The key under which a name is remembered: folded, titles and honorifics dropped."""
    if has_hangul(text):
        stripped = text.strip()
        for title in _HANGUL_TITLES:
            stripped = stripped.removesuffix(title).strip()
        return fold(stripped)
    kept = [w for w in words(text) if w not in TITLES]
    return "".join(kept) if kept else fold(text)


def _aliases(text: str) -> list[str]:
    """Shorter keys that also point at this name: the given name without the surname."""
    key = name_key(text)
    if has_hangul(text):
        if len(key) == 3 and key[0] in _HANGUL_SURNAMES:
            return [key[1:]]
        return []
    parts = [w for w in words(text) if w not in TITLES]
    if len(parts) >= 2 and len("".join(parts[1:])) >= 3:
        return ["".join(parts[1:])]
    return []


@dataclass(repr=False)
class PseudonymMap:
    """Numbers pseudonyms per type: the first person seen is ``[PERSON-1]``, and so on.

    Spelling variants of one name (case, hyphens, spaces, accents, titles such
    as "Mr" or "동무") share a pseudonym, and a given name alone ("Chol-su")
    reuses the pseudonym of the full name ("Kim Chol-su") seen earlier.
    """

    _keys: dict[str, dict[str, int]] = field(default_factory=dict)
    _counts: dict[str, int] = field(default_factory=dict)

    def __repr__(self) -> str:
        """Counts per type only: the keys are real names and must not reach a log or traceback."""
        return f"PseudonymMap(counts={self._counts!r})"

    def pseudonym(self, entity_type: str, text: str) -> str:
        """``[TYPE-n]`` for this value, allocating the next number on first sight."""
        keys = self._keys.setdefault(entity_type, {})
        key = name_key(text) if entity_type == "PERSON" else fold(text)
        number = keys.get(key)
        if number is None:
            number = self._counts.get(entity_type, 0) + 1
            self._counts[entity_type] = number
            keys[key] = number
            if entity_type == "PERSON":
                for alias in _aliases(text):
                    keys.setdefault(alias, number)
        return f"[{entity_type}-{number}]"

    def to_json(self) -> str:
        """Serialise the map (secret: contains real names) for the store to encrypt."""
        return json.dumps(
            {"version": 1, "keys": self._keys, "counts": self._counts},
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, data: str) -> PseudonymMap:
        """Rebuild a map from :meth:`to_json` output; raises RedactionError if malformed."""
        try:
            raw: Any = json.loads(data)
            if raw.get("version") != 1:
                raise ValueError("version")
            keys = {
                str(t): {str(k): int(n) for k, n in entries.items()}
                for t, entries in raw["keys"].items()
            }
            counts = {str(t): int(n) for t, n in raw["counts"].items()}
        except (ValueError, TypeError, AttributeError, KeyError):
            raise RedactionError("pseudonym map is malformed") from None
        return cls(keys, counts)
