"""Which of our fields a file's column holds, from the headers of the common CRM and address-book exports.

Headers are compared lower-cased with everything but letters and digits removed, so "E-mail Address",
"Email address" and "email_address" are one name. Sources: Salesforce, HubSpot, Pipedrive, Zoho, Google
Contacts, Outlook and plain Excel sheets.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app.services.core.custom_validation import FieldDef

_ADDRESS: dict[str, tuple[str, ...]] = {
    "street": (
        "Street",
        "Mailing Street",
        "Street Address",
        "Address 1 - Street",
        "Business Street",
        "Home Street",
        "Address",
        "Person - Address",
        "Straße",
    ),
    "postal_code": (
        "Postal Code",
        "Mailing Postal Code",
        "Zip",
        "ZIP Code",
        "Zip/Postal Code",
        "Postcode",
        "Business Postal Code",
        "Home Postal Code",
        "Address 1 - Postal Code",
        "PLZ",
    ),
    "region": (
        "State",
        "Mailing State",
        "Mailing State/Province",
        "State/Province",
        "State/Region",
        "Region",
        "Province",
        "County",
        "Business State",
        "Home State",
        "Address 1 - Region",
        "Bundesland",
    ),
    "salutation": ("Salutation", "Name Prefix", "Prefix", "Anrede"),
    "birthday": ("Birthday", "Birthdate", "Birth Date", "Date of Birth", "DOB", "Geburtstag"),
    "other_phone": (
        "Mobile Phone",
        "Mobile",
        "Home Phone",
        "Other Phone",
        "Phone 2 - Value",
        "Mobile Phone Number",
        "Cell",
        "Handy",
    ),
    "other_email": (
        "Other Email",
        "Email 2",
        "E-mail 2 Address",
        "E-mail 2 - Value",
        "Secondary Email",
        "Alternate Email",
        "Additional Email Addresses",
    ),
}
_OWNER = ("Owner ID", "Owner", "Owner Name", "Owner Email")
_ACCOUNT_REF = ("AccountId", "Account ID", "Associated Company ID", "Organization ID", "Company ID")

_CONTACT: dict[str, tuple[str, ...]] = {
    "first_name": ("First Name", "Given Name", "Firstname", "Vorname", "Prénom", "Person - First name"),
    "last_name": ("Last Name", "Family Name", "Surname", "Lastname", "Nachname", "Nom", "Person - Last name"),
    "full_name": ("Name", "Full Name", "Contact Name", "Person - Name", "Display Name", "Contact"),
    "email": (
        "Email",
        "E-mail",
        "Email Address",
        "E-mail Address",
        "E-mail 1 - Value",
        "Primary Email",
        "Person - Email",
        "Work Email",
        "Email 1",
        "Mail",
    ),
    "phone": (
        "Phone",
        "Phone Number",
        "Business Phone",
        "Mobile Phone",
        "Mobile",
        "Phone 1 - Value",
        "Person - Phone",
        "Telephone",
        "Work Phone",
        "Primary Phone",
        "Telefon",
        "Cell",
    ),
    "title": ("Title", "Job Title", "Organization 1 - Title", "Organization Title", "Position", "Role"),
    "company": (
        "Company",
        "Company Name",
        "Account Name",
        "Account",
        "Organization",
        "Organization Name",
        "Organization 1 - Name",
        "Person - Organization",
        "Organization - Name",
        "Associated Company",
        "Firma",
    ),
    "city": ("City", "Mailing City", "Business City", "Address 1 - City", "Home City", "Town", "Ort"),
    "country": (
        "Country",
        "Mailing Country",
        "Country/Region",
        "Business Country/Region",
        "Address 1 - Country",
        "Country Code",
        "Land",
    ),
    "notes": ("Notes", "Description", "Comments", "Note"),
    "external_id": ("Id", "Contact ID", "Record ID", "Person - ID", "External ID", "Contact Id"),
    "status": ("Status", "Contact Status"),
    **_ADDRESS,
    "account_ref": _ACCOUNT_REF,
    "owner": ("Contact Owner", "Contact owner", "Person - Owner", *_OWNER),
}
_ACCOUNT: dict[str, tuple[str, ...]] = {
    "name": (
        "Name",
        "Account Name",
        "Company",
        "Company Name",
        "Organization",
        "Organization - Name",
        "Organization Name",
        "Firma",
    ),
    "domain": ("Domain", "Website", "Company Domain Name", "Web Site", "Organization - Website", "URL"),
    "industry": ("Industry", "Branche", "Sector"),
    "email": ("Email", "E-mail", "Email Address", "Company Email"),
    "phone": ("Phone", "Phone Number", "Business Phone", "Telephone", "Main Phone"),
    "address": (
        "Address",
        "Street",
        "Billing Street",
        "Street Address",
        "Organization - Address",
        "Billing Address",
    ),
    "city": ("City", "Billing City", "Mailing City", "Town", "Ort"),
    "country": ("Country", "Billing Country", "Country/Region", "Land"),
    "notes": ("Notes", "Description", "Comments"),
    "external_id": ("Id", "Account ID", "Record ID", "Organization - ID", "External ID", "Company ID"),
    "status": ("Status", "Type", "Account Type"),
    "postal_code": ("Billing Postal Code", "Billing Zip/Postal Code", *_ADDRESS["postal_code"]),
    "region": ("Billing State", "Billing State/Province", *_ADDRESS["region"]),
    "annual_revenue": (
        "Annual Revenue",
        "Revenue",
        "Annual Sales",
        "Organization - Annual revenue",
        "Jahresumsatz",
    ),
    "employee_count": (
        "Number of Employees",
        "Employees",
        "No. of Employees",
        "Employee Count",
        "Headcount",
        "Organization - Number of employees",
    ),
    "currency": ("Currency", "Currency ISO Code", "Currency Code"),
    "owner": ("Account Owner", "Company owner", "Organization - Owner", *_OWNER),
}
_LEAD: dict[str, tuple[str, ...]] = {
    "first_name": _CONTACT["first_name"],
    "last_name": _CONTACT["last_name"],
    "full_name": ("Name", "Full Name", "Lead Name", "Person - Name", "Contact"),
    "company": ("Company", "Company Name", "Account Name", "Organization", "Organization - Name", "Firma"),
    "title": _CONTACT["title"],
    "email": (*_CONTACT["email"], "Lead Email"),
    "phone": _CONTACT["phone"],
    "website": ("Website", "Web Site", "Company Domain Name", "Domain", "URL"),
    "industry": ("Industry", "Branche", "Sector"),
    "company_size": ("No. of Employees", "Number of Employees", "Employees", "Company Size", "Headcount"),
    "source": ("Lead Source", "Source", "Original Source", "Lead - Source", "Channel"),
    "status": ("Lead Status", "Status", "Lead - Status"),
    "lifecycle": ("Lifecycle Stage", "Lifecycle"),
    "disqualified_reason": ("Disqualified Reason", "Unqualified Reason", "Lost Reason"),
    "campaign": ("Campaign", "Campaign Name", "Marketing Campaign"),  # a new lead is credited to it
    "owner": ("Lead Owner", "Contact owner", "Lead - Owner", "Lead owner", *_OWNER),
    "notes": ("Notes", "Description", "Comments"),
    "external_id": ("Id", "Lead ID", "Record ID", "Lead - ID", "External ID"),
    "converted_account_ref": ("Converted Account ID", "ConvertedAccountId"),
    "converted_contact_ref": ("Converted Contact ID", "ConvertedContactId"),
    "converted_deal_ref": ("Converted Opportunity ID", "ConvertedOpportunityId"),
    **_ADDRESS,
    "city": ("City", "Mailing City", "Business City", "Address 1 - City", "Town", "Ort"),
    "country": ("Country", "Mailing Country", "Country/Region", "Country Code", "Land"),
}
_DEAL: dict[str, tuple[str, ...]] = {
    "name": ("Deal Name", "Opportunity Name", "Opportunity", "Deal - Title", "Title", "Deal", "Name"),
    "account": (
        "Account Name",
        "Company",
        "Company Name",
        "Associated Company",
        "Organization",
        "Deal - Organization",
        "Account",
    ),
    "stage": (
        "Stage",
        "Stage Name",
        "Deal Stage",
        "Deal - Stage",
        "Phase",
        "Opportunity Stage",
        "Pipeline Stage",
    ),
    "amount": ("Amount", "Deal Value", "Value", "Deal - Value", "Opportunity Amount", "Expected Revenue"),
    "currency": ("Currency", "Opportunity Currency", "Deal - Currency", "Currency Code", "Currency ISO Code"),
    "expected_close": ("Close Date", "Expected Close Date", "Deal - Expected close date", "Closing Date"),
    "closed_at": ("Closed Date", "Won Time", "Deal - Won time", "Closed Won Date", "Date Closed"),
    "created_at": ("Created Date", "Create Date", "Deal - Deal created", "Created"),
    "owner": ("Opportunity Owner", "Deal Owner", "Deal - Owner", "Rep", "Opportunity Owner ID", *_OWNER),
    "lost_reason": ("Lost Reason", "Closed Lost Reason", "Deal - Lost reason", "Loss Reason"),
    "external_id": ("Id", "Opportunity ID", "Deal ID", "Record ID", "Deal - ID", "External ID"),
    "account_ref": _ACCOUNT_REF,
    "contact_ref": ("ContactId", "Contact ID", "Associated Contact ID", "Person ID", "Primary Contact ID"),
    "campaign": ("Campaign", "Campaign Name", "Marketing Campaign"),  # a new deal is credited to it
}
_PRODUCT: dict[str, tuple[str, ...]] = {
    "sku": ("SKU", "Product Code", "Item Code", "Article Number", "Artikelnummer", "Code", "Part Number"),
    "name": ("Product Name", "Name", "Product", "Item Name", "Title"),
    "description": ("Description", "Product Description", "Details"),
    "unit": ("Unit", "Unit of Measure", "UOM", "Einheit"),
    "price": ("Price", "Unit Price", "List Price", "Sales Price", "Preis"),
    "cost": ("Cost", "Unit Cost", "Cost Price", "Purchase Price"),
    "currency": ("Currency", "Currency Code", "Price Currency"),
    "tax_rate": ("Tax Rate", "Tax", "VAT", "VAT Rate", "MwSt"),
    "is_active": ("Active", "Is Active", "Status"),
    "external_id": ("Id", "Product ID", "Record ID", "External ID"),
}
_TICKET: dict[str, tuple[str, ...]] = {
    "subject": ("Subject", "Title", "Summary", "Ticket Subject", "Case Subject", "Betreff"),
    "description": ("Description", "Body", "Details", "Issue", "Problem"),
    "priority": ("Priority", "Urgency", "Severity"),
    "status": ("Status", "State", "Ticket Status"),
    "category": ("Category", "Type", "Topic", "Ticket Type"),
    "channel": ("Channel", "Origin", "Source", "Via"),
    "assignee": ("Assignee", "Assigned To", "Agent", "Owner", "Case Owner"),
    "account": ("Account", "Account Name", "Company", "Organization", "Customer"),
    "created_at": ("Created", "Created At", "Created Date", "Opened", "Date Opened"),
}
SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "contacts": _CONTACT,
    "accounts": _ACCOUNT,
    "leads": _LEAD,
    "deals": _DEAL,
    "products": _PRODUCT,
    "tickets": _TICKET,
}
FIELDS: dict[str, tuple[str, ...]] = {kind: tuple(table) for kind, table in SYNONYMS.items()}


def norm(header: str) -> str:
    return "".join(ch for ch in header.lower() if ch.isalnum())


def known_headers(kind: str) -> frozenset[str]:
    return frozenset(norm(h) for names in SYNONYMS[kind].values() for h in (*names,)) | frozenset(
        norm(f) for f in SYNONYMS[kind]
    )


def suggest(kind: str, headers: Iterable[str]) -> dict[str, str]:
    """Our field -> the file's header, each used once; the first column that names a field wins, and a
    later one naming it goes to its next field if any ('Mobile Phone' after 'Phone': the second phone)."""
    lookup: dict[str, list[str]] = {}
    for name, names in SYNONYMS[kind].items():
        for h in (name, *names):
            fields = lookup.setdefault(norm(h), [])
            if name not in fields:
                fields.append(name)
    mapping: dict[str, str] = {}
    for header in headers:  # a header whose field is taken goes to the next it names (Mobile: 2nd phone)
        field = next((f for f in lookup.get(norm(header), ()) if f not in mapping), None)
        if field:
            mapping[field] = header
    if "full_name" in mapping and "last_name" in mapping:
        del mapping["full_name"]
    return mapping


def suggest_custom(
    headers: Iterable[str], defs: Sequence[FieldDef], taken: Iterable[str] = ()
) -> dict[str, str]:
    """`custom.<key>` -> the header named like the field (its label, its key, or `custom.<key>` as our own
    export writes it), for headers not yet `taken`."""
    by_name: dict[str, str] = {}
    for d in defs:
        by_name.setdefault(norm(d.name), d.name)
        by_name.setdefault(norm(d.label), d.name)
        by_name.setdefault(norm(d.key), d.name)
    used = set(taken)
    mapping: dict[str, str] = {}
    for header in headers:
        target = by_name.get(norm(header))
        if target and target not in mapping and header not in used:
            mapping[target] = header
    return mapping
