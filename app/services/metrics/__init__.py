"""The dashboard's KPIs (each formula in docs/metrics.md), their drill-downs, the KPI report and its PDF, and
NPS answers.
"""
