"""Nothing is lost: SIGKILL a child process in the middle of writes through the services.

The child builds plans and edits them in a loop, printing "committed …" (and flushing) after each
service call returns. After every kill the database must pass ``PRAGMA integrity_check`` and hold
every write the child reported as committed; each plan must be whole (one transaction).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import DATA, ROOT

from ccpropa_desktop.domain.outline import normalise_depths
from ccpropa_desktop.paths import DB_FILENAME
from ccpropa_desktop.services.templates import builtin_templates, flatten_sections

ROUNDS = 12

CHILD = r"""
import sys
from ccpropa_desktop.services import editing, plans, unit
from ccpropa_desktop.services.session import open_store

data_dir, unit_file, round_no = sys.argv[1], sys.argv[2], sys.argv[3]
store = open_store(data_dir)
unit.set_unit(store, unit.read_unit_file(unit_file))
print("committed unit", flush=True)
plan_id = plans.create_plan(store, "song-ma-2022", 2024).id
print(f"committed plan {plan_id}", flush=True)
n = 0
while True:
    n += 1
    tag = f"r{round_no}-w{n}"
    task = editing.add_task(store, plan_id, {"content": tag, "lead": "Phòng Nội vụ"})
    print(f"committed add {plan_id} {tag}", flush=True)
    editing.edit_task(store, plan_id, "1", {"note": str(n)})
    print(f"committed note {plan_id} {n}", flush=True)
    if n % 3 == 0:
        editing.restructure(store, plan_id, "tasks", task.number, "up")
        print(f"committed move {plan_id} {tag}", flush=True)
    if n % 4 == 0:
        editing.restructure(store, plan_id, "tasks", "2", "indent")
        editing.restructure(store, plan_id, "tasks", "1.1", "outdent")
        print(f"committed indent {plan_id} {n}", flush=True)
"""


def run_and_kill(script: Path, data_dir: Path, round_no: int, delay: float) -> list[str]:
    proc = subprocess.Popen(
        [sys.executable, str(script), str(data_dir), str(DATA / "unit_song_ma.json"), str(round_no)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", cwd=ROOT,
    )
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True)
    reader.start()
    time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    reader.join(timeout=10)
    stderr = proc.stderr.read()
    proc.stderr.close()
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL, f"child ended on its own: {stderr}"
    return [line.strip() for line in lines]


def check(db_path: Path, committed: list[str], sections_per_plan: int, context: str) -> None:
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok", context
        assert conn.execute("pragma foreign_key_check").fetchall() == [], context
        plan_ids = {r[0] for r in conn.execute("select id from plans")}
        # Every plan is whole, reported or not: its 17 sections and 9 template tasks came in one go.
        for pid in plan_ids:
            n_sections = conn.execute("select count(*) from sections where plan_id = ?", [pid]).fetchone()[0]
            n_template = conn.execute("select count(*) from tasks where plan_id = ? and origin is not null",
                                      [pid]).fetchone()[0]
            assert (n_sections, n_template) == (sections_per_plan, 9), f"{context}: plan {pid} partial"
            rows = conn.execute("select position, depth from tasks where plan_id = ? order by position",
                                [pid]).fetchall()
            assert [r[0] for r in rows] == list(range(len(rows))), f"{context}: plan {pid} positions"
            depths = [r[1] for r in rows]
            assert normalise_depths(depths) == depths, f"{context}: plan {pid} depths"
        last_note: dict[int, int] = {}
        for line in committed:
            kind, *args = line.split()[1:]
            if kind == "plan":
                assert int(args[0]) in plan_ids, f"{context}: {line}"
            elif kind == "add":
                found = conn.execute("select count(*) from tasks where plan_id = ? and content = ?",
                                     [int(args[0]), args[1]]).fetchone()[0]
                assert found == 1, f"{context}: {line} lost"
            elif kind == "note":
                last_note[int(args[0])] = int(args[1])
            elif kind == "unit":
                assert conn.execute("select place from unit").fetchone()[0] == "Sông Mã", context
        for pid, n in last_note.items():
            note = conn.execute("select note from tasks where plan_id = ? order by position limit 1",
                                [pid]).fetchone()[0]
            # The last reported edit, or a later one that committed before the kill.
            assert int(note) >= n, f"{context}: plan {pid} note {note} < reported {n}"
    finally:
        conn.close()


@pytest.mark.slow
def test_sigkill_during_writes_loses_nothing(tmp_path, data_dir):
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    sections_per_plan = len(flatten_sections(builtin_templates()["song-ma-2022"]["sections"]))
    committed: list[str] = []
    writes_seen = 0
    for round_no in range(ROUNDS):
        # Mostly in the middle of the edit loop; now and then during start-up or plan creation.
        delay = rng.uniform(0.15, 0.5) if round_no % 4 == 3 else rng.uniform(0.5, 1.2)
        lines = run_and_kill(script, data_dir, round_no, delay)
        reported = [line for line in lines if line.startswith("committed ")]
        writes_seen += sum(1 for line in reported if line.split()[1] in ("add", "note"))
        committed += reported
        check(data_dir / DB_FILENAME, committed, sections_per_plan,
              f"seed {seed}, round {round_no}, delay {delay:.2f}s")
    assert writes_seen >= 20, f"the child barely wrote anything (seed {seed})"
