"""Leads with scoring and conversion, deals on pipelines and stages, and the sales forecast."""
