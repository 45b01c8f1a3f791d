"""Aggregation at the upper level (W7): import units' packages, see who reported, draft the
consolidated report.

Each package is checked in full (services.packages) before anything is written, and stored in its
own transaction: a bad file among 500 is reported and skipped, the others are kept.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ccpropa_desktop.domain import package as P
from ccpropa_desktop.domain.aggregate import AggregateView, Aggregator, Received, unit_key
from ccpropa_desktop.domain.periods import parse_period
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.store import Store
from ccpropa_desktop.store import aggregate as received
from ccpropa_desktop.store.files import os_reason

from .packages import load_package

OUTCOME_LABELS = {
    "imported": "Đã nhập",
    "replaced": "Đã nhập, thay bản cũ",
    "older": "Cũ hơn bản đang dùng: chỉ lưu lịch sử",
    "duplicate": "Trùng: đã có",
    "rejected": "Từ chối",
}
FORMATS = ("pdf", "docx", "xlsx")


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


def expected_units(store: Store, expected: Sequence[str] | None = None) -> list[str]:
    """Who should report: the names given, else the agency directory of this unit's profile."""
    if expected:
        return list(expected)
    unit = store.get_unit()
    return list(unit.agencies) if unit else []


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
                     draft: bool = True, number: str | None = None, date: dt.date | None = None) -> bytes:
    """The upper level's consolidated report draft (PDF, DOCX) or its tables (XLSX)."""
    if fmt not in FORMATS:
        raise UserError("format_invalid", f"Định dạng “{fmt}” không hỗ trợ; dùng: {', '.join(FORMATS)}.")
    view = aggregate_view(store, period, expected)
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

    document = build_aggregate_document(view, unit, Issue(number, date, draft))
    return render_bytes(document, fmt)
