"""Import of a province's plan (.docx, PDF, pasted text) into a template: `templates import` (W2)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ccpropa_desktop import paths
from ccpropa_desktop.cli.lazy import lazy
from ccpropa_desktop.cli.output import emit, emit_json
from ccpropa_desktop.domain.levels import LEVELS

if TYPE_CHECKING:
    from ccpropa_desktop.services.importing import ImportResult
    from ccpropa_desktop.store import Store

importing = lazy("ccpropa_desktop.services.importing")
plans = lazy("ccpropa_desktop.services.plans")
session = lazy("ccpropa_desktop.services.session")


def register(group: Callable[[str, str], argparse._SubParsersAction],
             cmd: Callable[..., argparse.ArgumentParser],
             existing: dict[str, argparse._SubParsersAction]) -> None:
    """Add this module's commands. `group(name, help)` makes a new group; `existing` holds
    the sub-parsers of groups that already exist ("templates", "plan", "task")."""
    _ = group
    p = cmd(existing["templates"], "import", templates_import,
            "nhập kế hoạch của cấp trên (.docx, .pdf, hoặc văn bản chép từ PDF) làm kế hoạch mẫu")
    p.add_argument("file", help="tệp .docx, .pdf hoặc .txt; “-” để đọc văn bản từ đầu vào chuẩn")
    p.add_argument("--dry-run", action="store_true", help="chỉ xem kết quả nhập, không lưu")
    p.add_argument("--copy", action="store_true",
                   help="tệp đã là một kế hoạch mẫu: vẫn nhập, thành một bản sao để sửa riêng")
    p.add_argument("--accept-ocr", action="store_true",
                   help="văn bản có vẻ bị lỗi nhận dạng chữ (OCR): vẫn lưu, sẽ sửa tay sau")
    p.add_argument("--id", dest="template_id", help="mã của kế hoạch mẫu mới (mặc định: tự đặt theo "
                   "địa danh và năm)")


def _open(args: argparse.Namespace) -> Store:
    """The store; a dry run on a data folder that has no store yet creates nothing."""
    if args.dry_run and not (paths.data_dir(args.data_dir) / paths.DB_FILENAME).exists():
        return session.memory_store()
    return session.open_store(args.data_dir, daily_backup=not args.dry_run)


def templates_import(args: argparse.Namespace) -> None:
    data = sys.stdin.buffer.read() if args.file == "-" else None
    store = _open(args)
    try:
        result = importing.import_template(store, Path(args.file), dry_run=args.dry_run,
                                           template_id=args.template_id, data=data,
                                           source_name="stdin" if data is not None else "",
                                           as_copy=args.copy, accept_ocr=args.accept_ocr)
    finally:
        store.close()
    if args.json:
        return emit_json({"id": result.template["id"], "saved": result.saved, "kind": result.kind,
                          "encoding": result.encoding, "sections": result.sections, "tasks": result.tasks,
                          "unplaced": result.unplaced, "checks": result.checks, "warnings": result.warnings,
                          "duplicate_of": result.duplicate_of, "no_appendix": result.no_appendix,
                          "ocr_damage": round(result.damage, 3), "template": result.template})
    _summary(result)


def _summary(result: ImportResult) -> None:
    doc = result.template
    issuer = doc["issuer"]
    if result.saved:
        emit(f"Đã nhập kế hoạch mẫu [{doc['id']}]: {doc['name']}")
    else:
        emit(f"Xem trước (--dry-run, chưa lưu) [{doc['id']}]: {doc['name']}")
    if result.duplicate_of and not result.saved:
        emit(f"Lưu ý: tệp này đã là kế hoạch mẫu “{result.duplicate_of}”; "
             "nhập lại cần --copy (thành bản sao).")
    kind = {"docx": "Word (.docx)", "pdf": "PDF"}.get(result.kind, "văn bản")
    encoding = "" if result.encoding == "Unicode" else f"; bảng mã {result.encoding} đã chuyển sang Unicode"
    emit(f"Nguồn: {doc['source']} ({kind}{encoding})")
    emit(f"Cơ quan ban hành: {issuer['short_name'] or '…'} (cấp {LEVELS.get(doc['level'], doc['level'])})"
         f"   Số: {doc['number'] or '…'}   Ngày: {plans.format_date(doc['date']) or '…'}")
    if doc["form"] == "B":
        emit(f"Loại: Quyết định ban hành Kế hoạch — Quyết định: {doc['decision']['title']}")
    else:
        emit("Loại: Kế hoạch")
    emit(f"Trích yếu: {doc['title'] or '…'}")
    signer = doc["signer"]
    emit(f"Căn cứ: {len(doc['legal_bases'] or (doc['decision'] or {}).get('legal_bases', []))} đoạn   "
         f"Mục: {result.sections}   Nhiệm vụ: {result.tasks}   Nơi nhận: {len(doc['recipients'])}")
    signed = " / ".join(x for x in (signer["authority"], signer["title"], signer["name"]) if x)
    emit(f"Người ký: {signed or '…'}")
    appendix = doc["appendix"]
    if result.no_appendix:
        emit("Phụ lục: KHÔNG TÌM THẤY bảng nhiệm vụ — đã nhập phần nội dung; phụ lục phải thêm bằng tay "
             "(lập kế hoạch từ mẫu này rồi thêm nhiệm vụ: ccpropa task add …, hoặc trang «Soạn kế hoạch»).")
    else:
        emit(f"Phụ lục: {appendix['title'] or appendix['heading']}")
        emit(f"Cột: {', '.join(c['label'] for c in appendix['columns'])}")
    emit(f"Dòng không xếp được (bỏ qua): {len(result.unplaced)}")
    for line in result.unplaced:
        emit(f"  - {line}")
    if result.checks:
        emit(f"Dòng đã nhập nhưng cần kiểm tra (các ô được xếp theo phỏng đoán): {len(result.checks)}")
        for line in result.checks:
            emit(f"  - {line}")
    if result.warnings:
        emit("Cần kiểm tra:")
        for line in result.warnings:
            emit(f"  - {line}")
    if result.damaged and not result.saved:
        emit("Văn bản có vẻ bị lỗi nhận dạng chữ (OCR): muốn lưu vẫn phải thêm --accept-ocr.")
    if result.saved:
        emit(f"Xem: ccpropa templates show {doc['id']}   "
             f"Lập kế hoạch: ccpropa plan new --template {doc['id']} --year NĂM")
