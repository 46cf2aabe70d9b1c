"""Reading a questionnaire file: UTF-8 text → JSON-compatible data with line numbers.

Implements the "YAML subset" of docs/questionnaire-format.md: only
``true``/``false`` are booleans, dates stay strings, keys are unique strings,
no merge keys, no infinities. Every node's line is kept (keyed by its path in
the document) so that later checks can point at the line of a problem.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from intake.questionnaire.problems import InvalidQuestionnaire, SourceProblem

PathKey = tuple[str | int, ...]

_BOOL = "tag:yaml.org,2002:bool"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MERGE = "tag:yaml.org,2002:merge"
_PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "map", "seq")
)
_MAX_NODES = 100_000
_MAX_DEPTH = 64


class _Loader(yaml.SafeLoader):
    """SafeLoader without YAML 1.1 booleans (yes/no/on/off) and timestamps."""

    yaml_implicit_resolvers = {  # noqa: RUF012 (PyYAML's own class attribute)
        first: [(tag, rx) for tag, rx in resolvers if tag not in (_BOOL, _TIMESTAMP)]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


_Loader.add_implicit_resolver(
    _BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


@dataclass
class Document:
    """A parsed questionnaire file: ``data`` and the line of every node in it."""

    name: str
    data: Any
    lines: dict[PathKey, int] = field(default_factory=dict)

    def line(self, path: PathKey) -> int | None:
        """The line of the node at ``path``, or of its nearest existing parent."""
        for end in range(len(path), -1, -1):
            found = self.lines.get(path[:end])
            if found is not None:
                return found
        return None


def decode(raw: bytes, name: str) -> str:
    """UTF-8 bytes → text (a leading byte-order mark is dropped)."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        message = f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})"
        raise InvalidQuestionnaire(
            [SourceProblem(name, line, None, message + "; save the file as UTF-8")]
        ) from None


def read_document(text: str, name: str) -> Document:
    """Parse YAML ``text``; raises :class:`InvalidQuestionnaire` for every problem found."""
    try:
        loader = _Loader(text)  # refuses control characters at once
        node = loader.get_single_node()
    except yaml.reader.ReaderError as exc:
        where = text.count("\n", 0, exc.position) + 1
        reason = f"control character U+{exc.character:04X} is not allowed in YAML"
        raise InvalidQuestionnaire([SourceProblem(name, where, None, reason)]) from None
    except RecursionError:
        raise InvalidQuestionnaire(
            [SourceProblem(name, None, None, "the document is too large or too deeply nested")]
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        reason = exc.problem or exc.context or "cannot be parsed"
        raise InvalidQuestionnaire(
            [SourceProblem(name, line, None, f"malformed YAML: {reason}")]
        ) from None
    except yaml.YAMLError as exc:
        raise InvalidQuestionnaire(
            [SourceProblem(name, None, None, f"malformed YAML: {type(exc).__name__}")]
        ) from None
    if node is None:
        raise InvalidQuestionnaire([SourceProblem(name, 1, None, "the file is empty")])
    converter = _Converter(loader, name)
    document = Document(name, converter.convert(node, (), node.start_mark.line + 1, 0))
    document.lines = converter.lines
    loader.dispose()
    if converter.problems:
        raise InvalidQuestionnaire(converter.problems)
    return document


class _Converter:
    def __init__(self, loader: _Loader, name: str) -> None:
        self.loader = loader
        self.name = name
        self.lines: dict[PathKey, int] = {}
        self.problems: list[SourceProblem] = []
        self.nodes = 0

    def problem(self, line: int, message: str) -> None:
        self.problems.append(SourceProblem(self.name, line, None, message))

    def convert(self, node: Node, path: PathKey, line: int, depth: int) -> Any:
        self.lines[path] = line
        self.nodes += 1
        if self.nodes > _MAX_NODES or depth > _MAX_DEPTH:
            if not self.problems or "too large" not in self.problems[-1].message:
                self.problem(line, "the document is too large or too deeply nested")
            return None
        if node.tag not in _PLAIN_TAGS:
            self.problem(line, f"YAML tag {node.tag} is not supported")
            return None
        if isinstance(node, MappingNode):
            return self.mapping(node, path, depth)
        if isinstance(node, SequenceNode):
            return [
                self.convert(item, (*path, index), item.start_mark.line + 1, depth + 1)
                for index, item in enumerate(node.value)
            ]
        value = self.loader.construct_object(node)
        if isinstance(value, float) and not math.isfinite(value):
            self.problem(line, "infinite or not-a-number values are not allowed")
            return None
        return value

    def mapping(self, node: MappingNode, path: PathKey, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if key_node.tag == _MERGE:
                self.problem(line, "merge keys (<<) are not supported")
                continue
            key = (
                self.loader.construct_object(key_node) if isinstance(key_node, ScalarNode) else None
            )
            if not isinstance(key, str):
                self.problem(line, "every key must be a string")
                continue
            if key in result:
                self.problem(line, f"duplicate key '{key}'")
                continue
            result[key] = self.convert(value_node, (*path, key), line, depth + 1)
        return result
