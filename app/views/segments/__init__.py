"""The segment builder, its criteria editor, and the background keeper of segments' covering indexes."""
