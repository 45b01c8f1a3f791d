"""The save dialog of every export (PDF, DOCX, XLSX, report package, evidence binder): it opens in the
folder used last (ctx.settings "export/folder") and adds the extension when the officer leaves it out;
the write of the rendered bytes that follows, with its error box and status message; and, for exports
into a folder (the task sheets), the folder dialog and the "written, open the folder?" box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services.render import write_output
from ccpropa_desktop.ui.context import AppContext
from ccpropa_desktop.ui.errors import show_error

FILTERS = {
    "pdf": QT_TRANSLATE_NOOP("ExportDialog", "Tệp PDF (*.pdf)"),
    "docx": QT_TRANSLATE_NOOP("ExportDialog", "Tệp Word (*.docx)"),
    "xlsx": QT_TRANSLATE_NOOP("ExportDialog", "Tệp Excel (*.xlsx)"),
    "ccpr": QT_TRANSLATE_NOOP("ExportDialog", "Gói báo cáo (*.ccpr)"),
    "ccpt": QT_TRANSLATE_NOOP("ExportDialog", "Gói kế hoạch mẫu cho cấp dưới (*.ccpt)"),
    "zip": QT_TRANSLATE_NOOP("ExportDialog", "Hồ sơ nén (*.zip)"),
}
TITLES = {
    "pdf": QT_TRANSLATE_NOOP("ExportDialog", "Xuất PDF"),
    "docx": QT_TRANSLATE_NOOP("ExportDialog", "Xuất DOCX"),
    "xlsx": QT_TRANSLATE_NOOP("ExportDialog", "Xuất XLSX"),
    "ccpr": QT_TRANSLATE_NOOP("ExportDialog", "Tạo gói báo cáo"),
    "ccpt": QT_TRANSLATE_NOOP("ExportDialog", "Gửi kế hoạch cho cấp dưới"),
    "zip": QT_TRANSLATE_NOOP("ExportDialog", "Tạo hồ sơ kiểm chứng"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def export_folder(ctx: AppContext) -> str:
    return ctx.setting("export/folder") or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)


def ask_save_path(parent: QWidget, ctx: AppContext, fmt: str, file_name: str) -> Path | None:
    """Where to write a `fmt` file ("pdf", "docx", "xlsx", "ccpr"); None when the officer cancels."""
    path, _ = QFileDialog.getSaveFileName(parent, tr(TITLES[fmt]), str(Path(export_folder(ctx)) / file_name),
                                          tr(FILTERS[fmt]))
    if not path:
        return None
    out = Path(path)
    if out.suffix.lower() != f".{fmt}":
        out = out.with_name(out.name + f".{fmt}")
    ctx.set_setting("export/folder", str(out.parent))
    return out


def save_output(parent: QWidget, ctx: AppContext, data: bytes, out: Path) -> Path | None:
    """Write `data` to `out` (atomically) and say so in the status bar; a failed write is shown to the
    officer and gives None."""
    try:
        path = write_output(data, out)
    except UserError as exc:
        show_error(parent, exc)
        return None
    ctx.status_message.emit(tr("Đã lưu {0}").format(path))
    ctx.file_saved.emit(path)  # the window offers «Mở tệp» and «Mở thư mục»
    return path


def ask_folder(parent: QWidget, ctx: AppContext, title: str) -> Path | None:
    """A folder to write several files into (opens in the export folder used last); None on cancel."""
    path = QFileDialog.getExistingDirectory(parent, title, export_folder(ctx))
    if not path:
        return None
    ctx.set_setting("export/folder", path)
    return Path(path)


def open_folder(folder: Path) -> bool:
    """Show the folder in the system's file manager (Explorer on Windows)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class WrittenDialog(QDialog):
    """What was written, with «Mở thư mục» (open the folder) and «Đóng»."""

    def __init__(self, parent: QWidget, title: str, text: str, folder: Path) -> None:
        super().__init__(parent)
        self.setObjectName("export_written")
        self.setWindowTitle(title)
        self.folder = folder
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(tr("Mở thư mục"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("open_folder")
        self.close_button = buttons.addButton(tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.clicked.connect(self._open)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout.activate()  # size limits known before the window exists, not pushed to it afterwards

    def text(self) -> str:
        return self.label.text()

    def _open(self) -> None:
        open_folder(self.folder)
        self.accept()


def show_written(parent: QWidget, title: str, text: str, folder: Path) -> WrittenDialog:
    """Say what was written, with «Mở thư mục» to open `folder`; shown with `open`, not `exec`, so
    nothing waits on it."""
    dialog = WrittenDialog(parent, title, text, folder)
    dialog.open()
    return dialog
