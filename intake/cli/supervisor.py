"""Supervisor commands: ``intake import``, ``devices``, ``dataset export``, ``report``.

Documented in docs/supervisor.md ("Commands").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from intake.cli.common import (
    Subparsers,
    add_home_options,
    command_group,
    key_argument,
    open_store,
)
from intake.errors import IntakeError, UsageError
from intake.store import Store

if TYPE_CHECKING:
    from intake.supervisor import ImportResult

_K_HELP = "smallest group size allowed for quasi-identifier combinations (default: 5)"


def _questionnaire_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--questionnaire",
        action="append",
        type=Path,
        default=[],
        metavar="PATH",
        help="questionnaire file of interviews not made with a shipped one (repeatable)",
    )
    parser.add_argument(
        "--only", metavar="ID@VERSION", help="the questionnaire to use when several are imported"
    )
    parser.add_argument("--k", type=int, default=5, metavar="K", help=_K_HELP)
    parser.add_argument("--force", action="store_true", help="replace existing output")
    add_home_options(parser)


def register(subparsers: Subparsers) -> None:
    importing = subparsers.add_parser(
        "import",
        help="verify bundles and import their interviews (supervisor)",
        description=(
            "Verify each bundle (or every *.age file in DIR) with the supervisor identity and "
            "the registered device keys, and import its interviews and audit entries. The same "
            "file again changes nothing; a replayed or altered bundle is refused."
        ),
    )
    importing.add_argument("paths", nargs="+", type=Path, metavar="BUNDLE|DIR", help="bundles")
    importing.add_argument(
        "--trust-new-device",
        action="store_true",
        help="accept and register a device key seen for the first time (trust on first use)",
    )
    add_home_options(importing)
    importing.set_defaults(handler=run_import)

    device_commands = command_group(
        subparsers,
        "devices",
        help="field devices whose bundles are accepted (supervisor)",
        description="List, trust or revoke field devices' signing keys.",
    )
    listing = device_commands.add_parser(
        "list",
        help="list devices and this supervisor's recipient",
        description=(
            "Print the supervisor's recipient (to add on field devices), then every registered "
            "device: name, key id, how it was trusted, when, and whether it is revoked."
        ),
    )
    add_home_options(listing)
    listing.set_defaults(handler=run_devices_list)
    trust = device_commands.add_parser(
        "trust",
        help="register a device's signing key",
        description=(
            "Register KEY (the minisign public key that 'intake device key' prints on the "
            "device: the base64 line or a file holding it) under NAME."
        ),
    )
    trust.add_argument("key", metavar="KEY", help="minisign public key, or a file holding it")
    trust.add_argument("--name", required=True, help="a name for the device")
    add_home_options(trust)
    trust.set_defaults(handler=run_devices_trust)
    revoke = device_commands.add_parser(
        "revoke",
        help="stop accepting a device's bundles",
        description="Refuse every later bundle signed by the device called NAME.",
    )
    revoke.add_argument("name", metavar="NAME", help="the device's name")
    add_home_options(revoke)
    revoke.set_defaults(handler=run_devices_revoke)

    dataset_commands = command_group(
        subparsers,
        "dataset",
        help="de-identified datasets (supervisor)",
        description="Write de-identified datasets of the imported interviews.",
    )
    export = dataset_commands.add_parser(
        "export",
        help="write tables and a codebook into DIR",
        description=(
            "Write interviews.csv (one row per interview), one table per repeat group, "
            "codebook.csv and codebook.md into DIR, after checking quasi-identifier "
            "combinations for groups smaller than k. Identifying questions are never written."
        ),
    )
    export.add_argument("--out", required=True, type=Path, metavar="DIR", help="directory")
    export.add_argument(
        "--format", choices=("csv", "jsonl"), default="csv", help="csv tables or nested jsonl"
    )
    export.add_argument(
        "--suppress", action="store_true", help="blank quasi-identifiers of groups smaller than k"
    )
    _questionnaire_options(export)
    export.set_defaults(handler=run_dataset_export)

    report = subparsers.add_parser(
        "report",
        help="write a self-contained HTML report (supervisor)",
        description=(
            "Write one HTML page with counts by country and sector, ILO forced-labour "
            "indicators, wage confiscation and redaction statistics; small cells suppressed."
        ),
    )
    report.add_argument("--out", required=True, type=Path, metavar="FILE", help="HTML file")
    report.add_argument(
        "--map", type=Path, metavar="FILE", help="report map (default: the shipped one)"
    )
    _questionnaire_options(report)
    report.set_defaults(handler=run_report)


def _bundle_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        try:
            if path.is_dir():
                found = sorted(p for p in path.glob("*.age") if p.is_file())
                if not found:
                    raise UsageError(f"{path} holds no bundle (*.age)")
                files += found
            elif path.is_file():
                files.append(path)
            else:
                raise UsageError(f"no such file or directory: {path}")
        except OSError as exc:  # a name too long, a folder that cannot be listed
            raise UsageError(f"cannot read {path}: {type(exc).__name__}") from None
    return files


def _report_import(path: Path, result: ImportResult) -> None:
    if result.new_device:
        print(
            f"intake: warning: trusted new device {result.device} on first use; "
            "compare its key id with 'intake device key' on the device",
            file=sys.stderr,
        )
    if result.already:
        print(f"{path}: bundle {result.bundle_id} already imported, nothing changed")
        return
    again = f", {result.duplicates} already known" if result.duplicates else ""
    plural = "s" * (result.interviews != 1)
    print(f"{path}: imported {result.interviews} interview{plural}{again} from {result.device}")


def _import_file(store: Store, path: Path, trust_new_device: bool) -> ImportResult | IntakeError:
    """Import one file; a refusal is returned, so the other files are still imported."""
    from intake.supervisor import import_bundle

    try:
        data = path.read_bytes()
    except OSError as exc:
        return UsageError(f"cannot read it: {type(exc).__name__}")
    try:
        return import_bundle(store, data, trust_new_device=trust_new_device)
    except IntakeError as error:
        return error


def run_import(args: argparse.Namespace) -> int:
    files = _bundle_files(args.paths)
    refused = 0
    progress = len(files) > 1 and sys.stderr.isatty()
    with open_store(args) as store:
        for number, path in enumerate(files, 1):
            if progress:
                print(f"\rintake: importing {number}/{len(files)}", end="", file=sys.stderr)
            outcome = _import_file(store, path, args.trust_new_device)
            if progress:
                print("\r\033[K", end="", file=sys.stderr)
            if isinstance(outcome, IntakeError):
                refused += 1
                print(f"intake: error: {path}: {outcome.message}", file=sys.stderr)
                if outcome.hint:
                    print(f"intake: hint: {outcome.hint}", file=sys.stderr)
                continue
            _report_import(path, outcome)
    if refused:
        print(f"intake: {refused} of {len(files)} bundles refused", file=sys.stderr)
        return 1
    return 0


def run_devices_list(args: argparse.Namespace) -> int:
    from intake.crypto.keys import short_fingerprint
    from intake.supervisor import devices, recipient

    with open_store(args) as store:
        mine = recipient(store)
        registered = devices(store)
    print(f"supervisor recipient: {mine}")
    print(f"fingerprint: {short_fingerprint(mine)}")
    for device in registered:
        state = f"revoked {device.revoked}" if device.revoked else "active"
        print(f"{device.name}\t{device.key_id}\t{device.trust}\tadded {device.added}\t{state}")
    if not registered:
        print("intake: no devices registered", file=sys.stderr)
    return 0


def run_devices_trust(args: argparse.Namespace) -> int:
    from intake.supervisor import trust_device

    key = key_argument(args.key)
    with open_store(args) as store:
        device = trust_device(store, key, args.name)
    print(f"trusted {device.name} (key id {device.key_id})")
    return 0


def run_devices_revoke(args: argparse.Namespace) -> int:
    from intake.supervisor import revoke_device

    with open_store(args) as store:
        device = revoke_device(store, args.name)
    print(f"revoked {device.name} (key id {device.key_id})")
    return 0


def run_dataset_export(args: argparse.Namespace) -> int:
    from intake.questionnaire import by_hash
    from intake.supervisor import export_dataset, load_dataset

    known = by_hash(args.questionnaire)
    with open_store(args) as store:
        dataset = load_dataset(store, known, args.only)
    summary = export_dataset(
        dataset, args.out, fmt=args.format, k=args.k, suppress=args.suppress, force=args.force
    )
    for check in summary.checks:
        if check.small_cells:
            action = "suppressed" if check.suppressed else "kept"
            print(
                f"intake: warning: {check.table}: {check.small_cells} of {check.cells} "
                f"combinations of {', '.join(check.quasi_identifiers)} hold fewer than "
                f"{args.k} rows ({check.rows_in_small_cells} rows, values {action})",
                file=sys.stderr,
            )
    if any(c.small_cells and not c.suppressed for c in summary.checks):
        print("intake: hint: add --suppress to blank those values", file=sys.stderr)
    for path in summary.files:
        print(path)
    print(f"intake: exported {summary.interviews} interviews (k = {args.k})", file=sys.stderr)
    return 0


def run_report(args: argparse.Namespace) -> int:
    from intake.questionnaire import by_hash
    from intake.supervisor import load_dataset, load_report_map, write_report

    known = by_hash(args.questionnaire)
    with open_store(args) as store:
        dataset = load_dataset(store, known, args.only)
    report_map = load_report_map(dataset.questionnaire, args.map)
    print(write_report(dataset, report_map, args.out, k=args.k, force=args.force))
    return 0
