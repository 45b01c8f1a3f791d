"""The plan-level parts of the document (issue 11): trích yếu, hình thức, căn cứ, mở đầu, đoạn kết,
phụ lục, căn cứ thẩm quyền and "Theo đề nghị của" of a Quyết định, người ký, Nơi nhận.

`set_parts` checks every value first and saves them in one transaction (nothing is written when
one is wrong); the window's undo and `ccpropa plan edit` both go through it. An empty value means
"as the unit profile / resources say at print time"; `defaults` tells what that is now.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Any

from ccpropa_desktop.documents import decision_data
from ccpropa_desktop.documents.plan_document import appendix_reference, issuer_full_name
from ccpropa_desktop.domain.model import Plan, Signer
from ccpropa_desktop.domain.plan_parts import (
    attached_note,
    authority_problem,
    carries_opening,
    proposer_name,
    split_opening,
)
from ccpropa_desktop.domain.text import clean_line
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.store import Store

from .issuing import check_form
from .plans import get_plan

PARTS = ("title", "form", "legal_bases", "opening", "closing", "appendix_title", "appendix_note",
         "power_basis", "proposer", "signer", "recipients")
"""The fields `set_parts` takes, as named on `Plan`."""

LABELS = {
    "title": "trích yếu", "form": "hình thức ban hành", "legal_bases": "căn cứ", "opening": "đoạn mở đầu",
    "closing": "đoạn kết", "appendix_title": "tên phụ lục", "appendix_note": "dòng “Kèm theo” của phụ lục",
    "power_basis": "căn cứ thẩm quyền", "proposer": "cơ quan đề nghị", "signer": "người ký",
    "recipients": "nơi nhận",
}


def _one_line(value: Any, field: str) -> str:
    if not isinstance(value, str):
        raise UserError("part_invalid", f"{LABELS[field].capitalize()} phải là một đoạn chữ.", field=field)
    return " ".join(clean_line(value).split("\n")).strip()


def _lines(value: Any, field: str) -> list[str]:
    if isinstance(value, str) or not isinstance(value, list | tuple) or not all(
            isinstance(v, str) for v in value):
        raise UserError("part_invalid", f"{LABELS[field].capitalize()} phải là một danh sách dòng chữ.",
                        field=field)
    return [line for line in (_one_line(v, field) for v in value) if line]


def _signer(value: Any) -> Signer:
    if isinstance(value, Signer):
        value = asdict(value)
    if not isinstance(value, dict) or set(value) - {"authority", "title", "name"}:
        raise UserError("part_invalid", "Người ký gồm quyền hạn (authority), chức vụ (title), họ tên (name).",
                        field="signer")
    parts = {}
    for key in ("authority", "title", "name"):
        text = value.get(key) or ""
        if not isinstance(text, str):
            raise UserError("part_invalid", "Thông tin người ký phải là chữ.", field=f"signer.{key}")
        parts[key] = clean_line(text)
    authority = "\n".join(line.strip() for line in parts["authority"].upper().split("\n") if line.strip())
    problem = authority_problem(authority)
    if problem:
        raise UserError("authority_invalid", problem, field="signer.authority")
    return Signer(authority=authority, title=" ".join(parts["title"].upper().split()),
                  name=" ".join(parts["name"].split()))


def check_parts(values: dict[str, Any]) -> dict[str, Any]:
    """The values cleaned as they will be stored; a ``UserError`` naming the first bad one."""
    out: dict[str, Any] = {}
    for field, value in values.items():
        if field not in PARTS:
            raise UserError("part_invalid", f"Không có phần “{field}”; các phần: {', '.join(PARTS)}.")
        if field == "title":
            out[field] = _one_line(value, field)
            if not out[field]:
                raise UserError("title_invalid", "Trích yếu không được để trống.", field=field)
        elif field == "form":
            out[field] = check_form(value if isinstance(value, str) else "?")
        elif field in ("legal_bases", "closing", "recipients"):
            out[field] = _lines(value, field)
        elif field == "opening":
            out[field] = _one_line(value, field)
        elif field == "appendix_title":
            out[field] = _one_line(value, field)
            if not out[field]:
                raise UserError("appendix_title_invalid", "Tên phụ lục không được để trống.", field=field)
        elif field == "appendix_note":
            out[field] = attached_note(_one_line(value, field))
        elif field == "power_basis":
            text = "" if value is None else _one_line(value, field).rstrip(" ;.,")
            out[field] = text or None
        elif field == "proposer":
            text = "" if value is None else proposer_name(_one_line(value, field))
            out[field] = text or None
        elif field == "signer":
            out[field] = _signer(value)
    return out


def set_parts(store: Store, plan_id: int | str, values: dict[str, Any]) -> Plan:
    """Check, then save the given parts of the plan in one transaction; returns the plan as stored.

    The căn cứ and the opening are saved together: a new last căn cứ that ends in its own lead-in
    ("…, như sau:") takes the place of the opening."""
    plan = get_plan(store, plan_id)
    fields = check_parts(values)
    if "legal_bases" in fields or "opening" in fields:
        bases = fields.get("legal_bases", plan.legal_bases)
        opening = fields.get("opening", plan.opening)
        if "opening" not in fields and carries_opening(bases):
            bases, opening = split_opening(bases)
        fields["legal_bases"], fields["opening"] = bases, opening
    if fields:
        store.update_plan_fields(plan.id, fields)
    return get_plan(store, plan.id)


def parts_of(plan: Plan) -> dict[str, Any]:
    """Every part as `set_parts` takes it (copies: safe to keep for undo)."""
    out = {field: getattr(plan, field) for field in PARTS}
    out["signer"] = Signer(**asdict(plan.signer))
    for field in ("legal_bases", "closing", "recipients"):
        out[field] = list(out[field])
    return out


def defaults(store: Store, plan: Plan, today: dt.date | None = None) -> dict[str, Any]:
    """What an empty part prints as today: the unit profile's signer and Nơi nhận, form B's căn cứ
    thẩm quyền and proposer from resources/ (for a draft: `decision_data.draft_day`), the appendix's
    "(Kèm theo …)" line with the number and date still blank."""
    unit = store.get_unit()
    if unit is None:
        return {"power_basis": "", "proposer": "", "signer": Signer(), "recipients": [],
                "appendix_note": "", "data_file": decision_data.data_file()}
    versions = store.list_versions(plan.id)
    on = (dt.date.fromisoformat(versions[-1]["issued_on"]) if plan.status == "issued" and versions
          else decision_data.draft_day(plan.year, today))
    return {
        "power_basis": decision_data.power_basis(unit.level, on, issuer_full_name(unit) or unit.short_name),
        "proposer": decision_data.proposer(unit.level),
        "signer": unit.signer,
        "recipients": list(unit.recipients),
        "appendix_note": appendix_reference(unit, None, None, plan.year, plan.form),
        "data_file": decision_data.data_file(),
    }
