"""The store file: migrations from the first schema, pragmas, and backups (daily, pre-migration)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from conftest import DATA
from sqlite_utils import Database

from ccpropa_desktop.cli.main import main
from ccpropa_desktop.paths import DB_FILENAME
from ccpropa_desktop.services import plans, unit
from ccpropa_desktop.services.session import open_store
from ccpropa_desktop.store import Store, open_database
from ccpropa_desktop.store import backups as raw_backups
from ccpropa_desktop.store.migrations import migrations


def columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in conn.execute(f"pragma table_info({table})")}


def tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}


def make_first_schema_db(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    db = Database(folder / DB_FILENAME)
    migrations.apply(db, stop_before="m002_plan_versions")
    assert "plan_versions" not in db.table_names()
    db["plans"].insert({
        "id": 7, "template_id": "song-ma-2022", "year": 2023, "title": "Kế hoạch cũ", "form": "A",
        "legal_bases": json.dumps(["Căn cứ …"], ensure_ascii=False), "closing": "[]",
        "appendix_title": "Phụ lục", "columns": "[]", "template_ref": "{}",
        "created_at": "2023-01-05T08:00:00", "updated_at": "2023-01-05T08:00:00",
    })
    for position, (depth, content) in enumerate([(0, "Nhiệm vụ một"), (0, "Nhiệm vụ hai"),
                                                 (1, "Nhiệm vụ hai chấm một")]):
        db["tasks"].insert({
            "plan_id": 7, "position": position, "depth": depth, "content": content, "form": "",
            "lead": "Phòng Nội vụ", "partners": "", "schedule": "Thường xuyên", "product": "", "note": "",
            "reason": "", "origin": None,
        })
    db["sections"].insert({"plan_id": 7, "position": 0, "depth": 0, "title": "MỤC ĐÍCH, YÊU CẦU",
                           "paragraphs": "[]", "origin": None})
    db.close()


def test_database_from_the_first_schema_is_migrated(data_dir):
    make_first_schema_db(data_dir)
    db = open_database(data_dir, daily_backup=False)
    try:
        store = Store(db, folder=data_dir)
        # New schema present.
        assert "plan_versions" in db.table_names()
        assert "status" in {c.name for c in db["plans"].columns}
        applied = [m.name for m in migrations.applied(db)]
        assert applied[:2] == ["m001_initial", "m002_plan_versions"]
        assert migrations.pending(db) == []
        # Data kept, readable through the services.
        plan = plans.get_plan(store, 7)
        assert (plan.title, plan.year, plan.template_id) == ("Kế hoạch cũ", 2023, "song-ma-2022")
        assert [(t.number, t.content) for t in plan.tasks] == [
            ("1", "Nhiệm vụ một"), ("2", "Nhiệm vụ hai"), ("2.1", "Nhiệm vụ hai chấm một")]
        assert [s.title for s in plan.sections] == ["MỤC ĐÍCH, YÊU CẦU"]
        assert plans.list_plans(store)[0]["status"] == "draft"
    finally:
        db.close()
    # A backup was taken before migrating, and it holds the old schema with the data.
    found = sorted((data_dir / "backups").glob("ccpropa-*-truoc-nang-cap.sqlite3"))
    assert len(found) == 1
    conn = sqlite3.connect(found[0])
    try:
        assert "plan_versions" not in tables(conn)
        assert "status" not in columns(conn, "plans")
        assert conn.execute("select count(*) from tasks where plan_id = 7").fetchone()[0] == 3
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_up_to_date_database_is_not_backed_up_again(data_dir):
    open_database(data_dir, daily_backup=False).close()
    assert not (data_dir / "backups").exists()  # a new store has nothing to protect
    open_database(data_dir, daily_backup=False).close()
    assert not (data_dir / "backups").exists()


def test_file_store_runs_with_wal_and_foreign_keys(data_dir):
    store = open_store(data_dir)
    try:
        assert store.db.execute("pragma journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("pragma foreign_keys").fetchone()[0] == 1
        assert store.db.execute("pragma synchronous").fetchone()[0] == 2  # FULL
        with pytest.raises(sqlite3.IntegrityError):
            store.db["tasks"].insert({"plan_id": 999, "position": 0, "depth": 0, "content": "mồ côi"})
        assert store.db.execute("select count(*) from tasks").fetchone()[0] == 0
    finally:
        store.close()
    assert (data_dir / DB_FILENAME).is_file()
    # The mode is stored in the file: a plain connection sees WAL too.
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        assert conn.execute("pragma journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_daily_backup_once_a_day_keep_last_14(data_dir):
    store = open_store(data_dir, daily_backup=False)
    try:
        unit.set_unit(store, unit.unit_from_dict(json.loads((DATA / "unit_song_ma.json").read_text())))
        start = dt.date(2024, 3, 1)
        made = []
        for offset in range(20):
            day = start + dt.timedelta(days=offset)
            path = raw_backups.daily_backup(store.db, data_dir, today=day)
            assert path is not None and path.name == f"ccpropa-daily-{day:%Y%m%d}.sqlite3"
            made.append(path.name)
            # A second call the same day does nothing.
            assert raw_backups.daily_backup(store.db, data_dir, today=day) is None
        kept = sorted(p.name for p in (data_dir / "backups").glob("ccpropa-daily-*.sqlite3"))
        assert kept == made[-14:]
        assert kept[0] == "ccpropa-daily-20240307.sqlite3"
        # Each copy is a whole database with the data.
        conn = sqlite3.connect(data_dir / "backups" / kept[-1])
        try:
            assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
            assert conn.execute("select place from unit").fetchone()[0] == "Sông Mã"
        finally:
            conn.close()
        assert not list((data_dir / "backups").glob("*.tmp"))
    finally:
        store.close()


def test_daily_backup_on_open(data_dir):
    open_store(data_dir).close()
    today = dt.date.today().strftime("%Y%m%d")
    assert [p.name for p in (data_dir / "backups").glob("*.sqlite3")] == [f"ccpropa-daily-{today}.sqlite3"]
    open_store(data_dir).close()
    assert len(list((data_dir / "backups").glob("*.sqlite3"))) == 1


def test_backup_list_restore_round_trip(data_dir, capsys):
    unit_file = DATA / "unit_song_ma.json"
    assert main(["unit", "set", "--file", str(unit_file)]) == 0
    capsys.readouterr()
    assert main(["plan", "new", "--template", "song-ma-2022", "--year", "2024"]) == 0
    first_id = int(capsys.readouterr().out.strip())
    assert main(["backup", "create", "--json"]) == 0
    saved = json.loads(capsys.readouterr().out)["name"]

    # Later work that the restore should undo.
    assert main(["plan", "new", "--template", "bac-kan-2024", "--year", "2024"]) == 0
    assert main(["task", "edit", str(first_id), "1", "--content", "Đã sửa sau sao lưu"]) == 0
    capsys.readouterr()

    assert main(["backup", "list", "--json"]) == 0
    names = [b["name"] for b in json.loads(capsys.readouterr().out)]
    assert saved in names
    assert main(["backup", "list"]) == 0
    assert saved in capsys.readouterr().out

    assert main(["backup", "restore", saved, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["restored"] == saved
    safety = result["safety_backup"]

    assert main(["plan", "list", "--json"]) == 0
    assert [p["id"] for p in json.loads(capsys.readouterr().out)] == [first_id]
    assert main(["task", "list", str(first_id), "--json"]) == 0
    tasks = json.loads(capsys.readouterr().out)
    assert tasks[0]["content"] == "Tuyên truyền các nội dung CCHC trong nội bộ từng cơ quan, đơn vị"

    # The state before the restore is itself kept, and can be restored back.
    assert main(["backup", "restore", safety]) == 0
    capsys.readouterr()
    assert main(["plan", "list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        assert conn.execute("select content from tasks where plan_id = ? order by position limit 1",
                            [first_id]).fetchone()[0] == "Đã sửa sau sao lưu"
    finally:
        conn.close()


def test_restore_unknown_backup(data_dir, capsys):
    open_store(data_dir).close()
    assert main(["backup", "restore", "khong-co.sqlite3"]) == 2
    err = capsys.readouterr().err
    assert "khong-co.sqlite3" in err and "ccpropa backup list" in err
