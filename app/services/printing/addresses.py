"""Who a label or an envelope goes to: the postal block of a contact or an account row.

Rows are the list rows the pages and exports already read (contacts: ContactRow, accounts: AccountRow), so a
label run follows the same search, filter, segment and sort as the list on screen. A contact with no street
or postcode of their own is written to at their primary company's address, under their name and the
company's, as business mail is.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from app.services.core.postal import PostalAddress, postal_lines

BATCH = 500
CompanyAddresses = Callable[[list[uuid.UUID]], dict[uuid.UUID, tuple[str, str, str, str, str]]]


@dataclass
class Recipients:
    """The address blocks, in list order, and the names of the rows left out for having no postal address."""

    blocks: list[tuple[str, ...]] = field(default_factory=list)
    without_address: list[str] = field(default_factory=list)
    at_company_address: int = 0

    def summary(self, noun: str, singular: str = "") -> str:
        """E.g. "20 contacts (3 at their company's address); 2 left out with no postal address (Ann, Bo)"."""
        text = f"{len(self.blocks):,} {singular if len(self.blocks) == 1 and singular else noun}"
        if self.at_company_address:
            text += f" ({self.at_company_address:,} at their company's address)"
        if self.without_address:
            names = ", ".join(self.without_address[:3]) + (" …" if len(self.without_address) > 3 else "")
            text += f"; {len(self.without_address):,} left out with no postal address ({names})"
        return text


def postal_address(row: Any) -> PostalAddress:
    """A contact row (a person at a company) or an account row (a company)."""
    if hasattr(row, "first_name"):
        name = " ".join(x for x in (row.salutation, row.first_name, row.last_name) if x.strip())
        return PostalAddress(
            row.street,
            row.postal_code,
            row.city,
            row.region,
            row.country,
            name=name,
            organisation=row.company,
        )
    return PostalAddress(
        row.address, row.postal_code, row.city, row.region, row.country, organisation=row.name
    )


def _incomplete(address: PostalAddress) -> bool:
    return not address.street.strip() and not address.postal_code.strip()


def recipients_addresses(
    rows: Iterable[Any], company_addresses: CompanyAddresses | None = None
) -> Iterator[tuple[Any, PostalAddress]]:
    """Each row with the address to write to: its own, or for a contact with no street and no postcode,
    their primary company's (looked up a batch of rows at a time)."""
    iterator = iter(rows)
    while batch := list(itertools.islice(iterator, BATCH)):
        addresses = [postal_address(row) for row in batch]
        need = [
            row.id
            for row, a in zip(batch, addresses, strict=True)
            if hasattr(row, "first_name") and _incomplete(a)
        ]
        companies = company_addresses(need) if company_addresses and need else {}
        for row, address in zip(batch, addresses, strict=True):
            company = companies.get(row.id)
            if company is not None and any(part.strip() for part in company[:2]):
                street, postal_code, city, region, country = company
                address = replace(
                    address, street=street, postal_code=postal_code, city=city, region=region, country=country
                )
            yield row, address


def recipients(
    rows: Iterable[Any], home_country: str = "", company_addresses: CompanyAddresses | None = None
) -> Recipients:
    """Postal blocks in capitals as the post reads them, the home country left off domestic mail."""
    found = Recipients()
    for row, address in recipients_addresses(rows, company_addresses):
        if address.is_empty:
            found.without_address.append(address.name or address.organisation or str(row.id))
            continue
        if address != postal_address(row):  # the company's address stood in
            found.at_company_address += 1
        found.blocks.append(postal_lines(address, home_country=home_country, postal_case=True))
    return found
