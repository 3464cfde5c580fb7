"""One module per page of the main window; list_page.py holds what the list pages share."""
