"""redact_url and redact_text: what dubkit shows of a URL keeps no user info, query value or fragment."""

from __future__ import annotations

import httpx2
import pytest
from dubkit._redact import redact_text, redact_url


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://cdn.test/a.mp4?X-Amz-Signature=abc&X-Amz-Credential=k", "https://cdn.test/a.mp4?REDACTED"),
        ("https://user:pass@api.test:8443/v1/x#frag", "https://api.test:8443/v1/x"),
        ("http://127.0.0.1:9/v1/dubbing", "http://127.0.0.1:9/v1/dubbing"),
        (httpx2.URL("https://api.test/v1?cursor=c1"), "https://api.test/v1?REDACTED"),
        ("https://api.test/v1?", "https://api.test/v1"),
    ],
)
def test_redact_url(url: str | httpx2.URL, shown: str) -> None:
    """Scheme, host, port and path stay; a query becomes ?REDACTED; user info and fragment go."""
    assert redact_url(url) == shown


def test_redact_text_redacts_every_url_in_a_message() -> None:
    """Each URL quoted in free text is redacted; text without a URL is returned as it is."""
    text = "Redirect to 'https://cdn.test/a?sig=S1' from ftp://h.test/p?t=S2, then <http://x.test/?a=S3>"
    redacted = redact_text(text)
    assert not any(secret in redacted for secret in ("S1", "S2", "S3"))
    assert "https://cdn.test/a?REDACTED" in redacted
    plain = "connection refused (errno 111)"
    assert redact_text(plain) is plain
