"""Every Qt item model passes qtmodeltester; the paged model pages, sorts and evicts as designed."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from app.services.core.listing import ListQuery
from app.services.records.contacts import ContactInput, MembershipInput
from app.services.records.trash import TrashItem
from app.views.common.columns import CONTACT_COLUMNS, MEMBER_COLUMNS, TRASH_COLUMNS
from app.views.common.memory_table import MemoryTableModel
from app.views.common.paged_table import PagedTableModel
from app.views.common.search_box import GlobalSearch
from app.views.records.memberships import MembershipModel
from app.views.records.timeline_view import timeline_model


def _many_contacts(ctx, n: int) -> None:
    for i in range(n):
        ctx.contacts.create(
            ContactInput(last_name=f"Person{i:04d}", first_name=f"F{n - i:04d}", email=f"p{i}@x.io")
        )


class CountingSource:
    """Wraps the contacts service to record the page requests the model makes."""

    def __init__(self, service) -> None:
        self.service = service
        self.calls: list[tuple[int, bool]] = []

    def count(self, query, deleted=False):
        return self.service.count(query, deleted)

    def page(self, query, offset, limit, total, after=None, deleted=False):
        self.calls.append((offset, after is not None))
        return self.service.page(query, offset, limit, total, after=after, deleted=deleted)


def test_paged_model_passes_modeltester_with_hundreds_of_rows(ctx, qtmodeltester):
    _many_contacts(ctx, 300)
    model = PagedTableModel(ctx.contacts, CONTACT_COLUMNS, page_size=50, max_pages=3)
    qtmodeltester.check(model)
    assert model.rowCount() == 300
    assert model.index(0, 0).data() == "Person0000"
    assert model.index(299, 0).data() == "Person0299"


def test_paged_model_fetches_lazily_seeks_by_key_and_evicts(ctx):
    _many_contacts(ctx, 250)
    source = CountingSource(ctx.contacts)
    model = PagedTableModel(source, CONTACT_COLUMNS, page_size=50, max_pages=2)
    assert source.calls == []  # opening the list reads no rows, only the count
    assert model.index(0, 0).data() == "Person0000"
    assert model.index(60, 0).data() == "Person0060"
    assert source.calls == [(0, False), (50, True)]  # the second page seeks from the first page's last key
    assert model.index(249, 0).data() == "Person0249"
    assert model.cached_pages() == 2  # the least recently used page was dropped
    assert model.index(10, 0).data() == "Person0010"
    assert source.calls[-1] == (0, False)


def test_paged_model_sorts_in_sql_and_ignores_unsortable_columns(ctx):
    _many_contacts(ctx, 30)
    model = PagedTableModel(ctx.contacts, CONTACT_COLUMNS)
    first_name = [c.key for c in CONTACT_COLUMNS].index("first_name")
    phone = [c.key for c in CONTACT_COLUMNS].index("phone")
    model.sort(first_name, Qt.SortOrder.AscendingOrder)
    assert model.query.sort == "first_name"
    assert model.index(0, first_name).data() == "F0001"
    model.sort(first_name, Qt.SortOrder.DescendingOrder)
    assert model.index(0, first_name).data() == "F0030"
    model.sort(phone, Qt.SortOrder.AscendingOrder)
    assert model.query.sort == "first_name" and model.query.descending
    assert model.sort_column() == first_name


def test_paged_model_search_and_refresh(ctx, qtbot):
    _many_contacts(ctx, 12)
    model = PagedTableModel(ctx.contacts, CONTACT_COLUMNS)
    model.set_query(replace(model.query, search="person0007"))
    assert model.rowCount() == 1 and model.index(0, 2).data() == "p7@x.io"
    model.set_query(ListQuery(sort="name"))
    ctx.contacts.create(ContactInput(last_name="Aaron"))
    with qtbot.waitSignal(model.modelReset):
        model.refresh()
    assert model.rowCount() == 13 and model.index(0, 0).data() == "Aaron"


def test_trash_model_passes_modeltester_and_sorts(ctx, qtmodeltester):
    ids = [ctx.contacts.create(ContactInput(last_name=n)).value.id for n in ("Zed", "Amy", "Kim")]
    ctx.contacts.delete(ids)
    model = MemoryTableModel(TRASH_COLUMNS, ctx.trash.list, key=lambda t: (t.entity, t.id))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == ["Amy", "Kim", "Zed"]
    model.set_query(ListQuery(search="ki"))
    assert model.rowCount() == 1 and isinstance(model.item(0), TrashItem)


def test_timeline_and_members_models_pass_modeltester(ctx, sample, qtmodeltester):
    timeline = timeline_model()
    timeline.set_rows(ctx.timeline.for_account(sample.acme))
    qtmodeltester.check(timeline)
    assert timeline.rowCount() == 3
    members = MemoryTableModel(MEMBER_COLUMNS, key=lambda m: m.contact_id)
    members.set_rows(ctx.accounts.get(sample.globex).contacts)
    qtmodeltester.check(members)
    assert sorted(members.index(r, 0).data() for r in range(2)) == ["Ada Lovelace", "Bob Builder"]


def test_membership_model_edits_roles_and_keeps_one_primary(ctx, sample, qtmodeltester):
    model = MembershipModel(ctx.contacts.get(sample.ada).memberships)
    qtmodeltester.check(model)
    assert [m.is_primary for m in model.inputs()] == [True, False]
    assert model.setData(model.index(1, 2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert [m.is_primary for m in model.inputs()] == [False, True]
    assert model.setData(model.index(0, 1), "Chair", Qt.ItemDataRole.EditRole)
    assert model.inputs()[0].role == "Chair"
    model.remove(1)
    assert model.inputs() == (MembershipInput(sample.acme, "Chair", True),)
    assert model.add(sample.acme, "Acme GmbH") == 0  # no duplicates


def test_global_search_model_passes_modeltester(ctx, sample, qtmodeltester, qtbot):
    box = GlobalSearch(ctx)
    qtbot.addWidget(box)
    box._search("lovelace")
    qtmodeltester.check(box.matches)
    assert box.matches.rowCount() == 1
    assert "Ada Lovelace" in box.matches.index(0, 0).data()
