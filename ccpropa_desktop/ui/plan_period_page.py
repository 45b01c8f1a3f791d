"""The base of the pages about one plan in one reporting period (tracking, reports).

The title row holds the plan and period pickers; while the unit has no plan the page shows its
empty state instead. A plan opens on `opening_period` (the report due now for a plan of this year,
else the period chosen last time for that plan, kept in the UI settings so both pages agree).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from ccpropa_desktop.domain.model import Plan
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import plans, tracking
from ccpropa_desktop.ui.context import AppContext
from ccpropa_desktop.ui.errors import show_error
from ccpropa_desktop.ui.page import Page
from ccpropa_desktop.ui.widgets.period_picker import PeriodPicker, opening_period, period_setting_key
from ccpropa_desktop.ui.widgets.plan_choice import PlanChoice


class PlanPeriodPage(Page):
    """Subclasses build their work area and empty state, hand them to `set_body`, and show the
    chosen plan and period in `show_period`."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.plan: Plan | None = None
        self.period = ""
        self.title = QLabel()  # the subclass says which page this is
        self.plan_choice = PlanChoice(ctx)
        self.plan_choice.plan_chosen.connect(lambda _id: self._load_plan())
        self.periods = PeriodPicker()
        self.periods.period_chosen.connect(self._period_chosen)
        self.plan_label = QLabel(self.tr("Kế hoạch:"))
        self.period_label = QLabel(self.tr("Kỳ báo cáo:"))
        self.empty: QWidget | None = None
        self.body = QStackedWidget()

    def set_body(self, work: QWidget, empty: QWidget) -> None:
        """The page's layout: the title row above `work`, or above `empty` while there is no plan."""
        self.empty = empty
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.plan_label)
        top.addWidget(self.plan_choice, 1)
        top.addWidget(self.period_label)
        top.addWidget(self.periods)
        self.body.addWidget(empty)
        self.body.addWidget(work)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)

    def today(self) -> dt.date:
        """The day the page measures against (tests replace it)."""
        return dt.date.today()

    # -- hooks -----------------------------------------------------------------------------------
    def show_period(self, new_period: bool) -> None:
        """Show `self.plan` in `self.period`; `new_period`: the period was just opened or chosen."""
        raise NotImplementedError

    def leave_period(self) -> None:
        """Before the period changes (save what is being typed)."""

    def forget_plan(self) -> None:
        """There is no plan any more: forget what was shown."""
        self.plan = None

    # -- loading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        plan_id = self.plan_choice.reload()
        for widget in (self.plan_choice, self.plan_label, self.periods, self.period_label):
            widget.setVisible(plan_id is not None)
        if plan_id is None:
            self.forget_plan()
            self.body.setCurrentWidget(self.empty)
            return
        self.body.setCurrentIndex(1)
        self._load_plan(keep_period=self.plan is not None and self.plan.id == plan_id)

    def _load_plan(self, keep_period: bool = False) -> None:
        plan_id = self.plan_choice.plan_id()
        if plan_id is None:
            return
        try:
            self.plan = plans.get_plan(self.ctx.store, plan_id)
            rules = tracking.period_rules(self.ctx.store)
        except UserError as exc:
            show_error(self, exc)
            return
        if not keep_period or not self.period:
            remembered = self.ctx.setting(period_setting_key(plan_id))
            self.period = opening_period(self.plan.year, self.today(), remembered, rules)
        self.periods.set_year(self.plan.year, self.period)
        self.show_period(new_period=not keep_period)

    def _period_chosen(self, code: str) -> None:
        self.leave_period()
        self.period = code
        if self.plan is not None and self.plan.id is not None:
            self.ctx.set_setting(period_setting_key(self.plan.id), code)
        self.show_period(new_period=True)
