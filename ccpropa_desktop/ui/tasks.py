"""Run a slow call (render, import, aggregate) off the UI thread; deliver its result on it.

Anki's QueryOp idea in a few lines. SQLite connections must not cross threads, so the function
given here must not touch `ctx.store`: read what it needs first on the UI thread, or open its own
store with `services.session.open_store(ctx.data_dir)` (`in_own_store` does that around a job).
`PageJobs` counts a page's jobs under way, so it can grey out its buttons meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

from ccpropa_desktop.ui.errors import show_error

_running: set[_Relay] = set()


class _Relay(QObject):
    """Lives on the UI thread; the worker emits, Qt queues the call over to this thread."""

    finished = Signal(bool, object)

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self.finished.connect(self._deliver)

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: object) -> None:
        _running.discard(self)
        if ok:
            self._on_done(value)
        else:
            self._on_error(value)  # type: ignore[arg-type]


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # delivered to the UI thread, shown there
            self._relay.finished.emit(False, exc)
        else:
            self._relay.finished.emit(True, result)


def run_task(fn: Callable[[], Any], on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None]) -> None:
    relay = _Relay(on_done, on_error)
    _running.add(relay)
    QThreadPool.globalInstance().start(_Job(fn, relay))


def busy() -> bool:
    """True while any task started here has not delivered yet (used by --screenshot and tests)."""
    return bool(_running)


def in_own_store[T](data_dir: Path, job: Callable[[Any], T]) -> Callable[[], T]:
    """`job(store)` as a function for the worker thread: it opens its own store on `data_dir` (SQLite
    connections stay in their thread; no daily backup, the window's store made it) and closes it."""

    def work() -> T:
        from ccpropa_desktop.services.session import open_store

        store = open_store(data_dir, daily_backup=False)
        try:
            return job(store)
        finally:
            store.close()

    return work


class PageJobs(QObject):
    """The background jobs of one page: `pending` counts those not yet delivered, `changed` fires when
    that count moves (the page greys its buttons out meanwhile), `failed` says whether the last job
    failed; a failure is shown to the officer over `parent`."""

    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._widget = parent
        self.pending = 0
        self.failed = False

    def start(self, work: Callable[[], Any], on_done: Callable[[Any], None],
              on_failed: Callable[[], None] | None = None) -> None:
        """Run `work` off the UI thread, then `on_done(result)`; on an error, `on_failed()` tidies
        the page up before the error is shown."""
        self.pending += 1
        self.changed.emit()

        def done(value: Any) -> None:
            self.pending -= 1
            self.changed.emit()
            on_done(value)

        def failed(exc: BaseException) -> None:
            self.pending -= 1
            self.failed = True
            self.changed.emit()
            if on_failed is not None:
                on_failed()
            show_error(self._widget, exc)

        self.failed = False
        run_task(work, done, failed)
