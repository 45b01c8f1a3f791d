"""Settings: the interface language, where the data lives, and backups.

Changing the language re-installs the translators at once (dialogs opened afterwards use it) and
asks to restart: the window's existing widgets keep the texts they were built with, so a restart
(offered as "Khởi động lại ngay") is what switches every screen cleanly.
"""

from __future__ import annotations

import datetime as dt
import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QProcess, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
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
from ccpropa_desktop.ui import i18n
from ccpropa_desktop.ui.context import AppContext
from ccpropa_desktop.ui.errors import show_error
from ccpropa_desktop.ui.page import Page

# What made each backup, from the reason in its file name (store/backups.py).
BACKUP_KINDS = {
    "daily": QT_TRANSLATE_NOOP("SettingsPage", "Tự động hằng ngày"),
    "thu-cong": QT_TRANSLATE_NOOP("SettingsPage", "Thủ công (bấm «Sao lưu ngay»)"),
    "truoc-nang-cap": QT_TRANSLATE_NOOP("SettingsPage", "Trước khi nâng cấp"),
    "truoc-khoi-phuc": QT_TRANSLATE_NOOP("SettingsPage", "Trước khi khôi phục"),
}


def restart_command(data_dir: str) -> tuple[str, list[str]]:
    """How to start this program again on the same data folder (source checkout or frozen bundle)."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--data-dir", data_dir]
    return sys.executable, ["-m", "ccpropa_desktop", "--data-dir", data_dir]


class SettingsPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        title = QLabel(self.tr("<h2>Cài đặt</h2>"))

        # -- language ------------------------------------------------------------------------
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)  # each language in its own words
        self.apply_button = QPushButton(self.tr("Áp dụng"))
        self.apply_button.setObjectName("apply_language")
        language_note = QLabel(self.tr("Văn bản in ra (kế hoạch, báo cáo) luôn bằng tiếng Việt theo "
                                       "Nghị định 30/2020/NĐ-CP; chỉ giao diện đổi ngôn ngữ."))
        language_note.setWordWrap(True)
        language_box = QGroupBox(self.tr("Ngôn ngữ giao diện"))
        row = QHBoxLayout()
        row.addWidget(self.language)
        row.addWidget(self.apply_button)
        row.addStretch(1)
        language_layout = QVBoxLayout(language_box)
        language_layout.addLayout(row)
        language_layout.addWidget(language_note)

        # -- data folder -------------------------------------------------------------------------
        self.data_dir = QLineEdit(str(ctx.data_dir))
        self.data_dir.setObjectName("data_dir")
        self.data_dir.setReadOnly(True)
        self.open_folder_button = QPushButton(self.tr("Mở thư mục"))
        self.open_folder_button.setObjectName("open_data_dir")
        self.db_size = QLabel()
        self.db_size.setObjectName("db_size")
        self.db_size.setWordWrap(True)
        folder_box = QGroupBox(self.tr("Thư mục dữ liệu"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_dir, 1)
        folder_row.addWidget(self.open_folder_button)
        folder_layout = QVBoxLayout(folder_box)
        folder_layout.addLayout(folder_row)
        folder_layout.addWidget(self.db_size)

        # -- backups -------------------------------------------------------------------------
        self.backup_button = QPushButton(self.tr("Sao lưu ngay"))
        self.backup_button.setObjectName("backup_now")
        self.backup_table = QTableWidget(0, 3)
        self.backup_table.setObjectName("backup_table")
        self.backup_table.setHorizontalHeaderLabels(
            [self.tr("Thời điểm"), self.tr("Loại"), self.tr("Dung lượng")])
        self.backup_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backup_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backup_table.verticalHeader().hide()
        header = self.backup_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.backup_note = QLabel(self.tr(
            "Chương trình tự sao lưu mỗi ngày (giữ 14 bản gần nhất) và trước mỗi lần nâng cấp. "
            "Các bản sao nằm trong thư mục «backups» của thư mục dữ liệu."))
        self.backup_note.setWordWrap(True)
        backup_box = QGroupBox(self.tr("Sao lưu"))
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_note, 1)
        backup_row.addWidget(self.backup_button)
        backup_layout = QVBoxLayout(backup_box)
        backup_layout.addLayout(backup_row)
        backup_layout.addWidget(self.backup_table, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(language_box)
        layout.addWidget(folder_box)
        layout.addWidget(backup_box, 1)

        self.apply_button.clicked.connect(self.apply_language)
        self.open_folder_button.clicked.connect(self.open_data_dir)
        self.backup_button.clicked.connect(self.backup_now)

    def refresh(self) -> None:
        current = self.ctx.setting("language", i18n.DEFAULT_LANGUAGE)
        index = self.language.findData(current)
        self.language.setCurrentIndex(max(index, 0))
        db_file = self.ctx.data_dir / paths.DB_FILENAME
        size = db_file.stat().st_size if db_file.exists() else 0
        self.db_size.setText(self.tr("Tệp dữ liệu: {0} ({1}). Sao chép cả thư mục này để chuyển "
                                     "sang máy khác.").format(db_file.name, self._size(size)))
        self.load_backups()

    # -- language ----------------------------------------------------------------------------
    def apply_language(self) -> None:
        code = str(self.language.currentData())
        if code == self.ctx.setting("language", i18n.DEFAULT_LANGUAGE):
            return
        self.ctx.set_setting("language", code)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            i18n.install(app, code)  # from here on, new dialogs speak the new language
        self.ask_restart()

    def ask_restart(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Đổi ngôn ngữ"),
                          self.tr("Đã lưu ngôn ngữ mới. Khởi động lại chương trình để mọi màn hình "
                                  "dùng ngôn ngữ này."), parent=self)
        now = box.addButton(self.tr("Khởi động lại ngay"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Để sau"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(now)
        box.exec()
        if box.clickedButton() is now:
            self.restart()

    def restart(self) -> None:
        """Start a new window on the same data folder, then close this one (which saves its geometry)."""
        program, arguments = restart_command(str(self.ctx.data_dir))
        if QProcess.startDetached(program, arguments)[0]:
            self.window().close()

    # -- data folder -------------------------------------------------------------------------
    def open_data_dir(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.data_dir)))

    # -- backups -----------------------------------------------------------------------------
    def _size(self, size: int) -> str:
        return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)

    def load_backups(self) -> None:
        try:
            rows = list(reversed(backups.list_backups(self.ctx.store)))  # newest first
        except UserError as exc:
            show_error(self, exc)
            return
        self.backup_table.setRowCount(len(rows))
        for r, backup in enumerate(rows):
            when = dt.datetime.fromisoformat(backup.created)
            kind = next((label for key, label in BACKUP_KINDS.items() if f"-{key}" in backup.name), "")
            cells = [when.strftime("%d/%m/%Y %H:%M"), self.tr(kind) if kind else backup.name,
                     self._size(backup.size)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(backup.name)
                self.backup_table.setItem(r, c, item)

    def backup_now(self) -> None:
        try:
            path = backups.create_backup(self.ctx.store)
        except UserError as exc:
            show_error(self, exc)
            return
        self.load_backups()
        self.ctx.status_message.emit(self.tr("Đã sao lưu: {0}").format(path.name))
