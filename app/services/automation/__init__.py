"""Workflow automation: rules (when + if + then) run inside the unit of work that triggered them, time
rules run by a runner with unique run keys, webhooks through an outbox delivered after commit, a run log
with each action's outcome, a dry run and the undo of one run.

Owns the automation_* tables and notifications. Reads the segments' criteria compiler for its conditions.
"""
