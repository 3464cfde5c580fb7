"""Column specs: what each table shows, how wide, and which service sort key a header click maps to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.core.custom_validation import FieldDef, FieldKind, display
from app.views.common.formatting import day, label, money, short_date, short_datetime


@dataclass(frozen=True)
class Column:
    """One table column.

    `sort` is the service's sort key for paged models (None: not sortable); in-memory models sort by
    `sort_value` (or the shown text) when `sort` is set. `icon` names an icon in resources/icons/ui.
    """

    key: str
    title: str
    value: Callable[[Any], str]
    width: int = 140
    sort: str | None = None
    hidden: bool = False
    icon: Callable[[Any], str] | None = None
    sort_value: Callable[[Any], Any] | None = None
    align_right: bool = False


ENTITY_ICONS = {
    "account": "accounts",
    "contact": "contacts",
    "deal": "deal",
    "activity": "activity",
    "product": "products",
    "document": "documents",
}


def _attr(name: str) -> Callable[[Any], str]:
    return lambda row: str(getattr(row, name) or "")


def _address_columns(street: str = "street") -> tuple[Column, ...]:
    """Optional (hidden) columns of the postal address and source id that came with issue 16."""
    return (
        Column(
            street, QCoreApplication.translate("common.columns", "Street"), _attr(street), 180, hidden=True
        ),
        Column(
            "postal_code",
            QCoreApplication.translate("common.columns", "Postal code"),
            _attr("postal_code"),
            90,
            hidden=True,
        ),
        Column(
            "region",
            QCoreApplication.translate("common.columns", "Region"),
            _attr("region"),
            110,
            hidden=True,
        ),
        Column(
            "external_id",
            QCoreApplication.translate("common.columns", "Source id"),
            _attr("external_id"),
            120,
            hidden=True,
        ),
    )


def _person_columns() -> tuple[Column, ...]:
    """Optional (hidden) columns of a contact's or lead's salutation, birthday and second reach."""
    return (
        *_address_columns(),
        Column(
            "salutation",
            QCoreApplication.translate("common.columns", "Salutation"),
            _attr("salutation"),
            80,
            hidden=True,
        ),
        Column(
            "birthday",
            QCoreApplication.translate("common.columns", "Birthday"),
            lambda r: day(r.birthday),
            100,
            hidden=True,
        ),
        Column(
            "other_phone",
            QCoreApplication.translate("common.columns", "Other phone"),
            _attr("other_phone"),
            140,
            hidden=True,
        ),
        Column(
            "other_email",
            QCoreApplication.translate("common.columns", "Other email"),
            _attr("other_email"),
            200,
            hidden=True,
        ),
    )


CONTACT_COLUMNS: tuple[Column, ...] = (
    Column("last_name", QT_TRANSLATE_NOOP("labels", "Last name"), _attr("last_name"), 140, sort="name"),
    Column(
        "first_name", QT_TRANSLATE_NOOP("labels", "First name"), _attr("first_name"), 120, sort="first_name"
    ),
    Column("email", QT_TRANSLATE_NOOP("labels", "Email"), _attr("email"), 220, sort="email"),
    Column("phone", QT_TRANSLATE_NOOP("labels", "Phone"), _attr("phone"), 140),
    Column("company", QT_TRANSLATE_NOOP("labels", "Company"), _attr("company"), 190, sort="company"),
    Column("title", QT_TRANSLATE_NOOP("labels", "Title"), _attr("title"), 170, hidden=True),
    Column("city", QT_TRANSLATE_NOOP("labels", "City"), _attr("city"), 120, sort="city"),
    Column("country", QT_TRANSLATE_NOOP("labels", "Country"), _attr("country"), 70, sort="country"),
    Column("status", QT_TRANSLATE_NOOP("labels", "Status"), lambda r: label(r.status), 100),
    Column("owner", QT_TRANSLATE_NOOP("labels", "Owner"), _attr("owner"), 130, hidden=True),
    Column(
        "updated",
        QT_TRANSLATE_NOOP("labels", "Updated"),
        lambda r: short_datetime(r.updated_at),
        130,
        sort="updated",
        hidden=True,
    ),
    *_person_columns(),
)

ACCOUNT_COLUMNS: tuple[Column, ...] = (
    Column("name", QT_TRANSLATE_NOOP("labels", "Name"), _attr("name"), 200, sort="name"),
    Column("industry", QT_TRANSLATE_NOOP("labels", "Industry"), _attr("industry"), 120, sort="industry"),
    Column("domain", QT_TRANSLATE_NOOP("labels", "Website"), _attr("domain"), 170, hidden=True),
    Column("phone", QT_TRANSLATE_NOOP("labels", "Phone"), _attr("phone"), 150, hidden=True),
    Column("email", QT_TRANSLATE_NOOP("labels", "Email"), _attr("email"), 200, hidden=True),
    Column("city", QT_TRANSLATE_NOOP("labels", "City"), _attr("city"), 110, sort="city"),
    Column("country", QT_TRANSLATE_NOOP("labels", "Country"), _attr("country"), 65, sort="country"),
    Column("status", QT_TRANSLATE_NOOP("labels", "Status"), lambda r: label(r.status), 85, sort="status"),
    Column("owner", QT_TRANSLATE_NOOP("labels", "Owner"), _attr("owner"), 110),
    Column(
        "updated",
        QT_TRANSLATE_NOOP("labels", "Updated"),
        lambda r: short_datetime(r.updated_at),
        130,
        sort="updated",
        hidden=True,
    ),
    *_address_columns("address"),
    Column(
        "annual_revenue",
        QT_TRANSLATE_NOOP("labels", "Annual revenue"),
        lambda r: money(r.annual_revenue, r.annual_revenue_currency) if r.annual_revenue is not None else "",
        130,
        hidden=True,
        align_right=True,
    ),
    Column(
        "employee_count",
        QT_TRANSLATE_NOOP("labels", "Employees"),
        lambda r: str(r.employee_count or ""),
        90,
        hidden=True,
        align_right=True,
    ),
)

TRASH_COLUMNS: tuple[Column, ...] = (
    Column(
        "label",
        QT_TRANSLATE_NOOP("labels", "Name"),
        _attr("label"),
        300,
        sort="label",
        icon=lambda r: ENTITY_ICONS.get(r.entity, ""),
    ),
    Column("entity", QT_TRANSLATE_NOOP("labels", "Kind"), lambda r: label(r.entity), 110, sort="entity"),
    Column(
        "deleted",
        QT_TRANSLATE_NOOP("labels", "Deleted"),
        lambda r: short_datetime(r.deleted_at),
        150,
        sort="deleted",
        sort_value=lambda r: r.deleted_at,
    ),
)

TIMELINE_ICONS = {"document": "documents", "lead": "leads"}  # kinds whose icon is the page's


def timeline_when(item: Any) -> str:
    """A timeline entry's date and time, or only its date for an entry of a day (a deal, a document)."""
    return short_date(item.when) if item.all_day else short_datetime(item.when)


def timeline_icon(item: Any) -> str:
    return TIMELINE_ICONS.get(item.kind, item.kind)


TIMELINE_COLUMNS: tuple[Column, ...] = (
    Column(
        "when",
        QT_TRANSLATE_NOOP("labels", "When"),
        timeline_when,
        130,
        sort="when",
        sort_value=lambda r: r.when,
        icon=timeline_icon,
    ),
    Column("kind", QT_TRANSLATE_NOOP("labels", "Kind"), lambda r: label(r.kind), 80, sort="kind"),
    Column("title", QT_TRANSLATE_NOOP("labels", "Title"), _attr("title"), 260, sort="title"),
    Column("detail", QT_TRANSLATE_NOOP("labels", "Detail"), _attr("detail"), 240),
    Column("owner", QT_TRANSLATE_NOOP("labels", "Owner"), _attr("owner"), 110, sort="owner"),
)

MEMBER_COLUMNS: tuple[Column, ...] = (
    Column(
        "name",
        QT_TRANSLATE_NOOP("labels", "Name"),
        _attr("name"),
        170,
        sort="name",
        icon=lambda r: "contacts",
    ),
    Column("role", QT_TRANSLATE_NOOP("labels", "Role"), _attr("role"), 120, sort="role"),
    Column("title", QT_TRANSLATE_NOOP("labels", "Title"), _attr("title"), 140, sort="title"),
    Column("email", QT_TRANSLATE_NOOP("labels", "Email"), _attr("email"), 200, sort="email"),
    Column("phone", QT_TRANSLATE_NOOP("labels", "Phone"), _attr("phone"), 130),
    Column(
        "primary",
        QT_TRANSLATE_NOOP("labels", "Primary"),
        lambda r: "Primary" if r.is_primary else "",
        70,
        sort="primary",
    ),
)

DOC_TYPE_LABELS = {"quote": "Quote", "sales_order": "Sales order", "purchase_order": "Purchase order"}


def _money(amount_attr: str) -> Callable[[Any], str]:
    return lambda row: f"{getattr(row, amount_attr):,.2f} {row.currency}"


PRODUCT_COLUMNS: tuple[Column, ...] = (
    Column("sku", QT_TRANSLATE_NOOP("labels", "SKU"), _attr("sku"), 110, sort="sku"),
    Column("name", QT_TRANSLATE_NOOP("labels", "Name"), _attr("name"), 260, sort="name"),
    Column("unit", QT_TRANSLATE_NOOP("labels", "Unit"), _attr("unit"), 70),
    Column("price", QT_TRANSLATE_NOOP("labels", "Unit price"), _money("price"), 120, align_right=True),
    Column(
        "tax",
        QT_TRANSLATE_NOOP("labels", "Tax %"),
        lambda r: f"{r.tax_rate.normalize():f}",
        70,
        align_right=True,
    ),
    Column("active", QT_TRANSLATE_NOOP("labels", "Active"), lambda r: "Yes" if r.is_active else "No", 70),
    Column(
        "updated",
        QT_TRANSLATE_NOOP("labels", "Updated"),
        lambda r: short_datetime(r.updated_at),
        130,
        hidden=True,
    ),
)

DOCUMENT_COLUMNS: tuple[Column, ...] = (
    Column(
        "number",
        QT_TRANSLATE_NOOP("labels", "Number"),
        _attr("number"),
        130,
        sort="number",
        icon=lambda r: "documents",
    ),
    Column(
        "type",
        QT_TRANSLATE_NOOP("labels", "Type"),
        lambda r: DOC_TYPE_LABELS.get(r.doc_type, r.doc_type),
        120,
    ),
    Column("status", QT_TRANSLATE_NOOP("labels", "Status"), lambda r: label(r.status), 90, sort="status"),
    Column("account", QT_TRANSLATE_NOOP("labels", "Account"), _attr("account"), 240),
    Column("issued", QT_TRANSLATE_NOOP("labels", "Issued"), lambda r: day(r.issued_on), 100, sort="issued"),
    Column(
        "total", QT_TRANSLATE_NOOP("labels", "Total"), _money("total"), 140, sort="total", align_right=True
    ),
    Column(
        "updated",
        QT_TRANSLATE_NOOP("labels", "Updated"),
        lambda r: short_datetime(r.updated_at),
        130,
        hidden=True,
    ),
)

LEAD_COLUMNS: tuple[Column, ...] = (
    Column("last_name", QT_TRANSLATE_NOOP("labels", "Last name"), _attr("last_name"), 130, sort="name"),
    Column("first_name", QT_TRANSLATE_NOOP("labels", "First name"), _attr("first_name"), 110),
    Column("company", QT_TRANSLATE_NOOP("labels", "Company"), _attr("company"), 180, sort="company"),
    Column("title", QT_TRANSLATE_NOOP("labels", "Title"), _attr("title"), 150, hidden=True),
    Column("email", QT_TRANSLATE_NOOP("labels", "Email"), _attr("email"), 200, hidden=True),
    Column(
        "score",
        QT_TRANSLATE_NOOP("labels", "Score"),
        lambda r: str(r.score),
        65,
        sort="score",
        align_right=True,
    ),
    Column("status", QT_TRANSLATE_NOOP("labels", "Status"), lambda r: label(r.status), 95, sort="status"),
    Column("lifecycle", QT_TRANSLATE_NOOP("labels", "Lifecycle"), lambda r: label(r.lifecycle), 140),
    Column("source", QT_TRANSLATE_NOOP("labels", "Source"), lambda r: label(r.source), 95),
    Column("owner", QT_TRANSLATE_NOOP("labels", "Owner"), _attr("owner"), 120),
    Column(
        "updated",
        QT_TRANSLATE_NOOP("labels", "Updated"),
        lambda r: short_datetime(r.updated_at),
        130,
        sort="updated",
        hidden=True,
    ),
    Column("phone", QT_TRANSLATE_NOOP("labels", "Phone"), _attr("phone"), 140, hidden=True),
    Column("city", QT_TRANSLATE_NOOP("labels", "City"), _attr("city"), 120, hidden=True),
    Column("country", QT_TRANSLATE_NOOP("labels", "Country"), _attr("country"), 70, hidden=True),
    *_person_columns(),
)


def custom_columns(defs: tuple[FieldDef, ...]) -> tuple[Column, ...]:
    """Optional (hidden until chosen) sortable columns for custom fields; rows carry `custom`."""

    def value(defn: FieldDef) -> Callable[[Any], str]:
        return lambda row: display(defn, getattr(row, "custom", {}).get(defn.key))

    return tuple(
        Column(
            f"custom.{d.key}",
            d.label,
            value(d),
            130,
            sort=f"custom.{d.key}",
            hidden=True,
            align_right=d.kind in (FieldKind.NUMBER, FieldKind.MONEY),
        )
        for d in defs
    )
