"""The plan's body headings as a tree (I. → 1. → a)), built from the flat, depth-tagged list the
services return. Each row carries the section id; a dot marks headings that differ from the template."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ccpropa_desktop.domain.model import Section
from ccpropa_desktop.services.editing import section_changes
from ccpropa_desktop.ui.models import markers

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("SectionTreeModel", text)


def section_label(section: Section) -> str:
    return f"{section.number} {section.title}"


def section_tooltip(section: Section) -> str:
    changes = section_changes(section)
    if not section.origin:
        return tr("Mục thêm mới, không có trong kế hoạch mẫu")
    if changes == ["title"]:
        return tr("Đã sửa so với kế hoạch mẫu: tiêu đề")
    if changes == ["paragraphs"]:
        return tr("Đã sửa so với kế hoạch mẫu: nội dung")
    if changes:
        return tr("Đã sửa so với kế hoạch mẫu: tiêu đề và nội dung")
    return tr("Giữ nguyên như kế hoạch mẫu")


class SectionTreeModel(QStandardItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: dict[int, QStandardItem] = {}

    def set_sections(self, sections: list[Section]) -> None:
        self.clear()
        self._items = {}
        parents: list[QStandardItem] = [self.invisibleRootItem()]
        for section in sections:
            item = QStandardItem()
            item.setEditable(False)
            item.setData(section.id, ID_ROLE)
            self._decorate(item, section)
            del parents[section.depth + 1:]
            parents[-1].appendRow(item)
            parents.append(item)
            if section.id is not None:
                self._items[section.id] = item

    def update_section(self, section: Section) -> None:
        item = self._items.get(section.id or -1)
        if item is not None:
            self._decorate(item, section)

    def _decorate(self, item: QStandardItem, section: Section) -> None:
        item.setText(section_label(section))
        item.setToolTip(f"{section_label(section)}\n{section_tooltip(section)}")
        if not section.origin:
            item.setIcon(markers.dot(markers.ADDED))
        elif section_changes(section):
            item.setIcon(markers.dot(markers.EDITED))
        else:
            item.setIcon(markers.blank())

    def index_of(self, section_id: int | None) -> QModelIndex:
        item = self._items.get(section_id or -1)
        return item.index() if item is not None else QModelIndex()

    def section_id(self, index: QModelIndex) -> int | None:
        value = index.data(ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else None
