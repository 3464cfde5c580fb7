"""Render resources/icons/rapport.svg into every application icon format the installers need.

    python installer/make_icons.py

Writes, next to the SVG: rapport-<N>.png (Linux hicolor sizes), rapport.ico (Windows: exe, installer,
shortcuts) and rapport.icns (macOS). Qt renders the SVG; the ICO and ICNS containers are written here
so the script does not depend on which Qt image-format plugins are installed. Run it after editing the
SVG and commit the results: builds use the committed files and never need to render.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "rapport.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # freedesktop hicolor theme sizes
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)  # Windows shell sizes at 100-200 % scaling
# ICNS element types holding PNG data, by pixel size (Retina types reuse the double-size render).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"ic11", 32), (b"ic12", 64), (b"ic07", 128),
    (b"ic13", 256), (b"ic08", 256), (b"ic14", 512), (b"ic09", 512), (b"ic10", 1024),
)  # fmt: skip


def render(size: int) -> tuple[bytes, bytes]:
    """Render the SVG at size x size; return (PNG bytes, raw BGRA pixels top-down)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot render {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)  # BGRA in memory on little-endian machines
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    pixels = bytes(image.constBits())[: size * size * 4]
    if sys.byteorder != "little":
        raise SystemExit("make_icons.py assumes a little-endian machine")
    return bytes(data.data()), pixels


def ico_bitmap(size: int, bgra: bytes) -> bytes:
    """Return an ICO image entry in the classic DIB form: 32-bit BGRA, bottom-up, plus the AND mask."""
    rows = [bgra[y * size * 4 : (y + 1) * size * 4] for y in range(size)]
    mask_row = ((size + 31) // 32) * 4  # 1 bit per pixel, rows padded to 32 bits; alpha makes it unused
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    return header + b"".join(reversed(rows)) + bytes(mask_row * size)


def write_ico(path: Path, images: dict[int, tuple[bytes, bytes]]) -> None:
    # Small sizes as bitmaps (every Windows component reads them), 256 as PNG (the documented Vista+ form).
    entries = [(s, images[s][0] if s >= 256 else ico_bitmap(s, images[s][1])) for s in ICO_SIZES]
    offset = 6 + 16 * len(entries)
    directory, blobs = [], []
    for size, blob in entries:
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        directory.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    path.write_bytes(struct.pack("<HHH", 0, 1, len(entries)) + b"".join(directory) + b"".join(blobs))


def write_icns(path: Path, pngs: dict[int, bytes]) -> None:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _kind, size in ICNS_TYPES)})
    images = {size: render(size) for size in sizes}
    for size in PNG_SIZES:
        (ICONS / f"rapport-{size}.png").write_bytes(images[size][0])
    write_ico(ICONS / "rapport.ico", images)
    write_icns(ICONS / "rapport.icns", {size: png for size, (png, _bgra) in images.items()})
    for name in sorted(p.name for p in ICONS.glob("rapport*") if p.suffix != ".svg"):
        print(f"wrote {ICONS / name} ({(ICONS / name).stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
