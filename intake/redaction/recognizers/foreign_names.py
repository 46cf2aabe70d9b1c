"""Names of the people workers meet abroad: Russian, Mongolian, Arabic, South Asian, Polish.

Found by a list of common given names (with Russian diminutives, in any case
when the name is not an English word) followed by capitalised surnames, and by
the shape of a word: Russian patronymics ("Petrovna", "Ivanovich"), Mongolian
name endings ("Batbayar", "Oyuntsetseg"), Arabic family names ("al-Dosary", "al-harthy").
Hits: "Galina Petrovna", "Sasha Yermolov", "anatoly", "budi santoso", "Ram Bahadur Thapa",
"Abdullah Al-Mansouri", names joined by "son of" ("Jimbai anak Ngelai",
"Ahmad bin Ismail"), Chinese names in pinyin ("sun jianguo", "Wang Jian-jun"). Capitalised
Cyrillic words are romanised first, so "Сергей", "Юрьевич" and Korean surnames in their
Russian forms ("бригадир Пак", "Цой Мин Хо", "Югай") are found too. Near-misses:
"Bat" alone, "ram" (an animal), "Ali" in "Alibaba", a patronymic-looking place is left to
the gazetteer, "ma anshan" (Ma'anshan), "Нам сказали" (a Russian word, not the surname Nam).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from intake.redaction import gazetteer, pinyin
from intake.redaction.english_words import is_english_word
from intake.redaction.normalize import latin_from_cyrillic
from intake.redaction.recognizers.base import DomainRecognizer, Span
from intake.redaction.recognizers.names_data import KORYO_SARAM_SURNAMES, SURNAMES

GIVEN_NAMES = frozenset(
    """
    aleksandr alexander aleksandra aleksei alexei alexey alyosha lyosha anatoly anatoliy tolya
    sanya slava styopa zhora valera yura artyom artem yegor egor kirill nikita daniil
    tolik andrei andrey andryusha anton arkady boris borya dmitry dmitri dima denis
    evgeny yevgeny zhenya fyodor fedya gennady gena georgy gosha grigory grisha igor ilya
    ivan vanya konstantin kostya kolya leonid lyonya maksim maxim mikhail misha nikolai
    nikolay oleg pavel pasha pyotr petya roman ruslan sasha semyon sergei sergey seryozha
    stanislav stas stepan timur vadim valentin valery vasily vasya viktor vitaly vitya
    vladimir volodya vova vladislav vlad yaroslav yuri yury zakhar alla alina anastasia
    nastya anna anya darya dasha ekaterina katya elena lena galina galya irina ira lyudmila
    lyuda marina natalia natalya natasha nadezhda nadya nina oksana olga olya polina
    svetlana sveta tatiana tatyana tanya valentina valya vera yulia yulya zhanna zoya
    batbayar bataa batbold batjargal bayar bolormaa dorj ganbaatar gantulga oyun
    oyuntsetseg sukhbaatar tuya narantuya enkhjargal erdene munkh altan chimeg
    mohammed mohamed muhammad mohammad ahmed ahmad abdullah abdallah abdul abdoulaye ali
    hassan hussein husain omar umar khalid khaled saeed said rashid salem saleh faisal
    nasser sultan hamad hamid mahmoud mustafa yusuf yousef ibrahim ismail karim tariq
    majid jassim fahad nawaf mansour osman othman amadou moussa ousmane mamadou
    ram shyam krishna suresh ramesh rajesh mahesh dinesh ganesh bahadur prakash santosh
    sanjay vijay anil sunil raju venkatesh rao singh kumar bikash dipak deepak
    tomasz piotr krzysztof andrzej janusz marek pawel paweł jacek wojciech grzegorz
    michal michał katarzyna agnieszka malgorzata małgorzata ewa zbigniew
    somphone bounmy khamla phet nguyen somchai somsak
    esono jose juan carlos pedro
    budi agus bambang dedi eko hendra joko slamet wahyu yusuf siti dewi putri wulan
    sokha sophea sophal dara vannak chenda bopha srey kosal pisey piseth rithy
    almaz aibek azamat bakyt nurlan ermek aizhan aigul gulnara dilnoza sardor rustam
    bekzod jasur otabek farrukh shavkat timur ulugbek zafar nodira
    """.split()  # noqa: SIM905
)
"""Common given names (lower case) of the countries workers are sent to or work beside
(Russia, Mongolia, the Gulf, South Asia, Poland, Laos, Indonesia, Cambodia, Kyrgyzstan,
Uzbekistan), with diminutives."""

_ENGLISH_WORDS = frozenset(
    {"ram", "vera", "said", "roman", "nina", "anna", "bayar", "jan", "ira", "rao", "phet", "dorj"}
)
"""Given names that are also words (or too short to trust): matched only when capitalised."""

_SHAPE = re.compile(
    r"[A-Z][a-z]+(?:ovich|evich|ovna|evna|ichna|baatar|bayar|erdene|tsetseg|tuya|jargal|suren"
    r"|ochir|gerel|sukh)|(?:[Aa]l|[Ee]l)-[A-Z][a-z]{2,}|al-[a-z]{3,}"
)
_WORD = re.compile(r"(?<![\w./@-])[^\W\d_]+(?:['’\-][^\W\d_]+)*(?![\w/@-]|\.\w)")
_SURNAME_WORD = re.compile(r"(?:[Aa]l-|[Ee]l-|bin |ibn )?[A-ZА-ЯЁ][^\W\d_]+(?:['’\-][^\W\d_]+)*")
_CYRILLIC_CAPITAL = re.compile(r"[А-ЯЁ]")
_CYRILLIC_NAME_AFTER = re.compile(r" [А-ЯЁ][а-яё]")
# Russian words that are also Korean surnames in Cyrillic: "Нам сказали" (we were told).
_RUSSIAN_WORDS = frozenset({"нам", "сон", "пан", "шин", "сим", "чан", "вон", "тон", "дон"})
_LOWER_SURNAME_WORD = re.compile(r"[a-z]{3,}(?![\w'’-])")
_MAX_SURNAMES = 2
_PREPOSITION_BEFORE = re.compile(r"\b(?i:in|to|from|at|near|of|via)\s$")
# two words, found overlapping, for Chinese names in pinyin: "sun jianguo", "Wang Jian-jun"
_PAIR = re.compile(
    r"(?<![\w-])(?=(?P<surname>[A-Za-z]+) (?P<given>[A-Za-z]+(?:-[a-z]+)?)(?![\w-]))"
)
# "son of" / "daughter of" joining two names: Malay and Iban "Jimbai anak Ngelai",
# "Ahmad bin Ismail", "Siti binti Yusof", Arabic "Khalid ibn Saeed", Mauritanian "ould",
# Kyrgyz "Bakyt uulu Almaz", "Nurlan kyzy Aida", Azeri and Uzbek "Elnur oglu Rashad".
_PATRONYMIC = re.compile(
    r"(?<![\w-])[A-Z][a-z]+ (?:anak|bin|binti|bint|ibn|ould|uulu|kyzy|ogly|oglu|ogli|ugli|qizi"
    r"|kizi) [A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"
)


class ForeignNameRecognizer(DomainRecognizer):
    """A known given name or a name-shaped word, extended over the capitalised words after it."""

    ENTITIES = ("PERSON",)

    def find(self, text: str, tokens: Any | None = None) -> Iterator[Span]:
        for match in _WORD.finditer(text):
            word = match.group()
            if _CYRILLIC_CAPITAL.match(word):
                key = latin_from_cyrillic(word)
                known = _given_name(key) or _korean_surname(text, match.end(), word, key)
                shaped = _SHAPE.fullmatch(key.capitalize())
            else:
                key = word.casefold()
                known = key in GIVEN_NAMES and (word[0].isupper() or key not in _ENGLISH_WORDS)
                shaped = _SHAPE.fullmatch(word)
            if not (known or shaped):
                continue
            place = gazetteer.load().lookup(word)
            if not known and place is not None:
                continue
            end = _extend(text, match.end(), lower=word.islower())
            if (
                place is not None
                and place.focus
                and end == match.end()
                and _PREPOSITION_BEFORE.search(text, max(0, match.start() - 8), match.start())
            ):
                continue  # "in Artyom" is the town; "Artyom Lysenko" a man, "Anna" a woman
            yield Span("PERSON", match.start(), end, 0.7)
        for match in _PATRONYMIC.finditer(text):
            yield Span("PERSON", match.start(), match.end(), 0.75)
        for match in _PAIR.finditer(text):
            surname, given = match.group("surname", "given")
            if (
                surname.islower() == given.islower()
                and pinyin.chinese_name(surname, given)
                and not is_english_word(given)
                and gazetteer.load().lookup(f"{surname}{given}") is None  # not "ma anshan"
            ):
                yield Span("PERSON", match.start(), match.end("given"), 0.7)


def _given_name(key: str) -> bool:
    """A given name romanised from Cyrillic, passport style included ("dmitriy", "yuriy")."""
    return key in GIVEN_NAMES or (key.endswith("iy") and f"{key[:-2]}y" in GIVEN_NAMES)


def _korean_surname(text: str, end: int, word: str, key: str) -> bool:
    """A Korean surname in Cyrillic ("Пак", "Цой", "Югай"); a short one or one that is also
    a Russian word only before a capitalised name ("Ли Вера", "Нам Сергей", not "Нам дали")."""
    if key not in SURNAMES | KORYO_SARAM_SURNAMES:
        return False
    if len(key) >= 3 and word.casefold() not in _RUSSIAN_WORDS:
        return True
    return _CYRILLIC_NAME_AFTER.match(text, end) is not None


def _extend(text: str, end: int, *, lower: bool) -> int:
    """The end of the name after up to two capitalised surnames ("Galina Petrovna Ivanova"),
    or, after a given name in lower case, surnames in lower case that are no English words
    ("budi santoso", not "budi said")."""
    surname = _LOWER_SURNAME_WORD if lower else _SURNAME_WORD
    for _ in range(_MAX_SURNAMES):
        following = surname.match(text, end + 1) if text[end : end + 1] == " " else None
        if following is None:
            break
        word = following.group()
        places = gazetteer.load()
        if word.casefold() in KORYO_SARAM_SURNAMES and not lower:
            end = following.end()  # "Andrei Ten", "Tatyana Khegai"
            continue
        if word.casefold() in STOP_WORDS or places.country(word) or places.lookup(word):
            break
        if lower and is_english_word(word):
            break
        end = following.end()
    return end
