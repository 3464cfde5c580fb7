"""Data quality: duplicate detection and its similarity measures, likely duplicates before a save or an
import, merging two records, and standardisation of names, phones, emails and countries.
"""
