"""Placeholder replaced below."""


class SuggestionService: ...
