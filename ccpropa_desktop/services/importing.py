"""Import a province's plan (.docx, PDF, or text pasted from a PDF) as a template (W2, issues 4, 13).

The officer should not retype the plan of the level above: the importer reads it, shows what it
found (counts, rows it could not place, warnings) and, unless it is a dry run, saves it in the
store as a template that lists, shows and builds plans like the built-in ones.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ccpropa_desktop.domain.legacy_encoding import ENCODING_NAMES
from ccpropa_desktop.domain.text import fold
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.reading import ocr
from ccpropa_desktop.reading.assemble import assemble
from ccpropa_desktop.reading.read_docx import MAX_FILE_BYTES, read_docx_bytes, read_file
from ccpropa_desktop.reading.read_text import decode_report, read_text
from ccpropa_desktop.store import Store

from .templates import builtin_templates, flatten_sections

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TEMPLATE_KEYS = ("format", "id", "name", "source", "level", "year", "issuer", "form", "number", "date",
                 "title", "legal_bases", "sections", "closing", "signer", "recipients", "decision",
                 "appendix")
LEVEL_CODES = ("tinh", "so", "huyen", "phong", "xa")


@dataclass
class ImportResult:
    """What the import found; ``saved`` is False on a dry run."""

    template: dict[str, Any]
    sections: int
    tasks: int
    unplaced: list[str] = field(default_factory=list)   # rows left out
    checks: list[str] = field(default_factory=list)     # rows imported on a guess: the officer checks them
    warnings: list[str] = field(default_factory=list)
    encoding: str = "Unicode"
    kind: str = "text"              # "docx", "pdf" or "text"
    saved: bool = False
    duplicate_of: str = ""          # the id of a template with the very same content, if any
    no_appendix: bool = False       # no task table found: the body only, the appendix added by hand
    damage: float = 0.0             # share of words that look damaged by OCR (0–1)
    damaged: bool = False           # above reading.ocr.THRESHOLD: saving needs accept_ocr


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-")


def _taken(store: Store) -> set[str]:
    return set(builtin_templates()) | {d.get("id", "") for d in store.list_template_docs()}


_IDENTITY_KEYS = ("id", "name", "source")


def fingerprint(doc: dict[str, Any]) -> str:
    """The content of a template, without what an import names anew (id, name, source file)."""
    content = {k: v for k, v in doc.items() if k not in _IDENTITY_KEYS}
    return hashlib.sha256(json.dumps(content, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def duplicate_of(store: Store, doc: dict[str, Any]) -> str:
    """The id of a template (built-in or imported) whose content is the same as `doc`'s, or ""."""
    wanted = fingerprint(doc)
    for other in [*builtin_templates().values(), *store.list_template_docs()]:
        if fingerprint(other) == wanted:
            return other.get("id", "")
    return ""


def unique_id(store: Store, doc: dict[str, Any]) -> str:
    """"song-ma-2022"; with "-2", "-3" … when that id is already a template."""
    issuer = doc.get("issuer", {})
    name = issuer.get("place") if issuer.get("abbreviation") == "UBND" and issuer.get("place") else \
        issuer.get("short_name") or "ke-hoach"
    base = "-".join(x for x in (_slug(name)[:40].strip("-"), str(doc.get("year") or "")) if x) or "ke-hoach"
    taken = _taken(store)
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def _name(doc: dict[str, Any]) -> str:
    title = doc.get("title") or "tuyên truyền cải cách hành chính"
    title = re.sub(r"(?i)cải cách hành chính", "CCHC", title)
    kind = "Quyết định ban hành Kế hoạch" if doc.get("form") == "B" else "Kế hoạch"
    short = doc.get("issuer", {}).get("short_name", "")
    return f"{kind} {title[:1].lower()}{title[1:]}" + (f" – {short}" if short else "")


def count_sections(doc: dict[str, Any]) -> int:
    return len(flatten_sections(doc.get("sections", [])))


def shape_errors(doc: dict[str, Any]) -> list[str]:
    """How a template departs from docs/template-format.md (empty when it conforms)."""
    errors = [f"thiếu khóa “{k}”" for k in TEMPLATE_KEYS if k not in doc]
    if errors:
        return errors
    if not _ID.match(str(doc["id"])):
        errors.append("id không đúng dạng kebab-case")
    if doc["level"] not in LEVEL_CODES:
        errors.append(f"cấp “{doc['level']}” không hợp lệ")
    if doc["form"] not in ("A", "B") or (doc["form"] == "B") != (doc["decision"] is not None):
        errors.append("form/decision không khớp")
    issuer = doc["issuer"]
    if set(issuer) != {"parent_lines", "name_lines", "abbreviation", "short_name", "place"}:
        errors.append("issuer sai khóa")
    if set(doc["signer"]) != {"authority", "title", "name"}:
        errors.append("signer sai khóa")
    for _depth, section in flatten_sections(doc["sections"]):
        if set(section) != {"title", "paragraphs", "children"}:
            errors.append("mục sai khóa")
    appendix = doc["appendix"]
    if set(appendix) != {"heading", "title", "subtitle", "columns", "tasks"}:
        errors.append("appendix sai khóa")
    required = {"number", "content", "form", "lead", "partners", "schedule", "product"}
    for task in appendix.get("tasks", []):
        if not required <= set(task) or set(task) - required - {"note"}:
            errors.append(f"nhiệm vụ {task.get('number')} sai khóa")
    for value in _strings(doc):
        if unicodedata.normalize("NFC", value) != value:
            errors.append("có chuỗi chưa chuẩn hóa NFC")
            break
    return errors


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _read_source(path_or_text: str | os.PathLike[str]) -> tuple[Any, str, str]:
    """(raw document, kind, source name) from a file path, or from the text itself."""
    is_path = isinstance(path_or_text, os.PathLike) or (
        "\n" not in path_or_text and len(path_or_text) < 1024 and Path(path_or_text).is_file())
    if not is_path:
        text = str(path_or_text)
        if not text.strip():
            raise UserError("empty_text", "Văn bản trống: không có gì để nhập. Hãy dán nội dung kế hoạch "
                            "(chép từ PDF) hoặc chọn tệp .docx/.txt.")
        return read_text(text), "text", "văn bản dán"
    file = Path(path_or_text)
    data = read_file(file)
    return read_bytes(data, file.name)


def read_bytes(data: bytes, name: str) -> tuple[Any, str, str]:
    """A file's bytes → raw document: PDF by its signature, Word when it is a zip or named .docx,
    text otherwise."""
    if len(data) >= MAX_FILE_BYTES:
        raise UserError("file_too_large", f"Không nhập được tệp “{name}”: tệp quá lớn "
                        f"({len(data) / 1024 / 1024:.1f} MB); chỉ nhận tệp dưới 50 MB.", file=name)
    if data.startswith(b"%PDF") or (name.lower().endswith(".pdf") and not data.startswith(b"PK")):
        from ccpropa_desktop.reading.read_pdf import read_pdf_bytes

        return read_pdf_bytes(data, name), "pdf", name
    if data.startswith(b"PK\x03\x04") or name.lower().endswith((".docx", ".docm", ".doc")):
        return read_docx_bytes(data, name), "docx", name
    if not data.strip():
        raise UserError("empty_text", f"Tệp “{name}” trống: không có gì để nhập.", file=name)
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UserError("not_text", f"Không nhập được tệp “{name}”: đây không phải tệp văn bản (.txt) "
                        "hay Word (.docx).", file=name)
    text, notes = decode_report(data, name)
    if not text.strip():
        raise UserError("empty_text", f"Tệp “{name}” trống: không có gì để nhập.", file=name)
    raw = read_text(text)
    raw.warnings[:0] = notes
    return raw, "text", name


def import_template(store: Store, path_or_text: str | os.PathLike[str], *, dry_run: bool = False,
                    template_id: str | None = None, data: bytes | None = None,
                    source_name: str = "", as_copy: bool = False, accept_ocr: bool = False) -> ImportResult:
    """Read a plan and (unless ``dry_run``) save it as a template in one transaction.

    ``path_or_text`` is a file path (.docx or text) or the pasted text itself; ``data`` with
    ``source_name`` imports bytes read elsewhere (stdin). Nothing is written on any error.
    A file whose content is already a template is refused unless ``as_copy``: no silent duplicates.
    Text that looks damaged by OCR (``reading.ocr``) is saved only with ``accept_ocr``, once the
    officer has seen the warning (a dry run shows it).
    """
    if template_id is not None and not _ID.match(template_id):
        raise UserError("template_id_invalid", f"Mã mẫu “{template_id}” không hợp lệ: chỉ dùng chữ thường "
                        "không dấu, số và dấu gạch ngang, ví dụ “son-la-2025”.", field="id")
    if data is None and str(path_or_text).lower().endswith(".ccpt"):
        return _import_package(store, Path(path_or_text), dry_run=dry_run, template_id=template_id,
                               as_copy=as_copy)
    if data is not None:
        raw, kind, source = read_bytes(data, source_name or "stdin")
    else:
        raw, kind, source = _read_source(path_or_text)
    ocr.check(raw)
    if ocr.damaged(raw) and not dry_run and not accept_ocr:
        raise UserError("ocr_damaged", f"{raw.warnings[0]} Nếu vẫn muốn nhập, hãy xác nhận (dòng lệnh: "
                        "--accept-ocr). Chưa lưu gì.", field="file")
    assembly = assemble(raw)
    doc = assembly.doc
    doc["name"] = _name(doc)
    doc["source"] = source_name or source
    result = _save(store, doc, kind=kind, dry_run=dry_run, template_id=template_id, as_copy=as_copy,
                   unplaced=assembly.unplaced, warnings=assembly.warnings,
                   encoding=ENCODING_NAMES.get(raw.encoding, raw.encoding))
    result.no_appendix, result.damage, result.damaged = assembly.no_appendix, raw.damage, ocr.damaged(raw)
    result.checks = list(assembly.checks)
    return result


def _import_package(store: Store, path: Path, *, dry_run: bool, template_id: str | None,
                    as_copy: bool) -> ImportResult:
    """A .ccpt from the level above: verified, then taken as it is (no guessing)."""
    from .template_packages import WHAT, load

    _manifest, doc = load(path)
    problems = shape_errors({**doc, "id": doc.get("id") or "ke-hoach"})
    if problems:
        raise UserError("bad_template", f"Tệp {path.name} không phải {WHAT} hợp lệ: {problems[0]}. "
                        "Không nhập gì.", field="file")
    doc["source"] = path.name
    return _save(store, doc, kind="ccpt", dry_run=dry_run, template_id=template_id, as_copy=as_copy)


def _save(store: Store, doc: dict[str, Any], *, kind: str, dry_run: bool, template_id: str | None,
          as_copy: bool, unplaced: list[str] | None = None, warnings: list[str] | None = None,
          encoding: str = "Unicode") -> ImportResult:
    """Check for a duplicate, give the template its id and (unless `dry_run`) save it."""
    same = duplicate_of(store, doc)
    if same and as_copy:
        doc["name"] = f"{doc['name']} (bản sao)"
    elif same and not dry_run:
        raise UserError("template_duplicate", f"Tệp này đã là kế hoạch mẫu “{same}”: không nhập lại. Muốn có "
                        "một bản sao để sửa riêng, hãy nhập thành bản sao (dòng lệnh: --copy).", field="file")
    with store.transaction():
        if template_id is not None:
            if template_id in _taken(store):
                raise UserError("template_exists", f"Đã có kế hoạch mẫu mã “{template_id}”; hãy chọn mã khác "
                                "(--id) hoặc bỏ --id để tự đặt.", field="id")
            doc["id"] = template_id
        else:
            doc["id"] = unique_id(store, doc)
        ordered = {k: doc[k] for k in TEMPLATE_KEYS[:11]}
        if "attached_line" in doc:
            ordered["attached_line"] = doc["attached_line"]
        ordered.update({k: doc[k] for k in TEMPLATE_KEYS[11:]})
        problems = shape_errors(ordered)
        if problems:  # a bug, not bad input: never save a template other code cannot read
            raise RuntimeError(f"imported template does not conform: {problems}")
        if not dry_run:
            store.save_template_doc(ordered)
    return ImportResult(template=ordered, sections=count_sections(ordered),
                        tasks=len(ordered["appendix"]["tasks"]), unplaced=list(unplaced or []),
                        warnings=list(warnings or []), encoding=encoding, kind=kind, saved=not dry_run,
                        duplicate_of=same)
