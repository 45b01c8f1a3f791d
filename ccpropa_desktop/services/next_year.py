"""Next year's plan from this year's (issue 15): `plan next-year`, "Lập kế hoạch năm sau".

Every task is carried over with its agencies. Tasks unfinished in the last tracked period are
flagged and kept; done one-off tasks are proposed for removal (the officer decides); schedules and
the body are moved to the new year with the re-voicing engine (year rules only: same unit, same
level). With the province's new plan as `template_id`, its tasks that concern the unit and are not
in the old plan are proposed too, and the new plan cites it. The Căn cứ also cites the old plan.
"""

from __future__ import annotations

import copy
from collections.abc import Collection
from dataclasses import dataclass, field

from ccpropa_desktop.domain.model import Plan, Task, parse_year
from ccpropa_desktop.domain.periods import Period, parse_period
from ccpropa_desktop.domain.schedule import parse_schedule
from ccpropa_desktop.domain.text import fold
from ccpropa_desktop.domain.tracking import Status
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.store import Store
from ccpropa_desktop.store import tracking as records

from . import revoice
from .plans import citation, draft_plan, format_date, get_plan, propose_tasks
from .templates import get_template
from .unit import get_unit

ACTIONS = {"carry": "Giữ", "unfinished": "Chưa xong, giữ", "drop": "Đề xuất bỏ", "new": "Mới từ mẫu"}


@dataclass
class Item:
    """One row of the one list the officer decides on."""

    key: str  # "old:3" (a task of the old plan, by position) or "new:7" (a row of the new template)
    number: str
    content: str
    action: str  # a key of ACTIONS
    status: str = ""  # its status in the last tracked period, in Vietnamese
    reason: str = ""

    @property
    def action_label(self) -> str:
        return ACTIONS[self.action]

    @property
    def proposed(self) -> bool:
        """In the new plan unless the officer says otherwise."""
        return self.action != "drop"


@dataclass
class Proposal:
    year: int
    period: str  # the last tracked period's code, "" when the plan was never tracked
    items: list[Item] = field(default_factory=list)
    changes: list[revoice.Change] = field(default_factory=list)


def last_tracked_period(store: Store, plan: Plan) -> Period | None:
    """The latest period with any recorded progress, the one whose statuses decide."""
    codes = {code for by_period in records.records_for_plan(store, plan.id).values() for code in by_period}
    periods = [parse_period(code) for code in codes]
    return max(periods, key=lambda p: (p.end_of_period(), -len(p.parts()))) if periods else None


def _old_items(store: Store, plan: Plan) -> tuple[list[Item], str]:
    period = last_tracked_period(store, plan)
    progress = {}
    if period is not None:
        from .tracking import get_progress

        progress = get_progress(store, plan.id, period.code)
    items = []
    for i, task in enumerate(plan.tasks):
        state = progress.get(task.id) if task.id is not None else None
        status = state.status if state else Status.TODO
        has_children = i + 1 < len(plan.tasks) and plan.tasks[i + 1].depth > task.depth
        one_off = not parse_schedule(task.schedule, plan.year).recurring
        if period is not None and status == Status.DONE and one_off and not has_children:
            action, reason = "drop", f"Đã hoàn thành ({period.label}), việc làm một lần"
        elif period is not None and status in (Status.TODO, Status.DOING):
            action, reason = "unfinished", f"{status.label} ở {period.label}: chuyển sang năm sau"
        else:
            action, reason = "carry", "Làm thường xuyên" if not one_off else ""
        items.append(Item(f"old:{i}", task.number, task.content, action,
                          status.label if period is not None else "", reason))
    return items, period.code if period else ""


def _same_task(a: str, b: str) -> bool:
    return fold(a)[:60] == fold(b)[:60]


def _new_items(store: Store, plan: Plan, template_id: str) -> list[Item]:
    known = [t.content for t in plan.tasks] + [
        (t.origin or {}).get("fields", {}).get("content", "") for t in plan.tasks]
    return [Item(f"new:{p.index}", p.number, p.content, "new", reason=p.reason)
            for p in propose_tasks(store, template_id)
            if p.proposed and not any(_same_task(p.content, k) for k in known if k)]


def propose(store: Store, plan_id: int | str, year: int | str | None = None,
            template_id: str | None = None) -> Proposal:
    """The one list (carried over, unfinished, proposed for removal, new from the province) and the
    year changes the body would get; nothing is saved."""
    old = get_plan(store, plan_id)
    target = _year(old, year)
    items, period = _old_items(store, old)
    if template_id:
        items += _new_items(store, old, template_id)
    engine = _year_engine(store, old, target)
    return Proposal(target, period, items, revoice.plan_changes(old, engine))


def _year(old: Plan, year: int | str | None) -> int:
    try:
        target = parse_year(year) if year is not None else old.year + 1
    except ValueError as exc:
        raise UserError("year_invalid", str(exc), field="year") from None
    if target <= old.year:
        raise UserError("year_invalid", f"Năm của kế hoạch mới ({target}) phải sau năm {old.year}.",
                        field="year")
    return target


def _year_engine(store: Store, old: Plan, target: int) -> revoice.Revoicer:
    unit = get_unit(store)
    return revoice.revoicer(store, revoice.unit_voice(unit, old.year), revoice.unit_voice(unit, target))


def previous_plan_citation(store: Store, plan: Plan) -> str:
    """"Kế hoạch số 18/KH-UBND ngày 13/01/2026 của UBND huyện Sông Mã về …" (its last issued version)."""
    unit = get_unit(store)
    issued = [v for v in store.list_versions(plan.id) if v.get("number")]
    number = str(issued[-1]["number"]) if issued else "…"
    if "/" not in number:  # the number as printed: "18/KH-UBND"
        number = f"{number}/KH-{unit.abbreviation or 'UBND'}"
    date = format_date(issued[-1]["issued_on"]) if issued else f"…/…/{plan.year}"
    title = plan.title[:1].lower() + plan.title[1:]
    return f"Kế hoạch số {number} ngày {date} của {unit.short_name} về {title}"


def create_next_year(store: Store, plan_id: int | str, year: int | str | None = None, *,
                     template_id: str | None = None, exclude: Collection[str] = (),
                     include: Collection[str] = (), skip_rules: Collection[str] = (),
                     skip_changes: Collection[str] = ()) -> Plan:
    """Save the new draft. `exclude` / `include` are item keys (or old task numbers) the officer
    took out of / put back into the proposal; re-voicing skips as in `plan new`."""
    old = get_plan(store, plan_id)
    target = _year(old, year)
    proposal = propose(store, plan_id, target, template_id)
    wanted, unwanted = set(include), set(exclude)

    def chosen(item: Item) -> bool:
        if item.key in unwanted or (item.number in unwanted and item.key.startswith("old:")):
            return False
        return item.proposed or item.key in wanted or (item.key.startswith("old:") and item.number in wanted)

    plan = copy.deepcopy(old)
    plan.id, plan.year, plan.status, plan.created_at, plan.updated_at = 0, target, "draft", "", ""
    keep = {int(i.key[4:]) for i in proposal.items if i.key.startswith("old:") and chosen(i)}
    reasons = {int(i.key[4:]): i.reason for i in proposal.items if i.key.startswith("old:")}
    tasks: list[Task] = []
    for i, task in enumerate(old.tasks):
        if i in keep:
            carried = copy.deepcopy(task)
            carried.id = None
            carried.reason = reasons.get(i) or task.reason
            tasks.append(carried)
    for section in plan.sections:
        section.id = None
    engine = _year_engine(store, old, target)
    plan.tasks = tasks
    revoice.apply_changes(plan, engine, skip_rules=skip_rules, skip_changes=skip_changes)
    new_rows = [int(i.key[4:]) for i in proposal.items if i.key.startswith("new:") and chosen(i)]
    previous = previous_plan_citation(store, old)
    if getattr(plan, "opening", ""):  # "UBND huyện … xây dựng Kế hoạch … năm 2027, như sau:"
        plan.opening = engine.apply(plan.opening)
    if template_id:
        fresh, fresh_engine = draft_plan(store, template_id, target, task_indices=new_rows)
        revoice.apply_changes(fresh, fresh_engine)
        plan.tasks += fresh.tasks
        plan.template_id, plan.template_ref = template_id, fresh.template_ref
        plan.legal_bases = [f"Căn cứ {citation(get_template(store, template_id))};",
                            f"Căn cứ kết quả thực hiện {previous};"]
    else:
        plan.legal_bases = [f"Căn cứ kết quả thực hiện {previous};", *plan.legal_bases]
    plan.template_ref = {**plan.template_ref,
                         "previous_plan": {"plan_id": old.id, "year": old.year, "citation": previous}}
    # Depths stay sound when a group row was left out.
    depth = -1
    for task in plan.tasks:
        task.depth = min(task.depth, depth + 1)
        depth = task.depth
    plan.id = store.create_plan(plan)
    return get_plan(store, plan.id)
