"""Products and price lists, quotes, sales orders and purchase orders: their numbering, exact totals, the
company letterhead and the PDF rendering.
"""
