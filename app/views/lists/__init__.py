"""What the record list pages share: the list page and record page, filters, column chooser, saved views,
tags (picker, manager and the tagged record editor) and the segment button, export of what a list shows,
and the base of the read-only report pages.
"""
