"""`ccpropa backup list|create|restore|salvage`. List, restore and salvage work on the data folder
without opening the store, so they work whatever state the store is in (services.backups)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from ccpropa_desktop.services import backups
from ccpropa_desktop.services.session import open_store

from .output import emit, emit_json, table


def _when(text: str | None) -> str:
    """"2024-03-01T08:05:00" → "01/03/2024 08:05"."""
    if not text:
        return ""
    day, _, time = text.partition("T")
    parts = day.split("-")
    return f"{parts[2]}/{parts[1]}/{parts[0]} {time[:5]}".strip() if len(parts) == 3 else text


def backup_list(args: argparse.Namespace) -> None:
    items = backups.describe_backups(args.data_dir)
    if args.json:
        return emit_json([i.to_dict() for i in items])
    if not items:
        emit("Chưa có bản sao lưu nào (thư mục backups trống).")
        return
    table([[i.name, _when(i.backup.created), backups.KINDS.get(i.backup.kind, ""),
            "" if i.plans is None else str(i.plans), _when(i.last_edit),
            f"{max(1, i.backup.size // 1024)} KB",
            "tốt" if i.ok and not i.problem else i.problem or "tốt"] for i in items],
          ["Tên", "Lúc", "Loại", "Kế hoạch", "Sửa lần cuối", "Cỡ", "Tình trạng"])


def backup_create(args: argparse.Namespace) -> None:
    store = open_store(args.data_dir, daily_backup=False)
    try:
        path = backups.create_backup(store)
    finally:
        store.close()
    if args.json:
        return emit_json({"name": path.name})
    emit(f"Đã sao lưu: {path.name}")


def backup_restore(args: argparse.Namespace) -> None:
    result = backups.restore_backup(args.data_dir, args.name)
    if args.json:
        return emit_json({"restored": result.name, "safety_backup": result.safety,
                          "set_aside": str(result.set_aside) if result.set_aside else None})
    if result.safety:
        emit(f"Đã khôi phục {result.name}. Trạng thái trước đó được lưu ở {result.safety}.")
    elif result.set_aside:
        emit(f"Đã khôi phục {result.name}. Tệp dữ liệu hỏng được giữ lại ở {result.set_aside}.")
    else:
        emit(f"Đã khôi phục {result.name}.")


def backup_salvage(args: argparse.Namespace) -> None:
    report = backups.salvage(args.data_dir)
    if args.json:
        return emit_json(report.to_dict())
    emit(backups.summary_line(report))
    table([[t.label, str(t.saved), "đọc hết" if t.complete else "đọc được một phần",
            str(t.dropped) if t.dropped else "", t.error] for t in report.tables if t.saved or not t.complete
           or t.dropped],
          ["Bảng", "Dòng cứu được", "Tình trạng", "Bỏ (mất bản ghi cha)", "Lỗi"])
    emit(f"Dùng bản này: ccpropa backup restore {report.backup.name}")


def register(group: Callable[[str, str], argparse._SubParsersAction],
             cmd: Callable[..., argparse.ArgumentParser],
             existing: dict[str, argparse._SubParsersAction]) -> None:
    """The commands of the "backup" group (made in main.py, passed as ``existing["backup"]``)."""
    _ = group
    b = existing["backup"]
    cmd(b, "list", backup_list, "liệt kê bản sao lưu: lúc sao lưu, số kế hoạch, lần sửa cuối, tình trạng")
    cmd(b, "create", backup_create, "sao lưu ngay (kiểm tra toàn vẹn trước)")
    p = cmd(b, "restore", backup_restore,
            "khôi phục từ bản sao lưu (tệp dữ liệu hỏng được giữ lại trong thư mục hong)")
    p.add_argument("name", help="tên bản sao lưu (xem: ccpropa backup list)")
    cmd(b, "salvage", backup_salvage,
        "cứu phần còn đọc được của tệp dữ liệu hỏng vào một bản sao lưu mới")
