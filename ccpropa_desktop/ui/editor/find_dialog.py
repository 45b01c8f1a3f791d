"""Find and replace across the whole plan (Ctrl+F, Ctrl+H): every match listed in its context
first, then one replace-all that is one undo step (services.find_replace through the session)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import find_replace
from ccpropa_desktop.ui.editor.session import EditorSession
from ccpropa_desktop.ui.models.domain_labels import place_label


class FindReplaceDialog(QDialog):
    """Not modal: the officer can look at the plan while the matches are listed."""

    def __init__(self, session: EditorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Tìm và thay trong kế hoạch"))
        self.setObjectName("find_replace")
        self.query = QLineEdit()
        self.query.setObjectName("find_query")
        self.query.setPlaceholderText(self.tr("Từ, cụm từ cần tìm"))
        self.replacement = QLineEdit()
        self.replacement.setObjectName("find_replacement")
        self.replacement.setPlaceholderText(self.tr("Thay bằng (để trống: xóa)"))
        self.whole = QCheckBox(self.tr("Nguyên từ"))
        self.whole.setObjectName("find_whole_words")
        self.whole.setChecked(True)
        self.diacritics = QCheckBox(self.tr("Không phân biệt dấu (“tinh” thấy cả “tỉnh”)"))
        self.diacritics.setObjectName("find_ignore_diacritics")
        self.case = QCheckBox(self.tr("Phân biệt chữ hoa, chữ thường"))
        self.case.setObjectName("find_match_case")
        self.results = QListWidget()
        self.results.setObjectName("find_results")
        self.results.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("find_summary")
        self.find_button = QPushButton(self.tr("Tìm"))
        self.find_button.setObjectName("find_button")
        self.find_button.setDefault(True)
        self.find_button.clicked.connect(self.find)
        self.replace_button = QPushButton(self.tr("Thay tất cả"))
        self.replace_button.setObjectName("replace_all_button")
        self.replace_button.clicked.connect(self.replace_all)
        for widget in (self.whole, self.diacritics, self.case):
            widget.toggled.connect(self.find)
        self.query.returnPressed.connect(self.find)

        form = QFormLayout()
        form.addRow(self.tr("Tìm:"), self.query)
        self.replace_label = QLabel(self.tr("Thay bằng:"))
        form.addRow(self.replace_label, self.replacement)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.find_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.replace_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (self.whole, self.diacritics, self.case):
            layout.addWidget(widget)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        # The matches list grows after the dialog is shown: no minimum size pushed to the window.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(520, 360)
        self.resize(640, 460)

    def options(self) -> find_replace.Options:
        return find_replace.Options(whole_words=self.whole.isChecked(),
                                    ignore_diacritics=self.diacritics.isChecked(),
                                    match_case=self.case.isChecked())

    def show_for(self, replace: bool) -> None:
        """Ctrl+F shows the search only; Ctrl+H the replacement too."""
        for widget in (self.replace_label, self.replacement, self.replace_button):
            widget.setVisible(replace)
        if self.isVisible():
            self.activateWindow()  # already open: bring it forward
        else:
            self.show()
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def find(self) -> None:
        self.results.clear()
        if not self.query.text().strip() or self.session.plan_id is None:
            self.summary.setText("")
            return
        try:
            matches = find_replace.find(self.session.plan(), self.query.text(), self.options())
        except UserError as exc:
            self.summary.setText(exc.message)
            return
        for m in matches:
            self.results.addItem(f"{place_label(m.where)}: {m.before}«{m.found}»{m.after}")
        self.summary.setText(self.tr("Tìm thấy {0} chỗ.").format(len(matches)) if matches
                             else self.tr("Không thấy «{0}».").format(self.query.text().strip()))

    def replace_all(self) -> None:
        if not self.query.text().strip():
            return
        count = self.session.replace_all(self.query.text(), self.replacement.text(), self.options())
        self.results.clear()
        self.summary.setText(self.tr("Đã thay {0} chỗ. Hoàn tác (Ctrl+Z) trả lại tất cả.").format(count)
                             if count else self.tr("Không thấy «{0}»: không thay gì.").format(
                                 self.query.text().strip()))
