"""The report as data (W6, spec §13.2): channels, summed figures, completion rate, prose that
survives redrafting, Kính gửi / Nơi nhận, phương hướng. Hand-made plans and progress: no store."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest
from conftest import ROOT

from ccpropa_desktop.domain.model import Plan, Signer, Task, UnitProfile
from ccpropa_desktop.domain.periods import Period, parse_period
from ccpropa_desktop.domain.report import (
    ChannelTable,
    PlanCitation,
    draft_report,
    metrics_text,
    vi_number,
    vi_percent,
)
from ccpropa_desktop.domain.tracking import Progress, Status

CHANNELS = ChannelTable.from_dict(
    json.loads((ROOT / "resources" / "reports" / "channels.json").read_text(encoding="utf-8")))
TEMPLATES = ROOT / "resources" / "templates"
CITATION = PlanCitation("18/KH-UBND", dt.date(2024, 1, 13), "Tuyên truyền cải cách hành chính năm 2024",
                        "Ủy ban nhân dân huyện Sông Mã", 2024)


def unit(recipients: list[str] | None = None) -> UnitProfile:
    return UnitProfile(name_lines=["ỦY BAN NHÂN DÂN", "HUYỆN SÔNG MÃ"], parent_lines=[], abbreviation="UBND",
                       level="huyen", place="Sông Mã",
                       signer=Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lò Văn Sinh"),
                       recipients=recipients if recipients is not None else
                       ["Sở Nội vụ tỉnh Sơn La", "TT Huyện ủy", "Lưu: VT, NV"],
                       short_name="UBND huyện Sông Mã")


def task(tid: int, number: str, content: str, *, lead: str = "Phòng Nội vụ", schedule: str = "",
         form: str = "") -> Task:
    return Task(content=content, form=form, lead=lead, schedule=schedule, depth=number.count("."), id=tid,
                number=number)


def plan() -> Plan:
    tasks = [
        task(1, "1", "Tuyên truyền trong nội bộ cơ quan, đơn vị", schedule="Thường xuyên"),
        task(2, "2", "Tuyên truyền trên các phương tiện thông tin đại chúng"),
        task(3, "2.1", "Đưa tin, bài trên Cổng thông tin điện tử huyện", lead="Văn phòng HĐND và UBND huyện",
             schedule="Hàng tháng"),
        task(4, "2.2", "Chuyên mục cải cách hành chính trên sóng phát thanh", schedule="Quý II/2024"),
        task(5, "3", "In, căng treo pano, khẩu hiệu", schedule="Quý I/2024"),
        task(6, "4", "Tổ chức tọa đàm về cải cách hành chính", schedule="Quý III/2024"),
        task(7, "5", "Tổ chức cuộc thi tìm hiểu về cải cách hành chính", schedule="Quý II/2024"),
    ]
    return Plan(id=1, title="Tuyên truyền cải cách hành chính năm 2024", year=2024, template_id="t",
                legal_bases=[], closing=[], appendix_title="", columns=[], tasks=tasks)


def progress(period: str = "2024-H1") -> dict[int, Progress]:
    return {
        1: Progress(1, period, Status.DOING, metrics={"hoi_nghi": 3, "luot_nguoi": 450}),
        2: Progress(2, period),  # the group row: nothing of its own
        3: Progress(3, period, Status.DONE, dt.date(2024, 6, 10), metrics={"tin_bai": 41},
                    evidence=["Công văn số 12/VP ngày 10/6/2024"], updated_at="2024-06-10T10:00:00"),
        4: Progress(4, period, Status.DOING, metrics={"chuyen_muc": 6, "buoi_phat_thanh": 24.5}),
        5: Progress(5, period, Status.DONE, dt.date(2024, 3, 1), metrics={"pano": 8, "kinh_phi": 36_000_000}),
        6: Progress(6, period, Status.DROPPED, reason="Chuyển sang quý III"),
        7: Progress(7, period),
    }


def draft(prose: dict[str, str] | None = None, *, period: str = "2024-H1", **kwargs):
    kwargs.setdefault("citation", CITATION)
    kwargs.setdefault("channels", CHANNELS)
    return draft_report(plan(), kwargs.pop("unit", unit()), kwargs.pop("progress", progress(period)),
                        parse_period(period), prose or {}, **kwargs)


# -- Vietnamese numbers ------------------------------------------------------------------------
@pytest.mark.parametrize(("value", "text"), [(1234567, "1.234.567"), (12.5, "12,5"), (0, "0"), (3.0, "3"),
                                             (1234.25, "1.234,25"), (48_500_000, "48.500.000")])
def test_vi_number(value: float, text: str) -> None:
    assert vi_number(value) == text


@pytest.mark.parametrize(("ratio", "text"), [(0.855, "85,5%"), (2 / 7, "28,6%"), (1, "100%"), (0, "0%")])
def test_vi_percent(ratio: float, text: str) -> None:
    assert vi_percent(ratio) == text


def test_metrics_text_uses_the_printed_labels_and_money_in_dong() -> None:
    text = metrics_text({"kinh_phi": 1_500_000, "tin_bai": 45, "phong_su": 2, "luot_nguoi": 0})
    assert text == "45 tin, bài; kinh phí 1.500.000 đồng; phong su: 2"


# -- channels ----------------------------------------------------------------------------------
def _template_tasks(name: str) -> list[tuple[str, Task]]:
    doc = json.loads((TEMPLATES / f"{name}.json").read_text(encoding="utf-8"))
    rows = doc["appendix"]["tasks"]
    return [(r["number"], Task(content=r["content"], form=r.get("form", ""), depth=r["number"].count(".")))
            for r in rows]


def test_song_ma_tasks_fall_into_the_channels_of_the_outline() -> None:
    rows = _template_tasks("song-ma-2022")
    got = dict(zip([n for n, _ in rows], CHANNELS.classify([t for _, t in rows]), strict=True))
    assert got == {"1": "noi_bo", "2": "dai_chung", "2.1": "dai_chung", "2.2": "dai_chung",
                   "2.3": "dai_chung", "3": "hoi_nghi", "4": "tthc", "5": "truc_quan", "6": "hoi_nghi"}


def test_binh_dinh_subtasks_follow_their_parent_and_the_earliest_keyword_wins() -> None:
    rows = _template_tasks("binh-dinh-2024")
    got = dict(zip([n for n, _ in rows], CHANNELS.classify([t for _, t in rows]), strict=True))
    assert {got[n] for n in ("5", "5.1", "5.2", "5.3")} == {"dai_chung"}  # topics of "Gửi tin, bài"
    assert got["7"] == "truc_quan"
    assert got["9"] == "hoi_nghi"  # "lớp bồi dưỡng … thủ tục hành chính": the class comes first
    assert got["10"] == "cuoc_thi"
    assert got["1"] == "khac"


def test_bac_kan_tasks_without_a_keyword_in_the_content_use_the_form() -> None:
    rows = _template_tasks("bac-kan-2024")
    got = dict(zip([n for n, _ in rows], CHANNELS.classify([t for _, t in rows]), strict=True))
    assert got["1"] == "noi_bo"  # "Lồng ghép vào các lớp …" is the first form
    assert got["8"] == "hoi_nghi"  # "Tổ chức hội nghị tuyên truyền"


def test_keywords_match_whole_words_with_their_diacritics() -> None:
    assert CHANNELS.match("Gửi báo cáo kết quả về Sở") is None  # "báo cáo" is not the press
    assert CHANNELS.match("Bảo đảm lớp học") == "hoi_nghi"
    assert CHANNELS.match("Tổ chức toạ đàm") == "hoi_nghi"  # old tone placement
    assert CHANNELS.match("panorama") is None


# -- completion and figures --------------------------------------------------------------------
def test_completion_rate_is_done_over_all_but_dropped_leaf_tasks() -> None:
    report = draft()
    c = report.completion
    assert (c.total, c.done, c.doing, c.todo, c.dropped) == (6, 2, 2, 1, 1)  # the group row 2 is not counted
    assert c.rate == pytest.approx(2 / 5)
    assert c.rate_text == "40%"
    assert "Tỷ lệ hoàn thành: 40% (2/5 nhiệm vụ, không tính nhiệm vụ không thực hiện)." in \
        [t for _, t in report.outline()]


def test_rate_is_undefined_when_every_task_is_dropped() -> None:
    dropped = {i: Progress(i, "2024-H1", Status.DROPPED, reason="x") for i in range(1, 8)}
    report = draft(progress=dropped)
    assert report.completion.rate is None
    assert report.completion.rate_text == "—"


def test_figures_are_summed_by_channel_and_over_the_plan() -> None:
    report = draft()
    assert report.totals == {"hoi_nghi": 3, "luot_nguoi": 450, "tin_bai": 41, "chuyen_muc": 6,
                             "buoi_phat_thanh": 24.5, "pano": 8, "kinh_phi": 36_000_000}
    by_key = {c.key: c for c in report.channels}
    assert by_key["dai_chung"].totals == {"tin_bai": 41, "chuyen_muc": 6, "buoi_phat_thanh": 24.5}
    assert by_key["dai_chung"].task_ids == [3, 4]  # the unrecorded group row is not listed
    assert by_key["truc_quan"].totals == {"pano": 8, "kinh_phi": 36_000_000}
    assert [c.key for c in report.channels] == ["noi_bo", "dai_chung", "truc_quan", "hoi_nghi", "cuoc_thi"]
    summary = by_key["dai_chung"].summary.paragraphs[0]
    assert summary == ("Gồm 2 nhiệm vụ (hoàn thành 1, đang thực hiện 1). Kết quả: 41 tin, bài; 6 chuyên mục; "
                       "24,5 buổi phát thanh.")


def test_a_group_row_adds_what_was_recorded_on_itself() -> None:
    data = progress()
    data[2] = Progress(2, "2024-H1", Status.DOING, metrics={"tin_bai": 4})
    report = draft(progress=data)
    assert report.totals["tin_bai"] == 45
    assert report.completion.total == 6  # still counted through its sub-tasks


def test_summary_rows_follow_the_plan_with_a_total_row() -> None:
    report = draft()
    assert [r.number for r in report.rows] == ["1", "2", "2.1", "2.2", "3", "4", "5", ""]
    group = report.rows[1]
    assert group.group and group.status == "Hoàn thành 1/2"
    row = report.rows[2]
    assert row.cells() == ["2.1", "Đưa tin, bài trên Cổng thông tin điện tử huyện",
                           "Văn phòng HĐND và UBND huyện", "41 tin, bài\nCông văn số 12/VP ngày 10/6/2024",
                           "Hoàn thành (10/06/2024)", ""]
    assert report.rows[5].note == "Lý do: Chuyển sang quý III"
    total = report.rows[-1]
    assert total.total and total.task == "Tổng cộng"
    assert total.metrics == report.totals
    assert total.status == "Hoàn thành 2/5 (40%)"


def test_task_lines_say_status_figures_and_evidence() -> None:
    lines = [t for _, t in draft().outline()]
    assert ("- Đưa tin, bài trên Cổng thông tin điện tử huyện (Văn phòng HĐND và UBND huyện): hoàn thành "
            "ngày 10/06/2024; 41 tin, bài; Công văn số 12/VP ngày 10/6/2024.") in lines
    assert ("- Tổ chức tọa đàm về cải cách hành chính (Phòng Nội vụ): không thực hiện "
            "(lý do: Chuyển sang quý III).") in lines


# -- outline, prose, recipients ----------------------------------------------------------------
def test_outline_has_the_five_parts_of_spec_13_2_in_order() -> None:
    report = draft()
    headings = [t for s, t in report.outline() if s == "heading1"]
    assert headings == ["I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "II. KẾT QUẢ THỰC HIỆN", "III. ĐÁNH GIÁ CHUNG",
                        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024", "V. ĐỀ XUẤT, KIẾN NGHỊ"]
    opening = report.outline()[0][1]
    assert opening.startswith("Thực hiện Kế hoạch số 18/KH-UBND ngày 13/01/2024 của Ủy ban nhân dân huyện "
                              "Sông Mã về tuyên truyền cải cách hành chính năm 2024; Ủy ban nhân dân huyện "
                              "Sông Mã báo cáo")
    assert opening.endswith("6 tháng đầu năm 2024 như sau:")
    assert report.title == ("Kết quả thực hiện công tác thông tin, tuyên truyền cải cách hành chính "
                            "6 tháng đầu năm 2024")


def test_the_window_is_cited_when_known() -> None:
    period = Period(2024, "H1")
    report = draft(window=period.window())
    assert "(số liệu tính từ ngày 15/12/2023 đến ngày 14/06/2024)" in report.outline()[0][1]


@pytest.mark.parametrize(("period", "label"), [("2024-Q1", "quý II năm 2024"),
                                               ("2024-H1", "6 tháng cuối năm 2024"),
                                               ("2024-Q3", "quý IV năm 2024"), ("2024-9M", "quý IV năm 2024"),
                                               ("2024", "năm 2025")])
def test_next_period(period: str, label: str) -> None:
    assert draft(period=period).next_label == label


def test_stored_prose_replaces_the_drafted_text_and_keeps_it_as_generated() -> None:
    report = draft({"kien_nghi": "Đề nghị Sở Nội vụ tổ chức tập huấn.\n\nBổ sung kinh phí.",
                    "kq_dai_chung": "Tin bài phong phú."})
    section = report.sections["kien_nghi"]
    assert section.edited
    assert section.paragraphs == ["Đề nghị Sở Nội vụ tổ chức tập huấn.", "Bổ sung kinh phí."]
    assert section.generated == ["[Nêu đề xuất, kiến nghị với cấp trên (nếu có).]"]
    assert not section.placeholder
    assert {c.key: c for c in report.channels}["dai_chung"].summary.paragraphs == ["Tin bài phong phú."]
    assert "Đề nghị Sở Nội vụ tổ chức tập huấn." in [t for _, t in report.outline()]
    assert {s.key for s in report.placeholders()} == {"nguyen_nhan"}


def test_new_figures_change_the_draft_but_not_the_edits() -> None:
    prose = {"uu_diem": "Lãnh đạo quan tâm chỉ đạo."}
    before = draft(prose)
    data = progress()
    data[7] = Progress(7, "2024-H1", Status.DONE, dt.date(2024, 5, 30), metrics={"cuoc_thi": 1})
    after = draft(prose, progress=data)
    assert after.completion.done == before.completion.done + 1
    assert after.sections["uu_diem"].paragraphs == ["Lãnh đạo quan tâm chỉ đạo."]
    assert after.sections["uu_diem"].generated != before.sections["uu_diem"].generated


def test_kinh_gui_is_the_first_recipient_and_noi_nhan_starts_with_nhu_tren() -> None:
    report = draft()
    assert report.kinh_gui.paragraphs == ["Sở Nội vụ tỉnh Sơn La"]
    assert report.noi_nhan.paragraphs == ["Như trên", "TT Huyện ủy", "Lưu: VT, NV"]


def test_edited_recipients_keep_nhu_tren_first_and_luu_last() -> None:
    report = draft({"kinh_gui": "Sở Nội vụ tỉnh Sơn La\nBan Chỉ đạo CCHC tỉnh",
                    "noi_nhan": "- Lưu: VT, NV.\n- Chủ tịch UBND huyện;"})
    assert report.kinh_gui.paragraphs == ["Sở Nội vụ tỉnh Sơn La", "Ban Chỉ đạo CCHC tỉnh"]
    assert report.noi_nhan.paragraphs == ["Như trên", "Chủ tịch UBND huyện", "Lưu: VT, NV"]


def test_inherited_recipients_apply_until_this_period_has_its_own() -> None:
    inherited = {"kinh_gui": "Sở Nội vụ tỉnh Sơn La (Ban Chỉ đạo CCHC)"}
    report = draft(inherited=inherited)
    assert report.kinh_gui.paragraphs == ["Sở Nội vụ tỉnh Sơn La (Ban Chỉ đạo CCHC)"]
    assert not report.kinh_gui.edited
    own = draft({"kinh_gui": "UBND tỉnh Sơn La"}, inherited=inherited)
    assert own.kinh_gui.paragraphs == ["UBND tỉnh Sơn La"]


def test_no_recipients_means_no_kinh_gui_and_no_nhu_tren() -> None:
    report = draft(unit=unit([]))
    assert report.kinh_gui.paragraphs == []
    assert report.noi_nhan.paragraphs == ["Lưu: VT"]


def test_phuong_huong_takes_unfinished_and_recurring_tasks() -> None:
    lines = draft().sections["phuong_huong"].paragraphs
    assert lines[0] == ("Tiếp tục triển khai các nhiệm vụ của Kế hoạch số 18/KH-UBND trong 6 tháng cuối năm "
                        "2024, trọng tâm là:")
    assert lines[1:] == [
        "- Tiếp tục tuyên truyền trong nội bộ cơ quan, đơn vị (Phòng Nội vụ chủ trì; "
        "thời gian: Thường xuyên).",
        "- Tiếp tục đưa tin, bài trên Cổng thông tin điện tử huyện (Văn phòng HĐND và UBND huyện chủ trì; "
        "thời gian: Hàng tháng).",  # done, but monthly
        "- Tiếp tục chuyên mục cải cách hành chính trên sóng phát thanh (Phòng Nội vụ chủ trì; "
        "thời gian: Quý II/2024).",
        "- Tổ chức cuộc thi tìm hiểu về cải cách hành chính (Phòng Nội vụ chủ trì; thời gian: Quý II/2024).",
    ]  # not the pano (done once) nor the dropped tọa đàm


def test_an_unissued_plan_is_cited_with_blanks() -> None:
    citation = PlanCitation(None, None, "Tuyên truyền CCHC năm 2024", "Ủy ban nhân dân huyện Sông Mã", 2024)
    text = draft(citation=citation).outline()[0][1]
    assert text.startswith("Thực hiện Kế hoạch số …/KH-UBND ngày …/…/2024 của Ủy ban nhân dân huyện Sông Mã "
                           "về tuyên truyền CCHC năm 2024;")
    abbreviated = PlanCitation(None, None, "CCHC năm 2024", "Ủy ban nhân dân huyện Sông Mã", 2024)
    assert abbreviated.text.endswith("về CCHC năm 2024")


def test_drafting_is_pure() -> None:
    the_plan, the_unit, data = plan(), unit(), progress()
    copies = copy.deepcopy((the_plan, the_unit, data))
    first = draft_report(the_plan, the_unit, data, parse_period("2024-H1"), {"kien_nghi": "x"},
                         citation=CITATION, channels=CHANNELS)
    second = draft_report(the_plan, the_unit, data, parse_period("2024-H1"), {"kien_nghi": "x"},
                          citation=CITATION, channels=CHANNELS)
    assert first.to_dict() == second.to_dict()
    assert (the_plan, the_unit, data) == copies
    json.dumps(first.to_dict())  # JSON-ready


def test_a_long_plan_keeps_per_task_results_in_the_appendix() -> None:
    tasks = [task(i, str(i), f"Đưa tin, bài số {i} trên Cổng thông tin điện tử", schedule="Quý III/2024")
             for i in range(1, 21)]
    big = Plan(id=1, title="Tuyên truyền cải cách hành chính năm 2024", year=2024, template_id="t",
               legal_bases=[], closing=[], appendix_title="", columns=[], tasks=tasks)
    report = draft_report(big, unit(), {}, parse_period("2024-H1"), {}, citation=CITATION, channels=CHANNELS)
    body = [t for _, t in report.outline()]
    assert "Kết quả từng nhiệm vụ: chi tiết tại Phụ lục kèm theo." in body
    assert not any(t.startswith("- Đưa tin, bài số") and "chưa triển khai" in t for t in body)
    steps = report.sections["phuong_huong"].paragraphs
    assert len(steps) == 1 + 15
    assert steps[-1] == "- Và 6 nhiệm vụ khác (chi tiết tại Phụ lục kèm theo)."
    assert len(report.rows) == 21  # the appendix still has every task, and the total row


def test_multi_line_contents_are_named_by_their_first_line() -> None:
    the_plan = plan()
    the_plan.tasks[0].content = ("Tiếp tục tuyên truyền chủ trương của Đảng về CCHC, cụ thể:\n"
                                 "- Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;\n"
                                 "- Chỉ thị số 27/CT-TTg.")
    the_plan.tasks[4].content = "- Tuyên truyền vai trò của người đứng đầu;\n- Tuyên truyền tầm quan trọng."
    report = draft_report(the_plan, unit(), progress(), parse_period("2024-H1"), {}, citation=CITATION,
                          channels=CHANNELS)
    body = [t for _, t in report.outline()]
    assert ("- Tiếp tục tuyên truyền chủ trương của Đảng về CCHC (Phòng Nội vụ): đang thực hiện; "
            "3 hội nghị; 450 lượt người.") in body
    assert any(t.startswith("- Tuyên truyền vai trò của người đứng đầu (Phòng Nội vụ): hoàn thành")
               for t in body)
    assert not any("\n" in t for t in body)
    assert report.rows[0].task == the_plan.tasks[0].content  # the appendix keeps the whole text


def test_noi_nhan_ends_with_the_drafting_unit_of_the_profile() -> None:
    profile = unit(["Sở Nội vụ tỉnh Sơn La", "TT Huyện ủy"])
    profile.drafting_unit = "NV"
    assert draft(unit=profile).noi_nhan.paragraphs == ["Như trên", "TT Huyện ủy", "Lưu: VT, NV"]
    edited = draft({"noi_nhan": "- Lưu: VT, CCHC.\n- TT HĐND huyện;"}, unit=profile)
    assert edited.noi_nhan.paragraphs == ["Như trên", "TT HĐND huyện", "Lưu: VT, CCHC"]  # the officer's kept
