"""The read-only report pages: the KPI dashboard with its charts and NPS answers, and the forecast."""
