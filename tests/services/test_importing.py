"""import_template (issue 4): each seed's text imports equal to its built-in template (tolerance in
docs/template-format.md "Import"), is saved in one transaction, and builds a plan; bad input saves
nothing; mutated text never raises anything but a UserError.

Plan text comes from conftest.plan_text / plan_file: "generated" from the built-in templates (always
there), "seed" the real seed (skipped on a plain clone, which has no raw seed plans)."""

from __future__ import annotations

import json
import sys

import pytest
from conftest import DATA, PLAN_SOURCES, SEED_FILES, plan_file, plan_text
from hypothesis import given, settings
from hypothesis import strategies as st

from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import plans
from ccpropa_desktop.services.importing import import_template, shape_errors
from ccpropa_desktop.services.templates import get_template, list_templates

sys.path.insert(0, str(DATA))
import make_test_docx as make


@pytest.mark.parametrize("source", PLAN_SOURCES)
@pytest.mark.parametrize("template_id", sorted(SEED_FILES))
def test_each_seed_text_imports_equal_to_its_builtin_template(store, template_id, source, tmp_path):
    path = plan_file(tmp_path, template_id, source)
    result = import_template(store, path, as_copy=True)
    doc = result.template
    assert make.differences(doc, make.builtin(template_id)) == []          # the documented tolerance
    assert shape_errors(doc) == []
    assert doc["id"] == f"{template_id}-2"                                  # the built-in keeps its id
    assert doc["source"] == path.name
    assert (result.saved, result.unplaced, result.kind) == (True, [], "text")
    assert result.tasks == len(make.builtin(template_id)["appendix"]["tasks"])
    assert store.get_template_doc(doc["id"]) == json.loads(json.dumps(doc))


@pytest.mark.parametrize("source", PLAN_SOURCES)
def test_the_seed_text_itself_is_accepted_as_pasted_text(store, source):
    text = plan_text("song-ma-2022", source)
    result = import_template(store, text, dry_run=True)
    assert make.differences(result.template, make.builtin("song-ma-2022")) == []
    assert result.template["source"] == "văn bản dán"


def test_dry_run_saves_nothing(store, tmp_path):
    result = import_template(store, plan_file(tmp_path, "bac-kan-2024"), dry_run=True)
    assert not result.saved and result.sections == 7 and result.tasks == 11
    assert store.list_template_docs() == []


def test_ids_stay_unique_and_a_chosen_id_is_checked(store, tmp_path):
    song_ma = plan_file(tmp_path, "song-ma-2022")
    first = import_template(store, song_ma, as_copy=True).template["id"]
    second = import_template(store, song_ma, as_copy=True).template["id"]
    assert (first, second) == ("song-ma-2022-2", "song-ma-2022-3")
    assert import_template(store, song_ma, template_id="son-la-2022", as_copy=True) \
        .template["id"] == "son-la-2022"
    for taken in ("son-la-2022", "song-ma-2022"):
        with pytest.raises(UserError) as err:
            import_template(store, song_ma, template_id=taken, as_copy=True)
        assert err.value.code == "template_exists"
    with pytest.raises(UserError) as err:
        import_template(store, song_ma, template_id="Sơn La 2022")
    assert err.value.code == "template_id_invalid"
    assert sorted(d["id"] for d in store.list_template_docs()) == ["son-la-2022", "song-ma-2022-2",
                                                                   "song-ma-2022-3"]


def test_an_imported_template_lists_shows_and_builds_a_plan(store, song_ma_unit, tmp_path):
    doc = import_template(store, plan_file(tmp_path, "bac-kan-2024"), as_copy=True).template
    summary = next(s for s in list_templates(store) if s.id == doc["id"])
    assert (summary.builtin, summary.task_count, summary.issuer) == (False, 11, "UBND tỉnh Bắc Kạn")
    assert get_template(store, doc["id"]) == json.loads(json.dumps(doc))
    plan = plans.create_plan(store, doc["id"], 2025, all_tasks=True)
    assert len(plan.tasks) == 11 and len(plan.sections) == 7
    assert "Kế hoạch số …/KH-UBND" in plan.legal_bases[0] and "UBND tỉnh Bắc Kạn" in plan.legal_bases[0]
    assert plan.tasks[0].content.startswith("Tiếp tục tuyên truyền các quan điểm")


def test_a_generated_docx_imports_through_the_service(store, tmp_path):
    path = tmp_path / "binh-dinh.docx"
    path.write_bytes(make.build(make.builtin("binh-dinh-2024")))
    result = import_template(store, path, as_copy=True)
    assert result.kind == "docx" and result.template["form"] == "B"
    assert make.differences(result.template, make.builtin("binh-dinh-2024")) == []


@pytest.mark.parametrize(("text", "code"), [
    ("", "empty_text"), ("   \n\n\t \n", "empty_text"),
    ("Một đoạn văn bất kỳ, không phải kế hoạch.\n\nĐoạn thứ hai.", "no_plan"),
    ("KẾ HOẠCH\n\nCột A\tCột B\tCột C\nx\ty\tz\nu\tv\tw\n", "unknown_columns"),
    ("TT\tNội dung\tCơ quan chủ trì\n\t\t\n", "no_tasks"),
])
def test_nothing_found_is_refused_in_vietnamese_and_nothing_saved(store, text, code):
    with pytest.raises(UserError) as err:
        import_template(store, text + "\n")
    assert err.value.code == code
    assert err.value.message[:1].isupper() and err.value.message.endswith(".")
    assert store.list_template_docs() == []


def test_no_table_is_not_the_end_the_body_is_saved_and_the_officer_told(store):
    """Issue 13: without a task table the body (sections, căn cứ, signer) is imported and saved;
    the appendix is left empty, and the summary says plainly it must be added by hand."""
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN SÔNG MÃ\nSố: 18/KH-UBND\nSông Mã, ngày 13 tháng 01 năm 2022\n\nKẾ HOẠCH\n"
            "Tuyên truyền CCHC năm 2022\n\n"
            "Căn cứ Kế hoạch số 5/KH-UBND ngày 02/01/2022 của UBND tỉnh Sơn La;\n\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n\n- Nâng cao nhận thức về CCHC.\n\nII. TỔ CHỨC THỰC HIỆN\n\n"
            "- Phòng Nội vụ theo dõi, đôn đốc.\n\nNơi nhận:\n- Sở Nội vụ;\n- Lưu: VT.\n\n"
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLò Văn Sinh\n")
    result = import_template(store, text)
    doc = store.get_template_doc(result.template["id"]) if hasattr(store, "get_template_doc") else \
        next(d for d in store.list_template_docs() if d["id"] == result.template["id"])
    assert result.saved and result.no_appendix and result.tasks == 0
    assert doc["appendix"]["tasks"] == [] and doc["appendix"]["columns"] == []
    assert [s["title"] for s in doc["sections"]] == ["MỤC ĐÍCH, YÊU CẦU", "TỔ CHỨC THỰC HIỆN"]
    assert doc["legal_bases"] == ["Căn cứ Kế hoạch số 5/KH-UBND ngày 02/01/2022 của UBND tỉnh Sơn La;"]
    assert doc["signer"] == {"authority": "TM. ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH", "name": "Lò Văn Sinh"}
    assert doc["number"] == "18/KH-UBND" and doc["recipients"] == ["Sở Nội vụ", "Lưu: VT"]
    assert "phải thêm bằng tay" in result.warnings[0]


@pytest.mark.parametrize(("content", "code"), [(b"", "empty_text"), (b"\x00\x01\x02binary" * 10, "not_text"),
                                               (b"PK\x03\x04garbage", "docx_corrupt")])
def test_bad_files_are_refused(store, tmp_path, content, code):
    path = tmp_path / "ke-hoach.txt"
    path.write_bytes(content)
    with pytest.raises(UserError) as err:
        import_template(store, path)
    assert err.value.code == code
    with pytest.raises(UserError) as missing:
        import_template(store, tmp_path / "khong-co.docx")
    assert missing.value.code in ("file_not_found", "empty_text", "no_plan")


def test_a_continuation_row_before_any_task_is_reported_not_placed(store):
    text = ("KẾ HOẠCH\n\nTuyên truyền CCHC năm 2025\n\nTT\tNội dung\tCơ quan chủ trì\n"
            "\tdòng lạc đầu bảng\tPhòng Nội vụ\n1\tTổ chức hội nghị\tPhòng Nội vụ\n")
    result = import_template(store, text, dry_run=True)
    assert result.tasks == 1 and len(result.unplaced) == 1 and "dòng lạc đầu bảng" in result.unplaced[0]


# Mutations: (line index, modulo the text's line count; what to do; junk text)
MUTATIONS = st.lists(st.tuples(st.integers(min_value=0, max_value=10_000),
                               st.sampled_from(["drop", "dup", "tab", "junk", "upper", "swap"]),
                               st.text(max_size=12)), max_size=10)


@pytest.mark.parametrize("source", PLAN_SOURCES)
def test_fuzz_text_mutations_raise_only_user_errors(source):
    lines = plan_text("bac-kan-2024", source).split("\n")
    assert len(lines) > 50

    @settings(max_examples=120, deadline=None)
    @given(MUTATIONS)
    def mutated_text_imports_or_is_refused(mutations):
        _import_mutated(list(lines), mutations)

    mutated_text_imports_or_is_refused()


def _import_mutated(lines: list[str], mutations: list[tuple[int, str, str]]) -> None:
    from ccpropa_desktop.services.session import memory_store

    for index, action, junk in mutations:
        i = index % len(lines)
        if action == "drop":
            del lines[i]
        elif action == "dup":
            lines.insert(i, lines[i])
        elif action == "tab":
            lines[i] = lines[i].replace(" ", "\t", 2)
        elif action == "junk":
            lines[i] = junk + lines[i][len(junk):]
        elif action == "upper":
            lines[i] = lines[i].upper()
        else:
            j = (i * 7 + 3) % len(lines)
            lines[i], lines[j] = lines[j], lines[i]
        if not lines:
            lines = [""]
    store = memory_store()
    try:
        result = import_template(store, "\n".join(lines) + "\n", dry_run=True)
        assert shape_errors(result.template) == []
    except UserError:
        pass
    finally:
        store.close()


def test_a_file_that_is_already_a_template_is_refused_or_copied(store, tmp_path):
    path = plan_file(tmp_path, "song-ma-2022")
    before = [t.id for t in list_templates(store)]
    assert import_template(store, path, dry_run=True).duplicate_of == "song-ma-2022"
    with pytest.raises(UserError) as err:
        import_template(store, path)
    assert err.value.code == "template_duplicate" and "“song-ma-2022”" in err.value.message
    assert [t.id for t in list_templates(store)] == before
    copy = import_template(store, path, as_copy=True).template
    assert copy["id"] != "song-ma-2022" and copy["name"].endswith("(bản sao)")
    changed = path.read_text(encoding="utf-8").replace("Sông Mã", "Mường La", 1)
    assert import_template(store, changed, dry_run=True).duplicate_of == ""  # a different plan
