"""PDF output with reportlab (no Qt): documents, with bundled DejaVu fonts for any Unicode name."""
