"""Pinyin place names in Hangul, by the National Institute of the Korean Language's table."""

import pytest

from intake.redaction.pinyin import hangul, spells_chinese_name


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("Dandong", "단둥"),
        ("Yanji", "옌지"),
        ("Shenyang", "선양"),
        ("Qingdao", "칭다오"),
        ("Weihai", "웨이하이"),
        ("Dalian", "다롄"),
        ("Suifenhe", "쑤이펀허"),  # ui after a consonant is 우이, z s c are tense
        ("Shijiazhuang", "스자좡"),  # i after sh is 으; ㅈ takes a plain vowel (jia 자)
        ("Jiujiang", "주장"),
        ("Xiamen", "샤먼"),  # ㅅ keeps its y-vowel
        ("Quanzhou", "취안저우"),  # u after j q x is ü
        ("Xuzhou", "쉬저우"),
        ("Jinghong", "징훙"),
        ("Yueyang", "웨양"),
        ("Xi’an", "시안"),  # the apostrophe parts the syllables
        ("Jinan", "지난"),  # without one, no syllable after another starts with a vowel
        ("Mudanjiang Shi", "무단장"),  # the unit word is dropped
        ("Lianyungang", "롄윈강"),
    ],
)
def test_pinyin_names_in_hangul(name: str, written: str) -> None:
    assert hangul(name) == written


@pytest.mark.parametrize("name", ["Harbin", "Ürümqi", "Hohhot", "Xi", "Zhangjiakoudongdaxing"])
def test_names_that_are_not_pinyin_of_two_to_four_syllables(name: str) -> None:
    assert hangul(name) is None


@pytest.mark.parametrize("word", ["천샤오밍", "장궈핑", "쑨하이룽", "까오위", "쑤정", "펑쉐둥"])
def test_chinese_names_spelled_in_hangul(word: str) -> None:
    assert spells_chinese_name(word)


# Korean names, Sino-Korean words, and a loanword with three syllables after a surname
@pytest.mark.parametrize("word", ["김영철", "리성철", "장수민", "인민반장", "구류소", "장티푸스"])
def test_words_that_spell_no_chinese_name(word: str) -> None:
    assert not spells_chinese_name(word)
