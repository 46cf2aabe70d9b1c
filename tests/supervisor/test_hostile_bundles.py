"""Bundles that are signed by a trusted device but hold malformed content.

A device with a bug, or a stolen device key, can sign anything: the importer
must refuse such a bundle with one clear error, write nothing, and never
quote a value from it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pytest

from intake.crypto import bundle as bundle_module
from intake.crypto import minisign
from intake.crypto.bundle import BundleContent, seal_bundle
from intake.errors import SupervisorError
from intake.supervisor import import_bundle, trust_device

from .conftest import FieldDevice, Supervisor

SECRET = "Kim Chol of Hoeryong"
AUDIT_ENTRY = {
    "seq": 1,
    "time": "2026-01-01T00:00:00Z",
    "action": "store.init",
    "interview_id": None,
    "prev_hash": "0" * 64,
    "hash": "0" * 64,
}


def _signed(field: FieldDevice, supervisor: Supervisor, content: BundleContent) -> bytes:
    key = field.store.device_signing_key()
    trust_device(supervisor.store, minisign.PublicKey.of(key).base64(), "laptop")
    return seal_bundle(content, [supervisor.recipient], key)[1]


def _imported_rows(supervisor: Supervisor) -> int:
    with supervisor.store.reader() as db:
        return int(db.execute("SELECT count(*) FROM imported_interviews").fetchone()[0])


def test_interview_lines_that_are_not_json_are_refused(
    supervisor: Supervisor,
    make_field: Callable[..., FieldDevice],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = bundle_module._jsonl

    def broken(records: Sequence[Mapping[str, Any]]) -> bytes:
        data = real(records)
        return data.replace(b'{"answers"', b'{answers "' + SECRET.encode(), 1)

    monkeypatch.setattr(bundle_module, "_jsonl", broken)
    content = BundleContent([{"answers": {}, "id": "i1", "questionnaire": "q@1"}], [], {"q@1": "h"})
    data = _signed(make_field("field"), supervisor, content)
    with pytest.raises(SupervisorError) as refused:
        import_bundle(supervisor.store, data)
    assert SECRET not in refused.value.message
    assert _imported_rows(supervisor) == 0


def test_an_interview_naming_its_questionnaire_oddly_is_refused(
    supervisor: Supervisor, make_field: Callable[..., FieldDevice]
) -> None:
    record = {"answers": {}, "id": "i1", "questionnaire": [SECRET]}
    data = _signed(make_field("field"), supervisor, BundleContent([record], [], {"q@1": "h"}))
    with pytest.raises(SupervisorError) as refused:
        import_bundle(supervisor.store, data)
    assert SECRET not in refused.value.message
    assert _imported_rows(supervisor) == 0


def test_an_audit_entry_number_from_the_bundle_is_not_quoted(
    supervisor: Supervisor, make_field: Callable[..., FieldDevice]
) -> None:
    entry = {**AUDIT_ENTRY, "seq": SECRET}
    data = _signed(make_field("field"), supervisor, BundleContent([], [entry], {}))
    with pytest.raises(SupervisorError) as refused:
        import_bundle(supervisor.store, data)
    assert SECRET not in refused.value.message
