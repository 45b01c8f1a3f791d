"""PDFs of our own plans for the PDF import tests (issue 13): no one else's document is shipped.

A plan is built from a built-in template for the Sông Mã unit (tests/data/unit_song_ma.json), issued
with a number and a date, and printed two ways:

- by our renderer (``render_pdf``: reportlab) — made at test time, it takes a fraction of a second;
- by LibreOffice from our own .docx (``render_docx`` → ``soffice --convert-to pdf``), a second,
  different producer. LibreOffice is not on CI, so those PDFs are committed in tests/data/pdf/
  together with what each must import to (``*.expected.json``); this script remakes them:

    .venv/bin/python tests/data/make_pdf_fixtures.py          # needs soffice (libreoffice-writer-nogui)

``expected(document)`` reads the fields an import must find off the very document model that was
printed. Distortions: the appendix's columns in another order, wrapped column headings (narrow
columns with long labels), a task long enough to split across pages, the landscape pages turned
(portrait page + /Rotate 90), a page with no text layer, and a whole scan.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "pdf"
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ccpropa_desktop.documents.model import (  # noqa: E402
    AppendixHeading,
    Document,
    Header,
    Paragraph,
    Signature,
    TaskTable,
    Title,
)

TEMPLATES = ("bac-kan-2024", "song-ma-2022", "binh-dinh-2024")
ISSUE = ("18", dt.date(2024, 1, 13))
LO_FIXTURES = {"bac-kan-2024-lo": ("bac-kan-2024", "A", None), "song-ma-2022-lo": ("song-ma-2022", "A", None),
               "binh-dinh-2024-lo": ("binh-dinh-2024", "B", None),
               "bac-kan-2024-lo-columns": ("bac-kan-2024", "A", "reorder")}
_ROMAN = re.compile(r"^([IVXLC]{1,6})\.\s+(.*)$")
_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\))\s+(.*)$", re.DOTALL)


def plan_document(template_id: str, form: str = "A", distort: str | None = None) -> Document:
    """The document model of a Sông Mã plan made from ``template_id``, issued 18 / 13-01-2024."""
    from ccpropa_desktop.documents.plan_document import Issue, build_plan_document
    from ccpropa_desktop.services import plans, unit
    from ccpropa_desktop.services.session import memory_store

    store = memory_store()
    try:
        profile = unit.unit_from_dict(json.loads((HERE / "unit_song_ma.json").read_text(encoding="utf-8")))
        unit.set_unit(store, profile)
        plan = plans.create_plan(store, template_id, 2024, all_tasks=True)
        document = build_plan_document(plan, unit.get_unit(store), Issue(ISSUE[0], ISSUE[1]), form=form)
    finally:
        store.close()
    if distort:
        distort_table(document, distort)
    return document


def distort_table(document: Document, how: str) -> None:
    """"reorder": the appendix columns in another order (schedule first, the number last);
    "wrap": long labels in narrow columns, so every heading wraps over two or three lines;
    "long": the first task's content five times over, so its row runs across pages."""
    table = next(b for b in document.text_blocks() if isinstance(b, TaskTable))
    if how == "reorder":
        order = list(range(len(table.columns)))
        order = [order[-1], *order[2:-1], order[1], order[0]]
        table.columns = [table.columns[i] for i in order]
        table.rows = [[row[i] for i in order] for row in table.rows]
    elif how == "wrap":
        longer = {"Nội dung": "Nội dung công việc tuyên truyền", "Nhiệm vụ": "Nhiệm vụ cụ thể cần thực hiện",
                  "Cơ quan chủ trì": "Cơ quan, đơn vị chủ trì thực hiện",
                  "Đơn vị chủ trì": "Cơ quan, đơn vị chủ trì thực hiện",
                  "Cơ quan phối hợp": "Cơ quan, đơn vị phối hợp thực hiện",
                  "Đơn vị phối hợp": "Cơ quan, đơn vị phối hợp thực hiện",
                  "Thời gian thực hiện": "Thời gian, tiến độ thực hiện"}
        for c in table.columns:
            for short, long in longer.items():
                if c.label.startswith(short):
                    c.label = long
                    break
            c.weight = min(c.weight, 1.6) if c.label != "TT" else c.weight
    elif how == "long":
        first = table.rows[0]
        first[1] = "\n".join([first[1]] * 5)


def render(document: Document, fmt: str = "pdf") -> bytes:
    from ccpropa_desktop.services.render import render_bytes

    return render_bytes(document, fmt)


def _split_number(text: str) -> tuple[str, str]:
    m = _NUMBERED.match(text)
    return (m.group(1), m.group(2)) if m else ("", text)


def expected(document: Document) -> dict[str, Any]:
    """What importing the printed ``document`` must give, field by field (template keys)."""
    blocks = document.text_blocks()
    header = next(b for b in blocks if isinstance(b, Header))
    titles = [b for b in blocks if isinstance(b, Title)]
    plan_title = next(t for t in titles if t.kind == "KẾ HOẠCH")
    number = (header.number_line or "").removeprefix("Số:").strip()
    place = (header.date_line or "").split(",")[0].strip()
    date = ISSUE[1].isoformat() if header.date_line and re.search(r"ngày\s+\d", header.date_line) else None
    form = "B" if titles[0].kind == "QUYẾT ĐỊNH" else "A"
    sig = next(b for b in blocks if isinstance(b, Signature))
    out: dict[str, Any] = {
        "form": form, "number": number, "date": date,
        "issuer": {"parent_lines": list(header.parent_lines), "name_lines": list(header.name_lines),
                   "place": place},
        "title": " ".join(plan_title.lines),
        "signer": {"authority": " ".join(sig.authority_lines[:-1]) if len(sig.authority_lines) > 1 else "",
                   "title": sig.authority_lines[-1], "name": sig.name},
        "recipients": [r.removeprefix("- ").rstrip(";.").strip() for r in sig.recipients],
    }
    if form == "B":
        out["signer"] = {"authority": sig.authority_lines[0] if len(sig.authority_lines) > 1 else "",
                         "title": sig.authority_lines[-1], "name": sig.name}
        decision_part = document.parts[0].blocks
        out["decision"] = {"title": " ".join(titles[0].lines),
                           "authority": " ".join(titles[0].after),
                           "legal_bases": [b.text for b in decision_part if isinstance(b, Paragraph)
                                           and b.style == "basis"],
                           "articles": [b.text for b in decision_part if isinstance(b, Paragraph)
                                        and b.style == "article"]}
        out["attached_line"] = plan_title.note
        body = document.parts[1].blocks
        out["legal_bases"] = []
    else:
        body = document.parts[0].blocks
        out["legal_bases"] = [b.text for b in body if isinstance(b, Paragraph) and b.style == "basis"]
    sections: list[dict[str, Any]] = []
    closing: list[str] = []
    stack: list[tuple[int, dict[str, Any]]] = []

    def add(depth: int, title: str) -> dict[str, Any]:
        node = {"title": title, "paragraphs": [], "children": []}
        while stack and stack[-1][0] >= depth:
            stack.pop()
        (stack[-1][1]["children"] if stack else sections).append(node)
        stack.append((depth, node))
        return node

    for b in body:
        if not isinstance(b, Paragraph) or b.style in ("basis", "center_bold", "article"):
            continue
        if closing or (b.style == "body" and not b.lead and b.text.startswith("Trên đây")):
            closing.append(b.text)
        elif b.style == "heading1":
            add(0, _ROMAN.match(b.text).group(2))  # type: ignore[union-attr]
        elif b.style in ("heading2", "heading3"):
            marker, rest = _split_number(b.text)
            add(1 if b.style == "heading2" else 2, rest)
        elif b.lead:
            marker, rest = _split_number(b.lead)
            depth = 2 if "." in marker.rstrip(".") or marker.endswith(")") else 1
            add(depth, rest)["paragraphs"].append(b.text)
        elif stack:
            stack[-1][1]["paragraphs"].append(b.text)
    out["sections"] = sections
    out["closing"] = closing
    heading = next((b for b in blocks if isinstance(b, AppendixHeading)), None)
    table = next((b for b in blocks if isinstance(b, TaskTable)), None)
    if heading is not None and table is not None:
        out["appendix"] = {"heading": heading.label, "title": heading.title,
                           "subtitle": heading.attached_line,
                           "labels": [c.label for c in table.columns],
                           "rows": [list(r) for r in table.rows]}
    return out


def imported_view(doc: dict[str, Any]) -> dict[str, Any]:
    """An imported template in the shape of ``expected`` (only the fields it checks)."""
    from ccpropa_desktop.reading.columns import column_key

    out = {"form": doc["form"], "number": doc["number"], "date": doc["date"],
           "issuer": {k: doc["issuer"][k] for k in ("parent_lines", "name_lines", "place")},
           "title": doc["title"], "signer": doc["signer"], "recipients": doc["recipients"],
           "legal_bases": doc["legal_bases"], "sections": doc["sections"], "closing": doc["closing"]}
    if doc["form"] == "B":
        out["decision"] = {k: doc["decision"][k] for k in ("title", "authority", "legal_bases", "articles")}
        out["attached_line"] = doc.get("attached_line", "")
    appendix = doc["appendix"]
    if appendix["columns"]:
        labels = [c["label"] for c in appendix["columns"]]
        keys = [c["key"] for c in appendix["columns"]]
        _ = column_key
        out["appendix"] = {"heading": appendix["heading"], "title": appendix["title"],
                           "subtitle": appendix["subtitle"], "labels": labels,
                           "rows": [[t.get(k, "") for k in keys] for t in appendix["tasks"]]}
    return out


def differences(imported: dict[str, Any], want: dict[str, Any]) -> list[str]:
    """Field paths where the import differs from what was printed (empty: every field right)."""
    got = imported_view(imported)
    out: list[str] = []

    def walk(a: Any, b: Any, path: str) -> None:
        if isinstance(b, dict) and isinstance(a, dict):
            for k in b:
                walk(a.get(k), b[k], f"{path}.{k}")
        elif isinstance(b, list) and isinstance(a, list) and len(a) == len(b):
            for i, (x, y) in enumerate(zip(a, b, strict=True)):
                walk(x, y, f"{path}[{i}]")
        elif a != b:
            out.append(f"{path}: {str(a)[:90]!r} != {str(b)[:90]!r}")

    walk(got, want, "")
    return out


# -- distortions of the PDF bytes ------------------------------------------------------------------
def _image_page(width: float = 595.276, height: float = 841.89) -> bytes:
    """A page that is only a picture (a scan): grey bars where lines of text would be."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    img = Image.new("L", (620, 877), 255)
    draw = ImageDraw.Draw(img)
    for y in range(60, 820, 22):
        draw.rectangle((70, y, 560 - (y * 7) % 90, y + 9), fill=90)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(width, height), invariant=1)
    c.drawImage(ImageReader(img), 0, 0, width, height)
    c.showPage()
    c.save()
    return buf.getvalue()


def with_scanned_page(pdf: bytes, at: int) -> bytes:
    """``pdf`` with a picture-only page inserted before page ``at`` (0-based)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for i, page in enumerate(PdfReader(io.BytesIO(pdf)).pages):
        if i == at:
            writer.add_page(PdfReader(io.BytesIO(_image_page())).pages[0])
        writer.add_page(page)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def scanned(pages: int = 3) -> bytes:
    """A whole scan: every page a picture, no text layer at all."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_page(PdfReader(io.BytesIO(_image_page())).pages[0])
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def rotated_landscape(pdf: bytes) -> bytes:
    """Every landscape page redrawn on a portrait page turned by /Rotate 90 (how some printers
    and scanners store landscape pages): it shows the same, its coordinates do not."""
    from pypdf import PdfReader, PdfWriter, Transformation

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page in writer.pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if w > h:
            page.add_transformation(Transformation((0, 1, -1, 0, h, 0)))
            page.mediabox.lower_left = (0, 0)
            page.mediabox.upper_right = (h, w)
            page.rotate(90)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def pdftotext(pdf: bytes, layout: bool) -> str | None:
    """The text a person gets copying the whole PDF (poppler's pdftotext); None without poppler."""
    exe = shutil.which("pdftotext")
    if exe is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.pdf"
        src.write_bytes(pdf)
        args = [exe, "-enc", "UTF-8", *(["-layout"] if layout else []), str(src), "-"]
        return subprocess.run(args, capture_output=True, check=True, timeout=60).stdout.decode("utf-8")


def libreoffice_pdf(docx: bytes) -> bytes:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("needs LibreOffice (apt-get install -y libreoffice-writer-nogui)")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "ke-hoach.docx"
        src.write_bytes(docx)
        subprocess.run([exe, "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to",
                        "pdf", "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=300)
        return (Path(tmp) / "ke-hoach.pdf").read_bytes()


def lo_fixture(name: str) -> tuple[bytes, dict[str, Any]]:
    """A committed LibreOffice fixture and what it must import to."""
    return (OUT / f"{name}.pdf").read_bytes(), json.loads((OUT / f"{name}.expected.json").read_text("utf-8"))


def main() -> int:
    OUT.mkdir(exist_ok=True)
    for name, (template_id, form, distort) in LO_FIXTURES.items():
        document = plan_document(template_id, form, distort)
        pdf = libreoffice_pdf(render(copy.deepcopy(document), "docx"))
        (OUT / f"{name}.pdf").write_bytes(pdf)
        (OUT / f"{name}.expected.json").write_text(
            json.dumps(expected(document), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{name}.pdf: {len(pdf) // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
