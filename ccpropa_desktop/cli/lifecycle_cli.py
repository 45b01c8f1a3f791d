"""The plan's yearly life on the command line: `plan next-year` (services.next_year) and
`plan publish` (services.template_packages)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from ccpropa_desktop.cli.lazy import lazy
from ccpropa_desktop.cli.output import emit, emit_json, table
from ccpropa_desktop.cli.wording_cli import add_selection_options, print_changes

next_year = lazy("ccpropa_desktop.services.next_year")
template_packages = lazy("ccpropa_desktop.services.template_packages")
session = lazy("ccpropa_desktop.services.session")


def register(group: Callable[[str, str], argparse._SubParsersAction],
             cmd: Callable[..., argparse.ArgumentParser],
             existing: dict[str, argparse._SubParsersAction]) -> None:
    _ = group
    p = cmd(existing["plan"], "next-year", plan_next_year,
            "lập kế hoạch năm sau từ kế hoạch này: giữ nhiệm vụ, chuyển năm, đề xuất bỏ việc đã xong")
    p.add_argument("plan")
    p.add_argument("--year", help="năm của kế hoạch mới (mặc định: năm sau)")
    p.add_argument("--template", help="kế hoạch mới của cấp trên: đề xuất thêm nhiệm vụ mới của mẫu")
    p.add_argument("--dry-run", action="store_true", help="chỉ xem danh sách đề xuất, không lưu")
    p.add_argument("--drop", action="append", default=[], metavar="SỐ",
                   help="bỏ nhiệm vụ này (số TT cũ, hoặc mã như new:3 cho nhiệm vụ mới của mẫu)")
    p.add_argument("--keep", action="append", default=[], metavar="SỐ",
                   help="giữ nhiệm vụ được đề xuất bỏ (số TT cũ hoặc mã)")
    add_selection_options(p)

    p = cmd(existing["plan"], "publish", plan_publish,
            "gửi kế hoạch đã ban hành cho cấp dưới: gói kế hoạch mẫu .ccpt (cấp dưới nhập làm mẫu)")
    p.add_argument("plan")
    p.add_argument("--version", type=int, help="phiên bản đã ban hành (mặc định: bản mới nhất)")
    p.add_argument("--out", required=True, help="tệp .ccpt")


def plan_publish(args: argparse.Namespace) -> None:
    store = session.open_store(args.data_dir)
    try:
        path = template_packages.publish(store, args.plan, args.out, version=args.version)
    finally:
        store.close()
    if args.json:
        return emit_json({"out": str(path), "bytes": path.stat().st_size})
    emit(f"Đã ghi gói kế hoạch mẫu {path} ({path.stat().st_size // 1024} KB): cấp dưới nhập bằng "
         f"“ccpropa templates import {path.name}” hoặc mở tệp bằng phần mềm.")


def plan_next_year(args: argparse.Namespace) -> None:
    store = session.open_store(args.data_dir, daily_backup=not args.dry_run)
    try:
        proposal = next_year.propose(store, args.plan, args.year, args.template)
        plan = None if args.dry_run else next_year.create_next_year(
            store, args.plan, args.year, template_id=args.template, exclude=args.drop, include=args.keep,
            skip_rules=args.skip_rule, skip_changes=args.skip)
    finally:
        store.close()
    if args.json:
        return emit_json({"year": proposal.year, "period": proposal.period, "items": proposal.items,
                          "changes": proposal.changes, "plan": plan.id if plan else None})
    source = (f"theo tình trạng kỳ {proposal.period}" if proposal.period
              else "kế hoạch chưa có số liệu theo dõi")
    emit(f"Kế hoạch năm {proposal.year} từ kế hoạch {args.plan} ({source}):")
    table([[i.action_label, i.key, i.number, i.content, i.status, i.reason] for i in proposal.items],
          ["Đề xuất", "Mã", "TT", "Nhiệm vụ", "Tình trạng", "Lý do"])
    print_changes(proposal.changes, keep_hint=False)
    if plan is not None:
        emit(f"\nĐã lập kế hoạch {plan.id} năm {plan.year}: {len(plan.tasks)} nhiệm vụ.")
