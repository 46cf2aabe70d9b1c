"""Redaction policy: what to do with each identifier type, and what never to redact.

The policy comes from the ``redaction`` block of a questionnaire (see
docs/redaction.md, "The redaction block"); :meth:`Policy.default` is used when
there is none. Countries, nationalities and years are kept by default because
they carry the research value (where people were sent, when) and identify no
one on their own.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from intake.errors import RedactionError
from intake.redaction.findings import ACTIONS, ENTITY_TYPES
from intake.redaction.gazetteer import country_names, is_demonym
from intake.redaction.normalize import fold

DEFAULT_ACTIONS: Mapping[str, str] = {
    "PERSON": "pseudonym",
    "PLACE": "generalize",
    "ADDRESS": "pseudonym",
    "PHONE": "remove",
    "EMAIL": "remove",
    "ID_NUMBER": "remove",
    "HANDLE": "pseudonym",
    "URL": "remove",
    "DATE": "generalize",
}

PLACE_LEVELS = ("country", "admin")
DATE_LEVELS = ("month", "year")

NATIONALITIES = (
    "Korean", "North Korean", "South Korean", "Koreans", "North Koreans", "Russian",
    "Russians", "Chinese", "Mongolian", "Mongolians", "Polish", "Pole", "Poles",
    "Kuwaiti", "Kuwaitis", "Qatari", "Qataris", "Emirati", "Emiratis", "Saudi",
    "Saudis", "Uzbek", "Uzbeks", "Kazakh", "Vietnamese", "Cambodian", "Laotian",
    "Thai", "Lao", "Malaysian", "Nepali", "Nepalese", "Indian", "Indians", "Bangladeshi",
    "Pakistani", "Filipino", "Filipinos", "Omani", "Bahraini", "Libyan", "Algerian",
    "Nigerian", "Angolan", "Senegalese", "Tanzanian", "Ugandan", "Japanese",
    "American", "Americans", "British", "European", "Asian", "Arab", "Arabs", "Turkish",
    "Ukrainian", "Ukrainians", "Belarusian", "Chechen", "Tajik", "Kyrgyz", "Han Chinese",
    "조선", "한국", "북한", "러시아", "중국", "몽골", "조선인", "북한사람", "중국인", "러시아인",
    "조선족", "고려인", "한족", "몽골인", "Koryo-saram", "Koryo saram", "Joseonjok", "Chosonjok",
    "Chaoxianzu", "Chaoxian ren", "Chaoxianren", "Hanguo ren", "Hanguoren",
    # peoples of Russia and China workers live beside
    "Buryat", "Buryats", "Tatar", "Tatars", "Yakut", "Yakuts", "Bashkir", "Chuvash",
    "Kalmyk", "Tuvan", "Nanai", "Udege", "Evenk", "Evenki", "Uyghur", "Uyghurs", "Manchu",
    # peoples whose names their country's name does not give
    "Motswana", "Batswana", "Basotho", "Mosotho", "Malagasy", "Congolese", "Togolese",
    "Burmese", "Bamar", "Khmer", "Equatoguinean", "Ivorian", "Swazi", "Mozambican",
    "Nigerien", "Somali", "Timorese", "Sri Lankan", "Sri Lankans", "Mongol", "Maltese",
    "Tajiks", "Kazakhs", "Sakhalin Korean", "Sakhalin Koreans",
)  # fmt: skip

ORGANISATIONS_AND_TERMS = (
    "North Korea", "South Korea", "DPRK", "ROK", "Korea", "the Soviet Union", "USSR",
    "Workers' Party", "Workers Party", "Workers' Party of Korea", "Korean Workers' Party",
    "Ministry of State Security", "State Security", "Ministry of People's Security",
    "Ministry of Social Security", "Ministry of Foreign Affairs", "Bowibu", "Anjeonbu",
    "Room 39", "Office 39", "Mansudae", "Mansudae Art Studio", "만수대", "만수대창작사",
    "NIS", "National Intelligence Service", "jangmadang", "North", "South",
    "Central Committee", "Korean People's Army", "KPA",
    "Kim Il Sung", "Kim Il-sung", "Kim Jong Il", "Kim Jong-il", "Kim Jong Un",
    "Kim Jong-un", "Kim Il Sung Square", "Kim Il Sung University", "Juche",
    "Chollima", "Siberia", "Far East", "Russian Far East", "Middle East", "Gulf",
    "Persian Gulf", "Africa", "Europe", "Asia", "Southeast Asia", "Central Asia",
    "Soviet", "UN", "United Nations", "ILO", "Red Cross", "KakaoTalk", "Kakao",
    "Telegram", "WeChat", "WhatsApp", "Viber", "Signal", "Imo", "Skype", "Facebook",
    "Instagram", "Line", "VK", "Odnoklassniki", "QQ", "Google", "Naver", "Gmail",
    "Yandex", "Mail.ru", "Chuseok", "Lunar New Year", "New Year", "Christmas",
    "Ramadan", "Easter", "Eid", "Eid al-Fitr", "Nowruz", "Navruz", "Tet", "Songkran",
    "Tsagaan Sar", "Naadam", "Spring Festival", "春节", "Universiade", "Olympics",
    "Victory Day", "Mid-Autumn", "construction", "logging", "forestry", "fishing",
    "seafood processing",
    "agriculture", "farming", "textile", "garment", "restaurant", "mining",
    "shipbuilding", "IT", "medical", "healthcare", "cleaning", "catering",
    "김일성", "김정일", "김정은", "노동당", "조선로동당", "국가보위성", "보위부", "안전부",
    "인민보안성", "사회안전성", "보위성", "로동당", "로동자", "로임", "로동", "카톡", "카카오톡",
    "위챗", "텔레그램", "왓츠앱", "바이버", "위쳇", "북", "남", "장마당", "국정원",
    "유엔", "국제로동기구", "태양절", "광명성절", "설날", "추석", "페이스북", "인스타그램",
    "유튜브", "네이버", "구글", "라마단", "크리스마스", "성탄절", "부활절", "donju", "don-ju",
    "Hanawon", "하나원",
    "Hana Center", "Hana Centre", "Hana Foundation", "하나센터", "하나재단",
    "Chongryon", "Chongryun",
    # state companies that send workers abroad, named in UN Panel of Experts reports
    "Rungrado", "Genco", "KOGEN", "Namgang", "Namgang Construction", "Sobaeksu",
    "Ryonbong", "Chonsurim", "Okryu-gwan", "Okryugwan", "Pyongyang-gwan", "Haedanghwa",
    "Chosen Soren", "조총련", "Ministry of Unification", "Unification Ministry",
    "Day of the Sun", "Day of the Shining Star", "Rodong Sinmun", "Arirang", "Air Koryo",
    "Koryolink", "Samsung", "Hyundai", "Daewoo", "LG", "Huawei", "Xiaomi", "Nokia", "Apple",
    "iPhone", "Toyota", "Lada", "Sberbank", "Gazprom", "Gazprombank", "Rosneft",
    "Western Union", "Bank of China", "Alipay", "WeChat Pay", "Etisalat", "Ooredoo",
    "Beeline", "Megafon", "COVID", "COVID-19", "coronavirus", "코로나", "Zalo", "잘로",
    "pak choi", "bok choy", "Ma and Pa", "Pa and Ma", "Women's Day", "International Women's Day",
    # languages and scripts
    "Hangul", "Hanja", "Cyrillic", "Wolof", "Swahili", "Amharic", "Tagalog", "Hindi", "Urdu",
    "Bengali", "Pashto", "Dari", "Farsi", "Arabic", "Mandarin", "Cantonese", "Putonghua",
    # platforms and services where workers and the people around them post and are found
    "Avito", "Douyin", "Weibo", "Kuaishou", "TikTok", "YouTube", "Tripadvisor", "Baidu",
    "Baidu Maps", "Google Maps", "Google Earth", "Street View", "Yandex Maps",
    "Yandex Panoramas", "2GIS", "Wikimapia", "OpenStreetMap", "WeChat Moments", "China Mobile",
    "China Unicom", "Maxar", "Sentinel-2", "Landsat", "Planet Labs", "고려항공", "얀덱스",
    "바이두", "틱톡",
    # North Korean words for the plan quota, a mobile phone, a political officer, a post
    # office; South Korean banks
    "계획분", "국가계획분", "손전화", "정치지도원", "체신소", "우체국", "농협", "신한", "신한은행",
)  # fmt: skip

LOANWORDS = (
    # Korean
    "songbun", "inminban", "bowiwon", "jojang", "banjang", "dongmu", "saenghwal chonghwa",
    "kkotjebi", "hwagyo", "chongbu", "kyohwaso", "kwalliso", "soju", "kimchi",
    # Russian
    "artel", "prorab", "naryad", "brigadir", "propiska", "obshchezhitie", "vagonchik",
    "trudovaya knizhka", "trudovaya", "knizhka",
    "vagonchiki", "matryoshka", "davai", "spasibo", "nyet", "dengi", "khorosho",
    # Arabic, as heard in the Gulf
    "kafeel", "kafala", "iqama", "yalla", "inshallah", "habibi", "wasta",
    # Chinese
    "laoban", "shifu", "hukou", "guanxi", "hongbao",
)  # fmt: skip
"""Words of the field in the workers' and their employers' languages, written in Latin
letters: research value, and in lower-case answers no English word list explains them."""


def default_allow_terms() -> frozenset[str]:
    """Folded terms that are never redacted: countries, nationalities, institutions, sectors."""
    terms: set[str] = {fold(name) for name in country_names()}
    terms.update(fold(t) for t in (*NATIONALITIES, *ORGANISATIONS_AND_TERMS, *LOANWORDS))
    terms.discard("")
    return frozenset(terms)


@dataclass(frozen=True)
class Policy:
    """Per-type actions, generalisation levels and the project's allow list.

    ``allow`` holds folded terms (see :func:`intake.redaction.normalize.fold`):
    a finding whose folded text is in it is dropped, never redacted.
    """

    actions: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_ACTIONS))
    place_level: str = "country"
    date_level: str = "month"
    allow: frozenset[str] = field(default_factory=default_allow_terms)

    @classmethod
    def default(cls) -> Policy:
        """The policy used when a questionnaire has no ``redaction`` block."""
        return cls()

    @classmethod
    def from_questionnaire_block(cls, block: Mapping[str, Any] | None) -> Policy:
        """Build a policy from a questionnaire's ``redaction`` block (``None``: the default).

        Raises RedactionError naming the offending key when the block does not fit.
        """
        policy = cls.default()
        if block is None:
            return policy
        if not isinstance(block, Mapping):
            raise RedactionError("redaction block must be a mapping")
        unknown = set(block) - {"actions", "generalize", "allow"}
        if unknown:
            raise RedactionError(f"redaction: unknown key {sorted(unknown)[0]!r}")
        actions = dict(policy.actions)
        for entity, action in _mapping(block.get("actions"), "actions").items():
            if entity not in ENTITY_TYPES:
                raise RedactionError(f"redaction.actions: unknown type {entity!r}")
            if action not in ACTIONS:
                raise RedactionError(f"redaction.actions.{entity}: unknown action {action!r}")
            actions[entity] = action
        levels = _mapping(block.get("generalize"), "generalize")
        if set(levels) - {"place", "date"}:
            raise RedactionError("redaction.generalize: only 'place' and 'date' can be set")
        place_level = levels.get("place", policy.place_level)
        if place_level not in PLACE_LEVELS:
            raise RedactionError(f"redaction.generalize.place: must be one of {PLACE_LEVELS}")
        date_level = levels.get("date", policy.date_level)
        if date_level not in DATE_LEVELS:
            raise RedactionError(f"redaction.generalize.date: must be one of {DATE_LEVELS}")
        extra = block.get("allow", [])
        if not isinstance(extra, list) or not all(isinstance(t, str) for t in extra):
            raise RedactionError("redaction.allow: must be a list of strings")
        return replace(
            policy,
            actions=actions,
            place_level=place_level,
            date_level=date_level,
            allow=policy.allow | _folded(extra),
        )

    def action_for(self, entity_type: str) -> str:
        """The action for a type (``remove`` for a type the policy does not name)."""
        return self.actions.get(entity_type, "remove")

    def allows(self, text: str, extra: frozenset[str] = frozenset()) -> bool:
        """Whether ``text`` is an allow-listed term (policy list or ``extra`` folded terms)."""
        key = fold(text)
        return key in self.allow or key in extra or is_demonym(text)

    def may_be_inside_allowed(self, text: str, extra: frozenset[str] = frozenset()) -> bool:
        """Whether ``text`` could be part of a longer allowed term ("Jong" of "Kim Jong Un"):
        a quick test that spares the search for the whole term around it."""
        key = fold(text)
        return bool(key) and (key in self._allowed_text or any(key in term for term in extra))

    @functools.cached_property
    def _allowed_text(self) -> str:
        return "\n".join(sorted(self.allow))


def _mapping(value: Any, name: str) -> Mapping[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise RedactionError(f"redaction.{name}: must be a mapping")
    return value


def _folded(terms: Iterable[str]) -> frozenset[str]:
    return frozenset(key for key in (fold(t) for t in terms) if key)
