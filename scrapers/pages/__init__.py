"""Page objects: a URL and its HTML in, fields out; no network, no Scrapy.

A page object that reads a page of content (an article, an act) offers the
same fields whatever its site: ``title``, ``body_text``, ``language``,
``published`` (a date or None), ``kind_hint`` (what the source knows the page
holds, or None) and ``canonical_url`` (the address the page gives itself, or
None). It raises a ``ValueError`` when the markup is not its own (the generic
reader may then try), and ``NotContent`` when the site answered with no
content at all (a bot wall, a help page), which nothing should read.
"""


class NotContent(ValueError):
    """The site answered, but not with a page of content: no reader should try it."""
