"""Demo products, a price list and documents of every type (one long enough to span several pages).

Called at the end of `demo.generate` with its seeded random generator, so the entities generated before
keep exactly the data they had. Totals come from app.services.documents.totals, as for documents saved in the app.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Connection, Table, insert

from app.models import (
    Document,
    DocumentLine,
    NumberSequence,
    PriceList,
    PriceListItem,
    Product,
    Setting,
)
from app.models.money import to_minor
from app.services.documents.company import DEFAULT_FORMATS, CompanySettings, format_number
from app.services.documents.company import KEY as COMPANY_KEY
from app.services.documents.totals import LineFigures, compute

CATALOGUE = [
    ("HW", "Industrial sensor", "pc", 149, 19),
    ("HW", "Control unit", "pc", 1290, 19),
    ("HW", "Cable set 5 m", "set", 39, 19),
    ("HW", "Mounting bracket", "pc", 12, 19),
    ("SW", "Monitoring licence", "year", 480, 19),
    ("SW", "Analytics add-on", "year", 240, 19),
    ("SV", "Installation", "h", 95, 19),
    ("SV", "Training day", "day", 850, 19),
    ("SV", "Support plan", "month", 120, 19),
    ("BK", "Technical handbook", "pc", 45, 7),
    ("FD", "Catering for training", "person", 18, 7),
    ("HW", "Spare fuse pack", "pack", 8, 19),
]
# the letterhead of the demo's own company: a name, a full address, how to reach and pay it
DEMO_COMPANY = CompanySettings(
    name="Nordlicht Sensorik GmbH",
    address="Hafenstraße 12\n20457 Hamburg\nGermany",
    country="DE",
    email="sales@nordlicht-sensorik.example",
    phone="+49 40 555 0120",
    tax_id="DE 318 274 615",
    bank_details="Hamburger Sparkasse · IBAN DE02 2005 0550 1234 5678 90 · BIC HASPDEHHXXX",
)
STATUSES = {
    "quote": ["draft", "sent", "accepted", "declined"],
    "sales_order": ["draft", "sent", "ordered", "cancelled"],
    "purchase_order": ["draft", "ordered", "received"],
}


def _fixed_id(when: datetime) -> uuid.UUID:
    """A UUIDv7-shaped id drawn from no random generator: the records generated after keep theirs."""
    return uuid.UUID(int=(int(when.timestamp() * 1000) << 80) | 0x7 << 76 | 0b10 << 62 | 0xC0)


def _table(model: Any) -> Table:
    return cast(Table, model.__table__)


def generate(
    conn: Connection,
    rng: random.Random,
    new_id: Callable[[], uuid.UUID],
    anchor: datetime,
    accounts: list[tuple[uuid.UUID, str, str]],
    n_documents: int,
) -> int:
    """Insert the catalogue and `n_documents` documents; returns how many documents."""

    def base(when: datetime) -> dict[str, Any]:
        return {
            "id": new_id(),
            "created_at": when,
            "updated_at": when,
            "version": 1,
            "deleted_at": None,
            "custom": {},
        }

    start = anchor - timedelta(days=400)
    products = []
    for i, (prefix, name, unit, price, tax) in enumerate(CATALOGUE, start=1):
        cents = rng.choice([0, 0, 50, 90, 99])
        products.append(
            {
                **base(start),
                "sku": f"{prefix}-{1000 + i}",
                "name": name,
                "description": "",
                "unit": unit,
                "price_minor": price * 100 + cents,
                "cost_minor": int(price * 100 * rng.uniform(0.4, 0.7)),
                "currency": "EUR",
                "tax_rate_bp": tax * 100,
                "is_active": True,
            }
        )
    conn.execute(insert(_table(Product)), products)
    plist = {
        **base(start),
        "name": "Wholesale",
        "currency": "EUR",
        "description": "Resellers: about 15 % off",
    }
    conn.execute(insert(_table(PriceList)), [plist])
    conn.execute(
        insert(_table(PriceListItem)),
        [
            {
                **base(start),
                "price_list_id": plist["id"],
                "product_id": p["id"],
                "price_minor": p["price_minor"] * 85 // 100,
            }
            for p in products
        ],
    )
    counters: dict[tuple[str, int], int] = {}
    docs: list[dict[str, Any]] = []
    lines: list[dict[str, Any]] = []
    types = ["quote", "sales_order", "purchase_order"]
    for k in range(n_documents):
        doc_type = types[k % 3]
        when = anchor - timedelta(days=rng.randint(1, 360), hours=rng.randint(0, 10))
        issued = when.date()
        n_lines = 75 if k == 0 else rng.randint(1, 8)  # the first quote spans several pages
        chosen = [rng.choice(products) for _ in range(n_lines)]
        figures = [
            LineFigures(
                Decimal(rng.randint(1, 20)),
                Decimal(p["price_minor"]) / 100,
                Decimal(rng.choice([0, 0, 5, 10])),
                Decimal(p["tax_rate_bp"]) / 100,
            )
            for p in chosen
        ]
        totals = compute(figures, "EUR")
        year = issued.year
        counters[(doc_type, year)] = counters.get((doc_type, year), 0) + 1
        doc = {
            **base(when),
            "doc_type": doc_type,
            "number": format_number(
                DEFAULT_FORMATS[doc_type], doc_type, year, counters[(doc_type, year)], ""
            ),
            "status": rng.choice(STATUSES[doc_type]),
            "issued_on": issued,
            "valid_until": issued + timedelta(days=30) if doc_type == "quote" else None,
            "delivery_date": issued + timedelta(days=rng.randint(7, 45)) if doc_type != "quote" else None,
            "account_id": rng.choice(accounts)[0],
            "contact_id": None,
            "deal_id": None,
            "source_id": None,
            "price_list_id": None,
            "currency": "EUR",
            "payment_terms": "Payable within 30 days",
            "notes": "",
            "subtotal_minor": to_minor(totals.subtotal, "EUR"),
            "tax_minor": to_minor(totals.tax, "EUR"),
            "total_minor": to_minor(totals.total, "EUR"),
        }
        docs.append(doc)
        for pos, (p, f, net) in enumerate(zip(chosen, figures, totals.nets, strict=True), start=1):
            lines.append(
                {
                    **base(when),
                    "document_id": doc["id"],
                    "position": pos,
                    "product_id": p["id"],
                    "description": p["name"],
                    "quantity_milli": int(f.quantity * 1000),
                    "unit": p["unit"],
                    "unit_price_minor": p["price_minor"],
                    "discount_bp": int(f.discount * 100),
                    "tax_rate_bp": p["tax_rate_bp"],
                    "net_minor": to_minor(net, "EUR"),
                }
            )
    # Documents are issued out of date order here; numbers only need to be unique, which they are.
    if docs:
        conn.execute(insert(_table(Document)), docs)
        conn.execute(insert(_table(DocumentLine)), lines)
    conn.execute(
        insert(_table(Setting)),
        [
            {
                "id": _fixed_id(start),  # not base(): its new_id() would shift every later record's id
                "created_at": start,
                "updated_at": start,
                "version": 1,
                "deleted_at": None,
                "custom": {},
                "key": COMPANY_KEY,
                "value": asdict(DEMO_COMPANY),
            }
        ],
    )
    conn.execute(
        insert(_table(NumberSequence)),
        [{"doc_type": t, "year": y, "device": "", "next_value": n + 1} for (t, y), n in counters.items()],
    )
    return len(docs)
