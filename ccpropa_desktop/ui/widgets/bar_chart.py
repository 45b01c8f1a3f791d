"""Completion rate by unit as horizontal bars, drawn with QPainter (QtCharts is not installed).

One bar per unit: its name on the left (elided), the bar scaled 0–100 %, the rate written after it
the Vietnamese way ("45,5%"). Colour by rate: green from 80 %, amber from 50 %, red below. The
widget grows with the number of units; put it in a scroll area.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ccpropa_desktop.domain.report import vi_percent

BAR_HEIGHT = 18
GAP = 8
MARGIN = 8
GOOD, FAIR, POOR = QColor("#3f9a4a"), QColor("#e0a526"), QColor("#c94a3f")
TRACK = QColor("#ececec")


def bar_colour(rate: float) -> QColor:
    return GOOD if rate >= 0.8 else FAIR if rate >= 0.5 else POOR


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("completion_chart")
        self.bars: list[tuple[str, float | None]] = []
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[tuple[str, float | None]], empty_text: str = "") -> None:
        """(label, rate 0–1 or None when nothing counts) per bar, in display order."""
        self.bars = list(bars)
        self.empty_text = empty_text
        self.updateGeometry()
        self.setMinimumHeight(self.sizeHint().height())
        self.update()

    def bar_count(self) -> int:
        return len(self.bars)

    def sizeHint(self) -> QSize:
        rows = max(1, len(self.bars))
        return QSize(320, 2 * MARGIN + rows * BAR_HEIGHT + (rows - 1) * GAP)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        width = self.width() - 2 * MARGIN
        if not self.bars:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN),
                             Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, self.empty_text)
            painter.end()
            return
        widest = max(metrics.horizontalAdvance(label) for label, _ in self.bars)
        label_width = min(int(width * 0.42), widest + 8)
        value_width = metrics.horizontalAdvance("100,0%") + 8
        bar_space = max(20, width - label_width - value_width)
        y = MARGIN
        for label, rate in self.bars:
            row = QRectF(MARGIN, y, label_width - 8, BAR_HEIGHT)
            painter.setPen(self.palette().windowText().color())
            painter.drawText(row, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(row.width())))
            track = QRectF(MARGIN + label_width, y + 2, bar_space, BAR_HEIGHT - 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TRACK)
            painter.drawRoundedRect(track, 3, 3)
            if rate is not None and rate > 0:
                painter.setBrush(bar_colour(rate))
                painter.drawRoundedRect(QRectF(track.x(), track.y(), track.width() * min(rate, 1.0),
                                               track.height()), 3, 3)
            painter.setPen(self.palette().windowText().color())
            text = "—" if rate is None else vi_percent(rate)
            painter.drawText(QRectF(track.right() + 6, y, value_width, BAR_HEIGHT),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
            y += BAR_HEIGHT + GAP
        painter.end()
