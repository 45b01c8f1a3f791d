"""The unit profile (W1): who issues the plan, who signs it, who receives it, and the unit's agencies.

First run opens here. Every field is checked as it is typed (the rules are the service's:
`unit.invalid_fields`), and "Lưu hồ sơ" is enabled only when the whole profile is valid.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ccpropa_desktop.domain.levels import LEVELS
from ccpropa_desktop.domain.model import Signer, UnitProfile
from ccpropa_desktop.domain.noi_nhan import with_archive
from ccpropa_desktop.domain.text import clean_line, sort_key
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import unit as unit_service
from ccpropa_desktop.ui.context import AppContext
from ccpropa_desktop.ui.errors import show_error
from ccpropa_desktop.ui.page import Page

# The level names come from domain/levels.py; listed here so lupdate offers them for translation.
LEVEL_NAMES = (
    QT_TRANSLATE_NOOP("levels", "Tỉnh"),
    QT_TRANSLATE_NOOP("levels", "Sở, ban, ngành"),
    QT_TRANSLATE_NOOP("levels", "Huyện"),
    QT_TRANSLATE_NOOP("levels", "Phòng (cấp huyện)"),
    QT_TRANSLATE_NOOP("levels", "Xã, phường, đặc khu"),
)

# Suggestions only (printed on documents, so Vietnamese in every UI language); any text may be typed.
AUTHORITIES = ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "KT. GIÁM ĐỐC", "KT. TRƯỞNG PHÒNG", "TL. CHỦ TỊCH",
               "TUQ. CHỦ TỊCH")
TITLES = ("CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG")

# What to tell the officer for each field the service rejects (its own messages name JSON keys).
FIELD_MESSAGES = {
    "parent_lines": QT_TRANSLATE_NOOP("UnitProfilePage", "Tên cơ quan chủ quản chỉ gồm các dòng chữ."),
    "name_lines": QT_TRANSLATE_NOOP(
        "UnitProfilePage", "Nhập tên cơ quan ban hành, mỗi dòng như trên văn bản (ví dụ ỦY BAN NHÂN DÂN)."),
    "abbreviation": QT_TRANSLATE_NOOP(
        "UnitProfilePage", "Nhập chữ viết tắt dùng trong số văn bản, không có dấu cách (ví dụ UBND, SNV)."),
    "level": QT_TRANSLATE_NOOP("UnitProfilePage", "Chọn cấp hành chính của đơn vị."),
    "place": QT_TRANSLATE_NOOP("UnitProfilePage", "Nhập địa danh ghi ở dòng ngày tháng (ví dụ Sông Mã)."),
    "signer": QT_TRANSLATE_NOOP("UnitProfilePage", "Nhập thông tin người ký."),
    "signer.authority": QT_TRANSLATE_NOOP(
        "UnitProfilePage", "Nhập quyền hạn ký (ví dụ TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH)."),
    "signer.title": QT_TRANSLATE_NOOP("UnitProfilePage", "Nhập chức vụ người ký (ví dụ CHỦ TỊCH)."),
    "signer.name": QT_TRANSLATE_NOOP("UnitProfilePage", "Nhập họ và tên người ký."),
    "recipients": QT_TRANSLATE_NOOP("UnitProfilePage", "Danh sách nơi nhận không hợp lệ."),
    "agencies": QT_TRANSLATE_NOOP("UnitProfilePage", "Danh bạ cơ quan không hợp lệ."),
    "short_name": QT_TRANSLATE_NOOP("UnitProfilePage", "Tên gọi ngắn không hợp lệ."),
    "drafting_unit": QT_TRANSLATE_NOOP(
        "UnitProfilePage", "Nhập chữ viết tắt của đơn vị soạn thảo trên một dòng (ví dụ NV, CCHC)."),
}


def _lines(text: str) -> list[str]:
    return [line for line in (clean_line(raw) for raw in text.splitlines()) if line]


def _editable_item(text: str) -> QListWidgetItem:
    """(Qt is imported here: the first run's page, whose lists are empty, is painted before Qt's
    namespace is built, ui/lean_qt.py.)"""
    from PySide6.QtCore import Qt

    item = QListWidgetItem(text)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
    return item


class ListEditor(QWidget):
    """A list of one-line entries: type and press Enter (or "Thêm") to add; double-click to edit;
    "Xóa" removes. Sorted lists keep Vietnamese collation; ordered ones move up and down."""

    changed = Signal()

    def __init__(self, name: str, placeholder: str, *, keep_sorted: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keep_sorted = keep_sorted
        self.entry = QLineEdit()
        self.entry.setObjectName(f"{name}_entry")
        self.entry.setPlaceholderText(placeholder)
        self.add_button = QPushButton(self.tr("Thêm"))
        self.add_button.setObjectName(f"{name}_add")
        self.list = QListWidget()
        self.list.setObjectName(f"{name}_list")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.remove_button = QPushButton(self.tr("Xóa"))
        self.remove_button.setObjectName(f"{name}_remove")
        self.up_button = QPushButton(self.tr("Lên"))
        self.up_button.setObjectName(f"{name}_up")
        self.down_button = QPushButton(self.tr("Xuống"))
        self.down_button.setObjectName(f"{name}_down")
        self.count_label = QLabel()

        top = QHBoxLayout()
        top.addWidget(self.entry, 1)
        top.addWidget(self.add_button)
        side = QHBoxLayout()
        side.addWidget(self.count_label, 1)
        if not keep_sorted:
            side.addWidget(self.up_button)
            side.addWidget(self.down_button)
        side.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(side)
        self.up_button.setVisible(not keep_sorted)
        self.down_button.setVisible(not keep_sorted)

        self.entry.returnPressed.connect(self.add_entry)
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.list.itemChanged.connect(self._edited)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self._update_buttons()

    def items(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def set_items(self, items: list[str]) -> None:
        self._fill(items, select=None)

    def _fill(self, items: list[str], select: str | None) -> None:
        if self.keep_sorted:
            items = sorted(items, key=sort_key)
        self.list.blockSignals(True)
        self.list.clear()
        for text in items:
            self.list.addItem(_editable_item(text))
        self.list.blockSignals(False)
        if select is not None and select in items:
            self.list.setCurrentRow(items.index(select))
        self._update_buttons()

    def add_entry(self) -> None:
        text = clean_line(self.entry.text())
        if not text:
            return
        items = self.items()
        if text not in items:
            items.append(text)
        self._fill(items, select=text)
        self.entry.clear()
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self._update_buttons()
        self.changed.emit()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.changed.emit()

    def _edited(self, item: QListWidgetItem) -> None:
        """An entry edited in place: cleaned, dropped when emptied, re-sorted."""
        text = clean_line(item.text())
        items = self.items()
        row = self.list.row(item)
        if text:
            items[row] = text
        else:
            del items[row]
        deduplicated = list(dict.fromkeys(items))

        def rebuild() -> None:  # after the item view has finished committing the edit
            self._fill(deduplicated, select=text or None)
            self.changed.emit()

        QTimer.singleShot(0, rebuild)

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)
        self.count_label.setText(self.tr("{0} mục · nháy đúp để sửa").format(self.list.count()))


class UnitProfilePage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._touched: set[str] = set()
        self._dirty = False
        self._loading = False
        self._first_run = False
        self.errors: dict[str, str] = {}

        title = QLabel(self.tr("<h2>Hồ sơ đơn vị</h2>"))
        self.welcome = QLabel(self.tr(
            "Chào mừng! Trước khi lập kế hoạch, hãy khai báo đơn vị của mình một lần: tên cơ quan như in "
            "trên văn bản, cấp hành chính, địa danh, người ký, nơi nhận và các cơ quan, đơn vị trực thuộc. "
            "Các mục có dấu * là bắt buộc; có thể sửa lại bất cứ lúc nào."))
        self.welcome.setObjectName("welcome")
        self.welcome.setWordWrap(True)
        self.welcome.setStyleSheet("QLabel#welcome { background: #eef5ff; border: 1px solid #b8d0f0;"
                                   " border-radius: 4px; padding: 6px; }")

        # -- names --------------------------------------------------------------------------
        self.parent_lines = self._text_box(
            "parent_lines", self.tr("Ví dụ: UBND TỈNH SƠN LA (để trống nếu là UBND)"))
        self.name_lines = self._text_box("name_lines", self.tr("Ví dụ:\nỦY BAN NHÂN DÂN\nHUYỆN SÔNG MÃ"))
        self.abbreviation = self._line("abbreviation", self.tr("Ví dụ: UBND, SNV, PNV"))
        self.short_name = self._line("short_name", "")
        self.level = QComboBox()
        self.level.setObjectName("level")
        for code, name in LEVELS.items():
            self.level.addItem(QCoreApplication.translate("levels", name), code)
        self.level.currentIndexChanged.connect(lambda _i: self._field_edited("level"))
        self.place = self._line("place", self.tr("Ví dụ: Sông Mã"))

        names = QGroupBox(self.tr("Cơ quan ban hành"))
        form = QFormLayout(names)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_row(form, self.tr("Tên cơ quan chủ quản:"), self.parent_lines, "parent_lines")
        self._add_row(form, self.tr("Tên cơ quan ban hành *:"), self.name_lines, "name_lines")
        self._add_row(form, self.tr("Chữ viết tắt *:"), self.abbreviation, "abbreviation")
        self._add_row(form, self.tr("Tên gọi ngắn:"), self.short_name, "short_name")
        self._add_row(form, self.tr("Cấp *:"), self.level, "level")
        self._add_row(form, self.tr("Địa danh *:"), self.place, "place")

        # -- signer -------------------------------------------------------------------------
        self.signer_authority = self._combo("signer_authority", AUTHORITIES, "signer.authority")
        self.signer_title = self._combo("signer_title", TITLES, "signer.title")
        self.signer_name = self._line("signer_name", self.tr("Ví dụ: Lò Văn Sinh"), field="signer.name")
        signer = QGroupBox(self.tr("Người ký thường lệ"))
        signer_form = QFormLayout(signer)
        signer_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_row(signer_form, self.tr("Quyền hạn ký *:"), self.signer_authority, "signer.authority")
        self._add_row(signer_form, self.tr("Chức vụ *:"), self.signer_title, "signer.title")
        self._add_row(signer_form, self.tr("Họ và tên *:"), self.signer_name, "signer.name")

        # -- lists --------------------------------------------------------------------------
        self.recipients = ListEditor("recipients", self.tr("Thêm nơi nhận, ví dụ: Sở Nội vụ tỉnh"),
                                     keep_sorted=False)
        self.recipients.setObjectName("recipients")
        self.agencies = ListEditor("agencies", self.tr("Thêm cơ quan, ví dụ: Phòng Nội vụ"), keep_sorted=True)
        self.agencies.setObjectName("agencies")
        self.recipients.changed.connect(lambda: self._field_edited("recipients"))
        self.agencies.changed.connect(lambda: self._field_edited("agencies"))
        self.drafting_unit = self._line("drafting_unit", self.tr("Ví dụ: NV, CCHC"))
        self.archive_preview = QLabel()
        self.archive_preview.setObjectName("archive_preview")
        self.archive_preview.setWordWrap(True)
        recipients_box = QGroupBox(self.tr("Nơi nhận thường lệ (theo thứ tự in)"))
        recipients_layout = QVBoxLayout(recipients_box)
        recipients_layout.addWidget(self.recipients)
        recipients_layout.addWidget(self._error_label("recipients"))
        archive_form = QFormLayout()
        archive_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_row(archive_form, self.tr("Đơn vị soạn thảo:"), self.drafting_unit, "drafting_unit")
        recipients_layout.addLayout(archive_form)
        recipients_layout.addWidget(self.archive_preview)
        agencies_box = QGroupBox(self.tr("Danh bạ cơ quan, đơn vị (dùng khi giao nhiệm vụ)"))
        agencies_layout = QVBoxLayout(agencies_box)
        agencies_layout.addWidget(self.agencies)
        agencies_layout.addWidget(self._error_label("agencies"))

        # -- save ---------------------------------------------------------------------------
        self.save_button = QPushButton(self.tr("Lưu hồ sơ"))
        self.save_button.setObjectName("save_unit")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.state_label = QLabel()
        self.state_label.setObjectName("save_state")
        self.state_label.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(names)
        left.addWidget(signer)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(recipients_box, 1)
        right.addWidget(agencies_box, 1)
        columns = QGridLayout()
        columns.addLayout(left, 0, 0)
        columns.addLayout(right, 0, 1)
        columns.setColumnStretch(0, 5)
        columns.setColumnStretch(1, 4)
        body = QWidget()
        body.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        bottom = QHBoxLayout()
        bottom.addWidget(self.state_label, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.welcome)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self._validate()

    # -- building helpers ------------------------------------------------------------------
    def _text_box(self, name: str, placeholder: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setObjectName(name)
        box.setPlaceholderText(placeholder)
        box.setTabChangesFocus(True)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 14)
        box.textChanged.connect(lambda: self._field_edited(name))
        return box

    def _line(self, name: str, placeholder: str, field: str | None = None) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setPlaceholderText(placeholder)
        line.textEdited.connect(lambda _t: self._field_edited(field or name))
        return line

    def _combo(self, name: str, suggestions: tuple[str, ...], field: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(suggestions)
        combo.setCurrentIndex(-1)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        combo.currentTextChanged.connect(lambda _t: self._field_edited(field))
        return combo

    def _error_label(self, field: str) -> QLabel:
        """The red line under a field; `_validate` fills it (attribute ``error_<field>``)."""
        error = QLabel()
        error.setObjectName(f"error_{field.replace('.', '_')}")
        error.setWordWrap(True)
        error.setStyleSheet("color: #b00020;")
        error.hide()
        setattr(self, error.objectName(), error)
        return error

    def _add_row(self, form: QFormLayout, label: str, widget: QWidget, field: str) -> None:
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self._error_label(field))
        form.addRow(label, column)

    # -- data ------------------------------------------------------------------------------
    def form_data(self) -> dict[str, Any]:
        """What the form holds, in the shape `unit.unit_from_dict` reads."""
        return {
            "name_lines": _lines(self.name_lines.toPlainText()),
            "parent_lines": _lines(self.parent_lines.toPlainText()),
            "abbreviation": clean_line(self.abbreviation.text()),
            "level": self.level.currentData() or "",
            "place": clean_line(self.place.text()),
            "signer": {"authority": clean_line(self.signer_authority.currentText()),
                       "title": clean_line(self.signer_title.currentText()),
                       "name": clean_line(self.signer_name.text())},
            "recipients": self.recipients.items(),
            "agencies": self.agencies.items(),
            "short_name": clean_line(self.short_name.text()),
            "drafting_unit": clean_line(self.drafting_unit.text()),
        }

    def load(self, profile: UnitProfile | None) -> None:
        self._loading = True
        try:
            if profile is None:
                profile = UnitProfile(name_lines=[], parent_lines=[], abbreviation="", level="",
                                      place="", signer=Signer(), recipients=[], agencies=[])
            self.parent_lines.setPlainText("\n".join(profile.parent_lines))
            self.name_lines.setPlainText("\n".join(profile.name_lines))
            self.abbreviation.setText(profile.abbreviation)
            derived = unit_service.derive_short_name(profile.name_lines)
            self.short_name.setText("" if profile.short_name == derived else profile.short_name)
            index = self.level.findData(profile.level)
            self.level.setCurrentIndex(index)
            self.place.setText(profile.place)
            self.signer_authority.setCurrentText(profile.signer.authority)
            self.signer_title.setCurrentText(profile.signer.title)
            self.signer_name.setText(profile.signer.name)
            self.recipients.set_items(list(profile.recipients))
            self.agencies.set_items(list(profile.agencies))
            self.drafting_unit.setText(profile.drafting_unit)
        finally:
            self._loading = False
        self._touched.clear()
        self._dirty = False
        self._validate()

    def refresh(self) -> None:
        if self._dirty:
            return  # never throw away what the officer typed and has not saved
        profile = self.ctx.unit()  # the store's first look at start-up (ui/context.py)
        self._first_run = profile is None
        self.welcome.setVisible(self._first_run)
        self.load(profile)

    # -- validation ------------------------------------------------------------------------
    def _field_edited(self, field: str) -> None:
        if self._loading:
            return
        self._touched.add(field)
        self._dirty = True
        self._validate()

    def _validate(self) -> None:
        data = self.form_data()
        errors = unit_service.field_errors(data)
        self.errors = {field: error.message for field, error in errors.items()}
        for field in FIELD_MESSAGES:
            label: QLabel | None = getattr(self, f"error_{field.replace('.', '_')}", None)
            if label is None:
                continue
            error = errors.get(field)
            reason = error.params.get("reason") if error else None
            # Too long is never "not filled in yet": say so at once, also for a profile just loaded.
            shown = error is not None and (field in self._touched or reason is not None)
            label.setText(self._message(field, error) if shown and error else "")
            label.setVisible(shown)
        drafting_unit = unit_service.normalize_drafting_unit(data["drafting_unit"])
        last = with_archive(data["recipients"], drafting_unit)[-1].rstrip(" .;")
        self.archive_preview.setText(self.tr("Dòng cuối của nơi nhận khi in: {0}").format(f"- {last}."))
        self.short_name.setPlaceholderText(
            self.tr("Để trống để dùng: {0}").format(unit_service.derive_short_name(
                [line.upper() for line in data["name_lines"]])) if data["name_lines"]
            else self.tr("Ví dụ: UBND huyện Sông Mã"))
        valid = not self.errors
        self.save_button.setEnabled(valid and (self._dirty or self._first_run))
        if not valid:
            self.state_label.setText(self.tr("Còn {0} mục bắt buộc chưa điền đúng.").format(len(self.errors)))
        elif self._dirty:
            self.state_label.setText(self.tr("Có thay đổi chưa lưu."))
        else:
            self.state_label.setText(self.tr("Hồ sơ đã lưu.") if not self._first_run else "")

    def _message(self, field: str, error: UserError) -> str:
        reason, limit = error.params.get("reason"), error.params.get("limit")
        if reason == "too_long" and field in ("name_lines", "parent_lines", "recipients", "agencies"):
            return self.tr("Có dòng quá dài: mỗi dòng tối đa {0} ký tự.").format(limit)
        if reason == "too_long":
            return self.tr("Quá dài: tối đa {0} ký tự.").format(limit)
        if reason == "too_many":
            return self.tr("Quá nhiều dòng: tối đa {0} dòng.").format(limit)
        return self.tr(FIELD_MESSAGES[field])

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> bool:
        try:
            profile = unit_service.unit_from_dict(self.form_data())
            unit_service.set_unit(self.ctx.store, profile)  # one transaction
        except UserError as exc:
            show_error(self, exc)
            return False
        first_run = self._first_run
        self._first_run = False
        self.welcome.hide()
        self.load(self.ctx.store.get_unit())
        self.ctx.unit_changed.emit()
        self.ctx.status_message.emit(self.tr("Đã lưu hồ sơ đơn vị."))
        if first_run:
            self.ctx.navigate.emit("plans")
        return True
