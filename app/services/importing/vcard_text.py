"""The raw text of a vCard file, made safe for vobject's line parser; vCard value escaping.

vCard 2.1 (Android, Outlook) writes non-ASCII values as QUOTED-PRINTABLE, in the CHARSET the line names
or, without one, in the file's own code page (Outlook: Windows-1252), with `=` soft line breaks that
continue on an unindented line. vobject decodes such values as UTF-8 whatever the CHARSET and fails on
anything else, so `decode_file` decodes them first and hands vobject plain lines.

`unescape` and `components` read values the vCard 3.0/4.0 way but keep a comma that is not escaped
(vobject's text reading cuts a value at its first comma, which a sloppy writer's note or title has).
"""

from __future__ import annotations

import codecs
import quopri
import re

from app.services.importing.csv_read import detect_encoding

_LINE_BREAK = re.compile(r"\r\n|\n|\r")
# group.NAME;params:value; 2.1 parameters are never quoted, so the first ':' ends them
_QP_LINE = re.compile(r"^(?P<head>[^:;]+)(?P<params>;[^:]*)?:(?P<value>.*)$", re.DOTALL)
_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\", ":": ":"}


def decode_file(data: bytes) -> tuple[str, str]:
    """(encoding, text) of a .vcf file with every quoted-printable value decoded and unfolded."""
    encoding = detect_encoding(data)
    text = data.decode(encoding, errors="replace")
    byte_encoding = "utf-8" if encoding == "utf-8-sig" else encoding
    lines = _LINE_BREAK.split(text)
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not _is_quoted_printable(line):
            out.append(line)
            continue
        while line.endswith("=") and index < len(lines):  # a soft line break: the value goes on
            line = line[:-1] + lines[index]
            index += 1
        while index < len(lines) and lines[index][:1] in (" ", "\t") and lines[index].strip():
            line += lines[index][1:]  # ordinary folding, which some writers add as well
            index += 1
        out.append(_decoded_line(line, byte_encoding))
    return encoding, "\r\n".join(out)


def _is_quoted_printable(line: str) -> bool:
    head, colon, _ = line.partition(":")
    return bool(colon) and "QUOTED-PRINTABLE" in head.upper()


def _decoded_line(line: str, file_encoding: str) -> str:
    """The line with its value decoded and escaped as vCard 3.0 text, its encoding parameters gone."""
    match = _QP_LINE.match(line)
    if match is None:
        return line
    kept: list[str] = []
    charset = file_encoding
    for param in (match.group("params") or "").split(";")[1:]:
        name, _, value = param.partition("=")
        upper = param.upper()
        if upper in ("QUOTED-PRINTABLE", "ENCODING=QUOTED-PRINTABLE"):
            continue
        if name.upper() == "CHARSET":
            charset = value.strip('"') or file_encoding
            continue
        kept.append(param)
    raw = quopri.decodestring(match.group("value").encode(file_encoding, errors="replace"))
    try:
        codecs.lookup(charset)
    except LookupError:
        charset = file_encoding
    value = raw.decode(charset, errors="replace")
    params = "".join(f";{p}" for p in kept)
    return f"{match.group('head')}{params}:{_escape_decoded(value)}"


def _escape_decoded(value: str) -> str:
    """A decoded 2.1 value as 3.0 text: its line breaks and lone backslashes escaped, `;` kept as the
    separator of a structured value (2.1 escapes a literal one as `\\;`, which stays as it is)."""
    value = re.sub(r"\\(?!;)", r"\\\\", value)
    return _LINE_BREAK.sub(r"\\n", value)


def unescape(raw: str) -> str:
    """A text value without its backslash escapes; an unknown escape is kept as written."""
    return components(raw, split=False)[0]


def components(raw: str, split: bool = True) -> list[str]:
    """The parts of a structured value (N, ADR, ORG) between unescaped `;`, each unescaped."""
    parts: list[str] = []
    current: list[str] = []
    chars = iter(raw)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            current.append(_ESCAPES.get(following, "\\" + following))
        elif char == ";" and split:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts
