"""Labels, envelopes and printed lists."""
