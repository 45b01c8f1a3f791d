"""`ccpropa plan edit`: the document parts of a plan (services.plan_parts), as the editor's
«Thông tin chung» tab sets them. Every value is checked before anything is saved."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from ccpropa_desktop.domain.model import Plan
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import plan_parts, plans
from ccpropa_desktop.services.session import open_store
from ccpropa_desktop.store import Store

from .output import emit, emit_json

SIGNER_OPTIONS = {"signer_authority": "authority", "signer_title": "title", "signer_name": "name"}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("plan", help="mã kế hoạch (xem: ccpropa plan list)")
    p.add_argument("--title", help="trích yếu (tên kế hoạch)")
    p.add_argument("--form", help="A: Kế hoạch; B: Quyết định ban hành Kế hoạch")
    p.add_argument("--basis", action="append",
                   help="một dòng Căn cứ (lặp lại cho nhiều dòng, theo thứ tự in; thay cả danh sách)")
    p.add_argument("--no-basis", action="store_true", help="xóa mọi dòng Căn cứ")
    p.add_argument("--opening", help="đoạn mở đầu, nối sau căn cứ cuối của Kế hoạch "
                   "(ví dụ: “UBND huyện … xây dựng Kế hoạch …, như sau:”); \"\" để bỏ")
    p.add_argument("--closing", action="append", help="đoạn kết (lặp lại cho nhiều đoạn)")
    p.add_argument("--no-closing", action="store_true", help="bỏ đoạn kết")
    p.add_argument("--appendix-title", help="tên phụ lục")
    p.add_argument("--appendix-note", help="dòng “(Kèm theo Kế hoạch số … ngày … của …)” dưới tên phụ lục; "
                   "\"\" để lấy theo số và ngày ban hành")
    p.add_argument("--power-basis", help="hình thức B: căn cứ đầu tiên, văn bản cho người ký thẩm quyền "
                   "ban hành (mặc định: Luật Tổ chức chính quyền địa phương có hiệu lực vào ngày ban hành, "
                   "theo resources/documents/decision.json); \"\" để lấy mặc định")
    p.add_argument("--proposer", help="hình thức B: “Theo đề nghị của …” (ví dụ: Trưởng phòng Nội vụ); "
                   "\"\" để lấy mặc định theo cấp đơn vị")
    p.add_argument("--signer-authority", help="quyền hạn ký của kế hoạch này: TM., KT., Q., TL. hoặc "
                   "TUQ. … (ví dụ “KT. CHỦ TỊCH”); \"\" để lấy theo hồ sơ đơn vị")
    p.add_argument("--signer-title", help="chức vụ người ký (ví dụ PHÓ CHỦ TỊCH); \"\" để lấy theo hồ sơ")
    p.add_argument("--signer-name", help="họ và tên người ký; \"\" để lấy theo hồ sơ đơn vị")
    p.add_argument("--recipient", action="append",
                   help="một nơi nhận (lặp lại, theo thứ tự in; thay cả danh sách của kế hoạch này)")
    p.add_argument("--unit-recipients", action="store_true",
                   help="dùng lại Nơi nhận của hồ sơ đơn vị")


def values_from(args: argparse.Namespace, plan: Plan) -> dict[str, Any]:
    """The parts the options name, as `plan_parts.set_parts` takes them."""
    values: dict[str, Any] = {}
    for field in ("title", "form", "opening", "appendix_title", "appendix_note", "power_basis", "proposer"):
        if getattr(args, field) is not None:
            values[field] = getattr(args, field)
    for field, flag in (("legal_bases", "basis"), ("closing", "closing")):
        given, clear = getattr(args, flag), getattr(args, f"no_{flag}")
        if given is not None and clear:
            raise UserError("options_conflict", f"Không dùng cùng lúc --{flag} và --no-{flag}.")
        if given is not None or clear:
            values[field] = given or []
    if args.recipient is not None and args.unit_recipients:
        raise UserError("options_conflict", "Không dùng cùng lúc --recipient và --unit-recipients.")
    if args.recipient is not None or args.unit_recipients:
        values["recipients"] = args.recipient or []
    signer = {key: getattr(args, option) for option, key in SIGNER_OPTIONS.items()
              if getattr(args, option) is not None}
    if signer:
        values["signer"] = replace(plan.signer, **signer)
    return values


@contextlib.contextmanager
def _store(args: argparse.Namespace) -> Iterator[Store]:
    store = open_store(args.data_dir)
    try:
        yield store
    finally:
        store.close()


def plan_edit(args: argparse.Namespace) -> None:
    with _store(args) as store:
        plan = plans.get_plan(store, args.plan)
        values = values_from(args, plan)
        if not values:
            raise UserError("nothing_to_edit", "Không có gì để sửa: dùng --title, --basis, --opening, "
                            "--closing, --appendix-title, --form, --signer-name, --recipient… "
                            "(xem: ccpropa plan edit --help).")
        plan = plan_parts.set_parts(store, plan.id, values)
    if args.json:
        return emit_json(plan)
    emit(f"Đã lưu kế hoạch {plan.id}: {plan.title}")
