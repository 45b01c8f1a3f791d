"""Printing a 300-task plan (issue 12, item 5): the time to the first page reaching the printer, the
whole job, and how long the window stops answering meanwhile. Prints figures; not a test.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/print_plan.py [--dpi 300]

The printer is Qt's PDF printer at 1200 dpi (pages painted at PRINT_DPI, as on an office laser
printer). "Stall" is the longest gap between two ticks of a 5 ms timer on the UI thread while the
job runs: what the officer feels as a frozen window. The baseline is the same job painted on the UI
thread, as before this change, in the same run.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CCPROPA_BUNDLED_FONT", "1")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from render import ISSUE, setup_store, synthetic_plan  # noqa: E402

from ccpropa_desktop.documents.plan_document import build_plan_document  # noqa: E402
from ccpropa_desktop.services import plans, unit  # noqa: E402
from ccpropa_desktop.services.render import render_bytes  # noqa: E402
from ccpropa_desktop.ui import printing  # noqa: E402


def pdf_printer(out: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    return printer


class StallMeter:
    """The longest gap between ticks of a 5 ms timer on the UI thread."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.longest = 0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        self.longest = max(self.longest, self.clock.restart())

    def stop(self) -> float:
        self.timer.stop()
        self._tick()
        return self.longest / 1000


def in_background(data: bytes, pages: int, out: Path, dpi: int) -> tuple[float, float, float]:
    meter = StallMeter()
    loop = QEventLoop()
    first: list[float] = []
    job = printing.PrintJob(data, pdf_printer(out), pages)
    job.progress.connect(lambda done, _total: first.append(time.perf_counter()) if done == 1 else None)
    job.finished.connect(lambda _outcome: loop.quit())
    job.failed.connect(lambda exc: (print("failed:", exc), loop.quit()))
    start = time.perf_counter()
    meter.start()
    job.start()
    loop.exec()
    total = time.perf_counter() - start
    return first[0] - start, total, meter.stop()


def on_ui_thread(data: bytes, out: Path, dpi: int) -> tuple[float, float, float]:
    first: list[float] = []
    start = time.perf_counter()
    printing.paint_pdf(data, pdf_printer(out), lambda done, _t: first.append(time.perf_counter())
                       if done == 1 else None, dpi_cap=dpi)
    total = time.perf_counter() - start
    return first[0] - start, total, total  # nothing else runs on the UI thread meanwhile


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dpi", type=int, default=printing.PRINT_DPI)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = setup_store(folder / "data")
        try:
            pid = synthetic_plan(store, 300)
            document = build_plan_document(plans.get_plan(store, pid), unit.get_unit(store), ISSUE)
            data = render_bytes(document, "pdf")
        finally:
            store.close()
        pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
        print(f"300-task plan: {pages} pages, painted at {args.dpi} dpi on Qt's PDF printer")
        first, total, stall = on_ui_thread(data, folder / "before.pdf", args.dpi)
        print(f"  before (UI thread)   first page {first:6.2f} s   whole job {total:6.2f} s   "
              f"window frozen {stall:6.2f} s")
        first, total, stall = in_background(data, pages, folder / "after.pdf", args.dpi)
        print(f"  now (worker thread)  first page {first:6.2f} s   whole job {total:6.2f} s   "
              f"longest stall {stall * 1000:5.0f} ms")
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
