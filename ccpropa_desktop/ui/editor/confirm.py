"""Asking before a removal: what goes (named), how many sub-items go with it, what undo can bring back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ccpropa_desktop.ui.widgets.mark_room import fit_label


def tr(text: str) -> str:
    return QCoreApplication.translate("ConfirmRemove", text)


def shorten(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[:limit - 2].rstrip() + "…"


def confirm_remove(parent: QWidget, kind: str, name: str, children: int) -> bool:
    """``name``: "2 «Tuyên truyền …»" for a task, "II.1 Nội dung" for a section."""
    if kind == "tasks":
        title = tr("Xóa nhiệm vụ")
        text = (tr("Xóa nhiệm vụ {0} cùng {1} nhiệm vụ con của nó?").format(name, children) if children
                else tr("Xóa nhiệm vụ {0}?").format(name))
        info = tr("Có thể hoàn tác bằng Ctrl+Z. Số liệu theo dõi đã nhập cho các nhiệm vụ này (nếu có) "
                  "bị xóa theo và không hoàn tác được.")
    else:
        title = tr("Xóa mục")
        text = (tr("Xóa mục {0} cùng {1} mục con của nó?").format(name, children) if children
                else tr("Xóa mục {0}?").format(name))
        info = tr("Có thể hoàn tác bằng Ctrl+Z.")
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName("confirm_remove")
    box.setInformativeText(info)
    label = box.findChild(QLabel, "qt_msgbox_label")
    if label is not None:  # a section's title in capitals: room for the marks over «MỤC», «YÊU CẦU»
        fit_label(label)
    remove = box.addButton(tr("Xóa"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(tr("Không xóa"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is remove
