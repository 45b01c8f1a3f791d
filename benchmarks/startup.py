"""Start-up: process start → the main window's first page painted with its data, next to a bare
PySide6 window.

    .venv/bin/python benchmarks/startup.py [--runs 21] [--importtime]

Each run is a fresh process (offscreen Qt). The parent notes the wall clock just before spawning. The
child watches the paints of the main window and of what holds the first page's data (event filters on
those alone: a filter on the whole application would slow the app, with its dozens of widgets, far
more than the bare window; see `Painted`); once a paint draws the first page holding its data, a zero
timer fires after that paint pass and notes the wall clock. The child then waits for
the deferred part of the start (the store's full open, ui/app.py), notes the clock again, and quits:
- "bare": `QApplication` + an empty `QMainWindow`, timed to the end of its first paint (the floor);
- "app, plans": `python -m ccpropa_desktop` on a store with the Sông Mã unit and plan, timed to the
  paint of the plans table holding that plan's row (the child pauses the garbage collector before it
  imports PySide for the watch, as `ccpropa_desktop.__main__.run` and the frozen exe do first);
- "app, first run": the same on an empty data folder (start page: the unit profile; the warm-up run
  has made its store, so this is the start before a profile is saved);
- "same widgets": the plans page's widgets (navigation, title, buttons, a table with the row, menu and
  status bars) built by hand with PySide alone: what any app showing that page pays, whatever its
  code; "app, plans" less this is the app's own cost.
A zero timer without the paint would fire before the first paint: the event loop runs timers before
a window's first update, so it would time less than the officer sees.
Bytecode is cached in a temporary folder (PYTHONPYCACHEPREFIX, a warm-up run of each case fills it),
as an installed copy has it (pip and PyInstaller compile it); with PYTHONDONTWRITEBYTECODE every run
would compile the app's sources again, a cost no officer pays.
The goal is app ≤ 1.3 × bare (median). `--importtime` adds the costliest imports (python -X importtime).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PAINTED = '''
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
WINDOWS = []  # every main window shown, noted by QMainWindow.show below
_show = QMainWindow.show
def _shown(self):
    WINDOWS.append(self)
    return _show(self)
QMainWindow.show = _shown
class Painted(QObject):
    """Prints the wall clock when the first paint pass that drew `target()` (None until the page holds
    its data) had drawn it, and again once `settled()`; then quits.
    It watches the main windows and, once it exists, the target, never every widget: a Python filter on
    the whole application sees every event of every widget, which costs a window of dozens of widgets
    far more than a bare one. For the same reason it finds them through Python's references, never
    Qt's (`topLevelWidgets`, `findChild`): each widget Qt hands to Python must be given its Python
    type, and PySide then builds the types, and their enums, of most of QtWidgets (≈ 10 ms)."""
    def __init__(self, target, settled):
        super().__init__()
        self.target, self.settled, self.painted, self.reported = target, settled, None, False
        self.watched = set()
        for window in WINDOWS:
            self.watch(window)
        self.poll = QTimer(self, interval=2, timeout=self.look)
        self.poll.start()
    def watch(self, widget):
        if id(widget) not in self.watched:
            self.watched.add(id(widget))
            widget.installEventFilter(self)
    def look(self):
        target = self.target()
        if target is not None:
            self.watch(target)  # before its paint: children are painted after their window
            self.poll.stop()
        return target
    def eventFilter(self, obj, event):
        if self.reported or event.type() != QEvent.Type.Paint:
            return False
        target = self.look()
        if obj is not target:
            return False
        obj.event(event)  # paint it here, to note the clock once it is drawn
        if self.painted is None:
            QTimer.singleShot(0, self.report)  # runs after this paint pass
        self.painted = time.time()
        return True
    def report(self):
        self.reported = True
        if not self.settled():
            QTimer.singleShot(2, self.report)
            return
        print(repr(self.painted), repr(time.time()), flush=True)
        QApplication.quit()
def watch(target, settled):
    painted = Painted(target, settled)
    QTimer.singleShot(20000, lambda: (print("never painted", flush=True), QApplication.exit(3)))
    return painted
'''

BARE = PAINTED + '''
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1366, 768)
window.show()
painted = watch(lambda: window, lambda: True)
app.exec()
'''

SHELL = PAINTED + '''
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QPushButton, QStackedWidget, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.menuBar().addMenu("&Tệp")
window.menuBar().addMenu("Trợ &giúp")
nav = QListWidget()
nav.setFixedWidth(200)
nav.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px 10px; }")
for text in ("Hồ sơ đơn vị", "Kế hoạch mẫu", "Kế hoạch", "Soạn kế hoạch", "Ban hành và in",
             "Theo dõi thực hiện", "Báo cáo", "Tổng hợp đơn vị", "Cài đặt"):
    nav.addItem(text)
page = QWidget()
column = QVBoxLayout(page)
column.addWidget(QLabel("<h2>Kế hoạch của đơn vị</h2>"))
buttons = QHBoxLayout()
for text in ("Lập kế hoạch mới…", "Mở để soạn", "Lập kế hoạch năm sau…", "Nhân bản", "Xóa…", "Thùng rác…"):
    buttons.addWidget(QPushButton(text))
column.addLayout(buttons)
table = QTableWidget(1, 5)
table.setHorizontalHeaderLabels(["Mã", "Năm", "Trích yếu", "Nhiệm vụ", "Trạng thái"])
for c, text in enumerate(["1", "2022", "Tuyên truyền công tác cải cách hành chính huyện Sông Mã năm 2022",
                          "9", "Dự thảo"]):
    table.setItem(0, c, QTableWidgetItem(text))
table.verticalHeader().hide()
column.addWidget(table, 1)
stack = QStackedWidget()
stack.addWidget(page)
body = QWidget()
row = QHBoxLayout(body)
row.addWidget(nav)
row.addWidget(stack, 1)
window.setCentralWidget(body)
window.statusBar().addPermanentWidget(QLabel("Dữ liệu: ~/ccpropa-desktop"))
window.resize(1366, 768)
window.show()
painted = watch(lambda: table.viewport(), lambda: True)
app.exec()
'''

APP = '''
from ccpropa_desktop.ui.startup import pause_collection
pause_collection()  # what `run()` does first, before PySide is imported
''' + PAINTED + '''
PAGE, ROWS = sys.argv.pop(1), int(sys.argv.pop(1))
def target():
    """What holds the start page's data: for the plans, the table's viewport once it has ROWS rows;
    else the page. None until then."""
    page = WINDOWS[-1].pages.get(PAGE) if WINDOWS else None
    if page is None or not page.isVisible():
        return None
    if PAGE != "plans":
        return page
    return page.table.viewport() if page.table.rowCount() == ROWS else None
def settled():
    """The store opened in full (the deferred part of the start), or no main window up."""
    return all(w.ctx.store_open for w in WINDOWS if w.isVisible() and hasattr(w, "ctx")
               and hasattr(w.ctx, "store_open"))  # (a version without the deferred open)
_exec = QApplication.exec
def _once(self=None):
    global painted
    painted = watch(target, settled)
    return _exec()
QApplication.exec = _once
from ccpropa_desktop.__main__ import run
sys.exit(run(sys.argv[1:]))
'''


def one_run(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds to the first page painted with its data, seconds to the deferred start done)."""
    start = time.time()
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                            cwd=ROOT, timeout=120)
    if result.returncode != 0:
        raise RuntimeError(result.stdout + result.stderr)
    painted, settled = (float(x) for x in result.stdout.strip().splitlines()[-1].split())
    return painted - start, settled - start


def prepare_store(folder: Path, env: dict[str, str]) -> None:
    cli = [sys.executable, "-m", "ccpropa_desktop.cli.main", "--data-dir", str(folder)]
    subprocess.run([*cli, "unit", "set", "--file", str(ROOT / "tests" / "data" / "unit_song_ma.json")],
                   check=True, capture_output=True, env=env)
    subprocess.run([*cli, "plan", "new", "--template", "song-ma-2022", "--year", "2022"], check=True,
                   capture_output=True, env=env)


def import_costs(args: list[str], env: dict[str, str], top: int = 15) -> list[tuple[int, str]]:
    """(cumulative µs, module) of the costliest imports of the app's start, deferred ones included."""
    result = subprocess.run([sys.executable, "-X", "importtime", "-c", APP, *args], capture_output=True,
                            text=True, env=env, cwd=ROOT, timeout=120)
    rows: list[tuple[int, str]] = []
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _self, cumulative, name = (part.strip() for part in line[len("import time:"):].split("|"))
        rows.append((int(cumulative), name))
    return sorted(rows, reverse=True)[:top]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=21)  # fewer: the bare window alone spreads ± 40 %
    parser.add_argument("--importtime", action="store_true")
    options = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CCPROPA_DATA_DIR", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as tmp:
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        filled, empty = Path(tmp) / "filled", Path(tmp) / "empty"
        prepare_store(filled, env)
        plans = ["plans", "1", "--data-dir", str(filled)]
        first_run = ["unit", "0", "--data-dir", str(empty)]
        cases = {"bare": (BARE, []), "same widgets": (SHELL, []), "app, plans": (APP, plans),
                 "app, first run": (APP, first_run)}
        for code, args in cases.values():  # makes the empty store; fills the bytecode and disk caches
            one_run(code, args, env)
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in cases}
        for _ in range(options.runs):  # interleaved, so machine noise hits every case alike
            for name, (code, args) in cases.items():
                times[name].append(one_run(code, args, env))
        bare = statistics.median(painted for painted, _settled in times["bare"])
        print(f"start-up to the first page painted with its data, median of {options.runs} runs "
              "(offscreen), seconds:")
        for name, values in times.items():
            painted = [p for p, _s in values]
            median = statistics.median(painted)
            settled = statistics.median(s for _p, s in values)
            print(f"  {name:15} {median:.3f}  (min {min(painted):.3f}, max {max(painted):.3f})"
                  f"  {median / bare:.2f} × bare"
                  + (f"; store opened in full at {settled:.3f}" if name != "bare" else ""))
        if options.importtime:
            print("costliest imports of the app's start, the deferred open included (cumulative ms):")
            for micros, name in import_costs(plans, env):
                print(f"  {micros / 1000:7.1f}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
