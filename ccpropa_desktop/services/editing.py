"""Editing a plan's tasks and sections (W3): every call is one transaction, numbers re-derived."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from ccpropa_desktop.domain import outline
from ccpropa_desktop.domain.model import TASK_FIELDS, Plan, Section, Task
from ccpropa_desktop.domain.text import clean_line
from ccpropa_desktop.errors import NotFound, UserError
from ccpropa_desktop.store import Store

from .plans import get_plan

Item = TypeVar("Item", Task, Section)

KINDS = {"tasks": ("nhiệm vụ", outline.MAX_TASK_DEPTH), "sections": ("mục", outline.MAX_SECTION_DEPTH)}


def _items(plan: Plan, kind: str) -> list:
    return plan.tasks if kind == "tasks" else plan.sections


def _paths(items: Sequence[Task | Section]) -> list[str]:
    """Full section numbers, unique in a plan: "I", "II.1", "IV.2.a"."""
    out: list[str] = []
    stack: list[str] = []
    for item in items:
        del stack[item.depth:]
        stack.append(item.number.rstrip(".)"))
        out.append(".".join(stack))
    return out


def _find(plan: Plan, kind: str, number: str) -> int:
    """The item numbered ``number``. Section numbers repeat ("1." under I. and under II.), so a
    section can also be named by its full path, "II.1" or "IV.2.a"; a bare "1." is the first one."""
    wanted = str(number).strip()
    items = _items(plan, kind)
    for i, item in enumerate(items):
        if item.number == wanted or item.number.rstrip(".)") == wanted.rstrip(".)"):
            return i
    paths = _paths(items) if kind == "sections" else [it.number for it in items]
    for i, path in enumerate(paths):
        if path == wanted.rstrip(".)"):
            return i
    label = KINDS[kind][0]
    known = ", ".join(paths) or "(trống)"
    raise NotFound(f"{kind[:-1]}_not_found",
                   f"Kế hoạch {plan.id} không có {label} số “{number}”. Các số hiện có: {known}.")


def _fields(values: dict[str, str | None]) -> dict[str, str]:
    out = {}
    for key, value in values.items():
        if value is None:
            continue
        if key not in TASK_FIELDS:
            raise UserError("field_invalid", f"Không có cột “{key}”; các cột: {', '.join(TASK_FIELDS)}.")
        out[key] = clean_line(value)
    return out


def add_task(store: Store, plan_id: int | str, values: dict[str, str | None], *,
             after: str | None = None, as_child: bool = False) -> Task:
    """Add a task at the end, or after task ``after`` (as its sub-task with ``as_child``)."""
    plan = get_plan(store, plan_id)
    fields = _fields(values)
    if not fields.get("content"):
        raise UserError("task_invalid", "Nhiệm vụ mới cần có nội dung (--content).", field="content")
    task = Task(**fields)
    items = plan.tasks
    if after is None:
        items.append(task)
    else:
        i = _find(plan, "tasks", after)
        if as_child:
            if items[i].depth + 1 > outline.MAX_TASK_DEPTH:
                raise UserError("too_deep", "Không thể thêm cấp con sâu hơn 3 cấp.")
            task.depth = items[i].depth + 1
            items.insert(outline.subtree_end(items, i), task)
        else:
            task.depth = items[i].depth
            items.insert(outline.subtree_end(items, i), task)
    store.save_outline(plan.id, "tasks", items)
    return _renumbered(store, plan.id, "tasks", task.id)


def edit_task(store: Store, plan_id: int | str, number: str, values: dict[str, str | None]) -> Task:
    plan = get_plan(store, plan_id)
    i = _find(plan, "tasks", number)
    task = plan.tasks[i]
    fields = _fields(values)
    if "content" in fields and not fields["content"]:  # as add_task: a task says what is to be done
        raise UserError("task_invalid", f"Nội dung nhiệm vụ {task.number} không được để trống (--content).",
                        field="content")
    for key, value in fields.items():
        setattr(task, key, value)
    store.save_outline(plan.id, "tasks", plan.tasks, updated=[task])
    return _renumbered(store, plan.id, "tasks", task.id)


def remove(store: Store, plan_id: int | str, kind: str, number: str) -> list[str]:
    """Remove an item with its sub-items; returns the numbers removed."""
    plan = get_plan(store, plan_id)
    items = _items(plan, kind)
    i = _find(plan, kind, number)
    end = outline.subtree_end(items, i)
    removed = items[i:end]
    del items[i:end]
    store.save_outline(plan.id, kind, items, deleted=[it.id for it in removed])
    return [it.number for it in removed]


def restructure(store: Store, plan_id: int | str, kind: str, number: str, action: str) -> Task | Section:
    """``action`` is up, down, indent or outdent. Raises ``UserError`` when it cannot be done."""
    plan = get_plan(store, plan_id)
    items = _items(plan, kind)
    i = _find(plan, kind, number)
    item = items[i]
    label = KINDS[kind][0]
    if action in ("up", "down"):
        ok = outline.move(items, i, -1 if action == "up" else 1) is not None
        why = f"{label} {number} đã ở {'đầu' if action == 'up' else 'cuối'} nhóm của nó."
    elif action == "indent":
        ok = outline.indent(items, i, KINDS[kind][1])
        why = (f"Không thể lùi {label} {number} vào: cần một {label} cùng cấp ngay phía trên "
               f"và không quá {KINDS[kind][1] + 1} cấp.")
    elif action == "outdent":
        ok = outline.outdent(items, i)
        why = f"{label.capitalize()} {number} đã ở cấp ngoài cùng."
    else:
        raise UserError("action_invalid", f"Thao tác “{action}” không hợp lệ.")
    if not ok:
        raise UserError("cannot_restructure", why[:1].upper() + why[1:])
    store.save_outline(plan.id, kind, items)
    return _renumbered(store, plan.id, kind, item.id)


def add_section(store: Store, plan_id: int | str, title: str, paragraphs: Sequence[str] = (), *,
                after: str | None = None, as_child: bool = False) -> Section:
    plan = get_plan(store, plan_id)
    title = clean_line(title)
    if not title:
        raise UserError("section_invalid", "Mục mới cần có tiêu đề (--title).", field="title")
    section = Section(title=title, paragraphs=[clean_line(p) for p in paragraphs if clean_line(p)])
    items = plan.sections
    if after is None:
        items.append(section)
    else:
        i = _find(plan, "sections", after)
        depth = items[i].depth + (1 if as_child else 0)
        if depth > outline.MAX_SECTION_DEPTH:
            raise UserError("too_deep", "Không thể thêm cấp con sâu hơn mục a).")
        section.depth = depth
        items.insert(outline.subtree_end(items, i), section)
    store.save_outline(plan.id, "sections", items)
    return _renumbered(store, plan.id, "sections", section.id)


def edit_section(store: Store, plan_id: int | str, number: str, *, title: str | None = None,
                 paragraphs: Sequence[str] | None = None) -> Section:
    plan = get_plan(store, plan_id)
    i = _find(plan, "sections", number)
    section = plan.sections[i]
    if title is not None:
        if not clean_line(title):
            raise UserError("section_invalid", "Tiêu đề mục không được để trống.", field="title")
        section.title = clean_line(title)
    if paragraphs is not None:
        section.paragraphs = [clean_line(p) for p in paragraphs if clean_line(p)]
    store.save_outline(plan.id, "sections", plan.sections, updated=[section])
    return _renumbered(store, plan.id, "sections", section.id)


def _renumbered(store: Store, plan_id: int, kind: str, item_id: int | None):
    plan = get_plan(store, plan_id)
    for item in _items(plan, kind):
        if item.id == item_id:
            return item
    raise AssertionError("saved item vanished")


# -- undo support: name items by id, put an outline back exactly as it was ----------------------------
def ref_of(plan: Plan, kind: str, item_id: int) -> str:
    """The name the calls above take for item ``item_id``: a task's number ("2.1"), a section's
    full path ("II.1"), because bare section numbers repeat. The editor keeps ids, not numbers."""
    items = _items(plan, kind)
    names = _paths(items) if kind == "sections" else [it.number for it in items]
    for item, name in zip(items, names, strict=True):
        if item.id == item_id:
            return name
    raise NotFound(f"{kind[:-1]}_not_found", f"Kế hoạch {plan.id} không còn {KINDS[kind][0]} này "
                   "(có thể đã bị xóa ở nơi khác). Hãy mở lại kế hoạch.")


def section_changes(section: Section) -> list[str]:
    """What differs from the template section ("title", "paragraphs"); all of it for a new one."""
    baseline = (section.origin or {}).get("baseline")
    if baseline is None:
        return ["title", "paragraphs"]
    out = []
    if baseline.get("title", "") != section.title:
        out.append("title")
    if list(baseline.get("paragraphs", [])) != list(section.paragraphs):
        out.append("paragraphs")
    return out


def restore(store: Store, plan_id: int | str, kind: str, order: Sequence[tuple[int, int]],
            items: Sequence[Task | Section] = ()) -> Plan:
    """Put a plan's tasks or sections back as they were, for undo and redo.

    ``order`` is every item's (id, depth), top to bottom; ``items`` are rows removed earlier, put back
    with their own ids, fields, origin and reason, so data keyed by task id (tracking) finds them again.
    Refuses, changing nothing, unless ``order`` names exactly the plan's current items plus ``items``.
    """
    plan = get_plan(store, plan_id)
    current = {it.id for it in _items(plan, kind)}
    returning = {it.id for it in items}
    wanted = [item_id for item_id, _ in order]
    depths = [depth for _, depth in order]
    if (None in returning or returning & current or len(set(wanted)) != len(wanted)
            or set(wanted) != current | returning):
        raise UserError("restore_conflict", f"Không hoàn tác được: {KINDS[kind][0]} của kế hoạch "
                        f"{plan.id} đã được sửa ở nơi khác. Hãy mở lại kế hoạch.")
    if outline.normalise_depths(depths) != depths or max(depths, default=0) > KINDS[kind][1]:
        raise UserError("restore_invalid", "Không hoàn tác được: cấp của các mục không hợp lệ.")
    store.restore_outline(plan.id, kind, order, items)
    return get_plan(store, plan.id)
