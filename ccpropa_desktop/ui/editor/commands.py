"""Undo commands of the plan editor. Each one saves through the services in both directions, so the
store is always what the screen shows.

A command is pushed after its first run has succeeded (the session runs it, then pushes it), so its
first `redo()` does nothing. Items are named by id: numbers change as rows move. Outline commands
keep full copies of the rows before and after; undoing a removal puts the same rows back with the
same ids (`services.editing.restore`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from ccpropa_desktop.domain.model import Section, Task
from ccpropa_desktop.errors import UserError

if TYPE_CHECKING:
    from ccpropa_desktop.ui.editor.session import EditorSession

Rows = list[Task] | list[Section]


class _SavedCommand(QUndoCommand):
    def __init__(self, session: EditorSession, text: str) -> None:
        super().__init__(text)
        self.session = session
        self._done = True  # the session ran it before pushing

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self.forward)

    def undo(self) -> None:
        self._run(self.backward)

    def _run(self, step: Any) -> None:
        try:
            step()
        except UserError as exc:  # the plan changed elsewhere: the session reloads and clears undo
            self.session.command_failed(exc)

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError


class EditTaskCommand(_SavedCommand):
    """Cells of one task: the values before and after, field by field."""

    def __init__(self, session: EditorSession, text: str, task_id: int, old: dict[str, str],
                 new: dict[str, str]) -> None:
        super().__init__(session, text)
        self.task_id, self.old, self.new = task_id, old, new

    def forward(self) -> None:
        self.session.save_task(self.task_id, self.new)

    def backward(self) -> None:
        self.session.save_task(self.task_id, self.old)


class EditSectionCommand(_SavedCommand):
    def __init__(self, session: EditorSession, text: str, section_id: int,
                 old: tuple[str, list[str]], new: tuple[str, list[str]]) -> None:
        super().__init__(session, text)
        self.section_id, self.old, self.new = section_id, old, new

    def forward(self) -> None:
        self.session.save_section(self.section_id, *self.new)

    def backward(self) -> None:
        self.session.save_section(self.section_id, *self.old)


class OutlineCommand(_SavedCommand):
    """Add, remove, move, indent, outdent: the rows before and after, and the row to select."""

    def __init__(self, session: EditorSession, text: str, kind: str, before: Rows, after: Rows,
                 focus_before: int | None, focus_after: int | None) -> None:
        super().__init__(session, text)
        self.kind, self.before, self.after = kind, before, after
        self.focus_before, self.focus_after = focus_before, focus_after

    def forward(self) -> None:
        self.session.put_outline(self.kind, self.after, self.focus_after)

    def backward(self) -> None:
        self.session.put_outline(self.kind, self.before, self.focus_before)


class EditPartsCommand(_SavedCommand):
    """Document parts of the plan (services.plan_parts): the values before and after, by field."""

    def __init__(self, session: EditorSession, text: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        super().__init__(session, text)
        self.old, self.new = old, new

    def forward(self) -> None:
        self.session.save_parts(self.new)

    def backward(self) -> None:
        self.session.save_parts(self.old)


class ReplaceAllCommand(_SavedCommand):
    """A replace-all across the plan, one undo step: every text it changed, before and after."""

    def __init__(self, session: EditorSession, text: str, old: dict[str, str], new: dict[str, str]) -> None:
        super().__init__(session, text)
        self.old, self.new = old, new

    def forward(self) -> None:
        self.session.put_texts(self.new)

    def backward(self) -> None:
        self.session.put_texts(self.old)
