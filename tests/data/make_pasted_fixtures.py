"""Pasted-text fixtures (issue 13, item 2): the text a person gets copying our own fixture PDFs.

Three ways of copying, each a different shape of text:

- ``plain``: ``pdftotext`` without ``-layout`` — the appendix spilled one cell per line, in the order
  the producer drew them, headings wrapped ("Hình thức tuyên" / "truyền");
- ``layout``: ``pdftotext -layout`` — the page's spacing kept, cells one space apart at worst;
- ``pypdf``: pypdf's ``extract_text()`` (what many viewers' copy gives) — like ``plain``, with two
  cells sometimes on one line.

The PDFs are those of ``make_pdf_fixtures``: our renderer's (made here) and LibreOffice's (committed
in tests/data/pdf). The texts are committed in tests/data/pasted/ with what each must import to, so a
clone without poppler still tests them. Remake them and print the figures (tasks exactly right /
flagged / wrong, per fixture and way of copying) with:

    .venv/bin/python tests/data/make_pasted_fixtures.py            # write the fixtures
    .venv/bin/python tests/data/make_pasted_fixtures.py --figures  # only the figures
    .venv/bin/python tests/data/make_pasted_fixtures.py --seeds    # the real seeds (conftest.SEEDS), printed
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "pasted"
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import make_pdf_fixtures as F  # noqa: E402

MODES = ("plain", "layout", "pypdf")
RENDERED = {"bac-kan-2024-ours": ("bac-kan-2024", "A", None),
            "song-ma-2022-ours": ("song-ma-2022", "A", None),
            "binh-dinh-2024-ours": ("binh-dinh-2024", "B", None),
            "bac-kan-2024-ours-wrap": ("bac-kan-2024", "A", "wrap")}
NAMES = (*sorted(F.LO_FIXTURES), *RENDERED)


def pdf_and_expected(name: str) -> tuple[bytes, dict[str, Any]]:
    if name in F.LO_FIXTURES:
        return F.lo_fixture(name)
    document = F.plan_document(*RENDERED[name])
    return F.render(document), F.expected(document)


def extract(pdf: bytes, mode: str) -> str | None:
    """The text of ``pdf`` copied the ``mode`` way; None when poppler is missing."""
    if mode == "pypdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return F.pdftotext(pdf, layout=mode == "layout")


def fixture(name: str, mode: str) -> tuple[str, dict[str, Any]]:
    """A committed pasted text and what it must import to."""
    text = (OUT / f"{name}.{mode}.txt").read_text(encoding="utf-8")
    want = json.loads((OUT / f"{name}.expected.json").read_text(encoding="utf-8"))
    return text, want


def flagged_numbers(raw: Any) -> set[str]:
    """The task numbers of the rows the reader flagged (guessed, merged or dropped cells)."""
    from ccpropa_desktop.reading.columns import column_key, task_number
    from ccpropa_desktop.reading.model import RawTable

    out: set[str] = set()
    for table in (b for b in raw.blocks if isinstance(b, RawTable) and b.rows):
        keys = [column_key(c.text) for c in table.rows[0]]
        n = keys.index("number") if "number" in keys else 0
        for r in table.row_notes:
            if r < len(table.rows) and n < len(table.rows[r]):
                out.add(task_number(table.rows[r][n].text) or table.rows[r][n].text)
    return out


def score(doc: dict[str, Any], raw: Any, want: dict[str, Any]) -> dict[str, int]:
    """Tasks exactly right / flagged (wrong but said so) / wrong (silently, or missing), and
    whether the body (everything but the appendix rows) is right."""
    got = F.imported_view(doc)
    flags = flagged_numbers(raw)
    from ccpropa_desktop.reading.columns import column_key

    got_keys = [column_key(x) for x in got.get("appendix", {}).get("labels", [])]
    want_keys = [column_key(x) for x in want["appendix"]["labels"]]
    same_columns = got.get("appendix", {}).get("labels") == want["appendix"]["labels"]
    rows = [dict(zip(got_keys, r, strict=True)) for r in got.get("appendix", {}).get("rows", [])]
    by_number: dict[str, dict[str | None, str]] = {}
    for r in rows:
        by_number.setdefault(r.get("number", ""), r)
    right = flagged = wrong = cells = 0
    for values in want["appendix"]["rows"]:
        row = dict(zip(want_keys, values, strict=True))
        have = by_number.get(row["number"])
        cells += sum(1 for k, v in row.items() if k != "number" and have is not None and have.get(k) == v)
        if have == row and same_columns:
            right += 1
        elif have is not None and row["number"] in flags:
            flagged += 1
        else:
            wrong += 1
    body_want = {k: v for k, v in want.items() if k != "appendix"}
    body_diff = F.differences({**doc, "appendix": {"columns": []}}, body_want)
    extra = max(0, len(rows) - len(want["appendix"]["rows"]))
    total_cells = len(want["appendix"]["rows"]) * (len(want_keys) - 1)
    return {"right": right, "flagged": flagged, "wrong": wrong, "extra": extra,
            "cells": round(100 * cells / max(1, total_cells)),
            "body_faults": len(body_diff)}


def figures(from_committed: bool = True) -> list[tuple[str, str, dict[str, int]]]:
    from ccpropa_desktop.reading.assemble import assemble
    from ccpropa_desktop.reading.read_text import read_text

    out = []
    for name in NAMES:
        for mode in MODES:
            if from_committed:
                text, want = fixture(name, mode)
            else:
                pdf, want = pdf_and_expected(name)
                text = extract(pdf, mode) or ""
            try:
                raw = read_text(text)
                out.append((name, mode, score(assemble(raw).doc, raw, want)))
            except Exception as exc:  # a figure, not a test
                n = len(want["appendix"]["rows"])
                out.append((name, mode, {"right": 0, "flagged": 0, "wrong": n, "extra": 0, "body_faults": -1,
                                         "error": str(exc)[:60]}))  # type: ignore[dict-item]
    return out


def print_figures(rows: list[tuple[str, str, dict[str, int]]]) -> None:
    print(f"{'fixture':26} {'mode':7} {'right':>5} {'flag':>5} {'wrong':>5} {'extra':>5} {'body':>5} "
          f"{'cells%':>6}")
    total = {"right": 0, "flagged": 0, "wrong": 0}
    for name, mode, s in rows:
        print(f"{name:26} {mode:7} {s['right']:5} {s['flagged']:5} {s['wrong']:5} {s['extra']:5} "
              f"{s['body_faults']:5} {s.get('cells', 0):6} {s.get('error', '')}")
        for k in total:
            total[k] += s[k]
    print(f"{'total':34} {total['right']:5} {total['flagged']:5} {total['wrong']:5}")


def seed_document(seed: Path) -> Any:
    """A real plan (a raw seed, read only) imported, made into a Sông Mã plan and printed by our
    pipeline: the document model whose PDF is then pasted back (``seed_figures``)."""
    from ccpropa_desktop.documents.plan_document import Issue, build_plan_document
    from ccpropa_desktop.services import importing, plans, unit
    from ccpropa_desktop.services.session import memory_store

    store = memory_store()
    try:
        profile = unit.unit_from_dict(json.loads((HERE / "unit_song_ma.json").read_text(encoding="utf-8")))
        unit.set_unit(store, profile)
        template = importing.import_template(store, seed, template_id=f"seed-{seed.stem[:3]}",
                                             as_copy=True).template
        plan = plans.create_plan(store, template["id"], 2024, all_tasks=True)
        return build_plan_document(plan, unit.get_unit(store), Issue(F.ISSUE[0], F.ISSUE[1]))
    finally:
        store.close()


def seed_figures(seeds: list[Path]) -> list[tuple[str, str, dict[str, int]]]:
    """Figures for the real seeds: each printed by our renderer, copied the three ways, imported."""
    from ccpropa_desktop.reading.assemble import assemble
    from ccpropa_desktop.reading.read_text import read_text

    out = []
    for seed in seeds:
        document = seed_document(seed)
        pdf, want = F.render(document), F.expected(document)
        for mode in MODES:
            raw = read_text(extract(pdf, mode) or "")
            out.append((f"seed {seed.stem[:3]}", mode, score(assemble(raw).doc, raw, want)))
    return out


def main() -> int:
    if "--seeds" in sys.argv:
        sys.path.insert(0, str(HERE.parent))
        from conftest import NO_SEEDS, SEED_FILES, SEEDS  # the seeds' one place (they may be absent)

        if not SEEDS.is_dir():
            print(f"--seeds {NO_SEEDS}", file=sys.stderr)
            return 2
        print_figures(seed_figures([SEEDS / name for name in SEED_FILES.values()]))
        return 0
    if "--figures" in sys.argv:
        print_figures(figures(from_committed="--fresh" not in sys.argv))
        return 0
    OUT.mkdir(exist_ok=True)
    for name in NAMES:
        pdf, want = pdf_and_expected(name)
        (OUT / f"{name}.expected.json").write_text(json.dumps(want, ensure_ascii=False, indent=1) + "\n",
                                                   encoding="utf-8")
        for mode in MODES:
            text = extract(pdf, mode)
            if text is None:
                raise SystemExit("needs pdftotext (apt-get install -y poppler-utils)")
            (OUT / f"{name}.{mode}.txt").write_text(text, encoding="utf-8")
        print(f"{name}: {', '.join(MODES)}")
    print_figures(figures())
    return 0


if __name__ == "__main__":
    sys.exit(main())
