"""«Thông tin chung»: the parts of the document around the body, each saved at once with its own
undo step (services.plan_parts through the session): trích yếu and hình thức, the căn cứ lines,
the opening and closing paragraphs, the appendix's title and "(Kèm theo …)" line, form B's căn cứ
thẩm quyền and proposer, this plan's signer and Nơi nhận.

An empty field prints what its placeholder shows: the unit profile's signer and Nơi nhận, the
defaults of resources/documents/decision.json, the "(Kèm theo …)" line made from the number and
date. Typing is saved as in the section panel: 0.7 s after the last key, on leaving the field, and
before any other action (undo, another tab, a list button).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ccpropa_desktop.domain.model import Plan
from ccpropa_desktop.domain.plan_parts import authority_problem
from ccpropa_desktop.domain.text import clean_line
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import plan_parts
from ccpropa_desktop.ui.editor.section_panel import SAVE_DELAY_MS, UNDO_KEYS, UndoKeysToPlan, paragraphs_of
from ccpropa_desktop.ui.editor.session import EditorSession
from ccpropa_desktop.ui.errors import show_error

# Suggestions only; printed on the document, so Vietnamese in every UI language.
AUTHORITIES = ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Q. CHỦ TỊCH", "TL. CHỦ TỊCH", "TUQ. CHỦ TỊCH",
               "KT. GIÁM ĐỐC", "Q. GIÁM ĐỐC", "KT. TRƯỞNG PHÒNG")
TITLES = ("CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG",
          "CHÁNH VĂN PHÒNG")


class _UndoKeysToSession(UndoKeysToPlan):
    """Ctrl+Z / Ctrl+Y in a field are the plan's undo and redo, also when the page's actions are
    still greyed out (nothing saved yet): the key then reaches the field, and is taken here instead
    of the field's own undo, so what was typed is saved first and then undone, as everywhere else."""

    def __init__(self, session: EditorSession, parent: QObject) -> None:
        super().__init__(parent)
        self.session = session

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            for index, key in enumerate(UNDO_KEYS):
                if pressed.matches(QKeySequence(key)) == QKeySequence.SequenceMatch.ExactMatch:
                    (self.session.undo if index == 0 else self.session.redo)()
                    return True
        return super().eventFilter(watched, event)


def _one_line(text: str) -> str:
    return " ".join(clean_line(text.replace("\u2029", "\n")).split("\n")).strip()


class LineList(QWidget):
    """An ordered list of lines (căn cứ, Nơi nhận): Thêm / Xóa / Lên / Xuống, and the selected line
    in a text box below. Every change is reported as the whole new list with the name of the step;
    the owner saves it and calls `show` with what the store then holds."""

    changed = Signal(object, str)  # list[str], undo text

    def __init__(self, name: str, texts: dict[str, str], new_line: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.texts = texts  # "add", "remove", "up", "down", "edit" → undo texts with {0} = line number
        self.new_line = new_line
        self.items: list[str] = []
        self.list = QListWidget()
        self.list.setObjectName(f"{name}_list")
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 4 + 8)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName(f"{name}_edit")
        self.edit.setUndoRedoEnabled(False)  # one history: the plan's
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 2 + 14)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        labels = {"add": self.tr("Thêm"), "remove": self.tr("Xóa"), "up": self.tr("Lên"),
                  "down": self.tr("Xuống")}
        keys = {"add": "Ctrl+Ins", "remove": "Ctrl+Del", "up": "Alt+Up", "down": "Alt+Down"}
        for key, label in labels.items():
            button = QPushButton(label)
            button.setObjectName(f"{name}_{key}")
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the focus on the list
            sequence = QKeySequence(keys[key])
            button.setToolTip(f"{label} ({sequence.toString(QKeySequence.SequenceFormat.NativeText)})")
            action = QAction(label, self)
            action.setShortcut(sequence)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, k=key: self.act(k))
            self.list.addAction(action)
            button.clicked.connect(lambda _=False, k=key: self.act(k))
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.hint = QLabel()
        self.hint.setObjectName(f"{name}_hint")
        self.hint.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.edit)
        self.hint_row = QHBoxLayout()
        self.hint_row.addWidget(self.hint, 1)
        layout.addLayout(self.hint_row)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.edit.textChanged.connect(self._timer.start)
        self.edit.installEventFilter(self)
        self.list.currentRowChanged.connect(self._row_changed)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit.setFocus())
        self._row = -1

    # -- showing ---------------------------------------------------------------------------------
    def show_items(self, items: list[str], *, shown: list[str] | None = None, hint: str = "") -> None:
        """``items`` as stored; ``shown`` what to list when they are empty (the unit's, greyed)."""
        self._timer.stop()
        self.items = list(items)
        lines = self.items or list(shown or [])
        row = min(max(self._row, 0), len(lines) - 1)
        with QSignalBlocker(self.list):
            self.list.clear()
            for text in lines:
                item = QListWidgetItem(text)
                if not self.items:
                    item.setForeground(self.palette().placeholderText())
                self.list.addItem(item)
            self.list.setCurrentRow(row)
        self._row = row
        self.hint.setText(hint)
        self._fill_edit()
        self._update_buttons()

    def _lines(self) -> list[str]:
        """What the list shows: the stored items, or the defaults it starts from."""
        return [self.list.item(r).text() for r in range(self.list.count())]

    def _row_changed(self, row: int) -> None:
        old, lines = self._row, self.pending()  # what was typed into the line left
        self._row = row  # a refresh after the save keeps the new selection
        if lines is not None:
            self._timer.stop()
            self.changed.emit(lines, self.texts["edit"].format(old + 1))
        with QSignalBlocker(self.list):
            self.list.setCurrentRow(self._row)
        self._fill_edit()
        self._update_buttons()

    def _fill_edit(self) -> None:
        lines = self._lines()
        text = lines[self._row] if 0 <= self._row < len(lines) else ""
        if _one_line(self.edit.toPlainText()) != text:
            with QSignalBlocker(self.edit):
                at = self.edit.textCursor().position()
                self.edit.setPlainText(text)
                cursor = self.edit.textCursor()
                cursor.setPosition(min(at, len(text)))
                self.edit.setTextCursor(cursor)
        self.edit.setEnabled(0 <= self._row < len(lines))

    def _update_buttons(self) -> None:
        count, row = self.list.count(), self._row
        self.buttons["remove"].setEnabled(0 <= row < count)
        self.buttons["up"].setEnabled(0 < row < count)
        self.buttons["down"].setEnabled(0 <= row < count - 1)

    # -- changing --------------------------------------------------------------------------------
    def act(self, key: str) -> None:
        self.flush()
        lines, row = self._lines(), self._row
        if key == "add":
            row = row + 1 if 0 <= row < len(lines) else len(lines)
            lines.insert(row, self.new_line)
        elif key == "remove" and 0 <= row < len(lines):
            del lines[row]
            row = min(row, len(lines) - 1)
        elif key == "up" and 0 < row < len(lines):
            lines[row - 1], lines[row] = lines[row], lines[row - 1]
            row -= 1
        elif key == "down" and 0 <= row < len(lines) - 1:
            lines[row + 1], lines[row] = lines[row], lines[row + 1]
            row += 1
        else:
            return
        number = (self._row if key != "add" else row) + 1
        self._row = row
        self.changed.emit(lines, self.texts[key].format(number))
        if key == "add":
            self.edit.setFocus()
            self.edit.selectAll()

    def pending(self) -> list[str] | None:
        """The list with the typed line in place, if the typing differs from it."""
        lines = self._lines()
        if not 0 <= self._row < len(lines):
            return None
        text = _one_line(self.edit.toPlainText())
        if not text or text == lines[self._row]:
            return None  # an emptied line is removed with "Xóa", not by typing
        lines[self._row] = text
        return lines

    def flush(self) -> None:
        self._timer.stop()
        lines = self.pending()
        if lines is not None:
            self.changed.emit(lines, self.texts["edit"].format(self._row + 1))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)


@dataclass
class _Field:
    """One text field: how to read it (as `set_parts` takes it), show a stored value, name its step."""

    widget: QWidget
    read: Callable[[], Any]
    show: Callable[[Any], None]
    text: str
    norm: Callable[[Any], Any] = lambda v: v  # the stored value as `read` would give it back


class PartsPanel(QWidget):
    def __init__(self, session: EditorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.plan: Plan | None = None
        self.fields: dict[str, _Field] = {}
        self._saving: set[str] = set()  # the fields of the save under way (they show the store after it)
        self._undo_keys = _UndoKeysToSession(session, self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

        # -- trích yếu, hình thức --------------------------------------------------------------
        self.title_edit = self._line("parts_title", "title", self.tr("Sửa trích yếu"))
        self.form_a = QRadioButton(self.tr("A — Kế hoạch (ban hành trực tiếp)"))
        self.form_a.setObjectName("parts_form_a")
        self.form_b = QRadioButton(self.tr("B — Quyết định ban hành kèm theo Kế hoạch"))
        self.form_b.setObjectName("parts_form_b")
        self.forms = QButtonGroup(self)
        self.forms.addButton(self.form_a)
        self.forms.addButton(self.form_b)
        self.forms.buttonClicked.connect(self._form_clicked)
        forms = QHBoxLayout()
        forms.addWidget(self.form_a)
        forms.addWidget(self.form_b)
        forms.addStretch(1)
        head = QGroupBox(self.tr("Trích yếu và hình thức ban hành"))
        head_form = QFormLayout(head)
        head_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        head_form.addRow(self._label(self.tr("&Trích yếu:"), self.title_edit), self.title_edit)
        head_form.addRow(self.tr("Hình thức:"), forms)

        # -- căn cứ, mở đầu, đoạn kết ---------------------------------------------------------
        self.bases = LineList("parts_bases", {
            "add": self.tr("Thêm căn cứ {0}"), "remove": self.tr("Xóa căn cứ {0}"),
            "up": self.tr("Chuyển căn cứ {0} lên"), "down": self.tr("Chuyển căn cứ {0} xuống"),
            "edit": self.tr("Sửa căn cứ {0}")}, "Căn cứ …")
        self.bases.changed.connect(lambda lines, text: self._save({"legal_bases": lines}, text))
        self.bases.edit.installEventFilter(self._undo_keys)
        bases_box = QGroupBox(self.tr("Căn cứ (mỗi dòng một văn bản, theo thứ tự in)"))
        QVBoxLayout(bases_box).addWidget(self.bases)
        self.opening_edit = self._text("parts_opening", "opening", self.tr("Sửa đoạn mở đầu"), 2,
                                       read=lambda: _one_line(self.opening_edit.toPlainText()),
                                       show=lambda v: v)
        self.opening_edit.setPlaceholderText(self.tr("Ví dụ: UBND huyện … xây dựng Kế hoạch …, như sau:"))
        self.closing_edit = self._text("parts_closing", "closing", self.tr("Sửa đoạn kết"), 4,
                                       read=lambda: paragraphs_of(self.closing_edit.toPlainText()),
                                       show=lambda v: "\n".join(v))
        self.closing_edit.setPlaceholderText(self.tr("Mỗi đoạn một dòng; để trống nếu không có đoạn kết."))
        words = QGroupBox(self.tr("Mở đầu và kết thúc"))
        words_layout = QVBoxLayout(words)
        words_layout.addWidget(self._label(self.tr("Đoạn &mở đầu (Kế hoạch: in nối sau căn cứ cuối cùng):"),
                                           self.opening_edit))
        words_layout.addWidget(self.opening_edit)
        words_layout.addWidget(self._label(self.tr("Đoạn &kết (mỗi đoạn một dòng, in sau nội dung):"),
                                           self.closing_edit))
        words_layout.addWidget(self.closing_edit)

        # -- phụ lục --------------------------------------------------------------------------
        self.appendix_title = self._line("parts_appendix_title", "appendix_title", self.tr("Sửa tên phụ lục"))
        self.appendix_note = self._line("parts_appendix_note", "appendix_note",
                                        self.tr("Sửa dòng «Kèm theo» của phụ lục"))
        appendix = QGroupBox(self.tr("Phụ lục"))
        appendix_form = QFormLayout(appendix)
        appendix_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        appendix_form.addRow(self._label(self.tr("Tê&n phụ lục:"), self.appendix_title), self.appendix_title)
        appendix_form.addRow(self._label(self.tr("Dòng «Kèm theo»:"), self.appendix_note), self.appendix_note)

        # -- quyết định (hình thức B) ----------------------------------------------------------
        self.power_basis = self._text("parts_power_basis", "power_basis", self.tr("Sửa căn cứ thẩm quyền"), 2,
                                      read=lambda: _one_line(self.power_basis.toPlainText()),
                                      show=lambda v: v or "")
        self.proposer = self._line("parts_proposer", "proposer", self.tr("Sửa cơ quan đề nghị"),
                                   show=lambda v: v or "")
        decision = QGroupBox(self.tr("Quyết định ban hành (chỉ in ở hình thức B)"))
        decision_layout = QVBoxLayout(decision)
        decision_layout.addWidget(self._label(self.tr("Căn cứ thẩm &quyền (in đầu tiên):"), self.power_basis))
        decision_layout.addWidget(self.power_basis)
        proposer_row = QHBoxLayout()
        proposer_row.addWidget(self._label(self.tr("Theo đề nghị &của:"), self.proposer))
        proposer_row.addWidget(self.proposer, 1)
        decision_layout.addLayout(proposer_row)
        self.decision = decision

        # -- người ký -------------------------------------------------------------------------
        self.signer_authority = self._combo("parts_signer_authority", "signer.authority", AUTHORITIES,
                                            self.tr("Sửa quyền hạn ký"))
        self.signer_title = self._combo("parts_signer_title", "signer.title", TITLES,
                                        self.tr("Sửa chức vụ người ký"))
        self.signer_name = self._line("parts_signer_name", "signer.name", self.tr("Sửa họ tên người ký"))
        self.signer_error = QLabel()
        self.signer_error.setObjectName("parts_signer_error")
        self.signer_error.setWordWrap(True)
        self.signer_error.setStyleSheet("color: #b00020;")
        self.signer_error.hide()
        signer = QGroupBox(self.tr("Người ký (để trống: theo hồ sơ đơn vị)"))
        signer_form = QFormLayout(signer)
        signer_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        signer_form.addRow(self._label(self.tr("Quyền &hạn:"), self.signer_authority), self.signer_authority)
        signer_form.addRow(self.signer_error)
        signer_form.addRow(self._label(self.tr("Chức &vụ:"), self.signer_title), self.signer_title)
        signer_form.addRow(self._label(self.tr("Họ và tê&n:"), self.signer_name), self.signer_name)

        # -- nơi nhận -------------------------------------------------------------------------
        self.recipients = LineList("parts_recipients", {
            "add": self.tr("Thêm nơi nhận {0}"), "remove": self.tr("Xóa nơi nhận {0}"),
            "up": self.tr("Chuyển nơi nhận {0} lên"), "down": self.tr("Chuyển nơi nhận {0} xuống"),
            "edit": self.tr("Sửa nơi nhận {0}")}, self.tr("Nơi nhận mới"))
        self.recipients.changed.connect(lambda lines, text: self._save({"recipients": lines}, text))
        self.recipients.edit.installEventFilter(self._undo_keys)
        self.unit_recipients = QPushButton(self.tr("Dùng nơi nhận của hồ sơ đơn vị"))
        self.unit_recipients.setObjectName("parts_unit_recipients")
        self.unit_recipients.clicked.connect(self._use_unit_recipients)
        self.recipients.hint_row.addWidget(self.unit_recipients)
        self.appendix_recipients = QPushButton(self.tr("Từ phụ lục…"))
        self.appendix_recipients.setObjectName("parts_appendix_recipients")
        self.appendix_recipients.setToolTip(self.tr("Đề xuất nơi nhận từ các cơ quan chủ trì, phối hợp trong "
                                                    "phụ lục; xem lại rồi xác nhận"))
        self.appendix_recipients.clicked.connect(self.propose_recipients)
        self.recipients.hint_row.addWidget(self.appendix_recipients)
        recipients_box = QGroupBox(self.tr("Nơi nhận (theo thứ tự in)"))
        QVBoxLayout(recipients_box).addWidget(self.recipients)

        # -- two columns in a scroll area -----------------------------------------------------
        content = QWidget()
        columns = QHBoxLayout(content)
        columns.setContentsMargins(0, 0, 0, 0)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(head)
        left.addWidget(bases_box, 1)
        left.addWidget(words)
        right.addWidget(appendix)
        right.addWidget(decision)
        right.addWidget(signer)
        right.addWidget(recipients_box, 1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll = QScrollArea()
        scroll.setObjectName("parts_scroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click on a list button leaves the list focused
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        session.opened.connect(self.show_plan)
        session.parts_saved.connect(self._parts_saved)
        session.flush_requested.connect(self.flush)

    # -- building --------------------------------------------------------------------------------
    def _label(self, text: str, buddy: QWidget, *, wrap: bool = False) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        label.setWordWrap(wrap)
        return label

    def _watch(self, key: str, widget: QWidget, field: _Field) -> None:
        self.fields[key] = field
        widget.installEventFilter(self._undo_keys)
        widget.installEventFilter(self)

    def _line(self, name: str, key: str, text: str, show: Callable[[Any], str] = lambda v: v) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.textEdited.connect(lambda _t: self._timer.start())
        edit.editingFinished.connect(self.flush)
        self._watch(key, edit, _Field(edit, lambda: _one_line(edit.text()),
                                      lambda v: self._set_line(edit, show(v)), text,
                                      lambda v: _one_line(show(v))))
        return edit

    def _text(self, name: str, key: str, text: str, lines: int, *, read: Callable[[], Any],
              show: Callable[[Any], str]) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setUndoRedoEnabled(False)  # one history: the plan's
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        edit.textChanged.connect(self._timer.start)
        self._watch(key, edit, _Field(edit, read, lambda v: self._set_text(edit, show(v)), text,
                                      lambda v: v if isinstance(v, list) else _one_line(v or "")))
        return edit

    def _combo(self, name: str, key: str, suggestions: tuple[str, ...], text: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(suggestions)
        combo.setCurrentIndex(-1)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        line = combo.lineEdit()
        line.textEdited.connect(lambda _t: self._timer.start())
        line.editingFinished.connect(self.flush)
        combo.activated.connect(lambda _i: self._timer.start())  # arrowing through: one save at the end
        self._watch(key, line, _Field(combo, lambda: _one_line(combo.currentText()),
                                      lambda v: self._set_line(line, _one_line(v)), text, _one_line))
        return combo

    @staticmethod
    def _set_line(edit: QLineEdit, value: str) -> None:
        if _one_line(edit.text()) == value:
            return  # what is typed already says it (spaces aside): leave the cursor alone
        with QSignalBlocker(edit):
            at = edit.cursorPosition()
            edit.setText(value)
            edit.setCursorPosition(min(at, len(value)) if edit.hasFocus() else 0)

    @staticmethod
    def _set_text(edit: QPlainTextEdit, value: str) -> None:
        if paragraphs_of(edit.toPlainText()) == paragraphs_of(value):
            return
        with QSignalBlocker(edit):
            at = edit.textCursor().position()
            edit.setPlainText(value)
            cursor = edit.textCursor()
            cursor.setPosition(min(at, len(edit.toPlainText())))
            edit.setTextCursor(cursor)

    # -- showing ---------------------------------------------------------------------------------
    def show_plan(self, plan: Plan) -> None:
        """A plan opened or reloaded: every field from the store."""
        self.plan = None
        self._refresh(plan, None)

    def _parts_saved(self, plan: Plan) -> None:
        """After a save, an undo or a redo: the fields whose stored value changed, and those just
        saved (the store's cleaned text wins); a field still being typed into is left alone."""
        self._refresh(plan, self._saving)

    def _refresh(self, plan: Plan, forced: set[str] | None) -> None:
        before, self.plan = self.plan, plan

        def changed(key: str) -> bool:
            return (before is None or forced is None or key in forced
                    or self._value(before, key) != self._value(plan, key))

        defaults = plan_parts.defaults(self.session.ctx.store, plan)
        for key, field in self.fields.items():
            if changed(key):
                field.show(self._value(plan, key))
        with QSignalBlocker(self.forms):
            (self.form_b if plan.form == "B" else self.form_a).setChecked(True)
        if changed("legal_bases"):
            self.bases.show_items(plan.legal_bases)
        unit_signer = defaults["signer"]
        self.signer_authority.lineEdit().setPlaceholderText(_one_line(unit_signer.authority))
        self.signer_title.lineEdit().setPlaceholderText(unit_signer.title)
        self.signer_name.setPlaceholderText(unit_signer.name)
        if changed("signer.authority"):
            self.signer_error.hide()
        self.appendix_note.setPlaceholderText(defaults["appendix_note"])
        self.appendix_note.setToolTip(self.tr("Để trống: in theo số và ngày ban hành, ví dụ {0}").format(
            defaults["appendix_note"]))
        self.power_basis.setPlaceholderText(defaults["power_basis"])
        self.proposer.setPlaceholderText(defaults["proposer"])
        hint = self.tr("Để trống: theo cấp đơn vị và ngày ban hành, từ tệp dữ liệu {0}. Danh sách căn cứ "
                       "của Quyết định kết thúc bằng «Theo đề nghị của …».").format(defaults["data_file"])
        for widget in (self.decision, self.power_basis, self.proposer):
            widget.setToolTip(hint)
        if changed("recipients"):
            own = bool(plan.recipients)
            self.recipients.show_items(plan.recipients, shown=defaults["recipients"], hint=self.tr(
                "Danh sách riêng của kế hoạch.") if own else self.tr("Theo hồ sơ đơn vị."))
            self.recipients.hint.setToolTip("" if own else self.tr(
                "Kế hoạch này in nơi nhận của hồ sơ đơn vị. Thêm, xóa, sửa hay đổi thứ tự ở đây để kế "
                "hoạch có danh sách riêng."))
            self.unit_recipients.setEnabled(own)

    @staticmethod
    def _value(plan: Plan, key: str) -> Any:
        if key.startswith("signer."):
            return getattr(plan.signer, key.split(".", 1)[1])
        return getattr(plan, key)

    def _stored(self, key: str) -> Any:
        assert self.plan is not None
        return self._value(self.plan, key)

    # -- saving ----------------------------------------------------------------------------------
    def pending(self) -> dict[str, Any]:
        """The fields whose text differs from the store, as `set_parts` takes them."""
        if self.plan is None:
            return {}
        out = {}
        for key, field in self.fields.items():
            stored = self._stored(key)
            if field.read() != field.norm(stored if stored is not None else ""):
                out[key] = field.read()
        return out

    def flush(self) -> None:
        """Save what is typed: the lists' line boxes, then the other fields, as one step."""
        self._timer.stop()
        self.bases.flush()
        self.recipients.flush()
        if self.plan is None:
            return
        values: dict[str, Any] = {}
        texts: list[str] = []
        saved: set[str] = set()
        problem = authority_problem(self.fields["signer.authority"].read())
        self.signer_error.setText(problem or "")
        self.signer_error.setVisible(bool(problem))  # said under the field; saved once it is right
        for key, value in self.pending().items():
            if key in ("title", "appendix_title") and not value:
                self.fields[key].show(self._stored(key))  # these cannot be empty: keep the old text
                self.session.ctx.status_message.emit(
                    self.tr("Trích yếu không được để trống: đã giữ trích yếu cũ.") if key == "title" else
                    self.tr("Tên phụ lục không được để trống: đã giữ tên cũ."))
                continue
            if key == "signer.authority" and problem:
                continue
            if key.startswith("signer."):
                signer = values.get("signer", self.plan.signer)
                values["signer"] = replace(signer, **{key.split(".", 1)[1]: value})
            else:
                values[key] = value
            texts.append(self.fields[key].text)
            saved.add(key)
        if values:
            self._save(values, "; ".join(texts), saved)

    def _save(self, values: dict[str, Any], text: str, keys: set[str] | None = None) -> None:
        """One undo step; the fields ``keys`` (default: those named in ``values``) show the store."""
        if self.plan is None:
            return
        self._saving = keys if keys is not None else set(values)
        try:
            self.session.edit_parts(values, text)
        finally:
            self._saving = set()

    def _form_clicked(self, button: QRadioButton) -> None:
        self.flush()
        form = "B" if button is self.form_b else "A"
        if self.plan is not None and form != self.plan.form:
            self._save({"form": form}, self.tr("Đổi hình thức ban hành sang {0}").format(form))

    def propose_recipients(self) -> None:
        """The agencies the appendix names, added to the Nơi nhận once the officer confirms (one
        undo step, like any other edit of the parts)."""
        from ccpropa_desktop.services import sheets

        if self.session.plan_id is None:
            return
        self.flush()
        try:
            proposal = sheets.propose_recipients(self.session.ctx.store, self.session.plan_id)
        except UserError as exc:
            show_error(self, exc)
            return
        if not proposal.added:
            QMessageBox.information(self, self.tr("Nơi nhận"), self.tr(
                "Mọi cơ quan trong phụ lục đã có trong nơi nhận."))
            return
        listed = "\n".join(f"- {name}" for name in proposal.added)
        answer = QMessageBox.question(self, self.tr("Nơi nhận"), self.tr(
            "Thêm {0} cơ quan có trong phụ lục vào nơi nhận?\n{1}").format(len(proposal.added), listed))
        if answer == QMessageBox.StandardButton.Yes:
            self._save({"recipients": proposal.proposed},
                       self.tr("Thêm các cơ quan trong phụ lục vào nơi nhận"))

    def _use_unit_recipients(self) -> None:
        self.flush()
        self._save({"recipients": []}, self.tr("Dùng nơi nhận của hồ sơ đơn vị"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            self.flush()
        return super().eventFilter(watched, event)
