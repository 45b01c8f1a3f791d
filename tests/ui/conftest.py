"""UI fixtures: a context on a fresh data folder, and the main window built on it."""

from __future__ import annotations

import pytest
from conftest import song_ma_unit_dict


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
