"""The plan's body: the tree of headings (I. → 1. → a)) and, beside it, the selected heading's title
and paragraphs (one paragraph per line) in plain Qt text editors.

Typing is saved 0.7 s after the last keystroke, when the editor loses focus, and before anything
else happens (another heading, undo, a toolbar action, leaving the page), one undo step per save.
Ctrl+Z in these editors is the plan's undo, not the text field's own, so there is one history.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ccpropa_desktop.domain import outline
from ccpropa_desktop.domain.model import Plan, Section
from ccpropa_desktop.domain.text import clean_line
from ccpropa_desktop.services import editing
from ccpropa_desktop.services.editing import section_changes
from ccpropa_desktop.ui.editor.confirm import confirm_remove, shorten
from ccpropa_desktop.ui.editor.original_dialog import OriginalDialog
from ccpropa_desktop.ui.editor.outline_actions import OutlineActions
from ccpropa_desktop.ui.editor.session import EditorSession
from ccpropa_desktop.ui.models import markers
from ccpropa_desktop.ui.models.section_tree import SectionTreeModel, section_tooltip

SAVE_DELAY_MS = 700
UNDO_KEYS = ("Ctrl+Z", "Ctrl+Y", "Ctrl+Shift+Z")


def paragraphs_of(text: str) -> list[str]:
    """One paragraph per line; blank lines and surrounding spaces do not count."""
    return [p for p in (clean_line(line) for line in text.replace("\u2029", "\n").split("\n")) if p]


class UndoKeysToPlan(QObject):
    """Lets Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z reach the plan's undo instead of a text field's own.
    Only shortcut overrides are looked at; key presses and input-method events pass untouched."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(pressed.matches(QKeySequence(k)) == QKeySequence.SequenceMatch.ExactMatch
                   for k in UNDO_KEYS):
                event.ignore()
                return True
        return False


class _ChangedParagraphs(QSyntaxHighlighter):
    """Tints paragraphs that are not in the template's text."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor.document())
        self.original: set[str] | None = None
        self._format = QTextCharFormat()
        self._format.setBackground(QColor(markers.CHANGED_CELL))

    def highlightBlock(self, text: str) -> None:
        paragraph = clean_line(text)
        if self.original is not None and paragraph and paragraph not in self.original:
            self.setFormat(0, len(text), self._format)


class SectionPanel(QWidget):
    def __init__(self, session: EditorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = SectionTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("section_tree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        # Qt measures the wrapped rows once: again when the column's width changes, or a narrower
        # tree would cut their last line (and a wider one leave them too tall).
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.tree.scheduleDelayedItemsLayout)
        self.tree.header().sectionResized.connect(lambda *_: self._relayout.start())
        self.sections: dict[int, Section] = {}  # the last service result, by id
        self._order: list[int | None] = []
        self._depths: list[int] = []
        self._paths: dict[int, str] = {}
        self.current_id: int | None = None
        self._stored: tuple[str, list[str]] | None = None  # what the store holds for current_id

        self.actions = OutlineActions(self, self.tree, {
            "add": self.tr("Thêm mục"), "add_child": self.tr("Thêm mục con"), "remove": self.tr("Xóa"),
            "up": self.tr("Lên"), "down": self.tr("Xuống"), "indent": self.tr("Lùi vào"),
            "outdent": self.tr("Lùi ra"),
        })
        toolbar = QToolBar()
        toolbar.setObjectName("section_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.actions.fill(toolbar, ["add", "add_child", "remove", "|", "up", "down", "indent", "outdent"])

        self.number = QLabel()
        self.number.setObjectName("section_number")
        self.marker = QLabel()
        self.marker.setObjectName("section_marker")
        self.original_button = QPushButton(self.tr("Xem bản gốc"))
        self.original_button.setObjectName("section_original")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("section_title")
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("section_body")
        self.body_edit.setUndoRedoEnabled(False)  # one history: the plan's
        self.body_edit.setPlaceholderText(self.tr("Mỗi đoạn văn một dòng (Enter để sang đoạn mới)."))
        self.highlighter = _ChangedParagraphs(self.body_edit)
        self._undo_keys = UndoKeysToPlan(self)
        self.title_edit.installEventFilter(self._undo_keys)
        self.body_edit.installEventFilter(self._undo_keys)

        head = QHBoxLayout()
        head.addWidget(self.number)
        head.addWidget(self.marker, 1)
        head.addWidget(self.original_button)
        title_label = QLabel(self.tr("&Tiêu đề"))
        title_label.setBuddy(self.title_edit)
        body_label = QLabel(self.tr("&Nội dung (mỗi đoạn một dòng; đoạn tô màu là đoạn khác kế hoạch mẫu)"))
        body_label.setWordWrap(True)
        body_label.setBuddy(self.body_edit)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(6, 0, 0, 0)
        detail_layout.addLayout(head)
        detail_layout.addWidget(title_label)
        detail_layout.addWidget(self.title_edit)
        detail_layout.addWidget(body_label)
        detail_layout.addWidget(self.body_edit, 1)
        empty = QLabel(self.tr("Chọn một mục bên trái để sửa tiêu đề và nội dung."))
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setWordWrap(True)
        self.detail = QStackedWidget()
        self.detail.addWidget(empty)
        self.detail.addWidget(detail)

        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 660])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.title_edit.textChanged.connect(self._typed)
        self.body_edit.textChanged.connect(self._typed)
        self.title_edit.editingFinished.connect(self._title_finished)
        self.body_edit.installEventFilter(self)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._select_current())
        self.original_button.clicked.connect(self.show_original)
        self.actions.connect_to(self.add, self.remove, self.restructure)
        session.opened.connect(self.show_plan)
        session.outline_changed.connect(self._outline_changed)
        session.section_saved.connect(self._section_saved)
        session.flush_requested.connect(self.flush)

    # -- showing ---------------------------------------------------------------------------------
    def show_plan(self, plan: Plan, focus: int | None = None) -> None:
        keep = focus if focus is not None else self.current_id
        self.sections = {s.id: s for s in plan.sections if s.id is not None}
        self._order = [s.id for s in plan.sections]
        self._depths = [s.depth for s in plan.sections]
        self._paths = {s.id: editing.ref_of(plan, "sections", s.id) for s in plan.sections if s.id}
        with QSignalBlocker(self.tree.selectionModel()):
            self.model.set_sections(plan.sections)
            self.tree.expandAll()
        if keep not in self.sections:
            keep = plan.sections[0].id if plan.sections else None
        self.current_id = None  # so that showing `keep` fills the editors from the store
        index = self.model.index_of(keep)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        self._select_current()

    def _outline_changed(self, kind: str, plan: Plan, focus: int | None) -> None:
        if kind == "sections":
            self.show_plan(plan, focus)
            self.tree.setFocus()

    def _select_current(self) -> None:
        new_id = self.model.section_id(self.tree.currentIndex())
        if new_id != self.current_id:
            self.flush()
            self.current_id = new_id
            self._fill_editors()
        self._update_actions()

    def _fill_editors(self) -> None:
        section = self.sections.get(self.current_id) if self.current_id is not None else None
        self.detail.setCurrentIndex(1 if section else 0)
        if section is None:
            self._stored = None
            return
        self._stored = (section.title, list(section.paragraphs))
        self._set_texts(section.title, section.paragraphs)
        self._show_marker(section)

    def _set_texts(self, title: str, paragraphs: list[str], *, keep_cursor: bool = False) -> None:
        """Show stored text; after an undo the cursors stay about where they were."""
        title_at = self.title_edit.cursorPosition() if keep_cursor else 0
        body_at = self.body_edit.textCursor().position() if keep_cursor else 0
        with QSignalBlocker(self.title_edit), QSignalBlocker(self.body_edit):
            self.title_edit.setText(title)
            self.title_edit.setCursorPosition(min(title_at, len(title)))
            self.body_edit.setPlainText("\n".join(paragraphs))
            cursor = self.body_edit.textCursor()
            cursor.setPosition(min(body_at, len(self.body_edit.toPlainText())))
            self.body_edit.setTextCursor(cursor)

    def _show_marker(self, section: Section) -> None:
        self.number.setText(self.tr("<b>Mục {0}</b>").format(self._paths.get(section.id or -1, "")))
        baseline = (section.origin or {}).get("baseline")
        self.highlighter.original = set(baseline.get("paragraphs", [])) if baseline else set()
        self.highlighter.rehighlight()
        changed = bool(section_changes(section))
        self.marker.setText(section_tooltip(section))
        self.marker.setStyleSheet(f"color: {markers.EDITED if section.origin else markers.ADDED};"
                                  if changed else "color: palette(mid);")
        self.original_button.setEnabled(True)

    def _update_actions(self) -> None:
        index = self._order.index(self.current_id) if self.current_id in self._order else -1
        self.actions.update(self._depths, index, outline.MAX_SECTION_DEPTH,
                            editable=self.session.plan_id is not None)

    # -- saving ----------------------------------------------------------------------------------
    def _typed(self) -> None:
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.body_edit and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def _title_finished(self) -> None:
        self.flush()
        if not clean_line(self.title_edit.text()) and self._stored is not None:
            with QSignalBlocker(self.title_edit):
                self.title_edit.setText(self._stored[0])  # a heading needs a title: keep the old one
            self.session.ctx.status_message.emit(self.tr("Tiêu đề mục không được để trống: đã giữ "
                                                         "tiêu đề cũ."))

    def pending(self) -> tuple[str, list[str]] | None:
        """What the editors hold, if it differs from the store (an empty title keeps the old one)."""
        if self.current_id is None or self._stored is None:
            return None
        title = clean_line(self.title_edit.text()) or self._stored[0]
        paragraphs = paragraphs_of(self.body_edit.toPlainText())
        return None if (title, paragraphs) == self._stored else (title, paragraphs)

    def flush(self) -> None:
        self._timer.stop()
        change = self.pending()
        if change is not None and self.current_id is not None:
            self.session.edit_section(self.current_id, *change)

    def _section_saved(self, section: Section) -> None:
        if section.id is None:
            return
        self.sections[section.id] = section
        self.model.update_section(section)
        if section.id != self.current_id:
            index = self.model.index_of(section.id)  # an undo elsewhere: show what changed
            with QSignalBlocker(self.tree.selectionModel()):
                self.tree.setCurrentIndex(index)
            self.current_id = section.id
            self._fill_editors()
            self._update_actions()
            return
        self._stored = (section.title, list(section.paragraphs))
        typed_title = clean_line(self.title_edit.text())
        if (typed_title or section.title, paragraphs_of(self.body_edit.toPlainText())) != self._stored:
            self._set_texts(section.title, section.paragraphs, keep_cursor=True)  # undo/redo: store wins
        self._show_marker(section)

    # -- structure -------------------------------------------------------------------------------
    def add(self, *, as_child: bool) -> None:
        new_id = self.session.add("sections", self.current_id, as_child=as_child)
        if new_id is not None:
            self.title_edit.setFocus()
            self.title_edit.selectAll()

    def restructure(self, action: str) -> None:
        if self.current_id is not None:
            self.session.restructure("sections", self.current_id, action)

    def remove(self) -> None:
        section = self.sections.get(self.current_id) if self.current_id is not None else None
        if section is None:
            return
        index = self._order.index(section.id)
        rows = [self.sections[i] for i in self._order if i is not None]
        children = outline.subtree_end(rows, index) - index - 1
        name = f"{self._paths.get(section.id, '')} «{shorten(section.title)}»"
        if confirm_remove(self, "sections", name, children):
            self.session.remove("sections", section.id)

    def show_original(self) -> None:
        self.flush()
        section = self.sections.get(self.current_id) if self.current_id is not None else None
        if section is None or section.id is None:
            return
        dialog = OriginalDialog.for_section(section, self._paths.get(section.id, ""), self)
        if dialog.exec() == OriginalDialog.RESTORE and section.origin:
            baseline = section.origin.get("baseline", {})
            self.session.edit_section(section.id, baseline.get("title", section.title),
                                      list(baseline.get("paragraphs", [])))
