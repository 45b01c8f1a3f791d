"""Aggregation at the upper level (W7): import units' packages, see who reported, draft the
consolidated report.

Each package is checked in full (services.packages) before anything is written, and stored in its
own transaction: a bad file among 500 is reported and skipped, the others are kept.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ccpropa_desktop.domain import package as P
from ccpropa_desktop.domain.aggregate import (
    PROSE_TITLES,
    AggregateView,
    Aggregator,
    Received,
    prose_sections,
    unit_key,
)
from ccpropa_desktop.domain.periods import parse_period
from ccpropa_desktop.domain.report import ReportSection
from ccpropa_desktop.domain.text import clean_line
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.store import Store
from ccpropa_desktop.store import aggregate as received
from ccpropa_desktop.store import tracking as settings
from ccpropa_desktop.store.files import os_reason

from .packages import load_package
from .reports import clean_prose

OUTCOME_LABELS = {
    "imported": "Đã nhập",
    "replaced": "Đã nhập, thay bản cũ",
    "older": "Cũ hơn bản đang dùng: chỉ lưu lịch sử",
    "duplicate": "Trùng: đã có",
    "rejected": "Từ chối",
}
FORMATS = ("pdf", "docx", "xlsx")
UNITS_KEY = "aggregate_units"  # settings: the list of units expected to report
PROSE_KEY = "aggregate_prose"  # settings "aggregate_prose/<period>": {section: text}
ISSUE_KEY = "aggregate_issue"  # settings "aggregate_issue/<period>": {"number", "issued_on"}
MAX_UNITS = 2000
MAX_UNIT_NAME = 200
MAX_LIST_BYTES = 512 * 1024
_LIST_MARK = re.compile(r"^(?:[-–•*+]\s*|\d{1,4}\s*[.)/]\s+|\d{1,4}\s*[.)]\s*(?=\D))")
"""A list's own numbering or bullet in front of a name: "1. ", "2) ", "- ", "• "."""


@dataclass
class ImportResult:
    path: str
    outcome: str  # one of OUTCOME_LABELS
    unit: str = ""
    period: str = ""
    code: str = ""  # why it was rejected
    reason: str = ""  # the Vietnamese message, for a rejected file

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self.outcome]


@dataclass
class ImportSummary:
    results: list[ImportResult] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(OUTCOME_LABELS, 0)
        for r in self.results:
            counts[r.outcome] += 1
        return counts

    @property
    def rejected(self) -> list[ImportResult]:
        return [r for r in self.results if r.outcome == "rejected"]

    def to_dict(self) -> dict[str, Any]:
        return {"counts": self.counts, "results": [r.__dict__ | {"label": r.label} for r in self.results]}


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; a folder stands for the .ccpr files directly inside it."""
    out: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            out += sorted(p for p in path.iterdir() if p.suffix.lower() == P.EXTENSION and p.is_file())
        else:
            out.append(path)
    return out


def received_folder(store: Store) -> Path | None:
    """Where the packages received are kept as sent: <data folder>/received/<sha256>.ccpr."""
    return store.folder / "received" if store.folder is not None else None


def _keep(store: Store, sha256: str, raw: bytes) -> bool:
    """Keep the original file beside the store (content-addressed, so a duplicate is a no-op).
    False for a store without a folder: the report PDF then goes into the database."""
    folder = received_folder(store)
    if folder is None:
        return False
    target = folder / f"{sha256}{P.EXTENSION}"
    if target.exists():
        return True
    tmp = target.with_name(target.name + ".tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(raw)
        tmp.replace(target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()  # nothing half-written stays in received/
        raise UserError("write_failed", f"Không lưu được gói vào thư mục dữ liệu {folder}: "
                        f"{os_reason(exc)}.") from exc
    return True


def import_one(store: Store, path: Path) -> ImportResult:
    try:
        loaded = load_package(path)
    except P.PackageError as exc:
        return ImportResult(str(path), "rejected", code=exc.code, reason=exc.message)
    manifest = loaded.manifest
    unit_name = manifest.unit.get("short_name") or manifest.unit["name"]
    kept = _keep(store, loaded.result.sha256, loaded.raw)
    outcome, _ = received.receive(store, received.Incoming(
        sha256=loaded.result.sha256, unit_key=unit_key(unit_name), unit_name=unit_name,
        period=manifest.period, created_at=manifest.created_at, file_name=path.name,
        size=loaded.result.size, manifest=loaded.manifest_text, data=loaded.data_text,
        report_pdf=None if kept else loaded.report_pdf))
    return ImportResult(str(path), outcome, unit=unit_name, period=manifest.period)


def report_pdf(store: Store, package_id: int) -> bytes:
    """The report PDF of a received package (from the kept original, checked again)."""
    row = received.get(store, package_id)
    if row is None:
        raise UserError("package_not_found", f"Không có gói đã nhận mã {package_id}.")
    stored = received.report_pdf(store, package_id)
    if stored:
        return stored
    folder = received_folder(store)
    original = folder / f"{row.sha256}{P.EXTENSION}" if folder else None
    if original is None or not original.exists():
        raise UserError("package_file_missing", f"Không còn tệp gốc của gói {row.file_name} trong thư mục "
                        "dữ liệu; hãy nhập lại gói.")
    return load_package(original).report_pdf


def import_packages(store: Store, paths: Sequence[str | Path],
                    progress: Callable[[int, int], None] | None = None) -> ImportSummary:
    """Bring units' packages into this store. Per file: imported / replaced (a newer package for
    the same unit and period; the old one stays in history) / older / duplicate (same sha256:
    one copy kept) / rejected (with the reason; nothing written)."""
    store.require_writable()  # refused with the reason before a package is copied into received/
    files = expand_paths(paths)
    if not files:
        raise UserError("no_packages", "Không có gói báo cáo (.ccpr) nào để nhập: "
                        f"{', '.join(str(p) for p in paths) or 'chưa chọn tệp'}.")
    summary = ImportSummary()
    total = len(files)
    if progress:
        progress(0, total)
    with received.bulk(store):
        for index, path in enumerate(files, start=1):
            summary.results.append(import_one(store, path))
            if progress:
                progress(index, total)
    return summary


# -- the units expected to report ----------------------------------------------------------------
def expected_units(store: Store, expected: Sequence[str] | None = None) -> list[str]:
    """Who should report: the names given, else this level's own list of units below it (đơn vị cấp
    dưới: the communes of a district, the units of a Sở), kept apart from the agency directory of
    the unit profile (the agencies that take tasks). Empty until the officer sets it."""
    if expected:
        return list(expected)
    return list(settings.get_setting(store, UNITS_KEY) or [])


def _clean_units(names: Iterable[str]) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for raw in names:
        name = _LIST_MARK.sub("", clean_line(str(raw)).replace("\n", " ")).strip().rstrip(";,.").strip()
        if not name:
            continue
        if len(name) > MAX_UNIT_NAME:
            raise UserError("unit_name_long", f"Tên đơn vị quá dài ({len(name)} ký tự; tối đa "
                            f"{MAX_UNIT_NAME}): “{name[:60]}…”.", field="units")
        key = unit_key(name)
        if key and key not in seen:
            seen.add(key)
            out.append(name)
    if len(out) > MAX_UNITS:
        raise UserError("units_too_many", f"Danh sách có {len(out)} đơn vị; tối đa {MAX_UNITS}.",
                        field="units")
    return out


def set_expected_units(store: Store, names: Iterable[str]) -> list[str]:
    """Replace the list of units expected to report (one transaction). Names are cleaned ("1. ",
    "- " and trailing ";" dropped); two spellings of one unit ("UBND xã A", "Ủy ban nhân dân xã A")
    are kept once."""
    units = _clean_units(names)
    store.require_writable()
    with store.transaction():
        settings.set_setting(store, UNITS_KEY, units)
    return units


def read_unit_list(path: str | Path) -> list[str]:
    """The names of a text file, one per line (UTF-8; blank lines and lines starting with # skipped)."""
    file = Path(path)
    try:
        if file.stat().st_size > MAX_LIST_BYTES:
            raise UserError("file_too_big", f"Tệp {file.name} lớn quá {MAX_LIST_BYTES // 1024} KB: không "
                            "phải một danh sách đơn vị.", field="file")
        text = file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UserError("file_missing", f"Không có tệp {file}.", field="file") from None
    except IsADirectoryError:
        raise UserError("file_is_dir", f"“{file}” là một thư mục, không phải tệp danh sách.",
                        field="file") from None
    except UnicodeDecodeError:
        raise UserError("file_encoding", f"Tệp {file.name} không phải văn bản UTF-8: hãy lưu lại danh sách "
                        "dạng UTF-8 (Notepad: Lưu thành… → Mã hóa UTF-8).", field="file") from None
    except OSError as exc:
        raise UserError("file_unreadable", f"Không đọc được tệp {file}: {os_reason(exc)}.",
                        field="file") from exc
    return [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def import_expected_units(store: Store, path: str | Path) -> tuple[list[str], int]:
    """Add the names of a text file (one per line) to the list of units expected to report; names
    already there are kept once. Returns the list and how many names were new. Nothing is written
    when the file cannot be read or names nothing."""
    names = _clean_units(read_unit_list(path))
    if not names:
        raise UserError("units_empty", f"Tệp {Path(path).name} không có tên đơn vị nào (mỗi dòng một tên).",
                        field="file")
    current = expected_units(store)
    known = {unit_key(n) for n in current}
    added = [n for n in names if unit_key(n) not in known]
    return set_expected_units(store, [*current, *added]), len(added)


# -- the consolidated report: prose, number and date --------------------------------------------
def _prose_key(code: str) -> str:
    return f"{PROSE_KEY}/{code}"


def report_sections(store: Store, period: str, view: AggregateView | None = None) -> dict[str, ReportSection]:
    """The prose sections of the consolidated report for a period: the officer's text where edited,
    else drafted from the figures."""
    code = parse_period(period).code
    view = view or aggregate_view(store, code)
    return prose_sections(view, settings.get_setting(store, _prose_key(code)) or {})


def edit_aggregate(store: Store, period: str, section: str, text: str | None) -> dict[str, ReportSection]:
    """Store the officer's text for one prose section (one paragraph per line; empty gives the drafted
    text back), in one transaction."""
    code = parse_period(period).code
    key = (section or "").strip()
    if key not in PROSE_TITLES:
        listed = "; ".join(f"{k} ({v})" for k, v in PROSE_TITLES.items())
        raise UserError("report_section", f"Không có mục “{section}” trong báo cáo tổng hợp. Các mục sửa "
                        f"được: {listed}.", field="section")
    cleaned = clean_prose(text, key)
    stored = dict(settings.get_setting(store, _prose_key(code)) or {})
    if cleaned is None:
        stored.pop(key, None)
    else:
        stored[key] = cleaned
    store.require_writable()
    with store.transaction():
        settings.set_setting(store, _prose_key(code), stored)
    return report_sections(store, code)


def issue_aggregate(store: Store, period: str, number: str | int, date: str | dt.date) -> tuple[str, dt.date]:
    """Record the consolidated report's number and date, so later renders print them."""
    from .issuing import parse_date, parse_number

    code = parse_period(period).code
    number_text, issued_on = parse_number(number), parse_date(date)
    store.require_writable()
    with store.transaction():
        settings.set_setting(store, f"{ISSUE_KEY}/{code}", {"number": number_text,
                                                           "issued_on": issued_on.isoformat()})
    return number_text, issued_on


def aggregate_issue(store: Store, period: str) -> tuple[str, dt.date] | None:
    """The recorded number and date of the consolidated report of a period, if issued."""
    stored = settings.get_setting(store, f"{ISSUE_KEY}/{parse_period(period).code}") or {}
    try:
        return str(stored["number"]), dt.date.fromisoformat(stored["issued_on"])
    except (KeyError, TypeError, ValueError):
        return None


def package_pdf(store: Store, sha256: str) -> bytes:
    """The report PDF of the received package with this sha256 (what the unit sent, as it prints)."""
    row = received.by_sha256(store, sha256)
    if row is None:
        raise UserError("package_not_found", "Không còn gói báo cáo này trong kho dữ liệu: hãy nhập lại gói.")
    return report_pdf(store, row.id)


def aggregate_view(store: Store, period: str, expected: Sequence[str] | None = None) -> AggregateView:
    """Who has and has not reported for a period, completion rates, figures by task and by unit."""
    code = parse_period(period).code
    aggregator = Aggregator(code, expected_units(store, expected))
    for row, data in received.current_data(store, code):
        aggregator.add(Received(row.sha256, row.created_at, row.imported_at, row.file_name),
                       P.data_from_verified(data))
    return aggregator.view()


def history(store: Store, period: str | None = None) -> list[received.StoredPackage]:
    code = parse_period(period).code if period else None
    return received.history(store, code)


def render_aggregate(store: Store, period: str, fmt: str, *, expected: Sequence[str] | None = None,
                     draft: bool | None = None, number: str | None = None,
                     date: dt.date | None = None) -> bytes:
    """The upper level's consolidated report (PDF, DOCX) or its tables (XLSX), with the officer's prose.
    With `number` and `date` the issued form; else with `draft` the DỰ THẢO form; else (draft None)
    the number and date recorded by `issue_aggregate`, or the draft while there are none."""
    if fmt not in FORMATS:
        raise UserError("format_invalid", f"Định dạng “{fmt}” không hỗ trợ; dùng: {', '.join(FORMATS)}.")
    view = aggregate_view(store, period, expected)
    if number is None and not draft:
        stored = aggregate_issue(store, period)
        if stored is not None:
            number, date = stored
        elif draft is False:
            raise UserError("report_not_issued", "Báo cáo tổng hợp chưa có số và ngày: in bản dự thảo hoặc "
                            "ghi số, ngày trước (ccpropa aggregate issue).")
    draft = number is None
    unit = store.get_unit()
    if unit is None:
        raise UserError("unit_missing", "Chưa có hồ sơ đơn vị: không thể in báo cáo tổng hợp. "
                        "Khai báo bằng: ccpropa unit set --file unit.json")
    if fmt == "xlsx":
        from ccpropa_desktop.documents.aggregate_xlsx import render_aggregate_xlsx

        return render_aggregate_xlsx(view, unit)
    from ccpropa_desktop.documents.aggregate_document import build_aggregate_document
    from ccpropa_desktop.documents.plan_document import Issue

    from .render import render_bytes

    prose = {k: v.paragraphs for k, v in report_sections(store, period, view).items()}
    document = build_aggregate_document(view, unit, Issue(number, date, draft), prose=prose)
    return render_bytes(document, fmt)
