"""The API app as each of several server processes builds it (`rapport serve --workers N`).

uvicorn starts the workers itself and calls `worker_app()` in each; the database is named by the parent in
$RAPPORT_SERVE_DB. The parent has already opened, checked and migrated it, so a worker opens it without
migrating and without signing in: its own context only checks tokens, and every call then acts as its
token's user (AppContext.acting_as), as with one process.
"""

from __future__ import annotations

import os

from fastapi import FastAPI

from app.api.app import create_app
from app.config import resolve_settings
from app.context import AppContext

DB_VARIABLE = "RAPPORT_SERVE_DB"


def worker_app() -> FastAPI:
    ctx = AppContext.open(resolve_settings(db=os.environ[DB_VARIABLE]), migrate=False)
    return create_app(ctx)
