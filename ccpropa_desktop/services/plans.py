"""Building a plan from a template (W3), and reading plans back."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from ccpropa_desktop.domain.mapping import Rewriter, expand_place_variants
from ccpropa_desktop.domain.model import TASK_FIELDS, Plan, Section, Task, parse_year
from ccpropa_desktop.domain.outline import section_numbers, task_numbers
from ccpropa_desktop.domain.plan_parts import with_opening_split
from ccpropa_desktop.domain.proposal import depth_of, propose
from ccpropa_desktop.domain.revoice import Revoicer
from ccpropa_desktop.domain.text import clean_line
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.store import Store, plan_bin

from . import revoice
from .mappings import get_rules, proposal_rules
from .templates import flatten_sections, get_template
from .unit import get_unit

DOC_KIND = {"A": "Kế hoạch", "B": "Quyết định"}


@dataclass
class ProposedTask:
    index: int
    number: str
    content: str
    lead: str
    partners: str
    proposed: bool
    reason: str


def _unit_names(unit: Any) -> list[str]:
    names = [unit.short_name] if unit.short_name else []
    names.append(" ".join(unit.name_lines).title())
    return [n for n in names if n]


def propose_tasks(store: Store, template_id: str) -> list[ProposedTask]:
    unit = get_unit(store)
    doc = get_template(store, template_id)
    tasks = doc.get("appendix", {}).get("tasks", [])
    proposals = propose(tasks, unit.level, doc.get("level", ""), proposal_rules(), _unit_names(unit))
    return [ProposedTask(p.index, tasks[p.index].get("number", ""), tasks[p.index].get("content", ""),
                         tasks[p.index].get("lead", ""), tasks[p.index].get("partners", ""),
                         p.proposed, p.reason) for p in proposals]


def rewriter_for(store: Store, doc: dict[str, Any], unit_level: str) -> Rewriter:
    rules = get_rules(store, doc.get("level", unit_level), unit_level)
    return Rewriter(expand_place_variants(rules, doc.get("issuer", {}).get("place", "")))


def format_date(iso: str | None) -> str:
    """"2022-01-13" → "13/01/2022" (body text style of the seeds)."""
    if not iso:
        return ""
    day = dt.date.fromisoformat(iso)
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def citation(doc: dict[str, Any]) -> str:
    """How the plan cites its template: "Kế hoạch số 18/KH-UBND ngày 13/01/2022 của UBND huyện …"."""
    issuer = doc.get("issuer", {}).get("short_name", "")
    decision = doc.get("decision") or {}
    kind = "Quyết định" if doc.get("form") == "B" else "Kế hoạch"
    number = (decision.get("number") if decision else None) or doc.get("number") or ""
    date = (decision.get("date") if decision else None) or doc.get("date")
    title = (decision.get("title") if decision else None) or doc.get("title", "")
    year = doc.get("year", "")
    number_text = number.strip() if number.strip() and not number.strip().startswith("/") else \
        f"…{number.strip() or '/KH-' + doc.get('issuer', {}).get('abbreviation', 'UBND')}"
    date_text = format_date(date) if date else f"…/…/{year}"
    title_text = title[:1].lower() + title[1:] if title else ""
    about = f" về việc {title_text}" if kind == "Quyết định" else f" về {title_text}"
    return f"{kind} số {number_text} ngày {date_text} của {issuer}{about}".rstrip()


def _area(unit: Any) -> str:
    """"UBND huyện Sông Mã" → "huyện Sông Mã"; the unit's territory as running text names it."""
    name = unit.short_name
    for prefix in ("UBND ", "Ủy ban nhân dân ", "Uỷ ban nhân dân "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return ""


def plan_title(doc: dict[str, Any], unit: Any, year: int) -> str:
    title = doc.get("title") or "Tuyên truyền cải cách hành chính"
    if doc.get("year"):
        title = title.replace(str(doc["year"]), str(year))
    place = doc.get("issuer", {}).get("place", "")
    area = _area(unit)
    if place and area:
        title = re.sub(rf"\b(tỉnh|huyện|xã|thành phố)\s+{re.escape(place)}", area, title)
        title = title.replace("địa bàn tỉnh", f"địa bàn {area.split()[0]}")
    if str(year) not in title:
        title = f"{title} năm {year}"
    return clean_line(title)


def appendix_title(doc: dict[str, Any], rewrite: Rewriter, year: int) -> str:
    """The template's appendix title, renamed and moved to the plan's year ("… NĂM 2022" → 2024)."""
    title = rewrite.text(clean_line(doc.get("appendix", {}).get("title", "")))
    if not title:
        return f"Nhiệm vụ tuyên truyền cải cách hành chính năm {year}"
    if doc.get("year"):
        title = re.sub(rf"(?i)(năm\s+){doc['year']}\b", rf"\g<1>{year}", title)
    return title


def _task_from_template(row: dict[str, str], rewrite: Rewriter, template_id: str, reason: str) -> Task:
    raw = {f: clean_line(row.get(f, "") or "") for f in TASK_FIELDS}
    new = dict(raw)
    for f in TASK_FIELDS:
        new[f] = rewrite.agencies(raw[f]) if f in ("lead", "partners") else rewrite.text(raw[f])
    number = row.get("number", "")
    return Task(depth=depth_of(number), reason=reason,
                origin={"template": template_id, "number": number, "fields": raw, "baseline": new},
                **new)


def create_plan(store: Store, template_id: str, year: int | str, *,
                task_numbers_wanted: list[str] | None = None, all_tasks: bool = False,
                title: str | None = None, task_indices: list[int] | None = None,
                keep_wording: bool = False, skip_rules: Collection[str] = (),
                skip_changes: Collection[str] = ()) -> Plan:
    """Build the unit's plan: proposed tasks, renamed agencies, a Căn cứ citing the template, and
    the template's text re-voiced for the unit (unless `keep_wording`; `skip_rules` / `skip_changes`
    leave out the rules and single occurrences the officer unticked, see services.revoice)."""
    plan, engine = draft_plan(store, template_id, year, task_numbers_wanted=task_numbers_wanted,
                              all_tasks=all_tasks, title=title, task_indices=task_indices)
    if not keep_wording:
        revoice.apply_changes(plan, engine, skip_rules=skip_rules, skip_changes=skip_changes)
    plan.id = store.create_plan(plan)
    return get_plan(store, plan.id)


def draft_plan(store: Store, template_id: str, year: int | str, *,
               task_numbers_wanted: list[str] | None = None, all_tasks: bool = False,
               title: str | None = None, task_indices: list[int] | None = None
               ) -> tuple[Plan, Revoicer]:
    """The plan `create_plan` would save, before re-voicing, and the re-voicing engine for it
    (`plan new --dry-run` and the wizard list `revoice.plan_changes(plan, engine)`).

    `task_indices` picks template rows by position (the wizard's checklist), which stays exact even
    when an imported template repeats a number."""
    try:
        year = parse_year(year)
    except ValueError as exc:
        raise UserError("year_invalid", str(exc), field="year") from None
    unit = get_unit(store)
    doc = get_template(store, template_id)
    rows = doc.get("appendix", {}).get("tasks", [])
    proposals = propose_tasks(store, template_id)
    if task_indices is not None:
        chosen = {i for i in task_indices if 0 <= i < len(rows)}
        reasons = {p.index: p.reason or "Người dùng chọn" for p in proposals}
    elif task_numbers_wanted is not None:
        known = {r.get("number", "") for r in rows}
        unknown = [n for n in task_numbers_wanted if n not in known]
        if unknown:
            raise UserError("task_not_found", f"Mẫu “{template_id}” không có nhiệm vụ số: "
                            f"{', '.join(unknown)}.", field="tasks")
        chosen = {i for i, r in enumerate(rows) if r.get("number", "") in task_numbers_wanted}
        reasons = {p.index: p.reason or "Người dùng chọn" for p in proposals}
    elif all_tasks:
        chosen = set(range(len(rows)))
        reasons = {p.index: p.reason or "Người dùng chọn toàn bộ nhiệm vụ" for p in proposals}
    else:
        chosen = {p.index for p in proposals if p.proposed}
        reasons = {p.index: p.reason for p in proposals}
        if rows and not chosen:
            raise UserError("no_tasks_proposed", (
                f"Không nhiệm vụ nào của mẫu “{template_id}” được đề xuất cho {unit.short_name}: mẫu không "
                "giao việc cho cấp của đơn vị. Hãy chọn nhiệm vụ bằng tay (dòng lệnh: --tasks 1,2,5 hoặc "
                f"--all; xem danh sách: ccpropa plan propose --template {template_id})."), field="tasks")
    rewrite = rewriter_for(store, doc, unit.level)
    tasks = [_task_from_template(rows[i], rewrite, template_id, reasons[i])
             for i in range(len(rows)) if i in chosen]
    # A sub-task whose group was not chosen moves up a level, so numbering stays sound.
    previous = -1
    for task in tasks:
        task.depth = min(task.depth, previous + 1)
        previous = task.depth
    sections = []
    for depth, s in flatten_sections(doc.get("sections", [])):
        raw = {"title": clean_line(s.get("title", "")),
               "paragraphs": [clean_line(p) for p in s.get("paragraphs", [])]}
        new = {"title": rewrite.text(raw["title"]),
               "paragraphs": [rewrite.text(p) for p in raw["paragraphs"]]}
        sections.append(Section(title=new["title"], paragraphs=new["paragraphs"], depth=depth,
                                origin={"template": template_id, **raw, "baseline": new}))
    closing = [rewrite.text(clean_line(p)) for p in doc.get("closing", [])]
    plan_title_text = clean_line(title) if title else plan_title(doc, unit, year)
    basis = (f"Căn cứ {citation(doc)}; {unit.short_name} xây dựng Kế hoạch "
             f"{plan_title_text[:1].lower()}{plan_title_text[1:]}, như sau:")
    appendix = doc.get("appendix", {})
    columns = [c for c in appendix.get("columns", []) if c.get("key") != "number"] or [
        {"key": "content", "label": "Nhiệm vụ"}, {"key": "lead", "label": "Cơ quan chủ trì"},
        {"key": "partners", "label": "Cơ quan phối hợp"},
        {"key": "schedule", "label": "Thời gian thực hiện"}]
    template_ref = {
        "id": template_id, "number": doc.get("number", ""), "date": doc.get("date"),
        "issuer": doc.get("issuer", {}).get("short_name", ""), "citation": citation(doc),
        "form": doc.get("form", "A"),
    }
    plan = Plan(id=0, title=plan_title_text, year=year, template_id=template_id,
                legal_bases=[basis], closing=closing,
                appendix_title=appendix_title(doc, rewrite, year),
                columns=columns, form="A", sections=sections, tasks=tasks, template_ref=template_ref)
    engine = revoice.revoicer(store, revoice.template_voice(doc), revoice.unit_voice(unit, year))
    return plan, engine


def _number(plan: Plan) -> Plan:
    for task, number in zip(plan.tasks, task_numbers([t.depth for t in plan.tasks]), strict=True):
        task.number = number
    for section, number in zip(plan.sections, section_numbers([s.depth for s in plan.sections]),
                               strict=True):
        section.number = number
    return plan


def get_plan(store: Store, plan_id: int | str) -> Plan:
    """The plan with derived numbers, and its opening apart from the căn cứ (domain.plan_parts).
    A plan in the bin is not opened (services.housekeeping restores it)."""
    pid = parse_plan_id(plan_id)
    if plan_bin.deleted_at(store, pid) is not None:
        raise UserError("plan_in_bin", f"Kế hoạch {pid} đang ở thùng rác. Khôi phục bằng: "
                        f"ccpropa plan restore {pid} (hoặc trang Kế hoạch → Thùng rác).", field="plan")
    return _number(with_opening_split(store.get_plan(pid)))


def parse_plan_id(value: int | str) -> int:
    try:
        number = int(str(value).strip())
        if not 0 <= number < 2**63:  # beyond SQLite's integers: no plan has it
            raise ValueError(value)
        return number
    except ValueError:
        raise UserError("plan_id_invalid", f"Mã kế hoạch “{value}” không hợp lệ: "
                        "mã là một số, xem bằng: ccpropa plan list.") from None


def list_plans(store: Store) -> list[dict[str, Any]]:
    return store.list_plans()


def edit_plan(store: Store, plan_id: int | str, *, title: str | None = None,
              legal_bases: list[str] | None = None, closing: list[str] | None = None,
              appendix_title: str | None = None, form: str | None = None) -> Plan:
    """The first `plan edit` options; `plan_parts.set_parts` checks and saves every document part."""
    from .plan_parts import set_parts

    values = {"title": title, "legal_bases": legal_bases, "closing": closing,
              "appendix_title": appendix_title, "form": form}
    return set_parts(store, plan_id, {k: v for k, v in values.items() if v is not None})


_APPENDIX_POINTER = re.compile(r"(?i)\b(chi tiết|cụ thể)\b[^.;]{0,40}\bphụ lục\b|\btheo phụ lục\b|\(phụ lục")


def plan_warnings(plan: Plan) -> list[str]:
    """What the officer should look at before printing: a sentence pointing at an appendix the
    plan does not have (a plan whose tasks were all left out)."""
    warnings = []
    if not plan.tasks:
        for section in plan.sections:
            for text in (section.title, *section.paragraphs):
                if _APPENDIX_POINTER.search(text):
                    label = f"{section.number} {section.title}".strip()
                    warnings.append(f"Mục «{label}» nhắc tới Phụ lục nhưng kế hoạch chưa có nhiệm vụ nào: "
                                    f"«{text[:80]}{'…' if len(text) > 80 else ''}».")
                    break
    return warnings
