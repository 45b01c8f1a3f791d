"""Plan → document model, in form A (Kế hoạch) or form B (Quyết định ban hành Kế hoạch), spec §7."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from ccpropa_desktop.domain.model import Plan, UnitProfile
from ccpropa_desktop.domain.noi_nhan import with_archive
from ccpropa_desktop.domain.plan_parts import effective_signer, form_a_bases
from ccpropa_desktop.domain.text import nfc
from ccpropa_desktop.errors import UserError

from . import decision_data, formats
from .model import (
    LAYOUT,
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
    layout: int = LAYOUT  # an issued version's own (model.LAYOUT)


def issuer_full_name(unit: UnitProfile) -> str:
    """"UBND huyện Sông Mã" → "Ủy ban nhân dân huyện Sông Mã" for formal citations."""
    name = unit.short_name
    if name.startswith("UBND "):
        return "Ủy ban nhân dân " + name[5:]
    return name


def recipient_lines(items: list[str], first: str | None = None, drafting_unit: str | None = None
                    ) -> list[str]:
    """"- Sở Nội vụ tỉnh;" … "- Lưu: VT, NV." (§9); a group label ending ":" is kept as is.

    With ``drafting_unit`` (may be ""), the list ends with the archive line: the user's own "Lưu: …"
    moved last, else "Lưu: VT, <drafting_unit>" added (`noi_nhan.with_archive`). None: as given (a
    version issued before that rule)."""
    cleaned = [nfc(i).strip().lstrip("-").strip().rstrip(";.").strip() for i in items]
    cleaned = [c for c in cleaned if c]
    if first:
        cleaned.insert(0, first)
    if drafting_unit is not None:
        cleaned = with_archive(cleaned, drafting_unit)
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


def with_defaults(plan: Plan, unit: UnitProfile, on: dt.date) -> Plan:
    """The plan with form B's first căn cứ and proposer filled from resources/ where it has none
    (None): what an issued snapshot keeps, so a later change of the data does not change it."""
    power = plan.power_basis
    if power is None:
        power = decision_data.power_basis(unit.level, on, issuer_full_name(unit) or unit.short_name)
    proposer = plan.proposer if plan.proposer is not None else decision_data.proposer(unit.level)
    return replace(plan, power_basis=power, proposer=proposer)


def decision_basis_lines(plan: Plan, unit: UnitProfile) -> list[str]:
    """A Quyết định's căn cứ (ND30 II.6.a): the law that gives the power, the plan's own căn cứ
    (the template), each ending ";", then "Theo đề nghị của …." (the plan's fields as they are:
    `with_defaults` fills them; '' prints nothing, as in versions issued before these fields)."""
    lines = decision_bases(plan.legal_bases, unit)
    power = (plan.power_basis or "").strip().rstrip(" ;.,:")
    proposer = (plan.proposer or "").strip().rstrip(" ;.,")
    if not power and not proposer:
        return lines
    if power:
        lines.insert(0, f"{power}.")
    lines = [f"{line[:-1]};" if line.endswith(".") else line for line in lines]
    if proposer:
        lines.append(f"Theo đề nghị của {proposer}.")
    elif lines:
        lines[-1] = f"{lines[-1].rstrip(';')}."
    return lines


def _reference(unit: UnitProfile, number: str | None, date: dt.date | None, year: int, form: str) -> str:
    """"18/KH-UBND ngày 13 tháng 01 năm 2022 của Ủy ban nhân dân huyện Sông Mã"; blanks in a draft."""
    kind_abbr = "QĐ" if form == "B" else "KH"
    ref_number = f"{formats.document_number(number).strip() or '…'}/{kind_abbr}-{unit.abbreviation}"
    ref_date = formats.long_date(date) if date else f"ngày … tháng … năm {year}"
    return f"{ref_number} {ref_date} của {issuer_full_name(unit)}"


def appendix_reference(unit: UnitProfile, number: str | None, date: dt.date | None, year: int,
                       form: str) -> str:
    """The appendix's "(Kèm theo …)" line when the plan sets none (``Plan.appendix_note``)."""
    reference = _reference(unit, number, date, year, form)
    if form == "B":
        return f"(Kèm theo Kế hoạch ban hành kèm theo Quyết định số {reference})"
    return f"(Kèm theo Kế hoạch số {reference})"


def build_plan_document(plan: Plan, unit: UnitProfile | None, issue: Issue, form: str = "A") -> Document:
    if unit is not None:  # this plan's signer, where it names one, in place of the unit's
        unit = replace(unit, signer=effective_signer(plan.signer, unit.signer))
    unit = require_unit(unit)
    number = None if issue.draft else issue.number
    date = None if issue.draft else issue.date
    recipients = plan.recipients or unit.recipients
    drafting_unit = unit.drafting_unit if issue.layout >= 2 else None  # adds "- Lưu: VT, …." (§9)
    kind_abbr = "QĐ" if form == "B" else "KH"
    number_text = formats.number_line(number, kind_abbr, unit.abbreviation)
    header = Header(unit.parent_lines, unit.name_lines, number_text,
                    formats.header_date(unit.place, date, plan.year), draft=issue.draft)
    title = nfc(plan.title)
    parts: list[Part] = []
    body = _sections(plan) + [Paragraph(p, "body") for p in plan.closing]
    if form == "B":
        plan = with_defaults(plan, unit, date or decision_data.draft_day(plan.year))
        decision: list[Block] = [
            header,
            Title("QUYẾT ĐỊNH", [f"Ban hành Kế hoạch {title[:1].lower()}{title[1:]}"],
                  after=[_decision_authority(unit)]),
            *[Paragraph(b, "basis") for b in decision_basis_lines(plan, unit)],
            Paragraph("QUYẾT ĐỊNH:", "center_bold"),
            Paragraph(f"Điều 1. Ban hành kèm theo Quyết định này Kế hoạch {title[:1].lower()}{title[1:]}.",
                      "article"),
            Paragraph("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.", "article"),
            Paragraph("Điều 3. Thủ trưởng các cơ quan, đơn vị và các tổ chức, cá nhân có liên quan "
                      "chịu trách nhiệm thi hành Quyết định này./.", "article"),
            _decision_signature(unit, recipient_lines(recipients, first="Như Điều 3",
                                                      drafting_unit=drafting_unit)),
        ]
        parts.append(Part("portrait", decision))
        attached = Header(unit.parent_lines, unit.name_lines, None, None, draft=False)
        note = f"(Kèm theo Quyết định số {_reference(unit, number, date, plan.year, 'B')})"
        parts.append(Part("portrait", [attached, Title("KẾ HOẠCH", [title], note=note), *body]))
    else:
        blocks: list[Block] = [header, Title("KẾ HOẠCH", [title]),
                               *[Paragraph(b, "basis") for b in form_a_bases(plan.legal_bases, plan.opening)],
                               *body, signature_block(unit, recipient_lines(recipients,
                                                                            drafting_unit=drafting_unit))]
        parts.append(Part("portrait", blocks))
    if plan.tasks:
        heading = AppendixHeading("Phụ lục", nfc(plan.appendix_title).upper(), nfc(plan.appendix_note)
                                  or appendix_reference(unit, number, date, plan.year, form))
        parts.append(Part("landscape", [heading, _task_table(plan)]))
    for block in (b for part in parts for b in part.blocks):
        if isinstance(block, Signature):  # §8: on the page of the last body line, PDF and DOCX
            block.keep_with_previous = issue.layout >= 2
    return Document(parts=parts, draft=issue.draft, title=f"Kế hoạch {title}", layout=issue.layout)
