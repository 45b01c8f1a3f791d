"""`ccpropa selftest` / `ccpropa-desktop --selftest`: every check passes here; a broken piece is named."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest
from cli.cli_run import run
from reportlab.pdfgen import canvas

from ccpropa_desktop.documents.pdf_checks import pdf_font_problems
from ccpropa_desktop.services import render, selftest, templates

ROOT = Path(__file__).resolve().parent.parent


def test_cli_selftest_passes_and_names_every_template(capsys, data_dir) -> None:
    code, out, _ = run(capsys, "selftest")
    assert code == 0, out
    assert out.strip().endswith("đều đạt.")
    for template_id in templates.builtin_templates():
        assert f"OK   lập kế hoạch từ mẫu {template_id}" in out
        assert f"OK   in PDF kế hoạch {template_id}: " in out and "phông đã nhúng" in out
        assert f"OK   xuất DOCX kế hoạch {template_id}" in out
    assert not data_dir.exists()  # the unit's own folder is never opened


def test_a_missing_resource_fails_with_its_name(capsys, monkeypatch) -> None:
    monkeypatch.setattr(selftest, "REQUIRED", [*selftest.REQUIRED, ("resources", "fonts", "Khong-co.ttf")])
    code, out, _ = run(capsys, "selftest")
    assert code == 1
    assert "LỖI  tài nguyên đi kèm: thiếu: resources/fonts/Khong-co.ttf" in out
    assert "1/" in out.splitlines()[-1] and "LỖI" in out.splitlines()[-1]


def test_a_failing_renderer_is_reported_not_raised(capsys, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("máy in hỏng")

    monkeypatch.setattr(render, "render_plan", broken)
    code, out, err = run(capsys, "selftest")
    assert code == 1
    assert "LỖI  in PDF kế hoạch bac-kan-2024: RuntimeError: máy in hỏng" in out
    assert "Traceback" not in out + err


def test_json_lists_each_check(capsys) -> None:
    import json

    code, out, _ = run(capsys, "selftest", "--json")
    data = json.loads(out)
    assert code == 0 and data["ok"] is True
    assert all(c["ok"] for c in data["checks"]) and len(data["checks"]) == 2 + 1 + 3 * 4


def test_font_check_catches_an_unembedded_face() -> None:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.setFont("Helvetica", 12)
    page.drawString(72, 720, "plain")
    page.save()
    assert pdf_font_problems(buffer.getvalue()) == ["phông không nhúng: Helvetica"]
    assert pdf_font_problems(b"%PDF-1.4\n%%EOF") == ["không có phông chữ nào"]


@pytest.mark.ui
def test_window_selftest_opens_every_page(qapp, capsys) -> None:
    from ccpropa_desktop.ui.selftest import run_selftest

    assert run_selftest("en") == 0
    out = capsys.readouterr().out
    pages = ("unit", "templates", "plans", "editor", "issue", "tracking", "reports", "aggregate", "settings")
    for key in pages:
        assert f"OK   mở trang «{key}» (en): 1366×768" in out
    assert "bản dịch giao diện «en»" in out


@pytest.mark.slow
def test_the_wheel_works_installed_from_another_folder(tmp_path) -> None:
    """pip wheel . → a fresh venv → `ccpropa selftest` from an unrelated folder, in the installed layout."""
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "-w", str(wheels), str(ROOT)], check=True, cwd=tmp_path, capture_output=True, timeout=300)
    wheel = next(wheels.glob("ccpropa_desktop-*.whl"))
    target = tmp_path / "venv"
    venv.create(target, with_pip=False)
    bin_dir = target / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    purelib = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    site = Path(subprocess.run([str(python), "-c", purelib], check=True, capture_output=True,
                               text=True).stdout.strip())
    # The dependencies come from the test venv (no download); ccpropa_desktop only from the wheel.
    outer = [p for p in sys.path if p.endswith("site-packages")]
    (site / "outer-deps.pth").write_text("\n".join(outer) + "\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site),
                    str(wheel)], check=True, capture_output=True, timeout=300)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | {"QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([str(python), "-m", "ccpropa_desktop.cli", "selftest"], cwd=elsewhere, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"tài nguyên (installed): {site / 'ccpropa_desktop'}" in done.stdout
    done = subprocess.run([str(python), "-m", "ccpropa_desktop", "--selftest", "--lang", "en"], cwd=elsewhere,
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "OK   mở trang «plans» (en)" in done.stdout


@pytest.mark.ui
def test_window_selftest_lists_a_skipped_page(qapp, capsys, monkeypatch) -> None:
    from ccpropa_desktop.ui.selftest import SKIP_ENV, run_selftest

    monkeypatch.setenv(SKIP_ENV, "issue, reports")
    assert run_selftest("vi") == 0
    out = capsys.readouterr().out
    assert f"OK   mở trang «issue» (vi): BỎ QUA theo {SKIP_ENV}" in out
    assert f"OK   mở trang «reports» (vi): BỎ QUA theo {SKIP_ENV}" in out
    assert "OK   mở trang «editor» (vi): 1366×768" in out
