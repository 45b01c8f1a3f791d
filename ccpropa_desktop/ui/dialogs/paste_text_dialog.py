"""«Dán văn bản»: the province's plan pasted as text, as an officer copies it out of a PDF viewer
(Ctrl+A, Ctrl+C in the PDF, Ctrl+V here). The text goes to the same import as a file: read, shown
for confirmation, saved as a template (services.importing.import_template takes the text itself)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("PasteTextDialog", text)


class PasteTextDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paste_text_dialog")
        self.setWindowTitle(tr("Dán văn bản kế hoạch"))
        hint = QLabel(tr("Mở kế hoạch của cấp trên (tệp PDF hoặc Word), bấm Ctrl+A để chọn hết, Ctrl+C để "
                         "chép, rồi bấm vào ô dưới đây và Ctrl+V để dán. Phần mềm đọc các mục, bảng nhiệm vụ "
                         "và cho xem lại trước khi nhập."))
        hint.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("pasted_text")
        self.text.setPlaceholderText(tr("Dán nội dung kế hoạch vào đây (Ctrl+V)"))
        self.buttons = QDialogButtonBox()
        self.read_button = self.buttons.addButton(tr("Đọc văn bản"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.read_button.setObjectName("read_pasted")
        # (the literal context: lupdate files a bare tr() of a word another module has under that module)
        self.buttons.addButton(QCoreApplication.translate("PasteTextDialog", "Hủy"),
                               QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 560)
        self._update()

    def _update(self) -> None:
        self.read_button.setEnabled(bool(self.text.toPlainText().strip()))

    def pasted(self) -> str:
        return self.text.toPlainText()
