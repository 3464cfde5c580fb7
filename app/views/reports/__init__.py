"""The Reports page: saved reports, the report builder, the result table with totals, its chart, export,
print; reports run in a worker thread with Cancel."""
