"""Rendering plans to PDF/DOCX (W4): the current draft, or an issued version from its snapshot."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ccpropa_desktop.documents.plan_document import Issue, build_plan_document
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.store import Store
from ccpropa_desktop.store.files import os_reason

from .plans import get_plan
from .unit import get_unit

FORMATS = ("pdf", "docx")


def render_bytes(document, fmt: str) -> bytes:
    if fmt == "pdf":
        from ccpropa_desktop.documents.render_pdf import render_pdf

        return render_pdf(document)
    if fmt == "docx":
        from ccpropa_desktop.documents.render_docx import render_docx

        return render_docx(document)
    raise UserError("format_invalid", f"Định dạng “{fmt}” không hỗ trợ; dùng: {', '.join(FORMATS)}.")


def render_plan(store: Store, plan_id: int | str, fmt: str, *, draft: bool = False,
                number: str | None = None, date: dt.date | None = None, form: str = "A") -> bytes:
    plan = get_plan(store, plan_id)
    document = build_plan_document(plan, get_unit(store), Issue(number, date, draft), form=form)
    return render_bytes(document, fmt)


def write_output(data: bytes, out: str | Path) -> Path:
    """Write atomically (temp file + replace) so a failed write never leaves half a file."""
    path = Path(out)
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError("write_failed", f"Không ghi được tệp {path}: {os_reason(exc)}.") from exc
    return path
