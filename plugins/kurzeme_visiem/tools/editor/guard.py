"""Who may talk to the editor: only the preview's own page, on this computer.

- the peer address is a loopback address (127.0.0.1, ::1), even when the preview listens elsewhere;
- the ``Host`` header names the preview itself (``127.0.0.1:8000``, ``localhost:8000``, ``[::1]:8000``): a foreign
  name that resolves to 127.0.0.1 (DNS rebinding) is refused;
- for the API: ``Origin`` is that same origin, ``Sec-Fetch-Site`` (when sent) is ``same-origin``, and the body is
  JSON (a form on another site cannot send it without a CORS preflight, which is never answered).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")


@dataclass(frozen=True)
class Guard:
    port: int

    @property
    def hosts(self) -> frozenset[str]:
        return frozenset(f"{name}:{self.port}" for name in LOOPBACK_NAMES)

    def refusal(self, remote_ip: str, headers: Mapping[str, str], *, api: bool) -> str | None:
        """Why the request is refused (Latvian), or ``None`` when it may pass."""
        try:
            if not ipaddress.ip_address(remote_ip.split("%")[0]).is_loopback:
                return "redaktors atbild tikai šajā datorā (127.0.0.1)"
        except ValueError:
            return "nezināma adrese"
        host = (headers.get("Host") or "").lower()
        if host not in self.hosts:
            return f"svešs Host: {host or '(nav)'}; atveriet redaktoru adresē http://127.0.0.1:{self.port}/admin/"
        if not api:
            return None
        origin = headers.get("Origin")
        if origin is None or origin.lower() != f"http://{host}":
            return f"pieprasījums no citas vietnes ({origin or 'bez Origin'}) nav atļauts"
        site = headers.get("Sec-Fetch-Site")
        if site is not None and site != "same-origin":
            return f"pieprasījums no citas vietnes (Sec-Fetch-Site: {site}) nav atļauts"
        if not (headers.get("Content-Type") or "").lower().startswith("application/json"):
            return "pieprasījumam jābūt JSON"
        return None
