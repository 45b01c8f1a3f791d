"""Appendix columns recognised by their header text, not their position (issue 4).

Real plans name and order the columns differently: "TT"/"STT", "Nội dung", "Nhiệm vụ", "Nội dung
tuyên truyền", "Hình thức", "Cơ quan chủ trì", "Đơn vị phối hợp", "Thời gian (thực hiện)",
"Sản phẩm", "Hoạt động/sản phẩm", "Ghi chú". Matching ignores case and diacritics.
"""

from __future__ import annotations

import re

from ccpropa_desktop.domain.text import fold

# Checked in order: the first rule whose words all occur in the folded label wins. "Hoạt
# động/sản phẩm" is a product, so products come before contents ("hoạt động"); partners and
# leads come before anything that says "cơ quan"/"đơn vị".
_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("partners", ("phoi hop",)),
    ("lead", ("chu tri",)),
    ("product", ("san pham",)),
    ("product", ("ket qua",)),
    ("schedule", ("thoi gian",)),
    ("schedule", ("thoi han",)),
    ("schedule", ("tien do",)),
    ("note", ("ghi chu",)),
    ("content", ("noi dung",)),
    ("content", ("nhiem vu",)),
    ("content", ("hoat dong",)),
    ("content", ("cong viec",)),
    ("form", ("hinh thuc",)),
    ("lead", ("co quan thuc hien",)),
    ("lead", ("don vi thuc hien",)),
    ("lead", ("co quan",)),
    ("lead", ("don vi",)),
)
_NUMBER_LABELS = {"tt", "stt", "so tt", "so thu tu", "so"}

TASK_KEYS = ("number", "content", "form", "lead", "partners", "schedule", "product")
_TASK_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6})\.?$")


def column_key(label: str) -> str | None:
    """The template key a header cell means, or None when it names nothing we know."""
    folded = " ".join(re.sub(r"[^0-9a-z]+", " ", fold(label)).split())
    if not folded:
        return None
    if folded in _NUMBER_LABELS:
        return "number"
    for key, words in _RULES:
        if all(w in folded for w in words):
            return key
    return None


def header_keys(labels: list[str]) -> list[str | None] | None:
    """The keys of a header row, or None when the row is not a task table's header.

    A header names a content column and at least one other known column; a row of task data
    ("1", "Tuyên truyền …") never does, because its cells are not column names.
    """
    keys = [column_key(x) if len(x) <= 60 else None for x in labels]
    known = [k for k in keys if k]
    if "content" not in known or len(known) < 2:
        return None
    if len(set(known)) < len(known) - 1:   # the same column named three times: not a header
        return None
    return keys


def task_number(text: str) -> str | None:
    """"5.1." → "5.1", "II" → "II"; None when the text is not a task number."""
    value = text.strip().rstrip(".").strip()
    if not value or not _TASK_NUMBER.match(value + "."):
        return None
    return value


# where a column's label starts inside a header line holding several ("TT Nội dung … Thời gian")
LABEL_START = re.compile(r"(?:^|(?<=\s))(?=(?:TT|STT|Nội dung|Nhiệm vụ|Hình thức|Cơ quan|Đơn vị|Thời gian|"
                         r"Sản phẩm|Hoạt động|Ghi chú|Kết quả|Thời hạn|Tiến độ)\b)")


def split_labels(start: int, text: str) -> list[tuple[int, int, str]]:
    """A header run holding two labels one space apart ("Cơ quan, đơn vị chủ trì Cơ quan, đơn vị
    phối") → (start, end, text) of each."""
    cuts = [m.start() for m in LABEL_START.finditer(text) if m.start() > 0]
    if not cuts:
        return [(start, start + len(text), text)]
    out = []
    for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True):
        part = text[a:b].rstrip()
        out.append((start + a, start + a + len(part), part))
    return out
