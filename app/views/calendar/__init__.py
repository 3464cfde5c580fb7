"""The Calendar page: meetings, calls and tasks by day, week or month, moved and resized with the mouse."""
