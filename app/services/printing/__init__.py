"""Printed output beside the documents: mailing labels and envelopes from a list, a selection or a segment,
and any list as it is shown (columns, filter, sort) with a header and page numbers. PDF first: printing and
the print preview draw these PDFs (app/views/common/printing.py)."""
