"""The add / remove / move / indent / outdent actions shared by the task table and the section tree.

Each panel gets one set, with its shortcuts active only while its own list has focus (a cell or
paragraph being typed into keeps Alt+arrows and Ctrl+[ ] to itself). Whether an action is possible
is asked of `domain.outline` on a copy of the depths, so a button is greyed out rather than refused.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle, QToolBar, QWidget

from ccpropa_desktop.domain import outline

SHORTCUTS = {
    "add": ["Ctrl+Ins"],
    "add_child": ["Ctrl+Shift+Ins"],
    "remove": ["Ctrl+Del"],
    "up": ["Alt+Up"],
    "down": ["Alt+Down"],
    "indent": ["Ctrl+]", "Alt+Right"],
    "outdent": ["Ctrl+[", "Alt+Left"],
}

ICONS = {
    "add": QStyle.StandardPixmap.SP_FileDialogNewFolder,
    "remove": QStyle.StandardPixmap.SP_TrashIcon,
    "up": QStyle.StandardPixmap.SP_ArrowUp,
    "down": QStyle.StandardPixmap.SP_ArrowDown,
    "indent": QStyle.StandardPixmap.SP_ArrowRight,
    "outdent": QStyle.StandardPixmap.SP_ArrowLeft,
}


def tr(text: str) -> str:
    return QCoreApplication.translate("OutlineActions", text)


@dataclass
class _Depth:
    depth: int


def possible(depths: Sequence[int], index: int, max_depth: int) -> dict[str, bool]:
    """Which of up/down/indent/outdent/add_child work on row ``index`` of these depths."""
    if not 0 <= index < len(depths):
        return dict.fromkeys(("up", "down", "indent", "outdent", "add_child", "remove"), False)

    def rows() -> list[_Depth]:
        return [_Depth(d) for d in depths]

    return {
        "up": outline.move(rows(), index, -1) is not None,
        "down": outline.move(rows(), index, 1) is not None,
        "indent": outline.indent(rows(), index, max_depth),
        "outdent": outline.outdent(rows(), index),
        "add_child": depths[index] < max_depth,
        "remove": True,
    }


class OutlineActions(QObject):
    """Actions for one list. `texts` gives each action's Vietnamese label (tasks vs sections)."""

    def __init__(self, owner: QWidget, shortcut_widget: QWidget, texts: dict[str, str]) -> None:
        super().__init__(owner)
        self.actions: dict[str, QAction] = {}
        for key, text in texts.items():
            icon = ICONS.get(key.replace("_child", ""))
            action = QAction(owner.style().standardIcon(icon) if icon else QIcon(), text, owner)
            action.setObjectName(f"action_{key}")
            keys = [QKeySequence(k) for k in SHORTCUTS.get(key, [])]
            if keys:
                action.setShortcuts(keys)
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut_widget.addAction(action)
                names = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
                action.setToolTip(f"{text} ({names})")
            self.actions[key] = action

    def __getitem__(self, key: str) -> QAction:
        return self.actions[key]

    def connect_to(self, add: Callable[..., object], remove: Callable[[], object],
                   restructure: Callable[[str], object]) -> None:
        """Wire the actions to a panel's `add(as_child=…)`, `remove()` and `restructure(action)`."""
        self.actions["add"].triggered.connect(lambda: add(as_child=False))
        self.actions["add_child"].triggered.connect(lambda: add(as_child=True))
        self.actions["remove"].triggered.connect(lambda: remove())
        for key in ("up", "down", "indent", "outdent"):
            self.actions[key].triggered.connect(lambda _=False, k=key: restructure(k))

    def fill(self, toolbar: QToolBar, keys: Sequence[str]) -> None:
        for key in keys:
            if key == "|":
                toolbar.addSeparator()
            else:
                toolbar.addAction(self.actions[key])

    def update(self, depths: Sequence[int], index: int, max_depth: int, *, editable: bool = True) -> None:
        """Grey out what cannot be done on row ``index`` (-1: nothing selected)."""
        can = possible(depths, index, max_depth)
        for key, action in self.actions.items():
            if key in can:
                action.setEnabled(editable and can[key])
            elif key == "add":
                action.setEnabled(editable)
