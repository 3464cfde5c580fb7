"""The Campaigns page: campaigns with their members and KPIs, and the drip sequence editor."""
