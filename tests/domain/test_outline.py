"""Outline numbering and restructuring: the task table (1, 2, 2.1) and body headings (I., 1., a))."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ccpropa_desktop.domain import outline
from ccpropa_desktop.domain.outline import (
    MAX_SECTION_DEPTH,
    MAX_TASK_DEPTH,
    indent,
    move,
    normalise_depths,
    outdent,
    section_numbers,
    subtree_end,
    task_numbers,
    to_roman,
)


@dataclass
class Item:
    name: str
    depth: int = 0


def make(spec: str) -> list[Item]:
    """"A B. C. D" → A(0) B(1) C(1) D(0): one dot per level."""
    out = []
    for token in spec.split():
        name = token.rstrip(".")
        out.append(Item(name, len(token) - len(name)))
    return out


def shape(items: list[Item]) -> str:
    return " ".join(it.name + "." * it.depth for it in items)


# -- numbering -------------------------------------------------------------------------------------
def test_task_numbers():
    assert task_numbers([0, 0, 1, 1, 0]) == ["1", "2", "2.1", "2.2", "3"]
    assert task_numbers([0, 1, 2, 2, 1, 0]) == ["1", "1.1", "1.1.1", "1.1.2", "1.2", "2"]
    assert task_numbers([]) == []


def test_task_numbers_of_the_binh_dinh_table():
    depths = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0]
    assert task_numbers(depths) == [
        "1", "2", "3", "4", "5", "5.1", "5.2", "5.3", "5.4", "5.5", "5.6",
        "6", "7", "8", "9", "10", "11",
    ]


def test_task_numbers_treat_a_jump_as_one_level():
    # Numbers agree with normalise_depths: [0, 2, 2] is read as [0, 1, 2].
    assert task_numbers([0, 2, 2]) == ["1", "1.1", "1.1.1"]
    assert task_numbers([0, 2, 0, 3]) == task_numbers(normalise_depths([0, 2, 0, 3])) == [
        "1", "1.1", "2", "2.1"]
    assert task_numbers([1, 1]) == task_numbers(normalise_depths([1, 1])) == ["1", "1.1"]
    assert section_numbers([0, 2, 2]) == ["I.", "1.", "a)"]


def test_section_numbers():
    assert section_numbers([0, 1, 1, 2, 0]) == ["I.", "1.", "2.", "a)", "II."]
    assert section_numbers([0] * 5) == ["I.", "II.", "III.", "IV.", "V."]
    assert section_numbers([0, 1, 2, 2, 2, 1]) == ["I.", "1.", "a)", "b)", "c)", "2."]


def test_roman_numerals():
    assert [to_roman(n) for n in (1, 4, 5, 9, 10, 14, 40, 90, 400, 1999)] == [
        "I", "IV", "V", "IX", "X", "XIV", "XL", "XC", "CD", "MCMXCIX"]


def test_normalise_depths():
    assert normalise_depths([1, 3, 0, 2, -1]) == [0, 1, 0, 1, 0]
    assert normalise_depths([0, 1, 2, 1]) == [0, 1, 2, 1]


def test_subtree_end():
    items = make("A B. C.. D. E")
    assert subtree_end(items, 0) == 4
    assert subtree_end(items, 1) == 3
    assert subtree_end(items, 2) == 3
    assert subtree_end(items, 4) == 5


# -- indent ----------------------------------------------------------------------------------------
def test_indent_makes_task_two_into_one_point_one():
    items = make("A B C")
    assert indent(items, 1, MAX_TASK_DEPTH)
    assert shape(items) == "A B. C"
    assert task_numbers([i.depth for i in items]) == ["1", "1.1", "2"]


def test_indent_carries_the_subtree():
    items = make("A B C. D. E")
    assert indent(items, 1, MAX_TASK_DEPTH)
    assert shape(items) == "A B. C.. D.. E"


@pytest.mark.parametrize(
    ("spec", "index"),
    [
        ("A B", 0),  # the first item has nothing above it
        ("A B.", 1),  # already a child of the item above: no sibling to join
        ("A B. C.. D..", 3),  # would go below the deepest level
        ("A B. C. D..", 2),  # C's subtree already reaches the last level
    ],
)
def test_indent_impossible(spec, index):
    items = make(spec)
    assert not indent(items, index, MAX_TASK_DEPTH)
    assert shape(items) == spec  # untouched


# -- outdent ---------------------------------------------------------------------------------------
def test_outdent_lifts_subtree():
    items = make("A B. C.. D")
    assert outdent(items, 1)
    assert shape(items) == "A B C. D"


def test_outdent_adopts_following_siblings():
    items = make("A B. C. D")
    assert outdent(items, 1)
    assert shape(items) == "A B C. D"
    assert task_numbers([i.depth for i in items]) == ["1", "2", "2.1", "3"]


def test_outdent_top_level_is_impossible():
    items = make("A B.")
    assert not outdent(items, 0)
    assert shape(items) == "A B."


# -- move ------------------------------------------------------------------------------------------
def test_move_down_and_up_between_siblings():
    items = make("A B C")
    assert move(items, 0, +1) == 1
    assert shape(items) == "B A C"
    assert move(items, 2, -1) == 1
    assert shape(items) == "B C A"


def test_move_carries_subtrees():
    items = make("A A1. A2. B B1. C")
    assert move(items, 0, +1) == 2
    assert shape(items) == "B B1. A A1. A2. C"
    assert move(items, 2, -1) == 0
    assert shape(items) == "A A1. A2. B B1. C"
    assert move(items, 3, +1) == 4
    assert shape(items) == "A A1. A2. C B B1."


def test_move_inside_a_group():
    items = make("A A1. A2. A3. B")
    assert move(items, 2, +1) == 3
    assert shape(items) == "A A1. A3. A2. B"


@pytest.mark.parametrize(
    ("spec", "index", "direction"),
    [
        ("A B", 0, -1),  # first
        ("A B", 1, +1),  # last
        ("A A1. B", 1, -1),  # first child: would leave its group
        ("A A1. B", 1, +1),  # last child
        ("A A1. A2.. B", 2, +1),
    ],
)
def test_move_impossible(spec, index, direction):
    items = make(spec)
    assert move(items, index, direction) is None
    assert shape(items) == spec


# -- properties ------------------------------------------------------------------------------------
@st.composite
def outlines(draw):
    raw = draw(st.lists(st.integers(min_value=0, max_value=MAX_TASK_DEPTH), max_size=12))
    depths = normalise_depths(raw)
    return [Item(f"t{i}", d) for i, d in enumerate(depths)]


operations = st.lists(
    st.tuples(st.sampled_from(["indent", "outdent", "up", "down"]), st.integers(0, 50)),
    max_size=30,
)


@given(outlines(), operations, st.sampled_from([MAX_TASK_DEPTH, MAX_SECTION_DEPTH, 1]))
@settings(max_examples=300)
def test_any_sequence_of_operations_keeps_a_valid_outline(items, ops, max_depth):
    for it in items:
        it.depth = min(it.depth, max_depth)
    items[:] = [Item(it.name, d) for it, d in zip(items, normalise_depths([i.depth for i in items]),
                                                   strict=True)]
    before = Counter(it.name for it in items)
    for action, n in ops:
        if not items:
            break
        index = n % len(items)
        snapshot = shape(items)
        if action == "indent":
            ok = indent(items, index, max_depth)
        elif action == "outdent":
            ok = outdent(items, index)
        else:
            ok = move(items, index, -1 if action == "up" else +1) is not None
        if not ok:
            assert shape(items) == snapshot, f"{action} failed but changed the outline"
        depths = [it.depth for it in items]
        assert normalise_depths(depths) == depths
        assert max(depths) <= max_depth
        assert Counter(it.name for it in items) == before
        assert len(task_numbers(depths)) == len(set(task_numbers(depths))) == len(items)


@given(outlines(), st.integers(0, 50))
def test_indent_then_outdent_round_trips(items, n):
    if not items:
        return
    index = n % len(items)
    snapshot = shape(items)
    if indent(items, index, MAX_TASK_DEPTH):
        assert outline.outdent(items, index)
        # Outdent lifts the whole subtree back; siblings that followed were not touched by indent.
        assert shape(items) == snapshot
