"""Task sheets per agency and the Nơi nhận proposal (issue 15, item 3), on the worked example: the Sông
Mã 2022 plan issued as 18/KH-UBND on 13/01/2022, task 4 with a hand-set due date 30/06/2022."""

from __future__ import annotations

import datetime as dt

import pytest
from data.worked_example import load_worked_example

from ccpropa_desktop.errors import NotFound, UserError
from ccpropa_desktop.services import editing, plans, sheets, tracking
from ccpropa_desktop.services.session import open_store

EXPECTED = {  # agency → (lead, partner, common): read off the Sông Mã 2022 appendix by hand
    "UBND các xã, thị trấn": (["1", "2.1", "2.3"], ["4", "5"], []),
    "Văn phòng HĐND và UBND huyện": (["2.1"], ["4"], ["1"]),
    "Trung tâm Truyền thông - Văn hóa huyện": (["2.2"], ["5"], ["1", "4"]),
    "Phòng Văn hóa và Thông tin": (["3", "4"], [], ["1"]),
    "Bưu điện huyện": ([], ["4"], ["1"]),
    "Phòng Nội vụ": (["5", "6"], [], ["1", "4"]),
}


@pytest.fixture
def worked(tmp_path):
    store = open_store(tmp_path / "data", daily_backup=False)
    plan_id = load_worked_example(store)
    yield store, plan_id
    store.close()


def test_one_sheet_per_agency_with_its_tasks(worked):
    store, plan_id = worked
    found = sheets.sheet_set(store, plan_id)
    got = {s.name: ([t.number for t in s.lead], [t.number for t in s.partner], [t.number for t in s.common])
           for s in found.sheets}
    assert got == EXPECTED
    assert {s.name: s.kind for s in found.sheets}["UBND các xã, thị trấn"] == "group"
    assert not found.draft and found.version == 1
    assert found.extract_line == ("(Trích Kế hoạch số 18/KH-UBND ngày 13 tháng 01 năm 2022 của Ủy ban nhân "
                                  "dân huyện Sông Mã)")
    # "Các cơ quan, đơn vị có liên quan" names nobody: no sheet, but the tasks are known
    assert set(found.related) == {"2.1", "2.2", "2.3", "3", "6"}


def test_schedules_and_deadlines(worked):
    store, plan_id = worked
    found = sheets.sheet_set(store, plan_id)
    vhtt = found.find("Phòng Văn hóa và Thông tin")
    assert vhtt is not None and vhtt.file_stem == "phong-van-hoa-va-thong-tin"
    by_number = {t.number: t for t in vhtt.lead + vhtt.common}
    assert by_number["3"].schedule == "Quý II, III năm 2022" and by_number["3"].due == "30/09/2022"
    assert by_number["4"].due == "30/06/2022"  # the hand-set date wins over "Trong năm 2022"
    assert by_number["1"].due == "31/03/2022\n30/06/2022\n30/09/2022\n31/12/2022"  # Thường xuyên
    xa = found.find("UBND các xã, thị trấn")
    assert {t.number: t.due for t in xa.lead}["2.3"] == "Cuối mỗi tháng (12 lần, đến 31/12/2022)"
    assert {t.number: t.others for t in xa.lead}["1"] == "Cùng chủ trì: Các cơ quan, đơn vị"
    # reports go to Phòng Nội vụ ("Lưu: VT, NV"), by the 15th: the day after the 14th cut-off
    assert found.reports_to == "Phòng Nội vụ"
    assert [s.name for s in found.sheets if s.compiles] == ["Phòng Nội vụ"]
    reports = {r.period.code: r for r in vhtt.reports}
    assert list(reports) == ["2022-Q1", "2022-H1", "2022-Q3", "2022"]
    assert reports["2022-Q1"].due == dt.date(2022, 3, 15)
    assert reports["2022-Q1"].unit_due == dt.date(2022, 3, 20)
    assert reports["2022-Q1"].window == (dt.date(2021, 12, 15), dt.date(2022, 3, 14))
    # task 3 (quý II, III) is reported from the 6-month report on; task 4 (due 30/6) not in quý III
    assert reports["2022-Q1"].numbers == ("1", "4")
    assert reports["2022-H1"].numbers == ("1", "3", "4")
    assert reports["2022-Q3"].numbers == ("1", "3")


def test_the_unit_calendar_and_the_options(worked):
    store, plan_id = worked
    tracking.set_period_rules(store, cutoff_day=10, due_day=15)
    found = sheets.sheet_set(store, plan_id, report_to="Văn phòng HĐND và UBND huyện", with_9m=True)
    sheet = found.find("Bưu điện huyện")
    assert [r.period.code for r in sheet.reports] == ["2022-Q1", "2022-H1", "2022-Q3", "2022-9M", "2022"]
    assert sheet.reports[0].due == dt.date(2022, 3, 11) and sheet.reports[0].unit_due == dt.date(2022, 3, 15)
    assert [s.name for s in found.sheets if s.compiles] == ["Văn phòng HĐND và UBND huyện"]
    found = sheets.sheet_set(store, plan_id, report_day=12)
    assert found.sheets[0].reports[0].due == dt.date(2022, 3, 12)
    with pytest.raises(UserError, match="Ngày gửi báo cáo"):
        sheets.sheet_set(store, plan_id, report_day=16)


def test_versions_and_drafts(worked):
    store, plan_id = worked
    plan = plans.get_plan(store, plan_id)
    editing.edit_task(store, plan_id, "3", {"lead": "Phòng Tư pháp"})  # after issue: a draft of version 2
    issued = sheets.sheet_set(store, plan_id)  # still the issued version 1
    assert issued.version == 1 and issued.find("Phòng Tư pháp") is None
    draft = sheets.sheet_set(store, plan_id, draft=True)
    assert draft.draft and draft.version is None
    assert draft.extract_line == "(Trích dự thảo Kế hoạch của Ủy ban nhân dân huyện Sông Mã, chưa ban hành)"
    assert [t.number for t in draft.find("Phòng Tư pháp").lead] == ["3"]
    assert plan.status == "issued"
    with pytest.raises(NotFound, match="không có phiên bản đã ban hành số 7"):
        sheets.sheet_set(store, plan_id, version=7)
    with pytest.raises(NotFound):
        sheets.sheet_set(store, 999)


def test_a_plan_never_issued_gives_draft_sheets(store, song_ma_unit):
    plan = plans.create_plan(store, "song-ma-2022", 2022)
    found = sheets.sheet_set(store, plan.id)
    assert found.draft and "dự thảo" in found.extract_line
    files = sheets.render_sheets(found, "pdf")
    assert [name for name, _ in files][:2] == ["nhiem-vu-ubnd-cac-xa-thi-tran.pdf",
                                               "nhiem-vu-van-phong-hdnd-va-ubnd-huyen.pdf"]


def test_write_sheets_writes_one_file_per_agency(worked, tmp_path):
    store, plan_id = worked
    out = tmp_path / "phieu" / "2022"  # made, parents too
    found, paths = sheets.write_sheets(store, plan_id, out, "docx")
    names = sorted(f"nhiem-vu-{s.file_stem}.docx" for s in found.sheets)
    assert sorted(p.name for p in out.iterdir()) == names
    assert all(p.read_bytes()[:2] == b"PK" for p in paths)
    again, _ = sheets.write_sheets(store, plan_id, out, "pdf")  # beside the DOCX, nothing else left
    assert len(list(out.iterdir())) == 2 * len(again.sheets)


def test_a_folder_that_cannot_be_written_leaves_nothing(worked, tmp_path, monkeypatch):
    store, plan_id = worked
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(UserError, match="là một tệp, không phải thư mục"):
        sheets.write_sheets(store, plan_id, blocker)
    with pytest.raises(UserError, match="Không ghi được vào thư mục"):
        sheets.write_sheets(store, plan_id, blocker / "phieu")
    assert blocker.read_text() == "x"

    out = tmp_path / "new" / "phieu"
    real = type(out).write_bytes
    calls = []

    def full_disk(path, data):
        calls.append(path)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real(path, data)

    monkeypatch.setattr(type(out), "write_bytes", full_disk)
    with pytest.raises(UserError, match="No space left on device"):
        sheets.write_sheets(store, plan_id, out)
    assert not (tmp_path / "new").exists()  # the folders it made are gone again


def test_a_render_failure_writes_nothing(worked, tmp_path, monkeypatch):
    store, plan_id = worked
    out = tmp_path / "phieu"
    out.mkdir()
    (out / "nhiem-vu-phong-noi-vu.pdf").write_bytes(b"old")
    rendered = []

    def failing(document, fmt):
        rendered.append(document)
        if len(rendered) == 4:
            raise UserError("layout_too_tall", "Không in được văn bản.")
        return b"%PDF-new"

    monkeypatch.setattr(sheets, "render_bytes", failing)
    with pytest.raises(UserError, match="Không in được"):
        sheets.write_sheets(store, plan_id, out)
    assert [p.name for p in out.iterdir()] == ["nhiem-vu-phong-noi-vu.pdf"]
    assert (out / "nhiem-vu-phong-noi-vu.pdf").read_bytes() == b"old"


def test_no_agencies_no_sheets(store, song_ma_unit):
    plan = plans.create_plan(store, "song-ma-2022", 2022)
    for task in plans.get_plan(store, plan.id).tasks:
        editing.edit_task(store, plan.id, task.number, {"lead": "Các cơ quan, đơn vị", "partners": ""})
    with pytest.raises(UserError, match="không nêu cơ quan chủ trì, phối hợp nào cụ thể"):
        sheets.sheet_set(store, plan.id)


def test_recipients_are_proposed_from_the_appendix_and_confirmed(worked):
    store, plan_id = worked
    proposal = sheets.propose_recipients(store, plan_id)
    assert proposal.source == "unit"
    # UBND các xã, thị trấn is there already; Phòng Nội vụ keeps its copy as "Lưu: VT, NV"
    assert proposal.added == ["Văn phòng HĐND và UBND huyện", "Trung tâm Truyền thông - Văn hóa huyện",
                              "Phòng Văn hóa và Thông tin", "Bưu điện huyện"]
    assert proposal.proposed[:len(proposal.current) - 1] == proposal.current[:-1]
    assert proposal.proposed[-1] == "Lưu: VT, NV, 100b"
    assert plans.get_plan(store, plan_id).recipients == []  # proposing saves nothing
    applied = sheets.apply_recipients(store, plan_id)
    plan = plans.get_plan(store, plan_id)
    assert plan.recipients == applied.proposed and plan.status == "draft"
    again = sheets.propose_recipients(store, plan_id)
    assert again.source == "plan" and again.added == [] and again.proposed == plan.recipients
