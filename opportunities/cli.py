"""The `opportunities` command: a thin click layer over the packages."""
from __future__ import annotations

import functools
import json
import os
import sys
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import click

from opportunities import paths
from scrapers.sources import sources as registered_sources

ISO_DATE = click.DateTime(formats=["%Y-%m-%d"])


def require_readable(db_path: Path) -> None:
    """Stop with what to do when the catalogue is damaged (opportunities.catalogue.check_catalogue)."""
    from opportunities.catalogue import CorruptCatalogue, check_catalogue

    try:
        check_catalogue(db_path)
    except CorruptCatalogue as exc:
        raise click.ClickException(str(exc)) from exc


@click.group()
@click.version_option(package_name="opportunities")
def cli():
    """Catalogue of student opportunities of Wallonie-Brussels and Belgium.

    Crawl wbi.be and eJustice (or the bundled snapshot of them), extract
    deadlines, stipends, durations and eligibility, and publish them with
    Datasette and RSS/Atom/iCal feeds.
    """


@cli.command()
@click.argument("paths_", metavar="PATH...", nargs=-1, required=True)
@click.option("--url", help="Where the page came from (helps choose the page parser).")
@click.option("--reference-date", type=ISO_DATE,
              help="Date the page was published or crawled (YYYY-MM-DD); resolves dates without a year.")
def extract(paths_, url, reference_date):
    """Extract the facts of saved pages as JSON Lines.

    PATH is a saved page (.html/.htm), a plain-text body (.txt) or - for
    text on standard input. One JSON object per PATH on standard output.

    Example: opportunities extract page.html --url https://www.wbi.be/fr/actualites/x
    """
    from opportunities.extract import UnreadablePage, extract_path

    failed = False
    for path in paths_:
        try:
            record = extract_path(path, url=url, reference_date=reference_date.date() if reference_date else None,
                                  stdin=sys.stdin.buffer)
        except UnreadablePage as exc:
            click.echo(f"error: {exc}", err=True)
            failed = True
            continue
        except Exception as exc:  # noqa: BLE001 - one bad page must not cost the rest of the batch
            click.echo(f"error: {path}: extraction failed ({type(exc).__name__}: {exc})", err=True)
            failed = True
            continue
        for error in record.get("extraction_errors", []):
            click.echo(f"warning: {path}: a field could not be read ({error})", err=True)
        click.echo(json.dumps(record, ensure_ascii=False))
    sys.exit(1 if failed else 0)


@cli.command("serve-snapshot")
@click.option("--port", default=8800, show_default=True,
              help="WBI is served on PORT, eJustice on PORT+1.")
def serve_snapshot_command(port):
    """Serve the bundled snapshot of wbi.be and eJustice on 127.0.0.1.

    Example: opportunities serve-snapshot --port 8800
    """
    import time

    from opportunities.snapshot import serve_snapshot

    running = serve_snapshot(port)
    for host, url in running.urls.items():
        click.echo(f"{host}: {url}")
    click.echo("Press Ctrl+C to stop.")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        running.close()


def crawl_options(command):
    """Options shared by `crawl` and `nightly`: what to crawl, where, how fast.

    Each registered source (scrapers.sources) gets ``--<name>-url``; the
    command receives them together as ``site_urls``.
    """
    site_url_options = [
        click.option(f"--{name}-url", f"{name}_url", envvar=registered.url_setting,
                     help=f"Base URL of {registered.host} (live site or snapshot).")
        for name, registered in registered_sources().items()
    ]
    options = [
        click.option("--db", "db_path", type=click.Path(path_type=Path), default=paths.CATALOGUE, show_default=True),
        click.option("--source", "sources", multiple=True, type=click.Choice(list(registered_sources())),
                     help="Crawl only these sources (default: all)."),
        *site_url_options,
        click.option("--snapshot", is_flag=True, help="Crawl the bundled snapshot (served on loopback for the run)."),
        click.option("--snapshot-port", default=8800, show_default=True,
                     help="Port of the snapshot's WBI server (eJustice on the next one); keep it fixed so the "
                          "HTTP cache recognises the pages on the next run."),
        click.option("--allow", "allowlist", multiple=True,
                     help="URL robots.txt forbids that the operator allows anyway (eJustice acts; see docs/sources.md)."),
        click.option("--fast", is_flag=True, help="No delay between requests (only for local servers)."),
        click.option("--today", type=ISO_DATE,
                     help="Date for open/closed statuses (default: today; the snapshot's date with --snapshot)."),
        click.option("--cache-dir", type=click.Path(path_type=Path), help="HTTP cache directory."),
    ]
    for option in reversed(options):
        command = option(command)
    return gather_site_urls(command)


def gather_site_urls(command):
    """Hands the ``--<name>-url`` options to ``command`` as one ``site_urls`` dict."""
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        site_urls = {name: kwargs.pop(f"{name}_url") for name in registered_sources()}
        return command(*args, site_urls=site_urls, **kwargs)
    return wrapper


BASE_URL = click.option(
    "--base-url", "--site-url", "base_url", envvar="OPPORTUNITIES_BASE_URL", default="", show_default=False,
    help="Public address of the site (https://…), for absolute links in feeds; default: relative links "
         "(also OPPORTUNITIES_BASE_URL).")


@cli.command()
@crawl_options
@click.option("--capture", "capture_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Also save the raw answers of a sample (every listing page, 3 programme pages, 2 news items, "
                   "2 acts, 1 search page) under DIR, in the snapshot's layout (docs/operations.md).")
def crawl(db_path, sources, site_urls, snapshot, snapshot_port, allowlist, fast, today, cache_dir, capture_dir):
    """Crawl the sources into the catalogue (built in a copy, published atomically).

    Example: opportunities crawl --snapshot
    """
    from opportunities.crawl import run_crawl

    from opportunities.lock import AlreadyRunning

    require_readable(db_path)
    try:
        with crawl_plan(sources, site_urls, snapshot_port if snapshot else None, allowlist, fast, today,
                        cache_dir) as plan:
            if capture_dir:
                plan["overrides"]["OPPORTUNITIES_CAPTURE_DIR"] = str(capture_dir.resolve())
            result = run_crawl(db_path, **plan)
    except AlreadyRunning as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(result.summary())


@contextmanager
def crawl_plan(sources, site_urls, snapshot_port, allowlist, fast, today, cache_dir):
    """Keyword arguments for run_crawl from the command line; serves the snapshot while in use.

    ``site_urls`` maps source names to the base URL given for them (None: the live site).
    """
    from opportunities.crawl import all_sources
    from opportunities.snapshot import SNAPSHOT_DATE, serve_snapshot
    from scrapers.sources import no_delays

    overrides: dict = {}
    site_urls = dict(site_urls)
    allowlist = tuple(allowlist)
    running = None
    snapshot = snapshot_port is not None
    if snapshot:
        try:
            running = serve_snapshot(snapshot_port)
        except OSError as exc:
            raise click.ClickException(
                f"cannot serve the snapshot on port {snapshot_port} ({exc.strerror}); choose another with --snapshot-port"
            ) from exc
        for name, registered in registered_sources().items():
            if (base_url := running.urls.get(registered.host)) is None:
                continue  # no copy of this site in the snapshot
            site_urls[name] = base_url
            if registered.snapshot_settings:
                # e.g. eJustice: its robots.txt honoured through the explicit allowlist, as an
                # operator would, and the search window the snapshot's acts date from.
                extra = dict(registered.snapshot_settings(base_url))
                allowlist += tuple(extra.pop("OPPORTUNITIES_ROBOTS_ALLOWLIST", ()))
                overrides.update(extra)
        fast = True
        cache_dir = cache_dir or paths.STATE / "snapshot-httpcache"
    for name, url in site_urls.items():
        if url:
            overrides[registered_sources()[name].url_setting] = url
    if allowlist:
        overrides["OPPORTUNITIES_ROBOTS_ALLOWLIST"] = list(allowlist)
    if fast:
        overrides.update(no_delays(), AUTOTHROTTLE_ENABLED=False, CONCURRENT_REQUESTS_PER_DOMAIN=8,
                         CONCURRENT_REQUESTS=16)
    if cache_dir:
        overrides["HTTPCACHE_DIR"] = str(cache_dir)
    day = today.date() if today else (SNAPSHOT_DATE if snapshot else date.today())
    try:
        yield {"spiders": tuple(sources) or all_sources(), "overrides": overrides, "today": day}
    finally:
        if running:
            running.close()


@cli.command()
@crawl_options
@click.option("--feeds-dir", type=click.Path(path_type=Path), default=paths.FEEDS, show_default=True)
@BASE_URL
@click.option("--lock-file", type=click.Path(path_type=Path), default=paths.STATE / "nightly.lock", show_default=True)
@click.option("--log-file", type=click.Path(path_type=Path), default=paths.STATE / "log" / "nightly.log",
              show_default=True)
def nightly(db_path, sources, site_urls, snapshot, snapshot_port, allowlist, fast, today, cache_dir, feeds_dir,
            base_url, lock_file, log_file):
    """Crawl, extract, update the catalogue and rebuild the feeds; for cron.

    Exit status (docs/operations.md): 0 ok; 2 published, but a monitor failed
    (a crawl that did not finish is one); 3 the crawl failed, 4 the monitors
    could not run, 5 publishing failed (previous catalogue and feeds kept in
    all three); 6 the feeds could not be built (new catalogue published,
    previous feeds kept); 7 the catalogue was unreadable and was rebuilt from
    the stored pages; 8 it could not be rebuilt; 75 another run holds the lock.

    Example: opportunities nightly --snapshot
    """
    from opportunities.lock import AlreadyRunning, RunLock
    from opportunities.nightly import EXIT_LOCKED, EXIT_OK, log_to_file, run_nightly

    log_to_file(log_file)
    try:
        # The lock first: a second run must not even take the snapshot's port.
        with RunLock(lock_file), crawl_plan(sources, site_urls, snapshot_port if snapshot else None, allowlist, fast,
                                            today, cache_dir) as plan:
            night = run_nightly(db_path, feeds_dir, site_url=base_url, **plan)
    except AlreadyRunning as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_LOCKED)
    if night.result:
        click.echo(night.result.summary())
    click.echo(("" if night.exit_code == EXIT_OK else "error: ") + night.message, err=night.exit_code != EXIT_OK)
    sys.exit(night.exit_code)


@cli.command()
@click.option("--db", "db_path", type=click.Path(path_type=Path), default=paths.CATALOGUE, show_default=True)
@click.option("--cache-dir", type=click.Path(path_type=Path, file_okay=False),
              help="Stored pages (default: the HTTP cache the last crawl used; required without a catalogue).")
@click.option("--today", type=ISO_DATE, help="Date for open/closed statuses (default: the catalogue's date).")
def reextract(db_path, cache_dir, today):
    """Rebuild the catalogue from stored pages, without crawling (after an extractor change, or a damaged catalogue).

    Example: opportunities reextract
    """
    from opportunities.crawl import reextract_overrides, run_crawl
    from pipelines.store import Catalogue

    require_readable(db_path)
    try:
        overrides = reextract_overrides(db_path, cache_dir)
    except FileNotFoundError as exc:
        raise click.ClickException(str(exc)) from exc
    if today is None and db_path.exists():
        store = Catalogue(db_path)
        as_of = store.db.execute("select value from catalogue_info where key = 'as_of'").fetchone()
        store.close()
        day = date.fromisoformat(as_of[0]) if as_of else date.today()
    else:
        day = today.date() if today else date.today()
    from opportunities.lock import AlreadyRunning

    try:
        result = run_crawl(db_path, overrides=overrides, today=day)
    except AlreadyRunning as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(result.summary())


@cli.command()
@click.option("--db", "db_path", type=click.Path(path_type=Path, exists=True), default=paths.CATALOGUE,
              show_default=True)
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=paths.FEEDS, show_default=True)
@BASE_URL
def feeds(db_path, out_dir, base_url):
    """Build the RSS, Atom and iCalendar feeds from the catalogue.

    Example: opportunities feeds --out data/feeds
    """
    from feeds.build import build_feeds

    require_readable(db_path)
    for path in build_feeds(db_path, out_dir, site_url=base_url):
        click.echo(path)


@cli.command()
@click.option("--db", "db_path", type=click.Path(path_type=Path, exists=True), default=paths.CATALOGUE,
              show_default=True)
@click.option("--port", default=8001, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True)
@BASE_URL
def serve(db_path, port, host, base_url):
    """Serve the catalogue and the feeds with Datasette.

    Example: opportunities serve --port 8001 --base-url https://opportunites.example.org
    """
    from opportunities.site import BASE_URL_ENV, datasette_argv

    require_readable(db_path)
    os.environ[BASE_URL_ENV] = base_url  # read by the live feeds (opportunities.site.public_base_url)
    argv = datasette_argv(db_path, port=port, host=host)
    click.echo(f"Datasette on http://{host}:{port}/ (feeds under /feeds/)")
    os.execv(argv[0], argv)


@cli.command()
@click.option("--no-serve", is_flag=True, help="Build everything and exit instead of starting Datasette.")
@click.option("--port", default=8001, show_default=True)
@click.pass_context
def demo(ctx, no_serve, port):
    """Crawl the bundled snapshot, build the catalogue and feeds, start Datasette.

    Example: opportunities demo --no-serve
    """
    from opportunities.crawl import run_crawl

    require_readable(paths.CATALOGUE)
    with crawl_plan((), {}, 8800, (), True, None, None) as plan:
        # The demo prints the run's summary; Scrapy's per-request log is for operators.
        plan["overrides"].setdefault("LOG_LEVEL", os.environ.get("OPPORTUNITIES_LOG_LEVEL") or "WARNING")
        result = run_crawl(paths.CATALOGUE, **plan)
    click.echo(result.summary())
    from opportunities.site import public_base_url

    base_url = public_base_url()
    ctx.invoke(feeds, db_path=paths.CATALOGUE, out_dir=paths.FEEDS, base_url=base_url)
    if not no_serve:
        ctx.invoke(serve, db_path=paths.CATALOGUE, port=port, host="127.0.0.1", base_url=base_url)
