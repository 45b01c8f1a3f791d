"""A Word .docx from the province → paragraphs and tables, read defensively (issue 4).

A .docx is a zip of XML parts, and a file from outside is untrusted: it may be a zip bomb, carry
a DTD with external entities (XXE), be another file renamed, be truncated, or be huge. Every
check runs before any XML is parsed, each refusal is a ``UserError`` in Vietnamese, and the XML
parser is hardened anyway (no DTD, no entities, no network). Only ``word/document.xml`` and
``word/styles.xml`` are read; headers and footers (running page headers) are not content.
"""

from __future__ import annotations

import io
import os
import zipfile
import zlib
from pathlib import Path
from typing import Any

from lxml import etree

from ccpropa_desktop.domain.legacy_encoding import (
    Encoding,
    detect,
    font_encoding,
    tcvn3_to_unicode,
    to_unicode,
    vni_to_unicode,
)
from ccpropa_desktop.domain.text import nfc
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.reading.model import RawBlock, RawCell, RawDocument, RawParagraph, RawTable
from ccpropa_desktop.reading.read_text import join_lines

MAX_FILE_BYTES = 50 * 1024 * 1024          # a plan is well under 10 MB; 50 MB and more is refused
MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024  # all members together, as declared and as read
MAX_PART_BYTES = 60 * 1024 * 1024           # one XML part we parse
MAX_RATIO = 200                             # compression ratio of a member above 1 MB
MAX_MEMBERS = 10_000

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_OFF = {"0", "false", "off", "none"}


def _refuse(code: str, name: str, why: str) -> UserError:
    return UserError(code, f"Không nhập được tệp “{name}”: {why}", file=name)


def _sniff(head: bytes, name: str) -> None:
    """Name the real kind of a file that is not a zip, so the person knows what to do."""
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise _refuse("docx_old_format", name, "đây là tệp Word 97–2003 (.doc). Hãy mở bằng Word, chọn "
                      "Lưu thành (Save As) kiểu “Word Document (*.docx)” rồi nhập lại.")
    if head.startswith(b"%PDF"):
        raise _refuse("docx_is_pdf", name, "đây là tệp PDF, không phải .docx. Hãy nhập thẳng tệp PDF "
                      "(tên tệp đuôi .pdf).")
    raise _refuse("docx_not_zip", name, "tệp không phải văn bản Word .docx (có thể là tệp khác bị đổi "
                  "đuôi thành .docx, hoặc tệp bị hỏng).")


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, budget: list[int]) -> bytes:
    """A member's bytes, stopping as soon as it inflates past what it declared or our limits."""
    limit = min(info.file_size, MAX_PART_BYTES)
    out = bytearray()
    try:
        with zf.open(info) as stream:
            while chunk := stream.read(1 << 16):
                out += chunk
                budget[0] -= len(chunk)
                if len(out) > limit or budget[0] < 0:
                    raise _refuse("docx_zip_bomb", name, "nội dung nén giải nén ra lớn bất thường "
                                  "(dấu hiệu “zip bomb”). Tệp bị từ chối để bảo vệ máy.")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, zlib.error,
            NotImplementedError, RuntimeError) as exc:
        raise _refuse("docx_corrupt", name, f"tệp Word bị hỏng, không giải nén được ({type(exc).__name__}). "
                      "Hãy mở bằng Word, lưu lại rồi nhập lại.") from None
    return bytes(out)


def _parse_xml(data: bytes, name: str, part: str) -> Any:
    """Parse one XML part with DTDs and entities refused outright (XXE, "billion laughs")."""
    probe = data
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        probe = data.decode("utf-16", errors="ignore").encode("utf-8")
    upper = probe.upper()
    if b"<!DOCTYPE" in upper or b"<!ENTITY" in upper:
        raise _refuse("docx_dtd", name, f"phần {part} có khai báo DOCTYPE/ENTITY (thực thể ngoài, XXE) "
                      "mà tệp Word thật không bao giờ có. Tệp bị từ chối để bảo vệ máy.")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             dtd_validation=False, huge_tree=False, remove_comments=True,
                             remove_pis=True)
    try:
        root = etree.fromstring(data, parser=parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise _refuse("docx_corrupt", name, f"phần {part} của tệp Word bị hỏng ({str(exc)[:80]}).") from None
    if root is None or root.getroottree().docinfo.doctype:
        raise _refuse("docx_dtd", name, f"phần {part} có khai báo DOCTYPE, tệp bị từ chối.")
    return root


def _open_zip(data: bytes, name: str) -> tuple[bytes, bytes | None]:
    """document.xml and styles.xml of a .docx, after the size and zip-bomb checks."""
    if not data.startswith(b"PK"):
        _sniff(data[:8], name)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, IndexError,
            zlib.error, NotImplementedError) as exc:
        raise _refuse("docx_corrupt", name, f"tệp Word bị hỏng, không mở được ({type(exc).__name__}). "
                      "Hãy mở bằng Word, lưu lại rồi nhập lại.") from None
    with zf:
        if len(infos) > MAX_MEMBERS:
            raise _refuse("docx_zip_bomb", name, "tệp nén có quá nhiều thành phần (dấu hiệu “zip bomb”).")
        declared = sum(i.file_size for i in infos)
        bomb = declared > MAX_TOTAL_UNCOMPRESSED or any(
            i.file_size > (1 << 20) and i.file_size > MAX_RATIO * max(i.compress_size, 1) for i in infos)
        if bomb:
            raise _refuse("docx_zip_bomb", name, "nội dung nén giải nén ra lớn bất thường (dấu hiệu "
                          "“zip bomb”). Tệp bị từ chối để bảo vệ máy.")
        by_name = {i.filename: i for i in infos}
        if "word/document.xml" not in by_name:
            raise _refuse("docx_not_word", name,
                          "tệp nén này không phải văn bản Word (thiếu word/document.xml).")
        budget = [MAX_TOTAL_UNCOMPRESSED]
        document = _read_member(zf, by_name["word/document.xml"], name, budget)
        styles_info = by_name.get("word/styles.xml")
        styles = _read_member(zf, styles_info, name, budget) if styles_info else None
    return document, styles


def _on(el: Any | None) -> bool:
    return el is not None and el.get(W + "val", "true").lower() not in _OFF


class _Styles:
    """Fonts, bold and caps that paragraphs and runs inherit from styles.xml."""

    def __init__(self, root: Any | None) -> None:
        self.default_font = ""
        self.styles: dict[str, dict[str, Any]] = {}
        if root is None:
            return
        fonts = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
        if fonts is not None:
            self.default_font = fonts.get(W + "ascii") or fonts.get(W + "hAnsi") or ""
        for style in root.iter(W + "style"):
            sid = style.get(W + "styleId", "")
            rpr = style.find(W + "rPr")
            based = style.find(W + "basedOn")
            self.styles[sid] = {
                "based": based.get(W + "val") if based is not None else None,
                "font": _font_of(rpr), "bold": _flag(rpr, "b"), "caps": _flag(rpr, "caps"),
            }

    def get(self, style_id: str | None, key: str) -> Any:
        seen = set()
        while style_id and style_id in self.styles and style_id not in seen:
            seen.add(style_id)
            value = self.styles[style_id][key]
            if value is not None and value != "":
                return value
            style_id = self.styles[style_id]["based"]
        return "" if key == "font" else None


def _font_of(rpr: Any | None) -> str:
    if rpr is None:
        return ""
    fonts = rpr.find(W + "rFonts")
    if fonts is None:
        return ""
    return fonts.get(W + "ascii") or fonts.get(W + "hAnsi") or fonts.get(W + "cs") or ""


def _flag(rpr: Any | None, name: str) -> bool | None:
    if rpr is None:
        return None
    el = rpr.find(W + name)
    return None if el is None else _on(el)


class _Reader:
    def __init__(self, styles: _Styles) -> None:
        self.st = styles
        self.legacy: set[str] = set()

    def run_text(self, run: Any, para_style: str | None) -> tuple[str, bool]:
        rpr = run.find(W + "rPr")
        if rpr is not None and _on(rpr.find(W + "vanish")):
            return "", False
        rstyle_el = rpr.find(W + "rStyle") if rpr is not None else None
        rstyle = rstyle_el.get(W + "val") if rstyle_el is not None else None
        parts: list[str] = []
        for child in run:
            tag = child.tag
            if tag == W + "t":
                parts.append(child.text or "")
            elif tag in (W + "tab", W + "ptab"):
                parts.append(" ")
            elif tag in (W + "br", W + "cr"):
                parts.append("\n")
            elif tag == W + "noBreakHyphen":
                parts.append("-")
        text = "".join(parts)
        if not text:
            return "", False
        font = _font_of(rpr) or self.st.get(rstyle, "font") or self.st.get(para_style, "font") \
            or self.st.default_font
        encoding, capitals = font_encoding(font)
        if encoding == "tcvn3":
            text = tcvn3_to_unicode(text, upper=capitals)
            self.legacy.add(encoding)
        elif encoding == "vni":
            text = vni_to_unicode(text)
            self.legacy.add(encoding)
        caps = _flag(rpr, "caps")
        if caps is None:
            caps = self.st.get(rstyle, "caps") or self.st.get(para_style, "caps")
        if caps:
            text = text.upper()
        bold = _flag(rpr, "b")
        if bold is None:
            bold = bool(self.st.get(rstyle, "bold") or self.st.get(para_style, "bold"))
        return text, bool(bold)

    def paragraph_lines(self, p: Any) -> tuple[list[str], bool, str]:
        """A paragraph's lines (soft line breaks split it), whether all its text is bold, and the
        bold text it starts with when the rest is not ("3. Đối tượng tuyên truyền" + its text)."""
        ppr = p.find(W + "pPr")
        style_el = ppr.find(W + "pStyle") if ppr is not None else None
        para_style = style_el.get(W + "val") if style_el is not None else None
        pieces: list[str] = []
        bold_all = True
        lead: list[str] | None = []
        for run in self._runs(p):
            text, bold = self.run_text(run, para_style)
            if text.strip():
                bold_all = bold_all and bold
                if lead is not None and not bold:
                    lead = None if not lead else [*lead, "\0"]
            if lead is not None and (not lead or lead[-1] != "\0"):
                lead.append(text)
            pieces.append(text)
        text = nfc("".join(pieces))
        lines = join_lines(text.split("\n"))
        head = nfc("".join(x for x in (lead or []) if x != "\0")) if lead and lead[-1] == "\0" else ""
        return lines, bool(lines) and bold_all, " ".join(head.split()) if "\n" not in head else ""

    def _runs(self, p: Any) -> list[Any]:
        out = []
        stack = list(reversed(list(p)))
        while stack:
            el = stack.pop()
            tag = el.tag
            if tag == W + "r":
                out.append(el)
                # text boxes inside a run's drawing hold paragraphs of their own
                for box in el.iter(W + "txbxContent"):
                    if not any(a.tag == MC_FALLBACK for a in box.iterancestors()):
                        for inner in box.iter(W + "p"):
                            out.extend(self._runs(inner))
            elif tag in (W + "del", W + "pPr", W + "rPr", MC_FALLBACK) or not isinstance(tag, str):
                continue
            else:
                stack.extend(reversed(list(el)))
        return out

    def cell(self, tc: Any) -> RawCell:
        tcpr = tc.find(W + "tcPr")
        span, merged = 1, False
        if tcpr is not None:
            grid = tcpr.find(W + "gridSpan")
            if grid is not None:
                try:
                    span = max(1, min(64, int(grid.get(W + "val", "1"))))
                except ValueError:
                    span = 1
            vmerge = tcpr.find(W + "vMerge")
            if vmerge is not None and vmerge.get(W + "val", "continue") != "restart":
                merged = True
            hmerge = tcpr.find(W + "hMerge")
            if hmerge is not None and hmerge.get(W + "val", "continue") != "restart":
                span = 0       # an old-style horizontal merge continuation: no cell of its own
        paragraphs: list[str] = []
        for block in self.blocks(tc):
            if isinstance(block, RawParagraph):
                paragraphs.append(block.text)
            else:                     # a table nested in a cell: its text, row by row
                for row in block.rows:
                    paragraphs.extend(p for c in row for p in c.paragraphs)
        return RawCell(paragraphs=paragraphs, span=span, merged_above=merged)

    def table(self, tbl: Any) -> RawTable:
        rows: list[list[RawCell]] = []
        for tr in tbl.iter(W + "tr"):
            if next(tr.iterancestors(W + "tbl"), None) is not tbl:
                continue             # rows of nested tables are read with their cell
            row: list[RawCell] = []
            trpr = tr.find(W + "trPr")
            before = trpr.find(W + "gridBefore") if trpr is not None else None
            if before is not None:
                try:
                    row.extend(RawCell() for _ in range(min(64, int(before.get(W + "val", "0")))))
                except ValueError:
                    pass
            for tc in tr:
                if tc.tag == W + "tc":
                    cell = self.cell(tc)
                    if cell.span:
                        row.append(cell)
                elif tc.tag == W + "sdt":
                    row.extend(self.cell(x) for x in tc.iter(W + "tc"))
            if row:
                rows.append(row)
        return RawTable(rows=rows)

    def blocks(self, container: Any) -> list[RawBlock]:
        out: list[RawBlock] = []
        for child in container:
            tag = child.tag
            if tag == W + "p":
                lines, bold, lead = self.paragraph_lines(child)
                out.extend(RawParagraph(line, bold, lead if i == 0 else "") for i, line in enumerate(lines))
            elif tag == W + "tbl":
                out.append(self.table(child))
            elif tag in (W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "smartTag"):
                out.extend(self.blocks(child))
        return out


def read_docx_bytes(data: bytes, name: str = "tệp .docx") -> RawDocument:
    """The paragraphs and tables of a .docx given as bytes (all checks included)."""
    if len(data) >= MAX_FILE_BYTES:
        raise _refuse("file_too_large", name, f"tệp quá lớn ({len(data) / 1024 / 1024:.1f} MB); "
                      "chỉ nhận tệp dưới 50 MB.")
    document_xml, styles_xml = _open_zip(data, name)
    root = _parse_xml(document_xml, name, "word/document.xml")
    if root.tag != W + "document":
        raise _refuse("docx_not_word", name, "tệp không phải văn bản Word (.docx).")
    styles = _Styles(_parse_xml(styles_xml, name, "word/styles.xml") if styles_xml else None)
    body = root.find(W + "body")
    reader = _Reader(styles)
    blocks = reader.blocks(body) if body is not None else []
    encoding: Encoding = "unicode"
    if reader.legacy:
        encoding = "tcvn3" if "tcvn3" in reader.legacy else "vni"
    else:
        sample = "\n".join(_texts(blocks))
        found = detect(sample)
        if found != "unicode":       # legacy text in a font we did not recognise
            encoding = found
            blocks = _convert(blocks, found)
    return RawDocument(blocks=blocks, encoding=encoding, source="docx")


def _texts(blocks: list[RawBlock]) -> list[str]:
    out = []
    for b in blocks:
        if isinstance(b, RawParagraph):
            out.append(b.text)
        else:
            out.extend(p for row in b.rows for c in row for p in c.paragraphs)
    return out


def _convert(blocks: list[RawBlock], encoding: Encoding) -> list[RawBlock]:
    def conv(text: str) -> str:
        return to_unicode(text, encoding)[0]
    out: list[RawBlock] = []
    for b in blocks:
        if isinstance(b, RawParagraph):
            out.append(RawParagraph(conv(b.text), b.bold, conv(b.lead)))
        else:
            out.append(RawTable(rows=[[RawCell([conv(p) for p in c.paragraphs], c.span, c.merged_above)
                                       for c in row] for row in b.rows]))
    return out


def read_file(path: str | os.PathLike[str]) -> bytes:
    """A file's bytes for import; 50 MB or more is refused unread, and a missing or unreadable file
    gets a Vietnamese message (shared by .docx and text imports)."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size >= MAX_FILE_BYTES:
            raise _refuse("file_too_large", file.name, f"tệp quá lớn ({size / 1024 / 1024:.1f} MB); "
                          "chỉ nhận tệp dưới 50 MB.")
        return file.read_bytes()
    except FileNotFoundError:
        raise UserError("file_not_found", f"Không tìm thấy tệp “{path}”.", file=str(path)) from None
    except IsADirectoryError:
        raise UserError("file_not_found", f"“{path}” là một thư mục, không phải tệp.",
                        file=str(path)) from None
    except PermissionError:
        raise UserError("file_unreadable", f"Không có quyền đọc tệp “{path}”.", file=str(path)) from None


def read_docx(path: str | os.PathLike[str]) -> RawDocument:
    """The paragraphs and tables of a .docx file; a file of 50 MB or more is refused unread."""
    return read_docx_bytes(read_file(path), Path(path).name)
