"""Plans flow down as data (issue 15): a unit's issued plan as a template package (`.ccpt`).

`plan publish PLAN --out FILE.ccpt` writes it; `templates import FILE.ccpt` (and the window) loads
it losslessly, with no guessing, and a plan built from it cites it exactly. The file is in the
`.ccpr` family (docs/package-format.md): a zip of exactly three members, verified before anything
is read, with the same hostile-file rules (services.packages.read_members).

| member | content |
| --- | --- |
| manifest.json | format, versions, the issuer, the plan's number/date/title, sha256 + size of the others |
| template.json | the issued version as a template (docs/template-format.md), every field |
| plan.pdf | the issued plan as printed |
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

from ccpropa_desktop import __version__
from ccpropa_desktop.domain.model import Plan, UnitProfile, plan_from_dict, unit_profile_from_dict
from ccpropa_desktop.domain.package import MIB, PackageError, check_version
from ccpropa_desktop.domain.text import fold
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.store import Store

from .packages import _json, now_iso, read_members
from .render import write_output

FORMAT = "ccpropa-template-package"
FORMAT_VERSION = "1.0"
EXTENSION = ".ccpt"
MANIFEST, TEMPLATE, PDF = "manifest.json", "template.json", "plan.pdf"
LIMITS = {MANIFEST: 256 * 1024, TEMPLATE: 16 * MIB, PDF: 48 * MIB}
WHAT = "gói kế hoạch mẫu .ccpt"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-")


def _tree(plan: Plan) -> list[dict[str, Any]]:
    """The plan's flat sections (depth 0, 1, 2) as the template's nested ones."""
    roots: list[dict[str, Any]] = []
    stack: list[tuple[int, list[dict[str, Any]]]] = [(-1, roots)]
    for section in plan.sections:
        node = {"title": section.title, "paragraphs": list(section.paragraphs), "children": []}
        while stack[-1][0] >= section.depth:
            stack.pop()
        stack[-1][1].append(node)
        stack.append((section.depth, node["children"]))
    return roots


def template_of(plan: Plan, unit: UnitProfile, number: str, date: str, form: str) -> dict[str, Any]:
    """The issued version as a template, every field kept: what the level below builds from."""
    abbreviation = unit.abbreviation or "UBND"
    kind = "QĐ" if form == "B" else "KH"
    full = number if "/" in number else f"{int(number):02d}/{kind}-{abbreviation}" if number.isdigit() \
        else f"{number}/{kind}-{abbreviation}"
    day = dt.date.fromisoformat(date)
    subtitle = (f"(Kèm theo Kế hoạch số {full} ngày {day.day:02d}/{day.month:02d}/{day.year} "
                f"của {unit.short_name})")
    opening = getattr(plan, "opening", "")
    signer = getattr(plan, "signer", None)
    signer = signer if signer is not None and getattr(signer, "name", "") else unit.signer
    recipients = list(getattr(plan, "recipients", None) or unit.recipients)
    decision = None
    if form == "B":
        decision = {"number": full, "date": date, "title": f"Ban hành Kế hoạch {plan.title[:1].lower()}"
                    f"{plan.title[1:]}", "authority": signer.title, "legal_bases": list(plan.legal_bases)}
    return {
        "format": 1,
        "id": "-".join(x for x in (_slug(unit.place or unit.short_name)[:40], str(plan.year)) if x),
        "name": f"Kế hoạch tuyên truyền CCHC năm {plan.year} – {unit.short_name}",
        "source": "",
        "level": unit.level,
        "year": plan.year,
        "issuer": {"parent_lines": list(unit.parent_lines), "name_lines": list(unit.name_lines),
                   "abbreviation": abbreviation, "short_name": unit.short_name, "place": unit.place},
        "form": form,
        "number": "" if form == "B" else full,
        "date": date,
        "title": plan.title,
        "legal_bases": [*plan.legal_bases, *([opening] if opening else [])] if form == "A" else [],
        "sections": _tree(plan),
        "closing": list(plan.closing),
        "signer": {"authority": signer.authority, "title": signer.title, "name": signer.name},
        "recipients": recipients,
        "decision": decision,
        "appendix": {"heading": "Phụ lục", "title": plan.appendix_title, "subtitle": subtitle,
                     "columns": [{"key": "number", "label": "TT"}, *plan.columns],
                     "tasks": [{"number": t.number, "content": t.content, "form": t.form, "lead": t.lead,
                                "partners": t.partners, "schedule": t.schedule, "product": t.product,
                                **({"note": t.note} if t.note else {})} for t in plan.tasks]},
    }


def _sha(data: bytes) -> dict[str, Any]:
    return {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}


def package_bytes(template: dict[str, Any], pdf: bytes, created_at: str) -> bytes:
    template_bytes = json.dumps(template, ensure_ascii=False, indent=1).encode("utf-8")
    issuer = template["issuer"]
    manifest = {"format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
                "created_at": created_at,
                "issuer": {"short_name": issuer["short_name"], "level": template["level"],
                           "place": issuer["place"]},
                "plan": {"number": template["number"] or (template["decision"] or {}).get("number", ""),
                         "date": template["date"], "title": template["title"], "year": template["year"]},
                "members": {TEMPLATE: _sha(template_bytes), PDF: _sha(pdf)}}
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
    stamp = dt.datetime.fromisoformat(created_at.replace("Z", "+00:00"))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, content, method in ((MANIFEST, manifest_bytes, zipfile.ZIP_DEFLATED),
                                      (TEMPLATE, template_bytes, zipfile.ZIP_DEFLATED),
                                      (PDF, pdf, zipfile.ZIP_STORED)):
            info = zipfile.ZipInfo(name, date_time=(max(stamp.year, 1980), stamp.month, stamp.day,
                                                    stamp.hour, stamp.minute, stamp.second))
            info.compress_type = method
            info.external_attr = 0o644 << 16
            info.flag_bits |= 0x800
            zf.writestr(info, content)
    return buffer.getvalue()


def publish(store: Store, plan_id: int | str, out: str | Path, *, version: int | None = None,
            created_at: str | None = None) -> Path:
    """Write the issued version (the last one unless `version`) as a .ccpt template package."""
    from .issuing import render_version
    from .plans import get_plan

    plan = get_plan(store, plan_id)
    versions = store.list_versions(plan.id)
    if not versions:
        raise UserError("plan_not_issued", f"Kế hoạch {plan.id} chưa ban hành: hãy ban hành (số, ngày) trước "
                        "khi gửi cho cấp dưới, để cấp dưới trích dẫn được.", field="plan")
    chosen = version or versions[-1]["version"]
    stored = store.get_version(plan.id, chosen)
    if stored is None:
        raise UserError("version_not_found", f"Kế hoạch {plan.id} không có phiên bản {chosen}.",
                        field="version")
    snapshot = stored["snapshot"]
    issued = plan_from_dict({"power_basis": "", "proposer": "", **snapshot["plan"]})
    unit = unit_profile_from_dict(snapshot["unit"])
    template = template_of(issued, unit, str(snapshot["number"]), snapshot["date"], snapshot["form"])
    pdf = render_version(store, plan.id, chosen, "pdf").data
    path = Path(out)
    if path.suffix.lower() != EXTENSION:
        path = path.with_name(path.name + EXTENSION)
    return write_output(package_bytes(template, pdf, created_at or now_iso()), path)


def load(path: str | Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """(manifest, template) of a verified package; the first problem as a PackageError otherwise."""
    problems, contents, _ = read_members(path, LIMITS, WHAT)
    if problems:
        raise PackageError(problems[0].code, problems[0].message)
    manifest = _json(contents[MANIFEST], MANIFEST)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageError("not_template_package", f"Tệp {Path(path).name} không phải {WHAT}.")
    check_version(manifest.get("format_version"), FORMAT_VERSION, "Gói kế hoạch mẫu")
    members = manifest.get("members")
    for name in (TEMPLATE, PDF):
        declared = members.get(name) if isinstance(members, dict) else None
        if declared != _sha(contents[name]):
            raise PackageError("checksum_mismatch", f"Thành phần “{name}” không khớp mã kiểm tra trong "
                               "manifest.json: gói đã bị sửa hoặc hỏng. Hãy đề nghị gửi lại.")
    if not contents[PDF].startswith(b"%PDF-"):
        raise PackageError("bad_pdf", f"“{PDF}” không phải tệp PDF.")
    template = _json(contents[TEMPLATE], TEMPLATE)
    if not isinstance(template, dict):
        raise PackageError("bad_template", f"“{TEMPLATE}” không phải một kế hoạch mẫu.")
    return manifest, template
