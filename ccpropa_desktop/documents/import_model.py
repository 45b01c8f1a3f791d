"""What the readers hand to the importer: a document as paragraphs and tables, nothing more.

Both readers (``read_docx`` for Word files, ``read_text`` for text pasted from a PDF) produce this
same small structure, so one assembler (``import_plan``) turns either into a template.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawParagraph:
    text: str
    bold: bool = False


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
    uncertain_rows: list[int] = field(default_factory=list)  # rows whose cells were guessed


RawBlock = RawParagraph | RawTable


@dataclass
class RawDocument:
    blocks: list[RawBlock]
    encoding: str = "unicode"     # what the text was converted from (legacy_encoding.Encoding)
    source: str = ""              # "docx" or "text"
