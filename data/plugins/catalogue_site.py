"""Site-wide behaviour that configuration cannot express.

- The catalogue file follows ``os.replace`` (``opportunities.site.FollowingDatabase``).
- ``french_fts_query(text)`` and ``text_matches(text, query)`` are SQL functions for the ``search``
  canned query (``opportunities.search``: accents folded, French endings cut, prefix match, words of
  the three languages; ``text_matches`` reads the unindexed pages of translations), and
  ``student_order(status, kind, title, text)`` ranks its results for students (``opportunities.search``).
- ``tilde_encode`` is a template filter, for row links built in templates.
- The ``status`` column of the opportunity lists is shown as a badge, in the reader's language.
- ``json_array`` facets (``levels``): Datasette's array facet made affordable on 100,000 rows.
- Pages are kept in memory until the catalogue file changes (``opportunities.page_cache``).
- The lists the landing page links to are the finder's cards for students (``opportunities.student_lists``).
- Hardening (``opportunities.hardening``): security headers, read-only methods, hidden
  internals and bounded responses for every request; size limits, a row budget and
  refused functions on every SQLite connection.
"""
from __future__ import annotations

from datasette import hookimpl
from datasette.facets import ArrayFacet
from datasette.database import QueryInterrupted
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args, tilde_encode
from markupsafe import Markup, escape

from opportunities import paths
from opportunities.hardening import SecureSite, datasette_template_dirs, harden_connection, security_headers
from opportunities.i18n import STATUSES, label, language_of_scope
from opportunities.search import register_sql_functions
from opportunities.page_cache import MAX_BYTES as PAGE_CACHE_BYTES, PageCache, file_version
from opportunities.site import follow_replaced_files
from opportunities.student_lists import StudentLists

# Tables and views whose status column is an opportunity's status.
STATUS_TABLES = {"opportunities", "open_now", "closing_7_days", "closing_30_days", "by_level"}


class JsonArrayFacet(ArrayFacet):
    """Datasette 0.65's array facet without its whole-row de-duplication.

    The built-in facet removes duplicate array items with ``select distinct j.value, inner.*``:
    every opportunities row carries the page text, so that distinct sorts hundreds of
    megabytes and the facet times out on 100,000 rows. Our arrays (``levels``) are written
    without duplicates, so a plain count per item is right and ten times faster.
    Same results, URLs and filters (``levels__arraycontains``) as the built-in facet.
    """

    type = "json_array"

    async def facet_results(self):
        results, timed_out = [], []
        size = self.get_facet_size()
        pairs = self.get_querystring_pairs()
        for source_and_config in self.get_configs():
            config = source_and_config["config"]
            column = config.get("column") or config["simple"]
            sql = (f"select j.value as value, count(*) as count from ({self.sql}) as inner_rows "
                   f"join json_each(inner_rows.{escape_sqlite(column)}) j "
                   f"group by j.value order by count(*) desc, j.value limit {size + 1}")
            try:
                rows = await self.ds.execute(self.database, sql, self.params, truncate=False,
                                             custom_time_limit=self.ds.setting("facet_time_limit_ms"))
            except QueryInterrupted:
                timed_out.append(column)
                continue
            values = []
            for row in rows.rows[:size]:
                value = str(row["value"])
                arg = {f"{column}__arraycontains": value}
                selected = (f"{column}__arraycontains", value) in pairs
                toggle = path_with_removed_args(self.request, arg) if selected else path_with_added_args(self.request, arg)
                values.append({"value": value, "label": value, "count": row["count"], "selected": selected,
                               "toggle_url": self.ds.absolute_url(self.request, toggle)})
            results.append({
                "name": column, "type": self.type, "results": values,
                "hideable": source_and_config["source"] != "metadata",
                "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {f"_facet_{self.type}": column})),
                "truncated": len(rows) > size,
            })
        return results, timed_out


@hookimpl
def register_facet_classes():
    return [JsonArrayFacet]


@hookimpl
def startup(datasette):
    follow_replaced_files(datasette)


@hookimpl
def prepare_jinja2_environment(env):
    # Row URLs from query results: a primary key is tilde-encoded in a Datasette path.
    env.filters["tilde_encode"] = tilde_encode


@hookimpl
def prepare_connection(conn):
    register_sql_functions(conn)
    harden_connection(conn)


@hookimpl
def asgi_wrapper(datasette):
    headers = security_headers(datasette_template_dirs(paths.DATA / "templates"))

    def served_files():
        # Which files the answers come from: a nightly os.replace (or any write) changes it, and the cache with it.
        return tuple(file_version(db.path) for db in datasette.databases.values() if db.path)

    def wrap(app):
        app = StudentLists(app, datasette)  # the landing page's lists as cards (opportunities.student_lists)
        cached = PageCache(app, served_files, variant=language_of_scope) if PAGE_CACHE_BYTES else app
        return SecureSite(cached, headers)

    return wrap


@hookimpl
def render_cell(value, column, table, database):
    if database != "catalogue" or column != "status" or table not in STATUS_TABLES or value not in STATUSES:
        return None
    return Markup('<span class="badge badge-{0}">{1}</span>').format(escape(value), label(STATUSES, value))
