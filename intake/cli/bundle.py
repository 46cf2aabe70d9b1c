"""``intake keys``, ``recipients``, ``device key``, ``export`` and ``bundle verify|open``.

Documented in docs/bundle-format.md ("Commands").
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from intake.cli.common import (
    Subparsers,
    add_home_options,
    add_passphrase_option,
    command_group,
    key_argument,
    new_passphrase,
    open_store,
    read_passphrase,
)
from intake.crypto import minisign
from intake.crypto.age import AnyIdentity
from intake.crypto.age.keys import parse_recipient
from intake.crypto.bundle import OpenedBundle, open_bundle, open_sealed
from intake.crypto.export import export
from intake.crypto.keys import (
    fingerprint,
    identity_file,
    is_encrypted_identity,
    new_identity,
    read_identity_file,
    recipient_kind,
    short_fingerprint,
)
from intake.errors import CryptoError, UsageError
from intake.store.store import utc_now


def register(subparsers: Subparsers) -> None:
    keys = command_group(
        subparsers, "keys", help="supervisor keys", description="Create supervisor identities."
    )
    new = keys.add_parser(
        "new",
        help="create a supervisor identity file",
        description=(
            "Create a supervisor identity (post-quantum unless --classic), write it to FILE "
            "encrypted with a passphrase, and print its recipient and short fingerprint."
        ),
    )
    new.add_argument("--out", required=True, type=Path, metavar="FILE", help="identity file")
    new.add_argument(
        "--classic", action="store_true", help="X25519 identity for tools without post-quantum age"
    )
    new.add_argument("--no-passphrase", action="store_true", help="write the identity unencrypted")
    add_passphrase_option(new)
    new.set_defaults(handler=run_keys_new)

    recipients = command_group(
        subparsers,
        "recipients",
        help="supervisors that exports are encrypted to",
        description="Add, list or remove the supervisor recipients of this device's exports.",
    )
    add = recipients.add_parser(
        "add",
        help="add a supervisor recipient",
        description=(
            "Register RECIPIENT (age1pq1... or age1...) under NAME; prints its fingerprint."
        ),
    )
    add.add_argument("recipient", metavar="RECIPIENT", help="the supervisor's age recipient")
    add.add_argument("--name", required=True, help="a name for this recipient")
    add_home_options(add)
    add.set_defaults(handler=run_recipients_add)
    listing = recipients.add_parser(
        "list",
        help="list recipients",
        description="List name, type and short fingerprint of every recipient.",
    )
    add_home_options(listing)
    listing.set_defaults(handler=run_recipients_list)
    remove = recipients.add_parser(
        "remove", help="remove a recipient", description="Remove the recipient called NAME."
    )
    remove.add_argument("name", metavar="NAME", help="the recipient's name")
    add_home_options(remove)
    remove.set_defaults(handler=run_recipients_remove)

    device = command_group(
        subparsers, "device", help="this device's identity", description="Show this device's keys."
    )
    key = device.add_parser(
        "key",
        help="print the device signing public key",
        description="Print the device's signing public key in minisign format.",
    )
    add_home_options(key)
    key.set_defaults(handler=run_device_key)

    exporting = subparsers.add_parser(
        "export",
        help="bundle finalized interviews for supervisors",
        description=(
            "Encrypt and sign every finalized, not yet exported interview into one bundle in "
            "DIR, then mark them exported."
        ),
    )
    exporting.add_argument("--out", required=True, type=Path, metavar="DIR", help="directory")
    exporting.add_argument(
        "--to", action="append", metavar="NAME", help="only this recipient (repeatable)"
    )
    exporting.add_argument(
        "--questionnaire",
        action="append",
        type=Path,
        default=[],
        metavar="PATH",
        help="questionnaire file of interviews not made with a shipped one (repeatable)",
    )
    add_home_options(exporting)
    exporting.set_defaults(handler=run_export)

    bundle = command_group(
        subparsers,
        "bundle",
        help="check and open bundles",
        description="Verify or open bundle files.",
    )
    verify = bundle.add_parser(
        "verify",
        help="decrypt and check a bundle",
        description=(
            "Decrypt FILE, check its signature, that ID is an intended recipient and every "
            "file hash. Prints a one-line summary."
        ),
    )
    open_ = bundle.add_parser(
        "open",
        help="verify a bundle and write its files into DIR",
        description="Verify FILE, then write its files into DIR (plaintext: only there).",
    )
    for parser in (verify, open_):
        parser.add_argument("file", type=Path, metavar="FILE", help="the bundle")
        parser.add_argument(
            "--identity", required=True, type=Path, metavar="ID", help="identity file"
        )
        parser.add_argument(
            "--device-key",
            metavar="KEY",
            help="the device's minisign public key (base64 or a file); else not checked",
        )
        add_passphrase_option(parser)
    open_.add_argument("--out", required=True, type=Path, metavar="DIR", help="directory")
    open_.add_argument("--sealed", action="store_true", help="also decrypt sealed.age")
    open_.add_argument("--force", action="store_true", help="write into a non-empty DIR")
    verify.set_defaults(handler=run_bundle_verify)
    open_.set_defaults(handler=run_bundle_open)


# -- keys -----------------------------------------------------------------


def run_keys_new(args: argparse.Namespace) -> int:
    out: Path = args.out
    if out.exists():
        raise UsageError(f"{out} already exists", hint="choose another --out FILE")
    identity = new_identity(classic=args.classic)
    passphrase = None if args.no_passphrase else new_passphrase(args, "Passphrase for the identity")
    data = identity_file(identity, utc_now(), passphrase)
    try:
        descriptor = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
    except OSError as exc:
        raise CryptoError(f"cannot write {out}: {type(exc).__name__}") from None
    recipient = str(identity.recipient())
    print(recipient)
    print(f"intake: fingerprint {short_fingerprint(recipient)}", file=sys.stderr)
    return 0


def _identities(args: argparse.Namespace) -> list[AnyIdentity]:
    try:
        data = Path(args.identity).read_bytes()
    except OSError as exc:
        raise UsageError(
            f"cannot read identity file {args.identity}: {type(exc).__name__}"
        ) from None
    passphrase = None
    if is_encrypted_identity(data):
        passphrase = read_passphrase(args, "Identity passphrase")
    return read_identity_file(data, passphrase)


# -- store-backed commands --------------------------------------------------


def run_recipients_add(args: argparse.Namespace) -> int:
    recipient = str(parse_recipient(args.recipient))
    with open_store(args) as store:
        store.add_recipient(args.name, recipient, fingerprint(recipient))
    kind = recipient_kind(recipient)
    print(f"added {args.name.strip()} ({kind}), fingerprint {short_fingerprint(recipient)}")
    if kind == "classic":
        print(
            "intake: hint: classic (X25519) recipients are not safe against future quantum "
            "computers and cannot be mixed with post-quantum ones",
            file=sys.stderr,
        )
    return 0


def run_recipients_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        recipients = store.recipients()
    for r in recipients:
        kind = recipient_kind(r.recipient)
        print(f"{r.name}\t{kind}\t{short_fingerprint(r.recipient)}\tadded {r.added}")
    if not recipients:
        print("intake: no recipients", file=sys.stderr)
    return 0


def run_recipients_remove(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        store.remove_recipient(args.name)
    print(f"removed {args.name}")
    return 0


def run_device_key(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        public = minisign.PublicKey.of(store.device_signing_key())
    sys.stdout.write(public.file_text())
    return 0


def _identifying(extra: list[Path]) -> dict[str, frozenset[str]]:
    from intake.questionnaire import by_hash

    return {
        digest: frozenset(q.id for q in questionnaire.questions() if q.identifying)
        for digest, questionnaire in by_hash(extra).items()
    }


def run_export(args: argparse.Namespace) -> int:
    identifying = _identifying(args.questionnaire)
    with open_store(args) as store:
        result = export(store, args.out, identifying, args.to)
    if result is None:
        print("intake: nothing to export: no finalized interview awaits export", file=sys.stderr)
        return 0
    print(result.path)
    plural = "s" * (result.interviews != 1)
    print(f"intake: exported {result.interviews} interview{plural}", file=sys.stderr)
    return 0


# -- supervisor side -------------------------------------------------------------


def _devices(key: str | None) -> dict[str, minisign.PublicKey] | None:
    if key is None:
        return None
    text = key_argument(key)
    public = minisign.PublicKey.parse(text)
    return {public.id_text: public}


def _verified(args: argparse.Namespace) -> tuple[OpenedBundle, list[AnyIdentity]]:
    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {args.file}: {type(exc).__name__}") from None
    devices = _devices(args.device_key)
    identities = _identities(args)
    return open_bundle(data, identities, devices=devices), identities


def run_bundle_verify(args: argparse.Namespace) -> int:
    bundle, _ = _verified(args)
    print(bundle.summary())
    return 0


def _writer(out: Path, force: bool) -> Callable[[str, bytes], None]:
    if out.exists() and not out.is_dir():
        if out.is_char_device():
            raise UsageError("refusing to write plaintext to a terminal or device")
        raise UsageError(f"{out} is not a directory")
    if out.is_dir() and any(out.iterdir()) and not force:
        raise UsageError(f"{out} is not empty", hint="choose an empty DIR, or use --force")
    try:
        out.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create {out}: {type(exc).__name__}") from None

    def write(name: str, data: bytes) -> None:
        path = out / name
        try:
            if force:  # a new 0600 file, never the old file's mode nor a symlink's target
                path.unlink(missing_ok=True)
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW
            with os.fdopen(os.open(path, flags, 0o600), "wb") as handle:
                handle.write(data)
        except OSError as exc:
            raise CryptoError(f"cannot write {path}: {type(exc).__name__}") from None

    return write


def run_bundle_open(args: argparse.Namespace) -> int:
    write = _writer(args.out, args.force)
    bundle, identities = _verified(args)
    sealed = open_sealed(bundle, identities) if args.sealed else None
    for name, data in bundle.members.items():
        write(name, data)
    if sealed is not None:
        write("sealed.jsonl", sealed)
    print(bundle.summary())
    return 0
