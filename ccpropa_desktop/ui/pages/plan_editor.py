"""«Soạn kế hoạch»: the open plan's document parts (trích yếu, căn cứ, người ký, nơi nhận …), its
body (section tree + paragraphs) and its appendix (task table), one tab each.

There is no Save button: every edit is saved through the services at once, onto one undo stack
(Ctrl+Z; Ctrl+Y or Ctrl+Shift+Z). The plan shown is `ctx.current_plan_id`, else the most recently
changed plan; with no plan at all the page says how to make one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ccpropa_desktop.domain.model import Plan
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import plans
from ccpropa_desktop.ui.context import AppContext
from ccpropa_desktop.ui.editor.find_dialog import FindReplaceDialog
from ccpropa_desktop.ui.editor.parts_panel import PartsPanel
from ccpropa_desktop.ui.editor.section_panel import SectionPanel
from ccpropa_desktop.ui.editor.session import EditorSession
from ccpropa_desktop.ui.editor.task_panel import TaskPanel
from ccpropa_desktop.ui.errors import show_error
from ccpropa_desktop.ui.page import Page
from ccpropa_desktop.ui.widgets.empty_state import EmptyState

TAB_SETTING = "editor/tab"
TAB_KEYS = ("parts", "sections", "tasks")  # the tabs in order, as kept in TAB_SETTING


def describe_action(action: QAction, verb: str, what: str) -> None:
    """The undo/redo tooltip: what it will undo, and its keys."""
    keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
    action.setToolTip(f"{verb}: {what} ({keys})" if what else f"{verb} ({keys})")


class PlanEditorPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.session = EditorSession(ctx, self)
        self.session.failed.connect(lambda exc: show_error(self, exc))
        self.session.opened.connect(self._show_heading)
        self.session.outline_changed.connect(lambda *_: self._show_heading(None))
        self.session.task_saved.connect(lambda _t: self._show_draft())
        self.session.section_saved.connect(lambda _s: self._show_draft())
        self.session.parts_saved.connect(self._show_heading)

        # Heading: the plan, its status, undo and redo.
        self.title = QLabel()
        self.title.setObjectName("editor_title")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.status = QLabel()
        self.status.setObjectName("editor_status")
        self.status.setWordWrap(True)
        self.undo_action = self._stack_action(self.tr("Hoàn tác"), "undo", ["Ctrl+Z"],
                                              QStyle.StandardPixmap.SP_ArrowBack, self.session.undo)
        self.redo_action = self._stack_action(self.tr("Làm lại"), "redo", ["Ctrl+Y", "Ctrl+Shift+Z"],
                                              QStyle.StandardPixmap.SP_ArrowForward, self.session.redo)
        self.find_dialog: FindReplaceDialog | None = None
        for name, keys, replace in (("find", QKeySequence.StandardKey.Find, False),
                                    ("replace", QKeySequence.StandardKey.Replace, True)):
            action = QAction(self.tr("Tìm trong kế hoạch…") if not replace else self.tr("Tìm và thay…"), self)
            action.setObjectName(f"action_{name}")
            action.setShortcuts(QKeySequence.keyBindings(keys) or [QKeySequence("Ctrl+H")])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, r=replace: self.open_find(r))
            self.addAction(action)
        stack = self.session.stack
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        # These slots must not touch `self`: the stack empties itself (and signals) while the page
        # is being destroyed, when only the actions, made after the session, are still whole.
        undo_verb, redo_verb = self.tr("Hoàn tác"), self.tr("Làm lại")
        stack.undoTextChanged.connect(lambda t, a=self.undo_action, v=undo_verb: describe_action(a, v, t))
        stack.redoTextChanged.connect(lambda t, a=self.redo_action, v=redo_verb: describe_action(a, v, t))
        heading = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.status)
        heading.addLayout(titles, 1)
        for action in (self.undo_action, self.redo_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setObjectName(f"{action.objectName()}_button")
            heading.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

        self.parts = PartsPanel(self.session)
        self.sections = SectionPanel(self.session)
        self.tasks = TaskPanel(self.session)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("editor_tabs")
        self.tabs.addTab(self.parts, self.tr("Thông tin chung"))
        self.tabs.addTab(self.sections, self.tr("Nội dung kế hoạch"))
        self.tabs.addTab(self.tasks, self.tr("Phụ lục: nhiệm vụ"))
        kept = ctx.setting(TAB_SETTING, "tasks")
        self.tabs.setCurrentIndex(TAB_KEYS.index(kept) if kept in TAB_KEYS else TAB_KEYS.index("tasks"))
        self.tabs.currentChanged.connect(self._tab_changed)

        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(heading)
        editor_layout.addWidget(self.tabs, 1)

        self.empty = EmptyState(
            ctx, "editor_empty",
            self.tr("<h2>Chưa có kế hoạch để soạn</h2>"
                    "<p>Hãy lập kế hoạch từ kế hoạch mẫu của cấp trên: vào trang «Kế hoạch», bấm "
                    "«Lập kế hoạch mới…». Nếu chưa khai báo hồ sơ đơn vị, hãy khai báo trước ở trang "
                    "«Hồ sơ đơn vị».</p>"),
            self.tr("Đến trang Kế hoạch"), "plans", button_name="go_plans")
        self.go_plans = self.empty.button

        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(editor)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def open_find(self, replace: bool = False) -> FindReplaceDialog | None:
        """Ctrl+F / Ctrl+H: the find (and replace) box for the plan being edited."""
        if self.session.plan_id is None:
            return None
        if self.find_dialog is None:
            self.find_dialog = FindReplaceDialog(self.session, self)
        self.find_dialog.show_for(replace)
        return self.find_dialog

    def _stack_action(self, text: str, name: str, keys: list[str], icon: QStyle.StandardPixmap,
                      slot: object) -> QAction:
        action = QAction(self.style().standardIcon(icon), text, self)
        action.setObjectName(f"action_{name}")
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # while this page is shown
        action.setEnabled(False)
        action.triggered.connect(slot)
        self.addAction(action)
        describe_action(action, text, "")
        return action


    # -- which plan ------------------------------------------------------------------------------
    def refresh(self) -> None:
        plan_id = self.ctx.current_plan_id
        if plan_id is None:
            rows = plans.list_plans(self.ctx.store)
            if rows:
                plan_id = max(rows, key=lambda r: (r["updated_at"] or "", r["id"]))["id"]
                self.ctx.current_plan_id = plan_id
        if plan_id is None:
            self.pages.setCurrentWidget(self.empty)
            return
        try:
            self.session.open(plan_id)
        except UserError as exc:  # the plan was deleted elsewhere
            self.ctx.current_plan_id = None
            self.pages.setCurrentWidget(self.empty)
            show_error(self, exc)
            return
        self.pages.setCurrentIndex(1)

    def is_ready(self) -> bool:
        """For --screenshot: the table's row heights are measured (if the table is showing)."""
        return not self.tasks.isVisible() or self.tasks.rows_fitted()

    def _show_heading(self, plan: Plan | None) -> None:
        if plan is None:
            if self.session.plan_id is None:
                return
            plan = plans.get_plan(self.ctx.store, self.session.plan_id)
        self.title.setText(self.tr("<b>Kế hoạch {0}</b> · năm {1} · {2}").format(
            plan.id, plan.year, plan.title.replace("<", "&lt;")))
        if plan.status == "issued":
            self.status.setText(self.tr("Đã ban hành. Sửa sẽ tạo một bản dự thảo mới; bản đã ban hành "
                                        "giữ nguyên."))
        else:
            self._show_draft()
        self.tabs.setTabText(self.tabs.indexOf(self.tasks),
                             self.tr("Phụ lục: nhiệm vụ ({0})").format(len(plan.tasks)))
        self.tabs.setTabText(self.tabs.indexOf(self.sections),
                             self.tr("Nội dung kế hoạch ({0} mục)").format(len(plan.sections)))

    def _show_draft(self) -> None:
        """Any saved edit makes the plan a draft (services: `store.touch`)."""
        self.status.setText(self.tr("Dự thảo. Mọi thay đổi được lưu ngay, không cần bấm Lưu."))

    def _tab_changed(self, index: int) -> None:
        self.session.flush_requested.emit()
        self.ctx.set_setting(TAB_SETTING, TAB_KEYS[index] if 0 <= index < len(TAB_KEYS) else "tasks")

    def hideEvent(self, event: QHideEvent) -> None:
        self.session.flush_requested.emit()  # leaving the page (or closing the window) saves typing
        super().hideEvent(event)
