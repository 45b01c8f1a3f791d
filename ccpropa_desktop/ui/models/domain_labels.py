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
}

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


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def period_label(period: Period | str) -> str:
    """"quý I năm 2022", "6 tháng đầu năm 2022" … in the UI language (a code or a Period)."""
    try:
        value = parse_period(period) if isinstance(period, str) else period
    except UserError:
        return str(period)
    return _tr(PERIOD_LABELS[value.kind]).format(value.year)


def capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def level_name(code: str) -> str:
    """"Huyện" for "huyen", in the UI language (the names are marked in the "levels" context)."""
    return QCoreApplication.translate("levels", LEVELS.get(code, code))


def reason_text(reason: str) -> str:
    """Why a task is proposed or was kept, in the UI language; the quoted agency stays as written."""
    if reason in FIXED_REASONS:
        return _tr(FIXED_REASONS[reason])
    for pattern, template in REASONS:
        match = pattern.match(reason)
        if match:
            return _tr(template).format(_tr(ROLES[match.group(1)]), match.group(2))
    return reason


def schedule_kind_text(label: str) -> str:
    """A schedule's kind as services name it ("Hàng tuần"), in the UI language."""
    return _tr(label) if label in SCHEDULE_KINDS.values() else label
