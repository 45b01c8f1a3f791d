"""Python's cyclic garbage collector, run on the GUI thread by a timer rather than by whichever thread
happens to allocate.

The automatic collector runs in the thread whose allocation crosses its threshold. The window renders
PDFs, imports files and makes backups in worker threads (ui/tasks.py), which allocate a great deal; a
collection there can free the last reference to a Qt object held in a reference cycle (a window whose
signals hold lambdas over it, a dialog no longer shown), and the object's C++ destructor then runs off
the GUI thread while the GUI thread still uses it: a crash, at a random place (the UI tests crashed so
about one run in three, in an event filter or in PySide's enum conversion, with a render in a worker).
So the window keeps the automatic collector off (ui/startup.py stops it before PySide is imported) and
`GuiThreadCollector` collects on the GUI thread instead, generation by generation by the collector's
own thresholds, once a second. (Spyder and pyqtgraph do the same, for the same reason.)
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    """Collects the garbage the automatic collector would have, on the GUI thread's timer."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("gui_thread_collector")
        gc.disable()
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        counts = gc.get_count()
        if counts[0] > self.thresholds[0]:
            generation = 0
            if counts[1] > self.thresholds[1]:
                generation = 2 if counts[2] > self.thresholds[2] else 1
            gc.collect(generation)


def collect_on_gui_thread(app: QCoreApplication) -> GuiThreadCollector:
    """The application's collector, made on first call (the automatic collector off from then on)."""
    found = app.findChild(GuiThreadCollector, "gui_thread_collector")
    return found if isinstance(found, GuiThreadCollector) else GuiThreadCollector(app)
