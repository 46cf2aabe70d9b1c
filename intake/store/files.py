"""Private files on disk: mode 0700/0600, atomic replacement, overwrite before unlink."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path

from intake.errors import StoreError

DIR_MODE = 0o700
FILE_MODE = 0o600


def os_failure(action: str, path: Path, exc: OSError) -> StoreError:
    """A one-line StoreError for an OSError, naming the path and the reason, never content."""
    if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return StoreError(f"cannot {action} {path}: disk full", hint="free some space and retry")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StoreError(f"cannot {action} {path}: permission denied")
    reason = os.strerror(exc.errno).lower() if exc.errno else type(exc).__name__
    return StoreError(f"cannot {action} {path}: {reason}")


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) and make it 0700."""
    try:
        path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
        tighten(path, DIR_MODE)
    except OSError as exc:
        raise os_failure("create", path, exc) from None


def tighten(path: Path, mode: int) -> None:
    """Remove group and other permissions from an existing file or directory we own."""
    current = stat.S_IMODE(path.stat().st_mode)
    if current & 0o077:
        path.chmod(current & mode)


def sync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def create_empty(path: Path) -> None:
    """Create an empty 0600 file; fail if it exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``: write a 0600 temporary, fsync, rename, fsync the directory.

    When ``path`` existed, its old content is overwritten with random bytes after
    the rename, through a descriptor opened before it: a crash leaves either the
    old or the new file, whole.
    """
    temporary = path.with_name(path.name + ".new")
    old_fd: int | None = None
    try:
        with contextlib.suppress(FileNotFoundError):
            old_fd = os.open(path, os.O_RDWR)
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporary, path)
        sync_dir(path.parent)
        if old_fd is not None:
            _overwrite_fd(old_fd)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise os_failure("write", path, exc) from None
    finally:
        if old_fd is not None:
            os.close(old_fd)


def shred(path: Path) -> None:
    """Overwrite a file with random bytes, fsync, unlink and fsync its directory.

    Best effort against forensic recovery: flash and copy-on-write file systems
    may keep old blocks (see docs/storage.md, "Wipe").
    """
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return
    try:
        _overwrite_fd(fd)
    finally:
        os.close(fd)
    path.unlink()
    sync_dir(path.parent)


def _overwrite_fd(fd: int) -> None:
    size = os.fstat(fd).st_size
    os.lseek(fd, 0, os.SEEK_SET)
    remaining = size
    while remaining > 0:
        chunk = secrets.token_bytes(min(remaining, 1 << 20))
        _write_all(fd, chunk)
        remaining -= len(chunk)
    os.fsync(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
