"""The plans' bin: what was deleted, restored whole, or (a plan never issued) deleted for good."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import housekeeping
from ccpropa_desktop.ui.context import AppContext
from ccpropa_desktop.ui.errors import show_error


class PlanBinDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Thùng rác"))
        self.setObjectName("plan_bin")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("bin_table")
        self.table.setHorizontalHeaderLabels([self.tr("Mã"), self.tr("Trích yếu"), self.tr("Bản đã ban hành"),
                                              self.tr("Xóa lúc")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("Thùng rác trống."))
        self.restore_button = QPushButton(self.tr("Khôi phục"))
        self.restore_button.setObjectName("bin_restore")
        self.restore_button.clicked.connect(self.restore)
        self.purge_button = QPushButton(self.tr("Xóa hẳn…"))
        self.purge_button.setObjectName("bin_purge")
        self.purge_button.setToolTip(self.tr("Chỉ xóa hẳn được kế hoạch chưa ban hành"))
        self.purge_button.clicked.connect(self.purge)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Kế hoạch đã xóa được giữ ở đây, cùng các bản đã ban hành.")))
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 380)
        self.refresh()
        layout.activate()  # size limits known before the window exists, not pushed to it afterwards

    def refresh(self) -> None:
        items = housekeeping.bin_contents(self.ctx.store)
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            for column, value in enumerate((str(item["id"]), item["title"], str(item["versions"]),
                                            item["deleted_at"])):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, item["id"])
                self.table.setItem(row, column, cell)
        self.empty.setVisible(not items)
        for button in (self.restore_button, self.purge_button):
            button.setEnabled(bool(items))
        if items:
            self.table.selectRow(0)

    def selected(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def restore(self) -> None:
        plan_id = self.selected()
        if plan_id is None:
            return
        try:
            housekeeping.restore_plan(self.ctx.store, plan_id)
        except UserError as exc:
            show_error(self, exc)
            return
        self.ctx.plans_changed.emit()
        self.ctx.status_message.emit(self.tr("Đã khôi phục kế hoạch {0}.").format(plan_id))
        self.refresh()

    def purge(self) -> None:
        plan_id = self.selected()
        if plan_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Xóa hẳn"), self.tr(
            "Xóa hẳn kế hoạch {0}? Không khôi phục được nữa.").format(plan_id))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            housekeeping.purge_plan(self.ctx.store, plan_id)
        except UserError as exc:
            show_error(self, exc)
            return
        self.refresh()
