"""The database file itself: schema migrations at start-up, backups and restore, and integrity checks."""
