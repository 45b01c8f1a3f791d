"""pdfplumber (pdfminer.six) vs pypdf for the PDF import (issue 13): figures for docs/benchmarks.md.

    .venv/bin/python benchmarks/pdf_readers.py [--repeat 3]

Both are test extras already, so both can be measured here; only the one chosen ships. On our own
PDFs (tests/data/make_pdf_fixtures.py: the three built-in templates printed by our renderer and by
LibreOffice, and the 30-page plan of benchmarks/import_plan.py) it measures:

- **speed**: the text with positions and the ruling lines of every page — pdfplumber's
  ``page.chars`` + ``page.lines`` + ``page.rects`` (its words need those), pdfminer.six alone
  (``PDFPageAggregator``, no layout analysis), and pypdf through ``reading.pdf_extract``;
- **geometry**: pdfplumber's own table finder (``extract_tables``, ruling lines) against the rows
  printed, cell by cell; and the whole import (pypdf + ``reading.pdf_layout``), field by field;
- **width accuracy**: each of our line pieces' right edge against pdfplumber's characters.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "data"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import make_pdf_fixtures as F  # noqa: E402

from ccpropa_desktop.reading import pdf_layout  # noqa: E402
from ccpropa_desktop.reading.assemble import assemble  # noqa: E402
from ccpropa_desktop.reading.read_pdf import _pages, read_pdf_bytes  # noqa: E402


def _median(fn, repeat: int) -> float:
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def plumber_geometry(pdf: bytes) -> int:
    import pdfplumber

    n = 0
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            n += len(page.chars) + len(page.lines) + len(page.rects)
    return n


def pdfminer_geometry(pdf: bytes) -> int:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    doc = PDFDocument(PDFParser(io.BytesIO(pdf)))
    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=None)
    interpreter = PDFPageInterpreter(manager, device)
    n = 0
    for page in PDFPage.create_pages(doc):
        interpreter.process_page(page)
        n += len(device.get_result()._objs)
    return n


def _norm(text: str) -> str:
    return " ".join((text or "").split())


def plumber_table_cells(pdf: bytes, want_rows: list[list[str]]) -> tuple[int, int]:
    """(cells right, cells printed) with pdfplumber's extract_tables, pages joined, headers dropped,
    a row with an empty first cell joined to the row above."""
    import pdfplumber

    rows: list[list[str]] = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            for table in page.extract_tables():
                for row in table:
                    cells = [_norm(c) for c in row]
                    if not any(cells) or cells[0] in ("TT", "STT"):
                        continue
                    if not cells[0] and rows and len(cells) == len(rows[-1]):
                        rows[-1] = [_norm(f"{a} {b}") for a, b in zip(rows[-1], cells, strict=True)]
                    else:
                        rows.append(cells)
    want = [[_norm(c) for c in r] for r in want_rows]
    right = sum(1 for r, w in zip(rows, want, strict=False) for a, b in zip(r, w, strict=False) if a == b)
    return right, sum(len(r) for r in want)


def ours_table_cells(pdf: bytes, want_rows: list[list[str]], want_keys_doc: dict) -> tuple[int, int]:
    got = F.imported_view(assemble(read_pdf_bytes(pdf)).doc).get("appendix", {}).get("rows", [])
    right = sum(1 for r, w in zip(got, want_rows, strict=False) for a, b in zip(r, w, strict=False)
                if _norm(a) == _norm(b))
    _ = want_keys_doc
    return right, sum(len(r) for r in want_rows)


def right_edge_error(pdf: bytes) -> tuple[float, float]:
    """Mean and largest |x1 ours − x1 pdfplumber| over body line pieces, in points."""
    import pdfplumber

    errors: list[float] = []
    pages = _pages(pdf, "x.pdf")
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page, ours in zip(doc.pages, pages, strict=True):
            chars = page.chars
            for line in pdf_layout.lines_of(ours.fragments, ours.number):
                for piece in line.pieces:
                    near = [c for c in chars if abs(c["bottom"] - piece.y) < 4 and
                            piece.x0 - 1 <= c["x0"] <= piece.x1 + 1 and c["text"].strip()]
                    if near:
                        errors.append(abs(max(c["x1"] for c in near) - piece.x1))
    return (statistics.mean(errors), max(errors)) if errors else (0.0, 0.0)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    import import_plan as bench

    fixtures: list[tuple[str, bytes, dict]] = []
    for template_id, form in (("bac-kan-2024", "A"), ("song-ma-2022", "A"), ("binh-dinh-2024", "B")):
        document = F.plan_document(template_id, form)
        fixtures.append((f"{template_id} (reportlab)", F.render(document), F.expected(document)))
    for name in ("bac-kan-2024-lo", "song-ma-2022-lo", "binh-dinh-2024-lo"):
        pdf, want = F.lo_fixture(name)
        fixtures.append((f"{name.removesuffix('-lo')} (LibreOffice)", pdf, want))
    big = bench.pdf_30_pages()
    from pypdf import PdfReader

    print("| PDF | pages | pdfplumber chars+lines | pdfminer.six alone | pypdf (ours) |")
    print("| --- | --- | --- | --- | --- |")
    for label, pdf, _want in [*fixtures, ("30-page plan, 100 rows (reportlab)", big, {})]:
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        t_pl = _median(lambda pdf=pdf: plumber_geometry(pdf), args.repeat)
        t_pm = _median(lambda pdf=pdf: pdfminer_geometry(pdf), args.repeat)
        t_py = _median(lambda pdf=pdf: _pages(pdf, "x.pdf"), args.repeat)
        print(f"| {label} | {pages} | {t_pl:.3f} s | {t_pm:.3f} s | {t_py:.3f} s |")
    print()
    print("| PDF | pdfplumber extract_tables: cells right | our import: cells right | our import: fields "
          "differing | right-edge error, ours vs pdfplumber (mean / max) |")
    print("| --- | --- | --- | --- | --- |")
    for label, pdf, want in fixtures:
        rows = want["appendix"]["rows"]
        pl_right, total = plumber_table_cells(pdf, rows)
        our_right, _ = ours_table_cells(pdf, rows, want)
        diffs = len(F.differences(assemble(read_pdf_bytes(pdf)).doc, want))
        mean, worst = right_edge_error(pdf)
        print(f"| {label} | {pl_right}/{total} | {our_right}/{total} | {diffs} | "
              f"{mean:.2f} / {worst:.2f} pt |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
