"""Store commands: init, status, passphrase change, wipe, audit verify, ingest.

Documented in docs/storage.md ("Commands").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from intake.cli.common import (
    Subparsers,
    add_home_options,
    command_group,
    home_dir,
    new_passphrase,
    open_store,
    read_passphrase,
    read_passphrases,
    strong_enough,
    typed_twice,
)
from intake.errors import UsageError
from intake.store import Store

MAX_IDLE_LOCK_MINUTES = 24 * 60


def register(subparsers: Subparsers) -> None:
    init = subparsers.add_parser(
        "init",
        help="create an encrypted store",
        description=(
            "Create the encrypted store in the home directory: calibrate the key derivation, "
            "ask for the passphrase twice (one line from --passphrase-file), create the "
            "device signing key."
        ),
    )
    add_home_options(init)
    init.add_argument("--supervisor", action="store_true", help="create a supervisor's store")
    init.add_argument(
        "--wipe-after-failures",
        type=int,
        metavar="N",
        default=None,
        help="crypto-shred the store after N failed unlocks in a row (off by default)",
    )
    init.set_defaults(handler=run_init)

    status = subparsers.add_parser(
        "status",
        help="show counts, sizes and key parameters (never content)",
        description="Print interview counts by state, file sizes and key derivation parameters.",
    )
    add_home_options(status)
    status.set_defaults(handler=run_status)

    passphrase_commands = command_group(
        subparsers,
        "passphrase",
        help="manage the store passphrase",
        description="Manage the store passphrase.",
    )
    change = passphrase_commands.add_parser(
        "change",
        help="change the passphrase (rewraps the key; no re-encryption)",
        description=(
            "Ask for the current passphrase, then the new one twice; with --passphrase-file, "
            "line 1 is the current passphrase and line 2 the new one."
        ),
    )
    add_home_options(change)
    change.set_defaults(handler=run_passphrase_change)

    wipe = subparsers.add_parser(
        "wipe",
        help="crypto-shred the store",
        description=(
            "Destroy the key slot (overwrite, sync, unlink), then the database and its log. "
            "Nothing can be recovered afterwards, even with the passphrase."
        ),
    )
    add_home_options(wipe)
    wipe.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    wipe.set_defaults(handler=run_wipe)

    audit_commands = command_group(
        subparsers, "audit", help="work with the audit log", description="Work with the audit log."
    )
    verify = audit_commands.add_parser(
        "verify",
        help="check the audit log's hash chain",
        description="Check the hash chain of the audit log; name the first altered entry.",
    )
    add_home_options(verify)
    verify.set_defaults(handler=run_audit_verify)

    settings = command_group(
        subparsers,
        "settings",
        help="change this device's lock settings",
        description="Change how the store locks itself; 'intake status' shows the values.",
    )
    idle = settings.add_parser(
        "idle-lock",
        help="lock the app after MINUTES without a key press (0: never)",
        description="Lock the app after MINUTES without a key press; 0 turns the idle lock off.",
    )
    idle.add_argument("minutes", type=int, metavar="MINUTES", help="0 to 1440")
    add_home_options(idle)
    idle.set_defaults(handler=run_settings_idle_lock)
    wipe_after = settings.add_parser(
        "wipe-after-failures",
        help="crypto-shred the store after N failed unlocks in a row, or 'off'",
        description=(
            "Crypto-shred the store after N failed unlocks in a row ('off': never). "
            "Read the caveats in docs/storage.md first."
        ),
    )
    wipe_after.add_argument("count", metavar="N|off", help="a number of failures, or off")
    add_home_options(wipe_after)
    wipe_after.set_defaults(handler=run_settings_wipe_after_failures)

    ingest = subparsers.add_parser(
        "ingest",
        help="record whole interviews from JSON files",
        description=(
            "Check each FILE against its questionnaire (every problem is reported and nothing "
            "is stored), then record each interview in one transaction and print its id."
        ),
    )
    add_home_options(ingest)
    ingest.add_argument("files", nargs="+", metavar="FILE", help="interview JSON file ('-': stdin)")
    ingest.add_argument(
        "--questionnaire",
        type=Path,
        metavar="PATH",
        default=None,
        help="questionnaire file (default: the shipped schemas/<id>.yaml)",
    )
    ingest.set_defaults(handler=run_ingest)


def run_init(args: argparse.Namespace) -> int:
    home = home_dir(args)
    if Store.exists(home):
        raise UsageError(f"a store already exists in {home}", hint="use another --home")
    passphrase = new_passphrase(args, "Passphrase")
    print("calibrating key derivation (about a second)...", file=sys.stderr)
    with Store.create(home, passphrase, supervisor=args.supervisor) as store:
        if args.wipe_after_failures is not None:
            store.set_wipe_after_failures(args.wipe_after_failures)
        print(f"created {store.role} store in {home} ({store.kdf_params.describe()})")
        if args.supervisor:
            from intake.supervisor import create_identity  # docs/supervisor.md

            recipient = create_identity(store)
            print(f"supervisor recipient (add it on field devices): {recipient}")
    return 0


def _size(count: int) -> str:
    if count < 1024:
        return f"{count} B"
    if count < 1024 * 1024:
        return f"{count / 1024:.1f} KiB"
    return f"{count / (1024 * 1024):.1f} MiB"


def run_status(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        counts = store.counts()
        total = sum(counts.values())
        by_state = ", ".join(f"{state} {count}" for state, count in counts.items())
        files = ", ".join(f"{name} {_size(size)}" for name, size in store.file_sizes().items())
        wipe_after = store.wipe_after_failures()
        settings = store.settings()
        lines = [
            f"home: {store.home}",
            f"role: {store.role}",
            f"interviews: {total} ({by_state})",
            f"files: {files}",
            f"key derivation: {store.kdf_params.describe()}",
            f"recipients: {len(store.recipients())}",
            f"audit entries: {len(store.audit_entries())}",
            f"wipe after failed unlocks: {wipe_after if wipe_after else 'off'}",
            f"idle lock: {settings['idle_lock_minutes']} minutes",
        ]
    print("\n".join(lines))
    return 0


def run_settings_idle_lock(args: argparse.Namespace) -> int:
    if not 0 <= args.minutes <= MAX_IDLE_LOCK_MINUTES:
        raise UsageError(f"idle lock must be 0 to {MAX_IDLE_LOCK_MINUTES} minutes")
    with open_store(args) as store:
        store.set_setting("idle_lock_minutes", args.minutes)
    print(f"idle lock: {args.minutes} minutes" if args.minutes else "idle lock: off")
    return 0


def run_settings_wipe_after_failures(args: argparse.Namespace) -> int:
    count = None if args.count == "off" else _positive(args.count)
    with open_store(args) as store:
        store.set_wipe_after_failures(count)
    print(f"wipe after failed unlocks: {count or 'off'}")
    return 0


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise UsageError("give a number of failures (1 or more) or 'off'")
    return int(text)


def run_passphrase_change(args: argparse.Namespace) -> int:
    home = home_dir(args)
    Store.key_parameters(home)
    if getattr(args, "passphrase_file", None):
        current, new = read_passphrases(args, ["Current passphrase", "New passphrase"])
        strong_enough(new)
    else:
        current = read_passphrase(args, "Current passphrase")
        new = typed_twice(args)
    with Store.open(home, current) as store:
        store.change_passphrase(new)
    print("passphrase changed")
    return 0


def run_wipe(args: argparse.Namespace) -> int:
    home = home_dir(args)
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("refusing to wipe without confirmation", hint="add --yes")
        answer = input(f"Destroy every interview in {home}, for ever? Type 'wipe': ")
        if answer.strip() != "wipe":
            raise UsageError("not wiped")
    Store.wipe(home)
    print(f"wiped {home}")
    return 0


def run_audit_verify(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        count = store.verify_audit()
    print(f"audit: ok ({count} entries)")
    return 0


def run_ingest(args: argparse.Namespace) -> int:
    from intake.questionnaire import Questionnaire, load_questionnaire, shipped_path
    from intake.store.ingest import (
        IngestRejected,
        parse_request,
        record,
        redact_narratives,
    )

    def questionnaire_for(questionnaire_id: str) -> Questionnaire:
        return load_questionnaire(args.questionnaire or shipped_path(questionnaire_id))

    requests = []
    problems: list[str] = []
    for name in args.files:
        try:
            requests.append(parse_request(_read_input(name), name, questionnaire_for))
        except IngestRejected as rejected:
            problems += rejected.problems
    if problems:
        for problem in problems:
            print(f"intake: error: {problem}", file=sys.stderr)
        print("intake: hint: nothing was stored", file=sys.stderr)
        return 2
    for request in requests:
        redact_narratives(request)
    with open_store(args) as store:
        for request in requests:
            print(record(store, request), flush=True)
    return 0


def _read_input(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {name}: {type(exc).__name__}") from None
