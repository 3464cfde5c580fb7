"""Which text encoding a file another program wrote is in: a byte-order mark, else UTF-8 if the whole file
is UTF-8, else charset-normalizer's verdict on a sample.

The whole-file UTF-8 check runs over the file in chunks (constant memory), so a file that is UTF-8 but for
one byte far down is not called UTF-8. Where charset-normalizer finds several code pages equally likely
(a short Western European sample reads the same in Windows-1250, -1252 and -1257 but for a letter or
two), the most widespread one, Windows-1252, is taken. A short sample can still fool the detector (a few
Polish words may pass for Windows-1252): the encoding option overrides it.
"""

from __future__ import annotations

import codecs
from typing import BinaryIO

from app.services.core.errors import RapportError

SAMPLE_BYTES = 256 * 1024
_CHUNK = 1024 * 1024
_PREFERRED = ("cp1252", "utf_8", "latin_1", "iso8859_15")
# What spreadsheets and CRMs write: Windows and ISO code pages, the East Asian ones, UTF-16/32. The old
# DOS code pages (cp437, cp775, cp850 ...) read most short Western samples without a fault and would win
# over Windows-1252, so they are tried only when none of these reads the file.
_LIKELY = (
    *(f"cp{n}" for n in range(1250, 1259)),
    *(f"iso8859_{n}" for n in (1, 2, 4, 5, 6, 7, 8, 9, 13, 15)),
    "koi8_r",
    "koi8_u",
    "cp932",
    "shift_jis",
    "euc_jp",
    "gb18030",
    "big5",
    "euc_kr",
    "cp949",
    "utf_16",
    "utf_16_le",
    "utf_16_be",
    "utf_32",
    "utf_8",
)


class EncodingError(RapportError, ValueError):
    """The file's bytes are not text in the detected or given encoding."""


def check_encoding(name: str) -> str:
    """The codec name, or EncodingError for a name Python does not know."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise EncodingError(f"unknown encoding '{name}' (try utf-8, utf-16, cp1252 or latin-1)") from None


def detect(stream: BinaryIO) -> tuple[str, int]:
    """(encoding, bytes to skip before the text) of a seekable binary stream; it is left at its start."""
    stream.seek(0)
    head = stream.read(SAMPLE_BYTES)
    size = stream.seek(0, 2)
    stream.seek(0)
    if head.startswith(codecs.BOM_UTF8):
        if _utf8_prefix(head[3:]):
            return "utf-8-sig", 0
        return _guess(head[3:]), 3  # a UTF-8 mark before text in a legacy code page
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        if size % 2:
            raise EncodingError(
                "the file starts with a UTF-16 byte-order mark but has an odd number of bytes:"
                " it is cut short or not UTF-16"
            )
        return "utf-16", 0
    if head.count(0) > len(head) // 4:  # NUL bytes are valid UTF-8, so UTF-16 is told apart first
        return _guess(head), 0
    bad_at = _first_non_utf8(stream)
    stream.seek(0)
    if bad_at is None:
        return "utf-8", 0
    sample = head
    if bad_at >= len(head) - 16:  # the sample must include what UTF-8 could not read
        stream.seek(max(0, bad_at - 1024))
        sample = head[: SAMPLE_BYTES // 2] + b"\n" + stream.read(SAMPLE_BYTES // 2)
        stream.seek(0)
    return _guess(sample), 0


def _utf8_prefix(data: bytes) -> bool:
    """Whether `data` is UTF-8, allowing a character cut at its end."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _first_non_utf8(stream: BinaryIO) -> int | None:
    """The offset of the first byte that is not UTF-8, or None; read in chunks."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    while chunk := stream.read(_CHUNK):
        try:
            decoder.decode(chunk, final=False)
        except UnicodeDecodeError as exc:
            return offset + exc.start
        offset += len(chunk)
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return max(0, offset - 4)
    return None


def _guess(sample: bytes) -> str:
    """charset-normalizer's best encoding for `sample`, Windows-1252 among equals."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(sample, cp_isolation=list(_LIKELY))) or list(from_bytes(sample))
    if not matches:
        raise EncodingError(
            "cannot tell the file's encoding (is it a text file?); name it with the encoding option"
        )
    best = matches[0]
    equals = [
        name
        for m in matches
        if (m.chaos, m.coherence) == (best.chaos, best.coherence)
        for name in (m.encoding, *m.could_be_from_charset)  # code pages that read the sample the same
    ]
    preferred = next((name for name in _PREFERRED if name in equals), best.encoding)
    return codecs.lookup(preferred).name
