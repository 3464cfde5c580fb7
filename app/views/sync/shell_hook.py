"""Put the offline status into the main window's status bar when the open database is a replica."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from app.config import Settings
from app.context import AppContext
from app.services.sync.engine import SyncReport
from app.views.common.change_relay import ChangeRelay
from app.views.sync.status_bar import SyncStatus


def add_sync_status(window: QMainWindow, ctx: AppContext, relay: ChangeRelay) -> SyncStatus | None:
    """The status bar's offline part, refreshed after every change; None for an ordinary database."""
    status = ctx.replica.status()
    if not status.is_replica:
        return None
    widget = SyncStatus(ctx, lambda: _sync_now(ctx, status.server))
    window.statusBar().addPermanentWidget(widget)
    relay.changed.connect(lambda _changes: widget.refresh())
    return widget


def _sync_now(ctx: AppContext, server_url: str) -> SyncReport:
    """Sync as the signed-in user: with the "remember me" token saved for that server if there is one,
    else as the local user (a team server then says to sign in: `rapport --as EMAIL sync`)."""
    from app.services.access import keyring_store
    from app.services.access.signin import Credentials
    from app.services.core.errors import DatabaseError, RapportError

    settings = Settings(db_url=server_url, explicit=True)
    saved = keyring_store.load_token(settings.display_url) if keyring_store.available() else None
    user = Credentials(saved[0], None, saved[1]) if saved else None
    try:
        server = AppContext.open(settings, migrate=False, user=user)
        try:
            if user is None:
                server.sign_in(ctx.current_user.email if ctx.current_user else None)
            return ctx.replica.sync(server.sessions)
        finally:
            server.close()
    except RapportError:
        raise
    except Exception as exc:  # an unreachable server, a dropped connection: said, then tried again later
        raise DatabaseError(f"cannot sync with {settings.display_url}: {str(exc).splitlines()[0]}") from exc
