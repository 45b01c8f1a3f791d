"""`ccpropa`: the command line. Parses arguments, calls services, prints. No SQL, no Qt here."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from ccpropa_desktop import __version__
from ccpropa_desktop.errors import UserError

from . import commands, guard, plan_parts_cli, wording_cli
from .argparse_vi import VietnameseArgumentParser

Handler = Callable[[argparse.Namespace], int | None]

CORE_GROUPS = frozenset({"templates", "unit", "mapping", "plan", "task", "section", "backup", "selftest"})
"""The groups `build_parser` makes itself."""

WORKFLOWS: tuple[tuple[str, frozenset[str]], ...] = (
    ("backup_cli", frozenset({"backup"})),
    ("import_cli", frozenset({"templates"})),
    ("tracking_cli", frozenset({"plan", "task", "period"})),
    ("report_cli", frozenset({"report"})),
    ("package_cli", frozenset({"report", "package", "aggregate"})),
    ("wording_cli", frozenset({"plan", "wording"})),
    ("find_cli", frozenset({"plan"})),
    ("lifecycle_cli", frozenset({"plan"})),
    ("sheets_cli", frozenset({"plan", "evidence"})),
    ("housekeeping_cli", frozenset({"plan", "templates"})),
)
"""Each workflow module (cli/NAME.py, in registration order) and the groups it makes or adds to. A
command line naming one group imports and registers only the modules of that group, so `plan render`
does not load the aggregate's services. tests/cli/test_lazy_imports.py holds this list true."""


class _Parser(VietnameseArgumentParser):
    """Argument errors in Vietnamese, exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"Lỗi: tham số không hợp lệ: {message}\n")
        sys.exit(2)


def _common() -> argparse.ArgumentParser:
    common = VietnameseArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS,
                        help="thư mục dữ liệu (mặc định: $CCPROPA_DATA_DIR hoặc thư mục người dùng)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="in kết quả dạng JSON")
    return common


def named_group(argv: Sequence[str]) -> str | None:
    """The group a command line names (`plan` in `--data-dir D plan render 1`), or None: none, or one
    no module makes (the full parser then lists every group in its error)."""
    tokens = iter(argv)
    for token in tokens:
        if token == "--data-dir":
            next(tokens, None)
        elif not token.startswith("-"):
            known = CORE_GROUPS.union(*(groups for _name, groups in WORKFLOWS))
            return token if token in known else None
    return None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Every command; with `only`, the group `only` whole and the other core groups, the workflow
    modules not adding to `only` left unimported (`WORKFLOWS`)."""
    common = _common()
    parser = _Parser(prog="ccpropa", parents=[common],
                     description="Kế hoạch và báo cáo tuyên truyền cải cách hành chính.")
    parser.add_argument("--version", action="version", version=f"ccpropa {__version__}",
                        help="in số phiên bản rồi thoát")
    groups = parser.add_subparsers(dest="group", metavar="LỆNH", parser_class=_Parser)
    groups.required = True

    def group(name: str, help_text: str) -> argparse._SubParsersAction:
        p = groups.add_parser(name, help=help_text, parents=[common])
        sub = p.add_subparsers(dest="action", metavar="THAO_TÁC", parser_class=_Parser)
        sub.required = True
        return sub

    def cmd(
        sub: argparse._SubParsersAction, name: str, handler: Handler, help_text: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, parents=[common])
        p.set_defaults(handler=handler)
        return p

    def add_edit_commands(sub: argparse._SubParsersAction, add: Handler, edit: Handler, label: str
                          ) -> list[argparse.ArgumentParser]:
        """add (after N, or as its child) and edit N, the same for tasks and sections."""
        p_add = cmd(sub, "add", add, f"thêm {label}")
        p_add.add_argument("plan")
        p_add.add_argument("--after", help=f"thêm ngay sau {label} số này")
        p_add.add_argument("--child", action="store_true", help=f"thêm làm {label} con")
        p_edit = cmd(sub, "edit", edit, f"sửa {label}")
        p_edit.add_argument("plan")
        p_edit.add_argument("number")
        return [p_add, p_edit]

    def outline_commands(sub: argparse._SubParsersAction, kind: str, label: str) -> None:
        """remove / indent / outdent / move, the same for tasks and sections."""
        for name, help_text in (("remove", f"xóa {label} (cùng các cấp con)"),
                                ("indent", f"lùi vào: thành {label} con"),
                                ("outdent", "lùi ra: lên một cấp"),
                                ("move", "chuyển lên/xuống")):
            handler = commands.outline_move(kind) if name == "move" else commands.outline_action(kind, name)
            p = cmd(sub, name, handler, help_text)
            p.add_argument("plan")
            p.add_argument("number")
            if name == "move":
                p.add_argument("direction", choices=["up", "down"])

    t = group("templates", "kế hoạch mẫu")
    cmd(t, "list", commands.templates_list, "liệt kê kế hoạch mẫu")
    p = cmd(t, "show", commands.templates_show, "xem một kế hoạch mẫu")
    p.add_argument("template")

    u = group("unit", "hồ sơ đơn vị")
    p = cmd(u, "set", commands.unit_set, "lưu hồ sơ đơn vị từ tệp JSON")
    p.add_argument("--file", required=True)
    cmd(u, "show", commands.unit_show, "xem hồ sơ đơn vị")

    m = group("mapping", "đổi tên cơ quan giữa các cấp")
    for name, handler, help_text in (("list", commands.mapping_list, "liệt kê quy tắc"),
                                     ("set", commands.mapping_set, "thêm/sửa quy tắc"),
                                     ("remove", commands.mapping_remove, "xóa quy tắc")):
        p = cmd(m, name, handler, help_text)
        p.add_argument("--from", dest="from_level", default="tinh", help="cấp của kế hoạch mẫu")
        p.add_argument("--to", dest="to_level", default=None, help="cấp đích (mặc định: cấp đơn vị)")
        if name in ("set", "remove"):
            p.add_argument("source", help="tên cơ quan trong kế hoạch mẫu")
        if name == "set":
            p.add_argument("target", help="tên cơ quan ở cấp đơn vị")

    pl = group("plan", "kế hoạch của đơn vị")
    p = cmd(pl, "new", commands.plan_new, "lập kế hoạch từ kế hoạch mẫu")
    p.add_argument("--template", required=True)
    p.add_argument("--year", required=True)
    p.add_argument("--tasks", help="chọn nhiệm vụ theo số, ví dụ 1,2,5.1 (mặc định: theo đề xuất)")
    p.add_argument("--all", action="store_true", help="lấy mọi nhiệm vụ của mẫu")
    p.add_argument("--title", help="trích yếu (mặc định: theo mẫu)")
    p.add_argument("--dry-run", action="store_true",
                   help="chỉ liệt kê lời văn sẽ được viết lại cho đơn vị (địa danh, cấp, năm), không lưu")
    p.add_argument("--keep-wording", action="store_true",
                   help="giữ nguyên lời văn của kế hoạch mẫu (chỉ đổi tên cơ quan)")
    wording_cli.add_selection_options(p)
    p = cmd(pl, "propose", commands.plan_propose, "xem nhiệm vụ được đề xuất cho đơn vị")
    p.add_argument("--template", required=True)
    cmd(pl, "list", commands.plan_list, "liệt kê kế hoạch")
    p = cmd(pl, "show", commands.plan_show, "xem kế hoạch")
    p.add_argument("plan")
    p = cmd(pl, "edit", plan_parts_cli.plan_edit, "sửa thông tin chung của kế hoạch: trích yếu, căn cứ, "
            "mở đầu, đoạn kết, phụ lục, hình thức, người ký, nơi nhận")
    plan_parts_cli.add_arguments(p)
    p = cmd(pl, "render", commands.plan_render, "in/xuất kế hoạch ra PDF hoặc DOCX")
    p.add_argument("plan")
    p.add_argument("--format", choices=["pdf", "docx"], default="pdf")
    p.add_argument("--out", required=True, help="tệp kết quả")
    p.add_argument("--draft", action="store_true", help="bản dự thảo: ô DỰ THẢO, để trống số và ngày")
    p.add_argument("--version", type=int, help="in lại đúng phiên bản đã ban hành N")
    p.add_argument("--form", help="A hoặc B (mặc định: theo kế hoạch)")
    p = cmd(pl, "issue", commands.plan_issue, "ban hành: cấp số, ngày và khóa phiên bản")
    p.add_argument("plan")
    p.add_argument("--number", required=True)
    p.add_argument("--date", required=True, help="ngày ban hành, dạng 2024-01-13")
    p.add_argument("--form", help="A hoặc B (mặc định: theo kế hoạch)")
    p = cmd(pl, "versions", commands.plan_versions, "các phiên bản của kế hoạch")
    p.add_argument("plan")

    tk = group("task", "nhiệm vụ trong phụ lục")
    p = cmd(tk, "list", commands.task_list, "liệt kê nhiệm vụ")
    p.add_argument("plan")
    for p in add_edit_commands(tk, commands.task_add, commands.task_edit, "nhiệm vụ"):
        for field, label in commands.TASK_OPTIONS:
            p.add_argument(f"--{field}", help=label)
    outline_commands(tk, "tasks", "nhiệm vụ")

    sc = group("section", "các mục nội dung kế hoạch")
    p = cmd(sc, "list", commands.section_list, "liệt kê các mục")
    p.add_argument("plan")
    for p in add_edit_commands(sc, commands.section_add, commands.section_edit, "mục"):
        p.add_argument("--title")
        p.add_argument("--paragraph", action="append", help="một đoạn (lặp lại cho nhiều đoạn)")
    outline_commands(sc, "sections", "mục")

    b = group("backup", "sao lưu và khôi phục (làm được cả khi tệp dữ liệu hỏng)")  # commands: backup_cli

    p = groups.add_parser("selftest", parents=[common],
                          help="tự kiểm tra bản cài đặt (trong thư mục tạm; không mở dữ liệu của đơn vị)")
    p.set_defaults(handler=commands.selftest)

    # Each workflow module adds its own commands (or extends a group) here.
    # shared: report_cli adds "report" for package_cli; backup_cli fills "backup"
    existing = {"templates": t, "plan": pl, "task": tk, "backup": b}
    for name, touched in WORKFLOWS:
        if only is None or only in touched:
            importlib.import_module(f"{__package__}.{name}").register(group, cmd, existing)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:  # the process's own command line (not a caller in a long-lived process: tests)
        from ccpropa_desktop.documents.fonts import defer_import_costs

        defer_import_costs()  # a short process: reportlab's unused costs wait for a use that never comes
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(named_group(argv))
    args = parser.parse_args(argv)
    args.data_dir = getattr(args, "data_dir", None)
    args.json = getattr(args, "json", False)
    try:
        with guard.guarded(args):  # notes, SQLite failures as messages
            result: Any = args.handler(args)
        sys.stdout.flush()
    except UserError as exc:
        sys.stderr.write(f"Lỗi: {exc.message}\n")
        return exc.exit_code
    except BrokenPipeError:
        # The reader went away (`ccpropa … | head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug: one line (and a log), never a traceback
        return guard.crashed(exc, args)
    return int(result or 0)


if __name__ == "__main__":
    sys.exit(main())
