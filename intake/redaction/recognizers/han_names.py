"""Names in Chinese characters in English or Korean answers: "金志强", "丹东华盛水产".

In an answer written in English or Korean, Chinese characters are nearly
always a name copied as it is written: a person, a town, a company, a shop, a
police station. A run of two or three Han characters led by one of the common
Chinese surnames (simplified or traditional) is a person; any other run of
two or more is a place, unless it is a country, a people or a common term of
the field (朝鲜族, 护照, 临时居住证), or a date. Hits: "사장은 金志强이었고", "the
owner 王建国", "丹东市", "东港海丰水产食品有限公司", "站前派出所". The Korean reading
written beside the characters is the same name: "경신진(敬信镇)", "리설향(李雪香)", and
so is the Hangul spelling of a person's: "장궈핑(张国平)".
Near-misses: "2017年6月1日", "中国", "朝鲜族", a single character, "공장(东港)", a term
glossed in English ("货款 (payment for goods)").

Japanese records write a foreign name in katakana with a middle dot between its parts:
"リ・ソンイル" is a person (katakana without the dot is left alone: "カラオケ").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from intake.redaction import gazetteer
from intake.redaction.gazetteer import korean_readings
from intake.redaction.recognizers.base import DomainRecognizer, Span
from intake.redaction.recognizers.hangul import FOREIGN_PEOPLE, HONORIFICS, PERSON_WORDS, ROLES

_SURNAMES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林高罗羅郑鄭梁谢謝宋唐许許韩韓冯馮"
    "邓鄧曹彭曾肖萧蕭田董潘袁蔡蒋蔣余于杜叶葉程魏苏蘇吕呂丁任卢盧姚沈钟鍾姜崔谭譚陆陸范汪廖"
    "石金贾賈韦韋夏方邹鄒熊白孟秦邱侯江尹薛闫閻段雷龙龍黎史陶贺賀毛郝顾顧龚龔邵万萬武钱錢"
    "戴严嚴欧歐莫孔汤湯温溫康施樊葛邢齐齊乔喬庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申耿关關焦俞"
    "柳祝包宁寧舒阮柯纪紀梅童凌毕畢季裴霍涂苗翁骆駱蓝藍辛靳柴鲍鮑华華滕饶饒艾尤穆卓"
    "朴全玄池延"
)
"""About 180 common surnames of China and Korea in Han characters."""

_PLACE_ENDINGS = frozenset("市县縣区區省镇鎮村乡鄉路街道")
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_RUN = re.compile(f"(?<![{_HAN}])[{_HAN}]{{2,}}(?![{_HAN}])")
_MAX_PERSON = 3
_KATAKANA_NAME = re.compile(r"[\u30a1-\u30fa\u30fc]+(?:・[\u30a1-\u30fa\u30fc]+)+")
# characters of a date: "二〇一八年五月十二日" (the Han digits and 〇 are dates, not names)
_DATE_CHARACTERS = frozenset("〇零一二三四五六七八九十年月日号號")
COMMON_TERMS = frozenset(
    """
    中国 中华人民共和国 朝鲜民主主义人民共和国 朝鲜 北朝鲜 韩国 南韩 北韩 北韓 南韓 俄罗斯
    蒙古 日本 美国 朝鲜族 汉族 中国人 朝鲜人 韩国人
    护照 签证 身份证 居住证 临时居住证 工作证 劳务 工资 加班 老板 师傅 宿舍 工厂 公司 饭店
    转账 汇款 货款 收款 付款 金额 余额 备注 订单 现金 人民币 美元 合同 发票 收据
    """.split()  # noqa: SIM905
)
"""Han terms that are research value, not names: countries, peoples, documents, work, money."""
# an English gloss in brackets after the characters: "货款 (payment for goods)", a term
_GLOSS_AFTER = re.compile(r"\s?\((?:[a-z]+[ ,'’-]*){1,6}\)")


class HanNameRecognizer(DomainRecognizer):
    """Two or three Han characters led by a common surname; any other Han run a place; a
    foreign name in katakana."""

    ENTITIES = ("PERSON", "PLACE")

    def find(self, text: str, tokens: Any | None = None) -> Iterator[Span]:
        for match in _RUN.finditer(text):
            run = match.group()
            if run in COMMON_TERMS or set(run) <= _DATE_CHARACTERS or "年" in run:
                continue
            if run[0] in _SURNAMES and len(run) <= _MAX_PERSON and run[-1] not in _PLACE_ENDINGS:
                kind, score = "PERSON", 0.6
            elif _GLOSS_AFTER.match(text, match.end()):
                continue  # not "王建国 (the owner)"
            else:
                kind, score = "PLACE", 0.55
            yield Span(kind, match.start(), match.end(), score)
            reading = _READING_BEFORE.search(
                text, max(0, match.start() - _READING_REACH), match.start()
            )
            if reading and _same_name(reading.group(1), run, kind):
                yield Span(kind, reading.start(1), reading.end(1), score)
        for match in _KATAKANA_NAME.finditer(text):
            yield Span("PERSON", match.start(), match.end(), 0.6)


def _same_name(korean: str, run: str, kind: str) -> bool:
    """Whether the Korean word before ``run`` in brackets writes the same name: its Korean
    reading ("경신진(敬信镇)", "리설향(李雪香)") or, for a person, any Hangul spelling of two
    to four syllables ("장궈핑(张国平)"), but a word for a person, a people or a country
    ("사장(王建国)", "중국인(王建国)", "조선족(李明)") is no name."""
    if korean in korean_readings(run, whole=True):
        return True
    return (
        kind == "PERSON"
        and len(korean) <= _MAX_SPELLED
        and korean not in _WORDS_FOR_PEOPLE
        and not gazetteer.is_demonym(korean)
        and gazetteer.load().country(korean) is None
    )


# a Korean word just before the characters in brackets: "경신진(敬信镇)", "심가문 (沈家门)"
_READING_BEFORE = re.compile(r"(?<![가-힣])([가-힣]{2,8})\s?\($")
_READING_REACH = 10  # eight syllables, a space and the bracket
_MAX_SPELLED = 4
_WORDS_FOR_PEOPLE = PERSON_WORDS | ROLES | FOREIGN_PEOPLE | set(HONORIFICS)
