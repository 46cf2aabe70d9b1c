"""Chinese place names in pinyin, written in Hangul the way South Korean papers write them.

Korean answers name Chinese towns in two ways: by the Korean reading of their characters
(丹东 → 단동, see ``gazetteer.korean_readings``) or by their sound (Dandong → 단둥). This
module gives the second from the pinyin names geonames holds, by the National Institute
of the Korean Language's table for Chinese (외래어 표기법, 중국어 발음 부호와 한글 대조표).
No library on PyPI implements that table, so it is written out here.
"""

import re

import hanja.table

from intake.redaction.normalize import jamo, syllable

# Leading consonants of pinyin syllables and the Hangul initial each is written with.
_INITIALS = {
    "": "ㅇ", "b": "ㅂ", "p": "ㅍ", "m": "ㅁ", "f": "ㅍ", "d": "ㄷ", "t": "ㅌ", "n": "ㄴ",
    "l": "ㄹ", "g": "ㄱ", "k": "ㅋ", "h": "ㅎ", "j": "ㅈ", "q": "ㅊ", "x": "ㅅ", "zh": "ㅈ",
    "ch": "ㅊ", "sh": "ㅅ", "r": "ㄹ", "z": "ㅉ", "c": "ㅊ", "s": "ㅆ",
}  # fmt: skip
# Finals after a consonant, written as they sound alone (with the silent initial ㅇ).
_FINALS = {
    "a": "아", "o": "오", "e": "어", "ai": "아이", "ei": "에이", "ao": "아오", "ou": "어우",
    "an": "안", "en": "언", "ang": "앙", "eng": "엉", "ong": "웅",
    "i": "이", "ia": "야", "ie": "예", "iao": "야오", "iu": "유", "ian": "옌", "in": "인",
    "iang": "양", "ing": "잉", "iong": "융",
    "u": "우", "ua": "와", "uo": "워", "uai": "와이", "ui": "우이", "uan": "완", "un": "운",
    "uang": "왕",
}  # fmt: skip
# After j, q, x a written u is ü.
_AFTER_PALATAL = {"u": "위", "ue": "웨", "uan": "위안", "un": "윈"}
# After zh, ch, sh, r, z, c, s a written i is the buzzed vowel 으.
_BUZZED = frozenset({"zh", "ch", "sh", "r", "z", "c", "s"})
# Syllables with no consonant, spelled with y and w.
_ALONE = {
    **{final: hangul for final, hangul in _FINALS.items() if final[0] in "aoe"},
    "yi": "이", "ya": "야", "yo": "요", "ye": "예", "yao": "야오", "you": "유", "yan": "옌",
    "yin": "인", "yang": "양", "ying": "잉", "yong": "융", "yu": "위", "yue": "웨",
    "yuan": "위안", "yun": "윈", "wu": "우", "wa": "와", "wo": "워", "wai": "와이",
    "wei": "웨이", "wan": "완", "wen": "원", "wang": "왕", "weng": "웡", "er": "얼",
}  # fmt: skip

_JAMO_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
# After ㅈ, ㅉ, ㅊ Korean spelling writes ㅑ ㅕ ㅖ ㅛ ㅠ as ㅏ ㅓ ㅔ ㅗ ㅜ (jia 자, jiu 주).
_PLAIN_VOWEL = {2: 0, 6: 4, 7: 5, 12: 8, 17: 13}
_SIBILANTS = frozenset("ㅈㅉㅊ")


def _with_initial(initial: str, final: str) -> str:
    """``final`` (spelled with ㅇ) with its first syllable led by the jamo ``initial``."""
    _, vowel, coda = jamo(final[0])
    if initial in _SIBILANTS:
        vowel = _PLAIN_VOWEL.get(vowel, vowel)
    return syllable(_JAMO_INITIALS.index(initial), vowel, coda) + final[1:]


def _syllables() -> dict[str, str]:
    table = dict(_ALONE)
    for consonant, initial in _INITIALS.items():
        if not consonant:
            continue
        finals = dict(_FINALS)
        if consonant in "jqx":
            finals.update(_AFTER_PALATAL)
        if consonant in _BUZZED:
            finals["i"] = "으"
        for final, hangul in finals.items():
            table[consonant + final] = _with_initial(initial, hangul)
    return table


_SYLLABLES = _syllables()
_LONGEST = max(map(len, _SYLLABLES))
_APOSTROPHE = re.compile(r"['’]")
_UNIT = re.compile(r"\s+(?:chengguanzhen|zhen|shi|xian|xiang|jiedao)$")
_WORD = re.compile(r"[a-z]+")
MAX_SYLLABLES = 4


def hangul(name: str) -> str | None:
    """The Hangul spelling of the pinyin place name ``name`` less its unit word, or None
    where it is not pinyin of two to four syllables: "Dandong" → 단둥, "Yanji" → 옌지,
    "Xi’an" → 시안, "Jinan" → 지난, "Mudanjiang Shi" → 무단장; "Harbin" → None."""
    words = _APOSTROPHE.split(_UNIT.sub("", name.strip().lower()))
    if not all(_WORD.fullmatch(word) for word in words):
        return None
    parts = [_split(word) for word in words]
    syllables = [syllable for part in parts if part is not None for syllable in part]
    if None in parts or not 2 <= len(syllables) <= MAX_SYLLABLES:
        return None
    return "".join(_SYLLABLES[syllable] for syllable in syllables)


def _split(word: str) -> list[str] | None:
    """``word`` as pinyin syllables. Pinyin marks with an apostrophe a syllable that starts
    with a, o or e after another, so without one "jinan" is ji-nan, not jin-an; of the
    splits left, the fewest syllables and then the longest first syllables win."""
    best: dict[int, tuple[int, list[str]]] = {len(word): (0, [])}
    for start in range(len(word) - 1, -1, -1):
        options = []
        for end in range(start + 1, min(len(word), start + _LONGEST) + 1):
            syllable = word[start:end]
            if syllable in _SYLLABLES and end in best:
                cost, rest = best[end]
                penalty = 100 if start and syllable[0] in "aoe" else 0
                options.append((cost + penalty + 1, -len(syllable), [syllable, *rest]))
        if options:
            cost, _, syllables = min(options)
            best[start] = (cost, syllables)
    found = best.get(0)
    return found[1] if found is not None and found[0] < 100 else None


# Common Chinese surnames in pinyin: their Hangul spellings lead a Chinese name in Hangul.
_SURNAMES = (  # noqa: SIM905
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng "
    "liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye "
    "cheng wei su ding ren lu yao shen zhong cui tan shi jin jia xia fang zou xiong bai meng qin "
    "qiu hou yin xue yan duan lei long tao mao hao gu gong shao wan qian kong kang qiao pang "
    "zhuang yue fu fan qu geng"
).split()
# Korean writers often give an unaspirated initial a tense consonant: 까오 for 가오 (Gao).
_TENSE = {"ㄱ": "ㄲ", "ㄷ": "ㄸ", "ㅂ": "ㅃ", "ㅈ": "ㅉ"}


def _tensed(spelling: str) -> str:
    lead, vowel, final = jamo(spelling[0])
    tense = _TENSE.get(_JAMO_INITIALS[lead])
    if tense is None:
        return spelling
    return syllable(_JAMO_INITIALS.index(tense), vowel, final) + spelling[1:]


_SPELLINGS = frozenset(
    variant for spelling in _SYLLABLES.values() for variant in (spelling, _tensed(spelling))
)
_SURNAME_SPELLINGS = frozenset(
    variant for name in _SURNAMES for variant in (_SYLLABLES[name], _tensed(_SYLLABLES[name]))
)
# Syllables a Sino-Korean reading never has ("샤", "궈", "룽"): a Korean word has none of them.
_NOT_SINO_KOREAN = frozenset(ch for s in _SPELLINGS for ch in s) - frozenset(
    reading for reading in hanja.table.hanja_table.values() if len(reading) == 1
)
MAX_GIVEN_SYLLABLES = 2


def spells_chinese_name(word: str) -> bool:
    """Whether the Hangul ``word`` may spell a Chinese name by its sound: a common surname
    and a given name of one or two pinyin syllables, with a syllable no Sino-Korean word
    has ("천샤오밍", "장궈핑", "쑨하이룽", "쑤정"; not "김영철", "인민반장", nor "장티푸스",
    three syllables after 장). Callers rule out words Kiwi knows ("우리가")."""
    if not any(ch in _NOT_SINO_KOREAN for ch in word):
        return False
    return any(
        word.startswith(surname)
        and 1 <= _syllable_count(word[len(surname) :]) <= MAX_GIVEN_SYLLABLES
        for surname in _SURNAME_SPELLINGS
    )


def _syllable_count(hangul: str) -> int:
    """The fewest pinyin syllables whose spellings make up ``hangul``; 0 if none do."""
    fewest = {0: 0}
    for end in range(1, len(hangul) + 1):
        counts = [
            fewest[start] + 1
            for start in range(max(0, end - 3), end)
            if start in fewest and hangul[start:end] in _SPELLINGS
        ]
        if counts:
            fewest[end] = min(counts)
    return fewest.get(len(hangul), 0)


def chinese_name(surname: str, given: str) -> bool:
    """Whether ``surname`` ``given`` reads as a Chinese name in pinyin: a common surname and
    a given name of two syllables, hyphenated or not ("sun jianguo", "Wang Jian-jun"; not
    "sun said"). Callers rule out English words and towns."""
    if surname.casefold() not in _SURNAME_SET:
        return False
    syllables = _split(given.replace("-", "").casefold())
    return syllables is not None and len(syllables) == 2


_SURNAME_SET = frozenset(_SURNAMES)
