"""The domain's Vietnamese words as the window shows them, in the UI language.

The domain and the services speak Vietnamese only (their words are printed in the documents):
a period is "6 tháng đầu năm 2022", a level "Huyện", a proposal's reason "Cấp của đơn vị được giao
chủ trì: “các huyện”". The window translates them at display time, here, so English mode leaves
no Vietnamese behind (tests/ui/test_every_view.py) while the data itself stays untouched.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ccpropa_desktop.domain.levels import LEVELS
from ccpropa_desktop.domain.periods import Period, parse_period
from ccpropa_desktop.domain.tracking import STATUS_LABELS
from ccpropa_desktop.errors import UserError

CONTEXT = "DomainLabels"

PERIOD_LABELS = {  # Period.label: how a printed report names the period
    "Q1": QT_TRANSLATE_NOOP("DomainLabels", "quý I năm {0}"),
    "H1": QT_TRANSLATE_NOOP("DomainLabels", "6 tháng đầu năm {0}"),
    "Q3": QT_TRANSLATE_NOOP("DomainLabels", "quý III năm {0}"),
    "9M": QT_TRANSLATE_NOOP("DomainLabels", "9 tháng năm {0}"),
    "Y": QT_TRANSLATE_NOOP("DomainLabels", "năm {0}"),
}
ROLES = {"chủ trì": QT_TRANSLATE_NOOP("DomainLabels", "chủ trì"),
         "phối hợp": QT_TRANSLATE_NOOP("DomainLabels", "phối hợp")}
REASONS = (  # domain/proposal.py `_reason_for`, services/plans.py: why a task is in the plan
    (re.compile(r"^Đơn vị được giao (chủ trì|phối hợp): “(.*)”$", re.DOTALL),
     QT_TRANSLATE_NOOP("DomainLabels", "Đơn vị được giao {0}: “{1}”")),
    (re.compile(r"^Cấp của đơn vị được giao (chủ trì|phối hợp): “(.*)”$", re.DOTALL),
     QT_TRANSLATE_NOOP("DomainLabels", "Cấp của đơn vị được giao {0}: “{1}”")),
    (re.compile(r"^Mọi cơ quan, đơn vị được giao (chủ trì|phối hợp): “(.*)”$", re.DOTALL),
     QT_TRANSLATE_NOOP("DomainLabels", "Mọi cơ quan, đơn vị được giao {0}: “{1}”")),
)
FIXED_REASONS = {
    "Người dùng chọn": QT_TRANSLATE_NOOP("DomainLabels", "Người dùng chọn"),
    "Người dùng chọn toàn bộ nhiệm vụ": QT_TRANSLATE_NOOP("DomainLabels", "Người dùng chọn toàn bộ nhiệm vụ"),
    "Làm thường xuyên": QT_TRANSLATE_NOOP("DomainLabels", "Làm thường xuyên"),  # services/next_year.py
}
YEAR_REASONS = (  # services/next_year.py `_old_items`: why a task goes into next year's plan, or not
    (re.compile(r"^Đã hoàn thành \((.*)\), việc làm một lần$", re.DOTALL),
     QT_TRANSLATE_NOOP("DomainLabels", "Đã hoàn thành ({0}), việc làm một lần")),
    (re.compile(r"^(.*?) ở (.*): chuyển sang năm sau$", re.DOTALL),
     QT_TRANSLATE_NOOP("DomainLabels", "{0} ở {1}: chuyển sang năm sau")),
)

SCHEDULE_KINDS = {  # domain/schedule.py FREQUENCY_LABELS, by code
    "continuous": QT_TRANSLATE_NOOP("DomainLabels", "Thường xuyên"),
    "weekly": QT_TRANSLATE_NOOP("DomainLabels", "Hàng tuần"),
    "monthly": QT_TRANSLATE_NOOP("DomainLabels", "Hàng tháng"),
    "quarterly": QT_TRANSLATE_NOOP("DomainLabels", "Hàng quý"),
    "semiannual": QT_TRANSLATE_NOOP("DomainLabels", "6 tháng một lần"),
    "yearly": QT_TRANSLATE_NOOP("DomainLabels", "Hàng năm"),
    "once": QT_TRANSLATE_NOOP("DomainLabels", "Một lần"),
    "milestones": QT_TRANSLATE_NOOP("DomainLabels", "Theo mốc"),
    "manual": QT_TRANSLATE_NOOP("DomainLabels", "Ngày do cán bộ đặt"),
    "group": QT_TRANSLATE_NOOP("DomainLabels", "Theo nhiệm vụ con"),
    "none": QT_TRANSLATE_NOOP("DomainLabels", "Không có hạn"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("DomainLabels", text)


def period_label(period: Period | str) -> str:
    """"quý I năm 2022", "6 tháng đầu năm 2022" … in the UI language (a code or a Period)."""
    try:
        value = parse_period(period) if isinstance(period, str) else period
    except UserError:
        return str(period)
    return tr(PERIOD_LABELS[value.kind]).format(value.year)


def capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def level_name(code: str) -> str:
    """"Huyện" for "huyen", in the UI language (the names are marked in the "levels" context)."""
    return QCoreApplication.translate("levels", LEVELS.get(code, code))


def period_text(label: str) -> str:
    """A period as domain.periods names it ("6 tháng đầu năm 2022"), in the UI language."""
    for template in PERIOD_LABELS.values():
        match = re.fullmatch(re.escape(template).replace(re.escape("{0}"), r"(\d{4})"), label)
        if match:
            return tr(template).format(match.group(1))
    return label


def status_name(label: str) -> str:
    """A task's status as the domain names it ("Đang thực hiện"), in the UI language (the names are
    marked in the tracking table's context, ui/models/tracking_table.py STATUS_TEXT)."""
    return QCoreApplication.translate("TrackingTable", label) if label in STATUS_LABELS.values() else label


def reason_text(reason: str) -> str:
    """Why a task is proposed or was kept, in the UI language; the quoted agency stays as written."""
    if reason in FIXED_REASONS:
        return tr(FIXED_REASONS[reason])
    done, unfinished = YEAR_REASONS
    match = done[0].match(reason)
    if match:
        return tr(done[1]).format(period_text(match.group(1)))
    match = unfinished[0].match(reason)
    if match and match.group(1) in STATUS_LABELS.values():
        return tr(unfinished[1]).format(status_name(match.group(1)), period_text(match.group(2)))
    for pattern, template in REASONS:
        match = pattern.match(reason)
        if match:
            return tr(template).format(tr(ROLES[match.group(1)]), match.group(2))
    return reason


def schedule_kind_text(label: str) -> str:
    """A schedule's kind as services name it ("Hàng tuần"), in the UI language."""
    return tr(label) if label in SCHEDULE_KINDS.values() else label


COLUMNS = {  # services/plan_texts.py `label`: a task's columns
    "content": QT_TRANSLATE_NOOP("DomainLabels", "Nhiệm vụ"),
    "form": QT_TRANSLATE_NOOP("DomainLabels", "Hình thức"),
    "lead": QT_TRANSLATE_NOOP("DomainLabels", "Chủ trì"),
    "partners": QT_TRANSLATE_NOOP("DomainLabels", "Phối hợp"),
    "schedule": QT_TRANSLATE_NOOP("DomainLabels", "Thời gian"),
    "product": QT_TRANSLATE_NOOP("DomainLabels", "Sản phẩm"),
    "note": QT_TRANSLATE_NOOP("DomainLabels", "Ghi chú"),
}
PARTS = {
    "title": QT_TRANSLATE_NOOP("DomainLabels", "trích yếu"),
    "appendix_title": QT_TRANSLATE_NOOP("DomainLabels", "tên phụ lục"),
    "opening": QT_TRANSLATE_NOOP("DomainLabels", "đoạn mở đầu"),
}


PLACES = {  # QT_TRANSLATE_NOOP, not tr(): lupdate would file a bare tr() under another file's helper
    "section": QT_TRANSLATE_NOOP("DomainLabels", "mục {0}, {1}"),
    "heading": QT_TRANSLATE_NOOP("DomainLabels", "tiêu đề"),
    "paragraph": QT_TRANSLATE_NOOP("DomainLabels", "đoạn {0}"),
    "task": QT_TRANSLATE_NOOP("DomainLabels", "nhiệm vụ {0}, cột {1}"),
    "basis": QT_TRANSLATE_NOOP("DomainLabels", "căn cứ {0}"),
    "closing": QT_TRANSLATE_NOOP("DomainLabels", "đoạn kết {0}"),
}


def place_label(where: str) -> str:
    """A place in a plan ("section:2:para:0", services/plan_texts.py) as the officer reads it, in the
    UI language: "mục 3, đoạn 1", "nhiệm vụ 2, cột Chủ trì"."""
    kind, _, rest = where.partition(":")
    parts = rest.split(":")
    try:
        if kind == "section":
            part = (tr(PLACES["heading"]) if parts[1] == "title"
                    else tr(PLACES["paragraph"]).format(int(parts[2]) + 1))
            return tr(PLACES["section"]).format(int(parts[0]) + 1, part)
        if kind == "task":
            column = COLUMNS.get(parts[1])
            return tr(PLACES["task"]).format(int(parts[0]) + 1, tr(column) if column else parts[1])
        if kind in PARTS:
            return tr(PARTS[kind])
        if kind in ("basis", "closing"):
            return tr(PLACES[kind]).format(int(parts[0]) + 1)
    except (IndexError, ValueError):
        pass
    return where
