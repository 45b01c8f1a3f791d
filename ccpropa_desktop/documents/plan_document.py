"""Plan → document model, in form A (Kế hoạch) or form B (Quyết định ban hành Kế hoạch), spec §7."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ccpropa_desktop.domain.model import Plan, UnitProfile
from ccpropa_desktop.domain.text import nfc
from ccpropa_desktop.errors import UserError

from . import formats
from .model import (
    AppendixHeading,
    Block,
    Column,
    Document,
    Header,
    Paragraph,
    Part,
    Signature,
    TaskTable,
    Title,
)

COLUMN_WEIGHTS = {"content": 3.2, "form": 2.4, "lead": 2.0, "partners": 2.0, "schedule": 1.3,
                  "product": 1.6, "note": 1.0}


@dataclass(frozen=True)
class Issue:
    """How the document is dated: a draft (blank number and day) or an issued number and date."""

    number: str | None = None
    date: dt.date | None = None
    draft: bool = False


def issuer_full_name(unit: UnitProfile) -> str:
    """"UBND huyện Sông Mã" → "Ủy ban nhân dân huyện Sông Mã" for formal citations."""
    name = unit.short_name
    if name.startswith("UBND "):
        return "Ủy ban nhân dân " + name[5:]
    return name


def recipient_lines(items: list[str], first: str | None = None) -> list[str]:
    """"- Sở Nội vụ tỉnh;" … "- Lưu: VT, NV." (§9); a group label ending ":" is kept as is."""
    cleaned = [nfc(i).strip().lstrip("-").strip().rstrip(";.").strip() for i in items]
    cleaned = [c for c in cleaned if c]
    if first:
        cleaned.insert(0, first)
    out = []
    for index, item in enumerate(cleaned):
        if item.endswith(":"):
            out.append(f"- {item}")
        else:
            out.append(f"- {item}{'.' if index == len(cleaned) - 1 else ';'}")
    return out


def require_unit(unit: UnitProfile | None) -> UnitProfile:
    if unit is None:
        raise UserError("unit_missing", "Chưa có hồ sơ đơn vị: không thể in văn bản. "
                        "Khai báo bằng: ccpropa unit set --file unit.json")
    missing = []
    if not unit.name_lines:
        missing.append("tên cơ quan ban hành (name_lines)")
    if not unit.place:
        missing.append("địa danh (place)")
    if not (unit.signer.authority and unit.signer.title and unit.signer.name):
        missing.append("người ký (signer: authority, title, name)")
    if missing:
        raise UserError("unprintable", "Không thể in văn bản vì thiếu: " + "; ".join(missing) + ".")
    return unit


def _sections(plan: Plan) -> list[Block]:
    blocks: list[Block] = []
    for section in plan.sections:
        if section.title.rstrip().endswith(":") and section.paragraphs:
            # a run-in heading: "3. Phòng Tài chính - Kế hoạch: Tham mưu …" is one paragraph
            blocks.append(Paragraph(section.paragraphs[0], "body", lead=f"{section.number} {section.title}"))
            blocks += [Paragraph(p, "body") for p in section.paragraphs[1:]]
            continue
        if section.depth == 0:
            blocks.append(Paragraph(f"{section.number} {section.title.upper()}", "heading1"))
        elif section.depth == 1:
            blocks.append(Paragraph(f"{section.number} {section.title}", "heading2"))
        else:
            blocks.append(Paragraph(f"{section.number} {section.title}", "heading3"))
        blocks += [Paragraph(p, "body") for p in section.paragraphs]
    return blocks


def _task_table(plan: Plan) -> TaskTable:
    keys = [c["key"] for c in plan.columns]
    columns = [Column("TT", 0.55, "center")]
    for c in plan.columns:
        columns.append(Column(c.get("label", c["key"]), COLUMN_WEIGHTS.get(c["key"], 1.5),
                              "center" if c["key"] == "schedule" else "left"))
    rows = []
    bold = set()
    for index, task in enumerate(plan.tasks):
        rows.append([task.number, *(getattr(task, k, "") for k in keys)])
        has_children = index + 1 < len(plan.tasks) and plan.tasks[index + 1].depth > task.depth
        if has_children:
            bold.add(index)
    return TaskTable(columns=columns, rows=rows, bold_rows=bold)


def signature_block(unit: UnitProfile, recipients: list[str]) -> Signature:
    authority = [line.strip().upper() for line in unit.signer.authority.split("\n") if line.strip()]
    return Signature(authority_lines=[*authority, unit.signer.title.upper()], name=unit.signer.name,
                     recipients=recipients)


def _head_title(unit: UnitProfile) -> str:
    """The head's title: "CHỦ TỊCH" for a Chủ tịch, and for a deputy signing "KT. CHỦ TỊCH"."""
    authority = unit.signer.authority.strip().upper()
    if authority.startswith("KT."):
        return authority.split("\n")[-1][3:].strip()
    return unit.signer.title.upper()


def _decision_authority(unit: UnitProfile) -> str:
    """"CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN SÔNG MÃ": a Quyết định is issued under the head's authority."""
    issuer = " ".join(unit.name_lines).upper()
    return f"{_head_title(unit)} {issuer}"


def _decision_signature(unit: UnitProfile, recipients: list[str]) -> Signature:
    """The head signs a Quyết định in his own name ("CHỦ TỊCH") or a deputy signs "KT. CHỦ TỊCH";
    the collective "TM. ỦY BAN NHÂN DÂN" form does not apply (ND30 PL I II.7.b)."""
    authority = unit.signer.authority.strip().upper()
    lines = [unit.signer.title.upper()]
    if authority.startswith(("KT.", "Q.", "TL.", "TUQ.")):
        lines.insert(0, authority.split("\n")[-1])
    return Signature(authority_lines=lines, name=unit.signer.name, recipients=recipients)


def decision_bases(bases: list[str], unit: UnitProfile) -> list[str]:
    """The plan's Căn cứ reworded for a Quyết định: drop the "…, như sau:" lead-in to the plan's
    body, and end each căn cứ with ";" and the last with "." (ND30 II.6.a)."""
    out = []
    for basis in bases:
        text = basis.strip()
        lead_in = f"{unit.short_name} xây dựng"
        if lead_in in text and text.rstrip(":.").endswith("như sau"):
            text = text[: text.rindex(lead_in)]
        out.append(text.rstrip(" ;.,:"))
    return [f"{t}{'.' if i == len(out) - 1 else ';'}" for i, t in enumerate(out) if t]


def build_plan_document(plan: Plan, unit: UnitProfile | None, issue: Issue, form: str = "A") -> Document:
    unit = require_unit(unit)
    number = None if issue.draft else issue.number
    date = None if issue.draft else issue.date
    kind_abbr = "QĐ" if form == "B" else "KH"
    number_text = formats.number_line(number, kind_abbr, unit.abbreviation)
    ref_number = f"{formats.document_number(number).strip() or '…'}/{kind_abbr}-{unit.abbreviation}"
    ref_date = formats.long_date(date) if date else f"ngày … tháng … năm {plan.year}"
    issuer = issuer_full_name(unit)
    header = Header(unit.parent_lines, unit.name_lines, number_text,
                    formats.header_date(unit.place, date, plan.year), draft=issue.draft)
    title = nfc(plan.title)
    parts: list[Part] = []
    body = _sections(plan) + [Paragraph(p, "body") for p in plan.closing]
    if form == "B":
        decision: list[Block] = [
            header,
            Title("QUYẾT ĐỊNH", [f"Ban hành Kế hoạch {title[:1].lower()}{title[1:]}"],
                  after=[_decision_authority(unit)]),
            *[Paragraph(b, "basis") for b in decision_bases(plan.legal_bases, unit)],
            Paragraph("QUYẾT ĐỊNH:", "center_bold"),
            Paragraph(f"Điều 1. Ban hành kèm theo Quyết định này Kế hoạch {title[:1].lower()}{title[1:]}.",
                      "article"),
            Paragraph("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.", "article"),
            Paragraph("Điều 3. Thủ trưởng các cơ quan, đơn vị và các tổ chức, cá nhân có liên quan "
                      "chịu trách nhiệm thi hành Quyết định này./.", "article"),
            _decision_signature(unit, recipient_lines(unit.recipients, first="Như Điều 3")),
        ]
        parts.append(Part("portrait", decision))
        attached = Header(unit.parent_lines, unit.name_lines, None, None, draft=False)
        note = f"(Kèm theo Quyết định số {ref_number} {ref_date} của {issuer})"
        parts.append(Part("portrait", [attached, Title("KẾ HOẠCH", [title], note=note), *body]))
        appendix_ref = (f"(Kèm theo Kế hoạch ban hành kèm theo Quyết định số {ref_number} {ref_date} "
                        f"của {issuer})")
    else:
        blocks: list[Block] = [header, Title("KẾ HOẠCH", [title]),
                               *[Paragraph(b, "basis") for b in plan.legal_bases], *body,
                               signature_block(unit, recipient_lines(unit.recipients))]
        parts.append(Part("portrait", blocks))
        appendix_ref = f"(Kèm theo Kế hoạch số {ref_number} {ref_date} của {issuer})"
    if plan.tasks:
        heading = AppendixHeading("Phụ lục", nfc(plan.appendix_title).upper(), appendix_ref)
        parts.append(Part("landscape", [heading, _task_table(plan)]))
    return Document(parts=parts, draft=issue.draft, title=f"Kế hoạch {title}")
