def test_quick_search_finds_open_leads_but_not_converted_ones(ctx) -> None:
    from app.services.sales.leads import LeadInput

    open_lead = ctx.leads.create(LeadInput(last_name="Quaxley", first_name="Ada", company="Quax Ltd")).value
    gone = ctx.leads.create(LeadInput(last_name="Quaxley", first_name="Bo", company="Old Quax")).value
    with ctx.uow() as work:
        from app.models import Lead, LeadStatus

        work.session.get(Lead, gone.id).status = LeadStatus.CONVERTED
    hits = ctx.search.find("quaxl")
    assert [(h.entity, h.id, h.title) for h in hits] == [("lead", open_lead.id, "Ada Quaxley")]
    assert "Quax Ltd" in hits[0].subtitle


def test_quick_search_finds_deals_by_name_and_account_and_documents_by_number_and_account(ctx) -> None:
    from datetime import date

    from app.models import Pipeline, Stage
    from app.services.documents.document_input import DocumentInput, LineInput
    from app.services.records.accounts import AccountInput
    from app.services.sales.deal_input import DealInput

    with ctx.sessions.begin() as s:
        pipeline = Pipeline(name="Sales", is_default=True)
        s.add(pipeline)
        s.flush()
        stage = Stage(pipeline_id=pipeline.id, name="Proposal", position=0, probability=50)
        s.add(stage)
        s.flush()
        pipeline_id, stage_id = pipeline.id, stage.id
    zorblax = ctx.accounts.create(AccountInput(name="Zorblax AG", city="Bern", country="CH")).value
    other = ctx.accounts.create(AccountInput(name="Other GmbH", country="DE")).value
    rollout = ctx.deals.create(
        DealInput(name="Quillfeather rollout", pipeline_id=pipeline_id, stage_id=stage_id, amount="12500")
    ).value
    at_zorblax = ctx.deals.create(
        DealInput(name="Renewal", pipeline_id=pipeline_id, stage_id=stage_id, account_id=zorblax.id)
    ).value
    quote = ctx.documents.create(
        DocumentInput(
            account_id=zorblax.id, issued_on=date(2026, 3, 1), lines=(LineInput("Widget", "1", "10"),)
        )
    ).value
    ctx.documents.create(
        DocumentInput(
            account_id=other.id, issued_on=date(2026, 3, 1), lines=(LineInput("Widget", "1", "10"),)
        )
    )

    hits = ctx.search.find("quillfeath")
    assert [(h.entity, h.id, h.title) for h in hits] == [("deal", rollout.id, "Quillfeather rollout")]
    assert "EUR 12,500.00" in hits[0].subtitle
    by_account = {(h.entity, h.id) for h in ctx.search.find("zorbl")}
    assert by_account == {("account", zorblax.id), ("deal", at_zorblax.id), ("document", quote.id)}
    numbered = ctx.search.find(quote.number.lower())
    assert [(h.entity, h.id, h.title) for h in numbered] == [("document", quote.id, quote.number)]
    assert "quote · Zorblax AG" in numbered[0].subtitle
    assert len([h for h in ctx.search.find("Q-2026") if h.entity == "document"]) == 2
    ctx.deals.delete([rollout.id])
    assert ctx.search.find("quillfeath") == []  # a deal in the trash is not offered
