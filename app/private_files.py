"""Files and folders only their owner can read: the database, its -wal/-shm, backups, the data folder.

SQLite creates the -wal and -shm files with the permissions of the database file, so creating the database
file 0600 before SQLite first opens it makes all three private. On Windows the POSIX mode bits do not
apply (the user profile's ACL already keeps the data folder private) and nothing is changed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
POSIX = sys.platform != "win32"


def private_dir(path: Path) -> Path:
    """Create `path` (and missing parents) as a folder only the user can enter; an existing one is kept."""
    if not path.is_dir():
        path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
        if POSIX:
            os.chmod(path, PRIVATE_DIR)  # mkdir's mode is filtered by the umask, never widened
    return path


def private_file(path: Path) -> Path:
    """Create `path` empty and 0600 if it does not exist yet; never touches an existing file's content.

    Only for a file no connection of this process holds yet (a second handle on an open SQLite database
    would drop its locks).
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return path
    os.close(fd)
    if POSIX:
        os.chmod(path, PRIVATE_FILE)
    return path


def mode(path: Path) -> int:
    """The permission bits of `path` (tests and `rapport check`)."""
    return path.stat().st_mode & 0o777


def fsync_dir(path: Path) -> None:
    """Make a rename inside `path` durable (POSIX; Windows has no directory handles to sync)."""
    if not POSIX:
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
