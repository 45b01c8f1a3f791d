"""Start-up: process start → main window shown with its first page, next to a bare PySide6 window.

    .venv/bin/python benchmarks/startup.py [--runs 7] [--importtime]

Each run is a fresh process (offscreen Qt). The parent notes the wall clock just before spawning; the
child prints the wall clock when the event loop has run once with the window shown, then quits:
- "bare": `QApplication` + an empty `QMainWindow` (the floor, issue 5: ≈ 0.4 s here);
- "app, plans": `python -m ccpropa_desktop` on a store with the Sông Mã unit and plan (start page: plans);
- "app, first run": the same on an empty data folder (start page: the unit profile).
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

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1366, 768)
window.show()
QTimer.singleShot(0, lambda: (print(repr(time.time()), flush=True), app.quit()))
app.exec()
"""

APP = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
_exec = QApplication.exec
def _once(self=None):
    QTimer.singleShot(0, lambda: (print(repr(time.time()), flush=True), QApplication.quit()))
    return _exec()
QApplication.exec = _once
from ccpropa_desktop.__main__ import run
sys.exit(run(sys.argv[1:]))
"""


def one_run(code: str, args: list[str], env: dict[str, str]) -> float:
    start = time.time()
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                            cwd=ROOT, timeout=120)
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    return float(result.stdout.strip().splitlines()[-1]) - start


def prepare_store(folder: Path, env: dict[str, str]) -> None:
    cli = [sys.executable, "-m", "ccpropa_desktop.cli.main", "--data-dir", str(folder)]
    subprocess.run([*cli, "unit", "set", "--file", str(ROOT / "tests" / "data" / "unit_song_ma.json")],
                   check=True, capture_output=True, env=env)
    subprocess.run([*cli, "plan", "new", "--template", "song-ma-2022", "--year", "2022"], check=True,
                   capture_output=True, env=env)


def import_costs(args: list[str], env: dict[str, str], top: int = 15) -> list[tuple[int, str]]:
    """(cumulative µs, module) of the costliest imports of the app's start."""
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
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--importtime", action="store_true")
    options = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CCPROPA_DATA_DIR", None)
    with tempfile.TemporaryDirectory() as tmp:
        filled, empty = Path(tmp) / "filled", Path(tmp) / "empty"
        prepare_store(filled, env)
        cases = {"bare": (BARE, []), "app, plans": (APP, ["--data-dir", str(filled)])}
        one_run(APP, ["--data-dir", str(empty)], env)  # makes the empty store; warms the disk cache
        cases["app, first run"] = (APP, ["--data-dir", str(empty)])
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(options.runs):  # interleaved, so machine noise hits every case alike
            for name, (code, args) in cases.items():
                times[name].append(one_run(code, args, env))
        bare = statistics.median(times["bare"])
        print(f"start-up, median of {options.runs} runs (offscreen), seconds:")
        for name, values in times.items():
            median = statistics.median(values)
            print(f"  {name:15} {median:.3f}  (min {min(values):.3f}, max {max(values):.3f})"
                  f"  {median / bare:.2f} × bare")
        if options.importtime:
            print("costliest imports of the app's start (cumulative ms):")
            for micros, name in import_costs(["--data-dir", str(filled)], env):
                print(f"  {micros / 1000:7.1f}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
