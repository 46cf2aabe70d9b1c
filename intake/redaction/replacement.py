"""The text that replaces a finding, according to its action."""

from __future__ import annotations

from intake.redaction import gazetteer
from intake.redaction.dates import find_dates
from intake.redaction.normalize import has_hangul
from intake.redaction.policy import Policy
from intake.redaction.pseudonyms import PseudonymMap


def replacement_for(
    entity_type: str,
    text: str,
    action: str,
    *,
    pseudonyms: PseudonymMap,
    policy: Policy,
    countries: frozenset[str] = frozenset(),
) -> str:
    """What ``text`` (a finding of ``entity_type``) becomes under ``action``.

    ``pseudonym`` → ``[PERSON-2]``; ``remove`` → ``[PHONE]``; ``keep`` → the text
    itself; ``generalize`` → ``[CITY, Russia]``, ``[PLACE, North Hamgyong]``,
    ``[DATE, March 2011]``, or ``[TYPE]`` when nothing general is known. A place
    name shared by towns of several countries is read as the one in a country
    the answer names (``countries``, see :meth:`Gazetteer.countries_in`); when
    none of them is, the place is not generalised to a country at all
    (``[PLACE]``), since any country would be a guess.
    """
    if action == "keep":
        return text
    if action == "pseudonym":
        return pseudonyms.pseudonym(entity_type, text)
    if action == "generalize" and entity_type == "PLACE":
        return _general_place(text, policy, countries)
    if action == "generalize" and entity_type == "DATE":
        dates = list(find_dates(text))
        general = dates[0].generalized(policy.date_level) if dates else ""
        return f"[DATE, {general}]" if general else "[DATE]"
    return f"[{entity_type}]"


def _general_place(text: str, policy: Policy, countries: frozenset[str]) -> str:
    places = gazetteer.load()
    place = places.lookup(text, prefer=countries)
    if place is None and has_hangul(text):
        place = places.chinese_town(text)
    if place is None or (countries and place.country not in countries and places.ambiguous(text)):
        return "[PLACE]"
    if policy.place_level == "admin" and place.admin:
        return f"[PLACE, {place.admin}]"
    country = place.country
    if has_hangul(text):
        country = gazetteer.korean_country_name(country)
    kind = "REGION" if place.region else "CITY"
    return f"[{kind}, {country}]"
