"""Small PNG renders of the printed plan, for looking at what we print (issue 3, "Checks and figures").

Renders the Sông Mã plan (unit tests/data/unit_song_ma.json, template song-ma-2022, the seed's own
Căn cứ) issued as 18/KH-UBND on 13/01/2022 (form A), the same plan as a draft, and form B
(Quyết định ban hành Kế hoạch), then rasterises page 1 and the first appendix page of each with
``pdftoppm -r 50`` into docs/images/:

    plan-issued-p1.png  plan-issued-appendix.png
    plan-draft-p1.png   plan-draft-appendix.png
    plan-formB-p1.png   plan-formB-appendix.png

Usage (from the repository root): ``.venv/bin/python tools/make_doc_images.py [--out DIR] [--keep-pdf]``
Needs poppler-utils (pdftoppm). Uses the bundled Liberation Serif so the images do not depend on the
fonts of the machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("CCPROPA_BUNDLED_FONT", "1")

from pypdf import PdfReader  # noqa: E402

from ccpropa_desktop.services import issuing, plans, render, templates, unit  # noqa: E402
from ccpropa_desktop.services.session import memory_store  # noqa: E402

UNIT_FILE = ROOT / "tests" / "data" / "unit_song_ma.json"
NUMBER = "18"
DATE = dt.date(2022, 1, 13)
RESOLUTION = 50


def render_pdfs() -> dict[str, bytes]:
    """The three documents as PDF bytes, keyed by the image name prefix."""
    store = memory_store()
    try:
        profile = unit.unit_from_dict(json.loads(UNIT_FILE.read_text(encoding="utf-8")))
        unit.set_unit(store, profile)
        pid = plans.create_plan(store, "song-ma-2022", 2022).id
        basis = templates.get_template(store, "song-ma-2022")["legal_bases"]
        plans.edit_plan(store, pid, legal_bases=basis)
        issuing.issue_plan(store, pid, NUMBER, DATE, "A")
        return {
            "plan-issued": issuing.render_version(store, pid, 1, "pdf").data,
            "plan-draft": issuing.render_current(store, pid, "pdf", draft=True).data,
            "plan-formB": render.render_plan(store, pid, "pdf", number=NUMBER, date=DATE, form="B"),
        }
    finally:
        store.close()


def first_landscape_page(pdf: bytes) -> int:
    """1-based number of the first landscape page (the appendix), or the last page."""
    reader = PdfReader(io.BytesIO(pdf))
    for number, page in enumerate(reader.pages, start=1):
        box = page.mediabox
        if float(box.width) > float(box.height):
            return number
    return len(reader.pages)


def rasterise(pdf_path: Path, page: int, png_path: Path) -> None:
    stem = png_path.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(RESOLUTION), "-f", str(page), "-l", str(page), "-png",
                    "-singlefile", str(pdf_path), str(stem)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "images"), help="output folder")
    parser.add_argument("--keep-pdf", action="store_true", help="also keep the PDFs in the output folder")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        sys.stderr.write("pdftoppm not found: install poppler-utils.\n")
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for prefix, pdf in render_pdfs().items():
            pdf_path = Path(tmp) / f"{prefix}.pdf"
            pdf_path.write_bytes(pdf)
            if args.keep_pdf:
                shutil.copyfile(pdf_path, out / pdf_path.name)
            for suffix, page in (("p1", 1), ("appendix", first_landscape_page(pdf))):
                png = out / f"{prefix}-{suffix}.png"
                rasterise(pdf_path, page, png)
                print(f"{png.relative_to(ROOT) if png.is_relative_to(ROOT) else png}  (page {page})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
