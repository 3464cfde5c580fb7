"""Activities and tasks (with reminders), the Gantt schedule (its dependency graph and stored layout) and
iCalendar import and export.
"""
