"""The one marker of translatable text in Python code.

User-visible text is written in French (the source language) and marked with
``N_`` so that Babel's extractor (``pybabel extract``, whose default keywords
include ``N_``) puts it in the gettext catalogues. ``N_`` does not translate:
the text is translated where it is shown, by the templates' ``_()`` (Jinja's
i18n extension), in the reader's language, with its ``%(name)s`` parameters
filled there. So Python hands templates message ids and parameters, never
French sentences already formatted.
"""
from __future__ import annotations


def N_(message: str) -> str:  # noqa: N802 (the conventional gettext name)
    """Mark ``message`` for extraction; it is translated where it is shown."""
    return message
