"""UI fixtures: a context on a fresh data folder, and the main window built on it; and a guard that
no test is ever left waiting on a modal dialog.

A modal dialog (``QDialog.exec``, ``QMessageBox.warning`` …, ``QFileDialog.getOpenFileName`` …) runs
its own event loop until someone answers it; in a test nobody does, and the test would hang until
pytest-timeout. So every one of them is replaced, for every UI test, by a call that fails the test
at once with the dialog's title and text. A test that expects a dialog answers it itself, as before:
``monkeypatch.setattr(QMessageBox, "exec", answer)``, ``monkeypatch.setattr(page, "confirm_import",
…)``, ``monkeypatch.setattr(QFileDialog, "getSaveFileName", …)``.

And, as in the window (ui/collector.py), Python's garbage is never collected in a worker thread: the
automatic collector is off during each UI test and the test's garbage is collected on this thread
after it.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from typing import Any, NoReturn

import pytest
from conftest import song_ma_unit_dict
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog
from PySide6.QtWidgets import QColorDialog, QDialog, QFileDialog, QFontDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

# The static helpers that build a dialog and exec() it in C++, out of reach of a patched exec.
STATIC_DIALOGS: dict[type, tuple[str, ...]] = {
    QMessageBox: ("about", "aboutQt", "critical", "information", "question", "warning"),
    QFileDialog: ("getExistingDirectory", "getExistingDirectoryUrl", "getOpenFileName", "getOpenFileNames",
                  "getOpenFileUrl", "getOpenFileUrls", "getSaveFileName", "getSaveFileUrl"),
    QInputDialog: ("getDouble", "getInt", "getItem", "getMultiLineText", "getText"),
    QColorDialog: ("getColor",),
    QFontDialog: ("getFont",),
}
# Classes with an exec() of their own (the rest, QMessageBox and QWizard included, inherit QDialog's).
EXEC_CLASSES = (QDialog, QPrintDialog, QPageSetupDialog)
CALL_FAILED = pytest.StashKey[bool]()


class UnexpectedDialog(Exception):
    """A modal dialog opened that the test does not answer. Not an AssertionError, so that
    qtbot.waitUntil stops at it instead of polling on until its timeout."""


class ModalGuard:
    def __init__(self) -> None:
        self.opened: list[str] = []

    def refuse(self, what: str) -> NoReturn:
        message = f"a modal dialog opened and nothing in the test answers it (it would hang): {what}"
        self.opened.append(message)
        raise UnexpectedDialog(message)

    def check(self) -> None:
        if self.opened:
            raise UnexpectedDialog(self.opened[0])


def describe(dialog: QDialog) -> str:
    parts = [type(dialog).__name__, dialog.windowTitle()]
    if isinstance(dialog, QMessageBox):
        parts += [dialog.text(), dialog.informativeText(), dialog.detailedText()]
    return " | ".join(p for p in parts if p)


def _static(guard: ModalGuard, owner: type, name: str) -> Callable[..., NoReturn]:
    def refuse(*args: Any, **kwargs: Any) -> NoReturn:
        texts = [a for a in args if isinstance(a, str)] + [v for v in kwargs.values() if isinstance(v, str)]
        guard.refuse(" | ".join([f"{owner.__name__}.{name}", *(t for t in texts if t)]))

    return refuse


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    report = yield
    if report.when == "call":
        item.stash[CALL_FAILED] = report.failed
    return report


@pytest.fixture(autouse=True)
def modal_guard(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Any:
    """Every modal dialog fails the test with its text (see the module docstring)."""
    guard = ModalGuard()
    for cls in EXEC_CLASSES:
        for name in ("exec", "exec_"):
            if name in vars(cls):
                monkeypatch.setattr(cls, name, lambda dialog, *_a: guard.refuse(describe(dialog)))
    for owner, names in STATIC_DIALOGS.items():
        for name in names:
            monkeypatch.setattr(owner, name, staticmethod(_static(guard, owner, name)))
    # The refusal raised inside a Qt slot is caught by pytest-qt and reported after the test; a test
    # polling for the result the dialog blocked stops at once instead of at its timeout.
    wait_until = QtBot.waitUntil

    def wait_until_no_dialog(self: QtBot, callback: Callable[[], bool | None], *,
                             timeout: int = 5000) -> None:
        def poll() -> bool | None:
            guard.check()
            return callback()

        wait_until(self, poll, timeout=timeout)

    monkeypatch.setattr(QtBot, "waitUntil", wait_until_no_dialog)
    yield guard
    if guard.opened and not request.node.stash.get(CALL_FAILED, True):
        pytest.fail(guard.opened[0])  # the product swallowed the refusal: report it all the same



@pytest.fixture(autouse=True)
def collect_on_this_thread() -> Iterator[None]:
    """No collection in a worker thread (a render, an import) during the test: one that freed a Qt
    object of a reference cycle there ran its C++ destructor off the GUI thread, and crashed the run
    now and then (ui/collector.py)."""
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    gc.collect(0)  # all the test made is still in the youngest generation: nothing collected meanwhile
    if was_enabled:
        gc.enable()


@pytest.fixture
def ctx(data_dir, qapp):
    from ccpropa_desktop.ui.context import AppContext

    context = AppContext.open(data_dir)
    yield context
    context.close()


@pytest.fixture
def ctx_with_unit(ctx):
    from ccpropa_desktop.services import unit

    unit.set_unit(ctx.store, unit.unit_from_dict(song_ma_unit_dict()))
    return ctx


@pytest.fixture
def ctx_with_plan(ctx_with_unit):
    """A unit and the Sông Mã 2022 plan (id in ctx.current_plan_id)."""
    from ccpropa_desktop.services import plans

    plan = plans.create_plan(ctx_with_unit.store, "song-ma-2022", 2022)
    ctx_with_unit.current_plan_id = plan.id
    return ctx_with_unit


@pytest.fixture
def window(ctx, qtbot, qapp):
    """The main window in Vietnamese on `ctx` (ask for ctx_with_unit / ctx_with_plan first to fill it)."""
    from ccpropa_desktop.ui.app import build_window

    win = build_window(ctx, qapp, "vi")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    return win


@pytest.fixture
def shell(qapp, data_dir):
    """The application shell on `data_dir` (main window or recovery page), closed afterwards."""
    from ccpropa_desktop.ui import i18n
    from ccpropa_desktop.ui.app import Shell

    s = Shell(qapp, data_dir, "vi")
    yield s
    for window in (s.window, s.recovery):
        if window is not None:
            window.close()
    s.close()
    i18n.install(qapp, "vi")
