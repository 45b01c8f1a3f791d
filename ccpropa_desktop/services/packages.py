"""Report packages (W6 → W7): make one to send upward, and verify one that was received.

Making: data.json from the plan and its tracking data, report.pdf from the reports service, a
manifest with the sha256 and size of both, zipped and written atomically.

Verifying never trusts the file: its size is bounded before it is read, the zip's directory is
checked (names, duplicates, declared sizes, compression ratios) before anything is decompressed,
every member is read with a byte cap, then the manifest (version first), the checksums, and finally
data.json against its schema and the manifest. `verify_package` reports every problem it finds in
Vietnamese and never raises for a bad package; `load_package` raises the first one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ccpropa_desktop import __version__
from ccpropa_desktop.domain import package as P
from ccpropa_desktop.domain.package import Manifest, MemberDigest, PackageData, PackageError, Problem
from ccpropa_desktop.domain.periods import parse_period
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.store import Store

from .plans import get_plan
from .render import write_output
from .unit import get_unit

CHUNK = 64 * 1024


# -- making -----------------------------------------------------------------------------------
def now_iso() -> str:
    """Local time with its UTC offset: "2022-07-01T09:30:00+07:00"."""
    return dt.datetime.now().astimezone().replace(microsecond=0).isoformat()


def _zip_time(created_at: str) -> tuple[int, int, int, int, int, int]:
    t = dt.datetime.fromisoformat(created_at.replace("Z", "+00:00"))
    return (max(t.year, 1980), t.month, t.day, t.hour, t.minute, t.second)


def package_bytes(data: dict[str, Any], pdf: bytes, *, created_at: str | None = None,
                  app_version: str = __version__) -> bytes:
    """The .ccpr bytes for a data.json object and the report PDF. The same inputs and time give
    the same bytes."""
    created = created_at or now_iso()
    data_bytes = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    digests = {P.DATA: MemberDigest(hashlib.sha256(data_bytes).hexdigest(), len(data_bytes)),
               P.REPORT: MemberDigest(hashlib.sha256(pdf).hexdigest(), len(pdf))}
    manifest = P.build_manifest(data, digests, created, app_version).to_dict()
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
    buffer = io.BytesIO()
    stamp = _zip_time(created)
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, content, method in ((P.MANIFEST, manifest_bytes, zipfile.ZIP_DEFLATED),
                                      (P.DATA, data_bytes, zipfile.ZIP_DEFLATED),
                                      (P.REPORT, pdf, zipfile.ZIP_STORED)):  # PDF streams are compressed
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = method
            info.external_attr = 0o644 << 16
            info.flag_bits |= 0x800  # names are UTF-8
            zf.writestr(info, content)
    return buffer.getvalue()


def plan_reference(store: Store, plan_id: int) -> dict[str, Any]:
    """The plan's last issued number and date as cited ("18/KH-UBND", "2022-01-13"), or blanks."""
    versions = [v for v in store.list_versions(plan_id) if v.get("status") == "issued"]
    if not versions:
        return {"number": "", "date": None}
    last = versions[-1]
    stored = store.get_version(plan_id, last["version"]) or {}
    form = (stored.get("snapshot") or {}).get("form", "A")
    unit = (stored.get("snapshot") or {}).get("unit") or {}
    abbreviation = unit.get("abbreviation") or "UBND"
    kind = "QĐ" if form == "B" else "KH"
    return {"number": f"{last['number']}/{kind}-{abbreviation}", "date": last["issued_on"] or None}


def package_data(store: Store, plan_id: int | str, period: str, *,
                 report: dict[str, Any] | None = None) -> PackageData:
    """What data.json will say for a plan and period: the tracking data of every task."""
    from .tracking import get_progress  # the tracking service; imported late, it is optional here

    plan = get_plan(store, plan_id)
    code = parse_period(period)
    progress = get_progress(store, plan.id, code)
    return P.build_data(get_unit(store), plan, code, progress, plan_reference(store, plan.id), report)


def make_package(store: Store, plan_id: int | str, period: str, out: str | Path, *,
                 number: str | None = None, date: dt.date | None = None,
                 created_at: str | None = None) -> Path:
    """Write the .ccpr for a plan and period. The attached report is the issued one when a number
    and date are given or were recorded (`report issue`), else the draft (DỰ THẢO)."""
    from .reports import render_report, report_issue

    plan = get_plan(store, plan_id)
    code = parse_period(period)
    if number is None:
        stored = report_issue(store, plan.id, code)
        if stored is not None:
            number, date = stored
    draft = number is None
    path = Path(out)
    if path.is_dir():
        raise UserError("out_is_dir", f"“{path}” là một thư mục: hãy ghi tên tệp, ví dụ bao-cao.ccpr.")
    symbol = f"{number}/BC-{get_unit(store).abbreviation}" if number else ""
    data = package_data(store, plan.id, code.code, report={
        "draft": draft, "number": symbol, "date": date.isoformat() if date else None})
    pdf = render_report(store, plan.id, code, "pdf", draft=draft, number=number, date=date)
    return write_output(package_bytes(data.to_dict(), pdf, created_at=created_at), path)


# -- reading ----------------------------------------------------------------------------------
@dataclass
class VerifyResult:
    """What `package verify` says: ok, or each problem found (code + Vietnamese message)."""

    path: str
    ok: bool
    problems: list[Problem] = field(default_factory=list)
    sha256: str = ""  # of the whole file
    size: int = 0
    manifest: Manifest | None = None
    data: PackageData | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.path, "ok": self.ok, "sha256": self.sha256, "size": self.size,
                               "problems": [{"code": p.code, "message": p.message} for p in self.problems]}
        if self.manifest is not None:
            out["manifest"] = self.manifest.to_dict()
        if self.data is not None:
            out["completion"] = self.data.completion.to_dict()
            out["totals"] = self.data.totals
        return out


@dataclass
class LoadedPackage:
    """A package that passed every check, with its members as received."""

    result: VerifyResult
    manifest_text: str
    data_text: str
    report_pdf: bytes
    raw: bytes = b""  # the .ccpr file as received

    @property
    def manifest(self) -> Manifest:
        assert self.result.manifest is not None
        return self.result.manifest

    @property
    def data(self) -> PackageData:
        assert self.result.data is not None
        return self.result.data


def _reject_constant(name: str) -> Any:
    raise ValueError(f"giá trị {name} không được phép")


def _json(raw: bytes, name: str) -> Any:
    try:
        return json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PackageError("bad_json", f"“{name}” không phải JSON hợp lệ (UTF-8): {exc}.") from None


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo,
                 limits: Mapping[str, int] = P.MAX_MEMBER_SIZE) -> bytes:
    """Decompress one member, never more than its declared size nor its cap."""
    cap = min(info.file_size, limits[info.filename])
    out = bytearray()
    try:
        with zf.open(info) as stream:
            while True:
                chunk = stream.read(CHUNK)
                if not chunk:
                    break
                out += chunk
                if len(out) > cap:
                    raise PackageError("member_too_large", f"Thành phần “{info.filename}” giải nén ra "
                                       f"nhiều hơn kích thước khai báo ({P.human_size(cap)}): từ chối.")
    except PackageError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError,
            RuntimeError) as exc:
        raise PackageError("damaged", f"Thành phần “{info.filename}” bị hỏng, không giải nén được "
                           f"({exc}). Hãy đề nghị đơn vị gửi lại gói.") from None
    if len(out) != info.file_size:
        raise PackageError("damaged", f"Thành phần “{info.filename}” bị hỏng: được {len(out)} byte, "
                           f"khai báo {info.file_size} byte.")
    return bytes(out)


def read_members(path: str | Path, limits: Mapping[str, int], what: str
                 ) -> tuple[list[Problem], dict[str, bytes], bytes]:
    """The checked members of a package zip (problems, members by name, the raw file), read with
    every hostile-file rule: size caps, zip bombs, unsafe names, encrypted or odd members.
    `what` names the kind in messages ("gói báo cáo .ccpr")."""
    path = Path(path)

    def fail(code: str, message: str) -> tuple[list[Problem], dict[str, bytes], bytes]:
        return [Problem(code, message)], {}, b""

    try:
        size = path.stat().st_size
        if path.is_dir():
            return fail("unreadable", f"“{path}” là một thư mục, không phải {what}.")
        if size > P.MAX_FILE_SIZE:
            return fail("file_too_large", f"Tệp {path.name} quá lớn ({P.human_size(size)}); {what} "
                        f"không vượt quá {P.human_size(P.MAX_FILE_SIZE)}.")
        raw = path.read_bytes()
    except OSError as exc:
        return fail("unreadable", f"Không đọc được tệp {path}: {exc.strerror or exc}.")
    looks_zip = raw.startswith(b"PK\x03\x04")
    try:
        zf = zipfile.ZipFile(io.BytesIO(raw))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError,
            RuntimeError, UnicodeDecodeError):
        if looks_zip:
            return fail("truncated", f"Tệp {path.name} bị cắt cụt hoặc hỏng (không đọc được mục lục của "
                        "tệp nén). Hãy đề nghị gửi lại.")
        return fail("not_zip", f"Tệp {path.name} không phải {what} (không phải tệp nén zip).")
    if not looks_zip:
        return fail("not_zip", f"Tệp {path.name} không phải {what} (có dữ liệu lạ ở đầu tệp).")
    with zf:
        if len(infos) > P.MAX_MEMBERS:
            return fail("unexpected_member", f"Gói chứa {len(infos)} thành phần; gói hợp lệ chỉ có "
                        f"{len(limits)}: {', '.join(limits)}.")
        members = [P.MemberInfo(
            name=i.filename, size=i.file_size, compressed=i.compress_size,
            encrypted=bool(i.flag_bits & 0x1),
            method_supported=i.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED))
            for i in infos]
        problems = P.check_members(members, limits)
        if problems:
            return problems, {}, raw
        contents: dict[str, bytes] = {}
        try:
            for info in infos:
                contents[info.filename] = _read_member(zf, info, limits)
        except PackageError as exc:
            return fail(exc.code, exc.message)
    return [], contents, raw


def _inspect(path: str | Path) -> tuple[VerifyResult, dict[str, bytes]]:
    """The result, and when it is ok the members and the raw file (key "")."""
    result = VerifyResult(path=str(path), ok=False)

    def fail(code: str, message: str) -> tuple[VerifyResult, dict[str, bytes]]:
        result.problems.append(Problem(code, message))
        return result, {}

    problems, contents, raw = read_members(path, P.MAX_MEMBER_SIZE, "gói báo cáo .ccpr")
    if raw:
        result.size = len(raw)
        result.sha256 = hashlib.sha256(raw).hexdigest()
    if problems:
        result.problems += problems
        return result, {}
    try:
        manifest = P.parse_manifest(_json(contents[P.MANIFEST], P.MANIFEST))
    except PackageError as exc:
        return fail(exc.code, exc.message)
    result.manifest = manifest
    actual = {name: MemberDigest(hashlib.sha256(contents[name]).hexdigest(), len(contents[name]))
              for name in (P.DATA, P.REPORT)}
    result.problems += P.check_digests(manifest, actual)
    if result.problems:
        return result, {}
    try:
        result.data = P.parse_data(_json(contents[P.DATA], P.DATA), manifest)
    except PackageError as exc:
        return fail(exc.code, exc.message)
    if not contents[P.REPORT].startswith(b"%PDF-"):
        return fail("bad_pdf", f"“{P.REPORT}” không phải tệp PDF.")
    result.ok = True
    contents[""] = raw
    return result, contents


def verify_package(path: str | Path) -> VerifyResult:
    """Check a package without importing it: ok, or exactly what is wrong."""
    return _inspect(path)[0]


def load_package(path: str | Path) -> LoadedPackage:
    """A package that passed every check; the first problem otherwise, as a ``PackageError``."""
    result, contents = _inspect(path)
    if not result.ok:
        first = result.problems[0]
        raise PackageError(first.code, first.message)
    return LoadedPackage(result, contents[P.MANIFEST].decode("utf-8"), contents[P.DATA].decode("utf-8"),
                         contents[P.REPORT], contents[""])
