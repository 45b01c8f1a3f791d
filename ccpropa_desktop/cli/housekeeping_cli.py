"""Duplicate, delete (to the bin), restore and rename plans and templates (services.housekeeping)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from ccpropa_desktop.cli.lazy import lazy
from ccpropa_desktop.cli.output import emit, emit_json, table
from ccpropa_desktop.errors import UserError

housekeeping = lazy("ccpropa_desktop.services.housekeeping")
session = lazy("ccpropa_desktop.services.session")


def register(group: Callable[[str, str], argparse._SubParsersAction],
             cmd: Callable[..., argparse.ArgumentParser],
             existing: dict[str, argparse._SubParsersAction]) -> None:
    _ = group
    plan, templates = existing["plan"], existing["templates"]
    p = cmd(plan, "duplicate", plan_duplicate, "nhân bản kế hoạch thành một bản nháp mới")
    p.add_argument("plan")
    p.add_argument("--title", help="trích yếu của bản mới (mặc định: “… (bản sao)”)")
    p = cmd(plan, "delete", plan_delete, "xóa kế hoạch: chuyển vào thùng rác (khôi phục được)")
    p.add_argument("plan")
    p.add_argument("--yes", action="store_true", help="xác nhận xóa")
    cmd(plan, "bin", plan_bin_list, "các kế hoạch trong thùng rác")
    p = cmd(plan, "restore", plan_restore, "khôi phục kế hoạch từ thùng rác")
    p.add_argument("plan")
    p = cmd(plan, "purge", plan_purge, "xóa hẳn một kế hoạch chưa ban hành khỏi thùng rác")
    p.add_argument("plan")
    p.add_argument("--yes", action="store_true", help="xác nhận xóa hẳn")
    p = cmd(templates, "rename", template_rename, "đổi tên kế hoạch mẫu đã nhập")
    p.add_argument("template")
    p.add_argument("name")
    p = cmd(templates, "duplicate", template_duplicate, "nhân bản kế hoạch mẫu (kể cả mẫu có sẵn)")
    p.add_argument("template")
    p.add_argument("--id", dest="template_id", help="mã của bản sao (mặc định: tự đặt)")
    p = cmd(templates, "delete", template_delete, "xóa kế hoạch mẫu đã nhập (mẫu có sẵn không xóa được)")
    p.add_argument("template")
    p.add_argument("--yes", action="store_true", help="xác nhận xóa")


def _run(args: argparse.Namespace, action: Callable):
    store = session.open_store(args.data_dir)
    try:
        return action(store)
    finally:
        store.close()


def _confirm(args: argparse.Namespace, what: str) -> None:
    if not args.yes:
        raise UserError("confirm_needed", f"{what} Thêm --yes để xác nhận.")


def plan_duplicate(args: argparse.Namespace) -> None:
    plan = _run(args, lambda s: housekeeping.duplicate_plan(s, args.plan, args.title))
    if args.json:
        return emit_json({"id": plan.id, "title": plan.title})
    emit(f"Đã nhân bản thành kế hoạch {plan.id}: {plan.title}")


def plan_delete(args: argparse.Namespace) -> None:
    _confirm(args, f"Xóa kế hoạch {args.plan}? Kế hoạch vào thùng rác, khôi phục được.")
    done = _run(args, lambda s: housekeeping.delete_plan(s, args.plan))
    if args.json:
        return emit_json(done)
    kept = f"; {done['versions']} bản đã ban hành được giữ" if done["versions"] else ""
    emit(f"Đã chuyển kế hoạch {done['id']} vào thùng rác{kept}. Khôi phục: ccpropa plan restore {done['id']}")


def plan_bin_list(args: argparse.Namespace) -> None:
    items = _run(args, housekeeping.bin_contents)
    if args.json:
        return emit_json(items)
    if not items:
        emit("Thùng rác trống.")
        return
    table([[str(i["id"]), str(i["year"]), i["title"], str(i["versions"]), i["deleted_at"]] for i in items],
          ["Mã", "Năm", "Trích yếu", "Bản đã ban hành", "Xóa lúc"])


def plan_restore(args: argparse.Namespace) -> None:
    plan = _run(args, lambda s: housekeeping.restore_plan(s, args.plan))
    if args.json:
        return emit_json({"id": plan.id, "title": plan.title})
    emit(f"Đã khôi phục kế hoạch {plan.id}: {plan.title}")


def plan_purge(args: argparse.Namespace) -> None:
    _confirm(args, f"Xóa hẳn kế hoạch {args.plan}? Không khôi phục được nữa.")
    _run(args, lambda s: housekeeping.purge_plan(s, args.plan))
    emit(f"Đã xóa hẳn kế hoạch {args.plan}.")


def template_rename(args: argparse.Namespace) -> None:
    doc = _run(args, lambda s: housekeeping.rename_template(s, args.template, args.name))
    if args.json:
        return emit_json({"id": doc["id"], "name": doc["name"]})
    emit(f"Đã đổi tên kế hoạch mẫu {doc['id']}: {doc['name']}")


def template_duplicate(args: argparse.Namespace) -> None:
    doc = _run(args, lambda s: housekeeping.duplicate_template(s, args.template, args.template_id))
    if args.json:
        return emit_json({"id": doc["id"], "name": doc["name"]})
    emit(f"Đã nhân bản thành kế hoạch mẫu {doc['id']}: {doc['name']}")


def template_delete(args: argparse.Namespace) -> None:
    _confirm(args, f"Xóa kế hoạch mẫu {args.template}? Các kế hoạch đã lập từ mẫu vẫn giữ trích dẫn của mẫu.")
    doc = _run(args, lambda s: housekeeping.delete_template(s, args.template))
    emit(f"Đã xóa kế hoạch mẫu {doc['id']}.")
