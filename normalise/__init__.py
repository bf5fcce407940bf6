"""Pure extraction of the facts a student needs from page text.

One module per family of facts (dates, money, durations, eligibility,
classification), each a set of pure functions ``parse_<thing>(text, *, …)``
with no Scrapy, no database and no clock: the reference date is always
passed in. ``record.extract_record`` assembles them into the record defined
by ../shared/CONTRACT.md.
"""
