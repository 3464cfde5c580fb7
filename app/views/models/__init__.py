"""Qt item models: a paged model over service queries and a small in-memory model for short lists."""
