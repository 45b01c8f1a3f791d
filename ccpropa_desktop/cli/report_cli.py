"""Reports (W6): `report draft`, `report edit`, `report render`, `report issue`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services.render import write_output

from .commands import _store
from .lazy import lazy
from .output import emit, emit_json, table

if TYPE_CHECKING:
    from ccpropa_desktop.domain.report import Report

reports = lazy("ccpropa_desktop.services.reports")  # loaded by the report commands only
FORMATS = ("pdf", "docx", "xlsx")  # = services.reports.FORMATS, without importing it to build the parser

PERIOD_HELP = "kỳ báo cáo: 2024-Q1, 2024-H1, 2024-Q3, 2024-9M hoặc 2024 (cả năm)"
MAX_FILE_BYTES = 1024 * 1024


def report_text(report: Report) -> list[str]:
    """The report as plain Vietnamese text, in the order it prints."""
    lines = ["BÁO CÁO", report.title, ""]
    if report.kinh_gui.paragraphs:
        addressees = report.kinh_gui.paragraphs
        lines.append("Kính gửi: " + (addressees[0] if len(addressees) == 1 else ""))
        if len(addressees) > 1:
            lines += [f"    - {a}" for a in addressees]
        lines.append("")
    for style, text in report.outline():
        lines.append(text if style.startswith("heading") else f"    {text}")
    lines += ["", "Nơi nhận:", *[f"- {r}" for r in report.noi_nhan.paragraphs], ""]
    lines.append(f"Phụ lục: {report.appendix_title} ({len(report.rows) - 1} dòng)")
    return lines


def _sections_table(report: Report) -> None:
    rows = []
    for key, section in report.editable().items():
        state = "CẦN SOẠN" if section.placeholder else ("đã sửa" if section.edited else "tự soạn")
        rows.append([key, section.title, state])
    table(rows, ["Mục", "Nội dung", "Trạng thái"])


def report_draft(args: argparse.Namespace) -> None:
    with _store(args) as store:
        report = reports.draft_report(store, args.plan, args.period)
    if args.json:
        return emit_json(report.to_dict())
    for line in report_text(report):
        emit(line)
    emit()
    emit("Các mục sửa được (ccpropa report edit … --section MỤC --text …):")
    _sections_table(report)
    missing = report.placeholders()
    if missing:
        emit()
        emit("Cần soạn trước khi ban hành: " + ", ".join(s.key for s in missing) + ".")


def _read_text(args: argparse.Namespace) -> str | None:
    if args.clear:
        return None
    if args.file is None:
        return args.text
    path = Path(args.file)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UserError("file_too_big", f"Tệp {path} lớn quá 1 MB: không phải một đoạn văn bản.")
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UserError("file_missing", f"Không có tệp {path}.", field="file") from None
    except UnicodeDecodeError:
        raise UserError("file_encoding", f"Tệp {path} không phải văn bản UTF-8.", field="file") from None
    except OSError as exc:
        raise UserError("file_unreadable", f"Không đọc được tệp {path}: {exc.strerror}.",
                        field="file") from None


def report_edit(args: argparse.Namespace) -> None:
    text = _read_text(args)  # before opening the store: a bad file changes nothing
    with _store(args) as store:
        report = reports.edit_report(store, args.plan, args.period, args.section, text)
    section = report.editable()[args.section.strip()]
    if args.json:
        return emit_json(report.to_dict()["sections"][section.key])
    if section.edited:
        emit(f"Đã lưu mục {section.key} ({section.title}) của báo cáo {report.period.label}:")
    else:
        emit(f"Đã bỏ phần sửa mục {section.key}: dùng lại nội dung tự soạn:")
    for paragraph in section.paragraphs:
        emit(f"    {paragraph}")


def report_render(args: argparse.Namespace) -> None:
    if args.draft and args.number:
        raise UserError("draft_and_number", "Chọn một: --draft (dự thảo) hoặc --number và --date "
                        "(đã ban hành).")
    if args.date and not args.number:
        raise UserError("number_missing", "Cần số báo cáo (--number) đi cùng ngày (--date).", field="number")
    with _store(args) as store:
        issued = reports.report_issue(store, args.plan, args.period)
        draft = args.draft or (not args.number and issued is None)
        data = reports.render_report(store, args.plan, args.period, args.format, draft=draft,
                                     number=args.number, date=args.date)
    path = write_output(data, args.out)
    if args.json:
        return emit_json({"out": str(path), "bytes": len(data), "format": args.format, "draft": draft})
    emit(f"Đã ghi {path} ({max(1, len(data) // 1024)} KB){' — bản dự thảo' if draft else ''}.")


def report_issue(args: argparse.Namespace) -> None:
    with _store(args) as store:
        report = reports.issue_report(store, args.plan, args.period, args.number, args.date)
        number, date = reports.report_issue(store, args.plan, args.period) or ("", None)
    if args.json:
        return emit_json({"plan": report.plan_id, "period": report.period.code, "number": number,
                          "date": date.isoformat() if date else None})
    emit(f"Báo cáo {report.period.label} của kế hoạch {report.plan_id}: số {number}/BC-"
         f"{report.citation.issuer_abbr}, ngày "
         f"{date:%d/%m/%Y}. In lại: ccpropa report render {report.plan_id} --period {report.period.code} "
         "--out bao-cao.pdf")


def register(group: Callable[[str, str], argparse._SubParsersAction],
             cmd: Callable[..., argparse.ArgumentParser],
             existing: dict[str, argparse._SubParsersAction]) -> None:
    """The "report" group; its sub-parsers go into ``existing["report"]`` so the packages module
    can add `report package`."""
    r = group("report", "báo cáo định kỳ")
    existing["report"] = r

    p = cmd(r, "draft", report_draft, "soạn báo cáo từ số liệu theo dõi (giữ các phần đã sửa)")
    p.add_argument("plan")
    p.add_argument("--period", required=True, help=PERIOD_HELP)

    p = cmd(r, "edit", report_edit, "sửa một mục văn bản của báo cáo")
    p.add_argument("plan")
    p.add_argument("--period", required=True, help=PERIOD_HELP)
    p.add_argument("--section", required=True, help="mục cần sửa, ví dụ kien_nghi (xem: report draft)")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--text", help="nội dung mới, mỗi dòng một đoạn")
    source.add_argument("--file", help="đọc nội dung từ tệp văn bản UTF-8")
    source.add_argument("--clear", action="store_true", help="bỏ phần đã sửa, dùng lại nội dung tự soạn")

    p = cmd(r, "render", report_render, "in/xuất báo cáo ra PDF, DOCX hoặc XLSX")
    p.add_argument("plan")
    p.add_argument("--period", required=True, help=PERIOD_HELP)
    p.add_argument("--format", choices=list(FORMATS), default="pdf")
    p.add_argument("--out", required=True, help="tệp kết quả")
    p.add_argument("--draft", action="store_true", help="bản dự thảo: ô DỰ THẢO, để trống số và ngày")
    p.add_argument("--number", help="số báo cáo (đi cùng --date)")
    p.add_argument("--date", help="ngày ban hành, dạng 2024-06-18")

    p = cmd(r, "issue", report_issue, "ghi số và ngày ban hành báo cáo")
    p.add_argument("plan")
    p.add_argument("--period", required=True, help=PERIOD_HELP)
    p.add_argument("--number", required=True)
    p.add_argument("--date", required=True, help="ngày ban hành, dạng 2024-06-18")
