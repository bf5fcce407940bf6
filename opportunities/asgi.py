"""The site as an ASGI application, for a production server with several worker processes.

``opportunities serve`` runs ``datasette serve``: one uvicorn process, fine
for a demo. In production the site runs under uvicorn with one worker per
core (docs/operations.md, cron/opportunities-datasette.service)::

    OPPORTUNITIES_DB=/opt/opportunities/data/catalogue.db \\
        .venv/bin/uvicorn opportunities.asgi:app --workers 2 --host 127.0.0.1 --port 8001

Each worker is the same Datasette, configured by data/ exactly as
``opportunities serve`` (``opportunities.site.datasette_site``), following
the nightly's ``os.replace`` of the catalogue.
"""
from __future__ import annotations

import os
from pathlib import Path

from opportunities import paths
from opportunities.catalogue import check_catalogue
from opportunities.site import datasette_site

CATALOGUE = Path(os.environ.get("OPPORTUNITIES_DB") or paths.CATALOGUE)
FEEDS = Path(os.environ.get("OPPORTUNITIES_FEEDS_DIR") or paths.FEEDS)

check_catalogue(CATALOGUE)  # a damaged file stops the worker with what to do, not a traceback from a request
app = datasette_site(CATALOGUE, feeds_dir=FEEDS).app()
