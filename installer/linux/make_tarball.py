"""Pack the Linux bundle as Rapport-<version>-linux-<arch>.tar.gz with a menu entry, an icon and install.sh.

    python installer/linux/make_tarball.py [BUNDLE] [OUT_DIR]    (build.py calls make_tarball)

The archive holds one folder, Rapport-<version>/: the program (`rapport`, `_internal/`), `rapport.desktop`,
`rapport.png` and `install.sh` (per-user install, no root). It also runs straight from the unpacked folder.
Owners are normalised and, with SOURCE_DATE_EPOCH set, times too, so the archive does not depend on who built it.
"""

from __future__ import annotations

import gzip
import os
import platform
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def make_tarball(bundle: Path, out_dir: Path, version: str) -> Path:
    """Write the archive and return its path."""
    if not (bundle / "rapport").is_file():
        raise SystemExit(f"{bundle} is not a Linux Rapport bundle (no `rapport` program in it)")
    top = f"Rapport-{version}"
    target = out_dir / f"{top}-linux-{platform.machine()}.tar.gz"
    epoch = os.environ.get("SOURCE_DATE_EPOCH")

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        if epoch:
            info.mtime = int(epoch)
        return info

    extras = [
        (HERE / "rapport.desktop", "rapport.desktop"),
        (HERE / "install.sh", "install.sh"),
        (ROOT / "resources" / "icons" / "rapport-256.png", "rapport.png"),
    ]
    # gzip level 6: within 2 % of level 9 on this content, at half the time.
    with (
        gzip.GzipFile(target, "wb", compresslevel=6, mtime=int(epoch or 0)) as raw,
        tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        for path in sorted(bundle.rglob("*")):  # sorted: the same bundle gives the same archive
            # symlinks stay symlinks (the bundle links its Qt libraries); add() does not follow them
            tar.add(path, f"{top}/{path.relative_to(bundle).as_posix()}", recursive=False, filter=normalise)
        for source, name in extras:
            tar.add(source, f"{top}/{name}", filter=normalise)
    return target


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "Rapport")
    parser.add_argument("out_dir", nargs="?", type=Path, help="default: the bundle's parent folder")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE.parent))
    from build import project_version

    print(make_tarball(args.bundle, args.out_dir or args.bundle.parent, project_version()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
