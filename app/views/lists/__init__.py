"""What the record list pages share: the list page and record page, filters, column chooser, saved views,
tags and the segment button, and export of what a list shows.
"""
