"""Reports (W6): draft the Báo cáo of a plan for a period from its tracking data, keep the
officer's prose edits, render it to PDF, DOCX or XLSX.

The report is computed on every call (`report_data`); only the officer's prose and a report's
number and date are stored, so a redraft picks up new tracking data and keeps every edit.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache

from ccpropa_desktop.documents.plan_document import Issue, issuer_full_name
from ccpropa_desktop.domain.model import Plan, unit_profile_from_dict
from ccpropa_desktop.domain.periods import Period, parse_period
from ccpropa_desktop.domain.report import SECTION_TITLES, ChannelTable, PlanCitation, Report
from ccpropa_desktop.domain.report import draft_report as compose
from ccpropa_desktop.domain.text import clean_text, slug
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.paths import resources_dir
from ccpropa_desktop.store import Store
from ccpropa_desktop.store import reports as db

from .issuing import parse_date, parse_number
from .plans import get_plan
from .render import render_bytes
from .tracking import get_progress, period_rules, plan_period
from .unit import get_unit

FORMATS = ("pdf", "docx", "xlsx")
CARRY_OVER = ["kinh_gui", "noi_nhan"]
"""Sections whose last edit carries over to the plan's later reports."""
MAX_TEXT = 20000


@cache
def channel_table() -> ChannelTable:
    """The keyword table of resources/reports/channels.json."""
    data = json.loads((resources_dir() / "reports" / "channels.json").read_text(encoding="utf-8"))
    return ChannelTable.from_dict(data)


def section_keys() -> dict[str, str]:
    """Every key `edit_report` takes, with what it names."""
    keys = dict(SECTION_TITLES)
    keys.update({f"kq_{c.key}": f"II. {c.title} (đoạn tóm tắt)" for c in channel_table().channels})
    return keys


def plan_citation(store: Store, plan: Plan) -> PlanCitation:
    """The plan as the report cites it: its last issued number and date (form A "…/KH-…", form B
    the Quyết định "…/QĐ-…"), or blanks while it has never been issued."""
    unit = get_unit(store)
    versions = store.list_versions(plan.id)
    if not versions:
        return PlanCitation(None, None, plan.title, issuer_full_name(unit), plan.year, "KH",
                            unit.abbreviation)
    stored = store.get_version(plan.id, versions[-1]["version"]) or {}
    snapshot = stored.get("snapshot", {})
    issued_unit = unit_profile_from_dict(snapshot["unit"]) if snapshot.get("unit") else unit
    kind = "QĐ" if snapshot.get("form") == "B" else "KH"
    number = f"{stored.get('number') or versions[-1]['number']}/{kind}-{issued_unit.abbreviation}"
    issued_on = dt.date.fromisoformat(stored.get("issued_on") or versions[-1]["issued_on"])
    title = snapshot.get("plan", {}).get("title") or plan.title
    return PlanCitation(number, issued_on, title, issuer_full_name(issued_unit), plan.year, kind,
                        issued_unit.abbreviation)


def report_data(store: Store, plan_id: int | str, period: str | Period) -> Report:
    """The report of the plan for the period, with the officer's edits; reads only."""
    plan = get_plan(store, plan_id)
    p = plan_period(plan, period)
    unit = get_unit(store)
    progress = get_progress(store, plan.id, p.code)
    prose = db.get_prose(store, plan.id, p.code)
    inherited = db.latest_prose(store, plan.id, CARRY_OVER, before=p.code)
    return compose(plan, unit, progress, p, prose, citation=plan_citation(store, plan),
                   channels=channel_table(), window=p.window(period_rules(store)), inherited=inherited)


def draft_report(store: Store, plan_id: int | str, period: str | Period) -> Report:
    """`report draft`: compute the report from the current tracking data, keeping stored prose."""
    report = report_data(store, plan_id, period)
    db.mark_drafted(store, report.plan_id, report.period.code)
    return report


def clean_prose(text: str | None, key: str) -> str | None:
    """The officer's text for a prose section: NFC, inner spaces collapsed, one paragraph per line,
    empty lines dropped; None (draft it again) for no text. Refused when longer than MAX_TEXT."""
    if text is None:
        return None
    lines = [" ".join(line.split()) for line in clean_text(text).split("\n")]
    cleaned = "\n".join(line for line in lines if line) or None
    if cleaned is not None and len(cleaned) > MAX_TEXT:
        raise UserError("report_text_long", f"Nội dung mục {key} quá dài ({len(cleaned)} ký tự; tối đa "
                        f"{MAX_TEXT}).", field="text")
    return cleaned


def edit_report(store: Store, plan_id: int | str, period: str | Period, section: str, text: str | None
                ) -> Report:
    """Store the officer's text for one section (one paragraph per line; for Kính gửi and Nơi nhận
    one addressee per line). Empty text removes the edit: the section is drafted again."""
    plan = get_plan(store, plan_id)
    p = plan_period(plan, period)
    keys = section_keys()
    key = (section or "").strip()
    if key not in keys:
        listed = "; ".join(f"{k} ({v})" for k, v in keys.items())
        raise UserError("report_section", f"Không có mục “{section}” trong báo cáo. Các mục sửa được: "
                        f"{listed}.", field="section")
    cleaned = clean_prose(text, key)
    get_unit(store)  # a report needs the unit profile: say so before writing anything
    db.set_prose(store, plan.id, p.code, key, cleaned)
    return report_data(store, plan.id, p)


def issue_report(store: Store, plan_id: int | str, period: str | Period, number: str | int,
                 date: str | dt.date) -> Report:
    """Record the report's number and date (given by the văn thư) so later renders print them."""
    plan = get_plan(store, plan_id)
    p = plan_period(plan, period)
    number_text = parse_number(number)
    issued_on = parse_date(date)
    report = report_data(store, plan.id, p)
    db.set_issue(store, plan.id, p.code, number_text, issued_on)
    return report


def file_stem(store: Store, period: str | Period) -> str:
    """The default name of a report's files, without the extension: the period and the unit, e.g.
    "bao-cao-6-thang-2026-ubnd-huyen-song-ma" (the package, and the PDF, DOCX and XLSX exports)."""
    p = period if isinstance(period, Period) else parse_period(str(period))
    unit = store.get_unit()
    stem = f"bao-cao-{slug(p.short_label)}"
    return f"{stem}-{slug(unit.short_name)}" if unit is not None and slug(unit.short_name) else stem


def package_file_name(store: Store, period: str | Period) -> str:
    """`bao-cao-6-thang-2026-ubnd-huyen-song-ma.ccpr`: the default file of `report package`."""
    return f"{file_stem(store, period)}.ccpr"


def report_issue(store: Store, plan_id: int | str, period: str | Period) -> tuple[str, dt.date] | None:
    """The stored number and date of a report, if it was issued."""
    plan = get_plan(store, plan_id)
    meta = db.get_report_meta(store, plan.id, plan_period(plan, period).code)
    if not meta or not meta["number"] or not meta["issued_on"]:
        return None
    return meta["number"], dt.date.fromisoformat(meta["issued_on"])


def _issue(store: Store, plan_id: int | str, period: str | Period, draft: bool, number: str | int | None,
           date: str | dt.date | None) -> Issue:
    if number is not None and str(number).strip():
        if date is None or str(date).strip() == "":
            raise UserError("date_missing", "Cần ngày ban hành báo cáo (--date) đi cùng số (--number).",
                            field="date")
        return Issue(parse_number(number), parse_date(date), draft=False)
    if draft:
        return Issue(None, None, draft=True)
    stored = report_issue(store, plan_id, period)
    if stored is None:
        raise UserError("report_not_issued", "Báo cáo chưa có số và ngày: in bản dự thảo (--draft) hoặc "
                        "ghi --number và --date.")
    return Issue(stored[0], stored[1], draft=False)


def render_report(store: Store, plan_id: int | str, period: str | Period, fmt: str, *, draft: bool = True,
                  number: str | None = None, date: dt.date | str | None = None) -> bytes:
    """PDF or DOCX (the Báo cáo with its Phụ lục) or XLSX (the Biểu tổng hợp and figures).
    With ``number`` and ``date`` the issued form; else with ``draft`` the DỰ THẢO form; else the
    number and date recorded by `issue_report`."""
    if fmt not in FORMATS:
        raise UserError("format_invalid", f"Định dạng “{fmt}” không hỗ trợ; dùng: {', '.join(FORMATS)}.")
    report = report_data(store, plan_id, period)
    issue = _issue(store, plan_id, period, draft, number, date)
    unit = get_unit(store)
    if fmt == "xlsx":
        from ccpropa_desktop.documents.render_xlsx import render_xlsx

        return render_xlsx(report, unit, number=issue.number, date=issue.date)
    from ccpropa_desktop.documents.report_document import build_report_document

    return render_bytes(build_report_document(report, unit, issue), fmt)
