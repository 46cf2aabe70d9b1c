"""Supervisor workspace: import throughput and dataset export time.

Import: 100 bundles of 10 interviews each, from one field device, imported
into a fresh supervisor store; the baseline is verifying the same bundles
with ``open_bundle`` alone (decryption, signature, hashes), so the ratio is
the cost of recording on top of the cryptography. Export: 10,000 interviews
written as ``interviews.csv``, ``postings.csv`` and the codebook after the
disclosure check; the baseline is writing the same rows with the plain csv
module. Runs in about two minutes; nothing is asserted.
"""

from __future__ import annotations

import csv
import json
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from intake.crypto import minisign
from intake.crypto.bundle import open_bundle
from intake.crypto.export import export
from intake.crypto.keys import fingerprint
from intake.questionnaire import Questionnaire, load_questionnaire
from intake.store import KdfParams, Store
from intake.store.ingest import parse_request, record
from intake.supervisor import (
    create_identity,
    export_dataset,
    identities,
    import_bundle,
    load_dataset,
    trust_device,
)
from intake.supervisor.columns import table_columns, table_rows

ROOT = Path(__file__).resolve().parents[1]
BUNDLES, PER_BUNDLE, EXPORTED = 100, 10, 10_000


def _answers(rng: random.Random, questionnaire: Questionnaire) -> dict[str, Any]:
    countries = [c.value for c in questionnaire.question("posting_country").choices]
    sectors = [c.value for c in questionnaire.question("posting_sector").choices]
    return {
        "sex": rng.choice(["male", "female"]),
        "birth_year": rng.randint(1960, 2000),
        "home_province": rng.choice(["pyongyang", "north_hamgyong", "rason"]),
        "reasons": sorted(rng.sample(["earn_money", "family_debt", "no_food"], 2)),
        "passport_holder": rng.choice(["self", "manager", "company"]),
        "state_share_percent": rng.randint(0, 100),
        "how_ended": "returned",
        "postings": [
            {"posting_country": rng.choice(countries), "posting_sector": rng.choice(sectors)}
            for _ in range(rng.randint(1, 3))
        ],
    }


def _bundles(folder: Path, questionnaire: Questionnaire, recipient: str) -> tuple[list[bytes], str]:
    rng = random.Random(7)  # noqa: S311 (reproducible test data, not secrets)
    with Store.create(folder / "field", "bench passphrase", kdf=KdfParams.FLOOR) as field:
        field.add_recipient("supervisor", recipient, fingerprint(recipient))
        identifying = {questionnaire.hash: frozenset({"real_name"})}
        files = []
        for _ in range(BUNDLES):
            for _ in range(PER_BUNDLE):
                document = {
                    "questionnaire": questionnaire.id,
                    "interviewer": "AB12",
                    "consent": {"research": True},
                    "answers": _answers(rng, questionnaire),
                    "finalize": True,
                }
                text = json.dumps(document).encode()
                record(field, parse_request(text, "bench", lambda _: questionnaire))
            result = export(field, folder / "bundles", identifying)
            assert result is not None
            files.append(result.path.read_bytes())
        key = minisign.PublicKey.of(field.device_signing_key()).base64()
    return files, key


def _import(folder: Path, questionnaire: Questionnaire) -> None:
    with Store.create(
        folder / "supervisor", "bench passphrase", kdf=KdfParams.FLOOR, supervisor=True
    ) as store:
        recipient = create_identity(store)
        started = time.perf_counter()
        files, key = _bundles(folder, questionnaire, recipient)
        print(
            f"   preparing {BUNDLES} bundles of {PER_BUNDLE}: {time.perf_counter() - started:.1f} s"
        )
        trust_device(store, key, "bench")
        devices = {minisign.PublicKey.parse(key).id_text: minisign.PublicKey.parse(key)}
        keys = identities(store)
        started = time.perf_counter()
        for data in files:
            open_bundle(data, keys, devices=devices)
        verify = time.perf_counter() - started
        started = time.perf_counter()
        for data in files:
            import_bundle(store, data)
        imported = time.perf_counter() - started
        interviews = BUNDLES * PER_BUNDLE
        print(
            f"   import                       {interviews / imported:8.0f} interviews/s   "
            f"({imported / verify:.1f}x the time of verifying alone, "
            f"{interviews / verify:.0f} interviews/s)"
        )


def _fill(store: Store, questionnaire: Questionnaire) -> None:
    """10,000 imported interviews, written directly: the export is what is measured."""
    rng = random.Random(11)  # noqa: S311 (reproducible test data, not secrets)
    with store.transaction() as db:
        db.execute(
            "INSERT INTO bundles (bundle_id, sha256, device_key_id, created, imported, interviews) "
            "VALUES ('bench', 'bench', 'bench', '2026-01-01', '2026-01-01', ?)",
            (EXPORTED,),
        )
        db.executemany(
            "INSERT INTO imported_interviews (id, bundle_id, device_key_id, questionnaire_hash, "
            "record) VALUES (?, 'bench', 'bench', ?, ?)",
            [
                (
                    f"i{n:09d}",
                    questionnaire.hash,
                    json.dumps(
                        {
                            "id": f"i{n:09d}",
                            "questionnaire": f"{questionnaire.id}@{questionnaire.version}",
                            "finalized": "2026-01-01T00:00:00Z",
                            "answers": _answers(rng, questionnaire),
                            "redactions": [],
                        }
                    ),
                )
                for n in range(EXPORTED)
            ],
        )


def _export(folder: Path, questionnaire: Questionnaire) -> None:
    with Store.create(
        folder / "export", "bench passphrase", kdf=KdfParams.FLOOR, supervisor=True
    ) as store:
        _fill(store, questionnaire)
        started = time.perf_counter()
        dataset = load_dataset(store, {questionnaire.hash: questionnaire})
        export_dataset(dataset, folder / "dataset", k=5, suppress=True)
        ours = time.perf_counter() - started
    tables = table_columns(questionnaire)
    rows = table_rows(questionnaire, dataset.interviews)
    started = time.perf_counter()
    for name, columns in tables.items():
        with (folder / f"plain-{name}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, [c.name for c in columns])
            writer.writeheader()
            writer.writerows(rows[name])
    plain = time.perf_counter() - started
    print(
        f"   dataset export ({EXPORTED} interviews)  {ours:6.2f} s   "
        f"({ours / plain:.1f}x plain csv writing of the same rows, {plain:.2f} s)"
    )


def run() -> None:
    questionnaire = load_questionnaire(ROOT / "schemas" / "overseas-labour.yaml")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        _import(folder, questionnaire)
        _export(folder, questionnaire)
