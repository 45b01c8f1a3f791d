"""The unit's plans: a list, "Lập kế hoạch mới" (the wizard), open one in the editor."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ccpropa_desktop.services import plans
from ccpropa_desktop.ui.context import AppContext
from ccpropa_desktop.ui.page import Page

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
        self.empty = QLabel(self.tr("Chưa có kế hoạch nào. Bấm «Lập kế hoạch mới…» để lập từ kế hoạch mẫu."))
        self.empty.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

        self.new_button.clicked.connect(self.start_wizard)
        self.open_button.clicked.connect(self.open_selected)
        self.table.doubleClicked.connect(self.open_selected)
        ctx.plans_changed.connect(self.refresh)

    def refresh(self) -> None:
        rows = plans.list_plans(self.ctx.store)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = [str(row["id"]), str(row["year"]), row["title"], str(row["task_count"]),
                      self.tr(STATUS.get(row["status"], row["status"]))]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row["id"])
                self.table.setItem(r, c, item)
        self.empty.setVisible(not rows)
        self.open_button.setEnabled(bool(rows))
        if rows and not self.table.selectedItems():
            self.table.selectRow(0)

    def selected_plan(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

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
        if wizard.exec() == QDialog.DialogCode.Accepted:
            self.ctx.plans_changed.emit()
            plan_id = getattr(wizard, "created_plan_id", None)
            if plan_id is not None:
                self.ctx.open_plan(plan_id)
