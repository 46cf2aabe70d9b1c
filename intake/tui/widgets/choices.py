"""Choice fields usable from the keyboard: yes/no, one of several, several of several."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import RadioButton, RadioSet, SelectionList

from intake.questionnaire import Choice

YES_NO_LABELS = {"en": ("Yes", "No"), "ko": ("예", "아니요")}
"""Labels of the two yes/no buttons per language (English when missing)."""


class YesNo(RadioSet):
    """Two radio buttons, Yes and No.

    | key | action |
    | --- | --- |
    | y | yes |
    | n | no |
    | up/down, enter, space | move and choose (as any radio set) |
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "choose(0)", "Yes", show=False),
        Binding("n", "choose(1)", "No", show=False),
    ]

    DEFAULT_CSS = """
    YesNo {
        layout: horizontal;
        width: auto;
        height: auto;
    }
    YesNo RadioButton {
        width: auto;
        margin-right: 2;
    }
    """

    def __init__(self, value: bool | None = None, *, lang: str | None = None, id: str) -> None:
        """Args:
        value: The answer to show selected, or None.
        lang: Language of the button labels.
        id: The widget id.
        """
        yes, no = YES_NO_LABELS.get(lang or "en", YES_NO_LABELS["en"])
        super().__init__(
            RadioButton(yes, value=value is True, id=f"{id}-yes"),
            RadioButton(no, value=value is False, id=f"{id}-no"),
            id=id,
        )

    @property
    def answer(self) -> bool | None:
        """True for yes, False for no, None while neither is chosen."""
        index = self.pressed_index
        return None if index < 0 else index == 0

    def action_choose(self, index: int) -> None:
        buttons = list(self.query(RadioButton))
        buttons[index].value = True
        self._selected = index


class ChoiceOne(RadioSet):
    """One radio button per choice; the answer is the chosen choice's value."""

    def __init__(
        self, choices: tuple[Choice, ...], value: str | None, *, lang: str | None, id: str
    ) -> None:
        """Args:
        choices: The question's choices, in order.
        value: The chosen value, or None.
        lang: Language of the labels.
        id: The widget id.
        """
        self.choices = choices
        super().__init__(
            *(RadioButton(c.label.get(lang), value=c.value == value) for c in choices), id=id
        )

    @property
    def answer(self) -> str | None:
        index = self.pressed_index
        return None if index < 0 else self.choices[index].value


class ChoiceMany(SelectionList[str]):
    """A list of choices to tick with space; the answer is the ticked values in order."""

    DEFAULT_CSS = """
    ChoiceMany {
        height: auto;
        max-height: 12;
    }
    """

    def __init__(
        self, choices: tuple[Choice, ...], value: list[str] | None, *, lang: str | None, id: str
    ) -> None:
        """Args:
        choices: The question's choices, in order.
        value: The ticked values, or None.
        lang: Language of the labels.
        id: The widget id.
        """
        chosen = set(value or [])
        super().__init__(*((c.label.get(lang), c.value, c.value in chosen) for c in choices), id=id)

    @property
    def answer(self) -> list[str]:
        return list(self.selected)
