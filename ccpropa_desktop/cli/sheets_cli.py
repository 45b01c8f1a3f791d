"""Issue 15, items 3 and 4: `plan sheets` (one task sheet per agency), `plan recipients` (Nơi nhận
proposed from the appendix) and `evidence binder` (the zip of tài liệu kiểm chứng for a period)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from ccpropa_desktop.errors import UserError

from .commands import _store
from .lazy import lazy
from .output import emit, emit_json, table

sheets = lazy("ccpropa_desktop.services.sheets")
binder = lazy("ccpropa_desktop.services.binder")

KIND_LABELS = {"agency": "cơ quan", "group": "nhóm"}
PERIOD_HELP = "kỳ báo cáo: 2024-Q1, 2024-H1, 2024-Q3, 2024-9M hoặc 2024 (cả năm)"


def _version(text: str | None) -> int | None:
    if text is None:
        return None
    value = text.strip()
    if not value.isdigit() or int(value) < 1:
        raise UserError("version_invalid", f"Phiên bản “{text}” không hợp lệ: một số nguyên dương, ví dụ "
                        "--version 1 (xem: ccpropa plan versions KẾ_HOẠCH).", field="version")
    return int(value)


def plan_sheets(args: argparse.Namespace) -> None:
    version = _version(args.version)
    with _store(args) as store:
        found, paths = sheets.write_sheets(store, args.plan, args.out, args.format, version=version,
                                           draft=args.draft, report_to=args.report_to,
                                           report_day=args.report_day, with_9m=args.with_9m)
    rows = [(sheet, path) for sheet, path in zip(found.sheets, paths, strict=True)]
    if args.json:
        return emit_json({
            "plan": found.plan_id, "version": found.version, "draft": found.draft, "format": args.format,
            "out": str(Path(args.out)), "reports_to": found.reports_to,
            "sheets": [{"agency": s.name, "kind": s.kind, "file": str(p), "lead": [t.number for t in s.lead],
                        "partner": [t.number for t in s.partner], "common": [t.number for t in s.common],
                        "reports": [{"period": r.period.code, "due": r.due.isoformat(),
                                     "tasks": list(r.numbers)} for r in s.reports]}
                       for s, p in rows],
            "related": found.related})
    source = "bản dự thảo (chưa ban hành)" if found.draft else f"phiên bản {found.version} đã ban hành"
    emit(f"Đã ghi {len(paths)} phiếu nhiệm vụ của kế hoạch {found.plan_id} ({source}) vào {args.out}:")
    table([[s.name, KIND_LABELS.get(s.kind, s.kind), ", ".join(t.number for t in s.lead) or "—",
            ", ".join(t.number for t in s.partner) or "—", p.name] for s, p in rows],
          ["Cơ quan", "Loại", "Chủ trì", "Phối hợp", "Tệp"])
    emit(f"Báo cáo kết quả gửi về: {found.reports_to or found.unit_name}.")
    if found.related:
        emit("Nhiệm vụ có “cơ quan, đơn vị liên quan” (do cơ quan chủ trì mời, không có phiếu riêng): "
             + ", ".join(found.related) + ".")


def plan_recipients(args: argparse.Namespace) -> None:
    with _store(args) as store:
        if args.apply:
            proposal = sheets.apply_recipients(store, args.plan)
        else:
            proposal = sheets.propose_recipients(store, args.plan)
    if args.json:
        return emit_json(proposal.to_json())
    source = "của kế hoạch" if proposal.source == "plan" else "theo hồ sơ đơn vị"
    if not (args.propose or args.apply):
        emit(f"Nơi nhận của kế hoạch {proposal.plan_id} ({source}):")
        for item in proposal.current:
            emit(f"- {item}")
        if proposal.added:
            emit(f"Phụ lục còn nêu {len(proposal.added)} cơ quan chưa có trong Nơi nhận: "
                 f"{'; '.join(proposal.added)}. Xem đề xuất: ccpropa plan recipients {proposal.plan_id} "
                 "--propose")
        return
    if args.apply:
        emit(f"Đã lưu Nơi nhận của kế hoạch {proposal.plan_id}: {len(proposal.proposed)} nơi nhận, thêm "
             f"{len(proposal.added)} cơ quan được giao nhiệm vụ trong phụ lục.")
    else:
        emit(f"Nơi nhận đề xuất cho kế hoạch {proposal.plan_id} (Nơi nhận {source}, thêm các cơ quan "
             "được giao nhiệm vụ trong phụ lục):")
    added = set(proposal.added)
    for item in proposal.proposed:
        emit(f"- {item}{'   (mới)' if item in added else ''}")
    if not args.apply:
        if proposal.added:
            emit(f"Đồng ý thì lưu bằng: ccpropa plan recipients {proposal.plan_id} --apply "
                 f"(hoặc sửa: ccpropa plan edit {proposal.plan_id} --recipient …).")
        else:
            emit("Mọi cơ quan trong phụ lục đã có trong Nơi nhận.")


def evidence_binder(args: argparse.Namespace) -> None:
    with _store(args) as store:
        result = binder.make_binder(store, args.plan, args.period, args.out)
    if args.json:
        return emit_json(result.to_json())
    index = result.index
    emit(f"Đã ghi {result.path} ({max(1, result.size // 1024)} KB): hồ sơ kiểm chứng {index.period.label} "
         f"của kế hoạch {index.plan_id}.")
    emit(f"{len(index.tasks)} nhiệm vụ; {index.item_count} tài liệu kiểm chứng ({index.file_count} tệp "
         f"đính kèm); {len(result.files)} tệp trong hồ sơ, mã kiểm tra trong manifest.json.")
    if index.missing_tasks:
        emit(f"Chưa có tài liệu kiểm chứng: nhiệm vụ {', '.join(index.missing_tasks)}.")
    for problem in index.problems:
        emit(f"Lưu ý: {problem}")


def register(group: Callable[[str, str], argparse._SubParsersAction],
             cmd: Callable[..., argparse.ArgumentParser],
             existing: dict[str, argparse._SubParsersAction]) -> None:
    """`plan sheets`, `plan recipients` and the "evidence" group."""
    p = cmd(existing["plan"], "sheets", plan_sheets,
            "phiếu nhiệm vụ cho từng cơ quan được giao chủ trì, phối hợp trong phụ lục")
    p.add_argument("plan")
    p.add_argument("--out", required=True, help="thư mục ghi các phiếu (tạo mới nếu chưa có)")
    p.add_argument("--format", choices=["pdf", "docx"], default="pdf")
    p.add_argument("--version", help="trích từ phiên bản đã ban hành N (mặc định: phiên bản mới nhất)")
    p.add_argument("--draft", action="store_true", help="trích từ bản đang soạn (ghi rõ là dự thảo)")
    p.add_argument("--report-to", help="cơ quan nhận báo cáo của các cơ quan (mặc định: cơ quan soạn "
                   "thảo theo dòng “Lưu: VT, …”, ví dụ Phòng Nội vụ)")
    p.add_argument("--report-day", help="ngày các cơ quan gửi báo cáo trong tháng cuối kỳ (mặc định: "
                   "ngày sau ngày chốt số liệu, 15)")
    p.add_argument("--with-9m", action="store_true", help="thêm kỳ báo cáo 9 tháng")

    p = cmd(existing["plan"], "recipients", plan_recipients,
            "Nơi nhận của kế hoạch, đề xuất thêm các cơ quan được giao nhiệm vụ trong phụ lục")
    p.add_argument("plan")
    p.add_argument("--propose", action="store_true", help="xem Nơi nhận đề xuất (không lưu)")
    p.add_argument("--apply", action="store_true", help="lưu Nơi nhận đề xuất thành Nơi nhận của kế hoạch")

    ev = group("evidence", "tài liệu kiểm chứng (hồ sơ chấm điểm Chỉ số CCHC)")
    p = cmd(ev, "binder", evidence_binder, "đóng hồ sơ kiểm chứng của một kỳ thành một tệp .zip")
    p.add_argument("plan")
    p.add_argument("--period", required=True, help=PERIOD_HELP)
    p.add_argument("--out", required=True, help="tệp .zip kết quả")
