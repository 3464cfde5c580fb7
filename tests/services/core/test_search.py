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
