"""Issuing a plan (W4): number + date, frozen snapshot, reproducible PDF checked by sha256."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from ccpropa_desktop.documents.model import LAYOUT
from ccpropa_desktop.documents.plan_document import Issue, build_plan_document, with_defaults
from ccpropa_desktop.domain.model import plan_from_dict, unit_profile_from_dict
from ccpropa_desktop.errors import NotFound, UserError
from ccpropa_desktop.store import Store

from .plans import get_plan, parse_plan_id
from .render import render_bytes
from .unit import get_unit

FORMS = ("A", "B")


@dataclass
class Rendered:
    data: bytes
    version: int | None = None
    sha256_ok: bool | None = None  # for an issued version: does it match the stored hash?


def parse_date(text: str | dt.date | None, field: str = "date") -> dt.date:
    if isinstance(text, dt.date):
        return text
    try:
        return dt.date.fromisoformat(str(text).strip())
    except ValueError:
        raise UserError("date_invalid", f"Ngày “{text}” không hợp lệ: nhập theo dạng NĂM-THÁNG-NGÀY, "
                        "ví dụ 2024-01-13.", field=field) from None


def parse_number(text: str | int) -> str:
    value = str(text).strip()
    if not value.isdigit() or int(value) < 1:
        raise UserError("number_invalid", f"Số văn bản “{text}” không hợp lệ: số là một số nguyên "
                        "dương, ví dụ 18.", field="number")
    return f"{int(value):02d}"


def check_form(form: str) -> str:
    value = (form or "A").strip().upper()
    if value not in FORMS:
        raise UserError("form_invalid", f"Hình thức ban hành “{form}” không hợp lệ: A (Kế hoạch) "
                        "hoặc B (Quyết định ban hành Kế hoạch).", field="form")
    return value


def _snapshot(store: Store, plan_id: int, number: str, date: dt.date, form: str) -> dict[str, Any]:
    unit = get_unit(store)
    # Form B's default căn cứ thẩm quyền and proposer come from resources/: keep what they say today.
    plan = with_defaults(get_plan(store, plan_id), unit, date)
    return {"plan": plan.to_dict(), "unit": unit.to_dict(), "number": number,
            "date": date.isoformat(), "form": form, "layout": LAYOUT}


def _document(snapshot: dict[str, Any]):
    # A version issued before these two fields existed printed neither: keep it so.
    plan = plan_from_dict({"power_basis": "", "proposer": "", **snapshot["plan"]})
    unit = unit_profile_from_dict(snapshot["unit"])
    issue = Issue(snapshot["number"], dt.date.fromisoformat(snapshot["date"]), draft=False,
                  layout=snapshot.get("layout", 1))  # printed by the rules it was issued with
    return build_plan_document(plan, unit, issue, form=snapshot["form"])


def issue_plan(store: Store, plan_id: int | str, number: str | int, date: str | dt.date,
               form: str | None = None) -> dict[str, Any]:
    """Freeze the plan as issued version N; later edits start version N+1 as a draft."""
    pid = parse_plan_id(plan_id)
    plan = get_plan(store, pid)
    number_text = parse_number(number)
    issued_on = parse_date(date)
    form_value = check_form(form or plan.form)
    snapshot = _snapshot(store, pid, number_text, issued_on, form_value)
    pdf = render_bytes(_document(snapshot), "pdf")  # fails before anything is written
    digest = hashlib.sha256(pdf).hexdigest()
    version = store.add_version(pid, number_text, issued_on.isoformat(), snapshot, digest)
    return {"plan": pid, "version": version, "number": number_text, "date": issued_on.isoformat(),
            "form": form_value, "pdf_sha256": digest}


def list_versions(store: Store, plan_id: int | str) -> list[dict[str, Any]]:
    pid = parse_plan_id(plan_id)
    plan = get_plan(store, pid)
    versions = store.list_versions(pid)
    if plan.status != "issued":
        versions.append({"version": len(versions) + 1, "status": "draft", "number": "",
                         "issued_on": "", "pdf_sha256": "", "created_at": plan.updated_at})
    return versions


def render_version(store: Store, plan_id: int | str, version: int, fmt: str) -> Rendered:
    pid = parse_plan_id(plan_id)
    get_plan(store, pid)
    stored = store.get_version(pid, int(version))
    if stored is None:
        raise NotFound("version_not_found", f"Kế hoạch {pid} không có phiên bản đã ban hành số {version}. "
                       "Xem bằng: ccpropa plan versions " + str(pid))
    data = render_bytes(_document(stored["snapshot"]), fmt)
    ok = hashlib.sha256(data).hexdigest() == stored["pdf_sha256"] if fmt == "pdf" else None
    return Rendered(data, int(version), ok)


def render_current(store: Store, plan_id: int | str, fmt: str, *, draft: bool,
                   form: str | None = None) -> Rendered:
    """The working copy: a draft (blank number, DỰ THẢO), or the last issued number and date."""
    pid = parse_plan_id(plan_id)
    plan = get_plan(store, pid)
    form_value = check_form(form or plan.form)
    versions = store.list_versions(pid)
    if not draft and plan.status == "issued" and versions:
        return render_version(store, pid, versions[-1]["version"], fmt)
    issue = Issue(None, None, draft=draft)
    return Rendered(render_bytes(build_plan_document(plan, get_unit(store), issue, form=form_value), fmt))
