"""Chinese names written in Chinese characters, in English or Korean answers: "金志强", "刘伟".

A run of two or three Han characters standing alone (not inside a longer
Chinese phrase) that starts with one of the common Chinese surnames, in
simplified or traditional form, is a name; a run ending in a kind of place
(市, 县, 区, 路 ...) is a place. Hits: "사장은 金志强이었고", "the owner 王建国",
"丹东市". Near-misses: dates ("2017年6月1日"), longer phrases ("中华人民共和国"),
runs not led by a surname ("北韓").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from intake.redaction.recognizers.base import DomainRecognizer, Span

SURNAMES = frozenset(
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
_RUN = re.compile(f"(?<![{_HAN}])[{_HAN}]{{2,3}}(?![{_HAN}])")


class HanNameRecognizer(DomainRecognizer):
    """Two or three Han characters led by a common surname; a place by its ending."""

    ENTITIES = ("PERSON", "PLACE")

    def find(self, text: str, tokens: Any | None = None) -> Iterator[Span]:
        for match in _RUN.finditer(text):
            run = match.group()
            if run[-1] in _PLACE_ENDINGS:
                yield Span("PLACE", match.start(), match.end(), 0.6)
            elif run[0] in SURNAMES:
                yield Span("PERSON", match.start(), match.end(), 0.6)
