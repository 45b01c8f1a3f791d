"""Showing errors: a UserError is a message to act on; anything else is a bug with a crash dialog."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ccpropa_desktop.errors import StoreUnavailable, UserError


def tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


_recovery: list[Callable[[UserError], None]] = []
_store_path: list[Path] = []


def set_recovery_handler(handler: Callable[[UserError], None] | None, store_path: Path | None = None) -> None:
    """Who shows the recovery page when the store turns out damaged mid-session (ui/app.py), and the
    store file that messages name."""
    _recovery.clear()
    _store_path.clear()
    if handler is not None:
        _recovery.append(handler)
    if store_path is not None:
        _store_path.append(store_path)


def as_user_error(exc: BaseException) -> BaseException:
    """A SQLite failure (a damaged page, a full disk) as the message to act on; anything else as is."""
    from ccpropa_desktop.store.problems import user_error_for

    if isinstance(exc, UserError):
        return exc
    return user_error_for(exc, _store_path[0] if _store_path else "") or exc


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    from PySide6.QtWidgets import QMessageBox

    exc = as_user_error(exc)
    if isinstance(exc, StoreUnavailable) and exc.damaged and _recovery:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Dữ liệu bị hỏng"), exc.message, parent=parent)
        recover = box.addButton(tr("Mở trang khôi phục"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Để sau"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(recover)
        box.exec()
        if box.clickedButton() is recover:
            _recovery[0](exc)
    elif isinstance(exc, UserError):
        QMessageBox.warning(parent, tr("Không thực hiện được"), exc.message)
    else:
        show_crash(parent, exc)


def show_crash(parent: QWidget | None, exc: BaseException) -> None:
    from PySide6.QtWidgets import QMessageBox

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
        exc = as_user_error(exc)
        if isinstance(exc, UserError):
            show_error(None, exc)
        elif not isinstance(exc, KeyboardInterrupt):
            show_crash(None, exc)

    sys.excepthook = hook
