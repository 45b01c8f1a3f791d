"""The unit's plans: a list, "Lập kế hoạch mới" (the wizard), open one in the editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ccpropa_desktop.errors import UserError
from ccpropa_desktop.ui.context import AppContext
from ccpropa_desktop.ui.errors import show_error
from ccpropa_desktop.ui.lean_qt import USER_ROLE
from ccpropa_desktop.ui.page import Page
from ccpropa_desktop.ui.widgets.mark_room import hold_header_room

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

STATUS = {"draft": QT_TRANSLATE_NOOP("PlansPage", "Dự thảo"),
          "issued": QT_TRANSLATE_NOOP("PlansPage", "Đã ban hành")}


class PlansPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        title = QLabel(self.tr("<h2>Kế hoạch của đơn vị</h2>"))
        self.new_button = QPushButton(self.tr("Lập kế hoạch mới…"))
        self.new_button.setObjectName("new_plan")
        self.open_button = QPushButton(self.tr("Mở để soạn"))
        self.open_button.setObjectName("open_plan")
        self.next_year_button = QPushButton(self.tr("Lập kế hoạch năm sau…"))
        self.next_year_button.setObjectName("next_year_plan")
        self.next_year_button.setToolTip(self.tr(
            "Kế hoạch năm sau từ kế hoạch đang chọn: giữ nhiệm vụ, chuyển năm, đề xuất bỏ việc đã xong"))
        self.duplicate_button = QPushButton(self.tr("Nhân bản"))
        self.duplicate_button.setObjectName("duplicate_plan")
        self.delete_button = QPushButton(self.tr("Xóa…"))
        self.delete_button.setObjectName("delete_plan")
        self.bin_button = QPushButton(self.tr("Thùng rác…"))
        self.bin_button.setObjectName("plan_bin_button")
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("plan_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Mã"), self.tr("Năm"), self.tr("Trích yếu"), self.tr("Nhiệm vụ"), self.tr("Trạng thái")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        hold_header_room(header)  # the start page: built before the style makes room for the marks
        self.empty = QLabel(self.tr("Chưa có kế hoạch nào. Bấm «Lập kế hoạch mới…» để lập từ kế hoạch mẫu."))
        self.empty.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.next_year_button)
        buttons.addWidget(self.duplicate_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.bin_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

        self.new_button.clicked.connect(self.start_wizard)
        self.open_button.clicked.connect(self.open_selected)
        self.table.doubleClicked.connect(self.open_selected)
        self.next_year_button.clicked.connect(self.start_next_year)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.bin_button.clicked.connect(self.show_bin)
        ctx.plans_changed.connect(self.refresh)

    def refresh(self) -> None:
        rows = self.ctx.list_plans()  # the store's first look at start-up (ui/context.py)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = [str(row["id"]), str(row["year"]), row["title"], str(row["task_count"]),
                      self.tr(STATUS.get(row["status"], row["status"]))]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(USER_ROLE, row["id"])
                self.table.setItem(r, c, item)
        self.empty.setVisible(not rows)
        for button in (self.open_button, self.next_year_button, self.duplicate_button, self.delete_button):
            button.setEnabled(bool(rows))
        if rows and not self.table.selectedItems():
            self.table.selectRow(0)

    def selected_plan(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(USER_ROLE)) if items else None

    def open_selected(self) -> None:
        plan_id = self.selected_plan()
        if plan_id is not None:
            self.ctx.open_plan(plan_id)

    def open_wizard(self) -> QDialog:
        """The new-plan wizard, not yet shown (the screenshot tool shows it itself)."""
        from ccpropa_desktop.ui.dialogs.new_plan_wizard import NewPlanWizard

        return NewPlanWizard(self.ctx, self)

    def start_wizard(self) -> None:
        wizard = self.open_wizard()
        if wizard.exec() == wizard.DialogCode.Accepted:
            self.ctx.plans_changed.emit()
            plan_id = getattr(wizard, "created_plan_id", None)
            if plan_id is not None:
                self.ctx.open_plan(plan_id)

    # -- the plan's yearly life and housekeeping ---------------------------------------------------
    def next_year_dialog(self) -> QDialog | None:
        from ccpropa_desktop.ui.dialogs.next_year_dialog import NextYearDialog

        plan_id = self.selected_plan()
        return NextYearDialog(self.ctx, plan_id, self) if plan_id is not None else None

    def start_next_year(self) -> None:
        dialog = self.next_year_dialog()
        if dialog is not None and dialog.exec() == dialog.DialogCode.Accepted:
            self.ctx.plans_changed.emit()
            created = getattr(dialog, "created_plan_id", None)
            if created is not None:
                self.ctx.open_plan(created)

    def duplicate_selected(self) -> None:
        plan_id = self.selected_plan()
        if plan_id is None:
            return
        try:
            from ccpropa_desktop.services import housekeeping  # not on the start-up path

            plan = housekeeping.duplicate_plan(self.ctx.store, plan_id)
        except UserError as exc:
            show_error(self, exc)
            return
        self.ctx.plans_changed.emit()
        self.ctx.status_message.emit(self.tr("Đã nhân bản thành kế hoạch {0}.").format(plan.id))

    def delete_selected(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        plan_id = self.selected_plan()
        if plan_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Xóa kế hoạch"), self.tr(
            "Xóa kế hoạch {0}? Kế hoạch vào thùng rác cùng các bản đã ban hành và khôi phục được.")
            .format(plan_id))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            from ccpropa_desktop.services import housekeeping

            housekeeping.delete_plan(self.ctx.store, plan_id)
        except UserError as exc:
            show_error(self, exc)
            return
        if self.ctx.current_plan_id == plan_id:
            self.ctx.current_plan_id = None
        self.ctx.plans_changed.emit()
        self.ctx.status_message.emit(self.tr("Đã chuyển kế hoạch {0} vào thùng rác.").format(plan_id))

    def show_bin(self) -> None:
        from ccpropa_desktop.ui.dialogs.plan_bin_dialog import PlanBinDialog

        PlanBinDialog(self.ctx, self).exec()
