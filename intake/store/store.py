"""The store: one SQLCipher database per home directory, opened through a key slot.

The public methods draw randomness and the clock, then call code that takes
them as arguments. Every write is committed before the method returns.
Formats and guarantees: docs/storage.md.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, NamedTuple, Protocol

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from intake.errors import StoreError, WrongPassphrase
from intake.store import keyslot
from intake.store.audit import AuditEntry, next_entry, verify_chain
from intake.store.database import Connection, open_database, translate_errors
from intake.store.files import FILE_MODE, make_private_dir, os_failure, tighten, write_atomic
from intake.store.keyslot import KdfParams, KeySlot, calibrate_kdf
from intake.store.layout import DATABASE_FILE, KEYSLOT_FILE, STORE_FILES
from intake.store.lockout import Lockout, check_wipe_threshold, read_lockout, write_lockout
from intake.store.migrations import migrate
from intake.store.shred import wipe

STATES = ("draft", "finalized", "exported")
ROLES = ("field", "supervisor")
DEFAULT_SETTINGS: dict[str, Any] = {"idle_lock_minutes": 5}
_ID_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"  # Crockford base32, lower case
_TOP = ("", -1)  # (repeat group, instance) of a top-level answer


class QuestionnaireRef(Protocol):
    """What the store records about a questionnaire (``intake.questionnaire.Questionnaire``)."""

    @property
    def id(self) -> str: ...

    @property
    def version(self) -> str: ...

    @property
    def hash(self) -> str: ...


class RepeatInstance(NamedTuple):
    """An instance of a repeat group: the group id and the index, from 0."""

    group: str
    position: int


@dataclass(frozen=True)
class InterviewSummary:
    """What may be shown about an interview without showing any answer."""

    id: str
    interviewer: str
    questionnaire_id: str
    questionnaire_version: str
    questionnaire_hash: str
    state: str
    created: str
    updated: str
    finalized: str | None
    exported: str | None
    answered: int


@dataclass(frozen=True)
class RedactionRecord:
    """A narrative answer's redaction: ``original`` is None once discarded at finalize."""

    question_id: str
    instance: RepeatInstance | None
    original: str | None = field(repr=False)  # never in a log or a traceback
    redacted: str
    findings: list[dict[str, Any]]
    decisions: dict[str, Any]


@dataclass(frozen=True)
class Recipient:
    """A supervisor's public recipient, as added on this device."""

    name: str
    recipient: str
    fingerprint: str
    added: str


def utc_now() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def interview_id_from(random: bytes) -> str:
    """A 10-character Crockford base32 id from 7 random bytes (50 bits used)."""
    if len(random) != 7:
        raise ValueError("need 7 random bytes")
    number = int.from_bytes(random, "big") >> 6
    return "".join(_ID_ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(10)))


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def _position(instance: tuple[str, int] | None) -> tuple[str, int]:
    if instance is None:
        return _TOP
    group, index = instance
    if not group or not isinstance(index, int) or index < 0:
        raise StoreError("a repeat instance is a group id and an index from 0")
    return group, index


def _instance(group: str, index: int) -> RepeatInstance | None:
    return None if group == "" else RepeatInstance(group, index)


class Store:
    """An unlocked store. Create with :meth:`create`, open with :meth:`open`."""

    def __init__(self, home: Path, db: Connection, key: bytes, params: KdfParams) -> None:
        self.home = home
        self._db: Connection | None = db
        self._key: bytes | None = key
        self._params = params
        self._mutex = threading.RLock()
        self._depth = 0
        self._erased = False  # a batch erased content: checkpoint when it commits
        with self._read() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'role'").fetchone()
        self.role: str = row[0] if row else "field"

    # -- life cycle ---------------------------------------------------------

    @staticmethod
    def exists(home: Path) -> bool:
        """Whether ``home`` holds a store (its key slot)."""
        return (home / KEYSLOT_FILE).exists()

    @classmethod
    def create(
        cls,
        home: Path,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        supervisor: bool = False,
    ) -> Store:
        """Create a store in ``home``: database, device signing key, first audit entry, key slot.

        ``kdf`` defaults to :func:`calibrate_kdf` (about a second). The key slot is
        written last, so an interrupted create leaves no half-usable store.
        """
        params = kdf or calibrate_kdf()
        params.check()
        return cls._create(
            home,
            passphrase,
            params,
            db_key=secrets.token_bytes(keyslot.KEY_SIZE),
            device_seed=secrets.token_bytes(32),
            role="supervisor" if supervisor else "field",
            now=utc_now(),
        )

    @classmethod
    def _create(
        cls,
        home: Path,
        passphrase: str,
        params: KdfParams,
        *,
        db_key: bytes,
        device_seed: bytes,
        role: str,
        now: str,
    ) -> Store:
        if cls.exists(home):
            raise StoreError(f"a store already exists in {home}", hint="use another --home")
        if (home / DATABASE_FILE).exists():
            raise StoreError(
                f"{home} holds a database without a key slot (an interrupted init or wipe)",
                hint="run 'intake wipe' on it first",
            )
        make_private_dir(home)
        try:
            db = open_database(home / DATABASE_FILE, db_key, create=True)
        except OSError as exc:
            raise os_failure("create", home / DATABASE_FILE, exc) from None
        store = None
        try:
            migrate(db)
            with translate_errors():
                db.execute("BEGIN IMMEDIATE")
                db.executemany(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    [("role", role), ("created", now)],
                )
                db.execute(
                    "INSERT INTO device_key (id, private_key, created) VALUES (1, ?, ?)",
                    (device_seed, now),
                )
                _append_audit(db, now, "store.init", None)
                db.execute("COMMIT")
            store = cls(home, db, db_key, params)
            write_atomic(home / KEYSLOT_FILE, keyslot.wrap(db_key, passphrase, params).to_bytes())
        except BaseException:
            db.close()
            (home / DATABASE_FILE).unlink(missing_ok=True)
            for suffix in ("-wal", "-shm"):
                (home / (DATABASE_FILE + suffix)).unlink(missing_ok=True)
            raise
        return store

    @classmethod
    def open(
        cls,
        home: Path,
        passphrase: str,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> Store:
        """Unlock the store in ``home``.

        Waits after earlier failures (see :class:`~intake.store.lockout.Lockout`),
        counts a failure before reporting it, and wipes the store when the
        optional threshold is reached. Raises WrongPassphrase or StoreError.
        """
        slot = cls._read_slot(home)
        lockout = read_lockout(home)
        sleep(lockout.delay())
        try:
            key = slot.unwrap(passphrase)
        except WrongPassphrase:
            failed = Lockout(lockout.failures + 1, lockout.wipe_after_failures)
            if failed.must_wipe():
                wipe(home)
                raise StoreError("too many failed unlocks: the store was wiped") from None
            with contextlib.suppress(StoreError):
                write_lockout(home, failed)
            raise
        for name in STORE_FILES:
            with contextlib.suppress(OSError):
                tighten(home / name, FILE_MODE)
        db = open_database(home / DATABASE_FILE, key)
        try:
            migrate(db)
            store = cls(home, db, key, slot.params)
        except BaseException:
            db.close()
            raise
        if lockout.failures:
            write_lockout(home, Lockout(0, lockout.wipe_after_failures))
            store.audit("unlock.after_failures")
        return store

    @classmethod
    def key_parameters(cls, home: Path) -> KdfParams:
        """The key slot's public KDF parameters; raises StoreError when there is no usable slot."""
        return cls._read_slot(home).params

    @staticmethod
    def _read_slot(home: Path) -> KeySlot:
        path = home / KEYSLOT_FILE
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            if (home / DATABASE_FILE).exists():
                raise StoreError(
                    f"the key slot of {home} is missing", hint="restore it from a backup or wipe"
                ) from None
            raise StoreError(f"no store in {home}", hint="run 'intake init'") from None
        except OSError as exc:
            raise os_failure("read", path, exc) from None
        return KeySlot.from_bytes(data)

    wipe = staticmethod(wipe)

    @property
    def locked(self) -> bool:
        return self._db is None

    def lock(self) -> None:
        """Close the connection and drop the keys; every later call raises StoreError."""
        with self._mutex:
            if self._db is not None:
                with contextlib.suppress(Exception):
                    self._db.close()
            self._db = None
            self._key = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.lock()

    @property
    def kdf_params(self) -> KdfParams:
        return self._params

    def change_passphrase(self, new_passphrase: str) -> None:
        """Rewrap the database key under a new passphrase (new salt, same parameters)."""
        with self._mutex:
            if self._key is None:
                raise StoreError("the store is locked")
            slot = keyslot.wrap(self._key, new_passphrase, self._params)
            write_atomic(self.home / KEYSLOT_FILE, slot.to_bytes())
        self.audit("store.passphrase_change")

    def file_sizes(self) -> dict[str, int]:
        """Size in bytes of each store file present in the home directory."""
        sizes = {}
        for name in STORE_FILES:
            with contextlib.suppress(OSError):
                sizes[name] = (self.home / name).stat().st_size
        return sizes

    # -- transactions -------------------------------------------------------

    @contextlib.contextmanager
    def _read(self) -> Iterator[Connection]:
        with self._mutex:
            if self._db is None:
                raise StoreError("the store is locked", hint="unlock it again")
            with translate_errors():
                yield self._db

    @contextlib.contextmanager
    def _write(self) -> Iterator[Connection]:
        with self._mutex:
            if self._db is None:
                raise StoreError("the store is locked", hint="unlock it again")
            db = self._db
            if self._depth:
                self._depth += 1
                try:
                    yield db
                finally:
                    self._depth -= 1
                return
            with translate_errors():
                db.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                with translate_errors():
                    yield db
                    db.execute("COMMIT")
            except BaseException:
                self._erased = False
                with contextlib.suppress(Exception):
                    db.execute("ROLLBACK")
                raise
            finally:
                self._depth = 0
            if self._erased:
                self._checkpoint()

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Group several writes into one transaction: all are saved, or none."""
        with self._write():
            yield

    def reader(self) -> contextlib.AbstractContextManager[Connection]:
        """The connection, to read tables another area owns (the supervisor's, migration 2)."""
        return self._read()

    def transaction(self) -> contextlib.AbstractContextManager[Connection]:
        """A write transaction on tables another area owns; nests inside :meth:`batch`."""
        return self._write()

    # -- settings -----------------------------------------------------------

    def settings(self) -> dict[str, Any]:
        with self._read() as db:
            rows = db.execute("SELECT key, value FROM settings").fetchall()
        return {**DEFAULT_SETTINGS, **{key: json.loads(value) for key, value in rows}}

    def set_setting(self, key: str, value: Any) -> None:
        if key not in DEFAULT_SETTINGS:
            raise StoreError(f"unknown setting '{key}'")
        with self._write() as db:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, _dumps(value)),
            )

    def wipe_after_failures(self) -> int | None:
        return read_lockout(self.home).wipe_after_failures

    def set_wipe_after_failures(self, count: int | None) -> None:
        """Wipe the store after ``count`` failed unlocks in a row (None: never). See caveats."""
        check_wipe_threshold(count)
        write_lockout(self.home, Lockout(read_lockout(self.home).failures, count))

    # -- interviews ---------------------------------------------------------

    def new_interview(self, questionnaire: QuestionnaireRef, interviewer_code: str) -> str:
        """Start a draft interview; returns its random id."""
        return self._new_interview(
            questionnaire, interviewer_code, interview_id_from(secrets.token_bytes(7)), utc_now()
        )

    def _new_interview(
        self, questionnaire: QuestionnaireRef, interviewer_code: str, interview_id: str, now: str
    ) -> str:
        code = interviewer_code.strip()
        if not code or len(code) > 64 or not code.isprintable():
            raise StoreError("interviewer code must be 1 to 64 printable characters")
        with self._write() as db:
            db.execute(
                "INSERT INTO interviews (id, interviewer, questionnaire_id, questionnaire_version, "
                "questionnaire_hash, state, created, updated) "
                "VALUES (?, ?, ?, ?, ?, 'draft', ?, ?)",
                (
                    interview_id,
                    code,
                    questionnaire.id,
                    questionnaire.version,
                    questionnaire.hash,
                    now,
                    now,
                ),
            )
            _append_audit(db, now, "interview.create", interview_id)
        return interview_id

    _SUMMARY = (
        "SELECT i.id, i.interviewer, i.questionnaire_id, i.questionnaire_version, "
        "i.questionnaire_hash, i.state, i.created, i.updated, i.finalized, i.exported, "
        "(SELECT count(*) FROM answers a WHERE a.interview_id = i.id) FROM interviews i"
    )

    def interview(self, interview_id: str) -> InterviewSummary:
        with self._read() as db:
            row = db.execute(self._SUMMARY + " WHERE i.id = ?", (interview_id,)).fetchone()
        if row is None:
            raise StoreError(f"no interview '{interview_id}'")
        return InterviewSummary(*row)

    def interviews(self, state: str | None = None) -> list[InterviewSummary]:
        """Summaries, oldest first; only those in ``state`` when given."""
        if state is not None and state not in STATES:
            raise StoreError(f"unknown state '{state}'")
        with self._read() as db:
            if state is None:
                rows = db.execute(self._SUMMARY + " ORDER BY i.created, i.id").fetchall()
            else:
                rows = db.execute(
                    self._SUMMARY + " WHERE i.state = ? ORDER BY i.created, i.id", (state,)
                ).fetchall()
        return [InterviewSummary(*row) for row in rows]

    def counts(self) -> dict[str, int]:
        """Number of interviews in each state."""
        with self._read() as db:
            rows = db.execute("SELECT state, count(*) FROM interviews GROUP BY state").fetchall()
        return {state: 0 for state in STATES} | dict(rows)

    def _state(self, db: Connection, interview_id: str) -> str:
        row = db.execute("SELECT state FROM interviews WHERE id = ?", (interview_id,)).fetchone()
        if row is None:
            raise StoreError(f"no interview '{interview_id}'")
        return str(row[0])

    def _draft(self, db: Connection, interview_id: str, now: str) -> None:
        state = self._state(db, interview_id)
        if state != "draft":
            raise StoreError(f"interview '{interview_id}' is {state}: it cannot change")
        db.execute("UPDATE interviews SET updated = ? WHERE id = ?", (now, interview_id))

    # -- consent, answers, redactions ---------------------------------------

    def save_consent(self, interview_id: str, consent: Mapping[str, bool]) -> None:
        if not all(isinstance(k, str) and isinstance(v, bool) for k, v in consent.items()):
            raise StoreError("consent must map scope ids to true or false")
        now = utc_now()
        with self._write() as db:
            self._draft(db, interview_id, now)
            db.execute(
                "UPDATE interviews SET consent = ? WHERE id = ?",
                (_dumps(dict(consent)), interview_id),
            )
            _append_audit(db, now, "consent.save", interview_id)

    def consent(self, interview_id: str) -> dict[str, bool] | None:
        with self._read() as db:
            self._state(db, interview_id)
            row = db.execute(
                "SELECT consent FROM interviews WHERE id = ?", (interview_id,)
            ).fetchone()
        return None if row[0] is None else dict(json.loads(row[0]))

    def save_answer(
        self,
        interview_id: str,
        question_id: str,
        value: Any,
        instance: tuple[str, int] | None = None,
    ) -> None:
        """Save one answer (``None`` removes it); committed to disk before returning."""
        if value is None:
            self.delete_answer(interview_id, question_id, instance)
            return
        group, index = _position(instance)
        try:
            encoded = _dumps(value)
        except (TypeError, ValueError):
            raise StoreError(f"answer to question '{question_id}' is not a JSON value") from None
        now = utc_now()
        with self._write() as db:
            self._draft(db, interview_id, now)
            db.execute(
                "INSERT INTO answers (interview_id, question_id, repeat_group, instance, value, "
                "updated) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (interview_id, question_id, "
                "repeat_group, instance) DO UPDATE SET value = excluded.value, "
                "updated = excluded.updated",
                (interview_id, question_id, group, index, encoded, now),
            )
            if group:
                db.execute(
                    "INSERT INTO repeat_instances (interview_id, repeat_group, count) "
                    "VALUES (?, ?, ?) ON CONFLICT (interview_id, repeat_group) "
                    "DO UPDATE SET count = max(count, excluded.count)",
                    (interview_id, group, index + 1),
                )

    def delete_answer(
        self, interview_id: str, question_id: str, instance: tuple[str, int] | None = None
    ) -> None:
        group, index = _position(instance)
        with self._write() as db:
            self._draft(db, interview_id, utc_now())
            for table in ("answers", "redactions"):
                db.execute(
                    f"DELETE FROM {table} WHERE interview_id = ? AND question_id = ? "  # noqa: S608
                    "AND repeat_group = ? AND instance = ?",
                    (interview_id, question_id, group, index),
                )

    def add_instance(self, interview_id: str, group: str) -> int:
        """Add an (empty) instance to a repeat group; returns its index."""
        with self._write() as db:
            self._draft(db, interview_id, utc_now())
            count = self._instance_count(db, interview_id, group)
            db.execute(
                "INSERT INTO repeat_instances (interview_id, repeat_group, count) VALUES (?, ?, ?) "
                "ON CONFLICT (interview_id, repeat_group) DO UPDATE SET count = excluded.count",
                (interview_id, group, count + 1),
            )
        return count

    def remove_instance(self, interview_id: str, group: str, index: int) -> None:
        """Remove one instance of a repeat group; later instances move down by one."""
        with self._write() as db:
            self._draft(db, interview_id, utc_now())
            count = self._instance_count(db, interview_id, group)
            if not 0 <= index < count:
                raise StoreError(f"repeat group '{group}' has no instance {index + 1}")
            for table in ("answers", "redactions"):
                where = f"FROM {table} WHERE interview_id = ? AND repeat_group = ?"
                db.execute(f"DELETE {where} AND instance = ?", (interview_id, group, index))
                # Two steps through negative numbers, so no primary key collides midway.
                db.execute(
                    f"UPDATE {table} SET instance = -instance - 2 "  # noqa: S608
                    "WHERE interview_id = ? AND repeat_group = ? AND instance > ?",
                    (interview_id, group, index),
                )
                db.execute(
                    f"UPDATE {table} SET instance = -instance - 3 "  # noqa: S608
                    "WHERE interview_id = ? AND repeat_group = ? AND instance < -1",
                    (interview_id, group),
                )
            db.execute(
                "UPDATE repeat_instances SET count = ? WHERE interview_id = ? AND repeat_group = ?",
                (count - 1, interview_id, group),
            )

    @staticmethod
    def _instance_count(db: Connection, interview_id: str, group: str) -> int:
        row = db.execute(
            "SELECT count FROM repeat_instances WHERE interview_id = ? AND repeat_group = ?",
            (interview_id, group),
        ).fetchone()
        return int(row[0]) if row else 0

    def answers(self, interview_id: str) -> dict[str, Any]:
        """The interview's answers in the Answers contract (docs/architecture.md)."""
        with self._read() as db:
            self._state(db, interview_id)
            rows = db.execute(
                "SELECT question_id, repeat_group, instance, value FROM answers "
                "WHERE interview_id = ? ORDER BY repeat_group, instance",
                (interview_id,),
            ).fetchall()
            counts = db.execute(
                "SELECT repeat_group, count FROM repeat_instances WHERE interview_id = ?",
                (interview_id,),
            ).fetchall()
        result: dict[str, Any] = {group: [{} for _ in range(count)] for group, count in counts}
        for question_id, group, index, value in rows:
            if group == "":
                result[question_id] = json.loads(value)
            else:
                result[group][index][question_id] = json.loads(value)
        return result

    def save_redaction(
        self,
        interview_id: str,
        question_id: str,
        instance: tuple[str, int] | None,
        original: str,
        redacted: str,
        findings: Sequence[Mapping[str, Any]],
        decisions: Mapping[str, Any],
    ) -> None:
        """Save a narrative answer's original, redacted text, findings and decisions."""
        group, index = _position(instance)
        try:
            encoded = (_dumps([dict(f) for f in findings]), _dumps(dict(decisions)))
        except (TypeError, ValueError):
            raise StoreError("findings and decisions must be JSON values") from None
        with self._write() as db:
            self._draft(db, interview_id, utc_now())
            db.execute(
                "INSERT INTO redactions (interview_id, question_id, repeat_group, instance, "
                "original, redacted, findings, decisions) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (interview_id, question_id, repeat_group, instance) DO UPDATE SET "
                "original = excluded.original, redacted = excluded.redacted, "
                "findings = excluded.findings, decisions = excluded.decisions",
                (interview_id, question_id, group, index, original, redacted, *encoded),
            )

    def redactions(self, interview_id: str) -> list[RedactionRecord]:
        with self._read() as db:
            self._state(db, interview_id)
            rows = db.execute(
                "SELECT question_id, repeat_group, instance, original, redacted, findings, "
                "decisions FROM redactions WHERE interview_id = ? "
                "ORDER BY repeat_group, instance, question_id",
                (interview_id,),
            ).fetchall()
        return [
            RedactionRecord(
                question_id,
                _instance(group, index),
                original,
                redacted,
                json.loads(findings),
                json.loads(decisions),
            )
            for question_id, group, index, original, redacted, findings, decisions in rows
        ]

    def pseudonyms(self, interview_id: str) -> str | None:
        """The interview's pseudonym map as stored (``PseudonymMap.to_json()``), or None."""
        with self._read() as db:
            self._state(db, interview_id)
            row = db.execute(
                "SELECT pseudonyms FROM interviews WHERE id = ?", (interview_id,)
            ).fetchone()
        return None if row[0] is None else str(row[0])

    def save_pseudonyms(self, interview_id: str, pseudonyms_json: str) -> None:
        with self._write() as db:
            self._draft(db, interview_id, utc_now())
            db.execute(
                "UPDATE interviews SET pseudonyms = ? WHERE id = ?", (pseudonyms_json, interview_id)
            )

    def deny_list(self, interview_id: str) -> list[str]:
        with self._read() as db:
            self._state(db, interview_id)
            row = db.execute("SELECT deny FROM interviews WHERE id = ?", (interview_id,)).fetchone()
        return list(json.loads(row[0]))

    def set_deny_list(self, interview_id: str, terms: Iterable[str]) -> None:
        """Replace the interview's deny list (names always redacted in every answer)."""
        cleaned = list(dict.fromkeys(t.strip() for t in terms if t.strip()))
        with self._write() as db:
            self._draft(db, interview_id, utc_now())
            db.execute(
                "UPDATE interviews SET deny = ? WHERE id = ?", (_dumps(cleaned), interview_id)
            )

    # -- states -------------------------------------------------------------

    def finalize(self, interview_id: str) -> None:
        """Lock a draft: redacted answers replace originals, which are kept sealed or discarded.

        Originals and the pseudonym map are kept (sealed) only when consent scope
        ``keep_original`` is true; otherwise they are erased in the same transaction.
        """
        now = utc_now()
        with self._write() as db:
            self._draft(db, interview_id, now)
            row = db.execute(
                "SELECT consent FROM interviews WHERE id = ?", (interview_id,)
            ).fetchone()
            keep = bool(row[0] and json.loads(row[0]).get("keep_original") is True)
            same = (
                "r.interview_id = answers.interview_id AND r.question_id = answers.question_id "
                "AND r.repeat_group = answers.repeat_group AND r.instance = answers.instance"
            )
            db.execute(
                f"UPDATE answers SET value = (SELECT json_quote(r.redacted) FROM redactions r "  # noqa: S608
                f"WHERE {same}) WHERE interview_id = ? "
                f"AND EXISTS (SELECT 1 FROM redactions r WHERE {same})",
                (interview_id,),
            )
            if not keep:
                db.execute(
                    "UPDATE redactions SET original = NULL WHERE interview_id = ?", (interview_id,)
                )
                db.execute("UPDATE interviews SET pseudonyms = NULL WHERE id = ?", (interview_id,))
            db.execute(
                "UPDATE interviews SET state = 'finalized', finalized = ? WHERE id = ?",
                (now, interview_id),
            )
            _append_audit(db, now, "interview.finalize", interview_id)
        self._checkpoint()

    def mark_exported(self, interview_ids: Iterable[str]) -> None:
        """Mark finalized interviews exported and erase their content, all or none.

        After export the device keeps only the interview's metadata (id, interviewer
        code, questionnaire, dates, state) and its audit entries: answers, redactions,
        originals, the deny list and the pseudonym map are deleted in the same
        transaction (``secure_delete`` overwrites the freed pages), so a compelled
        interviewer cannot reveal what left the device.
        """
        now = utc_now()
        with self._write() as db:
            for interview_id in interview_ids:
                state = self._state(db, interview_id)
                if state != "finalized":
                    raise StoreError(f"interview '{interview_id}' is {state}, not finalized")
                for table in ("answers", "redactions", "repeat_instances"):
                    db.execute(
                        f"DELETE FROM {table} WHERE interview_id = ?",  # noqa: S608
                        (interview_id,),
                    )
                db.execute(
                    "UPDATE interviews SET state = 'exported', exported = ?, updated = ?, "
                    "deny = '[]', pseudonyms = NULL WHERE id = ?",
                    (now, now, interview_id),
                )
                _append_audit(db, now, "interview.export", interview_id)
        self._checkpoint()

    def _checkpoint(self) -> None:
        """Copy the WAL into ``intake.db`` and empty it, so erased content leaves the file now.

        Until a checkpoint, ``intake.db`` keeps the pages as they were before the
        change: a copy of that file alone would still hold what was just erased.
        Best effort: when another process reads the store, the checkpoint that
        closing the store runs finishes the work.
        """
        with self._mutex:
            if self._depth:  # inside a batch: run once it has committed
                self._erased = True
                return
            self._erased = False
            with self._read() as db:
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()

    # -- recipients and the device key --------------------------------------

    def add_recipient(self, name: str, recipient: str, fingerprint: str) -> None:
        name = name.strip()
        if not name or not name.isprintable() or len(name) > 64:
            raise StoreError("recipient name must be 1 to 64 printable characters")
        now = utc_now()
        with self._write() as db:
            if db.execute("SELECT 1 FROM recipients WHERE name = ?", (name,)).fetchone():
                raise StoreError(f"a recipient named '{name}' already exists")
            if db.execute("SELECT 1 FROM recipients WHERE recipient = ?", (recipient,)).fetchone():
                raise StoreError("this recipient is already added under another name")
            db.execute(
                "INSERT INTO recipients (name, recipient, fingerprint, added) VALUES (?, ?, ?, ?)",
                (name, recipient, fingerprint, now),
            )
            _append_audit(db, now, "recipient.add", None)

    def recipients(self) -> list[Recipient]:
        with self._read() as db:
            rows = db.execute(
                "SELECT name, recipient, fingerprint, added FROM recipients ORDER BY name"
            ).fetchall()
        return [Recipient(*row) for row in rows]

    def remove_recipient(self, name: str) -> None:
        now = utc_now()
        with self._write() as db:
            if db.execute("DELETE FROM recipients WHERE name = ?", (name,)).rowcount == 0:
                raise StoreError(f"no recipient named '{name}'")
            _append_audit(db, now, "recipient.remove", None)

    def device_signing_key(self) -> Ed25519PrivateKey:
        """The device's Ed25519 signing key, created at init."""
        with self._read() as db:
            row = db.execute("SELECT private_key FROM device_key WHERE id = 1").fetchone()
        if row is None:
            raise StoreError("the store has no device key", hint="the database is damaged")
        return Ed25519PrivateKey.from_private_bytes(bytes(row[0]))

    # -- audit --------------------------------------------------------------

    def audit(self, action: str, interview_id: str | None = None) -> AuditEntry:
        """Append an audit entry (a short action word; never answer text)."""
        with self._write() as db:
            return _append_audit(db, utc_now(), action, interview_id)

    def audit_entries(self) -> list[AuditEntry]:
        with self._read() as db:
            rows = db.execute(
                "SELECT seq, time, action, interview_id, prev_hash, hash FROM audit ORDER BY seq"
            ).fetchall()
        return [AuditEntry(*row) for row in rows]

    def verify_audit(self) -> int:
        """Check the hash chain; returns the number of entries or raises naming the bad one."""
        return verify_chain(self.audit_entries())

    def integrity_check(self) -> list[str]:
        """Problems found by SQLCipher's and SQLite's integrity checks ([] when none)."""
        with self._read() as db:
            problems = [str(row[0]) for row in db.execute("PRAGMA cipher_integrity_check")]
            problems += [
                str(row[0]) for row in db.execute("PRAGMA integrity_check") if row[0] != "ok"
            ]
        return problems


def _append_audit(db: Connection, now: str, action: str, interview_id: str | None) -> AuditEntry:
    row = db.execute(
        "SELECT seq, time, action, interview_id, prev_hash, hash FROM audit "
        "ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    entry = next_entry(AuditEntry(*row) if row else None, now, action, interview_id)
    db.execute(
        "INSERT INTO audit (seq, time, action, interview_id, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (entry.seq, entry.time, entry.action, entry.interview_id, entry.prev_hash, entry.hash),
    )
    return entry
