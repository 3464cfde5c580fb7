"""Email in the GUI: Settings > Email (accounts with a Test button) and the Compose dialog."""
