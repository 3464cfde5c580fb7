"""Where the database lives and the few settings that are not user preferences."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Rapport"
ENV_DB = "RAPPORT_DB"


def data_dir() -> Path:
    """Return the per-user data directory (created on demand), never the program folder."""
    override = os.environ.get("RAPPORT_DATA_DIR")
    path = Path(override) if override else user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
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

    @property
    def is_sqlite(self) -> bool:
        return self.db_url.startswith("sqlite")

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        raw = self.db_url.split("///", 1)[1] if "///" in self.db_url else ""
        return Path(raw) if raw and raw != ":memory:" else None


def resolve_settings(db: str | None = None, demo: bool = False) -> Settings:
    """Pick the database: --db, then --demo, then $RAPPORT_DB, then the user data directory."""
    if db:
        url = to_url(db)
    elif demo:
        url = to_url(demo_db_path())
    elif os.environ.get(ENV_DB):
        url = to_url(os.environ[ENV_DB])
    else:
        url = to_url(default_db_path())
    return Settings(db_url=url, user_email=os.environ.get("RAPPORT_USER"))
