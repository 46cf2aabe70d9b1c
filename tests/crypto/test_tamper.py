"""Tamper matrix on real bundles: nothing altered, cut, reordered, replayed or foreign is accepted.

Every attempt must raise DecryptionError in the category that describes it;
the counts of attempts are asserted so that a matrix that silently shrinks
fails too.
"""

from __future__ import annotations

import base64
import io
import random
import tarfile
from collections.abc import Sequence
from dataclasses import dataclass

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from intake.crypto import minisign
from intake.crypto.age import HybridIdentity, decrypt, encrypt
from intake.crypto.age.format import VERSION_LINE, parse_header
from intake.crypto.age.stream import CHUNK_SIZE, NONCE_SIZE, TAG_SIZE
from intake.crypto.bundle import BundleContent, open_bundle, seal_bundle, trusted_comment
from intake.crypto.keys import fingerprint
from intake.crypto.padding import padded_length
from intake.errors import DecryptionError

DAMAGED = "damaged or altered"
NOT_OURS = "not addressed to this key"
ENCRYPTED_CHUNK = CHUNK_SIZE + TAG_SIZE


@dataclass(frozen=True)
class Setup:
    supervisor: HybridIdentity
    other: HybridIdentity
    device: Ed25519PrivateKey
    devices: dict[str, minisign.PublicKey]
    bundle_id: str
    data: bytes
    header_length: int

    @property
    def recipients(self) -> list[str]:
        return [str(self.supervisor.recipient()), str(self.other.recipient())]


def _content(narrative_bytes: int) -> BundleContent:
    rng = random.Random(7)
    text = "".join(rng.choice("abcdefghij ") for _ in range(narrative_bytes))
    return BundleContent(
        interviews=[{"id": "K7M2Q9X4TA", "answers": {"promises_account": text}}],
        audit=[{"seq": 1, "action": "store.init"}],
        questionnaires={"overseas-labour@2026.1": "0f" * 32},
    )


def _setup(narrative_bytes: int) -> Setup:
    supervisor, other = HybridIdentity.generate(), HybridIdentity.generate()
    device = Ed25519PrivateKey.generate()
    public = minisign.PublicKey.of(device)
    recipients = [str(supervisor.recipient()), str(other.recipient())]
    bundle_id, data = seal_bundle(_content(narrative_bytes), recipients, device)
    _, offset = parse_header(data)
    return Setup(supervisor, other, device, {public.id_text: public}, bundle_id, data, offset)


@pytest.fixture(scope="module")
def small() -> Setup:
    """A bundle of one 64 KiB chunk (the padding floor)."""
    return _setup(2_000)


@pytest.fixture(scope="module")
def large() -> Setup:
    """A bundle of several chunks."""
    return _setup(3 * CHUNK_SIZE)


def category(
    setup: Setup,
    data: bytes,
    *,
    seen: frozenset[str] = frozenset(),
    devices: dict[str, minisign.PublicKey] | None = None,
) -> str:
    """The category of the failure to open ``data``; fails the test if it opens."""
    try:
        open_bundle(data, [setup.supervisor], devices=devices or setup.devices, seen=seen)
    except DecryptionError as error:
        return error.category
    raise AssertionError("a tampered bundle was accepted")


def test_untampered_bundles_open(small: Setup, large: Setup) -> None:
    for setup in (small, large):
        opened = open_bundle(setup.data, [setup.supervisor], devices=setup.devices)
        assert opened.bundle_id == setup.bundle_id
        assert open_bundle(setup.data, [setup.other], devices=setup.devices).device_checked
    assert len(small.data) - small.header_length == NONCE_SIZE + ENCRYPTED_CHUNK
    assert (len(large.data) - large.header_length - NONCE_SIZE) // ENCRYPTED_CHUNK >= 3


def test_truncation_at_every_header_byte(small: Setup) -> None:
    results = [category(small, small.data[:cut]) for cut in range(small.header_length + 1)]
    assert len(results) == small.header_length + 1 > 3000
    assert set(results) == {DAMAGED}


def test_truncation_around_every_chunk_boundary(large: Setup) -> None:
    start = large.header_length + NONCE_SIZE
    boundaries = range(start, len(large.data) + 1, ENCRYPTED_CHUNK)
    cuts = sorted({b + d for b in boundaries for d in (-1, 0, 1)} | {len(large.data) - 1})
    cuts = [c for c in cuts if c < len(large.data)]
    results = [category(large, large.data[:cut]) for cut in cuts]
    assert len(results) >= 10 and set(results) == {DAMAGED}


def test_ten_thousand_bit_flips(small: Setup) -> None:
    """Flips anywhere in a one-chunk bundle: header, both stanzas, MAC, nonce, chunk."""
    rng = random.Random(20260101)
    header, _ = parse_header(small.data)
    ours = header.stanzas[0].encode()
    ours_start = len(VERSION_LINE)
    ours_end = ours_start + len(ours)
    counts: dict[str, int] = {}
    for _ in range(10_000):
        position = rng.randrange(len(small.data))
        flipped = bytearray(small.data)
        flipped[position] ^= 1 << rng.randrange(8)
        found = category(small, bytes(flipped))
        # A flip in our own stanza can leave it well-formed but no longer ours.
        allowed = {DAMAGED, NOT_OURS} if ours_start <= position < ours_end else {DAMAGED}
        assert found in allowed, (position, found)
        counts[found] = counts.get(found, 0) + 1
    assert sum(counts.values()) == 10_000


def _chunks(setup: Setup) -> tuple[bytes, list[bytes]]:
    start = setup.header_length + NONCE_SIZE
    body = setup.data[start:]
    return setup.data[:start], [
        body[i : i + ENCRYPTED_CHUNK] for i in range(0, len(body), ENCRYPTED_CHUNK)
    ]


def test_chunk_swap_drop_duplicate(large: Setup) -> None:
    prefix, chunks = _chunks(large)
    n = len(chunks)
    variants: list[Sequence[bytes]] = []
    for i in range(n - 1):
        swapped = list(chunks)
        swapped[i], swapped[i + 1] = swapped[i + 1], swapped[i]
        variants.append(swapped)
    for i in range(n):
        variants.append(chunks[:i] + chunks[i + 1 :])
        variants.append([*chunks[: i + 1], chunks[i], *chunks[i + 1 :]])
    results = [category(large, prefix + b"".join(v)) for v in variants]
    assert len(results) == 3 * n - 1 and set(results) == {DAMAGED}


def _with_stanzas(setup: Setup, order: Sequence[int]) -> bytes:
    header, offset = parse_header(setup.data)
    stanzas = b"".join(header.stanzas[i].encode() for i in order)
    mac_line = setup.data[len(header.mac_input) : offset]
    return VERSION_LINE + stanzas + b"---" + mac_line + setup.data[offset:]


def test_stanza_drop_duplicate_reorder(small: Setup) -> None:
    assert _with_stanzas(small, [0, 1]) == small.data
    assert category(small, _with_stanzas(small, [1])) == NOT_OURS  # ours dropped
    for order in ([0], [1, 0], [0, 0, 1], [0, 1, 1], [0, 1, 0]):
        assert category(small, _with_stanzas(small, order)) == DAMAGED, order


def _tar(members: Sequence[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.USTAR_FORMAT) as archive:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    archive_bytes = buffer.getvalue()
    return archive_bytes + bytes(padded_length(len(archive_bytes)) - len(archive_bytes))


def _members(setup: Setup) -> dict[str, bytes]:
    payload = decrypt(setup.data, [setup.supervisor])
    with tarfile.open(fileobj=io.BytesIO(payload), mode="r:") as archive:
        return {m.name: archive.extractfile(m).read() for m in archive}  # type: ignore[union-attr]


def _reencrypted(setup: Setup, members: dict[str, bytes]) -> bytes:
    """What a recipient holding the file key could produce: a new file with altered content."""
    recipients = [setup.supervisor.recipient(), setup.other.recipient()]
    return encrypt(_tar(list(members.items())), recipients)


def test_reencrypted_unchanged_content_still_opens(small: Setup) -> None:
    # The control for the tests below: only the change made there is detected.
    assert open_bundle(
        _reencrypted(small, _members(small)), [small.supervisor], devices=small.devices
    )


def test_signature_removed_or_replaced(small: Setup) -> None:
    members = _members(small)
    manifest = members["manifest.json"]
    comment = trusted_comment(small.bundle_id, [fingerprint(r) for r in small.recipients])
    intruder = Ed25519PrivateKey.generate()
    removed = {k: v for k, v in members.items() if k != "manifest.minisig"}
    by_intruder = minisign.sign(intruder, manifest, comment)
    # The intruder's signature, relabelled with the device's key id.
    sig_lines = by_intruder.split("\n")
    raw = minisign.Signature.parse(by_intruder)
    device_id = next(iter(small.devices.values())).key_id
    sig_lines[1] = base64.b64encode(b"ED" + device_id + raw.signature).decode()
    relabelled = "\n".join(sig_lines)
    other_comment = minisign.sign(small.device, manifest, comment.replace("bundle:", "bundle:0"))
    other_bundle = minisign.sign(small.device, manifest, trusted_comment("0" * 32, []))
    cases = {
        "removed": removed,
        "by another key": {**members, "manifest.minisig": by_intruder.encode()},
        "relabelled": {**members, "manifest.minisig": relabelled.encode()},
        "comment changed": {**members, "manifest.minisig": other_comment.encode()},
        "other bundle": {**members, "manifest.minisig": other_bundle.encode()},
        "garbage": {**members, "manifest.minisig": b"\xff" * 100},
        "manifest edited": {
            **members,
            "manifest.json": manifest.replace(b'"interviews":1', b'"interviews":2'),
        },
    }
    for name, altered in cases.items():
        assert category(small, _reencrypted(small, altered)) == "signature invalid", name


def test_manifest_hash_mismatch(small: Setup) -> None:
    members = _members(small)
    altered = members["interviews.jsonl"].replace(b"K7M2Q9X4TA", b"K7M2Q9X4TB")
    cases = [
        {**members, "interviews.jsonl": altered},
        {**members, "audit.jsonl": b""},
        {k: v for k, v in members.items() if k != "audit.jsonl"},
        {**members, "extra.txt": b"x"},
    ]
    for altered_members in cases:
        assert category(small, _reencrypted(small, altered_members)) == DAMAGED


def test_replayed_bundle(small: Setup) -> None:
    seen = frozenset({small.bundle_id})
    assert category(small, small.data, seen=seen) == "replayed"


def test_unknown_device(small: Setup) -> None:
    stranger = minisign.PublicKey.of(Ed25519PrivateKey.generate())
    assert category(small, small.data, devices={stranger.id_text: stranger}) == "unknown device"
    # A bundle signed by another device, whose key it carries, is unknown to us too.
    _, foreign = seal_bundle(_content(100), small.recipients, Ed25519PrivateKey.generate())
    assert category(small, foreign) == "unknown device"


def test_bundle_for_someone_else(small: Setup) -> None:
    stranger = HybridIdentity.generate()
    with pytest.raises(DecryptionError) as caught:
        open_bundle(small.data, [stranger], devices=small.devices)
    assert caught.value.category == NOT_OURS
