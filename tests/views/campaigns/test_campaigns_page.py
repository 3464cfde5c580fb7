"""The Campaigns page and the sequence editor: the list, a campaign's KPIs and members, the form refusing
bad input, a send from the page that skips those without consent, and steps edited with the keyboard."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QMessageBox, QPushButton

from app.services.campaigns.campaigns import CampaignInput
from app.services.records.contacts import ContactInput
from app.services.sales.leads import LeadInput
from app.views.campaigns.campaign_dialog import CampaignDialog
from app.views.campaigns.models import MEMBER_PAGE
from app.views.campaigns.sequence_editor import SequenceEditor


def _mail_setup(ctx, *templates: str) -> None:  # type: ignore[no-untyped-def]
    """Campaigns send through the mail module: a relay account to send from and the named templates."""
    from app.services.mail.accounts import MailAccountInput
    from app.services.mail.templates import TemplateInput

    ctx.mail_accounts.add(MailAccountInput("Office", "news@example.com", "127.0.0.1", 2525, "none"))
    for name in templates:
        ctx.email_templates.save(
            TemplateInput(name, f"About {name}", "Hello!\nUnsubscribe: {{ unsubscribe.url }}")
        )


def _show(window, qtbot):  # type: ignore[no-untyped-def]
    window.show_page(window.pages.index(window.campaigns))
    page = window.campaigns
    qtbot.waitExposed(page)
    return page


def _people(ctx, n):  # type: ignore[no-untyped-def]
    made = []
    for i in range(n):
        c = ctx.contacts.create(ContactInput(last_name=f"Person{i:03}", email=f"p{i:03}@example.com")).value
        if i % 2 == 0:
            ctx.consent.set("contact", c.id, "email", "granted", "fair", "News, please")
        made.append(c)
    return made


def test_the_page_lists_campaigns_with_kpis_and_members(window, qtbot, qtmodeltester, ctx) -> None:  # type: ignore[no-untyped-def]
    fair = ctx.campaigns.create(
        CampaignInput("Trade fair", "event", actual_cost=Decimal("900"), template_id="fair")
    ).value
    for i in range(3):
        ctx.leads.create(LeadInput(last_name=f"Lead{i}", campaign_id=fair.id))
    people = _people(ctx, MEMBER_PAGE + 10)
    ctx.campaigns.add(fair.id, [("contact", p.id) for p in people])
    page = _show(window, qtbot)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.members)
    assert page.model.rowCount() == 1 and page.model.index(0, 0).data() == "Trade fair"
    assert page.kpis["leads"].text() == "3"
    assert page.kpis["cpl"].text().startswith("300")
    fetch = page.members._fetch
    page.members.reload(fetch)
    assert page.members.rowCount() == MEMBER_PAGE  # read a page at a time (the view asks for more)
    page.members.fetchMore()
    assert page.members.rowCount() == MEMBER_PAGE + 10
    assert page.status_text() == "1 campaign"


def test_send_from_the_page_skips_those_without_consent(window, qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _mail_setup(ctx, "news")
    fair = ctx.campaigns.create(CampaignInput("Mailing", template_id="news")).value
    ctx.campaigns.add(fair.id, [("contact", p.id) for p in _people(ctx, 6)])
    page = _show(window, qtbot)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.buttons["send"].click()
    qtbot.waitUntil(
        lambda: page.job is not None and page.job.finished and not page.poll.isActive(), timeout=10000
    )
    statuses = sorted(page.members.index(r, 3).data() for r in range(page.members.rowCount()))
    assert statuses == ["sent"] * 3 + ["suppressed"] * 3
    assert ctx.campaigns.get(fair.id).members == {"sent": 3, "suppressed": 3}


def test_the_form_refuses_bad_input_and_names_the_fields(qtbot, window, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = CampaignDialog(window.campaigns.env)
    qtbot.addWidget(dialog)
    dialog.name.setText("")
    dialog.budget.setText("lots")
    dialog.save()
    assert "budget: 'lots' is not an amount" in dialog.problems.text()
    dialog.budget.setText("100")
    dialog.save()
    assert "name: a campaign needs a name" in dialog.problems.text()
    assert ctx.campaigns.list() == []
    dialog.name.setText("Webinar")
    dialog.kind.setCurrentIndex(dialog.kind.findData("webinar"))
    dialog.save()
    assert [(c.name, c.kind, c.budget) for c in ctx.campaigns.list()] == [
        ("Webinar", "webinar", Decimal("100.00"))
    ]
    assert all(w.accessibleName() for w in (dialog.name, dialog.kind, dialog.budget, dialog.segment))


def test_the_sequence_editor_builds_steps_with_shortcut_buttons(qtbot, qtmodeltester, window, ctx) -> None:  # type: ignore[no-untyped-def]
    editor = SequenceEditor(window.campaigns.env)
    qtbot.addWidget(editor)
    editor.show()
    qtmodeltester.check(editor.steps)
    buttons = {b.objectName(): b for b in editor.findChildren(QPushButton)}
    keys = {
        name: buttons[name].shortcut().toString() for name in ("addEmail", "addWait", "addTask", "stepUp")
    }
    assert keys == {"addEmail": "Alt+E", "addWait": "Alt+W", "addTask": "Alt+T", "stepUp": "Ctrl+Up"}
    assert all(b.accessibleName() for b in buttons.values())
    editor.name.setText("Welcome")
    buttons["addEmail"].click()
    editor.steps.setData(editor.steps.index(0, 1), "welcome")
    buttons["addTask"].click()
    editor.steps.setData(editor.steps.index(1, 1), "Call them")
    buttons["addWait"].click()  # a wait, moved up between
    editor.steps.setData(editor.steps.index(2, 1), "3")
    editor.table.setCurrentIndex(editor.steps.index(2, 0))
    buttons["stepUp"].click()
    qtmodeltester.check(editor.steps)
    assert [s["type"] for s in editor.steps.steps] == ["email", "wait", "task"]
    editor.steps.setData(editor.steps.index(1, 1), "0")  # wait 0 days: refused on save
    editor.save()
    assert "steps[1].days" in editor.problems.text() and ctx.sequences.list() == []
    editor.steps.setData(editor.steps.index(1, 1), "3")
    editor.save()
    saved = ctx.sequences.find("Welcome")
    assert [s["type"] for s in saved.steps] == ["email", "wait", "task"] and saved.steps[1]["days"] == 3
    assert saved.window["weekdays"] == [0, 1, 2, 3, 4]


def test_the_app_runs_due_sequence_steps_in_the_background(window, qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from app.services.campaigns.sequences import SequenceInput

    person = _people(ctx, 1)[0]  # consent granted
    _mail_setup(ctx, "hi")
    q = ctx.sequences.create(SequenceInput("Hello", ({"type": "email", "template_id": "hi"},))).value
    ctx.sequences.enrol(q.id, [("contact", person.id)])
    runner = window.sequence_runner
    assert runner.timer.isActive()
    runner.run_now()
    qtbot.waitUntil(lambda: runner.last_report is not None, timeout=10000)
    assert runner.last_report.emails == 1
    assert ctx.sequences.get(q.id).enrolments == {"completed": 1}


def test_a_members_consent_is_shown_recorded_and_kept_in_its_history(qtbot, window, ctx) -> None:  # type: ignore[no-untyped-def]
    from app.views.campaigns.consent_dialog import ConsentDialog

    person = _people(ctx, 1)[0]  # email granted at the fair
    dialog = ConsentDialog(window.campaigns.env, "contact", person.id, "Person000")
    qtbot.addWidget(dialog)
    assert "email: granted" in dialog.current.text() and "post: unknown" in dialog.current.text()
    dialog.status.setCurrentIndex(dialog.status.findData("withdrawn"))
    dialog.source.setText("")
    dialog.record()
    assert "source: say where the consent came from" in dialog.problems.text()
    dialog.source.setText("phone call")
    dialog.record()
    assert "email: withdrawn" in dialog.current.text() and dialog.problems.text() == ""
    assert dialog.history.count() == 2 and "withdrawn (phone call)" in dialog.history.item(0).text()
    assert not ctx.consent.may_email("contact", person.id).allowed
