"""Service desk: business hours and SLA clocks."""
