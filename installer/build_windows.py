"""Build the Windows installer, in qutebrowser's order: tests → PyInstaller → smoke test → Inno Setup.

Run on 64-bit Windows 10/11 from the repository folder, in a venv with `pip install -e ".[test]"
pyinstaller` and Inno Setup 6 installed (iscc.exe on PATH or in its default folder):

    python installer/build_windows.py [--skip-tests]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "ccpropa-desktop"


def run(cmd: list[str], **kwargs) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT, **kwargs)


def smoke_test() -> None:
    """The frozen CLI builds a plan and renders it; the frozen window takes a screenshot."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "CCPROPA_DATA_DIR": tmp}
        cli = str(DIST / "ccpropa.exe")
        run([cli, "templates", "list"], env=env)
        run([cli, "unit", "set", "--file", str(ROOT / "tests" / "data" / "unit_song_ma.json")], env=env)
        run([cli, "plan", "new", "--template", "song-ma-2022", "--year", "2022"], env=env)
        run([cli, "plan", "render", "1", "--out", str(Path(tmp) / "kh.pdf")], env=env)
        run([str(DIST / "ccpropa-desktop.exe"), "--screenshot", str(Path(tmp) / "shot.png")], env=env)
        for name in ("kh.pdf", "shot.png"):
            if not (Path(tmp) / name).stat().st_size:
                sys.exit(f"smoke test: {name} is empty")


def iscc() -> str:
    found = shutil.which("iscc")
    if found:
        return found
    program_files = os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")
    default = Path(program_files) / "Inno Setup 6" / "ISCC.exe"
    if default.exists():
        return str(default)
    sys.exit("Inno Setup 6 (iscc.exe) not found")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-tests", action="store_true")
    args = parser.parse_args()
    if sys.platform != "win32":
        sys.exit("Build the Windows installer on Windows (PyInstaller does not cross-compile).")
    if not args.skip_tests:
        run([sys.executable, "-m", "pytest", "-q"])
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "installer/ccpropa-desktop.spec"])
    smoke_test()
    run([iscc(), "installer/ccpropa-desktop.iss"])
    print("installer:", next((ROOT / "dist").glob("ccpropa-desktop-*-setup.exe")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
