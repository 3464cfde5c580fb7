"""Reusable widgets: search boxes, filter bar, column chooser, fields with inline errors, pickers."""
