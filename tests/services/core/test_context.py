"""The composition root: every service is named once, built on first use, and then kept."""

from __future__ import annotations

from app.context import AppContext, service_names


def test_every_service_is_built_once_from_the_contexts_unit_of_work(ctx: AppContext) -> None:
    names = service_names()
    assert {"contacts", "deals", "importer", "standardise", "segments"} <= set(names)
    for name in names:
        service = getattr(ctx, name)
        assert service.uow is ctx.uow, name
        assert getattr(ctx, name) is service, f"{name} was built twice"


def test_an_unbroadcast_context_returns_changes_instead_of_publishing_them(ctx: AppContext) -> None:
    from app.services.records.accounts import AccountInput

    heard = []
    ctx.bus.subscribe(heard.append)
    worker = ctx.unbroadcast()
    outcome = worker.accounts.create(AccountInput(name="Quiet GmbH"))
    assert outcome.changes.touches("account")
    assert heard == []
    assert worker.accounts is not ctx.accounts
    ctx.accounts.create(AccountInput(name="Loud AG"))
    assert len(heard) == 1 and heard[0].touches("account")
