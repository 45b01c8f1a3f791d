"""Habits of a desktop app (issue 12, item 6): the first window fits the screen's available area, the
keyboard focus is always visible, and at a larger font on a small screen a page scrolls or wraps its
buttons rather than draw its parts over each other."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ccpropa_desktop.ui import window_fit
from ccpropa_desktop.ui.widgets import focus_ring

FRAME = QMargins(8, 31, 8, 8)  # Windows 10 at 100 %


def test_a_1366x768_laptop_shows_the_whole_window_above_the_taskbar():
    available = QRect(0, 0, 1366, 728)  # 40 px taskbar at the bottom
    client = window_fit.fitted(available, FRAME, QSize(1366, 768), QSize(1000, 600))
    outer = client.marginsAdded(FRAME)
    assert available.contains(outer)
    assert (client.width(), client.height()) == (1350, 689)


def test_a_large_screen_gets_the_preferred_size_centred():
    available = QRect(0, 0, 1920, 1040)
    client = window_fit.fitted(available, FRAME, QSize(1366, 768))
    assert client.size() == QSize(1366, 768)
    assert abs(client.center().x() - available.marginsRemoved(FRAME).center().x()) <= 1


def test_a_screen_smaller_than_the_minimum_keeps_the_minimum():
    client = window_fit.fitted(QRect(0, 0, 800, 560), FRAME, QSize(1366, 768), QSize(1000, 600))
    assert client.size() == QSize(1000, 600)


def test_the_first_window_is_sized_to_the_screen(ctx_with_unit, qapp, qtbot):
    from ccpropa_desktop.ui.app import Shell

    shell = Shell(qapp, ctx_with_unit.data_dir, "vi")
    window = shell.show_main(ctx_with_unit)
    qtbot.addWidget(window)
    screen = window.screen().availableGeometry()
    expected = window_fit.fitted(screen, window_fit.FRAME_GUESS, window_fit.PREFERRED, window.minimumSize())
    assert window.size() == expected.size()
    window.move(QPoint(screen.right() + 500, screen.bottom() + 500))  # saved on a monitor since unplugged
    window_fit.keep_on_screen(window)
    assert screen.intersects(window.geometry())


def test_the_focused_widget_has_a_ring_over_its_edge_and_clicks_go_through(qapp, qtbot):
    focus_ring.install(qapp)
    form = QWidget()
    qtbot.addWidget(form)
    first, second = QLineEdit(), QPushButton("Lưu")
    layout = QVBoxLayout(form)
    layout.setContentsMargins(0, 0, 0, 0)  # the button touches its parent's edges: nothing outside shows
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # (offscreen: no size hints to pass on)
    form.resize(300, 80)
    layout.addWidget(first)
    layout.addWidget(second)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is second
    ring = form.findChild(focus_ring.FocusRing, "focus_ring")
    assert ring is not None and ring.isVisible() and ring.widget() is second
    siblings = [c for c in ring.parentWidget().children() if isinstance(c, QWidget)]
    assert siblings.index(ring) > siblings.index(second)  # over the button, not under it
    inside = ring.geometry().intersected(second.geometry())
    assert ring.mask().intersects(inside.translated(-ring.pos()))  # part of the ring lies on the button
    clicked = []
    second.clicked.connect(lambda: clicked.append(True))
    qtbot.mouseClick(second, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))  # on the ring itself
    assert clicked == [True]
    first.setFocus()
    assert ring.widget() is first


# -- a larger font on a small screen: pages scroll or wrap, never overlap or squeeze ----------------
def larger_font(qapp, points: float = 12.0):
    font = qapp.font()
    bigger = qapp.font()
    bigger.setPointSizeF(points)
    qapp.setFont(bigger)
    return font


def test_at_a_larger_font_the_settings_page_scrolls_and_its_boxes_keep_their_minimum(ctx_with_unit, qapp,
                                                                                      qtbot):
    from PySide6.QtWidgets import QGroupBox, QScrollArea

    from ccpropa_desktop.ui.app import build_window

    normal = larger_font(qapp)
    try:
        window = build_window(ctx_with_unit, qapp, "vi")
        qtbot.addWidget(window)
        window.resize(1093, 614)  # a 1366×768 screen at 125 %
        page = window.show_page("settings")
        window.show()
        qtbot.waitExposed(window)
        scroll = page.findChild(QScrollArea, "settings_scroll")
        content = scroll.widget()
        boxes = sorted((b for b in content.findChildren(QGroupBox) if b.parentWidget() is content),
                       key=lambda b: (b.y(), b.x()))
        assert len(boxes) == 4

        def laid_out() -> bool:
            """Each box as tall as it needs at its width (nothing inside drawn over), none over another."""
            ordered = sorted(boxes, key=lambda b: (b.y(), b.x()))
            return (all(b.height() >= b.layout().totalMinimumHeightForWidth(b.width()) for b in ordered)
                    and all(upper.geometry().bottom() < lower.y() or upper.y() == lower.y()
                            for upper, lower in itertools.pairwise(ordered)))

        qtbot.waitUntil(laid_out)
        assert content.height() > scroll.viewport().height()  # it scrolls
        qtbot.wait(50)
        assert laid_out()  # and stays so
    finally:
        qapp.setFont(normal)


def test_a_row_of_buttons_too_wide_for_the_page_wraps_without_squeezing_them(qapp, qtbot):
    from ccpropa_desktop.ui.widgets.flow_layout import FlowLayout

    holder = QWidget()
    qtbot.addWidget(holder)
    column = QVBoxLayout(holder)
    row = FlowLayout()
    buttons = [QPushButton(text) for text in ("Soạn lại từ số liệu", "Ghi số, ngày…", "In…", "Xuất PDF…",
                                              "Xuất DOCX…", "Tạo gói báo cáo…", "Hồ sơ kiểm chứng…")]
    for button in buttons:
        row.addWidget(button)
    column.addLayout(row)
    column.addStretch(1)
    column.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # (offscreen: no size hints to pass on)
    holder.resize(2000, 200)
    holder.show()
    qtbot.waitExposed(holder)
    assert len({b.y() for b in buttons}) == 1  # wide: one line
    holder.resize(400, 200)
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) > 1)  # narrow: more lines
    for button in buttons:
        assert button.width() >= button.sizeHint().width()  # none squeezed under its text
        assert holder.rect().contains(button.geometry()), button.text()
    in_reading_order = sorted(buttons, key=lambda b: (b.y(), b.x()))
    assert in_reading_order == buttons  # the row's order kept, line after line
    for left, right in itertools.pairwise(in_reading_order):
        assert left.y() != right.y() or left.geometry().right() < right.x()  # none over another
