"""Which database the app opens: --db, then --demo, then $RAPPORT_DB, then the user data directory."""

from __future__ import annotations

from pathlib import Path

from app.config import resolve_settings


def test_default_is_rapport_db_in_the_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("RAPPORT_DATA_DIR", str(tmp_path))
    settings = resolve_settings()
    assert settings.sqlite_path == (tmp_path / "rapport.db").resolve()
    assert settings.is_sqlite


def test_environment_then_demo_then_explicit_db(tmp_path, monkeypatch):
    monkeypatch.setenv("RAPPORT_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("RAPPORT_DB", str(tmp_path / "env.db"))
    assert resolve_settings().sqlite_path == (tmp_path / "env.db").resolve()
    assert resolve_settings(demo=True).sqlite_path == (tmp_path / "demo.db").resolve()
    assert resolve_settings(db=str(tmp_path / "x.db"), demo=True).sqlite_path == (tmp_path / "x.db").resolve()


def test_urls_pass_through(monkeypatch):
    url = "postgresql+psycopg://u:p@localhost/crm"
    monkeypatch.setenv("RAPPORT_DB", url)
    settings = resolve_settings()
    assert settings.db_url == url
    assert not settings.is_sqlite and settings.sqlite_path is None


def test_relative_paths_are_made_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert resolve_settings(db="rel.db").sqlite_path == Path(tmp_path / "rel.db").resolve()
