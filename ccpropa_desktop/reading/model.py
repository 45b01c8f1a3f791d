"""What the readers hand to the importer: a document as paragraphs and tables, nothing more.

The readers (``read_docx`` for Word files, ``read_pdf`` for a PDF's text layer, ``read_text`` for
text pasted from a PDF) produce this same small structure, so one assembler (``assemble``) turns
any of them into a template.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawParagraph:
    text: str
    bold: bool = False
    lead: str = ""                # bold text the paragraph starts with, when the rest is not bold


@dataclass
class RawCell:
    """One table cell: its paragraphs (bullets kept as written), and how it is merged."""

    paragraphs: list[str] = field(default_factory=list)
    span: int = 1                 # grid columns it covers (horizontal merge)
    merged_above: bool = False    # a vertical merge's continuation: the value is the cell above

    @property
    def text(self) -> str:
        return "\n".join(p for p in self.paragraphs if p)


@dataclass
class RawTable:
    rows: list[list[RawCell]]
    from_text: bool = False       # built from pasted text: merged cells show as blanks
    row_notes: dict[int, str] = field(default_factory=dict)  # row → what was guessed, merged or dropped

    @property
    def uncertain_rows(self) -> list[int]:
        """The rows whose cells the reader had to guess, merge or drop."""
        return sorted(self.row_notes)


RawBlock = RawParagraph | RawTable


@dataclass
class RawDocument:
    blocks: list[RawBlock]
    encoding: str = "unicode"     # what the text was converted from (legacy_encoding.Encoding)
    source: str = ""              # "docx", "pdf" or "text"
    warnings: list[str] = field(default_factory=list)   # what the reader wants the officer to check
    damage: float = 0.0           # share of words that look damaged by OCR (``ocr.damage``), 0–1
