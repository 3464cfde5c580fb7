"""Customer value: purchase history, RFM segments, customer status over time (churn, cohorts, lifetime
value), engagement and churn risk, and cross-sell and upsell suggestions. Reads documents and activities
through the models only; uses no other capability package."""
