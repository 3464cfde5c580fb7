"""The service desk's pages: the Tickets queue with its detail and keyboard triage."""
