"""The evidence binder (issue 15, item 4): one zip per plan and period for the PAR-index
self-assessment (tài liệu kiểm chứng). It holds

- ``00-danh-muc-tai-lieu-kiem-chung.pdf``: the index (documents/binder_index.py), every piece of
  evidence numbered TL-01 …, missing evidence listed as missing;
- ``01-ke-hoach-….pdf``: the plan, its latest issued version (byte for byte the one issued), or the
  draft, marked DỰ THẢO, when it was never issued;
- ``02-bao-cao-<period>.pdf``: the period's report (issued when `report issue` recorded its number);
- ``nhiem-vu-<task number>/TL-07-<file name as attached>``: the attached files, one folder per task;
- ``manifest.json``: path, size and sha256 of every other file.

Attached files are streamed from the store into the zip (stored, not recompressed: scans, photos and
PDFs are compressed already) and hashed on the way; the zip is written to a temporary file beside
the target and moved into place, which is removed again on any failure.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ccpropa_desktop import __version__
from ccpropa_desktop.documents.binder_index import build_binder_index
from ccpropa_desktop.domain.agencies import slug
from ccpropa_desktop.domain.binder import (
    DAMAGED_FILE,
    FILE,
    MISSING_FILE,
    Attached,
    BinderIndex,
    BinderTask,
    Evidence,
    covered_periods,
    evidence_kind,
    number_codes,
    safe_name,
    task_folder,
)
from ccpropa_desktop.domain.model import Plan, Task
from ccpropa_desktop.domain.periods import Period, parse_period
from ccpropa_desktop.domain.report import metrics_text
from ccpropa_desktop.domain.sheets import has_children
from ccpropa_desktop.domain.tracking import Progress
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.store import Store
from ccpropa_desktop.store import tracking as tracking_db

from . import issuing, reports
from .plans import get_plan, parse_plan_id
from .render import render_bytes
from .tracking import get_progress, period_rules, plan_period
from .unit import get_unit

FORMAT = "ccpropa-evidence-binder"
FORMAT_VERSION = 1
INDEX_NAME = "00-danh-muc-tai-lieu-kiem-chung.pdf"
MANIFEST_NAME = "manifest.json"
CHUNK = 1 << 20


@dataclass
class ManifestEntry:
    path: str
    sha256: str
    size: int
    role: str  # "index", "plan", "report", "evidence"
    code: str = ""  # TL-…, for evidence
    task: str = ""  # the task number, for evidence

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.path, "sha256": self.sha256, "size": self.size, "role": self.role}
        if self.code:
            out.update(code=self.code, task=self.task)
        return out


@dataclass
class BinderResult:
    path: Path
    index: BinderIndex
    files: list[ManifestEntry] = field(default_factory=list)
    size: int = 0

    def to_json(self) -> dict[str, Any]:
        index = self.index
        return {"out": str(self.path), "bytes": self.size, "plan": index.plan_id, "period": index.period.code,
                "tasks": len(index.tasks), "evidence": index.item_count, "files_attached": index.file_count,
                "missing_tasks": index.missing_tasks,
                "missing_files": [e.code for e in index.missing_files], "problems": index.problems,
                "files": [f.to_json() for f in self.files]}


# -- the index ------------------------------------------------------------------------------------
def _children(tasks: list[Task], index: int) -> list[str]:
    depth = tasks[index].depth
    out = []
    for task in tasks[index + 1:]:
        if task.depth <= depth:
            break
        if task.depth == depth + 1:
            out.append(task.number)
    return out


def _evidence(records: dict[str, Progress], periods: list[Period]) -> list[tuple[str, Any, str]]:
    """(kind, line or Attachment, period code) recorded for the periods, each once, in period order."""
    lines: set[str] = set()
    files: set[str] = set()
    out: list[tuple[str, Any, str]] = []
    for period in periods:
        record = records.get(period.code)
        if record is None:
            continue
        for line in record.evidence:
            if line.strip() and line not in lines:
                lines.add(line)
                out.append(("line", line, period.code))
        for attachment in record.attachments:
            if attachment.sha256 not in files:
                files.add(attachment.sha256)
                out.append(("file", attachment, period.code))
    return out


def build_index(store: Store, plan: Plan, period: Period) -> BinderIndex:
    """The binder's index from the store: every task of the plan in plan order (no file is read;
    an attached file missing from the store is marked MISSING_FILE)."""
    unit = get_unit(store)
    progress = get_progress(store, plan.id, period.code)
    periods = covered_periods(period)
    records = tracking_db.records_for_plan(store, plan.id)
    folder = store.folder / "attachments" if store.folder is not None else None
    groups = has_children(plan.tasks)
    tasks: list[BinderTask] = []
    found: list[list[tuple[str, Any, str]]] = []
    for i, task in enumerate(plan.tasks):
        assert task.id is not None
        p = progress.get(task.id) or Progress(task.id, period.code)
        own = records.get(task.id, {})
        tasks.append(BinderTask(
            task_id=task.id, number=task.number, content=task.content, lead=task.lead.strip(),
            group=groups[i], children=_children(plan.tasks, i), status=p.status, done_on=p.done_on,
            reason=p.reason,
            figures=metrics_text(p.metrics), derived_from=[parse_period(c).label for c in p.derived_from],
            recorded=any(x.code in own for x in periods) or not p.empty))
        # a status carried over from an earlier period ("hoàn thành" in 6 tháng, shown in quý III)
        # comes with the evidence recorded for it
        carried = [parse_period(c) for c in p.derived_from]
        found.append(_evidence(own, sorted({*periods, *carried}, key=lambda x: x.order)))
    codes = iter(number_codes(sum(len(f) for f in found)))
    for task, items in zip(tasks, found, strict=True):
        for kind, item, code_period in items:
            code = next(codes)
            if kind == "line":
                task.evidence.append(Evidence(code, evidence_kind(item), item, period=code_period))
                continue
            name = safe_name(item.name, item.sha256[:12])
            evidence = Evidence(code, FILE, item.name, path=f"{task_folder(task.number)}/{code}-{name}",
                                size=item.size, sha256=item.sha256, period=code_period)
            if folder is None or not (folder / item.sha256).is_file():
                evidence.problem, evidence.path = MISSING_FILE, ""
            task.evidence.append(evidence)
    start, end = period.window(period_rules(store))
    return BinderIndex(plan.id, plan.title, period, (start, end), unit.short_name, tasks)


# -- the documents beside it ----------------------------------------------------------------------
def _plan_pdf(store: Store, plan: Plan) -> tuple[Attached, bytes, str]:
    versions = store.list_versions(plan.id)
    if not versions:
        data = issuing.render_current(store, plan.id, "pdf", draft=True).data
        label = "Kế hoạch (bản dự thảo, chưa ban hành)"
        return Attached("plan", "01-ke-hoach-du-thao.pdf", label, True), data, ""
    last = versions[-1]
    rendered = issuing.render_version(store, plan.id, int(last["version"]), "pdf")
    citation = reports.plan_citation(store, plan)
    kind = "Quyết định ban hành Kế hoạch" if citation.kind_abbr == "QĐ" else "Kế hoạch"
    issued = dt.date.fromisoformat(last["issued_on"])
    label = f"{kind} số {citation.number} ngày {issued:%d/%m/%Y} (phiên bản {last['version']})"
    problem = "" if rendered.sha256_ok else (
        f"Bản in lại của {kind.lower()} số {citation.number} không trùng mã kiểm tra lúc ban hành: hãy "
        "kiểm tra lại với bản đã ký.")
    name = f"01-ke-hoach-so-{slug(citation.number or '')}.pdf"
    return Attached("plan", name, label), rendered.data, problem


def _report_pdf(store: Store, plan: Plan, period: Period) -> tuple[Attached, bytes]:
    issued = reports.report_issue(store, plan.id, period)
    data = reports.render_report(store, plan.id, period, "pdf", draft=issued is None)
    stem = f"02-bao-cao-{period.code.lower()}"
    if issued is None:
        return Attached("report", f"{stem}-du-thao.pdf", f"Báo cáo kết quả {period.label} (bản dự thảo)",
                        True), data
    number, day = issued
    abbreviation = reports.plan_citation(store, plan).issuer_abbr or get_unit(store).abbreviation
    return Attached("report", f"{stem}.pdf", f"Báo cáo số {number}/BC-{abbreviation} ngày {day:%d/%m/%Y} "
                    f"kết quả {period.label}"), data


# -- writing --------------------------------------------------------------------------------------
def _zip_time(moment: dt.datetime) -> tuple[int, int, int, int, int, int]:
    return (max(moment.year, 1980), moment.month, moment.day, moment.hour, moment.minute, moment.second)


def _info(name: str, stamp: tuple[int, int, int, int, int, int], method: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=stamp)
    info.compress_type = method
    info.external_attr = 0o644 << 16
    info.flag_bits |= 0x800  # names are UTF-8
    return info


def _add_bytes(zf: zipfile.ZipFile, name: str, data: bytes, stamp: tuple[int, ...], method: int,
               entries: list[ManifestEntry], role: str) -> None:
    zf.writestr(_info(name, stamp, method), data)  # type: ignore[arg-type]
    entries.append(ManifestEntry(name, hashlib.sha256(data).hexdigest(), len(data), role))


def _add_file(zf: zipfile.ZipFile, name: str, source: Path, stamp: tuple[int, ...]) -> tuple[str, int]:
    """Stream ``source`` into the zip, stored; returns its sha256 and size."""
    digest = hashlib.sha256()
    size = 0
    with source.open("rb") as handle, zf.open(_info(name, stamp, zipfile.ZIP_STORED), "w",  # type: ignore[arg-type]
                                              force_zip64=True) as target:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            target.write(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _write_failed(path: Path, exc: OSError) -> UserError:
    return UserError("write_failed", f"Không ghi được tệp {path}: {exc.strerror or exc}.", field="out")


def _check_out(out: Path) -> None:
    if out.is_dir():
        raise UserError("out_is_dir", f"“{out}” là một thư mục: hãy ghi tên tệp, ví dụ ho-so-kiem-chung.zip.",
                        field="out")
    parent = out.parent
    if not parent.is_dir():
        raise UserError("out_folder_missing", f"Không ghi được tệp {out}: không có thư mục {parent}.",
                        field="out")


def make_binder(store: Store, plan_id: int | str, period: str | Period, out: str | Path, *,
                now: dt.datetime | None = None) -> BinderResult:
    """Write the binder of the plan for the period to ``out`` (a .zip); returns what it holds."""
    plan = get_plan(store, parse_plan_id(plan_id))
    target = plan_period(plan, period)
    path = Path(out)
    _check_out(path)
    moment = (now or dt.datetime.now()).replace(microsecond=0)
    index = build_index(store, plan, target)
    index.made_on = moment.date()
    plan_doc, plan_data, plan_problem = _plan_pdf(store, plan)
    report_doc, report_data = _report_pdf(store, plan, target)
    index.documents = [plan_doc, report_doc]
    if plan_problem:
        index.problems.append(plan_problem)
    unit = get_unit(store)
    stamp = _zip_time(moment)
    entries: list[ManifestEntry] = []
    folder = store.folder / "attachments" if store.folder is not None else None
    try:
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise _write_failed(path, exc) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w+b") as handle, zipfile.ZipFile(handle, "w", allowZip64=True) as zf:
            for task in index.tasks:
                for item in task.evidence:
                    if item.kind != FILE or item.problem or folder is None:
                        continue
                    sha, size = _add_file(zf, item.path, folder / item.sha256, stamp)
                    if sha != item.sha256:
                        item.problem = DAMAGED_FILE
                    entries.append(ManifestEntry(item.path, sha, size, "evidence", item.code, task.number))
            for evidence in index.missing_files:
                where = f"nhiệm vụ {next(t.number for t in index.tasks if evidence in t.evidence)}"
                what = "thiếu tệp" if evidence.problem == MISSING_FILE else "tệp bị hỏng"
                index.problems.append(f"{evidence.code} ({where}, “{evidence.text}”): {what}.")
            index_pdf = render_bytes(build_binder_index(index, unit), "pdf")
            head: list[ManifestEntry] = []
            _add_bytes(zf, INDEX_NAME, index_pdf, stamp, zipfile.ZIP_DEFLATED, head, "index")
            _add_bytes(zf, plan_doc.path, plan_data, stamp, zipfile.ZIP_STORED, head, "plan")
            _add_bytes(zf, report_doc.path, report_data, stamp, zipfile.ZIP_STORED, head, "report")
            entries = head + entries
            manifest = manifest_data(index, entries, moment)
            zf.writestr(_info(MANIFEST_NAME, stamp, zipfile.ZIP_DEFLATED),
                        json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise _write_failed(path, exc) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return BinderResult(path, index, entries, path.stat().st_size)


def manifest_data(index: BinderIndex, entries: list[ManifestEntry], moment: dt.datetime) -> dict[str, Any]:
    plan_doc = next((d for d in index.documents if d.role == "plan"), None)
    return {
        "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
        "created_at": moment.astimezone().isoformat(),
        "plan": {"id": index.plan_id, "title": index.plan_title,
                 "document": plan_doc.label if plan_doc else "", "draft": bool(plan_doc and plan_doc.draft)},
        "unit": index.unit_name,
        "period": {"code": index.period.code, "label": index.period.label,
                   "from": index.window[0].isoformat(), "to": index.window[1].isoformat()},
        "counts": {"tasks": len(index.tasks), "evidence": index.item_count, "files": index.file_count,
                   "missing_tasks": index.missing_tasks,
                   "missing_files": [e.code for e in index.missing_files]},
        "files": [e.to_json() for e in entries],
    }


def verify_binder(path: str | Path) -> list[str]:
    """Every member of a binder against its manifest: [] when all match, else what is wrong (our own
    files, read back after writing; not a hostile-file check)."""
    problems: list[str] = []
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = json.loads(zf.read(MANIFEST_NAME).decode("utf-8"))
            listed = {f["path"]: f for f in manifest.get("files", [])}
            names = [n for n in zf.namelist() if n != MANIFEST_NAME and not n.endswith("/")]
            for name in names:
                entry = listed.get(name)
                if entry is None:
                    problems.append(f"{name}: không có trong manifest.json.")
                    continue
                digest = hashlib.sha256()
                size = 0
                with zf.open(name) as member:
                    while chunk := member.read(CHUNK):
                        digest.update(chunk)
                        size += len(chunk)
                if digest.hexdigest() != entry["sha256"] or size != entry["size"]:
                    problems.append(f"{name}: sai mã kiểm tra hoặc dung lượng.")
            problems += [f"{n}: có trong manifest.json nhưng không có trong hồ sơ."
                         for n in listed if n not in names]
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        problems.append(f"Không đọc được hồ sơ {path}: {exc}.")
    return problems
