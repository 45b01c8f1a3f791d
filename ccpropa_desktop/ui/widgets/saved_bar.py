"""After every export: "Đã lưu ke-hoach-2026.pdf  [Mở tệp] [Mở thư mục] ✕" at the foot of the window
(issue 12, item 6). A bar rather than a dialog: nothing to dismiss, nothing that steals the focus; it
goes by itself after a while, or at the next save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

SHOWN_MS = 30_000


def tr(text: str) -> str:
    return QCoreApplication.translate("SavedBar", text)


def open_path(path: Path) -> bool:
    """Open a file with its program, or a folder in Explorer (the system's file manager)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class SavedBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saved_bar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("QWidget#saved_bar { background: #e8f4ea; border-top: 1px solid #9fcca8; }")
        self.path: Path | None = None
        self.label = QLabel()
        self.label.setObjectName("saved_label")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.open_file_button = QPushButton(tr("Mở tệp"))
        self.open_file_button.setObjectName("open_saved_file")
        self.open_file_button.clicked.connect(lambda: self._open(file=True))
        # (literal contexts: lupdate files a bare tr() of a word another module has under that module)
        self.open_folder_button = QPushButton(QCoreApplication.translate("SavedBar", "Mở thư mục"))
        self.open_folder_button.setObjectName("open_saved_folder")
        self.open_folder_button.clicked.connect(lambda: self._open(file=False))
        close = QToolButton()
        close.setObjectName("saved_close")
        close.setText("✕")
        close.setToolTip(QCoreApplication.translate("SavedBar", "Đóng"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_file_button)
        layout.addWidget(self.open_folder_button)
        layout.addWidget(close)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SHOWN_MS)
        self.timer.timeout.connect(self.hide)
        self.opener = open_path  # tests look at what would be opened
        self.hide()

    def show_saved(self, path: Path) -> None:
        self.path = Path(path)
        self.label.setText(tr("Đã lưu {0} vào thư mục {1}").format(self.path.name, self.path.parent))
        self.label.setToolTip(str(self.path))
        self.open_file_button.setVisible(self.path.is_file())
        self.show()
        self.timer.start()

    def _open(self, file: bool) -> None:
        if self.path is None:
            return
        self.opener(self.path if file else self.path.parent)
        self.hide()
