"""Step 3 of checking a file: meaning. Structurally valid data → :class:`Questionnaire`.

Implements the "Checks" of docs/questionnaire-format.md. Every problem found is
collected (never just the first); the model is only returned when there are none.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from intake.questionnaire.expression import Binary, Call, Current, Expr, Ref, String, parse, walk
from intake.questionnaire.expression.errors import ExpressionError
from intake.questionnaire.model import (
    CHOICE_TYPES,
    NUMBER_TYPES,
    PLACEHOLDER,
    TEXT_TYPES,
    Choice,
    Consent,
    ConsentScope,
    Question,
    Questionnaire,
    RepeatGroup,
    Section,
    SectionItem,
    Text,
)
from intake.questionnaire.problems import SourceProblem
from intake.questionnaire.source import Document, PathKey
from intake.questionnaire.structure import locate


@dataclass(frozen=True)
class _Place:
    """Where an id is declared: document order, repeat group, path, kind."""

    order: int
    end: int  # last order inside it (a repeat group spans its questions)
    repeat: str | None
    path: PathKey
    kind: str  # section, repeat, question type


@dataclass(frozen=True)
class _Owner:
    """The element an expression belongs to and what it may refer to."""

    field: str
    path: PathKey
    order: int
    repeat: str | None
    ordered: bool  # relevant: only earlier questions
    subject: str | None  # the question a constraint checks, which '.' stands for


class _Builder:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.data: dict[str, Any] = document.data
        self.problems: list[SourceProblem] = []
        self.languages: tuple[str, ...] = tuple(self.data["languages"])
        self.default = self.languages[0]
        self.places: dict[str, _Place] = {}
        self.expressions: list[tuple[Expr, _Owner]] = []
        self.order = 0

    def problem(self, path: PathKey, message: str) -> None:
        context, field = locate(self.data, path)
        if field and not message.startswith(field.split(".")[0] + ":"):
            message = f"{field}: {message}"
        self.problems.append(
            SourceProblem(self.document.name, self.document.line(path), context, message)
        )

    def text(self, value: dict[str, str], path: PathKey) -> Text:
        if self.default not in value:
            self.problem(path, f"missing the default language '{self.default}'")
        for lang in value:
            if lang not in self.languages:
                self.problem((*path, lang), f"language '{lang}' is not in languages")
        return Text(dict(value), self.default)

    def optional_text(self, item: dict[str, Any], key: str, path: PathKey) -> Text | None:
        return self.text(item[key], (*path, key)) if key in item else None

    def declare(self, ident: str, path: PathKey, kind: str, repeat: str | None) -> None:
        first = self.places.get(ident)
        if first is not None:
            line = self.document.line(first.path)
            self.problem((*path, "id"), f"duplicate id '{ident}' (first used on line {line})")
            return
        self.places[ident] = _Place(self.order, self.order, repeat, path, kind)

    def expression(
        self, item: dict[str, Any], key: str, path: PathKey, owner: _Owner
    ) -> Expr | None:
        if key not in item:
            return None
        try:
            expr = parse(item[key])
        except ExpressionError as error:
            self.problem((*path, key), f"{key}: {error.message}")
            return None
        self.expressions.append((expr, owner))
        return expr

    # -- the document ------------------------------------------------------

    def build(self, content_hash: str) -> Questionnaire:
        choice_lists = {
            name: self.choices(choices, ("choice_lists", name))
            for name, choices in self.data.get("choice_lists", {}).items()
        }
        consent = self.consent() if "consent" in self.data else None
        sections = tuple(
            self.section(section, ("sections", index), choice_lists)
            for index, section in enumerate(self.data["sections"])
        )
        for expr, owner in self.expressions:
            self.check_references(expr, owner)
        index: dict[str, SectionItem] = {}
        for section in sections:
            for item in section.items:
                index[item.id] = item
                if isinstance(item, RepeatGroup):
                    index.update((q.id, q) for q in item.questions)
        return Questionnaire(
            id=self.data["id"],
            version=self.data["version"],
            titles=self.text(self.data["title"], ("title",)),
            languages=self.languages,
            sections=sections,
            choice_lists=choice_lists,
            consent=consent,
            redaction=self.data.get("redaction", {}),
            hash=content_hash,
            _index=index,
        )

    def choices(self, raw: list[dict[str, Any]], path: PathKey) -> tuple[Choice, ...]:
        seen: set[str] = set()
        result = []
        for index, choice in enumerate(raw):
            if choice["value"] in seen:
                self.problem((*path, index, "value"), f"duplicate choice value '{choice['value']}'")
            seen.add(choice["value"])
            result.append(
                Choice(choice["value"], self.text(choice["label"], (*path, index, "label")))
            )
        return tuple(result)

    def consent(self) -> Consent:
        raw = self.data["consent"]
        scopes = []
        seen: set[str] = set()
        for index, scope in enumerate(raw["scopes"]):
            path: PathKey = ("consent", "scopes", index)
            if scope["id"] in seen:
                self.problem((*path, "id"), f"duplicate scope id '{scope['id']}'")
            seen.add(scope["id"])
            label = self.text(scope["label"], (*path, "label"))
            scopes.append(ConsentScope(scope["id"], label, scope["required"]))
        return Consent(self.text(raw["text"], ("consent", "text")), tuple(scopes))

    def section(
        self, raw: dict[str, Any], path: PathKey, lists: dict[str, tuple[Choice, ...]]
    ) -> Section:
        self.declare(raw["id"], path, "section", None)
        owner = _Owner("relevant", path, self.order, None, ordered=True, subject=None)
        relevant = self.expression(raw, "relevant", path, owner)
        items: list[SectionItem] = []
        for index, item in enumerate(raw["questions"]):
            item_path: PathKey = (*path, "questions", index)
            self.order += 1
            if item["type"] == "repeat":
                items.append(self.repeat(item, item_path, raw["id"], lists))
            else:
                items.append(self.question(item, item_path, raw["id"], None, lists))
        return Section(raw["id"], self.text(raw["title"], (*path, "title")), tuple(items), relevant)

    def repeat(
        self,
        raw: dict[str, Any],
        path: PathKey,
        section: str,
        lists: dict[str, tuple[Choice, ...]],
    ) -> RepeatGroup:
        self.declare(raw["id"], path, "repeat", None)
        start = self.order
        owner = _Owner("relevant", path, start, None, ordered=True, subject=None)
        relevant = self.expression(raw, "relevant", path, owner)
        questions = []
        for index, item in enumerate(raw["questions"]):
            self.order += 1
            item_path: PathKey = (*path, "questions", index)
            questions.append(self.question(item, item_path, section, raw["id"], lists))
        if raw["id"] in self.places and self.places[raw["id"]].path == path:
            self.places[raw["id"]] = _Place(start, self.order, None, path, "repeat")
        own = {question["id"] for question in raw["questions"]}
        for lang, template in raw["label"].items():
            for name in PLACEHOLDER.findall(template):
                if name not in own:
                    self.problem(
                        (*path, "label", lang), f"'${{{name}}}' is not a question of this group"
                    )
        low, high = raw.get("min", 0), raw.get("max")
        if high is not None and low > high:
            self.problem((*path, "min"), f"{low} is greater than max ({high})")
        return RepeatGroup(
            raw["id"],
            section,
            self.text(raw["label"], (*path, "label")),
            tuple(questions),
            low,
            high,
            relevant,
        )

    def question(
        self,
        raw: dict[str, Any],
        path: PathKey,
        section: str,
        repeat: str | None,
        lists: dict[str, tuple[Choice, ...]],
    ) -> Question:
        kind = raw["type"]
        self.declare(raw["id"], path, kind, repeat)
        self.check_fields(raw, path)
        relevant = self.expression(
            raw, "relevant", path, _Owner("relevant", path, self.order, repeat, True, None)
        )
        constraint = self.expression(
            raw,
            "constraint",
            path,
            _Owner("constraint", path, self.order, repeat, False, raw["id"]),
        )
        choices: tuple[Choice, ...] = ()
        if "choices" in raw:
            choices = self.choices(raw["choices"], (*path, "choices"))
        elif raw.get("choice_list") in lists:
            choices = lists[raw["choice_list"]]
        elif "choice_list" in raw:
            self.problem((*path, "choice_list"), f"no choice list named '{raw['choice_list']}'")
        return Question(
            id=raw["id"],
            type=kind,
            section=section,
            repeat=repeat,
            labels=self.text(raw["label"], (*path, "label")),
            hints=self.optional_text(raw, "hint", path),
            required=raw.get("required", False),
            relevant=relevant,
            constraint=constraint,
            constraint_message=self.optional_text(raw, "constraint_message", path),
            choices=choices,
            choice_list=raw.get("choice_list"),
            precision=raw.get("precision"),
            min=raw.get("min"),
            max=raw.get("max"),
            identifying=raw.get("identifying", False),
            quasi_identifier=raw.get("quasi_identifier", False),
            redact=raw.get("redact", "auto" if kind == "long_text" else "off"),
        )

    def check_fields(self, raw: dict[str, Any], path: PathKey) -> None:
        kind = raw["type"]
        if kind in CHOICE_TYPES:
            if "choices" in raw and "choice_list" in raw:
                self.problem(path, "give either 'choices' or 'choice_list', not both")
            elif "choices" not in raw and "choice_list" not in raw:
                self.problem(path, f"choices missing: a {kind} needs 'choices' or 'choice_list'")
        else:
            for key in ("choices", "choice_list"):
                if key in raw:
                    self.problem((*path, key), f"'{key}' only applies to choice questions")
        if kind == "date" and "precision" not in raw:
            self.problem(path, "a date needs 'precision' (year, month or day)")
        if kind != "date" and "precision" in raw:
            self.problem((*path, "precision"), "'precision' only applies to dates")
        if kind not in NUMBER_TYPES:
            for key in ("min", "max"):
                if key in raw:
                    self.problem((*path, key), f"'{key}' only applies to integer and decimal")
        elif "min" in raw and "max" in raw and raw["min"] > raw["max"]:
            self.problem((*path, "min"), f"{raw['min']} is greater than max ({raw['max']})")
        if kind not in TEXT_TYPES and "redact" in raw:
            self.problem((*path, "redact"), "'redact' only applies to text and long_text")
        if kind == "note":
            for key in ("required", "constraint"):
                if key in raw:
                    self.problem((*path, key), f"a note takes no answer, so no '{key}'")

    # -- expressions -------------------------------------------------------

    def check_references(self, expr: Expr, owner: _Owner) -> None:
        counted = {id(call.args[0]) for call in _calls(expr, "count")}
        for node in walk(expr):
            if isinstance(node, Current) and owner.subject is None:
                self.expr_problem(
                    owner, "'.' (the answer itself) is only allowed in a constraint", node.pos
                )
            elif isinstance(node, Ref):
                self.check_ref(node, owner, id(node) in counted)
            elif isinstance(node, Call):
                self.check_call(node, owner)
            elif isinstance(node, Binary) and node.op in ("=", "!="):
                self.check_comparison(node, owner)

    def expr_problem(self, owner: _Owner, reason: str, position: int) -> None:
        self.problem((*owner.path, owner.field), f"{owner.field}: {reason} at position {position}")

    def check_ref(self, ref: Ref, owner: _Owner, in_count: bool) -> None:
        place = self.places.get(ref.name)
        if place is None or place.kind == "section":
            self.expr_problem(owner, f"unknown question '{ref.name}'", ref.pos)
            return
        if place.kind == "repeat" and not in_count:
            self.expr_problem(
                owner, f"'{ref.name}' is a repeat group; use count(${{{ref.name}}})", ref.pos
            )
            return
        if place.kind != "repeat" and in_count:
            self.expr_problem(owner, f"count() takes a repeat group, not '{ref.name}'", ref.pos)
            return
        if place.kind == "note":
            self.expr_problem(owner, f"'{ref.name}' is a note and has no answer", ref.pos)
            return
        if place.repeat is not None and place.repeat != owner.repeat:
            self.expr_problem(
                owner,
                f"'{ref.name}' is inside repeat '{place.repeat}'; "
                f"only its own questions can use it (or count(${{{place.repeat}}}))",
                ref.pos,
            )
            return
        if owner.ordered:
            if place.order == owner.order:
                self.expr_problem(owner, f"refers to itself ('{ref.name}')", ref.pos)
            elif place.end >= owner.order:
                self.expr_problem(
                    owner,
                    f"refers to '{ref.name}', which is not asked before it "
                    "(skip logic may only use earlier answers)",
                    ref.pos,
                )

    def check_call(self, call: Call, owner: _Owner) -> None:
        if call.name not in ("selected", "count-selected"):
            return
        target = call.args[0]
        name = target.name if isinstance(target, Ref) else None
        if isinstance(target, Current):
            name = owner.subject
        place = self.places.get(name) if name else None
        if name is None or (place is not None and place.kind not in CHOICE_TYPES):
            self.expr_problem(owner, f"{call.name}() takes a choice question first", call.pos)
            return
        if call.name == "selected" and isinstance(call.args[1], String):
            self.check_choice_value(name, call.args[1].value, owner, call.pos)

    def check_comparison(self, node: Binary, owner: _Owner) -> None:
        for ref, literal in ((node.left, node.right), (node.right, node.left)):
            if isinstance(ref, Ref) and isinstance(literal, String):
                self.check_choice_value(ref.name, literal.value, owner, ref.pos)

    def check_choice_value(self, name: str, value: str, owner: _Owner, position: int) -> None:
        place = self.places.get(name)
        if place is None:
            return
        if place.kind == "yes_no":
            allowed: set[str] | None = {"yes", "no"}
        elif place.kind in CHOICE_TYPES:
            allowed = self.choice_values(place.path)
        else:
            return
        if allowed is not None and value not in allowed:
            self.expr_problem(owner, f"'{value}' is not a choice of '{name}'", position)

    def choice_values(self, path: PathKey) -> set[str] | None:
        """Values of the choice question at ``path``; ``None`` if its list is missing."""
        raw: Any = self.data
        for key in path:
            raw = raw[key]
        choices = raw.get("choices") or self.data.get("choice_lists", {}).get(
            raw.get("choice_list")
        )
        return None if choices is None else {choice["value"] for choice in choices}


def _calls(expr: Expr, name: str) -> list[Call]:
    return [node for node in walk(expr) if isinstance(node, Call) and node.name == name]


def build(document: Document, content_hash: str) -> tuple[Questionnaire, list[SourceProblem]]:
    """The questionnaire and every problem of meaning found while building it."""
    builder = _Builder(document)
    questionnaire = builder.build(content_hash)
    return questionnaire, sorted(builder.problems, key=lambda p: p.line or 0)
