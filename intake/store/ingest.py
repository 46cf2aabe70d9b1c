"""Recording a whole interview from JSON: ``intake ingest`` (docs/storage.md, "intake ingest").

Reading and checking (:func:`parse_request`) is separate from writing
(:func:`record`): every problem is found before anything is stored, and the
interview is then written in one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from intake.errors import QuestionnaireError, UsageError
from intake.questionnaire import (
    Question,
    Questionnaire,
    RepeatGroup,
    check_answers,
    coerce,
)
from intake.questionnaire.catalog import QUESTIONNAIRE_ID
from intake.store.store import Store

_FIELDS = {"questionnaire", "interviewer", "consent", "answers", "deny", "finalize"}
NO_DECISIONS: dict[str, list[Any]] = {"reject": [], "add": []}


class IngestRejected(UsageError):
    """The file cannot be recorded; ``problems`` lists every reason, one line each."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.problems = [f"{source}: {problem}" for problem in problems]
        more = len(problems) - 1
        suffix = f" (and {more} more problem{'s' * (more > 1)})" if more else ""
        super().__init__(self.problems[0] + suffix)


@dataclass(frozen=True)
class Narrative:
    """A narrative answer's redaction, ready to store."""

    question_id: str
    instance: tuple[str, int] | None
    original: str = field(repr=False)  # never in a log or a traceback
    redacted: str
    findings: list[dict[str, Any]]


@dataclass
class IngestRequest:
    """A checked interview: typed answers that satisfy the questionnaire."""

    questionnaire: Questionnaire
    interviewer: str
    consent: dict[str, bool]
    answers: dict[str, Any] = field(repr=False)  # answers, names: never in a log or traceback
    deny: list[str] = field(repr=False)
    finalize: bool
    narratives: list[Narrative] = field(default_factory=list, repr=False)
    pseudonyms_json: str | None = field(default=None, repr=False)


def parse_request(
    data: bytes, source: str, questionnaire_for: Callable[[str], Questionnaire]
) -> IngestRequest:
    """Decode, coerce and check one interview; raise IngestRejected listing every problem."""
    document = _decode(data, source)
    problems = [f"unknown field '{_shown(key)}'" for key in sorted(set(document) - _FIELDS)]
    questionnaire_id = document.get("questionnaire")
    interviewer = document.get("interviewer")
    if not isinstance(questionnaire_id, str):
        raise IngestRejected(source, ["field 'questionnaire' must be a questionnaire id"])
    questionnaire = questionnaire_for(questionnaire_id)
    if questionnaire.id != questionnaire_id:
        problems.append(f"questionnaire file has id '{questionnaire.id}', not '{questionnaire_id}'")
    if not isinstance(interviewer, str) or not interviewer.strip():
        problems.append("field 'interviewer' must be a non-empty interviewer code")
    finalize = document.get("finalize", False)
    if not isinstance(finalize, bool):
        problems.append("field 'finalize' must be true or false")
    deny = document.get("deny", [])
    if not isinstance(deny, list) or not all(isinstance(term, str) for term in deny):
        problems.append("field 'deny' must be a list of texts")
        deny = []
    consent, consent_problems = _consent(questionnaire, document.get("consent", {}))
    problems += consent_problems
    raw_answers = document.get("answers")
    if not isinstance(raw_answers, dict):
        problems.append("field 'answers' must map question ids to values")
        raw_answers = {}
    answers = _coerce_all(questionnaire, raw_answers)
    problems += [
        _problem_line(p.question_id, p.instance, p.message)
        for p in check_answers(questionnaire, answers)
    ]
    if problems:
        raise IngestRejected(source, problems)
    return IngestRequest(
        questionnaire, str(interviewer).strip(), consent, answers, list(deny), bool(finalize)
    )


def _decode(data: bytes, source: str) -> dict[str, Any]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise IngestRejected(source, ["not UTF-8 text"]) from None
    try:
        document = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise IngestRejected(
            source, [f"not valid JSON (line {exc.lineno}, column {exc.colno})"]
        ) from None
    except ValueError as exc:
        raise IngestRejected(source, [str(exc)]) from None
    except RecursionError:
        raise IngestRejected(source, ["nested too deeply"]) from None
    if not isinstance(document, dict):
        raise IngestRejected(source, ["expected a JSON object"])
    return document


def _shown(key: str) -> str:
    """A key from the file, shown only if it looks like an id (it might be an answer)."""
    return key if QUESTIONNAIRE_ID.fullmatch(key) else "?"


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"key '{_shown(key)}' appears twice")
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a valid JSON number")


def _problem_line(question_id: str, instance: int | None, message: str) -> str:
    where = f"question '{question_id}'"
    if instance is not None:
        where += f" (instance {instance + 1})"
    return f"{where}: {message}"


def _consent(questionnaire: Questionnaire, raw: object) -> tuple[dict[str, bool], list[str]]:
    if not isinstance(raw, dict) or not all(isinstance(v, bool) for v in raw.values()):
        return {}, ["field 'consent' must map scope ids to true or false"]
    scopes = questionnaire.consent.scopes if questionnaire.consent else ()
    known = {scope.id for scope in scopes}
    problems = [f"consent: unknown scope '{_shown(key)}'" for key in raw if key not in known]
    problems += [
        f"consent '{scope.id}': required, the interview cannot be recorded without it"
        for scope in scopes
        if scope.required and raw.get(scope.id) is not True
    ]
    return dict(raw), problems


def _coerce_all(questionnaire: Questionnaire, raw: dict[str, Any]) -> dict[str, Any]:
    """Typed answers; a value that cannot be coerced stays as it is for check_answers to name."""

    def typed(question: Question | None, value: object) -> object:
        if question is None:
            return value
        try:
            return coerce(question, value)
        except QuestionnaireError:
            return value

    answers: dict[str, Any] = {}
    for key, value in raw.items():
        item = questionnaire.item(key)
        if isinstance(item, RepeatGroup) and isinstance(value, list):
            questions = {question.id: question for question in item.questions}
            value = [
                {
                    k: v
                    for k, inner in entry.items()
                    if (v := typed(questions.get(k), inner)) is not None
                }
                if isinstance(entry, dict)
                else entry
                for entry in value
            ]
        elif isinstance(item, Question):
            value = typed(item, value)
        if value is not None:
            answers[key] = value
    return answers


def flatten(
    questionnaire: Questionnaire, answers: Mapping[str, Any]
) -> Iterator[tuple[str | None, tuple[str, int] | None, Any]]:
    """``(question id, repeat instance or None, value)`` for every answer of checked answers.

    An instance without answers gives ``(None, instance, None)``, so it is kept.
    """
    for key, value in answers.items():
        if isinstance(questionnaire.item(key), RepeatGroup):
            for index, entry in enumerate(value):
                if not entry:
                    yield None, (key, index), None
                for question_id, inner in entry.items():
                    yield question_id, (key, index), inner
        else:
            yield key, None, value


def narrative_questions(questionnaire: Questionnaire) -> set[str]:
    """Questions whose answers go through automatic redaction."""
    return {q.id for q in questionnaire.questions() if q.type == "long_text" and q.redact == "auto"}


def redact_narratives(request: IngestRequest) -> None:
    """Run every narrative answer through the redaction engine, sharing one pseudonym map."""
    wanted = narrative_questions(request.questionnaire)
    texts = [
        (qid, inst, v)
        for qid, inst, v in flatten(request.questionnaire, request.answers)
        if qid in wanted
    ]
    if not texts:
        return
    from intake.redaction import Policy, PseudonymMap, Redactor  # loads spaCy: only when needed

    redactor = Redactor.load(Policy.from_questionnaire_block(request.questionnaire.redaction))
    pseudonyms = PseudonymMap()
    for question_id, instance, text in texts:
        result = redactor.redact(text, pseudonyms=pseudonyms, deny=tuple(request.deny))
        findings = [finding.to_dict() for finding in result.findings]
        request.narratives.append(Narrative(question_id, instance, text, result.text, findings))
    request.pseudonyms_json = pseudonyms.to_json()


def record(store: Store, request: IngestRequest) -> str:
    """Write the interview in one transaction (finalizing it if asked); returns its id."""
    with store.batch():
        interview_id = store.new_interview(request.questionnaire, request.interviewer)
        store.save_consent(interview_id, request.consent)
        store.set_deny_list(interview_id, request.deny)
        for question_id, instance, value in flatten(request.questionnaire, request.answers):
            if question_id is None and instance is not None:
                store.add_instance(interview_id, instance[0])
            elif question_id is not None:
                store.save_answer(interview_id, question_id, value, instance)
        for narrative in request.narratives:
            store.save_redaction(
                interview_id,
                narrative.question_id,
                narrative.instance,
                narrative.original,
                narrative.redacted,
                narrative.findings,
                NO_DECISIONS,
            )
        if request.pseudonyms_json is not None:
            store.save_pseudonyms(interview_id, request.pseudonyms_json)
        store.audit("ingest", interview_id)
        if request.finalize:
            store.finalize(interview_id)
    return interview_id
