"""Products, price lists, and documents (quotes, orders, purchase orders): pages, editors, PDF and printing."""
