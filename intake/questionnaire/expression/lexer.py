"""Tokenizer of the expression language (docs/questionnaire-format.md, "Expressions")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from intake.questionnaire.expression.errors import ExpressionError

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z][A-Za-z0-9_]*)*")
_ID = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_SYMBOLS = ("!=", "<=", ">=", "=", "<", ">", "+", "-", "*", "(", ")", ",")


@dataclass(frozen=True)
class Token:
    """One token. ``kind`` is ``number``, ``string``, ``ref``, ``dot``, ``name``,
    ``symbol`` or ``end``; ``text`` is the number text, string value, question id,
    name or symbol."""

    kind: str
    text: str
    pos: int


def tokenize(source: str) -> list[Token]:
    """Split ``source`` into tokens, ending with an ``end`` token."""
    tokens: list[Token] = []
    pos = 0
    while True:
        while pos < len(source) and source[pos].isspace():
            pos += 1
        if pos == len(source):
            tokens.append(Token("end", "", pos))
            return tokens
        token = _next_token(source, pos)
        tokens.append(token)
        pos = _token_end(source, token)


def _token_end(source: str, token: Token) -> int:
    if token.kind == "ref":
        return source.index("}", token.pos) + 1
    if token.kind == "string":
        return token.pos + len(token.text) + 2
    if token.kind == "dot":
        return token.pos + 1
    return token.pos + len(token.text)


def _next_token(source: str, pos: int) -> Token:
    char = source[pos]
    if source.startswith("${", pos):
        match = _ID.match(source, pos + 2)
        if match is None:
            raise ExpressionError("expected a question id after '${'", pos)
        if not source.startswith("}", match.end()):
            raise ExpressionError("missing '}' after the question id", match.end())
        return Token("ref", match.group(), pos)
    if char in "'\"":
        end = source.find(char, pos + 1)
        if end < 0:
            raise ExpressionError("unterminated string", pos)
        return Token("string", source[pos + 1 : end], pos)
    match = _NUMBER.match(source, pos)
    if match is not None:
        return Token("number", match.group(), pos)
    if char == ".":
        if _NUMBER.match(source, pos + 1):
            raise ExpressionError("a number must start with a digit (write 0.5)", pos)
        return Token("dot", ".", pos)
    match = _NAME.match(source, pos)
    if match is not None:
        return Token("name", match.group(), pos)
    for symbol in _SYMBOLS:
        if source.startswith(symbol, pos):
            return Token("symbol", symbol, pos)
    raise ExpressionError(f"unexpected character {char!r}", pos)
