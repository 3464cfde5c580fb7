"""Live refresh: other processes' committed changes fed onto this context's ChangeBus.

On PostgreSQL every unit of work sends its change record with `pg_notify` inside its own transaction
(`payload.py`), so it is delivered exactly when, and only if, the work commits; `PgListener` (a thread
on a dedicated connection) LISTENs and publishes what other contexts sent. On SQLite `SqlitePoller`
watches `PRAGMA data_version` on one pooled connection of the app's own engine and reads what changed
from the audit trail. `start_live` picks the one for the engine. No Qt here: the GUI's bridge is
`app/views/common/live_refresh.py`.
"""

from app.services.core.live.payload import CHANNEL, decode, encode
from app.services.core.live.source import LiveSource, start_live

__all__ = ["CHANNEL", "LiveSource", "decode", "encode", "start_live"]
