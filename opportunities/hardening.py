"""What keeps the public Datasette site safe from hostile pages and heavy queries.

Two layers, both wired in by ``data/plugins/catalogue_site.py``:

- ``SecureSite``, an ASGI middleware: read-only methods only (a POST to a
  canned query is a 405, not a traceback), introspection pages that show
  server paths and internals answer 404, every response carries a strict
  Content-Security-Policy with ``X-Content-Type-Options`` and
  ``Referrer-Policy``, and no response body grows past ``MAX_RESPONSE_BYTES``.
- ``harden_connection`` on every SQLite connection Datasette opens: a cap on
  the size of any string or blob (a single ``hex(zeroblob(4e8))`` is one
  virtual-machine step, which Datasette's time-limit progress handler cannot
  interrupt, so its size is what must be bounded), a byte budget on the rows
  one statement returns, and risky SQL functions refused by an authorizer.

The CSP allows scripts only from the site itself plus the hashes of
Datasette's own inline scripts (static text in its templates), so an
injected ``<script>`` or ``javascript:`` URL does not run even if markup
ever slipped through escaping.
"""
from __future__ import annotations

import base64
import hashlib
import re
import sqlite3
import weakref
from pathlib import Path

import datasette

#: Longest string or blob a statement may build or read (the longest page text is far below).
MAX_VALUE_BYTES = 5_000_000
#: Longest SQL text a visitor may send.
MAX_SQL_BYTES = 100_000
#: Bytes of cell values one statement may return (max_returned_rows bounds the row count).
MAX_RESULT_BYTES = 20_000_000
#: Largest response body the site sends (CSV streams are cut here too).
MAX_RESPONSE_BYTES = 50_000_000
#: SQL functions no visitor needs: pointer leaks, extension loading, memory amplification, files.
REFUSED_FUNCTIONS = frozenset({
    "fts3_tokenizer", "load_extension", "zeroblob", "randomblob", "readfile", "writefile", "edit",
})
#: Introspection pages: server paths (databases), versions, threads, plugins, settings, actor.
HIDDEN_PATHS = re.compile(
    r"^/-/(versions|threads|plugins|databases|settings|config|actor|permissions|messages|allow-debug)(\.json)?/?$"
)
READ_METHODS = ("GET", "HEAD")

_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)
# table.html's one templated inline script, in both of its renderings.
_TEMPLATED_SCRIPTS = ("DATASETTE_ALLOW_FACET = true;", "DATASETTE_ALLOW_FACET = false;")


class ResultTooLarge(sqlite3.DatabaseError):
    """A statement returned more bytes than a public query may."""


def inline_script_hashes(template_dirs: list[Path]) -> list[str]:
    """CSP hash sources of the static inline scripts of the templates in ``template_dirs``."""
    bodies = set(_TEMPLATED_SCRIPTS)
    for directory in template_dirs:
        for template in sorted(directory.glob("*.html")):
            bodies.update(body for body in _INLINE_SCRIPT.findall(template.read_text(encoding="utf-8"))
                          if "{{" not in body and "{%" not in body)
    return sorted(f"'sha256-{base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()}'" for body in bodies)


def content_security_policy(template_dirs: list[Path]) -> str:
    scripts = " ".join(["'self'", *inline_script_hashes(template_dirs)])
    return "; ".join([
        "default-src 'none'",
        f"script-src {scripts}",
        # Datasette's table page sets column widths in a <style> block.
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        # The landing page embeds the deadline timeline (an SVG of links) with <object>, which browsers
        # treat as a frame; the SVG's own response carries this policy too, so no script in it could run.
        "object-src 'self'",
        "frame-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'self'",
    ])


def security_headers(template_dirs: list[Path]) -> list[tuple[bytes, bytes]]:
    return [
        (b"content-security-policy", content_security_policy(template_dirs).encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"strict-origin-when-cross-origin"),
        (b"x-frame-options", b"SAMEORIGIN"),
    ]


def datasette_template_dirs(extra: Path | None = None) -> list[Path]:
    """Datasette's own templates and the site's, whose inline scripts the CSP allows."""
    dirs = [Path(datasette.__file__).parent / "templates"]
    return dirs + ([extra] if extra else [])


class SecureSite:
    """ASGI middleware: read-only methods, hidden internals, security headers, bounded bodies."""

    def __init__(self, app, headers: list[tuple[bytes, bytes]], *, max_body: int = MAX_RESPONSE_BYTES):
        self.app, self.headers, self.max_body = app, headers, max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if scope["method"] not in READ_METHODS:
            return await self._answer(send, 405, "Ce site est en lecture seule : seules GET et HEAD sont acceptées.",
                                      [(b"allow", ", ".join(READ_METHODS).encode())])
        if HIDDEN_PATHS.match(scope["path"]):
            return await self._answer(send, 404, "Page introuvable.")
        sent = 0
        start = None

        async def guarded_send(message):
            nonlocal sent, start
            if message["type"] == "http.response.start":
                # Held until the first body part: an oversized single-part body can still become an error.
                start = {**message, "headers": self._with_headers(message.get("headers", []))}
                return None
            if message["type"] != "http.response.body":
                return await send(message)
            body = message.get("body", b"")
            if start is not None:
                pending, start = start, None
                if len(body) > self.max_body and not message.get("more_body"):
                    return await self._answer(send, 400, "Réponse trop volumineuse : demandez moins de lignes "
                                                         "ou de colonnes.")
                await send(pending)
            if sent >= self.max_body:
                return None
            if sent + len(body) > self.max_body:  # a stream past the cap ends here
                body = body[: self.max_body - sent]
                message = {"type": "http.response.body", "body": body, "more_body": False}
            sent += len(body)
            return await send(message)

        return await self.app(scope, receive, guarded_send)

    def _with_headers(self, headers) -> list:
        names = {name for name, _ in self.headers}
        return [(name, value) for name, value in headers if name.lower() not in names] + self.headers

    async def _answer(self, send, status: int, text: str, extra: list | None = None) -> None:
        body = text.encode("utf-8")
        await send({"type": "http.response.start", "status": status, "headers": self._with_headers(
            [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode()),
             *(extra or [])])})
        await send({"type": "http.response.body", "body": body})


def _authorize(action, arg1, arg2, db_name, trigger):
    if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in REFUSED_FUNCTIONS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def _value_size(value) -> int:
    return len(value) if isinstance(value, (str, bytes)) else 8


def budgeted_row_factory(max_bytes: int = MAX_RESULT_BYTES):
    """sqlite3.Row rows, until the rows one cursor returned pass ``max_bytes`` (then ResultTooLarge)."""
    spent: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def factory(cursor, row):
        total = spent.get(cursor, 0) + sum(map(_value_size, row))
        if total > max_bytes:
            raise ResultTooLarge(f"the result is larger than {max_bytes // 1_000_000} MB; ask for fewer rows or columns")
        spent[cursor] = total
        return sqlite3.Row(cursor, row)

    return factory


def harden_connection(conn: sqlite3.Connection) -> None:
    """Bound what one statement on ``conn`` can build, return or call."""
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, MAX_SQL_BYTES)
    conn.set_authorizer(_authorize)
    conn.row_factory = budgeted_row_factory()
