"""The Store API on a real SQLCipher file: interviews, answers, states, recipients, keys."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from intake.errors import StoreError, WrongPassphrase
from intake.store import KdfParams, RepeatInstance, Store
from intake.store.store import interview_id_from

from .conftest import PASSPHRASE, FakeQuestionnaireRef


def test_answers_follow_the_answers_contract(
    store: Store, questionnaire_ref: FakeQuestionnaireRef
) -> None:
    interview = store.new_interview(questionnaire_ref, "AB12")
    store.save_answer(interview, "age", 34)
    store.save_answer(interview, "sectors", ["construction", "logging"])
    store.save_answer(interview, "posting_country", "RU", RepeatInstance("postings", 1))
    store.save_answer(interview, "posting_country", "QA", ("postings", 0))
    store.save_answer(interview, "passport_taken", True)
    store.save_answer(interview, "age", None)  # None removes the answer
    assert store.answers(interview) == {
        "sectors": ["construction", "logging"],
        "passport_taken": True,
        "postings": [{"posting_country": "QA"}, {"posting_country": "RU"}],
    }
    assert store.interview(interview).answered == 4


def test_answers_survive_reopening(home: Path, questionnaire_ref: FakeQuestionnaireRef) -> None:
    with Store.create(home, PASSPHRASE, kdf=KdfParams.FLOOR) as store:
        interview = store.new_interview(questionnaire_ref, "AB12")
        store.save_answer(interview, "story", "we worked 16 hours a day")
    with Store.open(home, PASSPHRASE) as store:
        assert store.answers(interview) == {"story": "we worked 16 hours a day"}


def test_remove_instance_shifts_later_instances(
    store: Store, questionnaire_ref: FakeQuestionnaireRef
) -> None:
    interview = store.new_interview(questionnaire_ref, "AB12")
    for index, country in enumerate(["RU", "QA", "CN"]):
        store.save_answer(interview, "posting_country", country, ("postings", index))
    assert store.add_instance(interview, "postings") == 3
    store.remove_instance(interview, "postings", 0)
    assert store.answers(interview)["postings"] == [
        {"posting_country": "QA"},
        {"posting_country": "CN"},
        {},
    ]
    with pytest.raises(StoreError, match="no instance 4"):
        store.remove_instance(interview, "postings", 3)


def test_finalize_discards_originals_without_keep_original_consent(
    store: Store, questionnaire_ref: FakeQuestionnaireRef
) -> None:
    interview = store.new_interview(questionnaire_ref, "AB12")
    store.save_consent(interview, {"research": True, "keep_original": False})
    store.save_answer(interview, "story", "Kim Chol took my passport")
    finding = {"type": "PERSON", "start": 0, "end": 8, "score": 0.9, "recognizer": "x",
               "action": "pseudonym", "replacement": "[PERSON-1]"}  # fmt: skip
    store.save_redaction(
        interview, "story", None, "Kim Chol took my passport",
        "[PERSON-1] took my passport", [finding], {"reject": [], "add": []},
    )  # fmt: skip
    store.save_pseudonyms(interview, '{"PERSON": {"Kim Chol": 1}}')
    store.finalize(interview)
    assert store.answers(interview) == {"story": "[PERSON-1] took my passport"}
    [record] = store.redactions(interview)
    assert record.original is None and record.findings == [finding]
    assert store.pseudonyms(interview) is None
    with pytest.raises(StoreError, match="is finalized"):
        store.save_answer(interview, "story", "more")


def test_finalize_keeps_originals_sealed_with_consent(
    store: Store, questionnaire_ref: FakeQuestionnaireRef
) -> None:
    interview = store.new_interview(questionnaire_ref, "AB12")
    store.save_consent(interview, {"keep_original": True})
    store.save_answer(interview, "story", "Kim Chol", ("postings", 0))
    store.save_redaction(interview, "story", ("postings", 0), "Kim Chol", "[PERSON-1]", [], {})
    store.save_pseudonyms(interview, "{}")
    store.finalize(interview)
    assert store.answers(interview) == {"postings": [{"story": "[PERSON-1]"}]}
    [record] = store.redactions(interview)
    assert record.original == "Kim Chol"
    assert record.instance == RepeatInstance("postings", 0)
    assert store.pseudonyms(interview) == "{}"


def test_states_and_export(store: Store, questionnaire_ref: FakeQuestionnaireRef) -> None:
    draft = store.new_interview(questionnaire_ref, "AB12")
    done = store.new_interview(questionnaire_ref, "AB12")
    store.finalize(done)
    with pytest.raises(StoreError, match="not finalized"):
        store.mark_exported([done, draft])
    assert store.counts() == {"draft": 1, "finalized": 1, "exported": 0}  # all or nothing
    store.mark_exported([done])
    assert store.counts() == {"draft": 1, "finalized": 0, "exported": 1}
    assert [s.id for s in store.interviews("draft")] == [draft]
    actions = [e.action for e in store.audit_entries()]
    assert actions.count("interview.export") == 1


def test_export_erases_content_from_the_device(
    store: Store, questionnaire_ref: FakeQuestionnaireRef
) -> None:
    interview = store.new_interview(questionnaire_ref, "AB12")
    store.save_consent(interview, {"keep_original": True})
    store.save_answer(interview, "story", "Kim Chol", ("postings", 0))
    store.save_redaction(interview, "story", ("postings", 0), "Kim Chol", "[PERSON-1]", [], {})
    store.save_pseudonyms(interview, '{"Kim Chol": "[PERSON-1]"}')
    store.set_deny_list(interview, ["Kim Chol"])
    store.finalize(interview)
    store.mark_exported([interview])
    assert store.answers(interview) == {}
    assert store.redactions(interview) == []
    assert store.pseudonyms(interview) is None
    assert store.deny_list(interview) == []
    summary = store.interview(interview)
    assert (summary.state, summary.interviewer, summary.answered) == ("exported", "AB12", 0)


def test_deny_list_and_consent(store: Store, questionnaire_ref: FakeQuestionnaireRef) -> None:
    interview = store.new_interview(questionnaire_ref, "AB12")
    assert store.consent(interview) is None
    store.save_consent(interview, {"research": True})
    assert store.consent(interview) == {"research": True}
    store.set_deny_list(interview, ["Kim Chol", " Kim Chol ", "Hoeryong", ""])
    assert store.deny_list(interview) == ["Kim Chol", "Hoeryong"]
    with pytest.raises(StoreError, match="true or false"):
        store.save_consent(interview, {"research": "yes"})  # type: ignore[dict-item]


def test_recipients(store: Store) -> None:
    store.add_recipient("seoul office", "age1pq1abc", "3f9a")
    with pytest.raises(StoreError, match="already exists"):
        store.add_recipient("seoul office", "age1pq1def", "0000")
    with pytest.raises(StoreError, match="another name"):
        store.add_recipient("other", "age1pq1abc", "3f9a")
    assert [(r.name, r.recipient, r.fingerprint) for r in store.recipients()] == [
        ("seoul office", "age1pq1abc", "3f9a")
    ]
    store.remove_recipient("seoul office")
    assert store.recipients() == []
    with pytest.raises(StoreError, match="no recipient"):
        store.remove_recipient("seoul office")


def test_device_key_is_created_once_and_kept(home: Path) -> None:
    with Store.create(home, PASSPHRASE, kdf=KdfParams.FLOOR) as store:
        key = store.device_signing_key()
        assert isinstance(key, Ed25519PrivateKey)
        public = key.public_key().public_bytes_raw()
    with Store.open(home, PASSPHRASE) as store:
        assert store.device_signing_key().public_key().public_bytes_raw() == public


def test_interview_ids_are_random_base32() -> None:
    assert interview_id_from(bytes(7)) == "0000000000"
    assert interview_id_from(b"\xff" * 7) == "zzzzzzzzzz"
    assert interview_id_from(bytes.fromhex("00000000000040")) == "0000000001"


def test_new_interview_ids_are_random_and_distinct(
    store: Store, questionnaire_ref: FakeQuestionnaireRef
) -> None:
    ids = [store.new_interview(questionnaire_ref, "AB12") for _ in range(20)]
    assert len(set(ids)) == 20
    assert all(re.fullmatch(r"[0-9a-hjkmnp-tv-z]{10}", i) for i in ids)
    # Random, not counted: no two consecutive ids share their first five characters.
    assert all(a[:5] != b[:5] for a, b in itertools.pairwise(ids))


def test_lock_drops_access(store: Store, questionnaire_ref: FakeQuestionnaireRef) -> None:
    store.lock()
    assert store.locked
    with pytest.raises(StoreError, match="locked"):
        store.new_interview(questionnaire_ref, "AB12")
    with pytest.raises(StoreError, match="locked"):
        store.change_passphrase("x")


def test_change_passphrase_rewraps_without_touching_the_database(home: Path) -> None:
    with Store.create(home, PASSPHRASE, kdf=KdfParams.FLOOR) as store:
        store.change_passphrase("new passphrase")
    with pytest.raises(WrongPassphrase):
        Store.open(home, PASSPHRASE, sleep=lambda _: None)
    with Store.open(home, "new passphrase", sleep=lambda _: None) as store:
        assert store.audit_entries()[-1].action in {"unlock.after_failures"}
        assert [e.action for e in store.audit_entries()][:2] == [
            "store.init",
            "store.passphrase_change",
        ]


def test_batch_is_all_or_nothing(store: Store, questionnaire_ref: FakeQuestionnaireRef) -> None:
    interview = store.new_interview(questionnaire_ref, "AB12")
    with pytest.raises(StoreError), store.batch():
        store.save_answer(interview, "a", 1)
        store.save_answer(interview, "b", float("nan"))  # not JSON: the batch is undone
    assert store.answers(interview) == {}


def test_settings(store: Store) -> None:
    assert store.settings()["idle_lock_minutes"] == 5
    store.set_setting("idle_lock_minutes", 2)
    assert store.settings()["idle_lock_minutes"] == 2
    with pytest.raises(StoreError, match="unknown setting"):
        store.set_setting("colour", "red")


def test_supervisor_role(tmp_path: Path) -> None:
    with Store.create(tmp_path / "s", PASSPHRASE, kdf=KdfParams.FLOOR, supervisor=True) as store:
        assert store.role == "supervisor"
    with Store.open(tmp_path / "s", PASSPHRASE) as store:
        assert store.role == "supervisor"


def test_create_refuses_an_existing_store(store: Store, home: Path) -> None:
    with pytest.raises(StoreError, match="already exists"):
        Store.create(home, PASSPHRASE, kdf=KdfParams.FLOOR)


def test_kdf_below_the_floor_is_refused(tmp_path: Path) -> None:
    weak = KdfParams(memory_kib=32 * 1024, iterations=3, lanes=4)
    with pytest.raises(StoreError, match="out of bounds"):
        Store.create(tmp_path / "h", PASSPHRASE, kdf=weak)
