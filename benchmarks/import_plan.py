"""Import figures for docs/benchmarks.md (issue 4, "Checks and figures"). Prints figures; not a test.

    .venv/bin/python benchmarks/import_plan.py [--repeat 7]

A synthetic plan of about 30 A4 pages: the bodies of the three seed plans one after another
(14 sections, ~31 000 characters, ~12 portrait pages at ~2 500 a page) and a 100-row appendix
(~69 000 characters: ~18 landscape pages of a six-column table; groups with sub-tasks 5.1 …,
bulleted multi-paragraph cells, merged cells), imported three ways through ``import_template`` into an
in-memory store, median of N after one warm-up (target ≤ 1 s each):

1. a .docx made with tests/data/make_test_docx.py (letterhead table, landscape appendix split
   across a page with its header repeated, merged cells);
2. the same plan as text laid out like seed 000 (tab-separated rows, HTML in cells);
3. that text as a PDF copy gives it (hard-wrapped at 78 columns, blank lines, page numbers);
4. a PDF of 30 pages (issue 13): the same body and 100 shorter rows (the Sông Mã and Bình Định
   tasks), printed by our renderer for the Sông Mã unit, read from its text layer (pypdf).
"""

from __future__ import annotations

import argparse
import copy
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "data"))

import make_test_docx as make  # noqa: E402

from ccpropa_desktop.services.importing import import_template  # noqa: E402
from ccpropa_desktop.services.session import memory_store  # noqa: E402

ROMAN = make.ROMAN


def big_plan(rows: int = 100) -> dict[str, Any]:
    doc = copy.deepcopy(make.builtin("bac-kan-2024"))
    # The bodies of all three seed plans one after another: 14 sections I.–XIV., distinct text.
    doc["sections"] = [copy.deepcopy(s) for tid in ("bac-kan-2024", "song-ma-2022", "binh-dinh-2024")
                       for s in make.builtin(tid)["sections"]]
    tasks: list[dict[str, str]] = []
    source = make.builtin("bac-kan-2024")["appendix"]["tasks"]
    n = 0
    while len(tasks) < rows:
        n += 1
        row = dict(source[n % len(source)], number=str(n))
        tasks.append(row)
        if n % 5 == 0:                      # a group: sub-tasks sharing partners/schedule (merged)
            for k in range(1, 4):
                if len(tasks) < rows:
                    tasks.append(dict(source[(n + k) % len(source)], number=f"{n}.{k}",
                                      partners=row["partners"], schedule=row["schedule"]))
    doc["appendix"]["tasks"] = tasks
    return doc


def pdf_plan(rows: int = 100) -> dict[str, Any]:
    """big_plan with shorter rows, so that our renderer prints it on 30 A4 pages."""
    doc = big_plan(rows)
    source = [t for tid in ("song-ma-2022", "binh-dinh-2024") for t in make.builtin(tid)["appendix"]["tasks"]
              if len(t["content"]) < 300]
    for i, task in enumerate(doc["appendix"]["tasks"]):
        row = source[i % len(source)]
        task.update({k: row[k] for k in ("content", "lead", "partners", "schedule")},
                    form=row.get("form") or "- Trên Cổng thông tin điện tử;")
    return doc


def pdf_30_pages() -> bytes:
    """The 30-page PDF: pdf_plan as a Sông Mã plan, issued 18 / 13-01-2024, our renderer."""
    import datetime as dt
    import json

    from ccpropa_desktop.services import plans, render, unit

    store = memory_store()
    try:
        unit.set_unit(store, unit.unit_from_dict(json.loads(
            (ROOT / "tests" / "data" / "unit_song_ma.json").read_text(encoding="utf-8"))))
        doc = pdf_plan()
        doc["id"] = "ke-hoach-30-trang"
        store.save_template_doc(doc)
        plan = plans.create_plan(store, doc["id"], 2024, all_tasks=True)
        return render.render_plan(store, plan.id, "pdf", number="18", date=dt.date(2024, 1, 13))
    finally:
        store.close()


def _walk(sections: list[dict[str, Any]], depth: int = 0) -> list[tuple[int, dict[str, Any]]]:
    out = []
    for s in sections:
        out.append((depth, s))
        out.extend(_walk(s["children"], depth + 1))
    return out


def as_text(doc: dict[str, Any]) -> str:
    """The plan laid out like seed 000: Markdown marks, tab-separated rows, HTML in cells."""
    issuer = doc["issuer"]
    lines = [*issuer["name_lines"], f"Số: /KH-{issuer['abbreviation']}", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", f"{issuer['place']}, ngày tháng năm {doc['year']}", "",
             "## KẾ HOẠCH", "", f"### {doc['title']}", "", *doc["legal_bases"], ""]

    def sections(items: list[dict[str, Any]], depth: int) -> None:
        for i, s in enumerate(items):
            marker = [f"{ROMAN[i]}.", f"{i + 1}.", f"{make.LETTERS[i]})"][min(depth, 2)]
            lines.extend([f"#### {marker} {s['title']}", ""])
            for p in s["paragraphs"]:
                lines.extend([p, ""])
            sections(s["children"], depth + 1)

    sections(doc["sections"], 0)
    lines += [*doc["closing"], "", "**Nơi nhận:**", *(f"- {r};" for r in doc["recipients"]), "",
              f"**{doc['signer']['authority']}", f"{doc['signer']['title']}**", "", doc["signer"]["name"], "",
              "**Phụ lục**", f"**{doc['appendix']['title']}**", ""]
    header = "\t".join(c["label"] for c in doc["appendix"]["columns"])
    for i, task in enumerate(doc["appendix"]["tasks"]):
        if i % 12 == 0:
            lines += ["", header]
        cells = []
        for c in doc["appendix"]["columns"]:
            value = task.get(c["key"], "")
            html = "".join(f"<p>{x}</p> " for x in value.split("\n")).strip()
            cells.append(html if "\n" in value else value)
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def timed(label: str, source: Any, repeat: int, **kwargs: Any) -> float:
    kwargs.setdefault("as_copy", True)   # the same plan again each time: saved as a copy, not refused
    store = memory_store()
    import_template(store, source, **kwargs)           # warm-up (imports, caches)
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = import_template(store, source, **kwargs)
        times.append(time.perf_counter() - start)
    store.close()
    assert result is not None
    med = statistics.median(times)
    print(f"| {label} | {result.sections} sections, {result.tasks} tasks | {med:.3f} s "
          f"({min(times):.3f}–{max(times):.3f}) |")
    return med


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    doc = big_plan()
    body = sum(len(p) for _d, s in _walk(doc["sections"]) for p in s["paragraphs"])
    table = sum(len(v) for t in doc["appendix"]["tasks"] for v in t.values())
    text = as_text(doc)
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / "ke-hoach-30-trang.docx"
        docx.write_bytes(make.build(doc))
        print(f"plan: body {body} characters, appendix {len(doc['appendix']['tasks'])} rows / {table} "
              f"characters; .docx {docx.stat().st_size // 1024} KB, text {len(text) // 1024} KB")
        print(f"| input | found | median of {args.repeat} (min–max) |")
        print("| --- | --- | --- |")
        timed(".docx", docx, args.repeat)
        timed("text like seed 000", text, args.repeat)
        timed("text as a PDF copy (wrapped 78 cols)", make.pdf_like(text, width=78), args.repeat)
        pdf = pdf_30_pages()
        from pypdf import PdfReader

        pages = len(PdfReader(__import__("io").BytesIO(pdf)).pages)
        print(f"PDF: {pages} pages, {len(pdf) // 1024} KB")
        timed(f"PDF, {pages} pages (text layer, pypdf)", "x", args.repeat, data=pdf,
              source_name="ke-hoach-30-trang.pdf", dry_run=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
