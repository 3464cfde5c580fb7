"""Reports: a definition (entity, columns, grouping, aggregates, filters or a segment, sort, limit)
compiled to one grouped SQL query, its result with totals and chart data, saved reports, and the result
written as CSV, XLSX or PDF.
"""
