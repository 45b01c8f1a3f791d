"""Report packages and aggregation: `report package`, `package verify`, `aggregate …` (W6 → W7)."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, TextIO

from ccpropa_desktop.documents.formats import decimal
from ccpropa_desktop.domain.levels import LEVELS
from ccpropa_desktop.errors import UserError

from .lazy import lazy
from .output import emit, emit_json, table

if TYPE_CHECKING:
    from ccpropa_desktop.store import Store

aggregate = lazy("ccpropa_desktop.services.aggregate")
packages = lazy("ccpropa_desktop.services.packages")
issuing = lazy("ccpropa_desktop.services.issuing")
reports = lazy("ccpropa_desktop.services.reports")
render = lazy("ccpropa_desktop.services.render")
session = lazy("ccpropa_desktop.services.session")

BAR_WIDTH = 30


@contextlib.contextmanager
def _store(args: argparse.Namespace) -> Iterator[Store]:
    store = session.open_store(args.data_dir)
    try:
        yield store
    finally:
        store.close()


# -- report package ----------------------------------------------------------------------------
def report_package(args: argparse.Namespace) -> None:
    if (args.number is None) != (args.date is None):
        raise UserError("number_date", "Báo cáo đã ban hành cần cả --number và --date; "
                        "bỏ cả hai để gửi kèm bản dự thảo.")
    number = issuing.parse_number(args.number) if args.number is not None else None
    date = issuing.parse_date(args.date) if args.date is not None else None
    with _store(args) as store:
        out = args.out or reports.package_file_name(store, args.period)  # names the period and the unit
        path = packages.make_package(store, args.plan, args.period, out, number=number, date=date)
    result = packages.verify_package(path)  # what the upper level will see
    if not result.ok:
        raise UserError("package_invalid", f"Gói vừa tạo không hợp lệ: {result.problems[0].message}")
    if args.json:
        return emit_json(result.to_dict())
    assert result.manifest is not None and result.data is not None
    c = result.data.completion
    emit(f"Đã ghi gói báo cáo {path} ({max(1, result.size // 1024)} KB), kỳ {result.manifest.period}: "
         f"{c.done}/{c.tasks} nhiệm vụ hoàn thành.")


# -- package verify ----------------------------------------------------------------------------
def package_verify(args: argparse.Namespace) -> int:
    result = packages.verify_package(args.file)
    if args.json:
        emit_json(result.to_dict())
        return 0 if result.ok else 2
    if result.ok and result.manifest and result.data:
        m = result.manifest
        c = result.data.completion
        emit(f"Hợp lệ: {args.file}")
        emit(f"Đơn vị: {m.unit['short_name']} (cấp {LEVELS.get(m.unit['level'], m.unit['level'])})")
        plan = m.plan
        emit(f"Kế hoạch: {plan['number'] or 'chưa ban hành'} · {plan['title']}")
        emit(f"Kỳ báo cáo: {m.period} · tạo lúc {m.created_at} · ccpropa {m.app_version}")
        emit(f"Nhiệm vụ: {c.tasks}, hoàn thành {c.done}, đang thực hiện {c.doing}, chưa triển khai {c.todo}, "
             f"không thực hiện {c.dropped}")
        emit(f"SHA-256 của gói: {result.sha256}")
        return 0
    sys.stderr.write(f"Lỗi: gói {args.file} không hợp lệ:\n")
    for problem in result.problems:
        sys.stderr.write(f"- {problem.message}\n")
    return 2


# -- aggregate ---------------------------------------------------------------------------------
class ProgressBar:
    """`[########......] 12/500` redrawn in place on a terminal; silent when stderr is a file."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.active = bool(getattr(self.stream, "isatty", lambda: False)())

    def __call__(self, done: int, total: int) -> None:
        if not self.active or total <= 0:
            return
        filled = BAR_WIDTH * done // total
        self.stream.write(f"\rĐang nhập gói [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total}")
        if done == total:
            self.stream.write("\n")
        self.stream.flush()


def aggregate_import(args: argparse.Namespace) -> int:
    with _store(args) as store:
        summary = aggregate.import_packages(store, args.files, progress=ProgressBar())
    if args.json:
        emit_json(summary.to_dict())
    else:
        table([[r.path, r.label, r.unit, r.period] for r in summary.results],
              ["Tệp", "Kết quả", "Đơn vị", "Kỳ"])
        counts = summary.counts
        emit(f"Đã nhập {counts['imported'] + counts['replaced']} gói ({counts['replaced']} thay bản cũ), "
             f"{counts['older']} bản cũ hơn lưu vào lịch sử, {counts['duplicate']} trùng, "
             f"{counts['rejected']} bị từ chối.")
    if summary.rejected:
        for r in summary.rejected:
            sys.stderr.write(f"Lỗi: {r.path}: {r.reason}\n")
        return 2
    return 0


def aggregate_show(args: argparse.Namespace) -> None:
    with _store(args) as store:
        view = aggregate.aggregate_view(store, args.period, args.expect)
        past = aggregate.history(store, args.period) if args.history else []
    if args.json:
        data = view.to_dict()
        if args.history:
            data["history"] = past
        return emit_json(data)
    emit(f"Kỳ báo cáo: {view.period_label} ({view.period})")
    if view.expected:
        emit(f"Đã báo cáo: {view.expected_reported}/{len(view.expected)} đơn vị trong danh sách"
             + (f", thêm {len(view.reported) - view.expected_reported} đơn vị ngoài danh sách"
                if len(view.reported) > view.expected_reported else ""))
    else:
        emit(f"Đã báo cáo: {len(view.reported)} đơn vị (chưa có danh sách đơn vị cấp dưới để đối chiếu: "
             "ccpropa aggregate units set|import)")
    c = view.completion
    emit(f"Nhiệm vụ: {c['tasks']}, hoàn thành {c['done']}, không thực hiện {c['dropped']}; "
         f"tỷ lệ hoàn thành {_rate(c)} (không tính nhiệm vụ không thực hiện)")
    emit()
    table([[u.name, "đã báo cáo" if u.reported else "CHƯA BÁO CÁO", u.created_at[:10],
            *(_counts(u.completion) if u.reported else ["", "", ""])]
           for u in view.units], ["Đơn vị", "Tình trạng", "Ngày gửi", "Hoàn thành", "Không TH", "Tỷ lệ"])
    if view.totals:
        emit()
        emit("Số liệu tổng hợp:")
        table([[view.metric_labels.get(k, k), decimal(v)] for k, v in view.totals.items()],
              ["Số liệu", "Tổng"])
        keys = list(view.totals)
        emit()
        emit("Số liệu theo đơn vị:")
        table([[u.name, *[decimal(u.totals.get(k, 0)) for k in keys]] for u in view.reported],
              ["Đơn vị", *[view.metric_labels.get(k, k) for k in keys]])
    if view.tasks:
        emit()
        emit("Theo nhiệm vụ:")
        table([[g.number, g.content, str(g.units), *_counts(g.completion)] for g in view.tasks],
              ["TT", "Nhiệm vụ", "Số đơn vị", "Hoàn thành", "Không TH", "Tỷ lệ"])
    if args.history:
        emit()
        emit("Lịch sử các gói đã nhận:")
        table([[p.unit_name, p.created_at, p.imported_at, "đang dùng" if p.is_current else "đã thay",
                p.sha256[:12]] for p in past], ["Đơn vị", "Tạo lúc", "Nhập lúc", "Trạng thái", "SHA-256"])


def _counts(completion: dict) -> list[str]:
    """"done/tasks", the dropped ones (left out of the rate), the rate."""
    return [f"{completion.get('done', 0)}/{completion.get('tasks', 0)}", str(completion.get("dropped", 0)),
            _rate(completion)]


def _rate(completion: dict) -> str:
    from ccpropa_desktop.documents.formats import percent

    value = completion.get("rate")
    return "—" if value is None else percent(value)


def aggregate_render(args: argparse.Namespace) -> None:
    with _store(args) as store:
        issued = aggregate.aggregate_issue(store, args.period)
        data = aggregate.render_aggregate(store, args.period, args.format, expected=args.expect,
                                          draft=True if args.draft else None)
    path = render.write_output(data, args.out)
    draft = args.draft or issued is None
    if args.json:
        return emit_json({"out": str(path), "bytes": len(data), "format": args.format, "draft": draft})
    emit(f"Đã ghi {path} ({max(1, len(data) // 1024)} KB){' — bản dự thảo' if draft else ''}.")


def aggregate_units(args: argparse.Namespace) -> None:
    """`aggregate units list|set|import`: the units expected to report (đơn vị cấp dưới)."""
    added = None
    with _store(args) as store:
        if args.units_action == "set":
            units = aggregate.set_expected_units(store, args.names)
        elif args.units_action == "import":
            units, added = aggregate.import_expected_units(store, args.file)
        else:
            units = aggregate.expected_units(store)
    if args.json:
        return emit_json({"units": units, "added": added})
    if args.units_action == "import":
        emit(f"Đã thêm {added} đơn vị từ {args.file}; danh sách có {len(units)} đơn vị.")
    elif args.units_action == "set":
        emit(f"Đã lưu danh sách {len(units)} đơn vị phải báo cáo.")
    if not units:
        emit("Chưa có danh sách đơn vị cấp dưới. Ghi bằng: ccpropa aggregate units set \"UBND xã A\" "
             "\"UBND xã B\" … hoặc ccpropa aggregate units import danh-sach.txt (mỗi dòng một tên).")
        return
    for index, name in enumerate(units, start=1):
        emit(f"{index:>4}. {name}")


def aggregate_edit(args: argparse.Namespace) -> None:
    from .report_cli import _read_text

    text = _read_text(args)  # before opening the store: a bad file changes nothing
    with _store(args) as store:
        sections = aggregate.edit_aggregate(store, args.period, args.section, text)
    section = sections[args.section.strip()]
    if args.json:
        return emit_json({"key": section.key, "title": section.title, "paragraphs": section.paragraphs,
                          "edited": section.edited})
    emit(f"Đã lưu mục {section.key} ({section.title}) của báo cáo tổng hợp:" if section.edited
         else f"Đã bỏ phần sửa mục {section.key}: dùng lại nội dung tự soạn:")
    for paragraph in section.paragraphs:
        emit(f"    {paragraph}")


def aggregate_issue(args: argparse.Namespace) -> None:
    with _store(args) as store:
        number, date = aggregate.issue_aggregate(store, args.period, args.number, args.date)
    if args.json:
        return emit_json({"period": args.period, "number": number, "date": date.isoformat()})
    emit(f"Báo cáo tổng hợp kỳ {args.period}: số {number}, ngày {date:%d/%m/%Y}. In lại: ccpropa aggregate "
         f"render --period {args.period} --out tong-hop.pdf")


def _common_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """--data-dir and --json after a sub-command of a sub-command too (as every command takes them)."""
    parser.add_argument("--data-dir", default=argparse.SUPPRESS,
                        help="thư mục dữ liệu (mặc định: $CCPROPA_DATA_DIR hoặc thư mục người dùng)")
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="in kết quả dạng JSON")
    return parser


def register(group: Callable[[str, str], argparse._SubParsersAction],
             cmd: Callable[..., argparse.ArgumentParser],
             existing: dict[str, argparse._SubParsersAction]) -> None:
    """Add this module's commands. `group(name, help)` makes a new group; `existing` holds
    the sub-parsers of groups that already exist ("templates", "plan", "task", and "report" once
    the reports module has registered it)."""
    report = existing.get("report")
    if report is not None:
        p = cmd(report, "package", report_package, "đóng gói báo cáo (.ccpr) để gửi cấp trên")
        p.add_argument("plan")
        p.add_argument("--period", required=True, help="kỳ báo cáo: 2024-Q1, 2024-H1, 2024-Q3, 2024-9M, 2024")
        p.add_argument("--out", help="tệp gói (mặc định: theo kỳ và tên đơn vị, ví dụ "
                       "bao-cao-6-thang-2024-ubnd-huyen-song-ma.ccpr trong thư mục hiện tại)")
        p.add_argument("--number", help="số báo cáo đã ban hành (bỏ trống: gửi kèm bản dự thảo)")
        p.add_argument("--date", help="ngày ban hành báo cáo, dạng 2024-06-18")

    pk = group("package", "gói báo cáo (.ccpr)")
    p = cmd(pk, "verify", package_verify, "kiểm tra một gói báo cáo, không nhập")
    p.add_argument("file")

    ag = group("aggregate", "tổng hợp báo cáo của các đơn vị (cấp trên)")
    p = cmd(ag, "import", aggregate_import, "nhập các gói báo cáo của đơn vị")
    p.add_argument("files", nargs="+", metavar="TỆP", help="tệp .ccpr, hoặc thư mục chứa chúng")
    for name, handler, help_text in (("show", aggregate_show, "xem tình hình báo cáo và số liệu tổng hợp"),
                                     ("render", aggregate_render, "in/xuất báo cáo tổng hợp")):
        p = cmd(ag, name, handler, help_text)
        p.add_argument("--period", required=True, help="kỳ báo cáo: 2024-Q1, 2024-H1, 2024-Q3, 2024-9M, 2024")
        p.add_argument("--expect", action="append", metavar="ĐƠN_VỊ",
                       help="đơn vị phải báo cáo (lặp lại; mặc định: danh sách cơ quan trong hồ sơ đơn vị)")
        if name == "show":
            p.add_argument("--history", action="store_true", help="kèm lịch sử các gói đã nhận")
        else:
            p.add_argument("--format", choices=list(aggregate.FORMATS), default="pdf")
            p.add_argument("--out", required=True, help="tệp kết quả")
            p.add_argument("--draft", action="store_true",
                           help="bản dự thảo kể cả khi đã ghi số, ngày (aggregate issue)")

    units = cmd(ag, "units", aggregate_units, "danh sách đơn vị cấp dưới phải báo cáo (xã, thị trấn; đơn vị "
                "thuộc Sở), riêng với danh bạ cơ quan: xem, ghi, nhập từ tệp")
    sub = units.add_subparsers(dest="units_action", metavar="THAO_TÁC", parser_class=type(units))
    sub.required = True
    _common_options(sub.add_parser("list", help="liệt kê"))
    p = _common_options(sub.add_parser("set", help="ghi lại cả danh sách"))
    p.add_argument("names", nargs="+", metavar="ĐƠN_VỊ",
                   help="tên từng đơn vị, ví dụ \"UBND xã Chiềng Khương\"")
    p = _common_options(sub.add_parser("import",
                                       help="thêm các tên trong một tệp văn bản (mỗi dòng một tên)"))
    p.add_argument("file", metavar="TỆP", help="tệp .txt UTF-8, mỗi dòng một đơn vị")

    p = cmd(ag, "edit", aggregate_edit, "sửa một mục văn bản của báo cáo tổng hợp")
    p.add_argument("--period", required=True, help="kỳ báo cáo: 2024-Q1, 2024-H1, 2024-Q3, 2024-9M, 2024")
    p.add_argument("--section", required=True,
                   help="uu_diem, han_che, nguyen_nhan, phuong_huong hoặc kien_nghi")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--text", help="nội dung mới, mỗi dòng một đoạn")
    source.add_argument("--file", help="đọc nội dung từ tệp văn bản UTF-8")
    source.add_argument("--clear", action="store_true", help="bỏ phần đã sửa, dùng lại nội dung tự soạn")

    p = cmd(ag, "issue", aggregate_issue, "ghi số và ngày ban hành báo cáo tổng hợp")
    p.add_argument("--period", required=True, help="kỳ báo cáo: 2024-Q1, 2024-H1, 2024-Q3, 2024-9M, 2024")
    p.add_argument("--number", required=True)
    p.add_argument("--date", required=True, help="ngày ban hành, dạng 2024-06-18")
