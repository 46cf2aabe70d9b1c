"""Policy from the questionnaire block, pseudonym consistency, generalisation, decisions."""

from __future__ import annotations

import pytest

from intake.errors import RedactionError
from intake.redaction import Finding, Policy, PseudonymMap, apply_decisions, gazetteer
from intake.redaction.replacement import replacement_for


def test_default_policy_keeps_countries_nationalities_and_institutions() -> None:
    policy = Policy.default()
    for term in ("Russia", "North Korean", "Workers' Party", "Ministry of State Security", "중국"):
        assert policy.allows(term), term
    assert not policy.allows("Vladivostok")
    assert policy.action_for("PERSON") == "pseudonym"


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Netherlands", "The Netherlands"),
        ("Czech Republic", "Czechia"),
        ("Burma", "Myanmar"),
        ("DRC", "Democratic Republic of the Congo"),
        ("Côte d'Ivoire", "Ivory Coast"),
    ],
)
def test_other_english_names_of_countries_are_countries(name: str, country: str) -> None:
    """Geonames knows one English name per country; people write others ("Holland" is no
    town in Michigan here)."""
    assert gazetteer.load().country(name) == country
    assert Policy.default().allows(name)


def test_block_overrides_actions_levels_and_allow() -> None:
    policy = Policy.from_questionnaire_block(
        {"actions": {"PLACE": "remove"}, "generalize": {"date": "year"}, "allow": ["Rungrado"]}
    )
    assert policy.action_for("PLACE") == "remove"
    assert policy.date_level == "year"
    assert policy.allows("rungrado")
    assert Policy.from_questionnaire_block(None) == Policy.default()


@pytest.mark.parametrize(
    "block",
    [
        {"actions": {"PERSON": "shred"}},
        {"actions": {"PET": "remove"}},
        {"generalize": {"place": "planet"}},
        {"allow": "Russia"},
        {"colour": "red"},
        ["not", "a", "mapping"],
    ],
)
def test_bad_blocks_are_refused(block: object) -> None:
    with pytest.raises(RedactionError):
        Policy.from_questionnaire_block(block)  # type: ignore[arg-type]


def test_pseudonyms_are_consistent_across_forms_and_answers() -> None:
    names = PseudonymMap()
    first = names.pseudonym("PERSON", "Kim Chol-su")
    assert names.pseudonym("PERSON", "kim cholsu") == first
    assert names.pseudonym("PERSON", "Mr Kim Chol Su") == first
    assert names.pseudonym("PERSON", "Chol-su") == first  # given name alone
    assert names.pseudonym("PERSON", "Pak Song-il") != first
    assert names.pseudonym("PERSON", "김철수 동무") == names.pseudonym("PERSON", "김철수")
    restored = PseudonymMap.from_json(names.to_json())
    assert restored.pseudonym("PERSON", "KIM CHOL-SU") == first
    assert restored.pseudonym("PERSON", "Ri Yong-ho") == "[PERSON-4]"


def test_pseudonym_map_repr_shows_no_real_name() -> None:
    names = PseudonymMap()
    names.pseudonym("PERSON", "Kim Chol-su")
    names.pseudonym("PERSON", "김철수")
    shown = repr(names) + str(names) + f"{names!r}"
    assert "chol" not in shown.lower()
    assert "김" not in shown
    assert "PERSON" in shown  # the counts stay visible for debugging


def test_malformed_pseudonym_map_is_refused() -> None:
    with pytest.raises(RedactionError):
        PseudonymMap.from_json('{"version": 2}')


def test_generalisation_of_places_and_dates() -> None:
    names = PseudonymMap()
    country = Policy.default()
    admin = Policy.from_questionnaire_block({"generalize": {"place": "admin", "date": "year"}})
    assert (
        replacement_for("PLACE", "Ussuriisk", "generalize", pseudonyms=names, policy=country)
        == "[CITY, Russia]"
    )
    assert (
        replacement_for("PLACE", "Chongjin", "generalize", pseudonyms=names, policy=admin)
        == "[PLACE, North Hamgyong]"
    )
    assert (
        replacement_for("PLACE", "청진", "generalize", pseudonyms=names, policy=country)
        == "[CITY, 북한]"
    )
    assert (
        replacement_for("PLACE", "가목사", "generalize", pseudonyms=names, policy=country)
        == "[CITY, 중국]"
    )
    assert (  # the North Korean town, not a Chinese one read the same way
        replacement_for("PLACE", "혜산시", "generalize", pseudonyms=names, policy=country)
        == "[CITY, 북한]"
    )
    assert (  # the Chinese town, not Tyumen, once called Tumen
        replacement_for("PLACE", "투먼", "generalize", pseudonyms=names, policy=country)
        == "[CITY, 중국]"
    )
    assert gazetteer.korean_readings("龙井市") == {"용정", "룡정"}  # South and North spelling
    assert gazetteer.korean_readings("Dandong") == frozenset()
    assert gazetteer.korean_country_name("The Netherlands") == "네덜란드"
    assert gazetteer.korean_country_name("Atlantis") == "Atlantis"
    assert (
        replacement_for("PLACE", "Nowhereville", "generalize", pseudonyms=names, policy=country)
        == "[PLACE]"
    )
    assert (
        replacement_for("DATE", "14 November 2015", "generalize", pseudonyms=names, policy=country)
        == "[DATE, November 2015]"
    )
    assert (
        replacement_for("DATE", "14 November 2015", "generalize", pseudonyms=names, policy=admin)
        == "[DATE, 2015]"
    )
    assert (
        replacement_for("DATE", "2014년 3월 3일", "generalize", pseudonyms=names, policy=country)
        == "[DATE, 2014년 3월]"
    )
    assert (
        replacement_for("DATE", "Fri 12th", "generalize", pseudonyms=names, policy=country)
        == "[DATE]"
    )
    assert (
        replacement_for("PHONE", "010-1234-5678", "remove", pseudonyms=names, policy=country)
        == "[PHONE]"
    )


@pytest.mark.parametrize(
    ("place", "answer", "expected"),
    [
        ("Victoria", "we went to Victoria by ferry", "[CITY, China]"),  # the largest, in Hong Kong
        ("Victoria", "In Malta we lived in Victoria", "[CITY, Malta]"),  # the one named
        ("Victoria Island", "sent to Nigeria; a villa on Victoria Island", "[PLACE]"),  # a guess
        ("Lagos", "sent to Nigeria; in Lagos", "[CITY, Nigeria]"),
        ("Ussuriisk", "in Russia and China: Ussuriisk", "[CITY, Russia]"),  # one of a kind
        # "us" in lower case is no country: Moscow stays the largest, in Russia
        ("moscow", "in moscow two years; they told us to wait", "[CITY, Russia]"),
        ("Moscow", "Moscow, Idaho, in the US", "[CITY, United States]"),
        ("cau treo", "we crossed at cau treo at night", "[CITY, Vietnam]"),  # a border crossing
    ],
)
def test_a_place_shared_by_several_countries_is_read_in_the_answer_s_country(
    place: str, answer: str, expected: str
) -> None:
    names, policy = PseudonymMap(), Policy.default()
    countries = gazetteer.load().countries_in(answer)
    got = replacement_for(
        "PLACE", place, "generalize", pseudonyms=names, policy=policy, countries=countries
    )
    assert got == expected


TEXT = "Kim Chol-su met Pak in Vladivostok."
FINDINGS = [
    Finding("PERSON", 0, 11, 0.9, "RomanisedNameRecognizer", "pseudonym", "[PERSON-1]"),
    Finding("PERSON", 16, 19, 0.6, "RomanisedNameRecognizer", "pseudonym", "[PERSON-2]"),
    Finding("PLACE", 23, 34, 0.7, "PlaceRecognizer", "generalize", "[CITY, Russia]"),
]


def test_apply_decisions_rejects_and_adds() -> None:
    result = apply_decisions(
        TEXT, FINDINGS, {"reject": [1], "add": [[12, 15, "PERSON"]]},
        pseudonyms=PseudonymMap(), policy=Policy.default(),
    )  # fmt: skip
    assert result.text == "[PERSON-1] [PERSON-1] Pak in [CITY, Russia]."
    assert [f.recognizer for f in result.findings][1] == "interviewer"
    assert apply_decisions(
        TEXT, FINDINGS, {}, pseudonyms=PseudonymMap(), policy=Policy.default()
    ).text == ("[PERSON-1] met [PERSON-2] in [CITY, Russia].")


def test_added_span_replaces_overlapping_findings() -> None:
    result = apply_decisions(
        TEXT,
        FINDINGS,
        {"add": [[0, 19, "PERSON"]]},
        pseudonyms=PseudonymMap(),
        policy=Policy.default(),
    )
    assert result.text == "[PERSON-1] in [CITY, Russia]."


@pytest.mark.parametrize(
    "decisions",
    [{"reject": [7]}, {"reject": ["0"]}, {"add": [[5, 2, "PERSON"]]}, {"add": [[0, 99, "PERSON"]]},
     {"add": [[0, 3, "PET"]]}, {"add": [[0, 5, "PERSON"], [3, 8, "PLACE"]]}, {"accept": []}],
)  # fmt: skip
def test_bad_decisions_are_refused(decisions: dict[str, object]) -> None:
    with pytest.raises(RedactionError):
        apply_decisions(
            TEXT, FINDINGS, decisions, pseudonyms=PseudonymMap(), policy=Policy.default()
        )


def test_findings_round_trip_and_validation() -> None:
    assert Finding.from_dict(FINDINGS[0].to_dict()) == FINDINGS[0]
    with pytest.raises(RedactionError):
        Finding.from_dict({"type": "PERSON"})
