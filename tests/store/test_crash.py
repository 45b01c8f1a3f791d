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


def kill_after(args: list[str], delay: float, once: str = "") -> list[str]:
    """Run a child (`python args…`), SIGKILL it `delay` seconds after it printed a line starting with
    `once` (after its start when `once` is empty); the lines it printed. Waiting for a line, not for
    a time from the start, keeps the kills in the middle of the writes on a slow or loaded machine."""
    proc = subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, encoding="utf-8", cwd=ROOT)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True)
    reader.start()
    waited = time.monotonic() + 60
    while once and not any(line.startswith(once) for line in lines) and time.monotonic() < waited:
        if proc.poll() is not None:
            break
        time.sleep(0.01)
    time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    reader.join(timeout=10)
    stderr = proc.stderr.read()
    proc.stderr.close()
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL, f"child ended on its own: {stderr}"
    return [line.strip() for line in lines]


def run_and_kill(script: Path, data_dir: Path, round_no: int, delay: float, once: str = "") -> list[str]:
    return kill_after([str(script), str(data_dir), str(DATA / "unit_song_ma.json"), str(round_no)], delay,
                      once)


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
        if round_no % 4 == 3:
            lines = run_and_kill(script, data_dir, round_no, rng.uniform(0.15, 0.5))
        else:
            delay = rng.uniform(0.1, 0.6)
            lines = run_and_kill(script, data_dir, round_no, delay, once="committed add")
        reported = [line for line in lines if line.startswith("committed ")]
        writes_seen += sum(1 for line in reported if line.split()[1] in ("add", "note"))
        committed += reported
        check(data_dir / DB_FILENAME, committed, sections_per_plan,
              f"seed {seed}, round {round_no}")
    assert writes_seen >= 20, f"the child barely wrote anything (seed {seed})"


# -- kills during a backup and a restore --------------------------------------------------------------
BACKUP_CHILD = r"""
import random, sys
from ccpropa_desktop.services import backups, plans
from ccpropa_desktop.services.session import open_store

data_dir, round_no = sys.argv[1], int(sys.argv[2])
rng = random.Random(round_no)


def pick():  # any backup but the first daily one, made before the unit profile was set
    return rng.choice([b.name for b in backups.list_backups(data_dir) if "daily" not in b.name])


if sys.argv[3] == "restore-first":  # the store was damaged: put a backup back first (the swap path)
    name = pick()
    backups.restore_backup(data_dir, name)
    print(f"committed restore {name}", flush=True)
while True:
    store = open_store(data_dir, daily_backup=False)
    try:
        if rng.random() < 0.5:
            plans.create_plan(store, "song-ma-2022", 2024)
        count = len(plans.list_plans(store))
        path = backups.create_backup(store)
    finally:
        store.close()
    print(f"committed backup {path.name} {count}", flush=True)
    name = pick()
    backups.restore_backup(data_dir, name)
    print(f"committed restore {name}", flush=True)
"""


def run_backup_child(script: Path, data_dir: Path, round_no: int, mode: str, delay: float) -> list[str]:
    lines = kill_after([str(script), str(data_dir), str(round_no), mode], delay)
    return [line for line in lines if line.startswith("committed ")]


@pytest.mark.slow
def test_sigkill_during_backups_and_restores_leaves_a_whole_store_and_whole_backups(tmp_path, data_dir):
    from faults import (
        backups_state,
        integrity,
        make_store,
        overwrite_page,
        plan_count_of,
        temp_debris,
    )

    from ccpropa_desktop.services.session import open_store

    script = tmp_path / "backup_child.py"
    script.write_text(BACKUP_CHILD, encoding="utf-8")
    make_store(data_dir)
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    counts: dict[str, int] = {}  # backup → the plans it holds, as the child reported it
    actions = 0
    for round_no in range(10):
        damaged = round_no % 4 == 1
        broken = b""
        if damaged:
            overwrite_page(data_dir, "tasks")
            broken = (data_dir / DB_FILENAME).read_bytes()
        delay = rng.uniform(0.4, 1.6)
        lines = run_backup_child(script, data_dir, round_no, "restore-first" if damaged else "loop", delay)
        context = f"seed {seed}, round {round_no}, delay {delay:.2f}s, {lines[-1:] or 'nothing committed'}"
        actions += len(lines)
        for line in lines:
            if line.startswith("committed backup"):
                _, _, name, count = line.split()
                counts[name] = int(count)
        # Every backup is whole, and holds what the child said it held.
        states = backups_state(data_dir)
        assert set(states.values()) == {"ok"}, f"{context}: {states}"
        for name, count in counts.items():
            assert plan_count_of(data_dir / "backups" / name) == count, f"{context}: {name}"
        # The store is whole; or, killed before a restore over a damaged store replaced it, untouched.
        store_path = data_dir / DB_FILENAME
        assert store_path.is_file(), context
        if integrity(store_path) != "ok":
            assert damaged and store_path.read_bytes() == broken, context
            for kept in (data_dir / "hong").glob("ccpropa-*.sqlite3"):
                assert kept.read_bytes() in (broken, b"") or integrity(kept) != "ok", context
            name = next(iter(counts), None) or next(n for n in sorted(states) if "daily" not in n)
            from ccpropa_desktop.services import backups

            backups.restore_backup(data_dir, name)  # what the officer does next
        # The next open sweeps what the killed process left half-written.
        open_store(data_dir, daily_backup=False).close()
        assert temp_debris(data_dir) == [], context
    assert actions >= 10, f"the child barely did anything (seed {seed})"
