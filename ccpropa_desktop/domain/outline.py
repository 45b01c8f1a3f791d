"""Numbering and restructuring of outlines: the task table (1, 2, 2.1) and body headings (I., 1., a)).

Both are flat lists of items with a ``depth``; the hierarchy and numbers are derived from order and
depth, so moving or indenting never leaves a stale number behind.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

MAX_TASK_DEPTH = 2  # 1, 1.1, 1.1.1
MAX_SECTION_DEPTH = 2  # I., 1., a)


class HasDepth(Protocol):
    depth: int


T = TypeVar("T", bound=HasDepth)


def to_roman(n: int) -> str:
    values = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
              (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for value, letters in values:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _counters(depths: Sequence[int]) -> list[list[int]]:
    result: list[list[int]] = []
    stack: list[int] = []
    for depth in depths:
        depth = min(depth, len(stack))  # a jump of more than one level is treated as one
        del stack[depth + 1:]
        if len(stack) == depth:
            stack.append(1)
        else:
            stack[depth] += 1
        result.append(list(stack))
    return result


def task_numbers(depths: Sequence[int]) -> list[str]:
    """Depths [0, 0, 1, 1, 0] → ["1", "2", "2.1", "2.2", "3"]."""
    return [".".join(str(c) for c in counter) for counter in _counters(depths)]


def section_numbers(depths: Sequence[int]) -> list[str]:
    """Depths [0, 1, 1, 2, 0] → ["I.", "1.", "2.", "a)", "II."]."""
    out = []
    for counter in _counters(depths):
        last = counter[-1]
        if len(counter) == 1:
            out.append(f"{to_roman(last)}.")
        elif len(counter) == 2:
            out.append(f"{last}.")
        else:
            out.append(f"{chr(ord('a') + (last - 1) % 26)})")
    return out


def normalise_depths(depths: Sequence[int]) -> list[int]:
    """Clamp depths so no item is more than one level deeper than the one before it."""
    out: list[int] = []
    for depth in depths:
        limit = out[-1] + 1 if out else 0
        out.append(max(0, min(depth, limit)))
    return out


def subtree_end(items: Sequence[HasDepth], index: int) -> int:
    """Index one past the last descendant of ``items[index]``."""
    depth = items[index].depth
    end = index + 1
    while end < len(items) and items[end].depth > depth:
        end += 1
    return end


def indent[T: HasDepth](items: list[T], index: int, max_depth: int) -> bool:
    """Make ``items[index]`` (with its sub-items) a child of the item above. False if impossible."""
    if index == 0:
        return False
    item = items[index]
    previous = items[index - 1]
    end = subtree_end(items, index)
    deepest = max(it.depth for it in items[index:end])
    if previous.depth < item.depth or deepest + 1 > max_depth:
        return False
    for it in items[index:end]:
        it.depth += 1
    return True


def outdent[T: HasDepth](items: list[T], index: int) -> bool:
    """Lift ``items[index]`` (with its sub-items) one level, keeping the order of rows.

    As in a word processor's outline, siblings that followed it now follow it one level deeper,
    so they become its sub-items.
    """
    if items[index].depth == 0:
        return False
    end = subtree_end(items, index)
    for it in items[index:end]:
        it.depth -= 1
    return True


def move[T: HasDepth](items: list[T], index: int, direction: int) -> int | None:
    """Swap ``items[index]`` and its subtree with the previous/next sibling. Returns the new index."""
    item = items[index]
    end = subtree_end(items, index)
    if direction < 0:
        j = index - 1
        while j >= 0 and items[j].depth > item.depth:
            j -= 1
        if j < 0 or items[j].depth != item.depth:
            return None
        items[j:end] = items[index:end] + items[j:index]
        return j
    if end >= len(items) or items[end].depth != item.depth:
        return None
    other_end = subtree_end(items, end)
    items[index:other_end] = items[end:other_end] + items[index:end]
    return index + (other_end - end)
