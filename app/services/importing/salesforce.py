"""A whole Salesforce data export (a folder or its zip) in dependency order, every id resolved.

Salesforce's weekly/monthly Data Export writes one CSV per object, named after the object (User.csv,
Account.csv, Contact.csv, Lead.csv, Opportunity.csv, OpportunityContactRole.csv, Task.csv, Event.csv,
Product2.csv, Pricebook2.csv, PricebookEntry.csv ...), with the objects' API field names as headers and
15/18-character record ids in `Id` and the reference fields (`AccountId`, `WhoId`, `OwnerId`). Users come
first (matched by email or created inactive, keeping their `Id`), then accounts, contacts, opportunities
and leads through the import engine, each matched on its `Id` so the export can be imported again, then
the opportunities' primary contact roles, products with their standard prices (other price books become
price lists), the opportunities' line items as deal lines (salesforce_lines), cases as tickets
(salesforce_cases) and last tasks and events as activities. `SALESFORCE` describes this order for
importing.vendor_export, which runs it in one transaction and one undo step.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from sqlalchemy import select

from app.models import Contact, Deal, User
from app.services.core import writes
from app.services.core.changes import ChangeKind
from app.services.importing.csv_read import Table
from app.services.importing.export_run import MADE_USER, ExportRun, StepResult
from app.services.importing.salesforce_activities import import_events, import_tasks
from app.services.importing.salesforce_cases import import_cases
from app.services.importing.salesforce_lines import import_line_items
from app.services.importing.salesforce_products import (
    import_price_entries,
    note_price_books,
    products_table,
)
from app.services.importing.vendor_export import ObjectImport, Vendor

TRUE = {"true", "1", "yes"}
CHUNK = 500


def _cell(record: Mapping[str, str], *names: str) -> str:
    for name in names:
        value = record.get(name, "").strip()
        if value:
            return value
    return ""


def import_users(run: ExportRun, table: Table) -> StepResult:
    """Match each exported user by email (keeping its Salesforce Id) or create it inactive. One user per
    row, never merged: a user without an email gets one under imported.invalid."""
    matched = created = 0
    work = run.work
    s = work.session
    by_email = {u.email.lower(): u for u in s.scalars(select(User).where(User.deleted_at.is_(None)))}
    by_source = {u.external_id: u for u in by_email.values() if u.external_id}
    made = []
    for record in table.records():
        source_id = _cell(record, "Id")
        email = _cell(record, "Email").lower() or f"{source_id.lower() or 'user'}@imported.invalid"
        user = by_source.get(source_id) or by_email.get(email)
        if user is not None:
            if source_id and not user.external_id:
                run.updated("user", user.id, {"external_id": user.external_id})
                writes.apply_fields(work, user, "user", {"external_id": source_id[:100]})
            matched += 1
            continue
        name = _cell(record, "Name") or " ".join(
            p for p in (_cell(record, "FirstName"), _cell(record, "LastName")) if p
        )
        user = writes.create(  # inactive until someone gives them a way to sign in
            work,
            User(name=(name or email)[:120], email=email, is_active=False, external_id=source_id[:100]),
            "user",
        )
        by_email[email] = user
        made.append(user.id)
        created += 1
    work.changed("user", ChangeKind.CREATED, made)
    run.made(MADE_USER, made)
    return StepResult(
        "User", created, 0, matched, note=f"{matched:,} matched, {created:,} created (inactive)"
    )


def primary_roles(table: Table) -> dict[str, str]:
    """Opportunity Id -> its primary (else first) contact role's ContactId."""
    roles: dict[str, str] = {}
    for record in table.records():
        opportunity, contact = _cell(record, "OpportunityId"), _cell(record, "ContactId")
        if (
            opportunity
            and contact
            and (opportunity not in roles or _cell(record, "IsPrimary").lower() in TRUE)
        ):
            roles[opportunity] = contact
    return roles


def with_primary_contacts(tables: dict[str, Table]) -> dict[str, Table]:
    """Opportunity with a `ContactId` column joined in from its contact roles (for the contacts the
    export holds), so each deal is inserted with its contact instead of being updated afterwards."""
    deals, roles = tables.get("Opportunity"), tables.get("OpportunityContactRole")
    contacts = tables.get("Contact")
    if deals is None or roles is None or contacts is None or "ContactId" in deals.headers:
        return tables
    exported = {r.get("Id", "").strip() for r in contacts.records()}
    primary = {o: c for o, c in primary_roles(roles).items() if c in exported}
    at = deals.headers.index("Id") if "Id" in deals.headers else None
    rows = tuple(
        (number, (*cells, primary.get(cells[at].strip(), "") if at is not None and at < len(cells) else ""))
        for number, cells in deals.rows
    )
    joined = Table(deals.encoding, deals.delimiter, True, (*deals.headers, "ContactId"), rows)
    return {**tables, "Opportunity": joined}


def link_contact_roles(run: ExportRun, table: Table) -> StepResult:
    """Give each opportunity without a contact its primary (else first) contact role's contact (the
    deals of this export got theirs as they were inserted: with_primary_contacts)."""
    roles = primary_roles(table)
    work = run.work
    s = work.session
    wanted = list(roles)
    contacts: dict[str, uuid.UUID] = {}
    ids = sorted(set(roles.values()))
    for start in range(0, len(ids), CHUNK):
        contacts.update(
            s.execute(
                select(Contact.external_id, Contact.id).where(
                    Contact.external_id.in_(ids[start : start + CHUNK]), Contact.deleted_at.is_(None)
                )
            ).all()
        )
    linked = already = 0
    for start in range(0, len(wanted), CHUNK):
        for deal in s.scalars(
            select(Deal).where(Deal.external_id.in_(wanted[start : start + CHUNK]), Deal.deleted_at.is_(None))
        ):
            contact_id = contacts.get(roles[deal.external_id])
            if deal.contact_id is not None:
                already += deal.contact_id == contact_id
            elif contact_id is not None:
                run.updated("deal", deal.id, {"contact_id": None})
                writes.apply_fields(work, deal, "deal", {"contact_id": contact_id})
                linked += 1
    note = f"{linked + already:,} deals given their contact"
    return StepResult("OpportunityContactRole", 0, linked, already, note=note)


SALESFORCE = Vendor(
    "Salesforce",
    (
        ObjectImport("User", "users", import_users),
        ObjectImport("Account", "accounts"),
        ObjectImport("Contact", "contacts"),
        ObjectImport("Opportunity", "deals"),
        ObjectImport("Lead", "leads"),  # after what converted leads became
        ObjectImport("OpportunityContactRole", "roles", link_contact_roles),
        ObjectImport("Product2", "products"),  # with its standard price (salesforce_products)
        ObjectImport("Pricebook2", "price books", note_price_books),
        ObjectImport("PricebookEntry", "price lists", import_price_entries),  # all but list prices
        ObjectImport("OpportunityLineItem", "deal lines", import_line_items),  # after deals and products
        ObjectImport("Case", "tickets", import_cases),  # after accounts, contacts and users
        ObjectImport("Task", "activities", import_tasks),
        ObjectImport("Event", "activities", import_events),
    ),
    later={
        "Campaign": "not imported yet: no campaigns in Rapport",
        "CampaignMember": "not imported yet: no campaigns in Rapport",
        "CaseComment": "read only for the cases' first response times (comments are not imported)",
    },
    prepare=lambda tables: with_primary_contacts(products_table(tables)),
)
