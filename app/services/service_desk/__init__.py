"""The service desk: support tickets and the service-level clocks that time them (business_hours)."""
