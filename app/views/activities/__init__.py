"""Tasks and activities: the Tasks page, the activity editor, quick logging, reminders and their commands."""
