"""Task sheets for each agency (issue 15, item 3), and the plan's Nơi nhận proposed from the agencies
its appendix names.

`sheet_set` reads what the sheets say (the latest issued version by default, a given `version`, or
the working draft), `render_sheets` prints them, `write_sheets` writes one file per agency into a
folder: every document is rendered first, then written into a scratch folder inside it and moved
into place, so a failure leaves nothing half-written. docs/sheets-and-binder.md describes the rules.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ccpropa_desktop.documents.plan_document import appendix_reference, issuer_full_name
from ccpropa_desktop.domain.agencies import AREA_WORDS, Assignments, Phrases, agency_key, collect
from ccpropa_desktop.domain.model import Plan, UnitProfile, plan_from_dict, unit_profile_from_dict
from ccpropa_desktop.domain.noi_nhan import is_archive, with_archive
from ccpropa_desktop.domain.periods import PeriodRules
from ccpropa_desktop.domain.schedule import Schedule, parse_schedule
from ccpropa_desktop.domain.sheets import SheetSet, build_sheets, compiling_office, periods_for
from ccpropa_desktop.errors import NotFound, UserError
from ccpropa_desktop.store import Store
from ccpropa_desktop.store import tracking as tracking_db

from .mappings import proposal_rules
from .plans import get_plan, parse_plan_id
from .render import render_bytes
from .tracking import period_rules
from .unit import get_unit

FORMATS = ("pdf", "docx")


@dataclass
class _Source:
    plan: Plan
    unit: UnitProfile
    number: str | None
    date: dt.date | None
    form: str
    version: int | None


def phrases() -> Phrases:
    """The "all units" phrases and qualifiers of resources/mappings/proposal.json."""
    rules = proposal_rules()
    return Phrases(all_units=tuple(rules.all_units), qualifiers=tuple(rules.qualifiers))


def own_names(unit: UnitProfile) -> list[str]:
    """How the appendix may name the issuing unit itself ("UBND huyện", "Ủy ban nhân dân huyện Sông Mã")."""
    names = [unit.short_name, issuer_full_name(unit), " ".join(unit.name_lines)]
    if unit.short_name and unit.place and unit.short_name.endswith(unit.place):
        names.append(unit.short_name[: -len(unit.place)].strip())
    return [n for n in names if n.strip()]


def area(unit: UnitProfile) -> str:
    """"tỉnh", "huyện" or "xã": the word of the area the unit works in (`agency_key`)."""
    return AREA_WORDS.get(unit.level, "")


def assignments(plan: Plan, unit: UnitProfile) -> Assignments:
    """Who the appendix names, and for which tasks (domain.agencies.collect)."""
    return collect([(t.lead, t.partners) for t in plan.tasks], phrases=phrases(), place=unit.place,
                   area=area(unit), directory=unit.agencies, own_names=own_names(unit))


def _source(store: Store, plan_id: int, version: int | None, draft: bool) -> _Source:
    live = get_plan(store, plan_id)
    versions = store.list_versions(plan_id)
    if version is not None and draft:
        raise UserError("draft_and_version", "Chọn một: --draft (bản đang soạn) hoặc --version N.")
    if version is None and (draft or not versions):
        return _Source(live, get_unit(store), None, None, live.form, None)
    wanted = int(version) if version is not None else int(versions[-1]["version"])
    stored = store.get_version(plan_id, wanted)
    if stored is None:
        raise NotFound("version_not_found", f"Kế hoạch {plan_id} không có phiên bản đã ban hành số "
                       f"{version}. Xem bằng: ccpropa plan versions {plan_id}", field="version")
    snapshot = stored["snapshot"]
    plan = plan_from_dict({"power_basis": "", "proposer": "", **snapshot["plan"]})
    return _Source(plan, unit_profile_from_dict(snapshot["unit"]), snapshot["number"],
                   dt.date.fromisoformat(snapshot["date"]), snapshot.get("form", "A"), wanted)


def extract_line(source: _Source) -> str:
    """"(Trích Kế hoạch số 18/KH-UBND ngày 13 tháng 01 năm 2022 của Ủy ban nhân dân huyện Sông Mã)";
    for a draft "(Trích dự thảo Kế hoạch của …, chưa ban hành)"."""
    if source.version is None:
        return f"(Trích dự thảo Kế hoạch của {issuer_full_name(source.unit)}, chưa ban hành)"
    attached = appendix_reference(source.unit, source.number, source.date, source.plan.year, source.form)
    return "(Trích " + attached.removeprefix("(Kèm theo ")


def _schedules(store: Store, plan: Plan) -> dict[int, Schedule]:
    manual = tracking_db.manual_due(store, plan.id)
    out = {}
    for task in plan.tasks:
        if task.id is None:
            continue
        if manual.get(task.id):
            out[task.id] = Schedule.manual(manual[task.id], plan.year, task.schedule)
        else:
            out[task.id] = parse_schedule(task.schedule, plan.year)
    return out


def drafting_unit(unit: UnitProfile) -> str:
    """The drafting unit's abbreviation: the profile's, else the one on its "- Lưu: VT, NV." line."""
    if unit.drafting_unit.strip():
        return unit.drafting_unit.strip()
    for item in unit.recipients:
        if is_archive(item):
            parts = [p.strip(" .;") for p in item.split(":", 1)[-1].split(",")]
            rest = [p for p in parts if p and p.upper() != "VT" and not p[:1].isdigit()]
            if rest:
                return rest[0].split("(")[0].strip()
    return ""


def _report_day(value: int | str | None, rules: PeriodRules) -> int:
    if value is None:
        return min(rules.cutoff_day + 1, rules.due_day)
    try:
        day = int(str(value).strip())
    except ValueError:
        day = 0
    if not 1 <= day <= rules.due_day:
        raise UserError("report_day_invalid", f"Ngày gửi báo cáo “{value}” không hợp lệ: một ngày từ 1 đến "
                        f"{rules.due_day} (hạn báo cáo của đơn vị) của tháng cuối kỳ.", field="report_day")
    return day


def sheet_set(store: Store, plan_id: int | str, *, version: int | None = None, draft: bool = False,
              report_to: str | None = None, report_day: int | str | None = None,
              with_9m: bool = False) -> SheetSet:
    """The sheets of the plan: of issued version ``version``, else of the latest issued version,
    else (or with ``draft``) of the working draft, marked DỰ THẢO. ``report_to`` names the office the
    agencies report to (default: the agency whose initials are the drafting unit's, "NV" → Phòng Nội
    vụ, else the unit itself); ``report_day`` the day of the period's last month they report by."""
    pid = parse_plan_id(plan_id)
    source = _source(store, pid, version, draft)
    plan, unit = source.plan, source.unit
    if not plan.tasks:
        raise UserError("no_tasks", f"Kế hoạch {pid} chưa có nhiệm vụ nào trong phụ lục: không có phiếu "
                        "nhiệm vụ để in.")
    found = assignments(plan, unit)
    if not found.named:
        raise UserError("no_agencies", f"Phụ lục của kế hoạch {pid} không nêu cơ quan chủ trì, phối hợp "
                        "nào cụ thể (chỉ có “các cơ quan, đơn vị…”): không có phiếu nhiệm vụ để in.")
    rules = period_rules(store)
    day = _report_day(report_day, rules)
    to = " ".join((report_to or "").split()) or compiling_office(found.named, unit.agencies,
                                                                 drafting_unit(unit))
    sheets = build_sheets(plan.tasks, _schedules(store, plan), found, rules=rules,
                          report_day=day, reports_to=to, periods=periods_for(plan.year, with_9m),
                          place=unit.place, area=area(unit))
    related = {plan.tasks[i].number: names for i, names in found.related.items()}
    return SheetSet(plan.id, plan.title, plan.year, extract_line(source), source.version is None,
                    source.version, unit.short_name or issuer_full_name(unit), to, sheets, related,
                    unit.place, area(unit))


def render_sheets(sheets: SheetSet, fmt: str = "pdf") -> list[tuple[str, bytes]]:
    """(file name, bytes) for every sheet, in order."""
    from ccpropa_desktop.documents.sheet_document import build_sheet_document

    if fmt not in FORMATS:
        raise UserError("format_invalid", f"Định dạng “{fmt}” không hỗ trợ; dùng: {', '.join(FORMATS)}.")
    return [(f"nhiem-vu-{s.file_stem}.{fmt}", render_bytes(build_sheet_document(s, sheets), fmt))
            for s in sheets.sheets]


def write_files(folder: str | Path, files: list[tuple[str, bytes]]) -> list[Path]:
    """Write ``files`` into ``folder`` (made if missing): all into a scratch folder inside it first,
    then moved into place. On any failure nothing new is left behind and a Vietnamese UserError
    says why; files of the same name already there are replaced only once all are written."""
    out = Path(folder)
    if out.exists() and not out.is_dir():
        raise UserError("out_not_dir", f"“{out}” là một tệp, không phải thư mục: hãy chọn một thư mục.",
                        field="out")
    made: list[Path] = []
    try:
        missing = [p for p in (out, *out.parents) if not p.exists()]
        out.mkdir(parents=True, exist_ok=True)
        made = list(reversed(missing))
        scratch = Path(tempfile.mkdtemp(prefix=".ccpropa-", dir=out))
    except OSError as exc:
        _remove_dirs(made)
        raise UserError("write_failed", f"Không ghi được vào thư mục {out}: "
                        f"{exc.strerror or exc}.", field="out") from exc
    moved: list[Path] = []
    try:
        for name, data in files:
            (scratch / name).write_bytes(data)
        for name, _ in files:
            target = out / name
            existed = target.exists()
            os.replace(scratch / name, target)
            if not existed:
                moved.append(target)
    except BaseException as exc:
        for path in moved:
            with contextlib.suppress(OSError):
                path.unlink()
        shutil.rmtree(scratch, ignore_errors=True)
        _remove_dirs(made)
        if isinstance(exc, OSError):
            raise UserError("write_failed", f"Không ghi được vào thư mục {out}: "
                            f"{exc.strerror or exc}.", field="out") from exc
        raise
    shutil.rmtree(scratch, ignore_errors=True)
    return [out / name for name, _ in files]


def _remove_dirs(made: list[Path]) -> None:
    for path in reversed(made):
        with contextlib.suppress(OSError):
            path.rmdir()


def write_sheets(store: Store, plan_id: int | str, folder: str | Path, fmt: str = "pdf", **options: Any
                 ) -> tuple[SheetSet, list[Path]]:
    """`sheet_set` (``options``), rendered and written into ``folder``: one file per agency."""
    sheets = sheet_set(store, plan_id, **options)
    return sheets, write_files(folder, render_sheets(sheets, fmt))


# -- Nơi nhận -------------------------------------------------------------------------------------
@dataclass
class RecipientProposal:
    plan_id: int
    source: str  # "plan": the plan has its own Nơi nhận; "unit": the unit profile's
    current: list[str]  # as stored, without "- " and ";"
    proposed: list[str]  # current + the agencies not in it, the "Lưu: …" line last
    added: list[str]

    def to_json(self) -> dict[str, Any]:
        return {"plan": self.plan_id, "source": self.source, "current": self.current,
                "proposed": self.proposed, "added": self.added}


def _bare(item: str) -> str:
    return " ".join(item.split()).strip().lstrip("-").strip().rstrip(";.").strip()


def propose_recipients(store: Store, plan_id: int | str) -> RecipientProposal:
    """The plan's Nơi nhận (its own, else the unit profile's) with every agency and group its
    appendix names as lead or partner added where it is not there yet, before the "Lưu: …" line
    (all but the drafting office, which keeps its copy on that line: "Lưu: VT, NV").
    Reads only: the officer confirms with `apply_recipients` (or edits with `plan edit --recipient`)."""
    plan = get_plan(store, plan_id)
    unit = get_unit(store)
    own = bool(plan.recipients)
    current = [b for b in (_bare(r) for r in (plan.recipients if own else unit.recipients)) if b]
    present = {agency_key(item, unit.place, area(unit)) for item in current}
    found = assignments(plan, unit)
    # the drafting office keeps its copy as "- Lưu: VT, NV": it is not sent one besides
    office = compiling_office(found.named, unit.agencies, drafting_unit(unit))
    if office:
        present.add(agency_key(office, unit.place, area(unit)))
    added = []
    for named in found.named:
        if named.key not in present:
            added.append(named.name)
            present.add(named.key)
    archive = [c for c in current if is_archive(c)]
    proposed = [c for c in current if not is_archive(c)] + added + archive
    if added:
        proposed = with_archive(proposed, drafting_unit(unit))
    return RecipientProposal(plan.id, "plan" if own else "unit", current, proposed, added)


def apply_recipients(store: Store, plan_id: int | str) -> RecipientProposal:
    """Save the proposed Nơi nhận as the plan's own (the plan becomes a draft of its next version)."""
    from .plan_parts import set_parts

    proposal = propose_recipients(store, plan_id)
    set_parts(store, proposal.plan_id, {"recipients": proposal.proposed})
    return proposal
