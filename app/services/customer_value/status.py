"""Placeholder replaced below."""


class CustomerStatusService: ...
