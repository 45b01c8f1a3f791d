"""The save dialog of every export (PDF, DOCX, XLSX, report package): it opens in the folder used last
(ctx.settings "export/folder") and adds the extension when the officer leaves it out; and the write
of the rendered bytes that follows, with its error box and status message."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services.render import write_output
from ccpropa_desktop.ui.context import AppContext
from ccpropa_desktop.ui.errors import show_error

FILTERS = {
    "pdf": QT_TRANSLATE_NOOP("ExportDialog", "Tệp PDF (*.pdf)"),
    "docx": QT_TRANSLATE_NOOP("ExportDialog", "Tệp Word (*.docx)"),
    "xlsx": QT_TRANSLATE_NOOP("ExportDialog", "Tệp Excel (*.xlsx)"),
    "ccpr": QT_TRANSLATE_NOOP("ExportDialog", "Gói báo cáo (*.ccpr)"),
}
TITLES = {
    "pdf": QT_TRANSLATE_NOOP("ExportDialog", "Xuất PDF"),
    "docx": QT_TRANSLATE_NOOP("ExportDialog", "Xuất DOCX"),
    "xlsx": QT_TRANSLATE_NOOP("ExportDialog", "Xuất XLSX"),
    "ccpr": QT_TRANSLATE_NOOP("ExportDialog", "Tạo gói báo cáo"),
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
    return path
