"""Settings dialogs that belong to no single page: custom fields."""
