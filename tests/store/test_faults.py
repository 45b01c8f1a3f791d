"""A damaged, full, read-only or newer store (issue 14), at the store and service level: what opens,
what is refused and with which message, that nothing is half-written, and what the backups hold.

The CLI side is tests/cli/test_faults_cli.py, the window's tests/ui/test_recovery.py; the breakage
itself is tests/faults.py."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from faults import (
    backups_state,
    files_in,
    fill,
    garbage,
    integrity,
    make_newer,
    make_store,
    overwrite_page,
    read_only,
    store_file,
    swap_indexes,
    temp_debris,
    tiny_disk,
    truncate,
    use_all_inodes,
)

from ccpropa_desktop import __version__
from ccpropa_desktop.errors import StoreUnavailable, UserError
from ccpropa_desktop.services import backups, editing, plans, unit
from ccpropa_desktop.services.render import render_plan
from ccpropa_desktop.services.session import open_store
from ccpropa_desktop.store import database, files
from ccpropa_desktop.store.migrations import migrations

DAMAGE = {"garbage": garbage, "truncated": truncate, "page": overwrite_page}


def plan_count(folder: Path) -> int:
    store = open_store(folder, daily_backup=False)
    try:
        return len(plans.list_plans(store))
    finally:
        store.close()


# -- damaged: refused, untouched, never backed up; restored and salvaged ------------------------------
@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_store_is_refused_untouched_and_not_backed_up(data_dir, damage):
    make_store(data_dir)
    (data_dir / "backups" / next(iter(backups_state(data_dir)))).unlink()  # today's daily would be due
    DAMAGE[damage](data_dir)
    before = files_in(data_dir)
    with pytest.raises(StoreUnavailable) as caught:
        open_store(data_dir)
    error = caught.value
    assert error.damaged and error.code == "db_damaged"
    assert "ccpropa backup restore" in error.message and "ccpropa backup salvage" in error.message
    assert files_in(data_dir) == before  # not written, no -wal left, no backup of the damaged file
    assert set(backups_state(data_dir).values()) == {"ok"}


def test_a_store_that_fails_only_the_full_check_is_never_backed_up(data_dir):
    make_store(data_dir)
    swap_indexes(data_dir)  # every page sound (quick_check passes), the indexes wrong
    good = backups_state(data_dir)
    store = open_store(data_dir)  # today's daily exists: nothing is copied at open
    try:
        with pytest.raises(StoreUnavailable) as caught:
            backups.create_backup(store)
    finally:
        store.close()
    assert "Không sao lưu tệp hỏng" in caught.value.message
    for daily in (data_dir / "backups").glob("ccpropa-daily-*"):
        daily.unlink()  # the daily backup of the next open checks in full too
    good = backups_state(data_dir)
    with pytest.raises(StoreUnavailable):
        open_store(data_dir)
    assert backups_state(data_dir) == good and set(good.values()) == {"ok"}
    assert temp_debris(data_dir) == []


@pytest.mark.parametrize("damage", DAMAGE)
def test_restore_over_a_damaged_store_sets_it_aside(data_dir, damage):
    held = make_store(data_dir)
    DAMAGE[damage](data_dir)
    broken = store_file(data_dir).read_bytes()
    good = backups_state(data_dir)
    result = backups.restore_backup(data_dir, held["backup"])
    assert result.safety is None  # a damaged store is not copied into backups/ ...
    assert result.set_aside is not None and result.set_aside.parent == data_dir / "hong"
    assert result.set_aside.read_bytes() == broken  # ... it is kept aside, whole
    assert backups_state(data_dir) == good
    assert integrity(store_file(data_dir)) == "ok"
    assert plan_count(data_dir) == 2
    assert temp_debris(data_dir) == []


def test_restore_over_a_healthy_store_backs_it_up_first(data_dir):
    held = make_store(data_dir)
    store = open_store(data_dir, daily_backup=False)
    try:
        plans.create_plan(store, "binh-dinh-2024", 2024)
    finally:
        store.close()
    result = backups.restore_backup(data_dir, held["backup"])
    assert result.set_aside is None and result.safety and "truoc-khoi-phuc" in result.safety
    assert plan_count(data_dir) == 2
    backups.restore_backup(data_dir, result.safety)
    assert plan_count(data_dir) == 3
    assert not (data_dir / "hong").exists() and temp_debris(data_dir) == []
    assert set(backups_state(data_dir).values()) == {"ok"}


def test_a_damaged_backup_is_listed_as_such_and_not_restored(data_dir):
    held = make_store(data_dir)
    backup = data_dir / "backups" / held["backup"]
    with backup.open("r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\xff" * 4096)
    before = files_in(data_dir)
    info = {i.name: i for i in backups.describe_backups(data_dir)}
    assert not info[held["backup"]].ok and info[held["backup"]].problem
    with pytest.raises(UserError, match="bị hỏng"):
        backups.restore_backup(data_dir, held["backup"])
    assert files_in(data_dir) == before


def test_backups_are_listed_with_what_they_hold_without_writing_beside_them(data_dir):
    held = make_store(data_dir)
    garbage(data_dir)
    before = files_in(data_dir)
    info = {i.name: i for i in backups.describe_backups(data_dir)}
    manual = info[held["backup"]]
    assert (manual.ok, manual.plans, manual.backup.kind) == (True, 2, "thu-cong")
    assert manual.last_edit and manual.last_edit[:4].isdigit()
    assert files_in(data_dir) == before  # no -wal/-shm appear in backups/


def test_salvage_of_a_damaged_page_saves_the_rest_into_a_consistent_store(data_dir):
    held = make_store(data_dir)
    overwrite_page(data_dir, "tasks")
    broken = store_file(data_dir).read_bytes()
    report = backups.salvage(data_dir)
    assert store_file(data_dir).read_bytes() == broken  # the damaged file is only read
    by_table = {t.table: t for t in report.tables}
    assert by_table["plans"].saved == 2 and by_table["plans"].complete
    assert by_table["unit"].saved == 1
    assert not by_table["tasks"].complete and 0 < by_table["tasks"].saved < held["tasks"]
    assert not report.complete and "nhiệm vụ" in backups.summary_line(report)
    assert integrity(report.backup.path) == "ok"
    backups.restore_backup(data_dir, report.backup.name)
    store = open_store(data_dir, daily_backup=False)
    try:
        assert len(plans.list_plans(store)) == 2
        assert store.db.execute("pragma foreign_key_check").fetchall() == []
        assert unit.get_unit(store).place == "Sông Mã"
        editing.add_task(store, held["plans"][0], {"content": "Sau khi cứu dữ liệu"})  # writable again
    finally:
        store.close()
    assert temp_debris(data_dir) == []


def test_salvage_of_a_truncated_store_saves_what_is_left(data_dir):
    make_store(data_dir)
    truncate(data_dir)
    report = backups.salvage(data_dir)
    by_table = {t.table: t for t in report.tables}
    assert by_table["unit"].saved == 1
    assert integrity(report.backup.path) == "ok"


def test_salvage_of_garbage_says_there_is_nothing_and_writes_nothing(data_dir):
    make_store(data_dir)
    garbage(data_dir)
    before = files_in(data_dir)
    with pytest.raises(UserError, match="không cứu được gì"):
        backups.salvage(data_dir)
    assert files_in(data_dir) == before


def test_an_empty_file_and_a_folder_are_named_for_what_they_are(data_dir):
    data_dir.mkdir(parents=True)
    store_file(data_dir).write_bytes(b"")
    with pytest.raises(StoreUnavailable, match="rỗng \\(0 byte\\)"):
        open_store(data_dir)
    assert store_file(data_dir).read_bytes() == b""
    store_file(data_dir).unlink()
    store_file(data_dir).mkdir()
    with pytest.raises(StoreUnavailable, match="là một thư mục, không phải tệp dữ liệu"):
        open_store(data_dir)


def test_a_new_store_appears_whole_or_not_at_all(data_dir, monkeypatch):
    def boom(db):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(database, "record_version", boom)
    with pytest.raises(UserError, match="ổ đĩa đầy"):
        open_store(data_dir)
    assert not store_file(data_dir).exists() and temp_debris(data_dir) == []


def test_temp_files_of_a_dead_process_are_swept_on_open(data_dir):
    make_store(data_dir)
    dead = (data_dir / "backups" / "ccpropa-x.sqlite3.tmp-999999999",
            data_dir / "ccpropa.sqlite3.tmp-999999999",
            data_dir / "backups" / "ccpropa-20240101-thu-cong.sqlite3.tmp")
    for path in dead:
        path.write_bytes(b"half")
    mine = data_dir / f"ccpropa.sqlite3{files.TEMP_MARK}1"  # pid 1 is alive: not ours to remove
    mine.write_bytes(b"in use")
    open_store(data_dir).close()
    assert [p.exists() for p in dead] == [False, False, False] and mine.exists()


# -- newer ------------------------------------------------------------------------------------------
def test_a_newer_store_is_read_and_printed_but_not_written(data_dir):
    held = make_store(data_dir)
    make_newer(data_dir, "9.1.0")
    before = store_file(data_dir).read_bytes()
    store = open_store(data_dir)
    try:
        assert store.read_only and "9.1.0" in store.read_only and __version__ in store.read_only
        assert len(plans.list_plans(store)) == 2
        assert render_plan(store, held["plans"][0], "pdf").startswith(b"%PDF")
        with pytest.raises(UserError) as caught:
            editing.add_task(store, held["plans"][0], {"content": "không được lưu"})
        assert caught.value.code == "read_only" and "9.1.0" in caught.value.message
        with pytest.raises(UserError, match="chế độ chỉ đọc"):
            unit.set_unit(store, unit.get_unit(store))
    finally:
        store.close()
    assert store_file(data_dir).read_bytes() == before


def test_the_known_migrations_come_from_the_list(data_dir, monkeypatch):
    make_store(data_dir)
    make_newer(data_dir)
    assert database.unknown_migrations(database.open_database(data_dir, daily_backup=False)) == [
        "m099_from_the_future"]
    # The same store once this code has that migration too (as when a new step lands in migrations.py).
    monkeypatch.setattr(migrations, "_migrations", list(migrations._migrations))
    migrations(name="m099_from_the_future")(lambda db: None)
    assert "m099_from_the_future" in database.known_migrations()
    store = open_store(data_dir)
    try:
        assert store.read_only is None
    finally:
        store.close()


def test_every_store_notes_the_version_that_upgraded_it(data_dir):
    store = open_store(data_dir)
    try:
        row = store.db.execute("select value from settings where key = 'store.app_version'").fetchone()
        assert row == (f'"{__version__}"',)
    finally:
        store.close()


# -- full disk --------------------------------------------------------------------------------------
def test_a_full_disk_opens_read_only_views_prints_and_refuses_edits(tmp_path):
    with tiny_disk(tmp_path, 4096) as disk:
        folder = disk / "data"
        held = make_store(folder)
        fill(disk)
        before = files_in(folder)
        store = open_store(folder)
        try:
            assert store.read_only and "đầy" in store.read_only
            assert len(plans.list_plans(store)) == 2
            out = tmp_path / "ke-hoach.pdf"  # another disk
            out.write_bytes(render_plan(store, held["plans"][0], "pdf"))
            assert out.read_bytes().startswith(b"%PDF")
            with pytest.raises(UserError, match="chế độ chỉ đọc"):
                editing.add_task(store, held["plans"][0], {"content": "x"})
            with pytest.raises(UserError, match="ổ đĩa đầy"):
                backups.create_backup(store)
        finally:
            store.close()
        assert files_in(folder) == before and temp_debris(folder) == []


def test_a_disk_that_fills_while_the_store_is_open(tmp_path):
    with tiny_disk(tmp_path, 4096) as disk:
        folder = disk / "data"
        held = make_store(folder)
        store = open_store(folder)
        try:
            tasks = len(plans.get_plan(store, held["plans"][0]).tasks)
            fill(disk)
            with pytest.raises(UserError) as caught:
                plans.create_plan(store, "binh-dinh-2024", 2024)
            assert caught.value.code == "disk_full" and "ổ đĩa đầy" in caught.value.message
            with pytest.raises(UserError, match="ổ đĩa đầy"):
                backups.create_backup(store)
            assert len(plans.list_plans(store)) == 2  # nothing half-written
            assert len(plans.get_plan(store, held["plans"][0]).tasks) == tasks
            (disk / "filler.bin").unlink()  # room again: the same store writes again
            editing.add_task(store, held["plans"][0], {"content": "Khi đã có chỗ trống"})
        finally:
            store.close()
        assert integrity(store_file(folder)) == "ok" and temp_debris(folder) == []
        assert set(backups_state(folder).values()) == {"ok"}


def test_no_inodes_left_opens_read_only_instead_of_failing_in_the_daily_backup(tmp_path):
    with tiny_disk(tmp_path, 8192, inodes=64) as disk:
        folder = disk / "data"
        make_store(folder)
        for daily in (folder / "backups").glob("ccpropa-daily-*"):
            daily.unlink()
        use_all_inodes(disk)
        store = open_store(folder)
        try:
            assert store.read_only and "inode" in store.read_only
            assert len(plans.list_plans(store)) == 2
        finally:
            store.close()
        assert temp_debris(folder) == []


def test_an_aggregate_import_on_a_full_disk_leaves_nothing_in_received(tmp_path):
    from package_fixtures import commune, package, write

    from ccpropa_desktop.services import aggregate

    sent = write(tmp_path / "chieng-khuong.ccpr", package(commune("Chiềng Khương")))
    with tiny_disk(tmp_path, 4096) as disk:
        folder = disk / "data"
        make_store(folder, plans=())
        store = open_store(folder)
        try:
            fill(disk)
            with pytest.raises(UserError, match="ổ đĩa đầy"):
                aggregate.import_packages(store, [sent])
        finally:
            store.close()
        received = folder / "received"
        assert not received.exists() or list(received.iterdir()) == []


# -- read-only folder -------------------------------------------------------------------------------
def test_a_read_only_folder_opens_read_only(data_dir, tmp_path):
    held = make_store(data_dir)
    before = files_in(data_dir)
    with read_only(data_dir):
        store = open_store(data_dir)
        try:
            assert store.read_only and "chỉ đọc" in store.read_only
            assert len(plans.list_plans(store)) == 2
            assert render_plan(store, held["plans"][0], "docx")[:2] == b"PK"
            with pytest.raises(UserError, match="chế độ chỉ đọc"):
                editing.edit_task(store, held["plans"][0], "1", {"content": "x"})
            with pytest.raises(UserError, match="Không ghi được bản sao lưu"):
                backups.create_backup(store)
        finally:
            store.close()
        with pytest.raises(UserError, match="chỉ đọc"):
            backups.restore_backup(data_dir, held["backup"])
        assert len(backups.describe_backups(data_dir)) == 2
    assert files_in(data_dir) == before


def test_backups_in_a_wal_store_leave_no_wal_beside_them(data_dir):
    make_store(data_dir)
    for path in (data_dir / "backups").glob("*.sqlite3"):
        with contextlib.closing(sqlite3.connect(path)) as conn:
            assert conn.execute("pragma journal_mode").fetchone()[0] == "delete"
    assert temp_debris(data_dir) == []


@pytest.mark.parametrize("stop", database.known_migrations()[1:])
def test_a_store_of_every_earlier_schema_opens_migrated_with_a_backup_first(data_dir, stop):
    """Every step in migrations.py, the ones added later included: a store stopped before it opens,
    is brought up to date, is not taken for a newer store, and its old state is backed up first."""
    from sqlite_utils import Database

    data_dir.mkdir(parents=True)
    old = Database(store_file(data_dir))
    migrations.apply(old, stop_before=stop)
    old.close()
    store = open_store(data_dir, daily_backup=False)
    try:
        assert store.read_only is None
        assert migrations.pending(store.db) == []
        assert database.unknown_migrations(store.db) == []
    finally:
        store.close()
    before = list((data_dir / "backups").glob("ccpropa-*-truoc-nang-cap.sqlite3"))
    assert len(before) == 1 and integrity(before[0]) == "ok"
    assert temp_debris(data_dir) == []


def test_an_unchanged_store_is_not_checked_twice_a_changed_one_is(data_dir, tmp_path, monkeypatch):
    make_store(data_dir)
    checks: list[str] = []
    real = database.Database.execute

    def spy(self, sql, *args, **kwargs):
        if "quick_check" in sql:
            checks.append(sql)
        return real(self, sql, *args, **kwargs)

    monkeypatch.setattr(database.Database, "execute", spy)
    open_store(data_dir, daily_backup=False).close()
    open_store(data_dir, daily_backup=False).close()
    assert len(checks) <= 1  # the second open finds the fingerprint of a checked file
    assert list((tmp_path / "cache" / "kiem-tra").iterdir())
    checks.clear()
    overwrite_page(data_dir, "tasks")
    with pytest.raises(StoreUnavailable):
        open_store(data_dir, daily_backup=False)
    assert checks  # the file changed: checked again, and found damaged
