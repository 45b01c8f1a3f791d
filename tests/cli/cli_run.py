"""Running `ccpropa` in tests, shared by every CLI test module: in-process through `main` (exit code,
stdout and stderr as the user sees them), or as the real installed executable in a child process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from conftest import ROOT

from ccpropa_desktop.cli.main import main

CCPROPA = Path(sys.executable).with_name("ccpropa")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """`ccpropa ARGV` in this process: (exit code, stdout, stderr); argparse's own exits count too."""
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def run_ok(capsys, *argv: str) -> str:
    """stdout of a command that must succeed silently on stderr."""
    code, out, err = run(capsys, *argv)
    assert (code, err) == (0, ""), err
    return out


def run_json(capsys, *argv: str) -> Any:
    return json.loads(run_ok(capsys, *argv, "--json"))


def spawn(*argv: str, env_dir: Path, exe: list[str] | None = None, timeout: float = 60
          ) -> subprocess.CompletedProcess:
    """The real executable (or `exe`) on data folder `env_dir`, UTF-8 output captured."""
    env = dict(os.environ, CCPROPA_DATA_DIR=str(env_dir), PYTHONIOENCODING="utf-8")
    return subprocess.run([*(exe or [str(CCPROPA)]), *argv], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=ROOT, timeout=timeout)
