"""The API token list shows a user their own tokens; an administrator sees everyone's."""

from __future__ import annotations

from tests.services.access.conftest import Office


def test_a_rep_lists_only_their_own_tokens(ctx, office: Office, as_user):
    ctx.tokens.create(office.ids["walter"], "walter's shop", "read")  # made by the administrator
    rita = as_user("rita@example.com")
    rita.tokens.create(rita.current_user.id, "rita's script", "read")
    assert [t.name for t in rita.tokens.list()] == ["rita's script"]
    assert {t.name for t in ctx.tokens.list()} == {"walter's shop", "rita's script"}
