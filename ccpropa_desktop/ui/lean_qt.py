"""What the first page takes from Qt without making PySide build Qt's namespace before its paint.

The first time any code touches `Qt` (`from PySide6.QtCore import Qt`, or a call whose overloads
PySide resolves through a `Qt` enum, such as `QAction.setShortcut(QKeySequence.StandardKey)`: the
menus' commands are added after the paint for that reason, ui/main_window.py), PySide creates the
namespace's 94 Python enums, ≈ 13 ms of Python's `enum` machinery: a tenth of a bare window's start.
The modules on the first paint's path (ui/app.py, ui/main_window.py, the plans and unit pages) use
what is here instead; everything after the paint uses `Qt` as usual.
`tests/ui/test_startup.py` checks that the namespace is still unbuilt when the first page is shown.
"""

from __future__ import annotations

USER_ROLE = 0x0100
"""`Qt.ItemDataRole.UserRole`: item roles are plain ints in Qt's API."""

