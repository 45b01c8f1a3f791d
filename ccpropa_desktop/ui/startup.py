"""What the window's process does before importing the app: the garbage collector paused until the
first paint, and a cheaper answer to PySide's question, asked of every module imported after it,
whether that module uses PySide.

Python's cyclic collector runs every 700 net allocations; the imports and the window's build allocate
hundreds of thousands (each PySide type and enum), none of them garbage, so it ran ≈ 60 times for
nothing before the first paint. `pause_collection()` stops it, first thing; the window never starts it
again, but collects on the GUI thread's timer (ui/collector.py), whose first pass follows the paint.
`resume_collection()` starts it again where no window runs (the self-test's checks before its window
checks).
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from types import ModuleType

_paused = False


def pause_collection() -> None:
    """Stop the cyclic garbage collector for the start (module docstring)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_collection() -> None:
    """Start the collector again if `pause_collection` stopped it; otherwise nothing."""
    global _paused
    if _paused:
        _paused = False
        gc.enable()


def _known_answer(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "") or ""
        top = name.partition(".")[0]
        if top == "ccpropa_desktop":
            return name == "ccpropa_desktop.ui" or name.startswith("ccpropa_desktop.ui.")
        if top in sys.stdlib_module_names:
            return False
        return original(module)

    uses_pyside.original = original  # type: ignore[attr-defined]
    return uses_pyside


def skip_source_scans() -> bool:
    """Install the known answers (once); False when this PySide has no such hook (nothing to do)."""
    import PySide6.QtCore  # noqa: F401 (loads shiboken's support modules)

    feature = sys.modules.get("shibokensupport.feature")
    current = getattr(feature, "_mod_uses_pyside", None)
    if current is None:
        return False
    if not hasattr(current, "original"):
        feature._mod_uses_pyside = _known_answer(current)  # type: ignore[union-attr]
    return True
