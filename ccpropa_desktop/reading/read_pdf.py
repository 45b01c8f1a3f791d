"""A province's plan as a PDF → paragraphs and tables (issue 13), from the text layer's positions.

The plan usually reaches a district or a commune as a PDF: a signed export from Word, or a scan.
An export has a text layer and is read by position (``pdf_extract`` → ``pdf_layout``); a scan has
only pictures of pages, which no import can read: it is refused with a message that says so, what
to do instead, and that nothing was imported. A scanned page inside an exported PDF is named in
the warnings (its content is missing). A file from outside is untrusted: size, page count and
encryption are checked first, and any parser failure becomes a Vietnamese message.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ccpropa_desktop.errors import UserError

from .model import RawDocument
from .pdf_extract import PdfPage, _Widths, extract_page
from .pdf_layout import layout

MAX_PAGES = 500          # a plan is 5–60 pages; more is not one, and costs minutes

SCANNED = ("Không nhập được tệp “{name}”: đây là bản quét (ảnh chụp các trang), không có lớp chữ để "
           "đọc, nên chưa nhập gì. Hãy xin cấp trên tệp Word (.docx) của kế hoạch, hoặc nhận dạng chữ "
           "(OCR) bản quét rồi chép phần chữ và dán vào «Dán văn bản…» ở trang Kế hoạch mẫu (dòng lệnh: "
           "lưu thành tệp .txt rồi nhập tệp đó).")


def _refuse(code: str, name: str, why: str) -> UserError:
    return UserError(code, f"Không nhập được tệp “{name}”: {why}", file=name)


@contextmanager
def _fonts_parsed_once() -> Iterator[None]:
    """pypdf parses every font (its ToUnicode map) again on every page; a plan's pages share their
    fonts, so while we read, each font object is parsed once (a third of the time on 30 pages).
    Undone afterwards; without the attribute (another pypdf) it does nothing."""
    import pypdf._page as page_module

    original: Any = getattr(page_module, "Font", None)
    if original is None or not hasattr(original, "from_font_resource"):
        yield
        return
    cache: dict[tuple[int, int], Any] = {}

    class _Once(original):  # type: ignore[misc, valid-type]
        @classmethod
        def from_font_resource(cls, font: Any) -> Any:
            ref = getattr(font, "indirect_reference", None)
            if ref is None:
                return original.from_font_resource(font)
            key = (ref.idnum, ref.generation)
            if key not in cache:
                cache[key] = original.from_font_resource(font)
            return cache[key]

    page_module.Font = _Once
    try:
        yield
    finally:
        page_module.Font = original


def _pages(data: bytes, name: str) -> list[PdfPage]:
    import pypdf
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)   # its warnings are not the officer's business
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise _refuse("pdf_encrypted", name, "tệp PDF có mật khẩu. Hãy mở bằng mật khẩu, in ra PDF "
                          "(Microsoft Print to PDF) không mật khẩu rồi nhập lại.")
        count = len(reader.pages)
    except UserError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError, AttributeError, OSError,
            RecursionError, NotImplementedError, AssertionError) as exc:
        raise _refuse("pdf_corrupt", name, f"tệp PDF bị hỏng, không đọc được ({type(exc).__name__}). "
                      "Hãy mở bằng trình đọc PDF, in lại ra PDF rồi nhập lại.") from None
    except Exception as exc:  # pypdf raises what it likes on a broken file; never a traceback
        if "crypt" in type(exc).__name__.lower() or "crypt" in str(exc).lower():
            raise _refuse("pdf_encrypted", name, "tệp PDF được mã hóa, không đọc được. Hãy in lại ra PDF "
                          "không mã hóa rồi nhập lại.") from None
        raise _refuse("pdf_corrupt", name,
                      f"tệp PDF bị hỏng, không đọc được ({type(exc).__name__}).") from None
    if count == 0:
        raise _refuse("pdf_empty", name, "tệp PDF không có trang nào.")
    if count > MAX_PAGES:
        raise _refuse("pdf_too_long", name, f"tệp PDF có {count} trang; một kế hoạch không dài quá "
                      f"{MAX_PAGES} trang.")
    widths = _Widths()
    pages: list[PdfPage] = []
    with _fonts_parsed_once():
        for number in range(count):
            try:
                pages.append(extract_page(reader.pages[number], number + 1, widths))
            except RecursionError:
                raise _refuse("pdf_corrupt", name, f"trang {number + 1} của tệp PDF bị hỏng.") from None
            except Exception as exc:  # one broken page: say which, never a traceback
                raise _refuse("pdf_corrupt", name, f"trang {number + 1} của tệp PDF bị hỏng, không đọc "
                              f"được ({type(exc).__name__}).") from None
    return pages


def read_pdf_bytes(data: bytes, name: str = "tệp PDF") -> RawDocument:
    """The paragraphs and tables of a PDF's text layer; a scan (no text at all) is refused."""
    if not data.startswith(b"%PDF") and b"%PDF-" not in data[:1024]:
        raise _refuse("pdf_not_pdf", name, "tệp không phải PDF (có thể là tệp khác bị đổi đuôi thành .pdf).")
    pages = _pages(data, name)
    blank = [p.number for p in pages if not p.has_text and p.has_image]
    if not any(p.has_text for p in pages):
        raise UserError("pdf_scanned", SCANNED.format(name=name), file=name)
    warnings = []
    if blank:
        shown = ", ".join(str(n) for n in blank[:10]) + (" …" if len(blank) > 10 else "")
        warnings.append(f"Trang {shown} của tệp PDF là ảnh quét, không có lớp chữ: nội dung các trang này "
                        "chưa được nhập, cần gõ bổ sung (hoặc xin cấp trên tệp .docx).")
    return RawDocument(blocks=layout(pages), source="pdf", warnings=warnings)
