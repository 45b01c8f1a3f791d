"""Settings: the interface language, where the data lives, backups, and the re-voicing rules.

Changing the language re-installs the translators at once (dialogs opened afterwards use it) and
asks to restart: the window's existing widgets keep the texts they were built with, so a restart
(offered as "Khởi động lại ngay") is what switches every screen cleanly.

The re-voicing rules (services.revoice) say how the template's sentences become the unit's own, per
pair of levels ("tỉnh → huyện"). The box lists the rules in force, built-in ("có sẵn") and the
unit's own ("của đơn vị", which win by id); every edit is saved at once.
"""

from __future__ import annotations

import datetime as dt
import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QProcess, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ccpropa_desktop import paths
from ccpropa_desktop.domain.levels import LEVELS
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import backups, revoice
from ccpropa_desktop.services import unit as unit_service
from ccpropa_desktop.ui import i18n
from ccpropa_desktop.ui.context import AppContext
from ccpropa_desktop.ui.errors import show_error
from ccpropa_desktop.ui.page import Page
from ccpropa_desktop.ui.widgets.scroll_page import scroll_page

# What made each backup, from the reason in its file name (store/backups.py).
BACKUP_KINDS = {
    "daily": QT_TRANSLATE_NOOP("SettingsPage", "Tự động hằng ngày"),
    "thu-cong": QT_TRANSLATE_NOOP("SettingsPage", "Thủ công (bấm «Sao lưu ngay»)"),
    "truoc-nang-cap": QT_TRANSLATE_NOOP("SettingsPage", "Trước khi nâng cấp"),
    "truoc-khoi-phuc": QT_TRANSLATE_NOOP("SettingsPage", "Trước khi khôi phục"),
    "cuu-du-lieu": QT_TRANSLATE_NOOP("SettingsPage", "Cứu từ tệp hỏng"),
}


def restart_command(data_dir: str) -> tuple[str, list[str]]:
    """How to start this program again on the same data folder (source checkout or frozen bundle)."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--data-dir", data_dir]
    return sys.executable, ["-m", "ccpropa_desktop", "--data-dir", data_dir]


# Where a rule comes from, as services.revoice.rules_for says it.
RULE_SOURCES = {
    "có sẵn": QT_TRANSLATE_NOOP("RevoiceRulesBox", "có sẵn"),
    "của đơn vị": QT_TRANSLATE_NOOP("RevoiceRulesBox", "của đơn vị"),
}
OWN = "của đơn vị"


class RevoiceRulesBox(QGroupBox):
    """The re-voicing rules of one level pair: list, add or edit the unit's own, switch a built-in
    rule off, remove the unit's own (the built-in rule of that id is in force again)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Quy tắc viết lại lời văn"))
        self.setObjectName("revoice_box")
        self.ctx = ctx
        self.rules: list[tuple[revoice.RevoiceRule, str]] = []
        self.builtin: set[str] = set()
        self._chosen_levels = False

        self.from_level = QComboBox()
        self.from_level.setObjectName("revoice_from")
        self.to_level = QComboBox()
        self.to_level.setObjectName("revoice_to")
        for combo in (self.from_level, self.to_level):
            for code, name in LEVELS.items():
                combo.addItem(QCoreApplication.translate("levels", name), code)
            combo.activated.connect(self._levels_picked)
        levels = QHBoxLayout()
        levels.addWidget(QLabel(self.tr("Từ kế hoạch mẫu cấp")))
        levels.addWidget(self.from_level)
        levels.addWidget(QLabel(self.tr("sang đơn vị cấp")))
        levels.addWidget(self.to_level)
        levels.addStretch(1)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("revoice_rules")
        self.table.setHorizontalHeaderLabels([self.tr("Mã"), self.tr("Tìm"), self.tr("Thay bằng"),
                                              self.tr("Tên"), self.tr("Nguồn")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # one line a rule (rows are one line tall), elided; all of it below
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 120), (1, 190), (2, 190), (4, 90)):
            self.table.setColumnWidth(column, width)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.setMinimumHeight(150)  # the page's boxes share the height by their stretch
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)

        self.rule_id = QLineEdit()
        self.rule_id.setObjectName("revoice_id")
        self.rule_id.setPlaceholderText(self.tr("để trống: tự đặt"))
        self.find = QLineEdit()
        self.find.setObjectName("revoice_find")
        self.find.setPlaceholderText(self.tr("Ví dụ: trên địa bàn tỉnh"))
        self.replace = QLineEdit()
        self.replace.setObjectName("revoice_replace")
        self.replace.setPlaceholderText(self.tr("Ví dụ: trên địa bàn huyện"))
        self.label = QLineEdit()
        self.label.setObjectName("revoice_label")
        self.label.setPlaceholderText(self.tr("để trống: «cụm từ cần tìm»"))
        self.save_button = QPushButton(self.tr("Lưu quy tắc"))
        self.save_button.setObjectName("save_revoice_rule")
        self.new_button = QPushButton(self.tr("Quy tắc mới"))
        self.new_button.setObjectName("new_revoice_rule")
        self.off_button = QPushButton(self.tr("Tắt quy tắc có sẵn"))
        self.off_button.setObjectName("off_revoice_rule")
        self.remove_button = QPushButton(self.tr("Xóa quy tắc của đơn vị"))
        self.remove_button.setObjectName("remove_revoice_rule")
        self.remove_button.setToolTip(self.tr("Quy tắc có sẵn cùng mã (nếu có) được dùng lại."))
        for edit in (self.rule_id, self.find, self.replace, self.label):
            edit.returnPressed.connect(self.save_rule)
        self.save_button.clicked.connect(self.save_rule)
        self.new_button.clicked.connect(self.new_rule)
        self.off_button.clicked.connect(self.switch_off)
        self.remove_button.clicked.connect(self.remove_rule)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        first = QHBoxLayout()
        first.addWidget(self.find, 3)
        first.addWidget(QLabel(self.tr("thay bằng")))
        first.addWidget(self.replace, 3)
        second = QHBoxLayout()
        second.addWidget(self.label, 3)
        second.addWidget(QLabel(self.tr("mã")))
        second.addWidget(self.rule_id, 1)
        form.addRow(self.tr("Tìm:"), first)
        form.addRow(self.tr("Tên:"), second)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.off_button)
        buttons.addWidget(self.remove_button)
        note = QLabel(self.tr("Cụm từ có thể dùng {from_area}, {to_area} (ví dụ «tỉnh Bắc Kạn», «huyện Sông "
                              "Mã»), {from_kind}, {to_kind}, {from_year}, {to_year}. Trích dẫn văn bản, giai "
                              "đoạn và ngày tháng không bao giờ bị thay."))
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.addLayout(levels)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(note)

    # -- levels ------------------------------------------------------------------------------
    def levels(self) -> tuple[str, str]:
        return str(self.from_level.currentData()), str(self.to_level.currentData())

    def _levels_picked(self, _index: int) -> None:
        self._chosen_levels = True
        self.new_rule()
        self.load()

    def refresh(self) -> None:
        """Default pair: the province's template for the unit's level (until the officer picks)."""
        if not self._chosen_levels:
            try:
                level = unit_service.get_unit(self.ctx.store).level
            except UserError:
                level = "huyen"
            self.from_level.setCurrentIndex(max(self.from_level.findData("tinh"), 0))
            self.to_level.setCurrentIndex(max(self.to_level.findData(level), 0))
        self.load()

    # -- the table ---------------------------------------------------------------------------
    def load(self, select: str | None = None) -> None:
        try:
            self.rules = revoice.rules_for(self.ctx.store, *self.levels())
            self.builtin = {r.id for r in revoice.default_rules(*self.levels())}
        except UserError as exc:
            show_error(self, exc)
            return
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self.rules))
        for r, (rule, source) in enumerate(self.rules):
            cells = [rule.id, rule.find or self.tr("(tắt)"), rule.replace, rule.label,
                     self.tr(RULE_SOURCES.get(source, source))]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if not rule.find:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        row = next((r for r, (rule, _s) in enumerate(self.rules) if rule.id == select), -1)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollToItem(self.table.item(row, 0))
        self._buttons()

    def selected(self) -> tuple[revoice.RevoiceRule, str] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rules[rows[0].row()] if rows else None

    def _selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            rule, _source = chosen
            self.rule_id.setText(rule.id)
            self.find.setText(rule.find)
            self.replace.setText(rule.replace)
            self.label.setText(rule.label)
        self._buttons()

    def _buttons(self) -> None:
        chosen = self.selected()
        builtin_on = chosen is not None and chosen[0].id in self.builtin and bool(chosen[0].find)
        self.off_button.setEnabled(builtin_on)
        self.remove_button.setEnabled(chosen is not None and chosen[1] == OWN)

    # -- edits, saved at once ----------------------------------------------------------------
    def new_rule(self) -> None:
        self.table.clearSelection()
        for edit in (self.rule_id, self.find, self.replace, self.label):
            edit.clear()
        self.find.setFocus()

    def _new_id(self) -> str:
        taken = {rule.id for rule, _s in self.rules}
        return next(f"rieng-{n}" for n in range(1, len(taken) + 2) if f"rieng-{n}" not in taken)

    def save_rule(self) -> None:
        """Add or replace the unit's own rule (a built-in id: the unit's version overrides it)."""
        rule_id = self.rule_id.text().strip() or (self._new_id() if self.find.text().strip() else "")
        try:
            rule = revoice.set_rule(self.ctx.store, *self.levels(), rule_id, self.find.text(),
                                    self.replace.text(), self.label.text())
        except UserError as exc:
            show_error(self, exc)
            return
        self.load(select=rule.id)
        self.ctx.status_message.emit(self.tr("Đã lưu quy tắc {0}: «{1}» → «{2}».").format(
            rule.id, rule.find, rule.replace))

    def switch_off(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        try:
            rule = revoice.set_rule(self.ctx.store, *self.levels(), chosen[0].id, off=True)
        except UserError as exc:
            show_error(self, exc)
            return
        self.load(select=rule.id)
        self.ctx.status_message.emit(self.tr("Đã tắt quy tắc {0}.").format(rule.id))

    def remove_rule(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen[1] != OWN:
            return
        rule_id = chosen[0].id
        try:
            revoice.remove_rule(self.ctx.store, *self.levels(), rule_id)
        except UserError as exc:
            show_error(self, exc)
            return
        self.load(select=rule_id if rule_id in self.builtin else None)
        if rule_id not in self.builtin:
            self.new_rule()
        self.ctx.status_message.emit(self.tr("Đã xóa quy tắc riêng {0}.").format(rule_id))


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
        self.backup_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backup_table.verticalHeader().hide()
        header = self.backup_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.backup_table.setMinimumHeight(90)  # the page's boxes share the height by their stretch
        self.backup_table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.backup_note = QLabel(self.tr(
            "Chương trình tự sao lưu mỗi ngày (giữ 14 bản gần nhất) và trước mỗi lần nâng cấp. "
            "Các bản sao nằm trong thư mục «backups» của thư mục dữ liệu."))
        self.backup_note.setWordWrap(True)
        backup_box = QGroupBox(self.tr("Sao lưu"))
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_note, 1)
        backup_row.addWidget(self.backup_button)
        self.restore_button = QPushButton(self.tr("Khôi phục bản đã chọn"))
        self.restore_button.setObjectName("restore_backup")
        self.restore_button.clicked.connect(self.restore_selected)
        backup_row.addWidget(self.restore_button)
        backup_layout = QVBoxLayout(backup_box)
        backup_layout.addLayout(backup_row)
        backup_layout.addWidget(self.backup_table, 1)

        # -- re-voicing rules ---------------------------------------------------------------------
        self.revoice_box = RevoiceRulesBox(ctx)

        layout = QVBoxLayout()
        layout.addWidget(title)
        top = QHBoxLayout()  # side by side, so the rules below have room at 1366×768
        top.addWidget(language_box, 1)
        top.addWidget(folder_box, 1)
        layout.addLayout(top)
        layout.addWidget(backup_box, 2)
        layout.addWidget(self.revoice_box, 5)
        scroll_page(self, layout, "settings_scroll")  # at a larger font: scrolls, never overlaps

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
        self.revoice_box.refresh()

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

    def restore_selected(self) -> None:
        """Put the chosen backup in place of the store (services.backups: the current state is kept as a
        backup «trước khi khôi phục», or in «hong» if it is damaged), then reopen the store."""
        rows = self.backup_table.selectionModel().selectedRows()
        if not rows:
            self.ctx.status_message.emit(self.tr("Chọn một bản sao lưu trong bảng để khôi phục."))
            return
        item = self.backup_table.item(rows[0].row(), 0)
        name = item.toolTip()
        question = self.tr("Khôi phục bản sao lưu lúc {0}? Mọi thay đổi sau lúc đó sẽ không còn trong dữ "
                           "liệu đang dùng; trạng thái hiện tại được giữ lại thành một bản sao lưu "
                           "«trước khi khôi phục».").format(item.text())
        answer = QMessageBox.question(self, self.tr("Khôi phục dữ liệu"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.store.close()  # the restore replaces the file under this connection
        failed: UserError | None = None
        try:
            done = backups.restore_backup(self.ctx.data_dir, name)
        except UserError as exc:
            failed = exc
        try:
            self.ctx.reopen()
        except UserError as exc:
            show_error(self, exc)
            return
        self.load_backups()
        if failed is not None:
            show_error(self, failed)
            return
        self.ctx.status_message.emit(self.tr("Đã khôi phục {0}.").format(done.name))
