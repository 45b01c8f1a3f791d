"""Re-voicing on the command line: `plan new --dry-run` lists the changes, `plan revoice PLAN`
re-voices a stored plan, `wording list|set|remove` edits the rules (services.revoice)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from ccpropa_desktop.cli.lazy import lazy
from ccpropa_desktop.cli.output import emit, emit_json, table
from ccpropa_desktop.domain.levels import LEVELS

if TYPE_CHECKING:
    from ccpropa_desktop.services.revoice import Change

revoice = lazy("ccpropa_desktop.services.revoice")
session = lazy("ccpropa_desktop.services.session")
unit_service = lazy("ccpropa_desktop.services.unit")


def add_selection_options(p: argparse.ArgumentParser) -> None:
    """--skip-rule / --skip: what the officer unticks, for `plan new` and `plan revoice`."""
    p.add_argument("--skip-rule", action="append", default=[], metavar="MÃ_QUY_TẮC",
                   help="không áp dụng quy tắc này (lặp lại cho nhiều quy tắc; xem --dry-run)")
    p.add_argument("--skip", action="append", default=[], metavar="MÃ_THAY_ĐỔI",
                   help="không áp dụng một thay đổi (mã như task:3:content@120, xem --dry-run --json)")


def register(group: Callable[[str, str], argparse._SubParsersAction],
             cmd: Callable[..., argparse.ArgumentParser],
             existing: dict[str, argparse._SubParsersAction]) -> None:
    p = cmd(existing["plan"], "revoice", plan_revoice,
            "viết lại lời văn của kế hoạch mẫu theo đơn vị: địa danh, cấp, năm (trừ trích dẫn văn bản)")
    p.add_argument("plan")
    p.add_argument("--dry-run", action="store_true", help="chỉ liệt kê thay đổi, không lưu")
    add_selection_options(p)

    w = group("wording", "quy tắc viết lại lời văn theo đơn vị (re-voicing)")
    for name, handler, help_text in (("list", wording_list, "liệt kê quy tắc"),
                                     ("set", wording_set, "thêm/sửa quy tắc của đơn vị"),
                                     ("remove", wording_remove, "xóa quy tắc của đơn vị")):
        p = cmd(w, name, handler, help_text)
        p.add_argument("--from", dest="from_level", default="tinh", help="cấp của kế hoạch mẫu")
        p.add_argument("--to", dest="to_level", default=None, help="cấp đích (mặc định: cấp đơn vị)")
        if name in ("set", "remove"):
            p.add_argument("rule", help="mã quy tắc (trùng mã quy tắc có sẵn thì thay quy tắc đó)")
        if name == "set":
            p.add_argument("find", nargs="?", default="",
                           help="cụm từ cần tìm, ví dụ “trên địa bàn tỉnh” hoặc “{from_area}”")
            p.add_argument("replace", nargs="?", default="", help="thay bằng")
            p.add_argument("--label", default="", help="tên hiển thị của quy tắc")
            p.add_argument("--off", action="store_true", help="tắt quy tắc có sẵn cùng mã")


def print_changes(changes: list[Change], *, keep_hint: bool = True) -> None:
    """Changes grouped by rule, with counts and each occurrence in its context."""
    groups = revoice.grouped(changes)
    if not groups:
        emit("Không có gì cần viết lại: lời văn đã là của đơn vị.")
        return
    keep = "; giữ nguyên: --keep-wording" if keep_hint else ""
    emit(f"Đề xuất viết lại: {len(changes)} chỗ, {len(groups)} quy tắc "
         f"(bỏ một quy tắc: --skip-rule MÃ; một chỗ: --skip MÃ_THAY_ĐỔI{keep}).")
    for g in groups:
        emit(f"\n[{g.rule}] {g.label}: {len(g.changes)} chỗ")
        for c in g.changes:
            emit(f"  {c.id}: {c.before}«{c.old} → {c.new}»{c.after}")


def _store(args: argparse.Namespace):
    return session.open_store(args.data_dir, daily_backup=not getattr(args, "dry_run", False))


def plan_revoice(args: argparse.Namespace) -> None:
    store = _store(args)
    try:
        changes, _ = revoice.revoice_plan(store, args.plan, dry_run=args.dry_run, skip_rules=args.skip_rule,
                                          skip_changes=args.skip)
    finally:
        store.close()
    applied = [c for c in changes if c.rule not in args.skip_rule and c.id not in args.skip]
    if args.json:
        return emit_json({"dry_run": args.dry_run, "changes": changes, "applied": len(applied)})
    print_changes(changes)
    if changes and not args.dry_run:
        emit(f"\nĐã viết lại {len(applied)}/{len(changes)} chỗ trong kế hoạch {args.plan}.")


def _levels(args: argparse.Namespace, store) -> tuple[str, str]:
    to_level = args.to_level or unit_service.get_unit(store).level
    return args.from_level, to_level


def wording_list(args: argparse.Namespace) -> None:
    store = _store(args)
    try:
        from_level, to_level = _levels(args, store)
        revoice._check_levels(from_level, to_level)
        rules = revoice.rules_for(store, from_level, to_level)
    finally:
        store.close()
    if args.json:
        return emit_json([{"rule": r, "source": source} for r, source in rules])
    emit(f"Quy tắc viết lại lời văn: {LEVELS.get(from_level, from_level)} → {LEVELS.get(to_level, to_level)}")
    table([[r.id, r.find or "(tắt)", r.replace, r.label, source] for r, source in rules],
          ["Mã", "Tìm", "Thay bằng", "Tên", "Nguồn"])


def wording_set(args: argparse.Namespace) -> None:
    store = _store(args)
    try:
        from_level, to_level = _levels(args, store)
        rule = revoice.set_rule(store, from_level, to_level, args.rule, args.find, args.replace, args.label,
                                off=args.off)
    finally:
        store.close()
    if args.json:
        return emit_json(rule)
    emit(f"Đã tắt quy tắc {rule.id}." if args.off else
         f"Đã lưu quy tắc {rule.id}: «{rule.find}» → «{rule.replace}».")


def wording_remove(args: argparse.Namespace) -> int:
    store = _store(args)
    try:
        from_level, to_level = _levels(args, store)
        removed = revoice.remove_rule(store, from_level, to_level, args.rule)
    finally:
        store.close()
    if not removed:
        emit(f"Đơn vị không có quy tắc riêng mã “{args.rule}” (quy tắc có sẵn không xóa được; "
             "tắt nó bằng: ccpropa wording set MÃ --off).")
        return 2
    emit(f"Đã xóa quy tắc riêng {args.rule}.")
    return 0
