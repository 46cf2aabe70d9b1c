"""Recursive-descent parser: expression text → syntax tree.

One function per rule of the grammar in docs/questionnaire-format.md
("Expressions"); every error names the character position where it was found.
"""

from __future__ import annotations

from intake.questionnaire.expression.errors import ExpressionError
from intake.questionnaire.expression.lexer import Token, tokenize
from intake.questionnaire.expression.tree import (
    COMPARISONS,
    FUNCTIONS,
    Binary,
    Call,
    Current,
    Expr,
    Negate,
    Number,
    Ref,
    String,
)


def parse(source: str) -> Expr:
    """Parse an expression; raises :class:`ExpressionError` with the position."""
    parser = _Parser(tokenize(source))
    if parser.peek.kind == "end":
        raise ExpressionError("empty expression", 0)
    expr = parser.expression()
    if parser.peek.kind != "end":
        raise parser.unexpected()
    return expr


def _describe(token: Token) -> str:
    if token.kind == "end":
        return "end of expression"
    if token.kind == "ref":
        return f"'${{{token.text}}}'"
    if token.kind == "string":
        return "string"
    return f"'{token.text}'"


class _Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.index = 0

    @property
    def peek(self) -> Token:
        return self.tokens[self.index]

    def advance(self) -> Token:
        token = self.tokens[self.index]
        if token.kind != "end":
            self.index += 1
        return token

    def at(self, kind: str, *texts: str) -> bool:
        return self.peek.kind == kind and self.peek.text in texts

    def expect_symbol(self, symbol: str) -> Token:
        if not self.at("symbol", symbol):
            raise ExpressionError(
                f"expected '{symbol}', found {_describe(self.peek)}", self.peek.pos
            )
        return self.advance()

    def unexpected(self) -> ExpressionError:
        return ExpressionError(f"unexpected {_describe(self.peek)}", self.peek.pos)

    def expression(self) -> Expr:
        left = self.conjunction()
        while self.at("name", "or"):
            self.advance()
            left = Binary("or", left, self.conjunction())
        return left

    def conjunction(self) -> Expr:
        left = self.comparison()
        while self.at("name", "and"):
            self.advance()
            left = Binary("and", left, self.comparison())
        return left

    def comparison(self) -> Expr:
        left = self.sum()
        if self.peek.kind == "symbol" and self.peek.text in COMPARISONS:
            op = self.advance().text
            left = Binary(op, left, self.sum())
            if self.peek.kind == "symbol" and self.peek.text in COMPARISONS:
                raise ExpressionError("comparisons cannot be chained; use 'and'", self.peek.pos)
        return left

    def sum(self) -> Expr:
        left = self.product()
        while self.at("symbol", "+", "-"):
            op = self.advance().text
            left = Binary(op, left, self.product())
        return left

    def product(self) -> Expr:
        left = self.unary()
        while self.at("symbol", "*") or self.at("name", "div", "mod"):
            op = self.advance().text
            left = Binary(op, left, self.unary())
        return left

    def unary(self) -> Expr:
        if self.at("symbol", "-"):
            self.advance()
            return Negate(self.unary())
        return self.primary()

    def primary(self) -> Expr:
        token = self.peek
        if token.kind == "number":
            self.advance()
            return Number(token.text)
        if token.kind == "string":
            self.advance()
            return String(token.text)
        if token.kind == "ref":
            self.advance()
            return Ref(token.text, token.pos)
        if token.kind == "dot":
            self.advance()
            return Current(token.pos)
        if self.at("symbol", "("):
            self.advance()
            inner = self.expression()
            self.expect_symbol(")")
            return inner
        if token.kind == "name" and token.text not in ("and", "or", "div", "mod"):
            return self.call()
        raise self.unexpected()

    def call(self) -> Expr:
        name = self.advance()
        if not self.at("symbol", "("):
            raise ExpressionError(
                f"unexpected '{name.text}' (write a question as ${{{name.text}}})", name.pos
            )
        if name.text not in FUNCTIONS:
            raise ExpressionError(f"unknown function '{name.text}'", name.pos)
        self.advance()
        args: list[Expr] = []
        if not self.at("symbol", ")"):
            args.append(self.expression())
            while self.at("symbol", ","):
                self.advance()
                args.append(self.expression())
        self.expect_symbol(")")
        wanted = FUNCTIONS[name.text]
        if len(args) != wanted:
            plural = "s" if wanted != 1 else ""
            raise ExpressionError(
                f"'{name.text}' takes {wanted} argument{plural}, got {len(args)}", name.pos
            )
        return Call(name.text, tuple(args), name.pos)
