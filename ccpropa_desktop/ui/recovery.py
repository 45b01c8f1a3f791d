"""The recovery page: shown instead of the main window's pages when the store cannot be opened
(damaged, empty, not a database, locked, a folder where the file should be).

It says what is wrong, lists the backups with their dates and what they hold (plans, last edit,
whether they read whole), and restores one; it salvages what can still be read into a new backup;
it retries, or starts an empty store. Nothing here deletes a file: a damaged store is moved into the
data folder's «hong» folder (services.backups). It works on the data folder alone, never on an open
store, and calls `on_recovered(ctx)` with a freshly opened context once the store opens again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ccpropa_desktop import paths
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import backups
from ccpropa_desktop.ui.context import AppContext

KIND_LABELS = {
    "daily": QT_TRANSLATE_NOOP("RecoveryPage", "Tự động hằng ngày"),
    "thu-cong": QT_TRANSLATE_NOOP("RecoveryPage", "Thủ công"),
    "truoc-nang-cap": QT_TRANSLATE_NOOP("RecoveryPage", "Trước khi nâng cấp"),
    "truoc-khoi-phuc": QT_TRANSLATE_NOOP("RecoveryPage", "Trước khi khôi phục"),
    "cuu-du-lieu": QT_TRANSLATE_NOOP("RecoveryPage", "Cứu từ tệp hỏng"),
}
"""What made a backup (store/backups.py KINDS), as the table shows it."""


def problem_text(problem: UserError) -> str:
    """What is wrong, without the command-line instructions the CLI message carries."""
    return str(problem.params.get("problem") or problem.message)


class RecoveryPage(QWidget):
    def __init__(self, folder: Path, problem: UserError, on_recovered: Callable[[AppContext], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_recovery")
        self.folder = folder
        self.problem = problem
        self.on_recovered = on_recovered
        self.items: list[backups.BackupInfo] = []

        title = QLabel(self.tr("<h2>Khôi phục dữ liệu</h2>"))
        self.what = QLabel()
        self.what.setObjectName("recovery_problem")
        self.what.setWordWrap(True)
        self.what.setTextFormat(Qt.TextFormat.PlainText)
        self.what.setStyleSheet("QLabel#recovery_problem { background: #fff4e5; border: 1px solid #f0b35a;"
                                " padding: 8px; }")
        self.what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        guide = QLabel(self.tr(
            "Chương trình không mở được tệp dữ liệu nên không ghi gì vào đó. Chọn một bản sao lưu rồi bấm "
            "«Khôi phục bản đã chọn» (bản mới nhất còn tốt thường là bản nên chọn). Nếu không có bản sao "
            "lưu phù hợp, bấm «Cứu dữ liệu còn đọc được»: chương trình chép mọi thứ còn đọc được sang một "
            "bản sao lưu mới để khôi phục. Tệp hỏng luôn được giữ lại trong thư mục «hong» của thư mục dữ "
            "liệu, không bao giờ bị xóa."))
        guide.setWordWrap(True)

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("recovery_backups")
        self.table.setHorizontalHeaderLabels([self.tr("Thời điểm"), self.tr("Loại"), self.tr("Kế hoạch"),
                                              self.tr("Sửa lần cuối"), self.tr("Dung lượng"),
                                              self.tr("Tình trạng")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._buttons)

        self.restore_button = QPushButton(self.tr("Khôi phục bản đã chọn"))
        self.restore_button.setObjectName("recovery_restore")
        self.salvage_button = QPushButton(self.tr("Cứu dữ liệu còn đọc được"))
        self.salvage_button.setObjectName("recovery_salvage")
        self.retry_button = QPushButton(self.tr("Thử mở lại"))
        self.retry_button.setObjectName("recovery_retry")
        self.fresh_button = QPushButton(self.tr("Bắt đầu với kho dữ liệu trống"))
        self.fresh_button.setObjectName("recovery_fresh")
        self.folder_button = QPushButton(self.tr("Mở thư mục dữ liệu"))
        self.folder_button.setObjectName("recovery_folder")
        self.restore_button.clicked.connect(self.restore_selected)
        self.salvage_button.clicked.connect(self.salvage)
        self.retry_button.clicked.connect(self.retry)
        self.fresh_button.clicked.connect(self.start_afresh)
        self.folder_button.clicked.connect(self.open_folder)
        buttons = QHBoxLayout()
        for button in (self.restore_button, self.salvage_button, self.retry_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.fresh_button)
        buttons.addWidget(self.folder_button)

        self.result = QLabel()
        self.result.setObjectName("recovery_result")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.what)
        layout.addWidget(guide)
        layout.addWidget(QLabel(self.tr("Các bản sao lưu (mới nhất ở trên):")))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        self.show_problem(problem)
        self.load()

    # -- what is wrong, what there is -------------------------------------------------------------
    def show_problem(self, problem: UserError) -> None:
        self.problem = problem
        self.what.setText(self.tr("Không mở được dữ liệu: {0}").format(problem_text(problem)))
        store_file = self.folder / paths.DB_FILENAME
        self.salvage_button.setEnabled(store_file.is_file() and store_file.stat().st_size > 0)

    def load(self, select: str | None = None) -> None:
        try:
            self.items = list(reversed(backups.describe_backups(self.folder)))
        except (UserError, OSError) as exc:
            self.items = []
            self.result.setText(str(exc))
        self.table.setRowCount(len(self.items))
        for r, info in enumerate(self.items):
            backup = info.backup
            when = dt.datetime.fromisoformat(backup.created)
            kind = KIND_LABELS.get(backup.kind, "")
            state = (self.tr("Tốt") if info.ok and not info.problem else
                     info.problem if info.ok else self.tr("Hỏng: {0}").format(info.problem))
            cells = [when.strftime("%d/%m/%Y %H:%M"), self.tr(kind) if kind else backup.name,
                     "" if info.plans is None else str(info.plans), self._when(info.last_edit),
                     f"{max(1, backup.size // 1024)} KB", state]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(backup.name)
                if not info.ok:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(r, c, item)
        row = next((r for r, i in enumerate(self.items) if i.name == select), -1)
        if row < 0:
            row = next((r for r, i in enumerate(self.items) if i.ok and not i.problem), -1)
        if row >= 0:
            self.table.selectRow(row)
        if not self.items:
            self.result.setText(self.tr("Chưa có bản sao lưu nào trong thư mục «backups»."))
        self._buttons()

    @staticmethod
    def _when(text: str | None) -> str:
        if not text:
            return ""
        try:
            return dt.datetime.fromisoformat(text).strftime("%d/%m/%Y %H:%M")
        except ValueError:
            return text

    def selected(self) -> backups.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _buttons(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(chosen is not None and chosen.ok and not chosen.problem)

    # -- actions -----------------------------------------------------------------------------------
    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _busy(self, work: Callable[[], object]) -> object:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return work()
        finally:
            QApplication.restoreOverrideCursor()

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if not self.confirm(self.tr("Khôi phục dữ liệu"), self.tr(
                "Khôi phục bản sao lưu lúc {0}? Tệp dữ liệu hiện tại được giữ lại (thư mục «hong» hoặc một "
                "bản sao lưu «trước khi khôi phục»).").format(self.table.item(self.table.currentRow(), 0)
                                                             .text())):
            return
        self.restore(chosen.name)

    def restore(self, name: str) -> bool:
        try:
            done = self._busy(lambda: backups.restore_backup(self.folder, name))
        except UserError as exc:
            self.result.setText(exc.message)
            return False
        assert isinstance(done, backups.Restored)
        where = ""
        if done.set_aside:
            where = self.tr(" Tệp hỏng được giữ lại ở {0}.").format(done.set_aside)
        elif done.safety:
            where = self.tr(" Trạng thái trước đó được lưu ở bản {0}.").format(done.safety)
        self.result.setText(self.tr("Đã khôi phục {0}.").format(name) + where)
        return self.retry()

    def salvage(self) -> None:
        try:
            report = self._busy(lambda: backups.salvage(self.folder))
        except UserError as exc:
            self.result.setText(exc.message)
            return
        assert isinstance(report, backups.SalvageReport)
        lines = [backups.summary_line(report)]
        lines += [self.tr("– {0}: {1} dòng{2}").format(
            t.label, t.saved, self.tr(" (đọc được một phần)") if not t.complete else "")
            for t in report.tables if t.saved or not t.complete]
        self.result.setText("\n".join(lines))
        self.load(select=report.backup.name)
        question = self.tr("Đã chép được {0} kế hoạch sang bản sao lưu mới. Khôi phục ngay bản "
                           "này?").format(report.plans)
        if self.confirm(self.tr("Dùng dữ liệu cứu được"), question):
            summary = self.result.text()
            self.restore(report.backup.name)
            self.result.setText(summary + "\n" + self.result.text())

    def retry(self) -> bool:
        try:
            ctx = AppContext.open(self.folder)
        except UserError as exc:
            self.show_problem(exc)
            self.load()
            return False
        self.on_recovered(ctx)
        return True

    def start_afresh(self) -> None:
        if not self.confirm(self.tr("Bắt đầu với kho dữ liệu trống"), self.tr(
                "Chuyển tệp dữ liệu hiện tại sang thư mục «hong» (không xóa) và bắt đầu với kho dữ liệu "
                "trống? Chỉ nên làm khi không còn bản sao lưu nào dùng được.")):
            return
        try:
            backups.start_afresh(self.folder)
        except UserError as exc:
            self.result.setText(exc.message)
            return
        self.retry()

    def open_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))


class RecoveryWindow(QMainWindow):
    """A window holding only the recovery page (the store could not be opened at start-up)."""

    def __init__(self, folder: Path, problem: UserError, on_recovered: Callable[[AppContext], None]) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Khôi phục dữ liệu — Tuyên truyền cải cách hành chính"))
        self.setMinimumSize(900, 560)
        self.recovered = False

        def done(ctx: AppContext) -> None:
            self.recovered = True
            on_recovered(ctx)
            self.close()

        self.page = RecoveryPage(folder, problem, done)
        self.setCentralWidget(self.page)
