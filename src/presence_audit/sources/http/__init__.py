"""The one HTTP client every collector reads the web through (see ``client.py``)."""

from presence_audit.sources.http.client import HttpClient
from presence_audit.sources.http.errors import FETCH_ERROR_KINDS, FetchError, FetchErrorKind
from presence_audit.sources.http.response import Response
from presence_audit.sources.http.robots import RobotsVerdict

__all__ = [
    "FETCH_ERROR_KINDS",
    "FetchError",
    "FetchErrorKind",
    "HttpClient",
    "Response",
    "RobotsVerdict",
]
