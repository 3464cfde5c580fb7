"""Editor dialogs: a generic form with inline validation errors and the contact/account editors."""
