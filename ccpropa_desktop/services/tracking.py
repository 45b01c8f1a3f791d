"""Tracking the plan through the year (W5): record progress per task and period, read it back
(cumulative periods included), and see what is due and what is late.

Contract used by reports and packages: `get_progress`, `set_progress`, `period_rules`, `plan_status`,
`schedules`. docs/tracking.md describes the rules in Vietnamese and English.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ccpropa_desktop.domain.model import Plan, Task
from ccpropa_desktop.domain.periods import Period, PeriodRules, parse_period
from ccpropa_desktop.domain.schedule import Schedule, parse_schedule
from ccpropa_desktop.domain.text import clean_line, fold
from ccpropa_desktop.domain.tracking import (
    DONE_LATE,
    DONE_STATE,
    LATE,
    NO_DUE,
    NOT_DONE,
    ON_TIME,
    ON_TRACK,
    STATUS_LABELS,
    Attachment,
    Progress,
    Status,
    check_metric,
    deadline_state,
    latest,
    resolve,
)
from ccpropa_desktop.errors import NotFound, UserError
from ccpropa_desktop.store import Store
from ccpropa_desktop.store import tracking as db

from .plans import get_plan

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
"""One attached file may be at most 20 MB (a scanned công văn is well under that)."""
MAX_FILES_PER_RECORD = 30
MAX_TEXT = 2000  # one evidence line or reason
_RULES_KEY = "period_rules"


# -- reporting calendar --------------------------------------------------------------------------------
def period_rules(store: Store) -> PeriodRules:
    """The unit's reporting calendar (cut-off day and due day); the Bộ Nội vụ 14/20 by default."""
    saved = db.get_setting(store, _RULES_KEY) or {}
    try:
        return PeriodRules(**{k: int(v) for k, v in saved.items() if k in ("cutoff_day", "due_day")})
    except (UserError, TypeError, ValueError):
        return PeriodRules()


def set_period_rules(store: Store, *, cutoff_day: int | str | None = None,
                     due_day: int | str | None = None) -> PeriodRules:
    current = period_rules(store)

    def number(value: int | str | None, default: int, what: str) -> int:
        if value is None:
            return default
        try:
            return int(str(value).strip())
        except ValueError:
            raise UserError("period-rules",
                            f"{what} “{value}” không hợp lệ: nhập một số ngày, ví dụ 14.") from None

    rules = PeriodRules(number(cutoff_day, current.cutoff_day, "Ngày chốt số liệu"),
                        number(due_day, current.due_day, "Hạn báo cáo"))
    with store.transaction():
        db.set_setting(store, _RULES_KEY, {"cutoff_day": rules.cutoff_day, "due_day": rules.due_day})
    return rules


# -- reading ----------------------------------------------------------------------------------------------
def plan_period(plan: Plan, period: str | Period) -> Period:
    """The period, checked to fall in the plan's year (tracking and reports share it)."""
    p = period if isinstance(period, Period) else parse_period(str(period))
    if p.year != plan.year:
        raise UserError("period_year", f"Kỳ {p.code} không thuộc năm của kế hoạch {plan.id} ({plan.year}).",
                        field="period")
    return p


def get_progress(store: Store, plan_id: int | str, period: str) -> dict[int, Progress]:
    """task_id → Progress for every task of the plan, in plan order, for `period` ("2024-H1" …).

    A record is stored per (task, period). A period without a record of its own is derived
    (`domain.tracking.resolve`): 6 tháng from quý I; 9 tháng from 6 tháng + quý III; năm from
    9 tháng — figures summed, evidence joined, the latest started status. Failing that, a
    "hoàn thành"/"không thực hiện" of an earlier period carries over without figures. A task with
    nothing gives a default Progress (status TODO). `Progress.derived_from` tells which.
    """
    plan = get_plan(store, plan_id)
    target = plan_period(plan, period)
    records = db.records_for_plan(store, plan.id)
    return {t.id: resolve(t.id, target.code, records.get(t.id, {})) for t in plan.tasks if t.id is not None}


def schedules(store: Store, plan_id: int | str) -> dict[int, Schedule]:
    """task_id → Schedule: the hand-set due dates when there are some, else the parsed text."""
    plan = get_plan(store, plan_id)
    return _schedules(store, plan)


def _schedules(store: Store, plan: Plan) -> dict[int, Schedule]:
    manual = db.manual_due(store, plan.id)
    out: dict[int, Schedule] = {}
    for task in plan.tasks:
        assert task.id is not None
        if manual.get(task.id):
            out[task.id] = Schedule.manual(manual[task.id], plan.year, task.schedule)
        else:
            out[task.id] = parse_schedule(task.schedule, plan.year)
    return out


def _find_task(plan: Plan, number: str) -> Task:
    wanted = str(number).strip().rstrip(".")
    for task in plan.tasks:
        if task.number == wanted:
            return task
    known = ", ".join(t.number for t in plan.tasks) or "(trống)"
    raise NotFound("task_not_found", f"Kế hoạch {plan.id} không có nhiệm vụ số “{number}”. "
                   f"Các số hiện có: {known}.", field="task")


# -- writing ----------------------------------------------------------------------------------------------
def parse_status(value: str | Status) -> Status:
    """'done', 'hoàn thành', 'Hoan thanh' → Status.DONE."""
    if isinstance(value, Status):
        return value
    text = fold(clean_line(str(value)))
    for status in Status:
        if text in (status.value, fold(status.label)):
            return status
    choices = "; ".join(f"{s.value} ({s.label.lower()})" for s in Status)
    raise UserError("status_invalid", f"Trạng thái “{value}” không hợp lệ. Chọn một trong: {choices}.",
                    field="status")


def _date(value: str | dt.date | None, what: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise UserError("date_invalid", f"{what} “{value}” không hợp lệ: nhập theo dạng NĂM-THÁNG-NGÀY, "
                        "ví dụ 2024-03-10.", field="date") from None


def _vn(day: dt.date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _clean_metrics(metrics: dict[str, Any]) -> dict[str, float | None]:
    out: dict[str, float | None] = {}
    for raw_key, value in metrics.items():
        key = clean_line(str(raw_key))
        if value is None:
            out[key] = None
            continue
        if isinstance(value, str):
            value = parse_number(value, key)
        problem = check_metric(key, value)
        if problem:
            raise UserError("metric_invalid", problem, field="metric")
        out[key] = int(value) if float(value).is_integer() else float(value)
    return out


def parse_number(text: str, key: str = "") -> float:
    """'3', '12,5', '15.000.000', '1500000' → a number (Vietnamese grouping and decimal comma)."""
    value = text.strip().replace(" ", "").replace("\u00a0", "")
    if value.count(".") >= 1 and "," not in value and all(len(g) == 3 for g in value.split(".")[1:]) \
            and value.split(".")[0].isdigit():
        value = value.replace(".", "")
    elif "," in value:
        value = value.replace(".", "").replace(",", ".")
    try:
        return float(value)
    except ValueError:
        label = f" của chỉ số {key}" if key else ""
        raise UserError("metric_invalid", f"Giá trị{label} “{text}” không phải là số (ví dụ 3, 12,5 hoặc "
                        "15.000.000).", field="metric") from None


@dataclass
class _Staged:
    """Attached files copied into the store before the transaction; removed again if it fails."""

    attachments: list[Attachment] = field(default_factory=list)
    created: list[Path] = field(default_factory=list)


def attachments_folder(store: Store) -> Path:
    if store.folder is None:
        raise UserError("attach_no_folder", "Kho dữ liệu này không có thư mục để lưu tệp đính kèm.")
    return store.folder / "attachments"


def attachment_path(store: Store, sha256: str) -> Path:
    """Where an attached file is kept: <data folder>/attachments/<sha256>."""
    return attachments_folder(store) / sha256


def _hash_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            size += len(chunk)
            if size > MAX_ATTACHMENT_BYTES:
                break
            digest.update(chunk)
    return digest.hexdigest(), size


def _check_files(paths: Sequence[str | os.PathLike[str]]) -> list[Path]:
    out = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            raise UserError("attach_folder", f"“{raw}” là một thư mục, không phải tệp: hãy đính kèm từng tệp "
                            "(nén thư mục thành một tệp .zip nếu cần gửi cả thư mục).", field="attach")
        if not path.is_file():
            raise UserError("attach_missing", f"Không tìm thấy tệp đính kèm “{raw}”.", field="attach")
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise UserError("attach_unreadable", f"Không đọc được tệp “{raw}”: {exc.strerror}.") from exc
        if size > MAX_ATTACHMENT_BYTES:
            raise UserError("attach_too_big", f"Tệp “{path.name}” nặng {size / 1048576:.1f} MB, vượt giới "
                            f"hạn {MAX_ATTACHMENT_BYTES // 1048576} MB cho một tệp đính kèm.", field="attach")
        out.append(path)
    return out


def _stage(store: Store, paths: list[Path]) -> _Staged:
    staged = _Staged()
    if not paths:
        return staged
    folder = attachments_folder(store)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for path in paths:
            sha, size = _hash_file(path)
            if size > MAX_ATTACHMENT_BYTES:
                raise UserError("attach_too_big", f"Tệp “{path.name}” vượt giới hạn "
                                f"{MAX_ATTACHMENT_BYTES // 1048576} MB cho một tệp đính kèm.", field="attach")
            target = folder / sha
            if not target.exists():
                fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-")
                os.close(fd)
                try:
                    shutil.copyfile(path, tmp)
                    if _hash_file(Path(tmp))[0] != sha:  # the file changed while we read it
                        raise UserError("attach_changed", f"Tệp “{path.name}” thay đổi trong khi sao chép; "
                                        "hãy thử lại.", field="attach")
                    os.replace(tmp, target)
                except BaseException:
                    with contextlib.suppress(OSError):
                        os.unlink(tmp)  # a full disk leaves no half-copied file behind
                    raise
                staged.created.append(target)
            name = clean_line(path.name) or sha[:12]
            staged.attachments.append(Attachment(name, sha, size))
    except OSError as exc:
        _unstage(staged)
        raise UserError("attach_copy",
                        f"Không sao chép được tệp đính kèm vào {folder}: {exc.strerror}.") from exc
    except BaseException:
        _unstage(staged)
        raise
    return staged


def _unstage(staged: _Staged) -> None:
    for path in staged.created:
        with contextlib.suppress(OSError):
            path.unlink()


@contextlib.contextmanager
def _staging(store: Store, paths: list[Path]) -> Iterator[_Staged]:
    staged = _stage(store, paths)
    try:
        yield staged
    except BaseException:
        _unstage(staged)
        raise


def _texts(values: Sequence[str] | None, what: str) -> list[str]:
    out = []
    for value in values or []:
        text = clean_line(str(value))
        if not text:
            continue
        if len(text) > MAX_TEXT:
            raise UserError("text_too_long", f"{what} dài quá {MAX_TEXT} ký tự.")
        if text not in out:
            out.append(text)
    return out


def set_progress(store: Store, plan_id: int | str, task_number: str, period: str, *,
                 status: str | Status | None = None, done_on: str | dt.date | None = None,
                 reason: str | None = None, metrics: dict[str, float] | None = None,
                 evidence: list[str] | None = None,
                 attach: list[str | os.PathLike[str]] | None = None,
                 due: list[str | dt.date] | None = None) -> Progress:
    """Record what was done for one task in one period; returns the stored record.

    Merges into the existing record: only what is given changes. `metrics` values replace the
    stored ones key by key (None removes the key); `evidence` lines and `attach` files are added.
    Rules: "done" needs a completion date (`done_on`, or one already stored) inside the period
    (from the start of its data window to the end of its last month) and not in the future;
    "dropped" needs a reason; a date only goes with "done", a reason only with "dropped" (changing
    the status clears them). Files are copied to <data folder>/attachments/<sha256>, ≤ 20 MB each.
    `due` replaces the task's hand-set due dates ([] clears them). All in one transaction: on any
    error nothing changes (files copied for it are removed again).
    """
    plan = get_plan(store, plan_id)
    task = _find_task(plan, task_number)
    assert task.id is not None
    target = plan_period(plan, period)
    new_status = parse_status(status) if status is not None else None
    day = _date(done_on, "Ngày hoàn thành")
    clean_reason = clean_line(reason) if reason is not None else None
    if clean_reason is not None and len(clean_reason) > MAX_TEXT:
        raise UserError("text_too_long", f"Lý do dài quá {MAX_TEXT} ký tự.", field="reason")
    figures = _clean_metrics(metrics or {})
    lines = _texts(evidence, "Một dòng minh chứng")
    files = _check_files(attach or [])
    due_dates = _due_dates(plan, due) if due is not None else None

    existing = db.get_record(store, task.id, target.code)
    record = existing or Progress(task.id, target.code)
    record = replace(record, metrics=dict(record.metrics), evidence=list(record.evidence),
                     attachments=list(record.attachments))
    if new_status is not None and new_status is not record.status:
        record.status = new_status
        if new_status is not Status.DONE:
            record.done_on = None
        if new_status is not Status.DROPPED:
            record.reason = ""
    label = f"nhiệm vụ {task.number}, kỳ {target.label}"
    if day is not None:
        if record.status is not Status.DONE:
            raise UserError("date_needs_done", f"Ngày hoàn thành chỉ ghi khi trạng thái là “hoàn thành” "
                            f"(done); {label} đang là “{record.status.label.lower()}”.", field="date")
        _check_done_day(day, target, period_rules(store), label)
        record.done_on = day
    if clean_reason is not None:
        if record.status is not Status.DROPPED and clean_reason:
            raise UserError("reason_needs_dropped", "Lý do chỉ ghi khi trạng thái là “không thực hiện” "
                            "(dropped).", field="reason")
        record.reason = clean_reason
    if record.status is Status.DONE and record.done_on is None:
        raise UserError("done_needs_date", f"Trạng thái “hoàn thành” cần ngày hoàn thành ({label}): "
                        "thêm --date NĂM-THÁNG-NGÀY, ví dụ --date 2024-03-10.", field="date")
    if record.status is Status.DROPPED and not record.reason:
        raise UserError("dropped_needs_reason", f"Trạng thái “không thực hiện” cần lý do ({label}): "
                        "thêm --reason \"…\".", field="reason")
    for key, value in figures.items():
        if value is None:
            record.metrics.pop(key, None)
        else:
            record.metrics[key] = value
    for line in lines:
        if line not in record.evidence:
            record.evidence.append(line)
    if len(record.attachments) + len(files) > MAX_FILES_PER_RECORD:
        raise UserError("attach_too_many",
                        f"Mỗi nhiệm vụ trong một kỳ đính kèm tối đa {MAX_FILES_PER_RECORD} tệp.",
                        field="attach")
    store.require_writable()  # before any file is copied in
    with _staging(store, files) as staged, store.transaction():
        for file in staged.attachments:
            if all(a.sha256 != file.sha256 for a in record.attachments):
                record.attachments.append(file)
        saved = db.save_record(store, plan.id, record)
        if due_dates is not None:
            db.set_manual_due(store, task.id, due_dates)
    return saved


# -- removing what was attached, and putting it back ------------------------------------------------
@dataclass
class Removed:
    """What `remove_evidence` / `remove_attachment` took out, and where it was: enough to put it
    back (`restore_evidence` / `restore_attachment`, the window's «Hoàn tác»)."""

    progress: Progress  # the record as stored afterwards
    index: int
    evidence: str = ""
    attachment: Attachment | None = None


def _own_record(store: Store, plan_id: int | str, task_number: str, period: str
                ) -> tuple[Plan, Task, Period, Progress | None]:
    plan = get_plan(store, plan_id)
    task = _find_task(plan, task_number)
    assert task.id is not None
    target = plan_period(plan, period)
    return plan, task, target, db.get_record(store, task.id, target.code)


def _held_by(store: Store, plan: Plan, task: Task, target: Period, found: Callable[[Progress], bool]) -> str:
    """Which recorded periods of the task hold an item shown (derived) in `target`: their labels."""
    assert task.id is not None
    records = db.records_for_plan(store, plan.id).get(task.id, {})
    held = sorted((code for code, record in records.items() if code != target.code and found(record)),
                  key=lambda code: parse_period(code).order)
    return ", ".join(parse_period(code).label for code in held)


def remove_evidence(store: Store, plan_id: int | str, task_number: str, period: str, line: str) -> Removed:
    """Take one evidence line out of the task's record for the period (one transaction)."""
    plan, task, target, record = _own_record(store, plan_id, task_number, period)
    text = clean_line(str(line))
    label = f"nhiệm vụ {task.number}, kỳ {target.label}"
    if record is None or text not in record.evidence:
        elsewhere = _held_by(store, plan, task, target, lambda r: text in r.evidence)
        if elsewhere:
            raise UserError("evidence_elsewhere", f"Dòng minh chứng này được ghi ở kỳ {elsewhere} ({label} "
                            "chỉ hiện lại): chọn kỳ đó để xóa.", field="evidence")
        raise NotFound("evidence_not_found", f"Không có dòng minh chứng “{text}” trong {label}.",
                       field="evidence")
    index = record.evidence.index(text)
    record.evidence.pop(index)
    store.require_writable()
    with store.transaction():
        saved = db.save_record(store, plan.id, record)
    return Removed(saved, index, evidence=text)


def restore_evidence(store: Store, plan_id: int | str, task_number: str, period: str, line: str,
                     index: int) -> Progress:
    """Put a removed evidence line back at its place (one transaction)."""
    plan, task, target, record = _own_record(store, plan_id, task_number, period)
    text = _texts([line], "Một dòng minh chứng")
    record = record or Progress(task.id, target.code)  # type: ignore[arg-type]
    if text and text[0] not in record.evidence:
        record.evidence.insert(max(0, min(index, len(record.evidence))), text[0])
    store.require_writable()
    with store.transaction():
        return db.save_record(store, plan.id, record)


def remove_attachment(store: Store, plan_id: int | str, task_number: str, period: str,
                      sha256: str) -> Removed:
    """Take one attached file off the task's record for the period (one transaction). The stored copy
    stays in the attachments folder (the same content may be attached elsewhere, and «Hoàn tác» puts
    it back)."""
    plan, task, target, record = _own_record(store, plan_id, task_number, period)
    label = f"nhiệm vụ {task.number}, kỳ {target.label}"
    index = next((i for i, a in enumerate(record.attachments) if a.sha256 == sha256), -1) if record else -1
    if record is None or index < 0:
        elsewhere = _held_by(store, plan, task, target,
                             lambda r: any(a.sha256 == sha256 for a in r.attachments))
        if elsewhere:
            raise UserError("attachment_elsewhere", f"Tệp này được đính kèm ở kỳ {elsewhere} ({label} chỉ "
                            "hiện lại): chọn kỳ đó để gỡ.", field="attach")
        raise NotFound("attachment_not_found", f"Không có tệp đính kèm này trong {label}.", field="attach")
    removed = record.attachments.pop(index)
    store.require_writable()
    with store.transaction():
        saved = db.save_record(store, plan.id, record)
    return Removed(saved, index, attachment=removed)


def restore_attachment(store: Store, plan_id: int | str, task_number: str, period: str,
                       attachment: Attachment, index: int) -> Progress:
    """Attach a removed file again, at its place; its stored copy must still be there."""
    plan, task, target, record = _own_record(store, plan_id, task_number, period)
    if not attachment_path(store, attachment.sha256).is_file():
        raise UserError("attach_missing", f"Không còn bản lưu của tệp “{attachment.name}” trong thư mục dữ "
                        "liệu: hãy đính kèm lại tệp gốc.", field="attach")
    record = record or Progress(task.id, target.code)  # type: ignore[arg-type]
    if all(a.sha256 != attachment.sha256 for a in record.attachments):
        if len(record.attachments) >= MAX_FILES_PER_RECORD:
            raise UserError("attach_too_many",
                            f"Mỗi nhiệm vụ trong một kỳ đính kèm tối đa {MAX_FILES_PER_RECORD} tệp.",
                            field="attach")
        record.attachments.insert(max(0, min(index, len(record.attachments))), attachment)
    store.require_writable()
    with store.transaction():
        return db.save_record(store, plan.id, record)


_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def viewing_copy(store: Store, attachment: Attachment) -> Path:
    """A copy of an attached file under its own name, for the system viewer: the stored copy is named
    by its sha256 and has no extension, so Windows could not tell which program opens it. The copy
    lives in the temporary folder (<tmp>/ccpropa-tep-dinh-kem/<sha256>/<name>), is made once and
    checked against the sha256."""
    stored = attachment_path(store, attachment.sha256)
    if not stored.is_file():
        raise UserError("attach_missing", f"Không còn bản lưu của tệp “{attachment.name}” trong thư mục dữ "
                        f"liệu ({stored.parent}).", field="attach")
    name = _UNSAFE_NAME.sub("_", attachment.name).strip(" .") or attachment.sha256[:12]
    folder = Path(tempfile.gettempdir()) / "ccpropa-tep-dinh-kem" / attachment.sha256
    target = folder / name
    try:
        if not target.is_file() or _hash_file(target)[0] != attachment.sha256:
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-")
            os.close(fd)
            try:
                shutil.copyfile(stored, tmp)
                os.replace(tmp, target)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
    except OSError as exc:
        raise UserError("attach_copy", f"Không chép được tệp “{attachment.name}” để mở: "
                        f"{exc.strerror}.") from exc
    return target


def _check_done_day(day: dt.date, period: Period, rules: PeriodRules, label: str) -> None:
    start, end = period.window(rules)
    last = max(end, period.end_of_period())
    if day > dt.date.today():
        raise UserError("date_future", f"Ngày hoàn thành {_vn(day)} chưa tới.", field="date")
    if not start <= day <= last:
        raise UserError("date_outside_period", f"Ngày hoàn thành {_vn(day)} nằm ngoài {label} "
                        f"({_vn(start)}–{_vn(last)}): ghi vào kỳ chứa ngày đó.", field="date")


def _due_dates(plan: Plan, values: Sequence[str | dt.date]) -> list[dt.date]:
    out = []
    for value in values:
        day = _date(value, "Hạn")
        assert day is not None
        if not plan.year - 1 <= day.year <= plan.year + 1:
            raise UserError("due_year", f"Hạn {_vn(day)} quá xa năm của kế hoạch ({plan.year}).", field="due")
        out.append(day)
    return sorted(set(out))


def set_due_dates(store: Store, plan_id: int | str, task_number: str,
                  dates: list[str | dt.date]) -> Schedule:
    """Set a task's due dates by hand (replacing what its schedule text says); [] goes back to the
    text. Returns the task's schedule as it now stands."""
    plan = get_plan(store, plan_id)
    task = _find_task(plan, task_number)
    assert task.id is not None
    due_dates = _due_dates(plan, dates)
    with store.transaction():
        db.set_manual_due(store, task.id, due_dates)
    return _schedules(store, plan)[task.id]


# -- what is due ------------------------------------------------------------------------------------------
@dataclass
class StatusRow:
    """One line of `plan status`."""

    task_id: int
    number: str
    content: str
    lead: str
    schedule: str  # the text of the plan
    schedule_kind: str  # "Hàng tháng", "Thường xuyên", "Không có hạn" …
    due_dates: list[dt.date]  # every due date in the year (manual ones when set by hand)
    next_due: dt.date | None  # the first due date on or after the day asked about
    manual_due: bool
    status: Status
    status_label: str  # always Vietnamese
    done_on: dt.date | None
    state: str  # one of domain.tracking.STATES: trong hạn, quá hạn, đúng hạn, hoàn thành …
    period: str  # the recorded period the status comes from ("" = nothing recorded)

    def to_json(self) -> dict[str, Any]:
        return {
            "task_id": self.task_id, "number": self.number, "content": self.content, "lead": self.lead,
            "schedule": self.schedule, "schedule_kind": self.schedule_kind,
            "due_dates": [d.isoformat() for d in self.due_dates],
            "next_due": self.next_due.isoformat() if self.next_due else None,
            "manual_due": self.manual_due, "status": self.status.value, "status_label": self.status_label,
            "done_on": self.done_on.isoformat() if self.done_on else None, "state": self.state,
            "period": self.period,
        }


def plan_status(store: Store, plan_id: int | str, on: dt.date) -> list[StatusRow]:
    """Every task with its due dates and where it stands on `on`, in plan order.

    The status is the newest record (quý I < 6 tháng < quý III < 9 tháng < năm) among the periods
    ending by the end of `on`'s quarter, passing over a completion dated after `on`
    (`domain.tracking.latest`). The state is
    `domain.tracking.deadline_state`. A group row (a task with sub-tasks and no schedule of its own)
    takes its sub-tasks' dates, and its status from them when it has no record of its own; its state
    is then the most pressing of theirs (quá hạn before trong hạn …).
    """
    plan = get_plan(store, plan_id)
    found = _schedules(store, plan)
    manual = db.manual_due(store, plan.id)
    records = db.records_for_plan(store, plan.id)
    rows: list[StatusRow] = []
    pending: list[tuple[int, list[int]]] = []
    for index, task in enumerate(plan.tasks):
        assert task.id is not None
        schedule = found[task.id]
        current = latest(task.id, records.get(task.id, {}), on)
        children = _children(plan.tasks, index)
        if children and not schedule.understood:
            occurrences = tuple(sorted({o for c in children for o in found[c.id].occurrences},  # type: ignore[index]
                                       key=lambda o: (o.due, o.start)))
            kind = "group" if occurrences else "none"
            schedule = Schedule(task.schedule, plan.year, kind, occurrences)
        if children and not current.period:
            current = _group_status(task.id, [latest(c.id, records.get(c.id, {}), on)  # type: ignore[arg-type]
                                              for c in children])
        state = deadline_state(schedule, current.status, current.done_on, on)
        if children and not current.period and not found[task.id].understood:
            # A group row stands as its most pressing sub-task does (filled in once they are known).
            pending.append((len(rows), [c.id for c in children if c.id is not None]))
        rows.append(StatusRow(
            task_id=task.id, number=task.number, content=task.content, lead=task.lead,
            schedule=task.schedule, schedule_kind=schedule.label, due_dates=schedule.due_dates,
            next_due=schedule.next_due(on), manual_due=bool(manual.get(task.id)),
            status=current.status, status_label=STATUS_LABELS[current.status], done_on=current.done_on,
            state=state, period=current.period,
        ))
    by_id = {r.task_id: r for r in rows}
    for index, child_ids in pending:
        rows[index].state = min((by_id[c].state for c in child_ids), key=_SEVERITY.index)
    return rows


_SEVERITY = [LATE, ON_TRACK, NO_DUE, DONE_LATE, ON_TIME, DONE_STATE, NOT_DONE]


def _children(tasks: list[Task], index: int) -> list[Task]:
    depth = tasks[index].depth
    out = []
    for task in tasks[index + 1:]:
        if task.depth <= depth:
            break
        out.append(task)
    return out


def _group_status(task_id: int, children: list[Progress]) -> Progress:
    """All sub-tasks dropped → dropped; all done or dropped → done; any started → doing; else todo."""
    statuses = [c.status for c in children]
    if statuses and all(s is Status.DROPPED for s in statuses):
        return Progress(task_id, "", status=Status.DROPPED, reason="Các nhiệm vụ con không thực hiện")
    if statuses and all(s in (Status.DONE, Status.DROPPED) for s in statuses) and Status.DONE in statuses:
        days = [c.done_on for c in children if c.done_on]
        return Progress(task_id, "", status=Status.DONE, done_on=max(days) if days else None)
    if any(s is not Status.TODO for s in statuses):
        return Progress(task_id, "", status=Status.DOING)
    return Progress(task_id, "")
