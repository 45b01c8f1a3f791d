"""Refresh translations/ccpropa_en.ts from the UI sources, then compile every .ts to .qm.

    .venv/bin/python tools/update_translations.py            # after adding or changing UI strings
    .venv/bin/python tools/update_translations.py --fill en.json   # also take translations from a file
    .venv/bin/python tools/update_translations.py --check    # exit 1 while a string is untranslated

Why not plain `pyside6-lupdate` on the existing .ts: our module-level helpers
(`def tr(text): return QCoreApplication.translate("MainWindow", text)`) are seen by lupdate as bare
`tr("…")` calls and land in an empty context, while Qt looks them up under "MainWindow" at run time.
This script runs lupdate on a scratch file, moves such strings into the helper's context, and carries
over every translation already in ccpropa_en.ts (same context and text; else the same text elsewhere).
The .qm files are committed, so installing the app needs no build step. See translations/README.md.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "translations"
ENGLISH = FOLDER / "ccpropa_en.ts"
SOURCES = ROOT / "ccpropa_desktop" / "ui"
HELPER = re.compile(r"def tr\([^)]*\)[^:]*:\s*(?:\"\"\"[^\"]*\"\"\"\s*)?"
                    r"return\s+QCoreApplication\.translate\(\s*[\"']([^\"']+)[\"']")


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the venv running this script, else from PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6 (pip install -e .) and run with the venv's python.")
    return found


def read_messages(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) → finished translation, from an existing .ts."""
    if not path.exists():
        return {}
    out: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                out[(name, message.findtext("source") or "")] = translation.text
    return out


def helper_context(source_file: Path, cache: dict[Path, str | None]) -> str | None:
    if source_file not in cache:
        text = source_file.read_text(encoding="utf-8") if source_file.exists() else ""
        match = HELPER.search(text)
        cache[source_file] = match.group(1) if match else None
    return cache[source_file]


def fix_contexts(root: ET.Element, ts_folder: Path) -> list[str]:
    """Move strings of bare `tr()` helpers from the empty context to the helper's context."""
    problems: list[str] = []
    by_name = {c.findtext("name") or "": c for c in root.iter("context")}
    empty = by_name.get("")
    if empty is None:
        return problems
    cache: dict[Path, str | None] = {}
    for message in list(empty.iter("message")):
        location = message.find("location")
        file = (ts_folder / location.get("filename", "")).resolve() if location is not None else None
        name = helper_context(file, cache) if file is not None else None
        if name is None:
            problems.append(f"{file}: “{message.findtext('source')}” has no context (use self.tr or "
                            "QCoreApplication.translate(\"Context\", …))")
            continue
        target = by_name.get(name)
        if target is None:
            target = ET.SubElement(root, "context")
            ET.SubElement(target, "name").text = name
            by_name[name] = target
        empty.remove(message)
        target.append(message)
    if not list(empty.iter("message")):
        root.remove(empty)
    return problems


def fill(root: ET.Element, known: dict[tuple[str, str], str], extra: dict[str, str]) -> tuple[int, int]:
    """Put known translations in; returns (messages, still unfinished)."""
    by_source = {source: text for (_ctx, source), text in known.items()}
    total = unfinished = 0
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            total += 1
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            text = known.get((name, source)) or extra.get(source) or by_source.get(source)
            if text:
                translation.text = text
                translation.attrib.pop("type", None)
            else:
                translation.text = None
                translation.set("type", "unfinished")
                unfinished += 1
    return total, unfinished


def write_ts(root: ET.Element, path: Path) -> None:
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def update_english(extra: dict[str, str]) -> tuple[int, int, list[str]]:
    known = read_messages(ENGLISH)
    scratch = FOLDER / ".scratch_en.ts"
    scratch.unlink(missing_ok=True)
    try:
        subprocess.run([tool("pyside6-lupdate"), "-extensions", "py", str(SOURCES.relative_to(ROOT)),
                        "-source-language", "vi", "-target-language", "en", "-locations", "absolute",
                        "-silent", "-ts", str(scratch.relative_to(ROOT))], cwd=ROOT, check=True)
        root = ET.parse(scratch).getroot()
    finally:
        scratch.unlink(missing_ok=True)
    problems = fix_contexts(root, FOLDER)
    total, unfinished = fill(root, known, extra)
    write_ts(root, ENGLISH)
    return total, unfinished, problems


def release() -> None:
    for ts in sorted(FOLDER.glob("*.ts")):
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)


def unfinished_sources() -> list[str]:
    root = ET.parse(ENGLISH).getroot()
    return [m.findtext("source") or "" for m in root.iter("message")
            if (m.find("translation") is not None and m.find("translation").get("type") == "unfinished")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fill", type=Path, help='JSON {"Vietnamese source": "English"} for new strings')
    parser.add_argument("--check", action="store_true", help="exit 1 if a string is still untranslated")
    parser.add_argument("--list", action="store_true", help="print the untranslated source strings as JSON")
    args = parser.parse_args(argv)
    extra = json.loads(args.fill.read_text(encoding="utf-8")) if args.fill else {}
    total, unfinished, problems = update_english(extra)
    release()
    for problem in problems:
        print("warning:", problem)
    print(f"{ENGLISH.relative_to(ROOT)}: {total} strings, {unfinished} untranslated; .qm files rebuilt.")
    if args.list and unfinished:
        print(json.dumps({s: "" for s in unfinished_sources()}, ensure_ascii=False, indent=1))
    return 1 if args.check and (unfinished or problems) else 0


if __name__ == "__main__":
    sys.exit(main())
