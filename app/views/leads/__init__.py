"""The Leads page: the scored list, the lead editor, conversion and the scoring rules."""
