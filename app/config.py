"""Where the database lives and the few settings that are not user preferences."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

from app.private_files import private_dir

APP_NAME = "Rapport"
ENV_DB = "RAPPORT_DB"


def data_dir() -> Path:
    """Return the per-user data directory (created on demand), never the program folder."""
    override = os.environ.get("RAPPORT_DATA_DIR")
    path = Path(override) if override else user_data_path(APP_NAME, appauthor=False)
    if not path.is_dir():
        private_dir(path)
    return path


def default_db_path() -> Path:
    return data_dir() / "rapport.db"


def demo_db_path() -> Path:
    return data_dir() / "demo.db"


def to_url(db: str | os.PathLike[str]) -> str:
    """Turn a file path or an SQLAlchemy URL into an SQLAlchemy URL."""
    text = os.fspath(db)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


@dataclass(frozen=True)
class Settings:
    """Resolved start-up settings: which database, and as whom."""

    db_url: str
    user_email: str | None = None
    explicit: bool = False  # named by --db or $RAPPORT_DB: a missing file is a mistake, not a first start

    @property
    def is_sqlite(self) -> bool:
        return self.db_url.startswith("sqlite")

    @property
    def display_url(self) -> str:
        """The database as it may be printed or shown: a path, or a URL without its password."""
        from app.db import redact

        return str(self.sqlite_path) if self.sqlite_path else redact(self.db_url)

    @property
    def missing_file(self) -> Path | None:
        """The SQLite file named by --db or $RAPPORT_DB when it does not exist (a typo, most likely)."""
        path = self.sqlite_path
        return path if self.explicit and path is not None and not path.exists() else None

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        raw = self.db_url.split("///", 1)[1] if "///" in self.db_url else ""
        return Path(raw) if raw and raw != ":memory:" else None


def resolve_settings(db: str | None = None, demo: bool = False) -> Settings:
    """Pick the database: --db, then --demo, then $RAPPORT_DB, then the user data directory."""
    explicit = True
    if db:
        url = to_url(db)
    elif demo:
        url, explicit = to_url(demo_db_path()), False
    elif os.environ.get(ENV_DB):
        url = to_url(os.environ[ENV_DB])
    else:
        url, explicit = to_url(default_db_path()), False
    return Settings(db_url=url, user_email=os.environ.get("RAPPORT_USER"), explicit=explicit)
