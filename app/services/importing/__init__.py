"""Moving records in and out: CSV reading, column mapping, value parsing and translation, the import engine
(matching, links, undo trail), vCard reading and writing, and CSV/XLSX/vCard export of any list.
"""
