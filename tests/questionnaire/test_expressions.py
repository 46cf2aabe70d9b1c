"""The expression language: parsing, printing, evaluation and errors."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake.questionnaire.expression import (
    Binary,
    Call,
    Current,
    Expr,
    ExpressionError,
    Negate,
    Number,
    Ref,
    Scope,
    String,
    Value,
    evaluate,
    holds,
    parse,
    to_text,
)
from intake.questionnaire.expression.tree import BINARY_OPERATORS, FUNCTIONS

# -- property tests ------------------------------------------------------------

_leaves = st.one_of(
    st.from_regex(r"[0-9]{1,4}(\.[0-9]{1,3})?", fullmatch=True).map(Number),
    st.text(st.characters(exclude_characters="'\x00"), max_size=6).map(String),
    st.text(st.characters(exclude_characters='"\x00'), max_size=6).map(String),
    st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True).map(Ref),
    st.just(Current()),
)


def _extend(children: st.SearchStrategy[Expr]) -> st.SearchStrategy[Expr]:
    calls = st.sampled_from(sorted(FUNCTIONS)).flatmap(
        lambda name: st.tuples(*[children] * FUNCTIONS[name]).map(lambda a: Call(name, a))
    )
    return st.one_of(
        children.map(Negate),
        st.builds(Binary, st.sampled_from(BINARY_OPERATORS), children, children),
        calls,
    )


trees = st.recursive(_leaves, _extend, max_leaves=12)


@given(trees)
def test_parse_of_printed_tree_is_the_tree(tree: Expr) -> None:
    assert parse(to_text(tree)) == tree


@given(trees)
def test_canonical_text_is_a_fixed_point(tree: Expr) -> None:
    text = to_text(tree)
    assert to_text(parse(text)) == text


@given(st.text(alphabet="${}()'\". <>=!+-*,abdimnotvx019 ", max_size=30))
def test_any_text_parses_or_fails_with_a_position(text: str) -> None:
    try:
        parse(text)
    except ExpressionError as error:
        assert 0 <= error.position <= len(text)
        assert error.message.endswith(f"at position {error.position}")


# -- parsing -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tree"),
    [
        ("${q} = 'yes'", Binary("=", Ref("q"), String("yes"))),
        ("1 + 2 * 3", Binary("+", Number("1"), Binary("*", Number("2"), Number("3")))),
        ("10 - 3 - 2", Binary("-", Binary("-", Number("10"), Number("3")), Number("2"))),
        ("a() or b", None),
        ("not(.)", Call("not", (Current(),))),
        ('selected(${q}, "x")', Call("selected", (Ref("q"), String("x")))),
        ("count-selected(${q}) > 1", Binary(">", Call("count-selected", (Ref("q"),)), Number("1"))),
        ("-${a} mod 2", Binary("mod", Negate(Ref("a")), Number("2"))),
        (
            "${a} = 1 or ${b} = 2 and ${c} = 3",
            Binary(
                "or",
                Binary("=", Ref("a"), Number("1")),
                Binary(
                    "and", Binary("=", Ref("b"), Number("2")), Binary("=", Ref("c"), Number("3"))
                ),
            ),
        ),
        ("  (( ${x} ))  div 4", Binary("div", Ref("x"), Number("4"))),
    ],
)
def test_parse(text: str, tree: Expr | None) -> None:
    if tree is None:
        with pytest.raises(ExpressionError):
            parse(text)
    else:
        assert parse(text) == tree


def test_printer_is_canonical() -> None:
    assert to_text(parse("(${a}+${b})*-(1)")) == "(${a} + ${b}) * -1"
    assert to_text(parse("${a} - (${b} - ${c})")) == "${a} - (${b} - ${c})"
    assert to_text(parse("(1 < 2) = (3 > 4)")) == "(1 < 2) = (3 > 4)"
    assert to_text(parse('not(selected( ${q} ,"it\'s"))')) == 'not(selected(${q}, "it\'s"))'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty expression at position 0"),
        ("${age} >=", "unexpected end of expression at position 9"),
        ("${age", "missing '}' after the question id at position 5"),
        ("${1x} = 2", "expected a question id after '${' at position 0"),
        ("'open", "unterminated string at position 0"),
        ("1 < ${x} < 5", "comparisons cannot be chained; use 'and' at position 9"),
        ("age > 3", "unexpected 'age' (write a question as ${age}) at position 0"),
        ("sum(${a})", "unknown function 'sum' at position 0"),
        ("selected(${a})", "'selected' takes 2 arguments, got 1 at position 0"),
        ("(1 + 2", "expected ')', found end of expression at position 6"),
        ("1 + 2)", "unexpected ')' at position 5"),
        (".5 > 1", "a number must start with a digit (write 0.5) at position 0"),
        ("${a} & ${b}", "unexpected character '&' at position 5"),
        ("${a} and or ${b}", "unexpected 'or' at position 9"),
    ],
)
def test_syntax_errors_name_the_position(text: str, message: str) -> None:
    with pytest.raises(ExpressionError) as caught:
        parse(text)
    assert caught.value.message == message
    assert caught.value.exit_code == 2


# -- evaluation ----------------------------------------------------------------


def _scope(
    values: dict[str, Value], counts: dict[str, int] | None = None, current: Value = ""
) -> Scope:
    return Scope(
        lambda name: values.get(name, ""), lambda name: (counts or {}).get(name, 0), current
    )


@pytest.mark.parametrize(
    ("text", "values", "expected"),
    [
        ("${q} = 'yes' and ${age} >= 18", {"q": "yes", "age": 18}, True),
        ("${q} = 'yes' and ${age} >= 18", {"q": "yes", "age": 17}, False),
        ("${q} = 'yes' and ${age} >= 18", {"q": "yes"}, False),  # unanswered: comparison false
        ("${age} < 18", {}, False),
        ("${age} != 18", {}, True),  # != is the negation of =
        ("${name} = ''", {}, True),
        ("${age} = '18'", {"age": 18}, True),  # number against string: as numbers
        ("${n} + 1 > 2", {"n": "2"}, True),  # numeric strings are numbers
        ("${d} > '2019'", {"d": "2019-05"}, True),  # ISO dates compare as strings
        ("${d} >= '2020-01-01'", {"d": "2019-12-31"}, False),
        ("selected(${m}, 'b')", {"m": ["a", "b"]}, True),
        ("selected(${m}, 'c')", {"m": ["a", "b"]}, False),
        ("selected(${m}, 'c')", {}, False),
        ("selected(${s}, 'a')", {"s": "a"}, True),
        ("count-selected(${m}) = 2", {"m": ["a", "b"]}, True),
        ("not(${x})", {}, True),
        ("${x} or ${y}", {"y": "text"}, True),
        ("7 mod 3 = 1 and 7 div 2 = 3.5", {}, True),
        ("1 div 0 = 1 div 0", {}, False),  # not a number: never equal
        ("-${a} = -3", {"a": 3}, True),
        ("true() and not(false())", {}, True),
    ],
)
def test_evaluation(text: str, values: dict[str, Value], expected: bool) -> None:
    assert holds(parse(text), _scope(values)) is expected


def test_count_and_current() -> None:
    scope = _scope({}, {"postings": 3}, current=5)
    assert evaluate(parse("count(${postings})"), scope) == 3
    assert holds(parse(". > 4 and . <= 5"), scope)
    assert not holds(parse("count(${other}) > 0"), scope)


def test_arithmetic_with_unanswered_is_not_a_number() -> None:
    value = evaluate(parse("${a} + 1"), _scope({}))
    assert isinstance(value, float) and math.isnan(value)
    assert not holds(parse("${a} + 1 > 0"), _scope({}))
    assert not holds(parse("${a} + 1 < 0"), _scope({}))
