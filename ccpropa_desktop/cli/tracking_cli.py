"""Tracking through the year: `task set`, `task progress`, `plan status`, `period show/set` (W5)."""

from __future__ import annotations

import argparse
import datetime as dt
from collections import Counter
from collections.abc import Callable

from ccpropa_desktop.documents.formats import decimal, short_date
from ccpropa_desktop.domain.periods import parse_period, periods_of_year, report_period_on
from ccpropa_desktop.domain.tracking import STATES, Progress, metric_items, metric_label
from ccpropa_desktop.errors import UserError

from .commands import _store
from .lazy import lazy
from .output import emit, emit_json, table

tracking = lazy("ccpropa_desktop.services.tracking")
plans = lazy("ccpropa_desktop.services.plans")


def _vn(day: dt.date | None) -> str:
    return short_date(day) if day else ""


def _metrics_text(metrics: dict[str, float]) -> str:
    return "; ".join(f"{metric_label(k)}: {decimal(v)}" for k, v in metric_items(metrics))


def progress_json(p: Progress) -> dict:
    return {
        "task_id": p.task_id, "period": p.period, "status": p.status.value, "status_label": p.status.label,
        "done_on": p.done_on.isoformat() if p.done_on else None, "reason": p.reason, "metrics": p.metrics,
        "evidence": p.evidence,
        "attachments": [{"name": a.name, "sha256": a.sha256, "size": a.size} for a in p.attachments],
        "updated_at": p.updated_at, "derived_from": p.derived_from,
    }


def _parse_metrics(items: list[str] | None) -> dict[str, float | None]:
    out: dict[str, float | None] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UserError("metric_invalid", f"Chỉ số “{item}” không hợp lệ: viết TÊN=SỐ, ví dụ tin_bai=3 "
                            "(để trống số để xóa: tin_bai=).", field="metric")
        out[key.strip()] = tracking.parse_number(value, key.strip()) if value.strip() else None
    return out


def _on(text: str | None) -> dt.date:
    if not text:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UserError("date_invalid", f"Ngày “{text}” không hợp lệ: nhập theo dạng NĂM-THÁNG-NGÀY, "
                        "ví dụ 2024-07-01.", field="on") from None


# -- task set ---------------------------------------------------------------------------------------------
def task_set(args: argparse.Namespace) -> None:
    progress_given = any(v not in (None, []) for v in (args.status, args.date, args.reason, args.metric,
                                                        args.evidence, args.attach))
    due = [] if args.clear_due else args.due
    if not progress_given and due is None:
        raise UserError("nothing_to_set", "Không có gì để ghi: thêm --status, --date, --metric, --evidence, "
                        "--attach hoặc --due.")
    if progress_given and not args.period:
        raise UserError("period_required",
                        "Cần chọn kỳ: --period 2024-Q1 (hoặc 2024-H1, 2024-Q3, 2024-9M, 2024).",
                        field="period")
    metrics = _parse_metrics(args.metric)
    with _store(args) as store:
        if args.period:
            record = tracking.set_progress(
                store, args.plan, args.task, args.period, status=args.status, done_on=args.date,
                reason=args.reason, metrics=metrics, evidence=args.evidence, attach=args.attach, due=due)
            schedule = tracking.schedules(store, args.plan)[record.task_id]
        else:
            record = None
            schedule = tracking.set_due_dates(store, args.plan, args.task, due or [])
        plan = plans.get_plan(store, args.plan)
    task = next(t for t in plan.tasks if t.number == args.task.strip().rstrip("."))
    if args.json:
        return emit_json({"task": task.number, "progress": progress_json(record) if record else None,
                          "due_dates": [d.isoformat() for d in schedule.due_dates],
                          "schedule_kind": schedule.label})
    if record is not None:
        line = f"Đã ghi nhiệm vụ {task.number}, kỳ {parse_period(record.period).label}: {record.status.label}"
        if record.done_on:
            line += f" ngày {_vn(record.done_on)}"
        if record.reason:
            line += f" (lý do: {record.reason})"
        emit(line + ".")
        if record.metrics:
            emit(f"  Số liệu: {_metrics_text(record.metrics)}")
        for text in record.evidence:
            emit(f"  Minh chứng: {text}")
        for file in record.attachments:
            emit(f"  Tệp: {file.name} ({decimal(file.size)} byte, sha256 {file.sha256[:12]}…)")
    if due is not None:
        if due:
            emit(f"Hạn đặt tay của nhiệm vụ {task.number}: {', '.join(_vn(d) for d in schedule.due_dates)}.")
        else:
            emit(f"Nhiệm vụ {task.number} dùng lại hạn theo cột Thời gian thực hiện: "
                 f"{schedule.label.lower()}.")


# -- task progress ----------------------------------------------------------------------------------------
def task_progress(args: argparse.Namespace) -> None:
    with _store(args) as store:
        plan = plans.get_plan(store, args.plan)
        progress = tracking.get_progress(store, plan.id, args.period)
    if args.json:
        return emit_json([{"number": t.number, **progress_json(progress[t.id])} for t in plan.tasks
                          if t.id in progress])
    emit(f"Kế hoạch {plan.id} — kỳ {parse_period(args.period).label}")
    rows = []
    for t in plan.tasks:
        p = progress[t.id]  # type: ignore[index]
        note = p.reason or "; ".join(p.evidence)
        if p.derived_from:
            note = (f"(theo {', '.join(p.derived_from)}) " + note).strip()
        rows.append([t.number, t.content, p.status.label, _vn(p.done_on), _metrics_text(p.metrics), note])
    table(rows, ["TT", "Nhiệm vụ", "Trạng thái", "Ngày HT", "Số liệu", "Minh chứng / ghi chú"])


# -- plan status ------------------------------------------------------------------------------------------
def plan_status(args: argparse.Namespace) -> None:
    on = _on(args.on)
    with _store(args) as store:
        rows = tracking.plan_status(store, args.plan, on)
        rules = tracking.period_rules(store)
    if args.state:
        wanted = {s.strip() for s in args.state.split(",")}
        unknown = wanted - set(STATES)
        if unknown:
            raise UserError("state_invalid", f"Tình hình “{', '.join(sorted(unknown))}” không hợp lệ; "
                            f"chọn trong: {', '.join(STATES)}.", field="state")
        rows = [r for r in rows if r.state in wanted]
    if args.json:
        return emit_json({"on": on.isoformat(), "rows": [r.to_json() for r in rows]})
    current = report_period_on(on, rules)
    emit(f"Tình hình thực hiện kế hoạch {args.plan} đến ngày {_vn(on)} "
         f"(kỳ báo cáo tới: {current.label}, hạn {_vn(current.due(rules))})")
    table([[r.number, r.content, r.lead, _due_text(r), r.status_label, r.state] for r in rows],
          ["TT", "Nhiệm vụ", "Chủ trì", "Hạn", "Trạng thái", "Tình hình"])
    counts = Counter(r.state for r in rows)
    emit("Tổng: " + "; ".join(f"{state}: {counts[state]}" for state in STATES if counts[state]))


def _due_text(row: tracking.StatusRow) -> str:
    if not row.due_dates:
        return "không có hạn"
    if len(row.due_dates) == 1:
        text = _vn(row.due_dates[0])
    else:
        nxt = row.next_due
        when = f"kỳ tới {_vn(nxt)}" if nxt else f"hết {_vn(row.due_dates[-1])}"
        text = f"{row.schedule_kind.lower()}, {when}"
    return text + (" (đặt tay)" if row.manual_due else "")


# -- period show / set ------------------------------------------------------------------------------------
def period_show(args: argparse.Namespace) -> None:
    text = (args.year or "").strip()
    year = dt.date.today().year if not text else int(text) if text.isascii() and text.isdigit() else 0
    if not 2000 <= year <= 2100:
        raise UserError("year_invalid", f"Năm “{args.year}” không hợp lệ: nhập năm bằng số, từ 2000 đến "
                        "2100, ví dụ 2024.", field="year")
    with _store(args) as store:
        rules = tracking.period_rules(store)
    items = [(p, *p.window(rules), p.due(rules)) for p in periods_of_year(year)]
    if args.json:
        return emit_json({"cutoff_day": rules.cutoff_day, "due_day": rules.due_day,
                          "periods": [{"code": p.code, "label": p.label, "from": a.isoformat(),
                                       "to": b.isoformat(), "due": d.isoformat()} for p, a, b, d in items]})
    emit(f"Lịch báo cáo năm {year}: chốt số liệu ngày {rules.cutoff_day}, hạn báo cáo ngày {rules.due_day}")
    table([[p.code, p.label, _vn(a), _vn(b), _vn(d)] for p, a, b, d in items],
          ["Kỳ", "Tên kỳ", "Số liệu từ", "đến", "Hạn báo cáo"])


def period_set(args: argparse.Namespace) -> None:
    if args.cutoff_day is None and args.due_day is None:
        raise UserError("nothing_to_set", "Không có gì để ghi: thêm --cutoff-day và/hoặc --due-day.")
    with _store(args) as store:
        rules = tracking.set_period_rules(store, cutoff_day=args.cutoff_day, due_day=args.due_day)
    if args.json:
        return emit_json({"cutoff_day": rules.cutoff_day, "due_day": rules.due_day})
    emit(f"Đã lưu lịch báo cáo: chốt số liệu ngày {rules.cutoff_day}, hạn báo cáo ngày {rules.due_day}.")


def register(group: Callable[[str, str], argparse._SubParsersAction],
             cmd: Callable[..., argparse.ArgumentParser],
             existing: dict[str, argparse._SubParsersAction]) -> None:
    """Add this module's commands. `group(name, help)` makes a new group; `existing` holds
    the sub-parsers of groups that already exist ("templates", "plan", "task")."""
    p = cmd(existing["task"], "set", task_set, "ghi kết quả thực hiện nhiệm vụ trong một kỳ")
    p.add_argument("plan")
    p.add_argument("task", help="số nhiệm vụ, ví dụ 2.3")
    p.add_argument("--period", help="kỳ: 2024-Q1, 2024-H1, 2024-Q3, 2024-9M hoặc 2024")
    p.add_argument("--status", help="todo (chưa triển khai), doing (đang thực hiện), done (hoàn thành), "
                   "dropped (không thực hiện)")
    p.add_argument("--date", help="ngày hoàn thành, dạng 2024-03-10 (bắt buộc với done)")
    p.add_argument("--reason", help="lý do không thực hiện (bắt buộc với dropped)")
    p.add_argument("--metric", action="append", metavar="TÊN=SỐ",
                   help="số liệu, ví dụ tin_bai=3, luot_nguoi=250, kinh_phi=15.000.000 (lặp lại được)")
    p.add_argument("--evidence", action="append",
                   help="minh chứng: “Công văn số …”, đường dẫn (lặp lại được)")
    p.add_argument("--attach", action="append", metavar="TỆP",
                   help="đính kèm tệp, tối đa 20 MB (lặp lại được)")
    p.add_argument("--due", action="append", metavar="NGÀY", help="đặt hạn bằng tay, ví dụ 2024-06-30 "
                   "(lặp lại được; thay cho cột Thời gian thực hiện)")
    p.add_argument("--clear-due", action="store_true",
                   help="bỏ hạn đặt tay, dùng lại cột Thời gian thực hiện")

    p = cmd(existing["task"], "progress", task_progress, "xem kết quả thực hiện các nhiệm vụ trong một kỳ")
    p.add_argument("plan")
    p.add_argument("--period", required=True, help="kỳ: 2024-Q1, 2024-H1, 2024-Q3, 2024-9M hoặc 2024")

    p = cmd(existing["plan"], "status", plan_status, "việc đến hạn, quá hạn, đã hoàn thành")
    p.add_argument("plan")
    p.add_argument("--on", help="tính đến ngày, dạng 2024-07-01 (mặc định: hôm nay)")
    p.add_argument("--state",
                   help="chỉ hiện tình hình này, ví dụ “quá hạn” (nhiều giá trị cách nhau dấu phẩy)")

    pr = group("period", "lịch báo cáo định kỳ (kỳ, ngày chốt số liệu, hạn)")
    p = cmd(pr, "show", period_show, "xem các kỳ báo cáo của một năm")
    p.add_argument("year", nargs="?", help="năm (mặc định: năm nay)")
    p = cmd(pr, "set", period_set, "đặt ngày chốt số liệu và hạn báo cáo của đơn vị")
    p.add_argument("--cutoff-day", help="ngày chốt số liệu trong tháng cuối kỳ (mặc định 14)")
    p.add_argument("--due-day", help="hạn gửi báo cáo trong tháng cuối kỳ (mặc định 20)")
