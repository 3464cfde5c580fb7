"""Two people converting the same lead offline: both conversions' records arrive, and the lead's
disagreement (which contact it became) is listed, never silently dropped."""

from __future__ import annotations

from sqlalchemy import select

from app.models import Contact, Lead
from app.services.sales.conversion import ConversionInput
from app.services.sales.leads import LeadInput
from app.services.sync.conflicts import open_conflicts


def test_the_same_lead_converted_on_two_laptops_is_listed_and_both_contacts_survive(office, laptop_factory):
    lead = office.leads.create(LeadInput(last_name="Hopper", first_name="Grace", company="Navy Labs")).value
    first, second = laptop_factory("a"), laptop_factory("b")
    one = first.ctx.conversion.convert(lead.id, ConversionInput(qualify=True)).value
    two = second.ctx.conversion.convert(lead.id, ConversionInput(qualify=True)).value
    assert one.contact_id != two.contact_id
    first.sync()
    second.sync()
    with office.sessions() as s:
        made = set(s.scalars(select(Contact.id).where(Contact.last_name == "Hopper")))
        assert {one.contact_id, two.contact_id} <= made  # neither conversion's work is lost
        assert s.get(Lead, lead.id).converted_contact_id == one.contact_id  # the first sync stands for now
    listed = {c.field: c for c in open_conflicts(second.ctx.engine)}
    assert listed["converted_contact_id"].mine == two.contact_id.hex
    assert listed["converted_contact_id"].theirs == one.contact_id.hex
