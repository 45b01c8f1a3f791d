"""The save dialog of every export (PDF, DOCX, XLSX, report package): it opens in the folder used last
(ctx.settings "export/folder") and adds the extension when the officer leaves it out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from ccpropa_desktop.ui.context import AppContext

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
