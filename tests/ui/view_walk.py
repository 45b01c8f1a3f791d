"""Walk every view of the window and report text that does not fit or is left untranslated.

Used in-process by tests/ui/test_every_view.py, and as a child process for the scaled runs
(Qt reads QT_SCALE_FACTOR only at start-up):

    QT_SCALE_FACTOR=1.25 python tests/ui/view_walk.py DATA_DIR vi,en   # prints the findings as JSON

At a scale factor the window is the 1366×768 screen in logical pixels (1093×614 at 125 %).
CCPROPA_WALK_FONT_PT=12 walks with a larger application font at the same pixel sizes (Windows'
"make text bigger"): the one case where row heights fixed in pixels fall behind the font; in Qt 6
QT_SCALE_FACTOR and QT_FONT_DPI both scale fonts and pixels together. CCPROPA_WALK_ALLOW: a JSON
list of the allowed patterns (tests/ui/test_every_view.py ALLOW).

What "fits" means, by how Qt paints (qcommonstyle.cpp, CE_ItemViewItem / drawItemText):

- an item's text is laid out (QTextLayout, wrapped at the text rect's width when the view wraps),
  aligned in the style's text rect (SE_ItemViewItemText) and clipped to the item's rect. Each line
  is ascent+descent tall, but Vietnamese capitals carry their marks above the ascent ("Ủ", "Ề": 2–3
  px at 9 pt in DejaVu Sans): the first line's ink top is its baseline plus the text's
  tightBoundingRect top, and that must lie inside the clip, as must the last line's ink bottom;
  a text whose lines need more height than the text rect is cut ("text taller than its row");
- a header section, a button, a check box, a tab, a group box title: the same, centred in its rect;
- a label: the same in its contents rect, by its alignment; the widget's rect clips it;
- a menu item: centred in its action's rect;
- a wrapped text whose longest unbreakable piece (between spaces, after a hyphen or a slash) is wider
  than its rect is broken mid-word ("narrow": a unit's name in a column squeezed to 19 px).

What is walked: every page, the editor's tabs, the wizard's steps, the dialogs the pages open (next
year, plan bin, find and replace, issue/report numbers, print with and without a printer, paste text),
the print progress row, the find bar on every page, the export bar, the guide, the recovery window,
the text fields' context menus, the date field's calendar, and the message boxes the pages build
themselves: `answering()` shows each modal dialog without a loop of its own and answers «Hủy»/«Không».

Untranslated (English only): UI text with Vietnamese letters once the data shown in it is taken out.
Data is whatever the store holds (every text value of the SQLite file, JSON inside it included) and
the built-in templates' text; what is left over is the window's own words.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]

VIETNAMESE = re.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
                        re.IGNORECASE)
PROBE_TALL = "ỖỦỀẪỮẴ"  # rows and headers show data: any of them may begin with the tallest capital
PROBE_DEEP = "ỴgỵẠ"  # … or end with the deepest letters
ELIDED_VIEWS = {
    "tracking_table": "rows of two lines at most for an overview of the plan; the rest elided, the whole "
                      "text in the tooltip and the detail panel (ui/pages/tracking.py fit_rows)",
}
"""Views that cut long texts by design (with an ellipsis, the whole text in the item's tooltip)."""
PERIOD_WORDS = re.compile(r"(quý I|quý II|quý III|quý IV|6 tháng đầu năm|6 tháng cuối năm|9 tháng năm|"
                          r"9 tháng|năm|cả năm)( năm)? \d{4}", re.IGNORECASE)
"""A period's name stored with data ("6 tháng đầu năm 2022" in a received package) is still the
window's word where it stands alone: never taken for data."""
MAX_ITEMS = 400  # per view: enough to meet every kind of row; the rest repeat them


@dataclass(frozen=True)
class Finding:
    view: str  # where: page/tab/dialog and the widget's object name or class
    kind: str  # "clipped" (ink outside the clip), "cut" (more lines than room), "narrow" (a word wider
    # than a wrapped text's column: broken mid-word), "untranslated"
    text: str
    room: int = 0  # the row's / widget's height
    needed: int = 0  # the text's height (ink, marks included)
    detail: str = ""

    def line(self) -> str:
        where = f"{self.view}: {self.kind}"
        if self.kind != "untranslated":
            extra = f", {self.detail}" if self.detail else ""
            where += f" (room {self.room} px, text {self.needed} px{extra})"
        return f"{where}: {self.text[:80]!r}"


def rich_text(text: str) -> bool:
    from PySide6 import QtGui

    return bool(QtGui.Qt.mightBeRichText(text))  # type: ignore[attr-defined]


# -- font metrics ----------------------------------------------------------------------------------
def _lines(text: str, font: Any, width: int, wrap: bool) -> tuple[int, list[tuple[str, float, float, float]]]:
    """Qt's item-view text layout: (height, [(line text, y, ascent, descent)])."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QTextLayout, QTextOption

    text = text.replace("\r\n", "\n").replace("\n", "\u2028")
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap if wrap
                       else QTextOption.WrapMode.ManualWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 1))
        line.setPosition(QPointF(0, y))
        lines.append((text[line.textStart():line.textStart() + line.textLength()], y, line.ascent(),
                      line.descent()))
        y += line.height()
    layout.endLayout()
    return round(y), lines


def ink(text: str, font: Any, rect: Any, alignment: Any, wrap: bool,
        probe: bool = False) -> tuple[int, int, int, int]:
    """Where the text's ink lands when drawn in `rect` by `alignment`:
    (ink top, ink bottom (exclusive), layout height, lines). `probe`: as if the first line held the
    tallest capital and the last the deepest letter (a row of data may hold any text)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontMetrics

    height, lines = _lines(text, font, rect.width(), wrap)
    if not lines:
        return rect.top(), rect.top(), 0, 0
    flags = Qt.AlignmentFlag(int(alignment))
    if flags & Qt.AlignmentFlag.AlignTop:
        top = rect.top()
    elif flags & Qt.AlignmentFlag.AlignBottom:
        top = rect.top() + rect.height() - height
    else:  # AlignVCenter, or no vertical flag: Qt centres
        top = rect.top() + (rect.height() - height) // 2
    metrics = QFontMetrics(font)
    first, last = lines[0], lines[-1]
    first_tight = metrics.tightBoundingRect((first[0].strip() or "x") + (PROBE_TALL if probe else ""))
    last_tight = metrics.tightBoundingRect((last[0].strip() or "x") + (PROBE_DEEP if probe else ""))
    ink_top = top + round(first[1] + first[2]) + first_tight.top()
    ink_bottom = top + round(last[1] + last[2]) + last_tight.bottom() + 1
    return ink_top, ink_bottom, height, len(lines)


def check_text(findings: list[Finding], where: str, text: str, font: Any, text_rect: Any, clip: Any,
               alignment: Any, wrap: bool, probe: bool = False, elided: bool = False) -> None:
    """`elided`: a view that shows the lines that fit and an ellipsis, by design, with the whole text
    in the item's tooltip; only the lines it shows must fit."""
    if not text or not text.strip() or text_rect.width() <= 0:
        return
    top, bottom, height, count = ink(text, font, text_rect, alignment, wrap, probe)
    if elided and height > text_rect.height() + 1 and count > 1:
        from PySide6.QtGui import QFontMetrics

        shown = max(1, text_rect.height() // QFontMetrics(font).height())  # Qt centres the lines it shows
        _, lines = _lines(text, font, text_rect.width(), wrap)
        text = "\u2028".join(line[0] for line in lines[:shown])
        top, bottom, height, count = ink(text, font, text_rect, alignment, False, probe)
    needed = bottom - top
    if wrap and not elided:
        from PySide6.QtGui import QFontMetrics

        metrics = QFontMetrics(font)
        # Qt breaks a line at spaces, after a hyphen or a slash before a letter (Unicode line breaking)
        word = max((w for w in re.split(r"\s+|(?<=[-/])(?=[^\W\d_])", text) if w),
                   key=metrics.horizontalAdvance)
        if metrics.horizontalAdvance(word) > text_rect.width() + 1:  # broken or cut mid-word
            findings.append(Finding(where, "narrow", text, text_rect.width(), metrics.horizontalAdvance(word),
                                    f"the word {word!r} is wider than the column"))
            return
    if height > text_rect.height() + 1 and count > 1:
        findings.append(Finding(where, "cut", text, text_rect.height(), height, f"{count} lines"))
    elif top < clip.top() or bottom > clip.top() + clip.height():
        detail = []
        if top < clip.top():
            detail.append(f"marks {clip.top() - top} px above")
        if bottom > clip.top() + clip.height():
            detail.append(f"{bottom - clip.top() - clip.height()} px below")
        findings.append(Finding(where, "clipped", text, clip.height(), needed, ", ".join(detail)))


# -- widgets ----------------------------------------------------------------------------------------
def _name(widget: Any) -> str:
    return widget.objectName() or type(widget).__name__


def visible_widgets(root: Any) -> Iterator[Any]:
    from PySide6.QtWidgets import QWidget

    if root.isVisible():
        yield root
    for child in root.findChildren(QWidget):
        if child.isVisible() and child.window() is root.window() and not child.visibleRegion().isEmpty():
            yield child


def check_view(findings: list[Finding], where: str, view: Any) -> None:
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTreeView

    model = view.model()
    if model is None:
        return
    viewport = view.viewport().rect()
    style = view.style()
    seen = 0

    def indexes(parent: QModelIndex) -> Iterator[QModelIndex]:
        try:
            columns = model.columnCount(parent)
        except TypeError:  # a list model keeps columnCount private: one column
            columns = 1
        for row in range(model.rowCount(parent)):
            for column in range(columns):
                index = model.index(row, column, parent)
                yield index
                if (column == 0 and isinstance(view, QTreeView) and view.isExpanded(index)
                        and model.hasChildren(index)):
                    yield from indexes(index)

    for index in indexes(QModelIndex()):
        if seen >= MAX_ITEMS:
            break
        rect = view.visualRect(index)
        if rect.isEmpty() or not viewport.contains(rect):
            continue  # off screen, hidden, or partly scrolled out (the viewport cuts it, not the row)
        seen += 1
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = rect
        delegate = view.itemDelegateForIndex(index)
        if not hasattr(delegate, "initStyleOption"):
            continue
        delegate.initStyleOption(option, index)
        text = option.text
        if not text:
            continue
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        text_rect = text_rect.adjusted(margin, 0, -margin, 0)
        wrap = bool(option.features & QStyleOptionViewItem.ViewItemFeature.WrapText)
        tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
        elided = (view.objectName() in ELIDED_VIEWS and view.textElideMode() != Qt.TextElideMode.ElideNone
                  and isinstance(tooltip, str) and " ".join(text.split()) in " ".join(tooltip.split()))
        check_text(findings, f"{where} {_name(view)}[{index.row()},{index.column()}]", text, option.font,
                   text_rect, rect, option.displayAlignment, wrap, probe=True, elided=elided)
    for header in (getattr(view, "horizontalHeader", lambda: None)(),
                   getattr(view, "header", lambda: None)()):
        if header is not None and header.isVisible():
            check_header(findings, where, view, header)


def check_header(findings: list[Finding], where: str, view: Any, header: Any) -> None:
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QStyle, QStyleOptionHeader

    model = header.model()
    if model is None:
        return
    style = header.style()
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            continue
        position, size = header.sectionViewportPosition(section), header.sectionSize(section)
        rect = (QRect(position, 0, size, header.height()) if horizontal
                else QRect(0, position, header.width(), size))
        if not header.viewport().rect().contains(rect):
            continue
        option = QStyleOptionHeader()
        header.initStyleOption(option)
        option.rect = rect
        option.section = section
        option.text = text
        text_rect = style.subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
        font = model.headerData(section, header.orientation(), Qt.ItemDataRole.FontRole) or header.font()
        check_text(findings, f"{where} {_name(view)} header {section}", text, font, text_rect, rect,
                   Qt.AlignmentFlag.AlignVCenter, False, probe=True)


def check_widgets(findings: list[Finding], where: str, root: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QCheckBox,
        QGroupBox,
        QLabel,
        QMenu,
        QPushButton,
        QRadioButton,
        QStyle,
        QStyleOptionButton,
        QStyleOptionGroupBox,
        QTabBar,
    )

    centre = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
    menus = [root] if isinstance(root, QMenu) and not root.isVisible() else []  # laid out, not popped up
    for widget in [*menus, *visible_widgets(root)]:
        here = f"{where} {_name(widget)}"
        if isinstance(widget, QAbstractItemView):
            check_view(findings, where, widget)
        elif isinstance(widget, QLabel):
            text = widget.text()
            if not text or (widget.pixmap() is not None and not widget.pixmap().isNull()):
                continue
            rect = widget.contentsRect().adjusted(widget.margin(), widget.margin(), -widget.margin(),
                                                  -widget.margin())
            rich = widget.textFormat() == Qt.TextFormat.RichText or (
                widget.textFormat() == Qt.TextFormat.AutoText and rich_text(text))
            if rich:
                document = QTextDocument()
                document.setDefaultFont(widget.font())
                document.setDocumentMargin(0)
                document.setHtml(text)
                if widget.wordWrap():
                    document.setTextWidth(rect.width())
                needed = round(document.size().height())
                if needed > rect.height() + 1:
                    findings.append(Finding(here, "cut", document.toPlainText(), rect.height(), needed))
                continue
            check_text(findings, here, text, widget.font(), rect, widget.rect(), widget.alignment(),
                       widget.wordWrap())
        elif isinstance(widget, QMenu):
            for action in widget.actions():
                if action.isSeparator() or not action.isVisible() or not action.text():
                    continue
                rect = widget.actionGeometry(action)  # the text is centred in the item (CE_MenuItem)
                check_text(findings, f"{here} item", action.text().split("\t")[0].replace("&", ""),
                           widget.font(), rect, rect, centre, False)
        elif isinstance(widget, QCheckBox | QRadioButton):
            option = QStyleOptionButton()
            widget.initStyleOption(option)
            element = (QStyle.SubElement.SE_CheckBoxContents if isinstance(widget, QCheckBox)
                       else QStyle.SubElement.SE_RadioButtonContents)
            rect = widget.style().subElementRect(element, option, widget)
            check_text(findings, here, widget.text().replace("&", ""), widget.font(), rect, widget.rect(),
                       centre, False)
        elif isinstance(widget, QPushButton):
            option = QStyleOptionButton()
            widget.initStyleOption(option)
            rect = widget.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, widget)
            check_text(findings, here, widget.text().replace("&", ""), widget.font(), rect, widget.rect(),
                       centre, False)
        elif isinstance(widget, QAbstractButton):  # tool buttons
            check_text(findings, here, widget.text().replace("&", ""), widget.font(), widget.rect(),
                       widget.rect(), centre, False)
        elif isinstance(widget, QGroupBox) and widget.title():
            option = QStyleOptionGroupBox()
            widget.initStyleOption(option)
            rect = widget.style().subControlRect(QStyle.ComplexControl.CC_GroupBox, option,
                                                 QStyle.SubControl.SC_GroupBoxLabel, widget)
            check_text(findings, here, widget.title().replace("&", ""), widget.font(), rect, widget.rect(),
                       centre, False)
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                rect = widget.tabRect(i)
                check_text(findings, f"{here} tab {i}", widget.tabText(i).replace("&", ""), widget.font(),
                           rect, widget.rect(), centre, False)


# -- untranslated text ------------------------------------------------------------------------------
def data_texts(db: Path) -> list[str]:
    """Every text the store holds (JSON values unpacked) and the built-in templates' text, longest
    first: whatever of these shows in the window is data, not the window's own words."""
    from ccpropa_desktop.domain.levels import LEVELS
    from ccpropa_desktop.domain.tracking import STATUS_LABELS

    # The domain's own names (a status, a level) are the window's words even where a package or a
    # record stores them: never data. (Not a schedule's kind: "Thường xuyên" is also what a plan's
    # schedule column says, in the plan's words.)
    never = {*STATUS_LABELS.values(), *LEVELS.values()}
    found: set[str] = set()

    def add(value: Any) -> None:
        if isinstance(value, str):
            value = value.strip()
            if not value:
                return
            if value[:1] in "[{":
                try:
                    add(json.loads(value))
                    return
                except ValueError:
                    pass
            if VIETNAMESE.search(value) and not PERIOD_WORDS.fullmatch(value) and value not in never:
                found.add(value)
                found.update(line.strip() for line in value.splitlines() if VIETNAMESE.search(line))
        elif isinstance(value, dict):
            for item in value.values():
                add(item)
        elif isinstance(value, list | tuple):
            for item in value:
                add(item)

    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        for (table,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall():
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    add(value)
    finally:
        connection.close()
    for folder in ("templates", "mappings", "revoice", "reports"):  # built-in plans, renaming rules, channels
        for path in sorted((ROOT / "resources" / folder).glob("*.json")):
            add(json.loads(path.read_text(encoding="utf-8")))
    return sorted(found, key=len, reverse=True)


def leftover(text: str, data: Iterable[str], allow: Iterable[str]) -> str:
    """`text` with the data (exact strings) and the allowed words (regular expressions) taken out;
    empty when nothing Vietnamese is left."""
    if not VIETNAMESE.search(text):
        return ""
    allow = list(allow)

    def without(text: str, allow_first: bool) -> str:
        for pattern in allow if allow_first else ():
            text = re.sub(pattern, " ", text)
        for item in data:
            if item in text:
                text = text.replace(item, " ")
                if not VIETNAMESE.search(text):
                    return ""
        for pattern in () if allow_first else allow:
            text = re.sub(pattern, " ", text)
        return text.strip() if VIETNAMESE.search(text) else ""

    # Data inside an allowed phrase, or an allowed phrase inside data: either order may be the one
    # that takes the text apart cleanly.
    return without(text, False) and without(text, True)


def ui_texts(root: Any) -> Iterator[tuple[str, str]]:
    """(widget, text) for the window's own words in and under `root`: titles, labels, buttons, tabs,
    group boxes, tooltips, placeholders, combo items, horizontal header data, actions and menus."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QTextDocument
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QHeaderView,
        QLabel,
        QLineEdit,
        QMenu,
        QPlainTextEdit,
        QTabBar,
        QTextEdit,
        QWidget,
    )

    def plain(text: str) -> str:
        if rich_text(text):
            document = QTextDocument()
            document.setHtml(text)
            return document.toPlainText()
        return text

    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() and not isinstance(widget, QMenu):
            continue
        name = _name(widget)
        if widget.isWindow() and widget.windowTitle():
            yield name + " title", widget.windowTitle()
        if widget.toolTip():
            yield name + " tooltip", plain(widget.toolTip())
        if isinstance(widget, QLabel):
            yield name, plain(widget.text())
        elif isinstance(widget, QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield f"{name} tab {i}", widget.tabText(i)
                yield f"{name} tab {i} tooltip", widget.tabToolTip(i)
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield name + " placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{name} item {i}", widget.itemText(i)
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            model = widget.model()
            header = (widget.horizontalHeader() if hasattr(widget, "horizontalHeader")
                      else getattr(widget, "header", lambda: None)())
            if model is not None and isinstance(header, QHeaderView):
                for section in range(model.columnCount()):
                    text = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                    if isinstance(text, str):
                        yield f"{name} header {section}", text
                    tip = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
                    if isinstance(tip, str):
                        yield f"{name} header {section} tooltip", plain(tip)
            yield from cell_texts(widget, name)
        for action in QWidget.actions(widget):  # (a page may shadow actions() with an attribute)
            if isinstance(action, QAction):
                yield f"{name} action", action.text()
                if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
                    yield f"{name} action tooltip", action.toolTip()
                if action.menu() is not None:
                    yield f"{name} menu", action.menu().title()


def cell_texts(view: Any, name: str) -> Iterator[tuple[str, str]]:
    """The items' texts (and tooltips) of a view, the first MAX_ITEMS: status names, period labels
    and the like are the window's words even where the rest of the row is data."""
    from PySide6.QtCore import QModelIndex, Qt

    model = view.model()
    if model is None:
        return
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps columnCount private
        columns = 1
    seen = 0
    for row in range(model.rowCount()):
        for column in range(columns):
            index = model.index(row, column)
            for role, what in ((Qt.ItemDataRole.DisplayRole, ""), (Qt.ItemDataRole.ToolTipRole, " tooltip")):
                value = index.data(role)
                if isinstance(value, str) and value:
                    yield f"{name}[{row},{column}]{what}", value
            seen += 1
            if seen >= MAX_ITEMS:
                return


def check_language(findings: list[Finding], where: str, root: Any, data: list[str],
                   allow: Iterable[str]) -> None:
    """`allow`: regular expressions of allowed words, and "@name" for a widget whose every text is
    data (its object name, then its items "[r,c]" and tooltips)."""
    widgets = [a[1:] for a in allow if a.startswith("@")]
    patterns = [a for a in allow if not a.startswith("@")]
    for name, text in ui_texts(root):
        if any(name == w or name.startswith((w + "[", w + " ")) for w in widgets):
            continue
        rest = leftover(text or "", data, patterns)
        if rest:
            findings.append(Finding(f"{where} {name}", "untranslated", text, detail=rest))


# -- the walk ---------------------------------------------------------------------------------------
def settle(ready: Callable[[], bool] = lambda: True, timeout: float = 20.0) -> None:
    from ccpropa_desktop.ui.app import wait_until_ready

    wait_until_ready(ready, timeout)


def _find_dialog(page: Any) -> Any:
    """The editor's find and replace dialog with the matches of a word that begins many a task."""
    dialog = page.open_find(True)
    if dialog is not None:
        dialog.query.setText("tuyên truyền")
        dialog.find()
    return dialog


@contextmanager
def _quiet(*messages: str) -> Iterator[None]:
    """Qt's `messages` (the offscreen platform's about itself) dropped; every other one passed on."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(mode: Any, context: Any, text: str) -> None:
        if text in messages:
            return
        if previous is not None:
            previous(mode, context, text)
        else:
            sys.stderr.write(text + "\n")

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


@contextmanager
def answering() -> Iterator[list[Any]]:
    """While inside: every modal dialog the window opens (QDialog.exec, QMessageBox's static helpers)
    is shown without a loop of its own, kept in the list yielded, and answered «Hủy» (rejected, "No"):
    the message boxes the pages build themselves are walked as the officer sees them, and nothing
    they ask for is done. (Inside the tests these replace, for the while, the modal guard's refusals.)"""
    from PySide6.QtWidgets import QDialog, QMessageBox

    shown: list[Any] = []
    button = QMessageBox.StandardButton
    icons = {"question": QMessageBox.Icon.Question, "information": QMessageBox.Icon.Information,
             "warning": QMessageBox.Icon.Warning, "critical": QMessageBox.Icon.Critical,
             "about": QMessageBox.Icon.NoIcon}

    def show(dialog: Any) -> None:
        from PySide6.QtWidgets import QLayout

        layout = dialog.layout()
        if layout is not None:
            layout.activate()
            if isinstance(dialog, QMessageBox):  # the size the box gives itself when shown, given first:
                # nothing to push to the window afterwards (the offscreen plugin warns of that)
                layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
                layout.activate()
                dialog.setFixedSize(dialog.sizeHint())
        if isinstance(dialog, QMessageBox):
            with _quiet("This plugin does not support propagateSizeHints()"):  # a wrapped text: the box
                dialog.show()  # sizes itself once shown (QMessageBoxPrivate::updateSize), not before
        else:
            dialog.show()
        shown.append(dialog)

    def exec_(dialog: Any, *_args: Any) -> int:
        show(dialog)
        return int(QDialog.DialogCode.Rejected.value)

    def helper(name: str) -> Callable[..., Any]:
        def answer(parent: Any, title: str, text: str, buttons: Any = None, *_args: Any, **_kw: Any) -> Any:
            if buttons is None or isinstance(buttons, int | str):
                buttons = button.Yes | button.No if name == "question" else button.Ok
            show(QMessageBox(icons[name], title, text, buttons, parent))
            return button.No if name == "question" else button.Ok
        return answer

    saved = {(QDialog, "exec"): vars(QDialog)["exec"]}
    saved.update({(QMessageBox, name): vars(QMessageBox)[name] for name in icons})
    QDialog.exec = exec_  # type: ignore[method-assign]
    for name in icons:
        setattr(QMessageBox, name, staticmethod(helper(name)))
    try:
        yield shown
    finally:
        for (owner, name), value in saved.items():
            setattr(owner, name, value)


def _modal(name: str, action: Callable[[], Any]) -> Iterator[tuple[str, Any]]:
    """The dialogs `action` opens modally, each shown in turn (numbered after the first), then closed."""
    from PySide6.QtWidgets import QApplication

    with answering() as shown:
        action()
    for i, dialog in enumerate(shown):
        settle()
        yield (name if i == 0 else f"{name} {i + 1}"), dialog
        dialog.hide()
        dialog.deleteLater()
    QApplication.processEvents()


def _menu(name: str, menu: Any) -> Iterator[tuple[str, Any]]:
    """A context menu as Qt lays it out (a text field's standard one: Qt's words, qtbase_vi in
    Vietnamese). Not popped up: the offscreen plugin grabs no keyboard; its items' rects are the same."""
    menu.ensurePolished()
    menu.resize(menu.sizeHint())
    yield name, menu
    menu.deleteLater()


def _select_first(view: Any) -> None:
    model = view.model()
    if model is not None and model.rowCount() and not view.selectionModel().hasSelection():
        view.setCurrentIndex(model.index(0, 0))


class _Print:
    """A print under way, as ui/printing.PrintJob tells the progress row about it."""

    def __init__(self, total: int) -> None:
        from PySide6.QtCore import QObject, Signal

        class Job(QObject):
            progress = Signal(int, int)
            finished = Signal(object)
            failed = Signal(object)

        self.job = Job()
        self.job.total, self.job.cancelling = total, False  # type: ignore[attr-defined]
        self.job.cancel = lambda: setattr(self.job, "cancelling", True)  # type: ignore[attr-defined]


def _printing(key: str, page: Any) -> Iterator[tuple[str, Any]]:
    """The print dialog (a printer; no printer at all) and the progress row under the page's buttons."""
    from ccpropa_desktop.ui.dialogs.print_dialog import PrintDialog

    choices = [["HP LaserJet Pro M404dn", "Canon LBP2900"]] + ([[]] if key == "issue" else [])
    for printers in choices:
        dialog = PrintDialog(page.printing.title, 12, "ke-hoach", page, printers=printers,
                             default=printers[0] if printers else "")
        dialog.show()
        settle()
        yield f"{key} print dialog" + ("" if printers else " without printer"), dialog
        dialog.reject()
        dialog.deleteLater()
    progress = page.printing.progress
    fake = _Print(12)
    progress.follow(fake.job)
    fake.job.progress.emit(2, 12)
    settle()
    yield f"{key} print progress", progress
    progress.cancel()
    yield f"{key} print progress cancelling", progress
    fake.job.finished.emit(None)
    settle()


def _page_extras(window: Any, key: str, page: Any) -> Iterator[tuple[str, Any]]:
    """What a page opens beyond itself: its dialogs, message boxes, bars and menus."""
    from PySide6.QtWidgets import QLineEdit

    from ccpropa_desktop.ui.main_window import find_target

    dialogs: list[tuple[str, Callable[[], Any]]] = []
    if key == "plans":
        from ccpropa_desktop.ui.dialogs.plan_bin_dialog import PlanBinDialog

        _select_first(page.table)
        dialogs.append(("wizard", page.open_wizard))
        dialogs.append(("plan bin", lambda: PlanBinDialog(page.ctx, page)))
        dialogs.append(("next year", page.next_year_dialog))
    if key == "editor":
        dialogs.append(("find dialog", lambda: _find_dialog(page)))
    if key in ("issue", "reports", "aggregate"):
        dialogs.append((f"{key} issue dialog", page.open_issue_dialog))
    for name, open_dialog in dialogs:
        yield from _dialog(name, open_dialog)
    if key == "plans":
        from ccpropa_desktop.ui.errors import show_crash

        yield from _modal("plans delete confirm", page.delete_selected)
        yield from _modal("about", window._about)
        gone = Path("C:/Users/canbo/Downloads/bao-cao-quy-1-2022-ubnd-xa-chieng-khuong.ccpr")  # (not here)
        yield from _modal("file not found", lambda: window.open_file(gone))
        yield from _modal("crash", lambda: show_crash(window, RuntimeError("walk")))
    if key == "issue":
        yield from _calendar(page.open_issue_dialog())
    if key == "templates":
        from pathlib import Path as _Path
        from types import SimpleNamespace

        chosen = page.selected_id()
        result = SimpleNamespace(template={"name": page.list.currentItem().text() if chosen else ""},
                                 sections=12, tasks=30, damaged=True, damage=0.12, no_appendix=True,
                                 encoding="TCVN3", unplaced=[], warnings=[], duplicate_of=chosen or "")
        yield from _modal("templates paste text", page.paste_text)
        yield from _modal("templates import confirm",
                          lambda: page.confirm_import(_Path("ke-hoach.docx"), result))
        yield from _modal("templates delete confirm", page.delete_selected)
    if key == "aggregate":
        from ccpropa_desktop.services import packages

        received = sorted((page.ctx.data_dir / "received").glob("*.ccpr"))
        if received:  # as a commune sends it (the store keeps it under its hash)
            sent = page.ctx.data_dir / "bao-cao-6-thang-2022-ubnd-xa-chieng-khuong.ccpr"
            sent.write_bytes(received[0].read_bytes())
            result = packages.verify_package(sent)
            yield from _modal("aggregate package confirm", lambda: page.confirm_package(
                sent, page.describe_package(result)))
    if key == "settings":
        yield from _modal("settings language", page.ask_restart)
        page.backup_now()
        _select_first(page.backup_table)
        yield from _modal("settings restore confirm", page.restore_selected)
    if key in ("issue", "reports", "aggregate"):
        yield from _printing(key, page)
    if key != "editor":  # Ctrl+F: the window's find bar on the page's list, table or preview
        bar = window.find_bar
        bar.start(find_target(page))
        bar.field.setText("tuyên truyền")
        settle()
        yield f"{key} find bar", bar
        if key == "plans":
            yield from _menu("text field menu", bar.field.createStandardContextMenu())
        bar.close_bar()
    if key == "unit":
        field = page.findChild(QLineEdit)
        if field is not None:
            yield from _menu("unit text field menu", field.createStandardContextMenu())


def _calendar(dialog: Any) -> Iterator[tuple[str, Any]]:
    """The date field's calendar (a popup: the offscreen plugin's words about popups kept quiet)."""
    if dialog is None:
        return
    dialog.show()
    settle()
    with _quiet(*(f"This plugin does not support {what}"
                  for what in ("grabbing the keyboard", "raise()", "propagateSizeHints()"))):
        dialog.date.show_calendar()
        settle()
    yield "date calendar", dialog.date.calendar
    dialog.date.calendar.hide()
    dialog.reject()
    dialog.deleteLater()


def _dialog(name: str, open_dialog: Callable[[], Any]) -> Iterator[tuple[str, Any]]:
    from PySide6.QtWidgets import QApplication, QWizard

    dialog = open_dialog()
    if dialog is None:
        return
    dialog.show()
    settle(getattr(dialog, "is_ready", lambda: True))
    if isinstance(dialog, QWizard):
        step = 0
        while True:
            settle(getattr(dialog, "is_ready", lambda: True))
            yield f"{name} step {step}", dialog
            current = dialog.currentPage()
            if current is None or dialog.nextId() < 0 or not current.isComplete():
                break
            dialog.next()
            step += 1
    else:
        yield name, dialog
    dialog.reject()
    if name != "find dialog":  # the editor keeps its find dialog for the next Ctrl+F
        dialog.deleteLater()
    QApplication.processEvents()


def _window_extras(window: Any) -> Iterator[tuple[str, Any]]:
    """The window's own: the export bar, the guide (F1), and the recovery window of a damaged store."""
    from ccpropa_desktop.errors import UserError
    from ccpropa_desktop.ui.help_viewer import open_guide
    from ccpropa_desktop.ui.recovery import RecoveryWindow

    data_dir = window.ctx.data_dir
    window.saved_bar.show_saved(data_dir / "bao-cao-6-thang-2026-ubnd-huyen-song-ma.pdf")
    settle()
    yield "saved bar", window.saved_bar
    window.saved_bar.hide()
    for key in ("tracking", None):
        viewer = open_guide(window, key)
        settle()
        yield f"guide {key or 'contents'}", viewer
    viewer.close()
    recovery = RecoveryWindow(data_dir, UserError("store.damaged", "", problem="file is not a database"),
                              lambda _ctx: None)
    recovery.resize(window.size())
    recovery.show()
    settle()
    yield "recovery", recovery
    recovery.close()
    recovery.deleteLater()


def laid_out(page: Any) -> Callable[[], bool]:
    """The page is ready and its short single-shot timers (rows fitted to new column widths) have fired:
    what the officer sees a moment after the page opens."""
    from PySide6.QtCore import QTimer

    def ready() -> bool:
        return page.is_ready() and not any(timer.isActive() for timer in page.findChildren(QTimer)
                                           if timer.isSingleShot() and timer.interval() <= 100)

    return ready


def views(window: Any) -> Iterator[tuple[str, Any]]:
    """Show each view of the window in turn; yields (name, the widget showing it) while shown."""
    for spec in window.specs:
        page = window.show_page(spec.key)
        settle(laid_out(page))
        if spec.key == "editor":
            tabs = page.tabs
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                settle(laid_out(page))
                yield f"editor tab {i}", window
                if tabs.currentWidget() is page.parts:
                    yield from _modal("editor recipients question", page.parts.propose_recipients)
                if tabs.currentWidget() is page.sections:
                    _select_first(page.sections.tree)
                    yield from _modal("editor section remove confirm", page.sections.remove)
                elif tabs.currentWidget() is page.tasks:
                    _select_first(page.tasks.view)
                    yield from _modal("editor task remove confirm", page.tasks.remove)
        else:
            yield spec.key, window
        yield from _page_extras(window, spec.key, page)
    yield from _window_extras(window)


def walk(window: Any, language: str, data: list[str] | None = None,
         allow: Iterable[str] = ()) -> list[Finding]:
    """Every view: text that does not fit, and (English) Vietnamese left in the window's own words."""
    findings: list[Finding] = []
    for name, shown in views(window):
        check_widgets(findings, f"[{language}] {name}", shown)
        if language == "en" and data is not None:
            check_language(findings, f"[{language}] {name}", shown, data, allow)
    if language == "en" and data is not None:
        check_language(findings, f"[{language}] menus", window.menuBar(), data, allow)
    unique: dict[tuple[str, str, str], Finding] = {}
    for finding in findings:
        unique.setdefault((finding.view, finding.kind, finding.text), finding)
    return list(unique.values())


def run(data_dir: Path, languages: Iterable[str], allow: Iterable[str] = ()) -> list[Finding]:
    """Build the window on `data_dir` in each language and walk it (a fresh QApplication's process)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ccpropa_desktop import paths
    from ccpropa_desktop.ui.app import SCREEN, build_window
    from ccpropa_desktop.ui.context import AppContext

    app = QApplication.instance() or QApplication([sys.argv[0]])
    point_size = os.environ.get("CCPROPA_WALK_FONT_PT")
    if point_size:  # Windows' "make text bigger": the font grows, the pixel sizes do not
        font = app.font()
        font.setPointSizeF(float(point_size))
        app.setFont(font)
    findings: list[Finding] = []
    data = data_texts(data_dir / paths.DB_FILENAME)
    for language in languages:
        ctx = AppContext.open(data_dir)
        try:
            window = build_window(ctx, app, language)
            # The same 1366×768 screen: at 125 % it holds 1093×614 logical pixels.
            scale = float(os.environ.get("QT_SCALE_FACTOR") or 1)
            window.resize(round(SCREEN[0] / scale), round(SCREEN[1] / scale))
            window.show()
            findings += walk(window, language, data, allow)
            window.close()
            window.deleteLater()
            app.processEvents()
        finally:
            ctx.close()
    return findings


def main(argv: list[str]) -> int:
    started = time.monotonic()
    sys.path.insert(0, str(ROOT))
    allow: list[str] = json.loads(os.environ.get("CCPROPA_WALK_ALLOW", "[]"))  # regular expressions
    findings = run(Path(argv[0]), argv[1].split(","), allow)
    sys.stdout.write(json.dumps([asdict(f) for f in findings], ensure_ascii=False) + "\n")
    sys.stderr.write(f"walked in {time.monotonic() - started:.1f} s\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
