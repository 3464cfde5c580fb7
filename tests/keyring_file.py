"""A real keyring backend that keeps its secrets in one JSON file: the OS keyring of the tests.

Installed with `keyring.set_keyring(FileKeyring(path))`; a subprocess picks it up through
PYTHON_KEYRING_BACKEND=tests.keyring_file.FileKeyring and RAPPORT_TEST_KEYRING=<path>.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError

ENV = "RAPPORT_TEST_KEYRING"


class FileKeyring(KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:
        """Viable only where a test named its file (keyring's discovery tries every backend class)."""
        if not os.environ.get(ENV):
            raise RuntimeError(f"{ENV} is not set")
        return 1

    def __init__(self, path: Path | str | None = None) -> None:
        super().__init__()
        self.path = Path(path or os.environ.get(ENV, "keyring.json"))

    def _load(self) -> dict[str, str]:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\n{username}"] = password
        self.path.write_text(json.dumps(data))

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError(username)
        self.path.write_text(json.dumps(data))
