"""age encryption and decryption of a 100 MB payload, next to raw ChaCha20-Poly1305.

The baseline is one-shot ChaCha20-Poly1305 from ``cryptography`` over the same
100 MB in the same process; the target is at least 70 % of its speed. When
Debian's ``age`` CLI is installed, it is timed on the same payload (X25519)
as a second reference. Runs in well under two minutes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from intake.crypto.age import HybridIdentity, X25519Identity, decrypt, encrypt
from intake.crypto.keys import identity_file

SIZE = 100 * 1000 * 1000
MB = 1e6


def _best(action: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def _line(label: str, seconds: float, baseline: float) -> None:
    print(f"   {label:<34} {SIZE / MB / seconds:8.0f} MB/s   {baseline / seconds:6.0%} of raw")


def _ours(identity: HybridIdentity | X25519Identity, payload: bytes) -> tuple[float, float]:
    recipients = [identity.recipient()]
    encrypted = encrypt(payload, recipients)
    encrypt_time = _best(lambda: encrypt(payload, recipients))
    return encrypt_time, _best(lambda: decrypt(encrypted, [identity]))


def _age_cli(age: str, payload: bytes) -> tuple[float, float]:
    identity = X25519Identity.generate()
    with tempfile.TemporaryDirectory() as folder:
        key, plain, cipher = Path(folder, "key"), Path(folder, "plain"), Path(folder, "cipher")
        key.write_bytes(identity_file(identity, "2026-01-01T00:00:00Z", None))
        plain.write_bytes(payload)
        encrypt_cli = [age, "-r", str(identity.recipient()), "-o", str(cipher), str(plain)]
        decrypt_cli = [age, "-d", "-i", str(key), "-o", os.devnull, str(cipher)]
        encrypt_time = _best(lambda: subprocess.run(encrypt_cli, check=True), 2)
        return encrypt_time, _best(lambda: subprocess.run(decrypt_cli, check=True), 2)


def run() -> None:
    payload = os.urandom(SIZE)
    aead = ChaCha20Poly1305(ChaCha20Poly1305.generate_key())
    nonce = bytes(12)
    sealed = aead.encrypt(nonce, payload, None)
    raw_encrypt = _best(lambda: aead.encrypt(nonce, payload, None))
    raw_decrypt = _best(lambda: aead.decrypt(nonce, sealed, None))
    print(f"   payload {SIZE / MB:.0f} MB, best of 3")
    print(f"   {'raw ChaCha20-Poly1305 encrypt':<34} {SIZE / MB / raw_encrypt:8.0f} MB/s")
    print(f"   {'raw ChaCha20-Poly1305 decrypt':<34} {SIZE / MB / raw_decrypt:8.0f} MB/s")
    for name, identity in (
        ("mlkem768x25519", HybridIdentity.generate()),
        ("X25519", X25519Identity.generate()),
    ):
        encrypt_time, decrypt_time = _ours(identity, payload)
        _line(f"intake age encrypt ({name})", encrypt_time, raw_encrypt)
        _line(f"intake age decrypt ({name})", decrypt_time, raw_decrypt)
    age = shutil.which("age")
    if age is None:
        print("   age CLI not installed: skipped (apt-get install -y age)")
        return
    encrypt_time, decrypt_time = _age_cli(age, payload)
    _line("age CLI encrypt (X25519, files)", encrypt_time, raw_encrypt)
    _line("age CLI decrypt (X25519, files)", decrypt_time, raw_decrypt)
