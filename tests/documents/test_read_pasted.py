"""Text pasted from our own PDFs (issue 13, item 2): read by its shape, not its line order.

The fixtures (tests/data/make_pasted_fixtures.py) are the texts poppler's ``pdftotext`` (with and
without ``-layout``) and pypdf's ``extract_text`` give for our fixture PDFs — LibreOffice's, committed
in tests/data/pdf, and our renderer's — committed in tests/data/pasted with what each must import to,
so a clone without poppler tests them too. Every imported field is compared with the plan printed:
the header and body exactly (except the few paragraph breaks named in ``BODY_GAPS``, which no copy
keeps), and every task is either exactly right or flagged for the officer to check — never silently
wrong. ``RIGHT`` holds how many tasks come out exactly right today (the figures of the report); it
may only go up.
"""

from __future__ import annotations

import shutil
import sys

import pytest
from conftest import DATA, SEED_FILES, seed_path

from ccpropa_desktop.reading import cells, spilled_plain
from ccpropa_desktop.reading.assemble import assemble
from ccpropa_desktop.reading.columns import column_key, task_number
from ccpropa_desktop.reading.model import RawTable
from ccpropa_desktop.reading.read_text import join_lines, read_text
from ccpropa_desktop.services.importing import import_template

sys.path.insert(0, str(DATA))
import make_pasted_fixtures as P
import make_pdf_fixtures as F

CASES = [(name, mode) for name in P.NAMES for mode in P.MODES]

# Tasks exactly right per fixture and way of copying; the rest are flagged.
RIGHT = {
    ("bac-kan-2024-lo", "plain"): 0, ("bac-kan-2024-lo", "layout"): 7, ("bac-kan-2024-lo", "pypdf"): 6,
    ("bac-kan-2024-lo-columns", "plain"): 0, ("bac-kan-2024-lo-columns", "layout"): 5,
    ("bac-kan-2024-lo-columns", "pypdf"): 4,
    ("binh-dinh-2024-lo", "plain"): 0, ("binh-dinh-2024-lo", "layout"): 15, ("binh-dinh-2024-lo", "pypdf"): 7,
    ("song-ma-2022-lo", "plain"): 0, ("song-ma-2022-lo", "layout"): 9, ("song-ma-2022-lo", "pypdf"): 8,
    ("bac-kan-2024-ours", "plain"): 0, ("bac-kan-2024-ours", "layout"): 2, ("bac-kan-2024-ours", "pypdf"): 8,
    ("song-ma-2022-ours", "plain"): 4, ("song-ma-2022-ours", "layout"): 5, ("song-ma-2022-ours", "pypdf"): 9,
    ("binh-dinh-2024-ours", "plain"): 2, ("binh-dinh-2024-ours", "layout"): 10,
    ("binh-dinh-2024-ours", "pypdf"): 16,
    ("bac-kan-2024-ours-wrap", "plain"): 0, ("bac-kan-2024-ours-wrap", "layout"): 2,
    ("bac-kan-2024-ours-wrap", "pypdf"): 7,
}

# Body fields no copy can restore: a paragraph the author went on with after a full stop (the copy
# shows a sentence's end, then a capital: "… năm 2024." / "Trong quá trình …"), and a dash the
# extractor dropped from a justified line ("kinh tế xã hội").
_AFTER_STOP_SONG_MA = ".sections[1].children[2].paragraphs"
BODY_GAPS = {
    **{("song-ma-2022-lo", m): {_AFTER_STOP_SONG_MA} for m in P.MODES},
    **{("song-ma-2022-ours", m): {_AFTER_STOP_SONG_MA} for m in P.MODES},
    **{("bac-kan-2024-ours", m): {".closing"} for m in P.MODES},
    **{("bac-kan-2024-ours-wrap", m): {".closing"} for m in P.MODES},
    ("binh-dinh-2024-lo", "plain"): {".sections[4].children[0].paragraphs[1]"},      # "Truyền thông Văn hóa"
    ("binh-dinh-2024-ours", "plain"): {".sections[1].children[0].paragraphs[1]"},    # "kinh tế xã hội"
}


def _import(name: str, mode: str):
    text, want = P.fixture(name, mode)
    raw = read_text(text)
    return raw, assemble(raw), want


def _body(doc: dict, want: dict) -> list[str]:
    body = {k: v for k, v in want.items() if k != "appendix"}
    return F.differences({**doc, "appendix": {"columns": []}}, body)


@pytest.mark.parametrize(("name", "mode"), CASES)
def test_header_and_body_of_pasted_text_are_read_whole(name, mode):
    _raw, result, want = _import(name, mode)
    doc = result.doc
    assert (doc["form"], doc["number"], doc["date"], doc["title"]) == \
        (want["form"], want["number"], want["date"], want["title"])
    assert doc["issuer"]["name_lines"] == want["issuer"]["name_lines"]
    assert doc["issuer"]["place"] == want["issuer"]["place"]
    assert doc["signer"] == want["signer"] and doc["recipients"] == want["recipients"]
    assert doc["legal_bases"] == want["legal_bases"]

    def titles(nodes: list[dict]) -> list:
        return [(n["title"], titles(n["children"])) for n in nodes]

    assert titles(doc["sections"]) == titles(want["sections"])
    gaps = {d.split(":")[0] for d in _body(doc, want)}
    assert gaps == BODY_GAPS.get((name, mode), set())


@pytest.mark.parametrize(("name", "mode"), CASES)
def test_every_task_is_exactly_right_or_flagged(name, mode):
    """Each printed task is found by its number; each of its cells (content, form, lead, partners,
    schedule, product) is exactly what was printed, or the row is flagged ("cần kiểm tra")."""
    raw, result, want = _import(name, mode)
    got = F.imported_view(result.doc)
    got_keys = [column_key(x) for x in got["appendix"]["labels"]]
    want_keys = [column_key(x) for x in want["appendix"]["labels"]]
    assert sorted(got_keys, key=str) == sorted(want_keys, key=str)      # every column found
    in_page_order = got["appendix"]["labels"] == want["appendix"]["labels"]
    flagged = P.flagged_numbers(raw)
    tasks = {dict(zip(got_keys, r, strict=True))["number"]: dict(zip(got_keys, r, strict=True))
             for r in got["appendix"]["rows"]}
    assert list(tasks) == [r[want_keys.index("number")] for r in want["appendix"]["rows"]]
    right = 0
    for values in want["appendix"]["rows"]:
        printed = dict(zip(want_keys, values, strict=True))
        if tasks[printed["number"]] == printed and in_page_order:
            right += 1
        else:
            assert printed["number"] in flagged, f"task {printed['number']} wrong and not flagged"
    assert right >= RIGHT[(name, mode)]
    assert len(result.checks) >= len(flagged)        # each flag reaches the officer


def test_wrapped_headings_are_joined_until_they_name_known_columns():
    assert spilled_plain.join_labels(["TT Nội dung tuyên truyền Hình thức tuyên truyền Cơ quan chủ trì "
                                      "Cơ quan phối hợp Thời gian", "thực hiện"]) == \
        ["TT", "Nội dung tuyên truyền", "Hình thức tuyên truyền", "Cơ quan chủ trì", "Cơ quan phối hợp",
         "Thời gian thực hiện"]
    # two labels wrapped line by line into each other
    assert spilled_plain.join_labels(["TT", "Nhiệm vụ", "Thời gian", "Hoạt động/sản", "thực hiện",
                                      "phẩm"]) == \
        ["TT", "Nhiệm vụ", "Thời gian thực hiện", "Hoạt động/sản phẩm"]
    assert spilled_plain.join_labels(["Nội dung công việc", "Cơ quan, đơn vị chủ trì Cơ quan, đơn vị phối",
                                      "tuyên truyền", "thực hiện", "hợp thực hiện"]) == \
        ["Nội dung công việc tuyên truyền", "Cơ quan, đơn vị chủ trì thực hiện",
         "Cơ quan, đơn vị phối hợp thực hiện"]


def test_spilled_cells_are_assigned_by_content():
    lines = ["Tuyên truyền các quy định về thủ tục", "hành chính cho người dân.", "- Hội nghị;",
             "- Trên Cổng thông tin điện tử", "của huyện.", "Phòng Nội vụ", "UBND các xã, thị trấn",
             "Tháng 4 hằng năm"]
    keys = ["content", "form", "lead", "partners", "schedule"]
    slots = [cells.Slot(c, k, 0) for c, k in enumerate(keys, 1)]
    parts, sure = cells.segment(lines, slots)
    assert parts == [lines[:2], lines[2:5], ["Phòng Nội vụ"], ["UBND các xã, thị trấn"], ["Tháng 4 hằng năm"]]
    assert sure
    assert [cells.kind(x) for x in ("Quý I", "Thường xuyên", "15/12/2024", "Tháng 4 hằng năm",
                                    "UBND huyện", "Các cơ quan, đơn vị", "- Trên Cổng thông tin", "Hội nghị",
                                    "Tuyên truyền các nội dung")] == \
        ["time", "time", "time", "time", "agency", "agency", "form", "form", None]


def _table(text: str) -> RawTable:
    raw = read_text("KẾ HOẠCH\nTuyên truyền cải cách hành chính\nI. MỤC ĐÍCH\nNội dung.\nPhụ lục\n" + text)
    return next(b for b in raw.blocks if isinstance(b, RawTable))


def test_a_row_whose_cells_share_a_line_is_cut_and_flagged_not_swallowed():
    table = _table("TT\nNhiệm vụ\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian thực\nhiện\n"
                   "1 Tổ chức tọa đàm tuyên truyền công tác cải\ncách hành chính\n"
                   "Phòng Văn hóa và Thông tin Các cơ quan, đơn vị có liên\nquan\nQuý II, III năm\n2024\n"
                   "2 Tuyên truyền các nội dung CCHC trên các\nphương tiện thông tin đại chúng\n"
                   "Trung tâm Truyền thông - Văn hóa huyện\nCác cơ quan, đơn vị có liên quan\nThường xuyên\n")
    assert [[c.text for c in r] for r in table.rows[1:]] == [
        ["1", "Tổ chức tọa đàm tuyên truyền công tác cải cách hành chính", "Phòng Văn hóa và Thông tin",
         "Các cơ quan, đơn vị có liên quan", "Quý II, III năm 2024"],
        ["2", "Tuyên truyền các nội dung CCHC trên các phương tiện thông tin đại chúng",
         "Trung tâm Truyền thông - Văn hóa huyện", "Các cơ quan, đơn vị có liên quan", "Thường xuyên"]]
    assert table.uncertain_rows == [1]          # the line two cells shared is named; row 2 is clean


def test_a_wrapped_cell_does_not_push_text_into_the_next_column():
    """pypdf: leads wrapped over six lines, then partners and a schedule; a row cut by the page."""
    raw, result, want = _import("bac-kan-2024-lo", "pypdf")
    tasks = {t["number"]: t for t in result.doc["appendix"]["tasks"]}
    rows = {r[0]: r for r in want["appendix"]["rows"]}
    for n in ("5", "7", "9", "11"):
        assert [tasks[n][k] for k in ("content", "form", "lead", "partners", "schedule")] == rows[n][1:6]
    assert "4" in P.flagged_numbers(raw)     # its form list runs on to the next page: a guess


def test_layout_cells_one_space_apart_are_cut_at_the_column_edge():
    """pdftotext -layout: "… điển hình trong thực - Trên Cổng/Trang thông" holds the content and the
    form one space apart; the line is cut where the form column starts on that page."""
    raw, result, _want = _import("bac-kan-2024-lo", "layout")
    task = next(t for t in result.doc["appendix"]["tasks"] if t["number"] == "6")
    assert "Trên Cổng" not in task["content"] and "Internet" not in task["content"]
    assert task["form"].split("\n")[1].startswith("- Trên Cổng/Trang thông")
    assert "6" in P.flagged_numbers(raw)     # where "… phục vụ tin điện tử;" parts is a guess: flagged


def test_a_hard_wrap_before_a_capital_goes_on_with_the_paragraph():
    lines = ["Căn cứ Kế hoạch số 18/KH-UBND ngày 13/01/2022 của UBND huyện Sông",
             "Mã về tuyên truyền công tác cải cách hành chính huyện Sông Mã năm 2022;",
             "- Thông tin, tuyên truyền các chủ trương của Đảng về công tác",
             "CCHC để nâng cao nhận thức; đăng tải kết quả trên các trang thông tin trên",
             "Website của huyện. Các cơ quan báo cáo kết quả trước ngày 15 hằng tháng.",
             "Trên đây là Kế hoạch tuyên truyền công tác CCHC huyện Sông Mã."]
    assert join_lines(lines, True, 80) == [
        " ".join(lines[:2]), " ".join(lines[2:5]), lines[5]]


needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="needs pdftotext (poppler-utils)")


@needs_pdftotext
@pytest.mark.parametrize("mode", ["plain", "layout"])
def test_text_pdftotext_gives_here_is_read_the_same_way(mode):
    """The committed texts stand for what poppler gives; what it gives on this machine is read as well."""
    pdf, want = P.pdf_and_expected("bac-kan-2024-lo")
    raw = read_text(P.extract(pdf, mode))
    score = P.score(assemble(raw).doc, raw, want)
    assert score["wrong"] == 0 and score["right"] + score["flagged"] == len(want["appendix"]["rows"])


def test_pasted_text_file_imports_through_the_service(store, tmp_path):
    path = tmp_path / "ke-hoach-dan.txt"
    text, want = P.fixture("bac-kan-2024-lo", "plain")
    path.write_text(text, encoding="utf-8")
    result = import_template(store, path)
    assert result.saved and result.kind == "text" and result.tasks == len(want["appendix"]["rows"])
    assert all("cần kiểm tra" in x for x in result.checks) and len(result.checks) == result.tasks
    assert result.unplaced == []  # flagged rows are imported, none left out
    saved = store.get_template_doc(result.template["id"])
    assert [t["number"] for t in saved["appendix"]["tasks"]] == [r[0] for r in want["appendix"]["rows"]]


@needs_pdftotext
@pytest.mark.parametrize("template_id", sorted(SEED_FILES))
def test_real_seeds_printed_and_pasted_back_are_never_silently_wrong(template_id):
    """A real plan (../shared/seeds, skipped without it) imported, printed by our renderer, copied the
    three ways and imported again: every task is found; each is right or flagged."""
    for _name, mode, score in P.seed_figures([seed_path(template_id)]):
        assert score["wrong"] == 0 and score["body_faults"] <= 1, (mode, score)


@needs_pdftotext
@pytest.mark.parametrize("mode", P.MODES)
def test_a_100_row_appendix_over_30_pages_keeps_every_task(mode):
    """The benchmark's 30-page plan (numbers 1 … 64 with sub-rows 5.1 …), pasted: every row is found,
    none swallowed into the one above ("5.1 Tổ chức …" one space from its text in -layout)."""
    sys.path.insert(0, str(DATA.parent.parent / "benchmarks"))
    import import_plan as bench

    raw = read_text(P.extract(bench.pdf_30_pages(), mode))
    tasks = assemble(raw).doc["appendix"]["tasks"]
    assert len(tasks) == 100 and len({t["number"] for t in tasks}) == 100


def test_a_flagged_row_is_named_by_its_task_number_wherever_that_column_is():
    """The reordered fixture has its number column last: the officer is told "dòng “2”", not the
    first cell's text."""
    text = (P.OUT / "bac-kan-2024-lo-columns.layout.txt").read_text(encoding="utf-8")
    result = assemble(read_text(text))
    keys = [c["key"] for c in result.doc["appendix"]["columns"]]
    assert keys[-1] == "number"
    named = [line.split("”")[0].split("“")[1] for line in result.checks if line.startswith("Bảng 1, dòng")]
    assert named and all(task_number(n) for n in named), named
