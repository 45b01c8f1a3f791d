"""`plan find PLAN TEXT` and `plan replace PLAN TEXT NEW`: across the whole plan (services.find_replace)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from ccpropa_desktop.cli.lazy import lazy
from ccpropa_desktop.cli.output import emit, emit_json

find_replace = lazy("ccpropa_desktop.services.find_replace")
session = lazy("ccpropa_desktop.services.session")


def register(group: Callable[[str, str], argparse._SubParsersAction],
             cmd: Callable[..., argparse.ArgumentParser],
             existing: dict[str, argparse._SubParsersAction]) -> None:
    _ = group
    for name, handler, help_text in (
            ("find", plan_find, "tìm một từ, cụm từ trong toàn bộ kế hoạch (kèm ngữ cảnh)"),
            ("replace", plan_replace, "thay một từ, cụm từ trong toàn bộ kế hoạch (một lần lưu)")):
        p = cmd(existing["plan"], name, handler, help_text)
        p.add_argument("plan")
        p.add_argument("text", help="từ, cụm từ cần tìm")
        if name == "replace":
            p.add_argument("new", help="thay bằng")
            p.add_argument("--dry-run", action="store_true", help="chỉ liệt kê chỗ sẽ thay, không lưu")
        p.add_argument("--no-diacritics", action="store_true",
                       help="tìm không phân biệt dấu (“tinh” thấy cả “tỉnh”, “tĩnh”)")
        p.add_argument("--partial", action="store_true", help="tìm cả trong từ khác (mặc định: nguyên từ)")
        p.add_argument("--case", action="store_true", help="phân biệt chữ hoa, chữ thường")


def _options(args: argparse.Namespace):
    return find_replace.Options(whole_words=not args.partial, ignore_diacritics=args.no_diacritics,
                                match_case=args.case)


def _print(matches) -> None:
    for m in matches:
        emit(f"  {m.place}: {m.before}«{m.found}»{m.after}")


def plan_find(args: argparse.Namespace) -> None:
    store = session.open_store(args.data_dir, daily_backup=False)
    try:
        matches, _ = find_replace.replace_all(store, args.plan, args.text, "", _options(args), dry_run=True)
    finally:
        store.close()
    if args.json:
        return emit_json(matches)
    emit(f"Tìm thấy {len(matches)} chỗ “{args.text}”." if matches else f"Không thấy “{args.text}”.")
    _print(matches)


def plan_replace(args: argparse.Namespace) -> None:
    store = session.open_store(args.data_dir, daily_backup=not args.dry_run)
    try:
        matches, _ = find_replace.replace_all(store, args.plan, args.text, args.new, _options(args),
                                              dry_run=args.dry_run)
    finally:
        store.close()
    if args.json:
        return emit_json({"dry_run": args.dry_run, "replaced": 0 if args.dry_run else len(matches),
                          "matches": matches})
    if not matches:
        emit(f"Không thấy “{args.text}”: không thay gì.")
        return
    emit(f"{'Sẽ thay' if args.dry_run else 'Đã thay'} {len(matches)} chỗ “{args.text}” → “{args.new}”.")
    _print(matches)
