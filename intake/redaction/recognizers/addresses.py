"""Street addresses in the forms of the countries workers are sent to, with units.

An address is a chain of *parts* separated by commas, spaces or "on"/"at":
street parts ("ul. Kalinina 47", "Svetlanskaya Street 31", "47 Zhongshan Road",
"Jiefang Lu", "Teheran-ro 152", "역삼동 123-45번지", "청산가 25호"), numbered parts ("Street 340",
"Zone 55", "building 7", "room 302", "kv. 12", "unit 5B", "101동", "1203호"),
and weak parts that only count next to another part (floors, named buildings,
districts, Hangul place units such as "강남구"). A district named alone
("Sunam district") is reported as a place.

Hits: "ul. Tigrovaya 16, korpus 2, kv. 41", "Street 340, Zone 55, Building 12",
"dormitory no. 3 on Pushkinskaya", "Mapo-gu, 45 Worldcup-ro 10-gil, 3rd floor",
"강남구 역삼동 123-45번지, 101동 1203호", "Hügelstraße 31, 60433 Frankfurt", "3140 W 8th St,
Apt 212, Los Angeles, CA 90005", "Niigata-shi Chuo-ku Higashibori-dori 7-1021-3", "Lot
2211, Jalan Tun Hussein Onn", "14, Triq Xatt is-Sajjieda", and map coordinates ("43.1152,
131.9067", "50°16'42"N 127°31'08"E"). Near-misses: "the road to Khasan",
"in 2011", "3000 rubles", "우리는", "3층" alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from spacy.lang.en.stop_words import STOP_WORDS

from intake.redaction import gazetteer
from intake.redaction.recognizers.base import DomainRecognizer, Span

# no address starts inside a word ("O'Brien") or a run joined by hyphens or slashes, so a run
# such as "1-1-1-..." is tried from its first character only; it may start after a quote
_B = r"(?<![\w./-])(?<!\w['’])"
# a number, a letter and a number ("container B12"), or a letter alone ("Block C")
_NUM = (
    r"(?:\d+[A-Za-z]?(?:[/-]\d+[A-Za-z]?)*|[A-Z]-?\d{1,4}[A-Za-z]?(?![\w'’])"
    r"|[A-Z](?![\w'’])(?!\s+[a-z]))"
)
_NO = r"(?:(?i:no\.?|nr\.?|number|#|№)\s*)?"
# a number that counts something is no house number: "ul. Arkońska, 3 days"
_NOT_A_COUNT = (
    r"(?!\s+(?i:days?|weeks?|months?|years?|hours?|hrs|nights?|times|men|people|workers"
    r"|km|kg|metres|meters)\b)"
)
# Words before a street name: Russian, Polish and their abbreviations.
_STREET_BEFORE = (
    r"(?i:ul\.|ulitsa|ulitsy|ulica|ulicy|prospekt|prosp\.|pr-t|pereulok|shosse|bulvar"
    r"|naberezhnaya|ploshchad|aleja|osiedle|mikrorayon|proezd|tupik|triq|rue|calle|avenida"
    r"|rua|via|jalan|jln\.?|jl\.|duong|đường|pho|phố|sharia|shari|shareh|sikka|soi|tambon"
    r"|amphoe|khet|khwaeng|wisma|menara|ban(?=\s+[A-Z]))|ul(?=\s)|(?:Av|Avda)\.(?=\s)"
    r"|(?:ул\.|улица|пр\.|проспект|пер\.|переулок|шоссе|бульвар|пл\.|площадь)"
)
_STREET_ABBREVIATION = r"(?:pr\.|per\.|nab\.|pl\.|al\.|os\.|mkr\.|bul\.)"
# a street named for an anniversary: "pr. 100-letiya Vladivostoka", "ul. 50-let Oktyabrya"
_JUBILEE = r"\d{1,3}-(?i:letiya|let)\s+"
# particles inside street names: "Rua do Pinhal", "Rua Soares dos Reis", "Laan van Meerdervoort"
_PARTICLE = r"(?:do|da|dos|das|de|del|di|van|der|den)"
# Words after a street name: English, Russian, Chinese pinyin.
_STREET_AFTER = (
    r"(?:street|str\.|st\.?|road|rd\.?|avenue|ave\.?|lane|boulevard|blvd\.?|highway|drive|row"
    r"|terrace|mews"
    r"|prospekt|prospect|ulitsa|pereulok|shosse|naberezhnaya|embankment|lu|jie|dajie|dao"
    r"|hutong|xiang)"
)
# a capitalised word, with parts joined by hyphens or dots ("Rostov-na-Donu", "St.Petersburg")
# and a dot closing an abbreviation, but not a sentence's full stop before the next one's
# capital ("Hai Phong. Lach Tray street"), nor a street word after a hyphen ("Pushkin-street");
# atomic, so that a run such as "A1-A1-A1-..." is not split every possible way
_NAME = (
    rf"(?>[A-ZА-ЯЁ][\w'’]*(?:[.-](?!(?i:{_STREET_AFTER})(?![\w'’]))[\w'’]+)*"
    r"(?:\.(?!\s+[A-ZА-ЯЁ]))?)"
)
# Words that take a number to name a place: "Street 340", "Zone 55", "kv. 12", "room 302",
# "kilometre 52" (a logging camp by the road).
_NUMBERED = (
    r"(?:street|road|zone|block|building|bldg\.?|plot|lot|villa|compound|camp|sector|lane|avenue"
    r"|house|dormitory|dorm|obshchezhitie|obshchaga|hostel|barracks?|apartment|apt\.?|flat"
    r"|people['’]s\s+unit|unit|suite|room|rm\.?|pok\.?|pokój|container|trailer|cabin|wagon"
    r"|vagon|erf|p\.\s?o\.\s?box|po\s?box"
    r"|kv\.?|kvartira|korpus|korp\.?|stroenie|str\.|entrance|podyezd|podezd|dom|d\.|k\."
    r"|office|kab\.?|kabinet|kom\.?|komnata|tower|gate|kvartal|microdistrict|mikrorayon|district|ward"
    r"|lok\.?|lokal|m\.|mieszkanie"
    r"|bloc|inminban|area|khoroo|horoo|door|soi|moo|hom|phuong|phường|danyuan|kilometre|kilometer"
    r"|д\.|дом|кв\.|квартира|корп\.|корпус|стр\.)"
)
_FLOOR = (
    r"(?i:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|top|ground)\s+floor|floor\s+\d+)"
)
_BUILDING = (
    rf"{_NAME}(?:\s+{_NAME})?\s+(?:Building|House|Tower|Plaza|Centre|Center|Hotel|Dormitory"
    r"|Apartments?|Residence|Mansion|Compound|Hostel|Complex|Estate|(?i:gardens?|xiaoqu))"
)
_DISTRICT = (
    rf"(?:Al[- ])?{_NAME}(?:[- ]{_NAME})?\s+(?i:district|raion|rayon|microdistrict"
    r"|mikrorayon|kuyok|guyok|quarter|neighbou?rhood|ward)(?![a-z])"
)
# Russian street names used alone are adjectives or genitives: "on Pushkinskaya", "Lenina 5".
_RUSSIAN_STREET = r"[A-Z][a-z]+(?:skaya|skoy|skiy|ovaya|evaya|inaya|naya|aya)"
_RUSSIAN_GENITIVE = r"[A-Z][a-z]+(?:skaya|ovaya|evaya|naya|ina|ova|eva|ogo|ego)"
_UNIT_WORD = r"(?:kv|korp|str|apt|flat|room|d\.)"
# Korean: romanised units, Hangul numbered units and named units.
_ROMANISED_UNIT = r"(?:gu|dong|ro|gil|ri|gun|si|eup|up|myeon|myon|guyok|kuyok)"
# Romanised district units ("Mapo-gu", "Kyongsong-gun"); not -dong/-gil/-ho, which end given names.
_ROMANISED_DISTRICT = r"[A-Z][a-z]+-(?:gu|gun|si|guyok|kuyok|eup|myeon|myon)(?![\w'’])"
_HANGUL_UNIT = r"(?:구역|구|동|리|로|길|대로|번길|읍|면)"
_NOT_A_UNIT_NUMBER = r"(?![\d년월일명시분살개달원루위%층주킬키미채톤배k])"
# a street, room or zone by its number, as Gulf addresses are written in Korean ("거리 5")
_NUMBERED_HANGUL = r"(?<![가-힣])(?:거리|방|존|구역)\s?\d+" + _NOT_A_UNIT_NUMBER

_US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ"
    "|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC"
)

_STRONG = (
    rf"{_B}(?:(?:{_STREET_BEFORE})(?![^\W\d_])\s*(?:(?:[a-z]{{1,3}}-|{_PARTICLE}\s+|{_JUBILEE})?{_NAME}"
    rf"|[a-z][a-z'’-]+(?=\s*,?\s*\d)|\d+(?:/\d+)?(?![\w'’]))"
    rf"|{_STREET_ABBREVIATION}\s*(?:{_JUBILEE})?{_NAME})(?:(?<!\.)\s+(?:[a-z]{{1,3}}-)?{_NAME}){{0,3}}"
    rf"(?:\s+{_PARTICLE}\s+{_NAME})?"
    rf"(?:\s*,?\s*(?:(?i:d\.|dom|house)\s*)?{_NO}{_NUM}{_NOT_A_COUNT})?",
    rf"{_B}(?:{_NUM}\s+)?(?:[NSEW]\.?\s+)?(?:{_NAME}|\d+(?:st|nd|rd|th))(?:[ -]{_NAME}){{0,2}}"
    rf"[ -](?i:{_STREET_AFTER})(?![\w'’])"
    rf"(?:\s*,?\s*{_NO}{_NUM})?",
    # on one line, and not a range of years ("camp\n2011-2014 ...")
    rf"{_B}(?i:{_NUMBERED})[ \t]*{_NO}(?!(?:19|20)\d\d[-–]\d\d){_NUM}(?!\w|['’]\w)",
    rf"(?<=\s)(?:on|at|along)\s+{_RUSSIAN_STREET}(?:,?\s+{_NO}(?!(?:19|20)\d\d\b){_NUM})?"
    r"(?![\w'’])",
    rf"{_B}{_RUSSIAN_GENITIVE}\s+\d+[A-Za-z]?(?:/\d+)?"
    rf"(?![\w'’]|[.,]\d|\s+(?!{_UNIT_WORD})[a-z])",
    rf"{_B}(?:\d+\s+[A-Z][a-z]+-{_ROMANISED_UNIT}|[A-Z][a-z]+-{_ROMANISED_UNIT}(?=\s+\d))"
    rf"(?:\s+\d+(?:-\d+)*(?:-gil|-ho)?)*(?![\w'’])",
    rf"{_B}\d+(?:-\d+)?-?(?:gil|beon-gil|bunji|beonji|ho|dong)(?![\w'’])",
    r"(?:울리[차짜쨔]|프로스펙트|쁘로스뻭뜨)\s*[가-힣]+(?:\s*\d+(?:-\d+)?)?"
    r"|(?<![가-힣])[가-힣]+\s?거리\s?\d+(?:-\d+)?" + _NOT_A_UNIT_NUMBER,
    # an English street name in Hangul, up to two words before the street word: "인더스트리얼
    # 에어리어 스트리트 24" (not a word with a particle: "숙소는")
    r"(?<![가-힣])(?:[가-힣]*[^\s\W은는이가을를에의도]\s){0,2}[가-힣]*(?:스트리트|스트릿|애비뉴|에비뉴)"
    r"\s?\d+(?:-\d+)?" + _NOT_A_UNIT_NUMBER,
    rf"[가-힣]{{1,8}}?\d*{_HANGUL_UNIT}\s?\d+(?:-\d+)?\s?(?:번지|번길|호)",
    r"[가-힣]{2,10}\s?\d+(?:-\d+)?\s?번지",
    rf"[가-힣]{{2,8}}?(?:로|길|대로|번길)\s?\d+(?:-\d+)?{_NOT_A_UNIT_NUMBER}",
    # Chinese streets in Hangul, 街 and 路: "청산가 25호", "금산대가 18호", "밍저우루 288호"
    r"[가-힣]{1,8}(?:가|루)\s?\d+(?:-\d+)?\s?(?:호|번지)",
    r"(?<!\d)\d+(?:-\d+)?\s?(?:번지|번길|호실|호|동(?!안)|인민반|반|단지|블록)",
    # Gulf addresses written in Korean: "블록 10, 거리 5, 건물 33, 방 4"
    r"(?<![가-힣])(?:블록|블럭|건물|빌딩|빌라|캠프)\s?\d+" + _NOT_A_UNIT_NUMBER,
    r"[\u4e00-\u9fff]{1,10}(?:路|街|大街|道|巷|胡同)\d*号?|(?<!\d)\d+\s?(?:号楼|号|室|单元|栋)",
    r"(?<!\w)\d+\s?(?i:hao)(?![\w'’])",
    # a postcode before a town: Dutch "3117 AA Schiedam", Portuguese "7630-174 Odemira", Polish
    # "80-958 Gdańsk" (not a year: "2014 UN Report"); the town is left to be generalised
    r"(?<![\w-])(?!(?:19|20)\d\d\s)(?:\d{4} ?[A-Z]{2}|\d{4}-\d{3}|\d{2}-\d{3})(?= +[A-Z])",
    # and a Czech or Slovak one after a street: "Nádražní 1184, 698 01 Veselí nad Moravou"
    r"(?<=, )[1-9]\d{2} \d{2}(?= +[A-ZÁČĎÉÍŇÓŘŠŤÚÝŽ][a-záčďéěíňóřšťúůýž])",
    # Dutch and German streets, one word with the number: "Havenstraat 14A", "Hauptstraße 5"
    rf"{_B}[A-Z][a-zäöüß]+(?:straat|weg|laan|gracht|plein|kade|dijk|strasse|straße|gasse|platz"
    r"|allee)\s+\d+[A-Za-z]?(?![\w'’])",
    # a pinyin street in lower case with its number: "guangming jie 88", "renmin lu 12"
    rf"{_B}[a-z]{{3,}}(?:-[a-z]{{3,}})?\s(?:lu|jie|dajie|hutong|xiang)\s\d+(?![\w'’])",
    rf"{_B}\d+(?:st|nd|rd|th)?\s+(?i:inminban|ban)(?![\w'’])",
    # a numbered quarter: "the 3rd microdistrict", "7th micro district", "15th khoroo"
    rf"{_B}\d+(?:st|nd|rd|th)?\s+(?i:khoroo|micro[ -]?district|mikrorayon|kvartal)(?![\w'’])",
    # a Russian postcode before the town: "665717, Bratsk" (not a sum: "150000 won")
    r"(?<![\w.,-])\d{6}(?=,\s?[A-Z][a-z])",
    # a place by the road named by its kilometre: "the 47th kilometre", "MKAD 14th km"
    rf"{_B}\d+(?:st|nd|rd|th)\s+(?i:kilometre|kilometer|km)(?![\w'’])",
    # street words that are English words in lower case: "Admiralty Way", "Durbar Marg"
    rf"{_B}[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}}\s(?:Way|Crescent|Marg)(?![\w'’])",
    # a Vietnamese alley and the street it leaves: "ngo 142 nguyen van cu", "hẻm 112 ben binh"
    rf"{_B}(?i:ngo|ngõ|ngach|ngách|hem|hẻm|kiet|kiệt)\s\d+(?:/\d+)*"
    r"(?:\s(?!(?:in|at|near|and|the|where|with|was|is|then)\b)[^\W\d_]+){0,4}",
    # a Thai house number before its village or lane: "88/2 moo 4", "27/5 soi Lat Phrao"
    rf"{_B}\d+/\d+(?=\s(?i:moo|soi)\s)",
    # a street of two words in lower case with its number: "hang bac street no 47"
    rf"{_B}[a-z]{{2,}}\s(?!(?:the|a|this|that|our|my|his|her|same|next|main)\s)[a-z]{{2,}}"
    rf"\s(?:street|road|lane)\s{_NO}\d+(?![\w'’])",
    # a Japanese street or quarter with its block numbers: "Higashibori-dori 7-1021-3"
    rf"{_B}[A-Z][a-z]+-(?:dori|cho|machi|chome)\s+\d+(?:-\d+)*(?![\w'’])",
    # a British postcode: "L2 7QT", "SW1A 1AA"
    r"(?<![\w-])[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}(?![\w-])",
    # a Czech or Slovak street, an adjective with its number: "Nádražní 1184", "Husova 12/3"
    rf"{_B}[A-ZÁČĎÉÍŇÓŘŠŤÚÝŽ][a-záčďéěíňóřšťúůýž]+(?:ní|ská|cká|ova|ovo|ého)\s\d{{1,4}}"
    r"(?:/\d{1,4})?(?![\w'’])",
    # a US state and ZIP code: "CA 90005"
    rf"(?<![\w-])(?:{_US_STATES}) \d{{5}}(?:-\d{{4}})?(?![\w-])",
    # a Chinese block and entrance in pinyin: "3 dong 2 danyuan 501"
    r"(?<!\w)\d+\s?dong\s\d+\s?danyuan(?:\s\d+)?(?![\w'’])",
)
_WEAK = (
    _B + _FLOOR,
    _B + _BUILDING,
    _B + _DISTRICT,
    _B + _ROMANISED_DISTRICT,
    rf"[가-힣]{{1,8}}?\d*(?:특별시|광역시|{_HANGUL_UNIT[3:-1]})(?![가-힣])",
    r"(?<!\d)\d+\s?층|[\u4e00-\u9fff]{1,10}区|(?<!\d)\d+层",
    _NUMBERED_HANGUL,
    # postcodes inside an address: Dutch "3115 HC", Polish "80-958", and five digits before a
    # town: German "60433 Frankfurt", Malaysian "46300 Petaling Jaya"
    r"(?<![\w-])(?:\d{4}\s?[A-Z]{2}|\d{2}-\d{3}|\d{5}(?= [A-Z]))(?![\w-])",
    # a number after other numbered parts: "building 17, entrance 3, number 12"
    rf"{_B}(?i:number|no\.)\s?\d{{1,4}}(?![\w'’])",
    # Doha's Industrial Area beside a numbered street: "Industrial Area, Street 45"
    rf"{_B}Industrial Area(?![\w'’])",
    # Japanese cities and wards: "Niigata-shi", "Chuo-ku"
    rf"{_B}[A-Z][a-z]+-(?:shi|ku|ken|gun|mura)(?![\w'’])",
    # a name and a small number next to a numbered part: "Sacré-Coeur 3, villa no. 8841"
    rf"{_B}{_NAME}(?:[ -]{_NAME})?\s+\d{{1,4}}[A-Za-z]?(?:\s+{_NAME})?(?![\w'’])",
)
_STRONG_PATTERNS = [re.compile(p) for p in _STRONG]
_WEAK_PATTERNS = [re.compile(p) for p in _WEAK]
_DISTRICT_PATTERN = re.compile(f"{_DISTRICT}|{_ROMANISED_DISTRICT}")
_JOIN = re.compile(r"[\s,]*(?:(?:on|at)\s+)?")
_YEAR_ONLY = re.compile(r"\D*(?:19|20)\d\d")
_CONTEXT_WORDS = ("on", "at", "along")
# Common Hangul nouns ending like a place unit: never an address part on their own.
_HANGUL_COMMON = frozenset(
    """
    우리 거리 머리 자리 다리 소리 요리 관리 처리 정리 수리 유리 의리 조리 부리 마리 무리
    친구 가구 연구 입구 출구 도구 요구 활동 노동 운동 이동 행동 감동 자동 공동 아동
    도로 경로 진로 통로 대로 그리로 이리로 저리로 앞으로 뒤로 새로 서로 길
    이면 앞면 뒷면 측면 방면 지면 직면 전면
    """.split()  # noqa: SIM905
)


# A point on a map: a pair of decimal degrees with four decimals or more, or with a degree
# sign or hemisphere letters ("43.1152, 131.9067", "44.6083 N, 132.8191 E"), or in degrees,
# minutes and seconds ("50°16'42"N 127°31'08"E")
_DECIMAL_DEGREE = r"[-+−]?\d{1,3}\.\d{%s,}°?"
_COORDINATES = re.compile(
    rf"(?<![\w.]){_DECIMAL_DEGREE % 4}(?:\s?[NS])?,?\s{{0,2}}"
    rf"{_DECIMAL_DEGREE % 4}(?:\s?[EW])?(?![\w.])"
    rf"|(?<![\w.]){_DECIMAL_DEGREE % 2}\s?[NS],?\s{{0,2}}{_DECIMAL_DEGREE % 2}\s?[EW](?![\w.])"
    r"|(?<![\w.])\d{1,3}°\s?\d{1,2}['′’]\s?(?:\d{1,2}(?:\.\d+)?[\"″”]\s?)?[NS],?\s{0,2}"
    r"\d{1,3}°\s?\d{1,2}['′’]\s?(?:\d{1,2}(?:\.\d+)?[\"″”]\s?)?[EW](?![\w.])"
)


class _Part(NamedTuple):
    start: int
    end: int
    strong: bool


class AddressRecognizer(DomainRecognizer):
    """Chains of street, numbered and weak parts; a chain needs one street or numbered part."""

    ENTITIES = ("ADDRESS", "PLACE")

    def find(self, text: str, tokens: Any | None = None) -> Iterator[Span]:
        chains: list[list[_Part]] = []
        end = -1
        for part in sorted(_parts(text)):
            if chains and (part.start < end or _JOIN.fullmatch(text[end : part.start])):
                chains[-1].append(part)
            else:
                chains.append([part])
            end = max(end, part.end) if len(chains[-1]) > 1 else part.end
        for match in _COORDINATES.finditer(text):
            yield Span("ADDRESS", match.start(), match.end(), 0.9)
        for chain in chains:
            start, stop = chain[0].start, max(p.end for p in chain)
            if any(p.strong for p in chain):
                yield Span("ADDRESS", start, stop, 0.9)
            elif _DISTRICT_PATTERN.fullmatch(text[start:stop]):
                yield Span("PLACE", start, stop, 0.5)


def _parts(text: str) -> Iterator[_Part]:
    for strong, patterns in ((True, _STRONG_PATTERNS), (False, _WEAK_PATTERNS)):
        for pattern in patterns:
            for match in pattern.finditer(text):
                start, end = match.span()
                found = text[start:end]
                words = found.split(maxsplit=1)
                if words[0].casefold() in STOP_WORDS and len(words) > 1:
                    # a capitalised sentence start is no part of the name: "Then Al-Nahda-Road"
                    rest = pattern.match(text, end - len(words[1]))
                    if rest is not None:
                        start, end = rest.span()
                        found = text[start:end]
                first = found.split(maxsplit=1)[0]
                if first in _CONTEXT_WORDS:
                    start += len(first) + 1
                elif not _plausible(found, first):
                    continue
                yield _Part(start, end, strong)


def _plausible(found: str, first: str) -> bool:
    """Refuse a year as the number, a sentence-start common word, a common Hangul noun."""
    if _YEAR_ONLY.fullmatch(found) and not found[0].isdigit():
        return False
    if first.casefold() in STOP_WORDS and not first.isupper() and not re.match(_FLOOR, found):
        return False
    country = len(first) > 2 and gazetteer.load().country(first) is not None
    if country or gazetteer.is_demonym(first):
        return False  # "China Road", "the Korean street"; not the state of "CA 90005"
    hangul = re.match(r"[가-힣]+", found)
    common = hangul and hangul.group() in _HANGUL_COMMON
    return not common or bool(re.fullmatch(_NUMBERED_HANGUL, found))
