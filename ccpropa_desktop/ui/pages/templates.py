"""Templates (W2): the built-in and imported plans a unit builds its own plan from, read-only.

The search box ignores diacritics and case ("tuyen truyen" finds "tuyên truyền"): it narrows the
template list and, inside the selected template, the appendix rows and the sections, and marks the hits.
"""

from __future__ import annotations

import html
import importlib.util
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ccpropa_desktop.domain.model import TemplateSummary
from ccpropa_desktop.domain.text import fold, matches
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import housekeeping, templates
from ccpropa_desktop.ui.context import AppContext
from ccpropa_desktop.ui.dialogs.paste_text_dialog import PasteTextDialog
from ccpropa_desktop.ui.errors import show_error
from ccpropa_desktop.ui.page import Page
from ccpropa_desktop.ui.tasks import in_own_store, run_task

IMPORT_SERVICE = "ccpropa_desktop.services.importing"
HIT = QColor("#fff3b0")
Index = QModelIndex | QPersistentModelIndex


def import_available() -> bool:
    """The import service (issue 4) lands separately; the button shows once it exists."""
    return importlib.util.find_spec(IMPORT_SERVICE) is not None


def highlight(text: str, query: str) -> str:
    """`text` as HTML with the query's words marked, matched without diacritics or case."""
    words = fold(query).split()
    folded_chars = [fold(ch) for ch in text]
    if not words or any(len(f) != 1 for f in folded_chars):
        return html.escape(text)
    folded = "".join(folded_chars)
    marked = [False] * len(text)
    for word in words:
        start = folded.find(word)
        while start >= 0:
            for i in range(start, start + len(word)):
                marked[i] = True
            start = folded.find(word, start + 1)
    out: list[str] = []
    for i, ch in enumerate(text):
        if marked[i] and (i == 0 or not marked[i - 1]):
            out.append('<span style="background:#ffe066">')
        out.append(html.escape(ch))
        if marked[i] and (i == len(text) - 1 or not marked[i + 1]):
            out.append("</span>")
    return "".join(out)


def _section_text(section: dict[str, Any]) -> str:
    return "\n".join([section.get("title", ""), *section.get("paragraphs", [])])


def _task_text(task: dict[str, Any]) -> str:
    return " ".join(str(v) for v in task.values() if isinstance(v, str))


def template_text(doc: dict[str, Any]) -> str:
    """Everything searchable in a template."""
    parts = [doc.get("name", ""), doc.get("title", ""), doc.get("issuer", {}).get("short_name", "")]
    parts += [_section_text(s) for _d, s in templates.flatten_sections(doc.get("sections", []))]
    parts += [_task_text(t) for t in doc.get("appendix", {}).get("tasks", [])]
    return "\n".join(parts)


class TaskTableModel(QAbstractTableModel):
    """A template's appendix rows, read-only, with the rows matching the search marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: list[dict[str, str]] = []
        self.tasks: list[dict[str, Any]] = []
        self.query = ""
        self.parents: set[str] = set()

    def set_template(self, doc: dict[str, Any] | None) -> None:
        self.beginResetModel()
        appendix = (doc or {}).get("appendix", {})
        self.columns = list(appendix.get("columns", []))
        self.tasks = list(appendix.get("tasks", []))
        numbers = [str(t.get("number", "")) for t in self.tasks]
        self.parents = {n for n in numbers if n and any(m.startswith(n + ".") for m in numbers)}
        self.endResetModel()

    def set_query(self, query: str) -> None:
        self.query = query
        if self.tasks:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.tasks) - 1, len(self.columns) - 1))

    def row_matches(self, row: int) -> bool:
        return bool(self.query.strip()) and matches(self.query, _task_text(self.tasks[row]))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.tasks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        task = self.tasks[index.row()]
        key = self.columns[index.column()]["key"]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return str(task.get(key, ""))
        if role == Qt.ItemDataRole.BackgroundRole and self.row_matches(index.row()):
            return QBrush(HIT)
        if role == Qt.ItemDataRole.FontRole and str(task.get("number", "")) in self.parents:
            font = QFont()
            font.setBold(True)  # a top-level task heads its sub-tasks
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].get("label", "") if section < len(self.columns) else None
        return None


class MatchingRows(QSortFilterProxyModel):
    """Only the rows that match the search (all rows when it is empty)."""

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, TaskTableModel)
        return not model.query.strip() or model.row_matches(source_row)


class TemplatesPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.summaries: list[TemplateSummary] = []
        self.docs: dict[str, dict[str, Any]] = {}
        self.texts: dict[str, str] = {}
        self._importing = False

        # -- left: search and list -------------------------------------------------------------
        title = QLabel(self.tr("<h2>Kế hoạch mẫu</h2>"))
        self.search = QLineEdit()
        self.search.setObjectName("template_search")
        self.search.setPlaceholderText(self.tr("Tìm (không cần gõ dấu)…"))
        self.search.setToolTip(self.tr("Tìm trong tên, các mục và nhiệm vụ của mọi mẫu; gõ không dấu cũng "
                                       "được: «tuyen truyen» tìm ra «tuyên truyền»."))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("template_list")
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setStyleSheet("QListWidget#template_list::item { padding: 4px; }")
        self.no_match = QLabel(self.tr("Không có mẫu nào chứa nội dung cần tìm."))
        self.no_match.setObjectName("no_match")
        self.no_match.setWordWrap(True)
        self.no_match.hide()
        self.import_button = QPushButton(self.tr("Nhập kế hoạch từ tệp…"))
        self.import_button.setObjectName("import_template")
        self.import_button.setToolTip(self.tr(
            "Nhập kế hoạch cấp trên gửi về (tệp .docx, .pdf, hoặc .txt chép từ PDF) để làm mẫu."))
        self.import_button.setVisible(import_available())
        self.paste_button = QPushButton(self.tr("Dán văn bản…"))
        self.paste_button.setObjectName("paste_template")
        self.paste_button.setToolTip(self.tr("Dán nội dung kế hoạch chép từ tệp PDF (Ctrl+A, Ctrl+C trong "
                                             "trình xem PDF) khi không có tệp Word"))
        self.paste_button.setVisible(import_available())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(title)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.no_match)
        import_row = QHBoxLayout()
        import_row.addWidget(self.import_button, 1)
        import_row.addWidget(self.paste_button)
        left_layout.addLayout(import_row)

        # -- right: the selected template ----------------------------------------------------
        self.heading = QLabel()
        self.heading.setObjectName("template_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.use_button = QPushButton(self.tr("Lập kế hoạch từ mẫu này"))
        self.use_button.setObjectName("use_template")
        self.hits = QLabel()
        self.hits.setObjectName("search_hits")

        self.model = TaskTableModel(self)
        self.proxy = MatchingRows(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("task_table")
        self.table.setModel(self.proxy)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self._row_heights = QTimer(self)  # rows re-fit their text once column widths settle
        self._row_heights.setSingleShot(True)
        self._row_heights.setInterval(50)
        self._row_heights.timeout.connect(self.table.resizeRowsToContents)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._row_heights.start())

        self.tree = QTreeWidget()
        self.tree.setObjectName("section_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.section_text = QTextBrowser()
        self.section_text.setObjectName("section_text")
        sections = QSplitter(Qt.Orientation.Horizontal)
        sections.addWidget(self.tree)
        sections.addWidget(self.section_text)
        sections.setStretchFactor(0, 2)
        sections.setStretchFactor(1, 3)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("template_tabs")
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(sections, "")

        self.duplicate_button = QPushButton(self.tr("Nhân bản"))
        self.duplicate_button.setObjectName("duplicate_template")
        self.duplicate_button.setToolTip(self.tr("Một bản sao sửa được, kể cả của mẫu có sẵn"))
        self.rename_button = QPushButton(self.tr("Đổi tên…"))
        self.rename_button.setObjectName("rename_template")
        self.delete_button = QPushButton(self.tr("Xóa…"))
        self.delete_button.setObjectName("delete_template")
        manage = QVBoxLayout()
        manage.addWidget(self.use_button)
        row = QHBoxLayout()
        for button in (self.duplicate_button, self.rename_button, self.delete_button):
            row.addWidget(button)
        manage.addLayout(row)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addLayout(manage)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(top)
        right_layout.addWidget(self.hits)
        right_layout.addWidget(self.tabs, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 880])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.search.textChanged.connect(self.apply_search)
        self.list.currentItemChanged.connect(lambda _cur, _prev: self.show_selected())
        self.tree.currentItemChanged.connect(lambda _cur, _prev: self._show_section())
        self.use_button.clicked.connect(self.use_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.rename_button.clicked.connect(self.rename_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.choose_import_file)
        self.paste_button.clicked.connect(self.paste_text)

    # -- data ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self.summaries = templates.list_templates(self.ctx.store)
            self.docs = {s.id: templates.get_template(self.ctx.store, s.id) for s in self.summaries}
        except UserError as exc:
            show_error(self, exc)
            return
        self.texts = {tid: template_text(doc) for tid, doc in self.docs.items()}
        self._fill_list(keep=self.selected_id())

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    # -- housekeeping (services.housekeeping): built-in templates are read-only -----------------
    def _manage_buttons(self) -> None:
        chosen = self.selected_id()
        builtin = chosen in templates.builtin_templates() if chosen else True
        self.duplicate_button.setEnabled(chosen is not None)
        for button in (self.rename_button, self.delete_button):
            button.setEnabled(chosen is not None and not builtin)
            button.setToolTip("" if not builtin else self.tr("Mẫu có sẵn chỉ đọc: hãy nhân bản để sửa"))

    def _after_change(self, keep: str | None, message: str) -> None:
        self.refresh()
        if keep:
            for row in range(self.list.count()):
                if self.list.item(row).data(Qt.ItemDataRole.UserRole) == keep:
                    self.list.setCurrentRow(row)
        self.ctx.status_message.emit(message)

    def duplicate_selected(self) -> None:
        chosen = self.selected_id()
        if chosen is None:
            return
        try:
            doc = housekeeping.duplicate_template(self.ctx.store, chosen)
        except UserError as exc:
            show_error(self, exc)
            return
        self._after_change(doc["id"], self.tr("Đã nhân bản thành mẫu {0}.").format(doc["id"]))

    def rename_selected(self) -> None:
        chosen = self.selected_id()
        if chosen is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Đổi tên kế hoạch mẫu"), self.tr("Tên mới:"),
                                        text=self.docs.get(chosen, {}).get("name", ""))
        if not ok:
            return
        try:
            housekeeping.rename_template(self.ctx.store, chosen, name)
        except UserError as exc:
            show_error(self, exc)
            return
        self._after_change(chosen, self.tr("Đã đổi tên mẫu {0}.").format(chosen))

    def delete_selected(self) -> None:
        chosen = self.selected_id()
        if chosen is None:
            return
        answer = QMessageBox.question(self, self.tr("Xóa kế hoạch mẫu"), self.tr(
            "Xóa kế hoạch mẫu {0}? Các kế hoạch đã lập từ mẫu này vẫn giữ nguyên.").format(chosen))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            housekeeping.delete_template(self.ctx.store, chosen)
        except UserError as exc:
            show_error(self, exc)
            return
        self._after_change(None, self.tr("Đã xóa mẫu {0}.").format(chosen))

    def _fill_list(self, keep: str | None = None) -> None:
        query = self.search.text()
        shown = [s for s in self.summaries if not query.strip() or matches(query, self.texts.get(s.id, ""))]
        self.list.blockSignals(True)
        self.list.clear()
        for summary in shown:
            origin = self.tr("có sẵn") if summary.builtin else self.tr("đã nhập")
            line = self.tr("{0} · {1} nhiệm vụ · {2}").format(summary.year or "—", summary.task_count, origin)
            item = QListWidgetItem(f"{summary.name}\n{line}")
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setToolTip(summary.name)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.no_match.setVisible(bool(self.summaries) and not shown)
        ids = [s.id for s in shown]
        if ids:
            self.list.setCurrentRow(ids.index(keep) if keep in ids else 0)  # → show_selected
        self.show_selected()

    # -- search --------------------------------------------------------------------------------
    def apply_search(self) -> None:
        self._fill_list(keep=self.selected_id())

    def _show_hits(self, task_hits: int, section_hits: int) -> None:
        if not self.search.text().strip() or self.selected_id() is None:
            self.hits.hide()
            return
        self.hits.setText(self.tr("Khớp tìm kiếm: {0} nhiệm vụ, {1} mục (tô vàng).").format(
            task_hits, section_hits))
        self.hits.show()

    # -- the selected template -----------------------------------------------------------------
    def show_selected(self) -> None:
        template_id = self.selected_id()
        doc = self.docs.get(template_id) if template_id else None
        query = self.search.text()
        self.use_button.setEnabled(doc is not None)
        self._manage_buttons()
        self.model.set_template(doc)
        self.model.set_query(query)
        self.proxy.invalidate()
        self.tree.clear()
        self.section_text.clear()
        if doc is None:
            self.heading.setText(self.tr("Chọn một mẫu ở danh sách bên trái để xem nội dung."))
            self.tabs.setTabText(0, self.tr("Phụ lục nhiệm vụ"))
            self.tabs.setTabText(1, self.tr("Các mục"))
            self._show_hits(0, 0)
            return
        self.heading.setText(self._heading_html(doc))
        section_hits = self._fill_tree(doc.get("sections", []), self.tree.invisibleRootItem(), query)
        task_hits = self.proxy.rowCount() if query.strip() else 0
        total = len(self.model.tasks)
        self.tabs.setTabText(0, self.tr("Phụ lục: {0} nhiệm vụ").format(total))
        self.tabs.setTabText(1, self.tr("Các mục ({0})").format(
            len(templates.flatten_sections(doc.get("sections", [])))))
        self._size_table()
        if self.tree.topLevelItemCount():
            first = self._first_hit(self.tree.invisibleRootItem()) if query.strip() else None
            self.tree.setCurrentItem(first or self.tree.topLevelItem(0))
        if query.strip() and not task_hits and section_hits:
            self.tabs.setCurrentIndex(1)
        elif query.strip() and task_hits:
            self.tabs.setCurrentIndex(0)
        self._show_hits(task_hits, section_hits)

    def _heading_html(self, doc: dict[str, Any]) -> str:
        issuer = doc.get("issuer", {}).get("short_name", "")
        kind = self.tr("Kế hoạch") if doc.get("form", "A") == "A" else self.tr("Quyết định ban hành Kế hoạch")
        facts = [issuer, kind]
        if doc.get("number"):
            facts.append(self.tr("số {0}").format(doc["number"]))
        if doc.get("date"):
            y, m, d = [*doc["date"].split("-"), "", "", ""][:3]
            facts.append(self.tr("ngày {0}").format(f"{d}/{m}/{y}"))
        return (f"<b style='font-size:12pt'>{html.escape(doc.get('name', ''))}</b><br>"
                f"{html.escape(' · '.join(f for f in facts if f))}<br>"
                f"<i>{html.escape(doc.get('title', ''))}</i>")

    def _size_table(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        keys = [c["key"] for c in self.model.columns]
        widths = {"number": 40, "content": 300, "form": 140, "lead": 150, "partners": 140, "schedule": 100,
                  "product": 120}
        metrics = header.fontMetrics()
        for col, key in enumerate(keys):
            label = self.model.columns[col].get("label", "")
            self.table.setColumnWidth(col, max(widths.get(key, 120), metrics.horizontalAdvance(label) + 16))
        if "content" in keys:
            header.setSectionResizeMode(keys.index("content"), QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()

    def _fill_tree(self, sections: list[dict[str, Any]], parent: QTreeWidgetItem, query: str) -> int:
        """Add the sections under `parent`; with a query, keep only matching branches. Returns hits."""
        hits = 0
        for section in sections:
            item = QTreeWidgetItem([section.get("title", "")])
            item.setData(0, Qt.ItemDataRole.UserRole, section)
            item.setToolTip(0, section.get("title", ""))
            parent.addChild(item)
            child_hits = self._fill_tree(section.get("children", []), item, query)
            own = bool(query.strip()) and matches(query, _section_text(section))
            if own:
                item.setBackground(0, QBrush(HIT))
            hits += child_hits + int(own)
            if query.strip() and not own and not child_hits:
                parent.removeChild(item)
        self.tree.expandAll()
        return hits

    def _first_hit(self, parent: QTreeWidgetItem) -> QTreeWidgetItem | None:
        for i in range(parent.childCount()):
            child = parent.child(i)
            if child.background(0).color() == HIT:
                return child
            found = self._first_hit(child)
            if found is not None:
                return found
        return None

    def _show_section(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            self.section_text.clear()
            return
        section = item.data(0, Qt.ItemDataRole.UserRole)
        query = self.search.text()
        paragraphs = section.get("paragraphs", [])
        body = "".join(f"<p>{highlight(p, query)}</p>" for p in paragraphs) or (
            f"<p><i>{html.escape(self.tr('Mục này không có đoạn văn riêng; xem các mục con.'))}</i></p>")
        self.section_text.setHtml(f"<h3>{highlight(section.get('title', ''), query)}</h3>{body}")

    # -- actions -------------------------------------------------------------------------------
    def use_selected(self) -> None:
        """Go to the plans and open the new-plan wizard there, with this template chosen."""
        template_id = self.selected_id()
        if template_id is None:
            return
        self.ctx.requested_template_id = template_id  # the wizard opens on it
        self.ctx.navigate.emit("plans")
        window = self.window()
        plans_page = getattr(window, "pages", {}).get("plans")
        if plans_page is not None and hasattr(plans_page, "start_wizard") and importlib.util.find_spec(
                "ccpropa_desktop.ui.dialogs.new_plan_wizard") is not None:
            QTimer.singleShot(0, plans_page.start_wizard)

    def choose_import_file(self) -> None:
        folder = self.ctx.setting("import/folder", str(Path.home()))
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp kế hoạch cần nhập"), folder,
            self.tr("Kế hoạch (*.docx *.pdf *.txt *.ccpt);;Văn bản Word (*.docx);;Tệp PDF (*.pdf);;"
                    "Văn bản thuần (*.txt);;Gói kế hoạch mẫu của cấp trên (*.ccpt)"))
        if path:
            self.ctx.set_setting("import/folder", str(Path(path).parent))
            self.import_file(Path(path))

    def paste_text(self) -> None:
        """«Dán văn bản…»: the plan's text pasted from a PDF viewer, imported like a file."""
        dialog = PasteTextDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.import_file(dialog.pasted())

    def import_file(self, path: Path | str, confirm: bool = True) -> None:
        """Read the file (or the pasted text) off the UI thread (dry run), show what was found, then
        save on "Nhập"."""
        self._importing = True
        self.import_button.setEnabled(False)
        self.paste_button.setEnabled(False)
        self.ctx.status_message.emit(self.tr("Đang đọc {0}…").format(source_name(path)))
        data_dir = self.ctx.data_dir

        def done(result: object) -> None:
            # A file that is already a template is imported only as a copy, and only when asked.
            as_copy = bool(getattr(result, "duplicate_of", ""))
            # OCR-damaged text is saved only once the officer has seen the warning and said yes
            accept_ocr = bool(getattr(result, "damaged", False))
            if not confirm or self.confirm_import(path, result):
                run_task(lambda: _run_import(data_dir, path, dry_run=False, as_copy=as_copy,
                                             accept_ocr=accept_ocr),
                         self._imported, self._failed)
            else:
                self._finish_import()

        run_task(lambda: _run_import(data_dir, path, dry_run=True), done, self._failed)

    def confirm_import(self, path: Path | str, result: object) -> bool:
        read = (self.tr("Đã đọc tệp {0}:").format(path.name) if isinstance(path, Path)
                else self.tr("Đã đọc văn bản dán:"))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Nhập kế hoạch mẫu"), read, parent=self)
        box.setInformativeText(self.describe_import(result))
        duplicate = getattr(result, "duplicate_of", "")
        save = box.addButton(self.tr("Nhập thành bản sao") if duplicate else self.tr("Nhập làm mẫu"),
                             QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Hủy"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        return box.clickedButton() is save

    def _imported(self, result: object) -> None:
        self._finish_import()
        new_id = getattr(result, "template", {}).get("id")
        self.search.clear()
        self.refresh()
        if new_id:
            for row in range(self.list.count()):
                if self.list.item(row).data(Qt.ItemDataRole.UserRole) == new_id:
                    self.list.setCurrentRow(row)
        self.ctx.status_message.emit(self.tr("Đã nhập kế hoạch mẫu."))

    def _failed(self, exc: BaseException) -> None:
        self._finish_import()
        show_error(self, exc)

    def _finish_import(self) -> None:
        self._importing = False
        self.import_button.setEnabled(True)
        self.paste_button.setEnabled(True)

    def is_ready(self) -> bool:
        return not self._importing

    def describe_import(self, result: Any) -> str:
        """The import summary (services.importing.ImportResult): counts, rows that found no place."""
        doc = getattr(result, "template", {}) or {}
        lines = [self.tr("Tên: {0}").format(doc.get("name", "")),
                 self.tr("Tìm thấy {0} mục và {1} nhiệm vụ ở phụ lục.").format(
                     getattr(result, "sections", 0), getattr(result, "tasks", 0))]
        if getattr(result, "damaged", False):
            lines.append(self.tr("CẢNH BÁO: văn bản có vẻ bị lỗi nhận dạng chữ (OCR), khoảng {0}% số từ bị "
                                 "mất dấu hoặc có ký tự lạ. Chỉ nhập khi chấp nhận sửa tay sau.").format(
                round(100 * getattr(result, "damage", 0.0))))
        if getattr(result, "no_appendix", False):
            lines.append(self.tr("Không tìm thấy bảng phụ lục (nhiệm vụ): chỉ nhập phần nội dung. Phụ lục "
                                 "phải thêm bằng tay trong trang «Soạn kế hoạch» sau khi lập kế hoạch."))
        encoding = getattr(result, "encoding", "Unicode")
        if encoding and encoding != "Unicode":
            lines.append(self.tr("Văn bản dùng bảng mã {0}, đã chuyển sang Unicode.").format(encoding))
        checks = list(getattr(result, "checks", []) or [])
        if checks:
            lines.append(self.tr("{0} dòng đã nhập nhưng cần kiểm tra (các ô được xếp theo phỏng đoán):")
                         .format(len(checks)))
            lines += [f"• {str(row)[:120]}" for row in checks[:8]]
            if len(checks) > 8:
                lines.append("…")
        unplaced = list(getattr(result, "unplaced", []) or [])
        if unplaced:
            lines.append(self.tr("{0} dòng không xếp được vào đâu (sẽ bỏ qua):").format(len(unplaced)))
            lines += [f"• {str(row)[:120]}" for row in unplaced[:8]]
            if len(unplaced) > 8:
                lines.append("…")
        shown = [w for w in list(getattr(result, "warnings", []) or [])
                 if not w.startswith(("Văn bản có vẻ bị lỗi", "Không tìm thấy bảng phụ lục"))]
        lines += [f"• {w}" for w in shown[:5]]
        lines.append("")
        duplicate = getattr(result, "duplicate_of", "")
        if duplicate:
            lines.append(self.tr("Tệp này đã là kế hoạch mẫu «{0}». Nhập thêm một bản sao để sửa riêng?")
                         .format(duplicate))
        else:
            lines.append(self.tr("Nhập làm kế hoạch mẫu? Sau khi nhập vẫn xem lại được ở trang này."))
        return "\n".join(lines)


def source_name(source: Path | str) -> str:
    return source.name if isinstance(source, Path) else QCoreApplication.translate("TemplatesPage",
                                                                                     "văn bản dán")


def _run_import(data_dir: Path, path: Path | str, *, dry_run: bool, as_copy: bool = False,
                accept_ocr: bool = False) -> object:
    """In a worker thread: its own store, as SQLite connections must not cross threads."""
    importing = importlib.import_module(IMPORT_SERVICE)
    extra = {"accept_ocr": True} if accept_ocr else {}
    return in_own_store(data_dir, lambda store: importing.import_template(
        store, path, dry_run=dry_run, as_copy=as_copy, **extra))()
