"""The one place that makes URLs safe to show: logs, error messages and the requests errors carry.

A signed URL (an output file's ``X-Amz-Signature=...``) is a credential for as long as it is valid, and
a URL's user info is one for good, so what dubkit shows of any URL is its scheme, host, port and path;
a query becomes ``?REDACTED`` (so a reader still sees that there was one) and a fragment is dropped.
"""

from __future__ import annotations

import re

import httpx2

__all__ = ["REDACTED_QUERY", "redact_text", "redact_url"]

REDACTED_QUERY = "REDACTED"
"""What stands in for a URL's query string wherever dubkit shows the URL."""

# A URL in free text (an httpx or OS message): scheme, then anything up to white space or a quote.
_URL_IN_TEXT = re.compile(r"""[A-Za-z][A-Za-z0-9+.-]*://[^\s'"<>]+""")


def redact_url(url: httpx2.URL | str) -> str:
    """Return ``url`` as text that is safe to show: no user info, no query values, no fragment.

    Args:
        url: A URL, parsed or not.

    Returns:
        ``scheme://host[:port]/path``, then ``?REDACTED`` if the URL had a query. Text that is not a
        URL at all is cut at its first ``?`` or ``#``.
    """
    try:
        parsed = url if isinstance(url, httpx2.URL) else httpx2.URL(url)
    except (httpx2.InvalidURL, TypeError):
        text = str(url)
        cut = min((i for i in (text.find("?"), text.find("#")) if i >= 0), default=len(text))
        return text[:cut] + (f"?{REDACTED_QUERY}" if "?" in text else "")
    query = REDACTED_QUERY.encode() if parsed.query else None
    return str(parsed.copy_with(userinfo=b"", query=query, fragment=None))


def redact_text(text: str) -> str:
    """Return ``text`` with every URL in it redacted as ``redact_url`` does.

    Args:
        text: A message that may quote URLs (an httpx error, a log line).

    Returns:
        The text, each URL replaced by its redacted form.
    """
    if "://" not in text:  # nearly every message: no URL, nothing to do
        return text
    return _URL_IN_TEXT.sub(lambda match: redact_url(match.group(0)), text)
