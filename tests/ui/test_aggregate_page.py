"""Aggregate page (W7): import units' packages with a progress bar, units × status, the chart, export."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from conftest import song_ma_unit_dict
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ccpropa_desktop.services import aggregate, packages, plans, tracking, unit
from ccpropa_desktop.services.session import open_store
from ccpropa_desktop.ui import tasks
from ccpropa_desktop.ui.models.aggregate_units import COLUMN

COMMUNES = {"XÃ CHIỀNG KHƯƠNG": ["3", "4"], "XÃ MƯỜNG LẦM": ["3"]}


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def settle(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not tasks.busy() and page.is_ready(), timeout=30000)


def commune_package(folder, name: str, done: list[str], stamp: str):
    """A commune's own store: its profile, the Sông Mã 2022 plan, some tasks done in H1, its package."""
    profile = song_ma_unit_dict() | {"name_lines": ["ỦY BAN NHÂN DÂN", name], "level": "xa",
                                     "recipients": ["UBND huyện Sông Mã", "Lưu: VT"]}
    store = open_store(folder / name.replace(" ", "-"))
    try:
        unit.set_unit(store, unit.unit_from_dict(profile))
        plan = plans.create_plan(store, "song-ma-2022", 2022)
        for number in done:
            tracking.set_progress(store, plan.id, number, "2022-H1", status="done", done_on="2022-05-20",
                                  metrics={"tin_bai": 4})
        return packages.make_package(store, plan.id, "2022-H1", folder / f"{name}.ccpr", created_at=stamp)
    finally:
        store.close()


@pytest.fixture
def received(tmp_path):
    folder = tmp_path / "nhan"
    folder.mkdir()
    return [commune_package(folder, name, done, f"2022-06-1{i}T09:00:00+07:00")
            for i, (name, done) in enumerate(COMMUNES.items())]


@pytest.fixture
def page(ctx_with_unit, window, qtbot):
    shown = window.show_page("aggregate")
    settle(qtbot, shown)
    return shown


def test_import_two_packages_then_table_and_chart(ctx_with_unit, page, received, qtbot, monkeypatch):
    assert page.chart.bar_count() == 0 and page.model.rowCount() == 10  # the directory, nobody yet
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([str(p) for p in received], ""))
    steps, bar = [], []
    page.relay.step.connect(lambda done, total: steps.append((done, total)))
    page.progress.valueChanged.connect(bar.append)
    click(qtbot, page.import_button)
    settle(qtbot, page)
    assert steps == [(0, 2), (1, 2), (2, 2)]  # from the worker, one step per package
    assert bar[-1] == 2 and page.progress.maximum() == 2 and not page.progress.isVisible()
    assert "Đã nhập 2 gói" in page.result.text()

    view = aggregate.aggregate_view(ctx_with_unit.store, "2022-H1")
    assert sorted(u.name for u in view.reported) == ["UBND xã Chiềng Khương", "UBND xã Mường Lầm"]
    assert page.periods.period() == "2022-H1"
    rows = {page.model.index(r, COLUMN["name"]).data(): r for r in range(page.model.rowCount())}
    for name in ("UBND xã Chiềng Khương", "UBND xã Mường Lầm"):
        assert page.model.index(rows[name], COLUMN["state"]).data() == "Đã báo cáo"
        assert page.model.index(rows[name], COLUMN["sent"]).data().endswith("/06/2022")
    missing = rows["Phòng Nội vụ"]
    assert page.model.index(missing, COLUMN["state"]).data() == "Chưa báo cáo"
    assert page.model.index(missing, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "2/10" in page.summary.text()

    assert page.chart.bar_count() == 2
    bars = dict(page.chart.bars)
    chieng, muong = (next(u for u in view.reported if u.name == n) for n in rows if n in bars)
    assert bars[chieng.name] == chieng.completion["rate"] > bars[muong.name] == muong.completion["rate"]
    assert page.model.index(rows[chieng.name], COLUMN["rate"]).data().endswith("%")

    # importing the same files again keeps one copy
    click(qtbot, page.import_button)
    settle(qtbot, page)
    assert "2 trùng" in page.result.text()
    assert len(aggregate.history(ctx_with_unit.store, "2022-H1")) == 2


def test_export_the_consolidated_report(ctx_with_unit, page, received, qtbot, tmp_path, monkeypatch):
    page.import_files(received)
    settle(qtbot, page)
    out = tmp_path / "tong-hop.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(out), ""))
    click(qtbot, page.export_buttons["pdf"])
    settle(qtbot, page)
    with pdfplumber.open(io.BytesIO(out.read_bytes())) as pdf:
        text = "\n".join(p.extract_text() or "" for p in pdf.pages)
    assert "BÁO CÁO" in text and "Chiềng Khương" in text


def test_a_bad_file_is_refused_with_its_reason(ctx_with_unit, page, tmp_path, qtbot, monkeypatch):
    bad = tmp_path / "hong.ccpr"
    bad.write_bytes(b"not a zip at all")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    page.import_files([bad])
    settle(qtbot, page)
    assert shown and "hong.ccpr" in shown[0]
    assert "1 bị từ chối" in page.result.text()
    assert aggregate.history(ctx_with_unit.store) == []
