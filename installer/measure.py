"""Print the Linux bundle's figures: size on disk and archive, start-up of the frozen app against `python -m app`.

    python installer/measure.py [--bundle dist/Rapport] [--runs 5]

Each figure is "wall / CPU" milliseconds: elapsed time, and the user + system time of the process, which
other work on the machine disturbs less. Warm: the median of N runs after one discarded run. Cold: the
median of N runs each after dropping the kernel's page cache (needs root and a writable
/proc/sys/vm/drop_caches; skipped otherwise), so every library and module is read from disk again, as on
the first start after a reboot.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def tree_size(path: Path) -> tuple[int, int]:
    """Return (bytes, files) of a folder, counting symlinks as links, not as their targets."""
    total = files = 0
    for entry in path.rglob("*"):
        if entry.is_file() and not entry.is_symlink():
            total += entry.stat().st_size
            files += 1
    return total, files


def drop_caches() -> bool:
    try:
        os.sync()
        DROP_CACHES.write_text("3\n")
    except OSError:
        return False
    return True


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Run once; return (wall ms, CPU ms). CPU time holds steady when other work shares the machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=300)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr.decode(errors='replace')}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall * 1000, cpu * 1000


def compare(commands: list[list[str]], env: dict[str, str], runs: int, cold: bool) -> list[str]:
    """Return "wall / cpu" medians in ms per command ("n/a" if caches cannot be dropped).

    The commands take turns, so a machine that speeds up or slows down during the measurement (other work,
    frequency scaling) affects them alike.
    """
    if not cold:
        for command in commands:
            timed(command, env)  # the discarded run that warms the cache
    samples: list[list[tuple[float, float]]] = [[] for _ in commands]
    for _ in range(runs):
        for command, taken in zip(commands, samples, strict=True):
            if cold and not drop_caches():
                return ["n/a"] * len(commands)
            taken.append(timed(command, env))
    return [
        f"{statistics.median(w for w, _c in taken):.0f} / {statistics.median(c for _w, c in taken):.0f}"
        for taken in samples
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "Rapport")
    parser.add_argument("--python", default=sys.executable, help="interpreter for `python -m app`")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--no-cold", action="store_true", help="skip cold runs (dropping caches slows others)"
    )
    args = parser.parse_args(argv)

    size, files = tree_size(args.bundle)
    archives = sorted(args.bundle.parent.glob("Rapport-*-linux-*.tar.gz"))
    print(f"bundle  {args.bundle}: {size / 1e6:.0f} MB in {files:,} files")
    if archives:
        print(f"archive {archives[-1].name}: {archives[-1].stat().st_size / 1e6:.0f} MB")

    data = tempfile.TemporaryDirectory(prefix="rapport-measure-")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RAPPORT_DATA_DIR": data.name}
    programs = {"frozen": [str(args.bundle / "rapport")], "python -m app": [args.python, "-m", "app"]}
    rows = [("--version", ["--version"]), ("--self-test", ["--self-test"])]
    print(f"\nstart-up in ms, median of {args.runs} runs: wall / CPU   {'frozen':>13}  {'python -m app':>13}")
    for label, extra in rows:
        for cold in (False, True)[: 1 if args.no_cold else 2]:
            cells = compare([cmd + extra for cmd in programs.values()], env, args.runs, cold)
            kind = "cold (page cache dropped)" if cold else "warm"
            print(f"  {label:<12} {kind:<26} {cells[0]:>13}  {cells[1]:>13}")
    if not DROP_CACHES.exists() or not os.access(DROP_CACHES, os.W_OK):
        print("  (cold runs need root and a writable /proc/sys/vm/drop_caches)")
    data.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
