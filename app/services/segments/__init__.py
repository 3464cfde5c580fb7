"""Saved segments: criteria over contacts, accounts or leads, compiled to SQL, with covering indexes kept
in step with each segment's criteria.
"""
