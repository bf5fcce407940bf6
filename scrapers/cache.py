"""HTTP cache policy for nightly runs: keep everything, always revalidate.

Scrapy's RFC 2616 policy would trust a cached page until its heuristic
freshness runs out and then miss a change for days; we want every page
asked about every night, but cheaply: a conditional request (ETag /
Last-Modified) that the site answers with 304 and no body.
"""
from scrapy.extensions.httpcache import RFC2616Policy


class RevalidatingPolicy(RFC2616Policy):
    def should_cache_response(self, response, request) -> bool:
        # Keep pages even when the site sends no validators: the content
        # hash still lets the pipelines skip re-extraction.
        return response.status == 200

    def is_cached_response_fresh(self, cachedresponse, request) -> bool:
        # Never trust the copy without asking; ask conditionally so an
        # unchanged page costs a 304 and no body.
        self._set_conditional_validators(request, cachedresponse)
        return False
