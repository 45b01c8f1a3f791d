"""Run a slow call (render, import, aggregate) off the UI thread; deliver its result on it.

Anki's QueryOp idea in a few lines. SQLite connections must not cross threads, so the function
given here must not touch `ctx.store`: read what it needs first on the UI thread, or open its own
store with `services.session.open_store(ctx.data_dir)`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

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
