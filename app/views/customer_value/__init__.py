"""The Customer value window: churn rate, lifetime value, cohort retention chart, RFM segments, accounts at
risk and the suggestions' hit rate, with the recompute and churn-rule actions."""
