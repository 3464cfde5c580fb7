"""Everything PySide6: the main window shell, pages, item models, widgets, dialogs and undo commands."""
