"""Self-test: does this installation work? (`ccpropa selftest`, `ccpropa-desktop --selftest`)

Run after an install, in the frozen bundle and in CI. Everything happens in a temporary data
folder, so the officer's own store is never opened. Each check is one line; the caller prints them
and exits 1 if any failed.
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ccpropa_desktop import __version__, paths
from ccpropa_desktop.documents.pdf_checks import pdf_font_problems
from ccpropa_desktop.errors import UserError

SAMPLE_UNIT = ("resources", "samples", "unit-song-ma.json")
REQUIRED = [("resources", "templates"), ("resources", "mappings", "default.json"),
            ("resources", "mappings", "proposal.json"), ("resources", "reports", "channels.json"),
            ("resources", "fonts", "LiberationSerif-Regular.ttf"), SAMPLE_UNIT,
            ("resources", "icons", "ccpropa.png"), ("resources", "documents", "decision.json"),
            ("resources", "guide", "vi", "index.html"), ("resources", "guide", "en", "index.html"),
            ("translations", "ccpropa_en.qm"), ("translations", "qtbase_vi.qm")]


@dataclass
class Check:
    name: str
    ok: bool
    detail: str = ""
    seconds: float = 0.0

    def line(self) -> str:
        mark = "OK  " if self.ok else "LỖI "
        detail = f": {self.detail}" if self.detail else ""
        return f"{mark} {self.name}{detail} ({self.seconds:.2f} s)"


def run_check(name: str, step: Callable[[], str | None]) -> Check:
    """One check: its detail on success, the failure's message (never a traceback) otherwise."""
    start = time.perf_counter()
    try:
        detail = step() or ""
        ok = True
    except UserError as exc:
        ok, detail = False, exc.message
    except Exception as exc:  # a self-test reports every failure instead of stopping at the first
        ok, detail = False, f"{type(exc).__name__}: {exc}"
    return Check(name, ok, detail, time.perf_counter() - start)


def _check_docx(data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml") + archive.read("word/styles.xml")
    if b"Times New Roman" not in xml:
        raise ValueError("DOCX không dùng phông Times New Roman")


def resource_checks() -> Iterator[Check]:
    layout, root = paths.bundle_root()
    yield Check(f"ccpropa-desktop {__version__}, Python {sys.version.split()[0]}", True,
                f"tài nguyên ({layout}): {root}")
    missing = [str(Path(*parts)) for parts in REQUIRED if not paths.resource_path(*parts).exists()]
    yield Check("tài nguyên đi kèm", not missing,
                ("thiếu: " + ", ".join(missing)) if missing else f"{len(REQUIRED)} mục")


def store_checks(folder: Path) -> Iterator[Check]:
    """Open a store in `folder`, build and render a plan from every built-in template."""
    from ccpropa_desktop.services import templates, unit
    from ccpropa_desktop.services.session import open_store

    store = open_store(folder, daily_backup=False)
    try:
        def set_unit() -> str:
            profile = unit.read_unit_file(paths.resource_path(*SAMPLE_UNIT))
            unit.set_unit(store, profile)
            return profile.short_name

        yield run_check("mở kho dữ liệu tạm và ghi hồ sơ đơn vị", set_unit)
        for template_id, doc in sorted(templates.builtin_templates().items()):
            yield from _plan_checks(store, template_id, int(doc.get("year") or 2024))
    finally:
        store.close()


def _plan_checks(store: Any, template_id: str, year: int) -> Iterator[Check]:
    """A plan with every task of the template, then its draft as PDF (fonts embedded) and DOCX."""
    from ccpropa_desktop.services import plans, render

    created: list[int] = []

    def build() -> str:
        plan = plans.create_plan(store, template_id, year, all_tasks=True)
        created.append(plan.id)
        return f"kế hoạch {plan.id}, {len(plan.tasks)} nhiệm vụ"

    yield run_check(f"lập kế hoạch từ mẫu {template_id}", build)
    if not created:
        return

    printed: list[bytes] = []

    def pdf() -> str:
        data = render.render_plan(store, created[0], "pdf", draft=True)
        problems = pdf_font_problems(data)
        if problems:
            raise ValueError("; ".join(problems))
        printed.append(data)
        return f"{len(data) // 1024} KB, phông đã nhúng"

    def read_back() -> str:  # the PDF import (issue 13): its library is in the bundle and reads our PDF
        from ccpropa_desktop.services import importing

        result = importing.import_template(store, "x", data=printed[0], source_name="tu-kiem-tra.pdf",
                                           dry_run=True)
        wanted = len(plans.get_plan(store, created[0]).tasks)
        if result.tasks != wanted:
            raise ValueError(f"đọc lại được {result.tasks}/{wanted} nhiệm vụ")
        return f"{result.sections} mục, {result.tasks} nhiệm vụ"

    def docx() -> str:
        data = render.render_plan(store, created[0], "docx", draft=True)
        _check_docx(data)
        return f"{len(data) // 1024} KB"

    yield run_check(f"in PDF kế hoạch {template_id}", pdf)
    if printed:
        yield run_check(f"đọc lại PDF kế hoạch {template_id}", read_back)
    yield run_check(f"xuất DOCX kế hoạch {template_id}", docx)


def run_checks(extra: Callable[[Path], Iterator[Check]] | None = None) -> list[Check]:
    """Every check, in a temporary data folder that is removed afterwards.

    `extra` adds checks that need the prepared folder (the window's pages, in the GUI variant)."""
    checks = list(resource_checks())
    with tempfile.TemporaryDirectory(prefix="ccpropa-selftest-") as tmp:
        folder = Path(tmp) / "data"
        checks += list(store_checks(folder))
        if extra is not None:
            checks += list(extra(folder))
    return checks


def report(checks: list[Check]) -> tuple[str, int]:
    """The text to print and the exit code: 0 when every check passed, else 1."""
    failed = [c for c in checks if not c.ok]
    lines = [c.line() for c in checks]
    if failed:
        lines.append(f"Tự kiểm tra: {len(failed)}/{len(checks)} mục LỖI.")
    else:
        lines.append(f"Tự kiểm tra: cả {len(checks)} mục đều đạt.")
    return "\n".join(lines) + "\n", 1 if failed else 0
