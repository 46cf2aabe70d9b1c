"""Company names by their legal form or a word for a kind of firm (companies.py)."""

from __future__ import annotations

import pytest

from intake.redaction.companies import company_spans


def _found(text: str) -> list[str]:
    return [text[start:end] for start, end in company_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("paid by Altan Barilga LLC in 2019", ["Altan Barilga LLC"]),
        ("Armex Sp. z o.o. and Moravatex a.s. signed", ["Armex Sp. z o.o.", "Moravatex a.s."]),
        ("the agent, Hengyuan Mingde Trade Co., Ltd., paid", ["Hengyuan Mingde Trade Co., Ltd."]),
        (
            "Al Noor Sky Trading & Contracting W.L.L. hired",
            ["Al Noor Sky Trading & Contracting W.L.L."],
        ),
        (
            "Constructora de Obras S.A. and Kingsway Resources Pte Ltd",
            ["Constructora de Obras S.A.", "Kingsway Resources Pte Ltd"],
        ),
        (
            "the firm OOO 'Vostok-Stroy' and ООО «Восток» and OOO SibStroyAlliance",
            ["OOO 'Vostok-Stroy'", "ООО «Восток»", "OOO SibStroyAlliance"],
        ),
        (
            "Golden Star Manpower FZE, then Ever Rising Shipping Inc.",
            ["Golden Star Manpower FZE", "Ever Rising Shipping Inc."],
        ),
        # a name before a word for a kind of firm
        (
            "paid by Korea Sungri Forestry and Sinhung Trading; Al-Mutawa General Contracting",
            ["Korea Sungri Forestry", "Sinhung Trading", "Al-Mutawa General Contracting"],
        ),
        ("the agent Bright Ridge Enterprise", ["Bright Ridge Enterprise"]),
        # no legal form nor kind of firm, no company: a named work site is left to the
        # recognizers, and so are industrial areas and food plants
        ("we built Majengo Builders' yard and the Golden Crane hotel", []),
        (
            "the Al Quoz Industrial area; Hoeryong Food plant; the Khabarovsk Regional Bureau;"
            " a sign 'Sinpo Fishery Enterprise'",
            [],
        ),
        # a person before a lower-case word is not drawn in; a comma ends the name
        ("Kim Chol-ho worked at Dalsnab LLC", ["Dalsnab LLC"]),
        ("the boss, Pak Song-il, Tayga Resurs LLC", ["Tayga Resurs LLC"]),
        # legal forms only as words of their own
        ("the Colonel said so; Incheon; Ltdx; a cooperative", []),
    ],
)
def test_company_names_by_their_legal_form(text: str, expected: list[str]) -> None:
    assert _found(text) == expected
