"""The document model: what a document says and in which order, independent of PDF or DOCX.

A ``Document`` is a list of ``Part``s (a portrait body, then landscape appendices); each part is a
list of blocks. Renderers turn blocks into pages; they decide nothing about wording.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

LAYOUT = 2
"""The layout rules documents are built and printed with. 1: before issue 11 — no "- Lưu: VT, …."
line added to Nơi nhận, the signature not kept with the last body line, appendix cells cut across
pages at the full column width. An issued version is rebuilt with the layout it was issued with
(its snapshot's "layout", 1 when absent), so its PDF stays byte for byte the one that was signed."""

Style = Literal["basis", "body", "heading1", "heading2", "heading3", "center_bold", "center_italic",
                "article"]


@dataclass
class Header:
    """ô 1–4: agency block | Quốc hiệu; Số | place and date. ``number_line`` None: no ô 3/ô 4 row."""

    parent_lines: list[str]
    name_lines: list[str]
    number_line: str | None
    date_line: str | None
    draft: bool = False


@dataclass
class Title:
    """ô 5a: tên loại (UPPER) and trích yếu, with the short rule below."""

    kind: str
    lines: list[str]
    note: str = ""  # italic line above the rule: "(Kèm theo Quyết định số …)"
    after: list[str] = field(default_factory=list)  # bold lines below the rule (authority of a QĐ)


@dataclass
class Paragraph:
    text: str
    style: Style = "body"
    lead: str = ""  # a run-in heading printed in bold before the text: "3. Phòng Tài chính - Kế hoạch:"

    @property
    def printed(self) -> str:
        """The whole paragraph as a reader sees it, run-in heading included."""
        return f"{self.lead} {self.text}" if self.lead else self.text


@dataclass
class KinhGui:
    recipients: list[str]


@dataclass
class Signature:
    """ô 7a–7b + 9b. ``recipients`` already carry their "- " and final ";" / "."."""

    authority_lines: list[str]
    name: str
    recipients: list[str]
    keep_with_previous: bool = False  # on the page of the last body paragraph (§8 practice)


@dataclass
class AppendixHeading:
    label: str  # "Phụ lục", "Phụ lục I"
    title: str  # UPPER
    attached_line: str  # "(Kèm theo Kế hoạch số … ngày … của …)"


@dataclass
class Column:
    label: str
    weight: float
    align: Literal["left", "center"] = "left"


@dataclass
class TaskTable:
    columns: list[Column]
    rows: list[list[str]]
    bold_rows: set[int] = field(default_factory=set)  # group rows (tasks with sub-tasks)


Block = Header | Title | Paragraph | KinhGui | Signature | AppendixHeading | TaskTable


@dataclass
class Part:
    orientation: Literal["portrait", "landscape"]
    blocks: list[Block]


@dataclass
class Document:
    parts: list[Part]
    draft: bool = False
    title: str = ""  # PDF metadata / DOCX core properties
    layout: int = LAYOUT

    def text_blocks(self) -> list[Block]:
        return [b for part in self.parts for b in part.blocks]
