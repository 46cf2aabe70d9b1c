"""Surnames and syllables of romanised Korean and Chinese names.

Korean surnames are listed with their McCune–Reischauer, Revised and North
Korean spellings (Ri/Rhee/Lee/Yi, Pak/Park/Bak, ...). Surnames that are also
English words ("An", "Song", "Moon", "Go") are matched only when capitalised
and followed by a given name, never alone.
"""

from __future__ import annotations

import re

from intake.redaction.normalize import ascii_fold

KOREAN_SURNAMES = frozenset(
    """
    kim gim ri rhee lee yi li i rhie pak park bak bahk pack choe choi chwe choy che jong
    jung chong jeong cheong chung joung kang gang cho jo joe yun yoon youn jang chang im
    lim rim yim han o oh so seo suh sin shin shinn kwon gwon hwang whang an ahn song ryu
    yu yoo you rhyu ryoo jon jeon chon chun jun hong ko go koh mun moon yang ryang son
    sohn pae bae paek baek baik paik ho heo hur huh nam sim shim no noh ro roh ha kwak
    gwak yom yeom ryom chu ju joo u woo wu min ku koo gu na ra jin chin ji chi jee om eom
    um chae won weon pang bang kong gong hyon hyun hyeon ham pyon byun byeon pyun yo yeo
    ryo sok seok suk sol seol ma kil gil yon yeon ryon wi wee pyo myong myeong myung ki gi
    pan ban wang kum geum keum ok yuk yook in maeng je mo tak kuk kook kye gye kyo gyo
    tong do to chu sung song seong sŏng cha
    """.split()  # noqa: SIM905
)

CHINESE_SURNAMES = frozenset(
    """
    wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo
    liang song zheng xie han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng
    lu su jiang cai jia ding wei xue ye yan pan du dai xia zhong tian ren fan fang shi yao
    tan liao zou xiong jin hao kong bai cui kang mao qiu qin gu hou shao meng long wan
    duan lei qian yin chang qiao lai gong wen lao piao quan xuan
    """.split()  # noqa: SIM905
)
"""The commonest Chinese surnames in pinyin, with the readings of Korean ones that Korean
Chinese use (Piao for 박, Quan for 전, Xuan for 현)."""

KORYO_SARAM_SURNAMES = frozenset(
    """
    tsoy tsoi ten tyan khan khvan kvon em de kho khe tkhay tskhay ogay yugay khegay kogay
    ligay tigay shegay magay pegay nigay tkhai tskhai ogai yugai khegai kogai ligai tigai
    shegai magai pegai nigai
    """.split()  # noqa: SIM905
)
"""Korean surnames in the Russian forms of Koreans of the former Soviet Union (Цой, Тен,
Тян, Хан, Югай, Огай, ...), as passports romanise them: "Andrei Ten", "Tatyana Khegai"."""

# "ten", "em" and "de" are English and Romance words: in Latin letters only after a given name
SURNAMES = KOREAN_SURNAMES | CHINESE_SURNAMES | (KORYO_SARAM_SURNAMES - {"ten", "em", "de"})

ENGLISH_WORD_SURNAMES = frozenset(
    """
    an i o so song moon go ha ham ho in ma mo na no ok pan ban bang chin do to gong han
    hur huh ko lee long lu min pack park ra ro sin son sun sung u wee won you yo yu joe
    tong wan fan gu he hu ye jo lao gang tan ding sol um gi sim chang mao yuan
    """.split()  # noqa: SIM905
)
"""Surnames that are also English words (or pronouns): case-sensitive, never alone."""

DISTINCTIVE_SURNAMES = SURNAMES - ENGLISH_WORD_SURNAMES - {"i", "u", "li", "ri", "yi"}
"""Surnames that name a person even alone ("Kim said", "comrade Pak"), in any case."""

_INITIAL = r"(?:kk|tt|pp|ss|jj|tch|ch|sh|zh|kh|ph|th|ts|[kgndtrlmbpsjhcfqxzy])?"
_VOWEL = (
    r"(?:yae|yeo|wae|woo|iang|iong|uang|ian|iao|uai|uan|ae|ai|ao|eo|eu|ei|ee|ia|ie|io|iu|oe|oi|oo"
    r"|ou|ua|ue|ui|uo|wa|wo|we|wi|ya|ye|yo|yu|[aeiou])"
)
_FINAL = r"(?:ng|n|k|l|m|p|t|r)?"
SYLLABLE = _INITIAL + r"'?" + _VOWEL + _FINAL
_GIVEN = re.compile(rf"(?:{SYLLABLE})(?:-?(?:{SYLLABLE}))?", re.IGNORECASE)


def is_given_name(word: str) -> bool:
    """Whether ``word`` reads as a 1–2 syllable romanised given name ("Chol-su", "Lihua")."""
    return bool(_GIVEN.fullmatch(ascii_fold(word).replace("’", "'")))
