"""Appendix tables of the import model → task rows (issue 4): headers by text, merges, continuations.

A task table is found by its header row (``columns.header_keys``); rows are placed on the grid
(spans and vertical merges), a row with an empty number continues the task above it, and from
pasted text a value a group shares with its sub-tasks is written into the sub-rows left blank.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ccpropa_desktop.domain.text import clean_line

from .columns import TASK_KEYS, header_keys, task_number
from .model import RawCell, RawTable
from .patterns import fold_key, join_continuation


@dataclass
class TaskTable:
    keys: list[str | None]
    labels: list[str]
    rows: list[list[RawCell | None]]
    from_text: bool
    notes: dict[int, str] = field(default_factory=dict)  # body row → what the reader guessed


# -- tables ----------------------------------------------------------------------------------------
def table_grid(table: RawTable) -> list[list[RawCell | None]]:
    """Rows on the grid: a cell spanning columns sits in its first one; a vertically merged
    cell takes the value of the cell above (written into every row of its group)."""
    rows: list[list[RawCell | None]] = []
    width = max((sum(max(c.span, 1) for c in row) for row in table.rows), default=0)
    for row in table.rows:
        out: list[RawCell | None] = []
        for cell in row:
            col = len(out)
            if cell.merged_above and rows and col < len(rows[-1]) and rows[-1][col] is not None:
                above = rows[-1][col]
                cell = RawCell(list(above.paragraphs), cell.span, True)  # type: ignore[union-attr]
            out.append(cell)
            out.extend([None] * (max(cell.span, 1) - 1))
        out.extend([None] * (width - len(out)))
        rows.append(out[:width] if width else out)
    return rows


def row_texts(row: list[RawCell | None]) -> list[str]:
    return [clean_line(c.text) if c is not None else "" for c in row]


def is_column_numbering(texts: list[str]) -> bool:
    values = [t for t in texts if t]
    return len(values) >= 3 and all(re.fullmatch(r"\(?\d{1,2}\)?", t) for t in values)


def task_table(table: RawTable) -> TaskTable | None:
    grid = table_grid(table)
    for h, row in enumerate(grid[:3]):
        texts = row_texts(row)
        keys = header_keys(texts)
        if keys is None:
            continue
        labels = texts
        body = grid[h + 1:]
        # A two-row header ("Cơ quan thực hiện" over "Chủ trì" | "Phối hợp").
        if body:
            sub = row_texts(body[0])
            sub_keys = [header_keys([x, "Nội dung"]) and header_keys([x, "Nội dung"])[0] if x else None
                        for x in sub]
            if any(sub) and task_number(sub[0] or "x") is None and all(
                    k is not None for x, k in zip(sub, sub_keys, strict=True) if x):
                for i, (x, k) in enumerate(zip(sub, sub_keys, strict=True)):
                    if x and k:
                        keys[i], labels[i] = k, x
                body = body[1:]
        return TaskTable(keys=keys, labels=labels, rows=body, from_text=table.from_text,
                          notes={r - h - 1: n for r, n in table.row_notes.items() if r > h})
    return None


def is_layout_table(table: RawTable) -> bool:
    """Letterhead and signature tables: two columns of lines, not data."""
    cols = max((len(r) for r in table.rows), default=0)
    text = " ".join(c.text for r in table.rows for c in r)
    k = fold_key(text)
    return cols <= 2 or "cong hoa xa hoi" in k or "noi nhan" in k or bool(re.search(r"\bSố\s*:", text))


def flatten(table: RawTable) -> list[str]:
    """A layout table read column by column: the issuer's column, then the motto's."""
    out: list[str] = []
    width = max((len(r) for r in table.rows), default=0)
    for col in range(width):
        for row in table.rows:
            if col < len(row):
                out.extend(p for p in row[col].paragraphs if p.strip())
    return out


def row_name(texts: list[str], num_col: int | None) -> str:
    """How a message names a row: its task number wherever that column is, else the start of its
    first cell."""
    raw = texts[num_col] if num_col is not None and num_col < len(texts) else ""
    number = task_number(raw.split()[0]) if raw.split() else None  # "2.1 quy định…": text spilled in
    if number:
        return number
    first = next((t for t in texts if t), "")
    return first if len(first) <= 60 else first[:57].rstrip() + "…"


def table_tasks(tables: list[TaskTable], warnings: list[str], unplaced: list[str], checks: list[str]
                ) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The appendix columns (key and label, in the source's order) and every task row, flat.

    Rows imported on a guess (``TaskTable.notes``: cut, merged, continued) go to ``checks``; rows
    that cannot be placed and are left out go to ``unplaced``; unknown columns to ``warnings``."""
    columns: list[dict[str, str]] = []
    tasks: list[dict[str, str]] = []
    has_note = False
    for t_index, table in enumerate(tables, 1):
        for key, label in zip(table.keys, table.labels, strict=True):
            if key and key not in {c["key"] for c in columns}:
                columns.append({"key": key, "label": label})
                has_note = has_note or key == "note"
            elif key is None and label:
                warnings.append(f"Cột “{label}” của bảng {t_index} không khớp cột nào của mẫu; "
                                "đã bỏ qua.")
        header_fold = [fold_key(x) for x in table.labels]
        num_col = table.keys.index("number") if "number" in table.keys else None
        table_tasks: list[dict[str, str]] = []
        for r, row in enumerate(table.rows):
            texts = [c.text.strip() if c is not None else "" for c in row]
            texts = [clean_line(x) for x in texts]
            if not any(texts) or [fold_key(x) for x in texts] == header_fold or is_column_numbering(texts):
                continue
            if r in table.notes:
                checks.append(f"Bảng {t_index}, dòng “{row_name(texts, num_col)}”: {table.notes[r]}, "
                              "cần kiểm tra.")
            values: dict[str, str] = {}
            for key, text in zip(table.keys, texts, strict=False):
                if key and text:
                    values[key] = f"{values[key]}\n{text}" if values.get(key) else text
            raw_number = texts[num_col] if num_col is not None and num_col < len(texts) else ""
            number = task_number(raw_number) if raw_number else None
            if num_col is None:
                number = str(len(tasks) + len(table_tasks) + 1)
            elif raw_number and number is None:
                number = raw_number.rstrip(".")
            if not number:
                target = table_tasks[-1] if table_tasks else (tasks[-1] if tasks else None)
                if target is None:
                    shown = " | ".join(x for x in texts if x)[:80]
                    unplaced.append(f"Bảng {t_index}: dòng không có số thứ tự ở đầu bảng, không "
                                    f"biết thuộc nhiệm vụ nào: “{shown}”.")
                    continue
                for key, text in values.items():
                    if key != "number":
                        target[key] = join_continuation(target.get(key, ""), text)
                continue
            task = dict.fromkeys(TASK_KEYS, "")
            if has_note:
                task["note"] = ""
            task.update({k: v for k, v in values.items() if k != "number"})
            task["number"] = number
            table_tasks.append(task)
        if table.from_text:
            fill_group_merges(table_tasks, [k for k in table.keys if k])
        tasks.extend(table_tasks)
    return columns, tasks


def fill_group_merges(tasks: list[dict[str, str]], keys: list[str]) -> None:
    """Pasted text loses vertical merges: a value printed once for a group (5, 5.1 … 5.6) shows
    in the group's row and one middle row only. Write it into the group's empty sub-rows."""
    i = 0
    while i < len(tasks):
        parent = tasks[i]
        prefix = parent["number"] + "."
        j = i + 1
        while j < len(tasks) and tasks[j]["number"].startswith(prefix):
            j += 1
        children = tasks[i + 1:j]
        if children:
            for key in keys:
                if key in ("number", "content") or not parent.get(key):
                    continue
                values = {c[key] for c in children if c.get(key)}
                if values <= {parent[key]} and any(not c.get(key) for c in children):
                    for c in children:
                        c[key] = c.get(key) or parent[key]
        i = j if children else i + 1

