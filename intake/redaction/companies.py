"""Company names by their legal form ("Altan Barilga LLC", "Armex Sp. z o.o.", "OOO
Vostok-Monolit") or a word for their kind ("Sinhung Trading").

A name with a legal form is an organisation, which the research keeps (who
contracted the workers, who paid whom); thirty-eight corpora written blind mark
67 such names to keep and 11 to redact. The engine drops a name or place
found inside one ("Altan" of "Altan Barilga LLC", "Vostok" of "OOO Vostok"), so a
town or a person's name inside a company's name is kept with it, unless the
answer names it elsewhere too or the interview's deny list holds it.

A name before a word for a kind of firm is one too ("Korea Sungri Forestry", "Sinhung
Trading", "Al-Mutawa General Contracting", "Mansudae Overseas Project Group"): 46 corpora
written blind keep 103 such names and redact 14, most of those industrial areas and food
plants named by their town, which the list of kinds leaves out, as it leaves out a
production unit named by its town ("Sinpo Fishery Enterprise"). Other names, "Majengo
Builders" or "Golden Crane", may be a named work site, and are left to the recognizers.
"""

from __future__ import annotations

import re

from intake.redaction import gazetteer
from intake.redaction.english_words import is_english_word

# legal forms written after the name, most specific first
_SUFFIX = (
    r"Sp\.\s?z\s?o\.\s?o\.|s\.\s?r\.\s?o\.|a\.\s?s\.|S\.\s?A\.(?:\s?S\.)?|S\.\s?p\.\s?A\."
    r"|S\.\s?L\.|S\.\s?R\.\s?L\.|SRL|SARL|B\.\s?V\.|N\.\s?V\.|GmbH|Lda\.?|Ltda\.?"
    r"|Co\.?,?\s(?:Ltd|Limited)\.?|Pte\.?\s(?:Ltd|Limited)\.?|Pvt\.?\s(?:Ltd|Limited)\.?"
    r"|Sdn\.?\s?Bhd\.?|Bhd\.?|Ltd\.?|Limited|LLC|L\.L\.C\.|LLP|PLC|plc|Inc\.?|Corp\.?"
    r"|P?JSC|OJSC|CJSC|FZ-?LLC|FZCO|FZE|FZC|W\.?L\.?L\.?|K\.K\.|A/S|ApS|Co\.?"
)
# legal forms written before the name (Russian, Kazakh), the name quoted or capitalised
_PREFIX = r"OOO|ООО|ZAO|ЗАО|OAO|ОАО|PAO|ПАО|TOO|ТОО"
# a word of the name, not itself a legal form: capitalised (Latin or Cyrillic) or a number,
# with inner hyphens, apostrophes, dots and ampersands ("Stroi-Servis", "1st", "A.B.")
_WORD = rf"(?!(?:{_SUFFIX}|{_PREFIX})(?![\w-]))[A-ZÀ-ÖØ-ÞА-ЯЁ0-9][\w'’.&-]*"
# small words inside a name, never its first: "Constructora de Obras", "Trading & Contracting"
_JOINER = r"(?:&|and|de|del|do|da|dos|das|van|von|der|den|al|el|i|y|et|und)"
_NAME = rf"{_WORD}(?:[ ](?:{_JOINER}[ ])?{_WORD}){{0,6}}"
# words for a kind of firm, after its name; a production unit is often named by its town
# ("Sinpo Fishery Enterprise"), a trading firm by a word that may also be one ("Sinhung
# Trading")
_KIND = (
    r"Trading|Corporation|Company|Construction|Group|Shipping|Contracting|Developments?"
    r"|Engineering|Holdings|Logistics|Export"
)
_UNIT = r"Enterprise|Forestry|Marine|Fisheries|Industries"
_COMPANY = re.compile(
    rf"(?<![\w.&-]){_NAME},?\s(?:{_SUFFIX})(?![\w-])"
    rf"|(?<![\w.&-])(?:[A-Z][\w'’&-]* ){{1,5}}(?:{_KIND})(?![\w-])"
    rf"|(?<![\w.&-])(?P<unit>(?:[A-Z][\w'’&-]* ){{1,5}})(?:{_UNIT})(?![\w-])"
    rf"|(?<![\w-])(?:{_PREFIX})\s?(?:[\"«“'‘][^\"»”'’\n]{{2,60}}[\"»”'’]|{_NAME})"
)


def company_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a company with its legal form or a word for its kind, as (start,
    end) offsets; not a production unit named by its town ("Sinpo Fishery Enterprise")."""
    return [
        match.span()
        for match in _COMPANY.finditer(text)
        if not (match.group("unit") and any(map(_town, match.group("unit").split())))
    ]


def _town(word: str) -> bool:
    """A town's name that is no English word ("Sinpo"; not "Bright Ridge")."""
    return gazetteer.load().lookup(word) is not None and not is_english_word(word)
