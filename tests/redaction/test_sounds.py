"""The sound key shared by a town's Latin name and its Hangul spelling."""

import pytest

from intake.redaction import gazetteer
from intake.redaction.normalize import fold
from intake.redaction.sounds import hangul_key, latin_key


@pytest.mark.parametrize(
    ("latin", "hangul"),
    [
        ("Siem Reap", "씨엠립"),
        ("Luang Namtha", "루앙남타"),
        ("Chiang Khong", "치앙콩"),
        ("Kathmandu", "카트만두"),
        ("Phnom Penh", "프놈펜"),  # ph is p; a final ㅁ and ㄴ are consonants too
        ("Bangkok", "방콕"),  # ng before a consonant is the nasal alone
        ("Angara", "앙가라"),  # before a vowel the nasal and a g
        ("Nanning", "난닝"),  # doubled letters and repeated classes count once
        ("Vladivostok", "블라디보스토크"),  # the vowels Hangul adds carry no consonant
    ],
)
def test_a_town_and_its_hangul_spelling_share_a_key(latin: str, hangul: str) -> None:
    assert latin_key(fold(latin)) == hangul_key(hangul)


def test_a_town_is_found_by_sound_only_in_the_countries_named() -> None:
    places = gazetteer.load()
    town = places.town_by_sound("씨엠립", frozenset({"Cambodia"}))
    assert town is not None and town.name == "Siem Reap"
    assert places.town_by_sound("씨엠립", frozenset({"Mongolia"})) is None
    assert places.town_by_sound("제다", frozenset({"Saudi Arabia"})) is None  # two consonants
    # Chinese and Korean towns are left to their readings and pinyin spellings
    assert places.town_by_sound("단둥", frozenset({"China"})) is None
