"""Offline laptops (docs/sync.md): a local SQLite replica of the user's part of the office PostgreSQL
database, made by `setup`, kept in step by `run_sync` (field-level three-way merge of both sides against
the state of the last sync), with a conflict list the user settles (`conflicts`). Knows no other
capability package; the scope of a replica comes from core's `Guard` hook."""
