"""Write tests/data/inno_default_keys.json, the English reference that tests/test_inno_messages.py
checks installer/Vietnamese.isl against, from Inno Setup's own Default.isl.

    .venv/bin/python tools/inno_keys.py "C:/Program Files (x86)/Inno Setup 6/Default.isl"
    .venv/bin/python tools/inno_keys.py /tmp/wb/inno/package/bin/Default.isl --version 6.4.1

For a new Inno Setup version: run it on that version's Default.isl (in the Inno Setup folder, or
`bin/Default.isl` in the `innosetup` npm package) with `--version`, then run
`pytest tests/test_inno_messages.py`. It names every key that Vietnamese.isl lacks and every
placeholder a key gained; translate those (the `; ***` comments in Default.isl say where each
message is shown), keep the file UTF-8 with BOM and CRLF, and commit the .json with the .isl.

The .json holds, for each key of [Messages] and [CustomMessages], the sorted distinct markup tokens
its English text uses, which a translation must keep: `%1`..`%9` and `%n` (Inno's arguments and
line break), `[name]`-style tokens (`[name]`, `[name/ver]`, `[gb]`, `[mb]`), and `&` when the label
has an accelerator key (`&&`, a literal ampersand, is not one). It also lists the keys whose English
is blank (they may stay blank) and those whose English ends with a period (Inno adds the period
itself to the others, so a translation must end with one exactly when the English does).

The parser here (`parse_isl`) is the one the test uses.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "data" / "inno_default_keys.json"
SECTIONS = ("Messages", "CustomMessages")
TOKEN = re.compile(r"%[1-9n]|\[(?:name|name/ver|ver|gb|mb|kb)\]")
ACCELERATOR = re.compile(r"&(?!&)")


def read_isl(path: Path) -> str:
    """The file's text; a Unicode .isl is UTF-8 with a BOM (the BOM is dropped here)."""
    return path.read_bytes().decode("utf-8-sig")


def parse_isl(text: str) -> dict[str, dict[str, str]]:
    """Section name → {key: value}, in file order. `;` starts a comment line; a value is everything
    after the first `=` (trailing spaces dropped, as Inno does). A key given twice raises ValueError."""
    sections: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        if current is None or "=" not in line:
            raise ValueError(f"line {number}: not a key=value line inside a section: {raw!r}")
        key, value = line.split("=", 1)
        key = key.strip()
        if key in current:
            raise ValueError(f"line {number}: {key} given twice")
        current[key] = value.rstrip()
    return sections


def tokens(value: str) -> list[str]:
    """The sorted distinct tokens of one message (see the module docstring)."""
    found = set(TOKEN.findall(value))
    if ACCELERATOR.search(value.replace("&&", "")):
        found.add("&")
    return sorted(found)


def reference(text: str, version: str) -> dict[str, object]:
    sections = parse_isl(text)
    messages = {name: sections.get(name, {}) for name in SECTIONS}
    every = {key: value for name in SECTIONS for key, value in messages[name].items()}
    return {
        "about": f"Inno Setup {version} Default.isl, made by tools/inno_keys.py; do not edit by hand",
        **{name: {key: tokens(value) for key, value in messages[name].items()} for name in SECTIONS},
        "blank": sorted(key for key, value in every.items() if not value),
        "ends_with_period": sorted(key for key, value in every.items() if value.endswith(".")),
    }


def dump(data: dict[str, object]) -> str:
    """JSON with one key per line, so a new Inno Setup version shows up as a readable diff."""
    def one(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    parts = []
    for name, value in data.items():
        if isinstance(value, dict):
            rows = ",\n".join(f"  {one(key)}: {one(items)}" for key, items in value.items())
            parts.append(f" {one(name)}: {{\n{rows}\n }}")
        else:
            parts.append(f" {one(name)}: {one(value)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("default_isl", type=Path, help="Inno Setup's Default.isl")
    parser.add_argument("--version", default="6.4.1", help="the Inno Setup version it comes from")
    parser.add_argument("-o", "--output", type=Path, default=FIXTURE)
    args = parser.parse_args(argv)
    data = reference(read_isl(args.default_isl), args.version)
    args.output.write_text(dump(data), encoding="utf-8")
    counts = ", ".join(f"{len(data[name])} [{name}]" for name in SECTIONS)
    print(f"{args.output}: {counts} keys")
    return 0


if __name__ == "__main__":
    sys.exit(main())
