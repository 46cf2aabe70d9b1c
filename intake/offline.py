"""Refuse network access for the whole process.

intake runs in the field without a network and must never phone home, even
if a dependency tries (Presidio fetching a spaCy model, tldextract fetching
the public suffix list). :func:`forbid_network` makes every attempt to open an
internet socket or resolve a host name fail at once with :class:`OSError`, which
those libraries already treat as "offline". Local (AF_UNIX) sockets still work.
"""

from __future__ import annotations

import socket
from typing import Any, NoReturn

_INTERNET = (socket.AF_INET, socket.AF_INET6)
_installed = False


def _refuse(*_args: Any, **_kwargs: Any) -> NoReturn:
    raise OSError("network access is disabled in intake")


class _OfflineSocket(socket.socket):
    def connect(self, address: Any) -> None:
        if self.family in _INTERNET:
            _refuse()
        super().connect(address)

    def connect_ex(self, address: Any) -> int:
        if self.family in _INTERNET:
            _refuse()
        return super().connect_ex(address)

    def sendto(self, *args: Any) -> int:
        if self.family in _INTERNET:
            _refuse()
        return super().sendto(*args)


def forbid_network() -> None:
    """Make internet sockets and DNS look-ups fail for the rest of the process."""
    global _installed
    if _installed:
        return
    socket.socket = _OfflineSocket  # type: ignore[misc]
    socket.create_connection = _refuse
    socket.getaddrinfo = _refuse
    socket.gethostbyname = _refuse
    socket.gethostbyname_ex = _refuse
    _installed = True
