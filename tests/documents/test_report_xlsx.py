"""The report's XLSX (W6): the Biểu tổng hợp and the figures as numbers with Vietnamese-ready
number formats, and a print setup (A4 landscape, fit to width, header row repeated)."""

from __future__ import annotations

import io

import openpyxl
import pytest
from data.worked_example import load_worked_example

from ccpropa_desktop.documents.render_xlsx import DECIMAL, INTEGER, PERCENT
from ccpropa_desktop.domain.report import SUMMARY_COLUMNS
from ccpropa_desktop.services import reports, tracking

PERIOD = "2022-H1"


@pytest.fixture
def worked(store):
    pid = load_worked_example(store)
    data = reports.render_report(store, pid, PERIOD, "xlsx", draft=False, number="25", date="2022-06-18")
    return reports.report_data(store, pid, PERIOD), openpyxl.load_workbook(io.BytesIO(data))


def _header_row(ws) -> int:
    return next(r for r in range(1, 20) if ws.cell(row=r, column=1).value == "STT")


def test_two_sheets_with_titles(worked) -> None:
    report, wb = worked
    assert wb.sheetnames == ["Biểu tổng hợp", "Số liệu"]
    ws = wb["Biểu tổng hợp"]
    assert [ws.cell(row=r, column=1).value for r in (1, 2, 3)] == [
        "Phụ lục", report.appendix_title.upper(),
        "(Kèm theo Báo cáo số 25/BC-UBND ngày 18/06/2022 của Ủy ban nhân dân huyện Sông Mã)"]


def test_table_columns_rows_and_text(worked) -> None:
    report, wb = worked
    ws = wb["Biểu tổng hợp"]
    head = _header_row(ws)
    labels = [ws.cell(row=head, column=c).value for c in range(1, ws.max_column + 1)]
    metric_keys = list(report.metric_labels)
    assert labels == [*SUMMARY_COLUMNS, *(report.metric_labels[k] for k in metric_keys)]
    assert all(ws.cell(row=head, column=c).font.b for c in range(1, len(labels) + 1))
    assert ws.max_row == head + len(report.rows)
    for offset, row in enumerate(report.rows, start=1):
        cells = [ws.cell(row=head + offset, column=c).value or "" for c in range(1, 7)]
        assert cells == row.cells()
    assert {ws.cell(row=r, column=c).font.name for r in range(1, ws.max_row + 1)
            for c in range(1, ws.max_column + 1) if ws.cell(row=r, column=c).value is not None} \
        == {"Times New Roman"}


def test_figures_are_numbers_with_a_number_format(worked) -> None:
    report, wb = worked
    ws = wb["Biểu tổng hợp"]
    head = _header_row(ws)
    columns = {ws.cell(row=head, column=c).value: c for c in range(1, ws.max_column + 1)}
    total_row = ws.max_row
    assert ws.cell(row=total_row, column=2).value == "Tổng cộng"
    for key, label in report.metric_labels.items():
        cell = ws.cell(row=total_row, column=columns[label])
        assert isinstance(cell.value, int | float) and not isinstance(cell.value, bool)
        assert cell.value == report.totals[key]
        assert cell.number_format == INTEGER  # shown 48.500.000 where the reader's locale is vi
    kinh_phi = ws.cell(row=total_row, column=columns["Kinh phí (đồng)"])
    assert kinh_phi.value == 48_500_000
    numeric = [ws.cell(row=r, column=c) for r in range(head + 1, total_row + 1)
               for c in range(len(SUMMARY_COLUMNS) + 1, ws.max_column + 1)]
    assert all(c.value is None or isinstance(c.value, int | float) for c in numeric)
    assert all(c.number_format in (INTEGER, DECIMAL) for c in numeric if c.value is not None)


def test_print_setup_a4_landscape_fit_to_width_header_repeated(worked) -> None:
    _report, wb = worked
    for ws in wb.worksheets:
        head = _header_row(ws) if ws.title == "Biểu tổng hợp" else next(
            r for r in range(1, 20) if ws.cell(row=r, column=2).value == "Kênh tuyên truyền")
        assert int(ws.page_setup.paperSize) == 9  # A4 in the OOXML paper table
        assert ws.page_setup.orientation == "landscape"
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.print_title_rows == f"${head}:${head}"  # the table header on every page
        assert ws.page_margins.left == pytest.approx(30 / 25.4)


def test_figures_sheet_by_channel_with_the_completion_rate(worked) -> None:
    report, wb = worked
    ws = wb["Số liệu"]
    rows = {ws.cell(row=r, column=2).value: r for r in range(1, ws.max_row + 1)}
    for channel in report.channels:
        r = rows[channel.title]
        assert ws.cell(row=r, column=3).value == channel.completion.total
        assert ws.cell(row=r, column=4).value == channel.completion.done
    assert ws.cell(row=rows["Tổng cộng"], column=3).value == 8
    rate = ws.cell(row=rows["Tỷ lệ hoàn thành = hoàn thành / (tổng số − không thực hiện)"], column=3)
    assert rate.value == pytest.approx(2 / 7) and rate.number_format == PERCENT


def test_decimal_figures_keep_their_decimals(store) -> None:
    pid = load_worked_example(store)
    tracking.set_progress(store, pid, "2.2", PERIOD, metrics={"buoi_phat_thanh": 12.5})
    wb = openpyxl.load_workbook(io.BytesIO(reports.render_report(store, pid, PERIOD, "xlsx")))
    ws = wb["Biểu tổng hợp"]
    head = _header_row(ws)
    column = next(c for c in range(1, ws.max_column + 1)
                  if ws.cell(row=head, column=c).value == "Buổi phát thanh")
    values = {ws.cell(row=r, column=1).value: ws.cell(row=r, column=column)
              for r in range(head + 1, ws.max_row + 1)}
    assert values["2.2"].value == 12.5 and values["2.2"].number_format == DECIMAL
    assert ws.cell(row=ws.max_row, column=column).value == 126.5  # 114 + 12.5
