"""Every text of a plan by its place ("section:2:paragraph:0", "task:3:lead", "closing:0"), to read,
change in memory and save back in one transaction: what re-voicing and find/replace share."""

from __future__ import annotations

from collections.abc import Iterator

from ccpropa_desktop.domain.model import TASK_FIELDS, Plan
from ccpropa_desktop.store import Store


def plan_texts(plan: Plan, *, with_bases: bool = False) -> Iterator[tuple[str, str]]:
    """(place, text) in reading order. The Căn cứ only `with_bases`: re-voicing never touches it,
    since it cites the template; find/replace goes everywhere."""
    yield "title", plan.title
    if with_bases:
        for i, line in enumerate(plan.legal_bases):
            yield f"basis:{i}", line
    opening = getattr(plan, "opening", None)
    if with_bases and isinstance(opening, str):
        yield "opening", opening
    for s, section in enumerate(plan.sections):
        yield f"section:{s}:title", section.title
        for p, paragraph in enumerate(section.paragraphs):
            yield f"section:{s}:paragraph:{p}", paragraph
    for i, line in enumerate(plan.closing):
        yield f"closing:{i}", line
    yield "appendix_title", plan.appendix_title
    for t, task in enumerate(plan.tasks):
        for name in TASK_FIELDS:
            yield f"task:{t}:{name}", getattr(task, name) or ""


def set_text(plan: Plan, where: str, value: str) -> None:
    """Put `value` at `where` (a place `plan_texts` yields)."""
    kind, _, rest = where.partition(":")
    if kind in ("title", "appendix_title", "opening"):
        setattr(plan, kind, value)
    elif kind in ("basis", "closing"):
        items = plan.legal_bases if kind == "basis" else plan.closing
        items[int(rest)] = value
    elif kind == "section":
        index, part, *paragraph = rest.split(":")
        section = plan.sections[int(index)]
        if part == "title":
            section.title = value
        else:
            section.paragraphs[int(paragraph[0])] = value
    elif kind == "task":
        index, name = rest.split(":")
        setattr(plan.tasks[int(index)], name, value)
    else:
        raise ValueError(f"unknown place {where!r}")


def label(where: str) -> str:
    """A place as the officer reads it: "mục 3, đoạn 1", "nhiệm vụ 2, cột Chủ trì"."""
    kind, _, rest = where.partition(":")
    parts = rest.split(":")
    names = {"content": "Nhiệm vụ", "form": "Hình thức", "lead": "Chủ trì", "partners": "Phối hợp",
             "schedule": "Thời gian", "product": "Sản phẩm", "note": "Ghi chú"}
    if kind == "section":
        part = "tiêu đề" if parts[1] == "title" else f"đoạn {int(parts[2]) + 1}"
        return f"mục {int(parts[0]) + 1}, {part}"
    if kind == "task":
        return f"nhiệm vụ {int(parts[0]) + 1}, cột {names.get(parts[1], parts[1])}"
    return {"title": "trích yếu", "appendix_title": "tên phụ lục", "opening": "đoạn mở đầu"}.get(kind) or (
        f"căn cứ {int(parts[0]) + 1}" if kind == "basis" else f"đoạn kết {int(parts[0]) + 1}")


def save_changed(store: Store, before: Plan, after: Plan) -> None:
    """Write what differs between two readings of one plan, in one transaction (an issued plan
    becomes a new draft, as with every edit)."""
    fields = {name: getattr(after, name) for name in ("title", "legal_bases", "closing", "appendix_title")
              if getattr(after, name) != getattr(before, name)}
    if getattr(after, "opening", None) != getattr(before, "opening", None):
        fields["opening"] = after.opening  # type: ignore[attr-defined]
    tasks = [t for t, old in zip(after.tasks, before.tasks, strict=True) if t.fields() != old.fields()]
    sections = [s for s, old in zip(after.sections, before.sections, strict=True)
                if (s.title, s.paragraphs) != (old.title, old.paragraphs)]
    with store.transaction():
        if fields:
            store.update_plan_fields(after.id, fields)
        if tasks:
            store.save_outline(after.id, "tasks", after.tasks, updated=tasks)
        if sections:
            store.save_outline(after.id, "sections", after.sections, updated=sections)


def texts_of(plan: Plan) -> dict[str, str]:
    """Every text by place, with the Căn cứ: a snapshot that `put_texts` writes back."""
    return dict(plan_texts(plan, with_bases=True))


def put_texts(store: Store, plan_id: int | str, texts: dict[str, str]) -> Plan:
    """Write `texts` (places of `texts_of`) back into the stored plan in one transaction: the undo
    and redo of a replace-all. Places the plan no longer has are refused, nothing written."""
    from ccpropa_desktop.errors import UserError

    from .plans import get_plan

    before = get_plan(store, plan_id)
    plan = get_plan(store, plan_id)
    known = texts_of(plan)
    missing = [where for where in texts if where not in known]
    if missing:
        raise UserError("plan_changed", "Kế hoạch đã thay đổi cấu trúc (thêm, xóa mục hoặc nhiệm vụ) nên "
                        "không hoàn tác được lần thay thế này.")
    for where, value in texts.items():
        set_text(plan, where, value)
    save_changed(store, before, plan)
    return get_plan(store, plan_id)
