"""Towns and regions named in English text, looked up in the offline gazetteer; vessels and
numbered berths, named by the word before them.

Hits: "Vladivostok", "Ussuriisk", "Komsomolsk-on-Amur", "musan" (a North
Korean town written in lower case). Near-misses: "Police" at the start of a
sentence, "most", "March", and countries (kept by policy, never found here).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from intake.redaction import gazetteer
from intake.redaction.english_words import is_english_word, is_noun_only
from intake.redaction.normalize import fold
from intake.redaction.policy import NATIONALITIES
from intake.redaction.recognizers.base import DomainRecognizer, Span
from intake.redaction.recognizers.titled_names import TITLE_WORDS

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_JOIN = re.compile(r"[ \-]")
_NOT_PLACES = frozenset(STOP_WORDS) | {
    "police", "most", "nice", "bath", "march", "mobile", "reading", "split", "orange", "deal",
    "buy", "goes", "mine", "mines", "sale", "salt", "sandy", "university", "union", "paris",
    "china", "party", "bang", "man", "song", "moon", "ha", "dong", "kim", "pak", "choe",
    "north", "south", "east", "west", "central", "new", "city", "town", "village", "camp",
    "station", "hotel", "river", "lake", "port", "sea", "bay", "market", "home", "one",
    "two", "three", "gulf", "long", "sin", "son", "do", "go", "an", "bo", "say", "lang",
    "ri", "gu", "ro", "won", "yuan", "rubles", "dollars", "korea", "hana", "dan", "jin",
    "taiga", "tundra", "steppe", "desert", "forest", "harbour", "harbor", "border",
    # nouns that are also the names of large cities ("a van", "the head honcho", "nada")
    "van", "honcho", "nada", "pest", "bole", "aba", "thane", "koto", "kota", "serra",
    "carrefour",
}  # fmt: skip
_LOWERCASE_MIN_POPULATION = 10000
_LOWERCASE_WORLD_CITY = 500_000
_POSSESSIVE = re.compile(r"['’]s$")
_WORD_TOWN_MAX = 100_000
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?i:in|to|from|at|near|around|outside|inside|of) $")
_NOT_PLACE_ENTITIES = frozenset({"EVENT", "WORK_OF_ART", "LAW"})
_CLOSED_CLASS = {"VERB", "ADJ", "ADV", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM"}


# Arabic place names start with a word for a geographic feature: "Umm Salal", "Ras Laffan".
_ARABIC_PLACE = re.compile(
    r"(?<![\w-])(?:Umm|Ras|Wadi|Jebel|Jabal|Khor|Mina|Ain|Bir|Bab|Madinat)[- ]"
    r"(?:(?:Al|al|El|el)[- ])?[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?"
)


# A name before a word for a kind of place: "Onsong county", "Amur Oblast", "Yodok camp";
# a romanised Korean village or neighbourhood: "Kangan-ri", "Sungri-dong", "mok-dong".
_FEATURE_PLACE = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][a-z'’]+(?:[- ][A-Z][a-z'’]+)?)\s+"
    r"(?i:(?P<unit>county|province|oblast|krai|kray|region|aimag|aimak|prefecture|okrug)|village"
    r"|township|commune|municipality|port|harbou?r|island|peninsula|valley|mine|farm|camp)"
    r"(?![\w-])"
    r"|(?<![\w'’-])(?P<korean>[A-Z][a-z]+)-(?:ri|ni|li|dong|up|eup|rodongjagu|nodongjagu)(?![\w-])"
    r"|(?<![\w'’-])(?P<korean_lower>[a-z]{3,})-(?:ri|eup|dong|gu|gun|rodongjagu|nodongjagu)"
    r"(?![\w-])"
)


# A named lodging, shop, stop or landmark before the lower-case word for its kind: "the
# Jinhai guesthouse", "Golden Lotus guesthouse", "by Hwagok station", "the Yalu bridge" (not
# "a Korean shop", "the City hospital")
_ESTABLISHMENT = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][a-z'’]+(?:[- ][A-Z][a-z'’]+){0,2})\s+"
    r"(?:guest ?house|hotel|hostel|motel|inn|supermarket|market|mall|station|food court"
    r"|caf[eé]|karaoke|sauna|shop|store|canteen|stadium|arena|bridge|museum|hospital|clinic"
    r"|church|temple|pagoda|mosque|monument)s?(?![\w-])"
)

# ... or after the capitalised word for its kind: "Hotel Equator", "Restaurant Moranbong" (not
# "Hotel Manager", "Restaurant Staff")
_ESTABLISHMENT_FIRST = re.compile(
    r"(?<![\w'’-])(?:Hotel|Hostel|Guest ?house|Motel|Restaurant|Caf[eé]|Karaoke|Sauna)\s+"
    r"(?P<name>[A-Z][a-z'’]+(?:[- ][A-Z][a-z'’]+){0,2})(?![\w'’-])"
)
_NOT_ESTABLISHMENT_NAMES = frozenset({
    "staff", "manager", "management", "owner", "owners", "worker", "workers", "work", "room",
    "rooms", "chain", "group", "business", "industry", "sector", "zone", "area", "lobby",
    "reception", "receipt", "bill", "booking", "address", "name", "district", "street",
})  # fmt: skip

# A named landmark, the capitalised word for its kind included: "Heroes' Acre", "the
# Independence Monument", "Angkor Panorama Museum", "Chosun Oriental Medical Centre", "State
# House", "Hope Hall" (not "City Hospital", "the National Medical Center" or "Town Hall":
# generic words name no place)
_LANDMARK = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,3})\s+"
    r"(?:Acre|Monument|Memorial|Museum|Mausoleum|Cemetery|Stadium|Pagoda|Temple|Mosque"
    r"|Cathedral|Palace|Bypass|Square|Tower|House|Hall|Hospital|Clinic|Medical Cent(?:re|er))"
    r"(?![\w'’-])"
)
_GENERIC_LANDMARK_WORDS = frozenset({
    "national", "city", "regional", "central", "general", "medical", "clinical", "university",
    "affiliated", "municipal", "provincial", "district", "county", "public", "people's",
    "children's", "maternity", "military", "main", "new", "old", "guest", "boarding", "rest",
    "open", "tea", "coffee", "safe", "private", "big", "small", "local", "field", "mission",
    "town", "concert", "dining", "banquet", "sports", "assembly", "exhibition", "meeting",
    "lecture", "study", "reading", "function", "wedding", "great",
})  # fmt: skip


# A vessel (a named work site) after the word for it, quoted or capitalised, with its number:
# "the reefer Pyol Bit 3", "FV Ocean Ruby", "seiner 'Vostok-14'", "Vessel name: OCEAN DRAGON 2"
_VESSEL = re.compile(
    r"(?<![\w/])(?i:[FM]/?V|M/?T|vessel(?:\s+name)?|ship|boat|trawler|seiner|long-?liner|reefer"
    r"|carrier|tanker|freighter|jigger|tug|chalutier|barco|navire|судно|траулер|сейнер)"
    r":?\s+(?:['‘\"“](?P<quoted>[A-Z0-9А-ЯЁ][^'’\"”\n]{1,40}?)['’\"”]"
    r"|(?P<name>[A-ZА-ЯЁ][\w'’]*(?:[ -][A-ZА-ЯЁ][\w'’]*)*(?:[ -]\d{1,4})?))(?![\w-])"
)
_VESSEL_WORD = re.compile(
    r"(?i:\b(?:vessel|ship|boat|trawler|seiner|long-?liner|reefer|carrier|tanker|freighter"
    r"|jigger)s?\b)"
)
# a quoted name with a number, with a word for a vessel shortly before: "The ship, the 'Ung
# Bong 1', was old", "visited 3 reefers at Egersheld. On 'Sibir-2': ..."
_QUOTED_NUMBERED = re.compile(r"['‘\"“](?P<quoted>[A-ZА-ЯЁ]\w*(?:[ -]\w+){0,4}?[ -]\d{1,4})['’\"”]")
_VESSEL_REACH = 60
# A housing estate by its Russian abbreviation, its name quoted or capitalised: 'ZhK
# "Lazurny"', "ЖК «Восток»", "ZhK Level Michurinsky", "ЖК Лазурный"
_HOUSING = re.compile(
    r"(?<![\w-])(?:ZhK|ZHK|ЖК)\s?(?:[\"«“'‘][^\"»”'’\n]{2,40}[\"»”'’]"
    r"|[A-ZА-ЯЁ][\w-]+(?: [A-ZА-ЯЁ][\w-]+){0,2})"
)
# what a town's name carries after it as part of a site's: a station's number ("Artyom-1"),
# an industrial area ("Ajman Industrial 2", "Sharjah Industrial Area 12")
_SITE_AFTER = re.compile(
    r"-\d{1,2}(?![\w-])"
    r"| (?:Industrial(?: Area| City| Zone| Estate)?|Free Zone|Economic Zone)(?: \d{1,3})?(?![\w-])"
)
# A numbered berth, pier or dock: "Pier 5", "berth No. 16", "quai 2", "5부두", "7선석"
_BERTH = re.compile(
    r"(?<![\w-])(?i:pier|berth|quay|quai|dock|wharf|jetty|muelle|причал)\s+"
    r"(?i:no\.?\s*|number\s+|#\s*)?\d{1,3}[A-Za-z]?(?![\w-])"
    r"|(?<![\d.])\d{1,2}\s?번?\s?(?:부두|선석)"
)
# A ship in Korean: a quoted name and number with 호, "'금강 7호'", "'루룽위 5187호'"
_VESSEL_KO = re.compile(
    r"['‘\"“](?P<quoted>[가-힣A-Za-z]{1,8}(?: [가-힣A-Za-z]{1,8})? ?\d{1,4}호)['’\"”]"
)


class PlaceRecognizer(DomainRecognizer):
    """Gazetteer look-up of up to four consecutive words; typing slips; named kinds of place."""

    ENTITIES = ("PLACE",)

    def find(self, text: str, tokens: Any | None = None) -> Iterator[Span]:
        places = gazetteer.load()
        for match in _ARABIC_PLACE.finditer(text):
            yield Span("PLACE", match.start(), match.end(), 0.8)
        for match in _VESSEL.finditer(text):
            # a quoted name is the vessel's whole name, whatever names are inside it
            if match.group("quoted"):
                yield Span("PLACE", match.start("quoted"), match.end("quoted"), 0.9)
            elif not _announces_nothing(match.group("name")) and not _acronym(match.group("name")):
                yield Span("PLACE", match.start("name"), match.end("name"), 0.75)
        for match in _QUOTED_NUMBERED.finditer(text):
            words = re.findall(r"[^\W\d_]+", match.group("quoted"))
            if _VESSEL_WORD.search(
                text, max(0, match.start() - _VESSEL_REACH), match.start()
            ) and not all(map(is_english_word, words)):  # "Ung Bong 1", not "Room 39"
                yield Span("PLACE", match.start("quoted"), match.end("quoted"), 0.9)
        for match in _VESSEL_KO.finditer(text):
            yield Span("PLACE", match.start("quoted"), match.end("quoted"), 0.9)
        for pattern in (_BERTH, _HOUSING):
            for match in pattern.finditer(text):
                yield Span("PLACE", match.start(), match.end(), 0.75)
        for match in _FEATURE_PLACE.finditer(text):
            if match.group("name") and (
                _names_a_place(match.group("name"), places)
                or (match.group("unit") and _named_unit(match, tokens))
            ):
                yield Span("PLACE", match.start("name"), match.end("name"), 0.72)
            elif (korean := match.group("korean") or match.group("korean_lower")) and (
                _names_a_place(korean, places)
            ):
                yield Span("PLACE", match.start(), match.end(), 0.72)
        for match in _ESTABLISHMENT.finditer(text):
            if span := _establishment_name(match):
                yield Span("PLACE", *span, 0.72)
        for match in _ESTABLISHMENT_FIRST.finditer(text):
            first = match.group("name").split()[0].casefold()
            if not (first in _NOT_ESTABLISHMENT_NAMES or first in TITLE_WORDS):
                yield Span("PLACE", match.start(), match.end(), 0.72)
        for match in _LANDMARK.finditer(text):
            if (start := _landmark_start(match, tokens)) is not None:
                yield Span("PLACE", start, match.end(), 0.72)
        words = [m.span() for m in _WORD.finditer(text)]
        index = 0
        while index < len(words):
            width = self._match(text, words, index, places, tokens)
            if width:
                end = words[index + width - 1][1]
                if site := _SITE_AFTER.match(text, end):
                    end = site.end()
                yield Span("PLACE", words[index][0], end, 0.7)
                index += width
            elif _typo_of_a_town(text, words[index], places, tokens):
                yield Span("PLACE", words[index][0], words[index][1], 0.55)
                index += 1
            else:
                index += 1

    @staticmethod
    def _match(
        text: str,
        words: list[tuple[int, int]],
        index: int,
        places: gazetteer.Gazetteer,
        tokens: Any | None,
    ) -> int:
        start = words[index][0]
        limit = min(gazetteer.MAX_WORDS, len(words) - index)
        for width in range(limit, 0, -1):
            end = words[index + width - 1][1]
            gaps = [text[words[i][1] : words[i + 1][0]] for i in range(index, index + width - 1)]
            if not all(_JOIN.fullmatch(gap) for gap in gaps):
                continue
            candidate = text[start:end]
            if _part_of_a_compound(text, start, end, places) or (
                _acronym(candidate)
                and not _dateline(text, start, end)
                and candidate not in gazetteer.CITY_ABBREVIATIONS  # "then KL"
            ):
                continue
            edges = (text[start : words[index][1]], text[words[index + width - 1][0] : end])
            if width > 1 and any(edge.casefold() in STOP_WORDS for edge in edges):
                continue  # "China I" is China and a pronoun, not a village "Chinai"
            place = places.lookup(candidate)
            if (
                place is None
                or (width == 1 and _not_a_place(candidate, place, tokens, start))
                or (_inside_a_title(tokens, start) and _could_be_a_word(candidate, place))
            ):
                continue
            last_capitalised = text[words[index + width - 1][0]].isupper()
            # "the Jewish autonomous oblast": a region's name in any case after its capital
            region_named = place.region and fold(candidate) == fold(place.name)
            if text[start].isupper() and (last_capitalised or (width > 1 and region_named)):
                if width == 1 and _common_word_at_sentence_start(tokens, start, place):
                    continue
                return width
            if candidate.islower() and _lower_case_town(text, start, candidate, place, tokens):
                return width
        return 0


def _announces_nothing(name: str) -> bool:
    """A vessel's supposed name that starts with a stop word, a title, a country or a people:
    "the boat In", "the ship Captain Rim", "a boat North Korean"."""
    words = re.split(r"[ -]", name)
    places = gazetteer.load()
    starts = (" ".join(words[:n]) for n in (1, 2))
    return (
        words[0].casefold() in STOP_WORDS
        or words[0].casefold() in TITLE_WORDS
        or any(places.country(start) or _a_people(start) for start in starts)
    )


def _a_people(words: str) -> bool:
    """A people, by our list or by its country's name: "Khmer", "Korean", "Zimbabweans"."""
    return words in NATIONALITIES or gazetteer.is_demonym(words)


def _establishment_name(match: re.Match[str]) -> tuple[int, int] | None:
    """Where the name of a lodging, shop or stop is, after any stop word before it ("The
    Golden Lotus"): a name of two words, or of one that is no English word ("Jinhai"); never
    a country or a people ("Chinese shop", "Korean-Chinese shop")."""
    start, end = match.span("name")
    words = re.split(r"[ -]", match.group("name"))
    while words and words[0].casefold() in STOP_WORDS:
        start += len(words.pop(0)) + 1
    while words and _a_people(words[-1]):
        end -= len(words.pop()) + 1  # "the Frankfurt Korean church": a Korean church
    if not words or _announces_nothing(" ".join(words)):
        return None
    return (start, end) if len(words) > 1 or not is_english_word(words[0]) else None


def _landmark_start(match: re.Match[str], tokens: Any | None) -> int | None:
    """Where a landmark's name starts, after stop words and a sentence's first verb
    ("Visited Hospital"); none when only generic words, countries or peoples are left."""
    start = match.start("name")
    words = re.split(r"[ -]", match.group("name"))
    while words and (
        words[0].casefold() in STOP_WORDS
        or getattr(_token_at(tokens, start), "pos_", "") in _CLOSED_CLASS
    ):
        start += len(words.pop(0)) + 1
    places = gazetteer.load()
    if all(
        word.casefold() in _GENERIC_LANDMARK_WORDS or places.country(word) or _a_people(word)
        for word in words
    ):
        return None
    return start


def _lower_case_town(
    text: str, start: int, candidate: str, place: gazetteer.Place, tokens: Any | None
) -> bool:
    """A town written in lower case: a town of the countries where workers are sent (also
    when a larger town elsewhere has its name: "in donggang"), a capital or a city of half a
    million anywhere ("in luanda", "in windhoek", "from hamhung", "outside of tyrma").

    No lower-case place runs over a stop word ("hail in" is not Hailin), nor over one of our
    common words unless it is the town's own name after a preposition ("to lang son"; "long
    way" is no town). A word of the English word list is a town only when it is the town's
    own name and a preposition of place comes before it ("to perm"; "can", an old name of
    Guangzhou, never), or when it is a noun only and the town has 100,000 people ("doha",
    "pyongyang", "ulaanbaatar"; not "nice" or "reading"). A small town needs a preposition
    of place before it.
    """
    if not place.focus and fold(candidate) != fold(place.name):
        return False  # another name of a city elsewhere, in lower case: "eto ne rabota"
    if not (place.focus or place.capital or place.population >= _LOWERCASE_WORLD_CITY):
        # a town of a focus country that a larger town elsewhere shares its name with
        others = gazetteer.load().elsewhere.get(fold(candidate), {}).values()
        focus = next((other for other in others if other.focus), None)
        if focus is None:
            return False
        place = focus
    after_preposition = _PLACE_PREPOSITION_BEFORE.search(text, 0, start) is not None
    if " " in candidate and any(w in _NOT_PLACES for w in _WORD.findall(candidate)):
        # "to lang son" is Lạng Sơn, but "long way" is no town called Longway
        return after_preposition and fold(candidate) == fold(place.name)
    if is_english_word(candidate):
        own_name = fold(place.name) == fold(candidate)
        known_city = is_noun_only(candidate) and place.population >= _WORD_TOWN_MAX
        if not ((own_name and after_preposition) or known_city):
            return False
        # the tagger's guess counts for words: "the deal" is no town
        if _closed_class(tokens, start) and not (known_city or _large_town_named(place, candidate)):
            return False
    return place.population >= _LOWERCASE_MIN_POPULATION or place.region or after_preposition


def _not_a_place(word: str, place: gazetteer.Place, tokens: Any | None, start: int) -> bool:
    """A common word, a title, a surname with "'s", or a small town named like an English word
    ("Star", "Officer"). The word list also holds large towns ("Malabo"), so size decides;
    a capital the tagger calls a proper noun inside a sentence is a place whatever its size
    ("a Valletta wholesaler")."""
    key = _POSSESSIVE.sub("", word).casefold()
    if key in _NOT_PLACES or key in TITLE_WORDS:
        return True
    if place.capital and _proper_noun_inside_a_sentence(tokens, start):
        return False
    return place.population < _WORD_TOWN_MAX and is_english_word(key)


def _large_town_named(place: gazetteer.Place, word: str) -> bool:
    return fold(place.name) == fold(word) and place.population >= _WORD_TOWN_MAX


def _inside_a_title(tokens: Any | None, start: int) -> bool:
    """spaCy calls the word part of an event, a work or a law ("the Day of the Shining Star").

    Organisations do not count: the small model calls many towns one ("came to Omsk").
    """
    token = _token_at(tokens, start)
    return token is not None and token.ent_type_ in _NOT_PLACE_ENTITIES


def _could_be_a_word(candidate: str, place: gazetteer.Place) -> bool:
    """Whether a word in a title may be meant as a word: not when it is no English word and
    names a town of our countries ("the 'Sinpo Fishery Enterprise' sign")."""
    return not place.focus or is_english_word(candidate)


def _names_a_place(name: str, places: gazetteer.Gazetteer) -> bool:
    """Words before "county", "camp", ...: a known place, or words that are not English."""
    if places.lookup(name) is not None:
        return True
    return not any(
        is_english_word(word) or word.casefold() in _NOT_PLACES or places.country(word)
        for word in re.split(r"[- ]", name)
    )


def _typo_of_a_town(
    text: str, word: tuple[int, int], places: gazetteer.Gazetteer, tokens: Any | None
) -> bool:
    """A capitalised proper noun, not an English word, one typing slip from a focus town."""
    start, end = word
    candidate = text[start:end]
    if (
        not candidate[0].isupper()
        or _acronym(candidate)
        or candidate.casefold() in _NOT_PLACES
        or candidate.casefold() in TITLE_WORDS
        or _part_of_a_compound(text, start, end)
        or is_english_word(candidate)
        or places.country(candidate)
    ):
        return False
    token = _token_at(tokens, start)
    if token is not None and token.pos_ != "PROPN":
        return False
    return places.lookup_typo(candidate) is not None


def _part_of_a_compound(
    text: str, start: int, end: int, places: gazetteer.Gazetteer | None = None
) -> bool:
    """A word inside a hyphenated compound ("Koryo" in "Koryo-saram") is not a place alone;
    a number after the hyphen makes no compound ("Artyom-1", a station), nor does another
    place ("flew Pyongyang-Vladivostok", a route)."""
    if text[start - 1 : start] != "-" and text[end : end + 1] != "-":
        return False  # most words: no hyphen beside them, no search
    before = _WORD_BEFORE_HYPHEN.search(text, max(0, start - 40), start)
    after = _HYPHEN_WORD_AFTER.match(text, end)
    return any(
        joined is not None
        and not (places and joined.group(1)[0].isupper() and places.lookup(joined.group(1)))
        for joined in (before, after)
    )


_WORD_BEFORE_HYPHEN = re.compile(r"(\w+)-$")
_HYPHEN_WORD_AFTER = re.compile(r"-([^\W\d]\w*)")
# an agency's dateline in capitals at the start of a line: "DOHA: The court ...", "OSH —"
_DATELINE_AFTER = re.compile(r"\s?[:.,—–-]")


def _dateline(text: str, start: int, end: int) -> bool:
    return (start == 0 or text[start - 1] == "\n") and _DATELINE_AFTER.match(text, end) is not None


def _acronym(word: str) -> bool:
    """Short all-capital words are acronyms ("SIM", "NIS"), not towns."""
    return word.isupper() and len(word) <= 4


def _token_at(tokens: Any | None, start: int) -> Any | None:
    """The spaCy token starting at ``start``, found by spaCy's own index (a scan of every
    token for every word made long answers take time with the square of their length)."""
    if tokens is None:
        return None
    span = tokens.char_span(start, start + 1, alignment_mode="expand")
    if span is None or len(span) == 0 or span[0].idx != start:
        return None
    return span[0]


def _common_word_at_sentence_start(tokens: Any | None, start: int, place: gazetteer.Place) -> bool:
    """A capital the sentence gives a word ("Reading", "Nice"), not a town ("Malabo, on ...").

    The tagger guesses at a town it does not know; a large town's own name that
    the word list has only as a noun is taken whatever the tag."""
    token = _token_at(tokens, start)
    if token is None or not token.is_sent_start or token.pos_ == "PROPN":
        return False
    if not is_english_word(token.text):
        return False  # "Factory: Dandong, ...": no word the capital could belong to
    return not (_large_town_named(place, token.text) and is_noun_only(token.text))


_NOT_NAMING_A_UNIT = TITLE_WORDS | {
    "northern", "southern", "eastern", "western", "central", "whole", "entire", "same", "home",
}  # fmt: skip


def _named_unit(match: re.Match[str], tokens: Any | None) -> bool:
    """A capitalised word inside a sentence before "province", "oblast" or "county" names
    the unit even when it is also an English word: "Bata, Litoral province" (not "The
    province", "the Eastern region", nor a word with its capital from the sentence's start)."""
    token = _token_at(tokens, match.start("name"))
    return (
        token is not None
        and not token.is_sent_start
        and not any(
            word.casefold() in _NOT_PLACES or word.casefold() in _NOT_NAMING_A_UNIT
            for word in re.split(r"[- ]", match.group("name"))
        )
    )


def _proper_noun_inside_a_sentence(tokens: Any | None, start: int) -> bool:
    token = _token_at(tokens, start)
    return token is not None and token.pos_ == "PROPN" and not token.is_sent_start


def _closed_class(tokens: Any | None, start: int) -> bool:
    token = _token_at(tokens, start)
    return token is not None and token.pos_ in _CLOSED_CLASS
