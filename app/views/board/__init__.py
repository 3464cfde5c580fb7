"""The pipeline board: columns and cards, drag and drop, the deal editor, and the pipelines dialog."""
