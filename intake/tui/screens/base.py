"""What every screen of the app shares: typed access to the app and worker failures."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar, cast

from textual import on
from textual.screen import Screen
from textual.worker import Worker

from intake.errors import StoreError
from intake.store import Store

if TYPE_CHECKING:
    from intake.tui.app import IntakeApp

ResultType = TypeVar("ResultType")


class IntakeScreen(Screen[ResultType]):
    """A screen of the intake app; failed workers go to the app's one failure handler."""

    @property
    def intake(self) -> IntakeApp:
        from intake.tui.app import IntakeApp

        return cast(IntakeApp, self.app)

    @property
    def store(self) -> Store:
        store = self.intake.store
        if store is None:
            raise StoreError("the store is locked", hint="unlock it again")
        return store

    @on(Worker.StateChanged)
    def forward_worker_failure(self, event: Worker.StateChanged) -> None:
        self.intake.show_worker_failure(event)
