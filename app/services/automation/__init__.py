"""Workflow automation: rules (when + if + then) run inside the unit of work that triggered them, time
rules run by a runner with unique run keys, webhooks through an outbox delivered after commit, a run log
with each action's outcome, a dry run and the undo of one run. Webhook subscriptions to record events go
through the same outbox, signed (webhooks.py, subscriptions.py).

Owns the automation_* tables, webhook_subscriptions and notifications. Reads the segments' criteria compiler for its conditions.
"""
