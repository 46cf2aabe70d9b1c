"""Messages the whole app listens to (posted to the app by screens and workers)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from intake.store import Store


@dataclass
class Unlocked(Message):
    """The store is open (unlocked or just created): the app may show the interviews."""

    store: Store


@dataclass
class EngineReady(Message):
    """The redaction model has loaded: narratives can be redacted from now on."""


@dataclass
class EngineFailed(Message):
    """The redaction model could not load; narratives cannot be finalized on this run."""

    reason: str
