"""A short `ccpropa` process pays only for what it uses (issue 12, item 8): reportlab's very wide URL
pattern is compiled on first use, PIL and dateutil's parser load on first use, and what a render
writes is the same byte for byte as without any of that."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

from conftest import ROOT, song_ma_unit_dict

from ccpropa_desktop.documents import fonts

ENV = {**os.environ, "CCPROPA_BUNDLED_FONT": "1"}


def python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=ENV,
                            cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    return result


def imported(importtime: str) -> set[str]:
    return {line.rsplit("|", 1)[1].strip() for line in importtime.splitlines()
            if line.startswith("import time:") and "cumulative" not in line}


def test_a_deferred_pattern_answers_as_the_compiled_one():
    pattern = "([a-z\xa1-\uffff0-9]+)://x"
    deferred = fonts._compile_deferring_wide(re.compile, pattern, re.I)
    assert isinstance(deferred, fonts._DeferredPattern)
    compiled = re.compile(pattern, re.I)
    for text in ("HTTPS://x", "ủy://x", "no"):
        assert bool(deferred.match(text)) == bool(compiled.match(text))
    assert deferred.match("Ủy://x").group(1) == "Ủy"
    assert (deferred.pattern, deferred.flags) == (compiled.pattern, compiled.flags)
    assert fonts._compile_deferring_wide(re.compile, "abc", re.I).__class__ is re.Pattern  # narrow: at once


def test_reportlab_loads_with_its_url_pattern_deferred_and_pil_and_urllib_on_first_use():
    code = """
import sys
from ccpropa_desktop.documents import fonts
fonts.defer_import_costs()
from reportlab.platypus import paragraph
from reportlab.lib import utils
deferred = type(paragraph.uri_pat).__name__
import xml.sax.saxutils
untouched = "http.client" not in sys.modules and "Image" not in vars(sys.modules["PIL.Image"])
works = bool(paragraph.uri_pat.match("https://dichvucong.gov.vn/p"))
from PIL import Image
Image.new("RGB", (2, 2))
import urllib.request
urllib.request.Request("https://dichvucong.gov.vn/")
import re
print(deferred, untouched, works, re.compile is re.__dict__["compile"], fonts._WidePatternFinder not in
      {type(f) for f in sys.meta_path}, "Image" in vars(sys.modules["PIL.Image"]),
      "http.client" in sys.modules)
"""
    out = python(code).stdout.split()
    assert out == ["_DeferredPattern", "True", "True", "True", "True", "True", "True"]


def test_the_store_leaves_dateutils_parser_until_it_is_used():
    code = """
import sys
import ccpropa_desktop.store.database
print(type(sys.modules["dateutil.parser"]).__name__)
from dateutil import parser
print(parser.parse("2024-01-13").year, type(sys.modules["dateutil.parser"]).__name__)
"""
    assert python(code).stdout.split() == ["_LazyModule", "2024", "module"]


def test_plan_render_pays_for_neither_and_writes_the_same_pdf(tmp_path):
    data = tmp_path / "data"
    unit_file = tmp_path / "unit.json"
    unit_file.write_text(json.dumps(song_ma_unit_dict(), ensure_ascii=False), encoding="utf-8")
    cli = [sys.executable, "-X", "importtime", "-m", "ccpropa_desktop.cli.main", "--data-dir", str(data)]
    for argv in (["unit", "set", "--file", str(unit_file)],
                 ["plan", "new", "--template", "binh-dinh-2024", "--year", "2024", "--all"]):
        subprocess.run([*cli, *argv], check=True, capture_output=True, env=ENV, cwd=ROOT, timeout=120)
    fast = tmp_path / "fast.pdf"
    result = subprocess.run([*cli, "plan", "render", "1", "--out", str(fast)], capture_output=True, text=True,
                            env=ENV, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    loaded = imported(result.stderr)
    assert "reportlab.platypus.paragraph" in loaded and "ccpropa_desktop.documents.render_pdf" in loaded
    assert "sqlite_utils.recipes" in loaded
    assert not {"PIL.Image", "dateutil.parser._parser", "dateutil.tz.tz", "urllib.request", "http.client",
                "ccpropa_desktop.cli.package_cli", "ccpropa_desktop.services.aggregate"} & loaded
    # The same command in a process that imported reportlab first (nothing deferred).
    plain = tmp_path / "plain.pdf"
    python("import sys, reportlab.platypus, PIL.Image\nfrom ccpropa_desktop.cli.main import main\n"
           "sys.exit(main(sys.argv[1:]))", "--data-dir", str(data), "plan", "render", "1",
           "--out", str(plain))
    assert fast.read_bytes()[:5] == b"%PDF-"
    assert fast.read_bytes() == plain.read_bytes()


# -- the parser of one group ---------------------------------------------------------------------------
def _subparsers(parser) -> dict:
    actions = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
    return actions[0].choices if actions else {}


def _shape(parser) -> dict:
    """Each command of each group with its option strings, e.g. {"plan": {"render": [...]}}."""
    return {name: {command: sorted(s for a in sub._actions for s in a.option_strings)
                   for command, sub in _subparsers(group).items()}
            for name, group in _subparsers(parser).items()}


def test_a_group_named_on_the_command_line_has_every_command_it_has_in_the_full_parser():
    from ccpropa_desktop.cli.main import build_parser

    full = _shape(build_parser())
    for name in full:
        assert _shape(build_parser(name))[name] == full[name], name


def test_the_group_a_command_line_names():
    from ccpropa_desktop.cli.main import named_group

    assert named_group(["--data-dir", "plan", "report", "list"]) == "report"  # "plan" is the folder
    assert named_group(["--json", "plan", "render", "1"]) == "plan"
    assert named_group(["--data-dir=plan", "aggregate", "list"]) == "aggregate"
    assert named_group(["nonsense", "x"]) is None  # the full parser says which groups there are
    assert named_group(["--help"]) is None


def test_plan_render_leaves_the_other_workflows_unimported(tmp_path):
    code = "import sys\nfrom ccpropa_desktop.cli.main import build_parser\nbuild_parser('plan')\n" \
           "print(sorted(m for m in sys.modules if m.startswith('ccpropa_desktop.')))"
    loaded = python(code).stdout
    for name in ("cli.package_cli", "cli.report_cli", "cli.import_cli", "services.aggregate"):
        assert f"ccpropa_desktop.{name}'" not in loaded
    assert "ccpropa_desktop.cli.tracking_cli'" in loaded  # it adds plan commands
