"""Settings > Automation: the rules list, the editor (when/if/then), dry run, run log, undo; the runner."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.models import utcnow
from app.services.automation.spec import RuleInput
from app.services.records.contacts import ContactInput


def _dialog(window, qtbot):  # type: ignore[no-untyped-def]
    window.edit_automation()
    dialog = window.automation_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_models_pass_the_model_tester(window, qtbot, ctx, qtmodeltester) -> None:
    ctx.automation.install_builtins()
    dialog = _dialog(window, qtbot)
    assert dialog.rules.rowCount() == 4
    qtmodeltester.check(dialog.rules)
    qtmodeltester.check(dialog.runs)


def test_a_rule_made_in_the_editor_acts_and_its_run_is_undone_from_the_log(window, qtbot, ctx) -> None:
    dialog = _dialog(window, qtbot)
    editor = dialog.new_rule()
    editor.name.setText("Welcome call")
    editor.entity.setCurrentIndex(editor.entity.findData("contact"))
    editor.trigger.setCurrentIndex(editor.trigger.findData("created"))
    row = editor.criteria.root.items[0] if editor.criteria.root.items else None
    if row is None:
        editor.criteria.root.add_condition()
        row = editor.criteria.root.items[0]
    row.field.setCurrentIndex(row.field.findText("Country"))
    row.operator.setCurrentIndex(row.operator.findData("equals"))
    row.value_editor.findChild(QLineEdit, "textValue").setText("FR")
    editor.action_type.setCurrentIndex(editor.action_type.findData("create_task"))
    editor.action_text.setText("Call them")
    editor.action_days.setValue(1)
    editor.add_action()
    editor.enabled.setChecked(True)
    editor.accept()
    assert not editor.isVisible(), editor.problem.text()
    (rule,) = ctx.automation.list()
    assert rule.conditions["items"][0]["value"] == "FR" and rule.active
    ctx.contacts.create(ContactInput(last_name="Curie", country="FR"))
    ctx.contacts.create(ContactInput(last_name="Turing", country="GB"))
    qtbot.waitUntil(lambda: dialog.runs.rowCount() == 1)
    dialog.run_view.selectRow(0)
    assert dialog.run_items.item(0).text() == "create_task on contact: done"
    dialog.undo_run()
    assert ctx.automation.log()[0].status == "undone"


def test_the_editor_shows_what_the_service_refuses(window, qtbot, ctx) -> None:
    dialog = _dialog(window, qtbot)
    editor = dialog.new_rule()
    editor.accept()  # no name, no action
    assert editor.isVisible()
    assert "a rule needs a name" in editor.problem.text()
    assert "at least one action" in editor.problem.text()


def test_dry_run_lists_the_records_and_actions(window, qtbot, ctx) -> None:
    rule = ctx.automation.create(
        RuleInput(
            "Quiet", "contact", "no_activity", {"days": 10}, {}, ({"type": "create_task", "subject": "Hi"},)
        )
    ).value
    c = ctx.contacts.create(ContactInput(last_name="Old")).value
    from app.models import Contact

    with ctx.uow() as work:
        work.session.get(Contact, c.id).created_at = utcnow() - timedelta(days=30)
    dialog = _dialog(window, qtbot)
    dialog.rule_view.selectRow(0)
    dialog.dry_run()
    assert "1 record(s) due now" in dialog.result_title.text()
    assert dialog.result.item(0).text() == "Old: create task 'Hi' due in 0 days"
    assert ctx.automation.get(rule.id).enabled is False


def test_the_runner_runs_time_rules_in_the_background(window, qtbot, ctx) -> None:
    ctx.automation.create(
        RuleInput(
            "Quiet",
            "contact",
            "no_activity",
            {"days": 10},
            {},
            ({"type": "create_task", "subject": "Hi"},),
            enabled=True,
        )
    )
    c = ctx.contacts.create(ContactInput(last_name="Old")).value
    from app.models import Contact

    with ctx.uow() as work:
        work.session.get(Contact, c.id).created_at = utcnow() - timedelta(days=30)
    runner = window.automation_runner
    runner.run_now()
    qtbot.waitUntil(lambda: runner.last_result is not None, timeout=20_000)
    runs, _sent, _changes = runner.last_result
    assert [r.acted for r in runs] == [1]


def test_the_editor_offers_a_document_from_a_template(window, qtbot, ctx) -> None:
    from app.services.documents.document_input import DocumentInput, LineInput
    from app.services.records.accounts import AccountInput

    acme = ctx.accounts.create(AccountInput(name="Acme")).value
    template = ctx.documents.create(
        DocumentInput(account_id=acme.id, lines=(LineInput("Starter set", "1", "100"),))
    ).value
    dialog = _dialog(window, qtbot)
    editor = dialog.new_rule()
    editor.name.setText("Quote for new deals")
    editor.entity.setCurrentIndex(editor.entity.findData("deal"))
    editor.trigger.setCurrentIndex(editor.trigger.findData("created"))
    editor.action_type.setCurrentIndex(editor.action_type.findData("create_document"))
    assert editor.action_template.isVisibleTo(editor) and not editor.action_text.isVisibleTo(editor)
    assert editor.action_template.accessibleName() == "Template document"
    editor.action_template.setCurrentIndex(editor.action_template.findText(f"{template.number} (Acme)"))
    editor.add_action()
    assert editor.action_list.item(0).text() == f"Create a quote from template {template.number}"
    editor.accept()
    assert not editor.isVisible(), editor.problem.text()
    (rule,) = ctx.automation.list()
    assert rule.actions[0]["template_id"] == str(template.id)


def test_the_rules_and_the_log_fit_the_default_width_without_scrolling(window, qtbot, ctx) -> None:
    actions = tuple({"type": "create_task", "subject": f"Step {i}"} for i in range(4))
    ctx.automation.create(
        RuleInput("A rule with a long list of actions", "contact", "created", {}, {}, actions, True)
    )
    ctx.contacts.create(ContactInput(last_name="Curie"))
    dialog = _dialog(window, qtbot)
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.runs.rowCount() == 1)
    for view in (dialog.rule_view, dialog.run_view):
        assert view.horizontalScrollBar().maximum() == 0, view.objectName()
    then = dialog.rules.index(0, len(dialog.rules.columns) - 1)
    assert "create a task or activity" in dialog.rules.data(then, Qt.ItemDataRole.ToolTipRole)


def test_the_editor_makes_a_rule_that_answers_mail_with_a_template(window, qtbot, ctx) -> None:
    dialog = _dialog(window, qtbot)
    editor = dialog.new_rule()
    editor.name.setText("Answer quote requests")
    editor.entity.setCurrentIndex(editor.entity.findData("contact"))
    editor.trigger.setCurrentIndex(editor.trigger.findData("email_received"))
    assert editor.subject_words.isVisibleTo(editor) and not editor.threshold.isVisibleTo(editor)
    editor.subject_words.setText("quote")
    editor.action_type.setCurrentIndex(editor.action_type.findData("send_email"))
    assert editor.action_text.placeholderText() == "the email template's name"
    editor.action_text.setText("Quote received")
    editor.add_action()
    assert editor.action_list.item(0).text() == "Send the email 'Quote received'"
    editor.accept()
    assert not editor.isVisible(), editor.problem.text()
    (rule,) = ctx.automation.list()
    assert rule.trigger == "email_received" and rule.trigger_params == {"subject_contains": "quote"}
    assert rule.actions == ({"type": "send_email", "template": "Quote received"},)
