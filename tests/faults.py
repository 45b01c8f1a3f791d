"""Breaking a store on purpose, for the fault tests (tests/store/test_faults.py, tests/cli/test_faults_cli.py,
tests/ui/test_recovery.py): a garbage file, a truncated one, one page overwritten, a store of a newer
version, an index that no longer matches its table; a full disk and a read-only folder (a tiny tmpfs and
a read-only bind mount: root here and in CI; skipped with the reason otherwise, and the full disk is also
covered without root by a child process under RLIMIT_FSIZE); and what a folder holds, to show that
nothing was half-written."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import DATA

from ccpropa_desktop.paths import DB_FILENAME

PAGE = 4096


def make_store(folder: Path, plans: tuple[str, ...] = ("song-ma-2022", "bac-kan-2024")) -> dict[str, object]:
    """A store with the Sông Mã unit and a plan per template, checkpointed into the main file (no -wal),
    and one manual backup; returns what it holds."""
    from ccpropa_desktop.services import backups, unit
    from ccpropa_desktop.services import plans as plan_service
    from ccpropa_desktop.services.session import open_store

    store = open_store(folder)
    try:
        unit.set_unit(store, unit.read_unit_file(DATA / "unit_song_ma.json"))
        ids = [plan_service.create_plan(store, template, 2024).id for template in plans]
        backup = backups.create_backup(store)
        tasks = store.db.execute("select count(*) from tasks").fetchone()[0]
    finally:
        store.close()
    return {"plans": ids, "tasks": tasks, "backup": backup.name}


def store_file(folder: Path) -> Path:
    return folder / DB_FILENAME


def garbage(folder: Path) -> None:
    store_file(folder).write_bytes(os.urandom(64 * 1024))


def truncate(folder: Path) -> None:
    path = store_file(folder)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def pages_of(folder: Path, table: str, kind: str = "leaf") -> list[int]:
    with contextlib.closing(sqlite3.connect(store_file(folder))) as conn:
        return [r[0] for r in conn.execute("select pageno from dbstat where name = ? and pagetype = ? "
                                           "order by pageno", [table, kind])]


def overwrite_page(folder: Path, table: str = "tasks") -> int:
    """Overwrite one leaf page of ``table`` with noise; returns its number."""
    pages = pages_of(folder, table)
    page = pages[len(pages) // 2]
    with store_file(folder).open("r+b") as handle:
        handle.seek((page - 1) * PAGE)
        handle.write(os.urandom(PAGE))
    return page


def swap_indexes(folder: Path) -> None:
    """Two indexes of the same shape swap their b-trees: every page is sound (quick_check passes) but
    the indexes no longer match their tables (integrity_check fails)."""
    with contextlib.closing(sqlite3.connect(store_file(folder))) as conn:
        roots = dict(conn.execute("select name, rootpage from sqlite_master where name in "
                                  "('idx_tasks_plan_id_position', 'idx_sections_plan_id_position')"))
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("update sqlite_master set rootpage = ? where name = 'idx_tasks_plan_id_position'",
                     [roots["idx_sections_plan_id_position"]])
        conn.execute("update sqlite_master set rootpage = ? where name = 'idx_sections_plan_id_position'",
                     [roots["idx_tasks_plan_id_position"]])
        conn.commit()
    with contextlib.closing(sqlite3.connect(store_file(folder))) as conn:
        assert conn.execute("pragma quick_check").fetchone()[0] == "ok"
        assert conn.execute("pragma integrity_check").fetchone()[0] != "ok"


def make_newer(folder: Path, version: str = "9.1.0") -> None:
    """A store written by a later version: one migration this code does not know, and its version."""
    with contextlib.closing(sqlite3.connect(store_file(folder))) as conn:
        conn.execute("insert into _sqlite_migrations (migration_set, name, applied_at) "
                     "values ('ccpropa', 'm099_from_the_future', '2031-01-01')")
        conn.execute("create table future_things (id integer primary key, what text)")
        conn.execute("insert into settings (key, value) values ('store.app_version', ?) on conflict(key) do "
                     "update set value = excluded.value", [f'"{version}"'])
        conn.commit()


def files_in(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (relative path → sha256): what a command wrote, renamed or left."""
    out = {}
    if not folder.exists():
        return out
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            out[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def temp_debris(folder: Path) -> list[str]:
    """Half-written leftovers: temp files, and -wal/-shm/-journal files in backups/."""
    found = []
    for path in folder.rglob("*"):
        name = path.name
        if ".tmp" in name or (path.parent.name == "backups" and name.endswith(("-wal", "-shm", "-journal"))):
            found.append(str(path.relative_to(folder)))
    return sorted(found)


def backups_state(folder: Path) -> dict[str, str]:
    """Each backup → "ok" or what `integrity_check` says (read immutable: nothing written beside them)."""
    out = {}
    for path in sorted((folder / "backups").glob("ccpropa-*.sqlite3")):
        with contextlib.closing(sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1",
                                                uri=True)) as conn:
            try:
                out[path.name] = conn.execute("pragma integrity_check").fetchone()[0]
            except sqlite3.DatabaseError as exc:
                out[path.name] = str(exc)
    return out


def plan_count_of(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)) as c:
        return c.execute("select count(*) from plans").fetchone()[0]


def integrity(path: Path) -> str:
    """``PRAGMA integrity_check`` of the store as SQLite's next open will see it: the file with its
    write-ahead log and hot journal, read from a copy so that the recovery leaves the original as it is.
    (The file alone is not the store: a process killed mid-checkpoint leaves pages in the main file that
    only the log makes whole.)"""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / path.name
        for suffix in ("", "-wal", "-journal"):
            source = Path(f"{path}{suffix}")
            if source.is_file():
                shutil.copyfile(source, f"{copy}{suffix}")
        with contextlib.closing(sqlite3.connect(copy)) as c:
            try:
                return c.execute("pragma integrity_check").fetchone()[0]
            except sqlite3.DatabaseError as exc:
                return str(exc)


# -- mounts (root) ----------------------------------------------------------------------------------
def _mount(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["mount", *args], capture_output=True, text=True, timeout=30)


def can_mount() -> str | None:
    """None when this process may mount (root with CAP_SYS_ADMIN), else why not."""
    if os.geteuid() != 0:
        return "needs root to mount a tiny tmpfs / a read-only bind mount"
    if shutil.which("mount") is None:
        return "no mount command"
    return None


@contextlib.contextmanager
def tiny_disk(base: Path, size_kb: int = 4096, inodes: int | None = None) -> Iterator[Path]:
    """A tmpfs of ``size_kb`` (and ``inodes``) mounted under ``base``; unmounted afterwards."""
    why = can_mount()
    if why:
        pytest.skip(why)
    point = base / f"disk-{uuid.uuid4().hex[:8]}"
    point.mkdir(parents=True)
    options = f"size={size_kb}k" + (f",nr_inodes={inodes}" if inodes else "")
    result = _mount("-t", "tmpfs", "-o", options, "tmpfs", str(point))
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    try:
        yield point
    finally:
        _mount_cleanup(point)


def _mount_cleanup(point: Path) -> None:
    subprocess.run(["umount", "-l", str(point)], capture_output=True, timeout=30)


def fill(disk: Path) -> None:
    """Fill the file system holding ``disk`` to the last byte."""
    fd = os.open(disk / "filler.bin", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        for size in (1 << 20, 1 << 16, 1 << 12, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * size)
    finally:
        os.close(fd)


def use_all_inodes(disk: Path) -> int:
    n = 0
    with contextlib.suppress(OSError):
        while True:
            (disk / f"i{n}").touch()
            n += 1
    return n


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """``folder`` made read-only by a read-only bind mount over itself (root ignores file modes)."""
    why = can_mount()
    if why:
        pytest.skip(why)
    result = _mount("--bind", str(folder), str(folder))
    if result.returncode != 0:
        pytest.skip(f"cannot bind-mount here: {result.stderr.strip()}")
    try:
        result = _mount("-o", "remount,bind,ro", str(folder))
        if result.returncode != 0:
            pytest.skip(f"cannot remount read-only here: {result.stderr.strip()}")
        assert not os.access(folder, os.W_OK)
        yield folder
    finally:
        _mount_cleanup(folder)
