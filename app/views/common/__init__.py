"""What every view shares: the view environment, the undo command base, background work, styles and
formatting, the base table models, form dialogs, search boxes, tables and printing.
"""
