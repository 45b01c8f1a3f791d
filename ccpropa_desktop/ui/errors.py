"""Showing errors: a UserError is a message to act on; anything else is a bug with a crash dialog."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ccpropa_desktop.errors import UserError


def tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, UserError):
        QMessageBox.warning(parent, tr("Không thực hiện được"), exc.message)
    else:
        show_crash(parent, exc)


def show_crash(parent: QWidget | None, exc: BaseException) -> None:
    details = "".join(traceback.format_exception(exc))
    box = QMessageBox(QMessageBox.Icon.Critical, tr("Lỗi không mong đợi"),
                      tr("Đã xảy ra lỗi trong chương trình. Dữ liệu đã lưu không bị ảnh hưởng.\n"
                         "Hãy gửi nội dung chi tiết bên dưới cho bộ phận hỗ trợ."), parent=parent)
    box.setDetailedText(details)
    box.exec()


def install_excepthook(log_folder: Path) -> None:
    """Log any uncaught exception to `logs/crash.log` and show one friendly dialog."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, exc, tb))
        try:
            log_folder.mkdir(parents=True, exist_ok=True)
            with (log_folder / "crash.log").open("a", encoding="utf-8") as log:
                log.write(text + "\n")
        except OSError:
            pass
        sys.stderr.write(text)
        if isinstance(exc, UserError):
            show_error(None, exc)
        elif not isinstance(exc, KeyboardInterrupt):
            show_crash(None, exc)

    sys.excepthook = hook
