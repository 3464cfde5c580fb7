"""Build Rapport's bundle for the platform this runs on, then its installer.

    python installer/build.py                 bundle, then tar.gz (Linux) / DMG (macOS) / Setup.exe (Windows)
    python installer/build.py --no-package    bundle only
    python installer/build.py --self-test     also run the bundle's `--self-test` before packaging

Everything lands in dist/: the one-folder bundle (dist/Rapport, or dist/Rapport.app on macOS) and
Rapport-<version>-linux-<arch>.tar.gz, Rapport-<version>.dmg or Rapport-Setup-<version>.exe. The version
is app.__version__ (app/__init__.py), the one place it is written; pyproject.toml reads it too. Needs `pip install -e ".[installer]"`; on Windows,
Inno Setup 6 (ISCC.exe on PATH or in its default folder); on macOS, hdiutil (built in).
"""

from __future__ import annotations

import argparse
import ast
import os
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
SPEC = HERE / "rapport.spec"


def project_version() -> str:
    """Return app.__version__, read from app/__init__.py without importing the package."""
    source = ROOT / "app" / "__init__.py"
    for node in ast.parse(source.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            getattr(t, "id", None) == "__version__" for t in node.targets
        ):
            return str(ast.literal_eval(node.value))
    raise SystemExit(f"{source} does not set __version__")


def console_executable() -> Path:
    """Return the bundle's program that prints: what CI and `--self-test` run."""
    if sys.platform == "darwin":
        return DIST / "Rapport.app" / "Contents" / "MacOS" / "Rapport"
    if sys.platform == "win32":
        return DIST / "Rapport" / "rapport-cli.exe"
    return DIST / "Rapport" / "rapport"


def run_pyinstaller(clean: bool, verbose: bool) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit('PyInstaller is not installed here: pip install -e ".[installer]"') from None
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(DIST)]
    command += ["--workpath", str(WORK), "--log-level", "INFO" if verbose else "WARN"]
    command += ["--clean", str(SPEC)] if clean else [str(SPEC)]
    print(f"building the bundle with PyInstaller ({' '.join(command[1:3])})", flush=True)
    subprocess.run(command, check=True, cwd=ROOT)


def strip_debug_symbols(bundle: Path) -> int:
    """Linux: drop debug symbols (pyenv-built libpython and lib-dynload carry ~25 MB of them), but not from
    auditwheel's vendored `*.libs` folders, which strip would break. Returns the bytes saved."""
    if not sys.platform.startswith("linux") or shutil.which("strip") is None:
        return 0
    saved = 0
    for path in bundle.rglob("*.so*"):
        if path.is_symlink() or not path.is_file() or any(part.endswith(".libs") for part in path.parts):
            continue
        before = path.stat().st_size
        done = subprocess.run(["strip", "--strip-debug", str(path)], capture_output=True)
        if done.returncode == 0:
            saved += before - path.stat().st_size
    return saved


def check_excluded_imports() -> None:
    """Fail when Rapport's own code imports a module the spec left out (it would fail at run time)."""
    warnings = WORK / "rapport" / "warn-rapport.txt"
    if not warnings.exists():
        return
    problems = []
    for line in warnings.read_text(encoding="utf-8").splitlines():
        match = re.match(r"excluded module named (\S+) - imported by (.*)", line)
        if match:
            importers = [part.strip().split(" ")[0] for part in match.group(2).split(",")]
            ours = [name for name in importers if name == "app" or name.startswith("app.")]
            if ours:
                problems.append(f"{match.group(1)} (imported by {', '.join(ours)})")
    if problems:
        raise SystemExit(
            "the bundle leaves out modules that Rapport imports: " + "; ".join(problems) + ". Declare the "
            "package in pyproject.toml's dependencies, or remove it from the spec's QT_UNUSED/excludes."
        )


def self_test() -> None:
    exe = console_executable()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    print(f"running {exe.relative_to(ROOT)} --self-test", flush=True)
    done = subprocess.run([str(exe), "--self-test"], env=env, timeout=300)
    if done.returncode != 0:
        raise SystemExit(f"the bundle's self-test failed (exit code {done.returncode})")


def package(version: str) -> Path:
    if sys.platform.startswith("linux"):
        sys.path.insert(0, str(HERE / "linux"))
        from make_tarball import make_tarball

        return make_tarball(DIST / "Rapport", DIST, version)
    if sys.platform == "darwin":
        subprocess.run(
            ["bash", str(HERE / "macos" / "make_dmg.sh"), str(DIST / "Rapport.app"), str(DIST)], check=True
        )
        return DIST / f"Rapport-{version}.dmg"
    if sys.platform == "win32":
        iscc = find_iscc()
        numeric = ".".join(str(n) for n in (*_release(version), 0, 0, 0)[:4])
        subprocess.run(
            [str(iscc), "/Q", f"/DAppVersion={version}", f"/DAppNumericVersion={numeric}",
             str(HERE / "windows" / "rapport.iss")],
            check=True,
        )  # fmt: skip
        return DIST / f"Rapport-Setup-{version}.exe"
    raise SystemExit(f"no installer format for {sys.platform}; use --no-package")


def _release(version: str) -> tuple[int, ...]:
    """Return the numeric release part: '1.2.0rc1' -> (1, 2, 0)."""
    match = re.match(r"\d+(\.\d+)*", version)
    if not match:
        raise SystemExit(f"cannot read a release number from version {version!r}")
    return tuple(int(part) for part in match.group(0).split("."))


def find_iscc() -> Path:
    found = shutil.which("iscc")
    if found:
        return Path(found)
    # Environment names are case-insensitive on Windows; the machine-wide and per-user install folders.
    bases = [os.environ.get(name) for name in ("PROGRAMFILES(X86)", "PROGRAMFILES")]
    bases.append(os.path.join(os.environ.get("LOCALAPPDATA", ""), "Programs"))
    for base in filter(None, bases):
        candidate = Path(base) / "Inno Setup 6" / "ISCC.exe"
        if candidate.is_file():
            return candidate
    raise SystemExit(
        "Inno Setup 6 not found (ISCC.exe): install it (choco install innosetup) or use --no-package"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-package", action="store_true", help="build the bundle only")
    parser.add_argument(
        "--self-test", action="store_true", help="run the bundle's --self-test before packaging"
    )
    parser.add_argument("--clean", action="store_true", help="discard PyInstaller's cache first")
    parser.add_argument("--verbose", action="store_true", help="show PyInstaller's progress")
    args = parser.parse_args(argv)

    version = project_version()
    print(f"Rapport {version} for {sys.platform} ({platform.machine()}), Python {platform.python_version()}")
    run_pyinstaller(args.clean, args.verbose)
    saved = strip_debug_symbols(console_executable().parent)
    if saved:
        print(f"stripped {saved / 1e6:.0f} MB of debug symbols")
    check_excluded_imports()
    print(f"bundle: {console_executable().relative_to(ROOT)}")
    if args.self_test:
        self_test()
    if not args.no_package:
        print(f"package: {package(version).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
