"""The snapshot server answers like the live sites: paths, validators, charsets."""
import urllib.error
import urllib.request

import pytest

from opportunities.snapshot import EJUSTICE_HOST, SNAPSHOT_DIR, WBI_HOST, file_for


@pytest.mark.parametrize(
    "path, expected",
    [
        ("/robots.txt", "robots.txt"),
        ("/fr/actualites", "fr/actualites/index.html"),
        ("/fr/actualites?page=1", "fr/actualites/index@page=1.html"),
        ("/", "index.html"),
    ],
)
def test_file_for_maps_urls_to_snapshot_files(path, expected):
    root = SNAPSHOT_DIR / WBI_HOST
    found = file_for(root, path)
    assert found == (root / expected).resolve()


def test_file_for_never_leaves_the_snapshot():
    assert file_for(SNAPSHOT_DIR / WBI_HOST, "/../../pyproject.toml") is None


def get(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_conditional_request_gets_304_without_body(snapshot_urls):
    url = snapshot_urls[WBI_HOST] + "/fr/actualites"
    status, headers, body = get(url)
    assert status == 200 and body
    status, _, body = get(url, {"If-None-Match": headers["ETag"]})
    assert status == 304 and body == b""
    status, _, body = get(url, {"If-Modified-Since": headers["Last-Modified"]})
    assert status == 304 and body == b""


def test_ejustice_declares_no_charset_in_header_like_the_live_site(snapshot_urls):
    status, headers, body = get(snapshot_urls[EJUSTICE_HOST] + "/eli/arrete/2016/12/09/2016036668/justel")
    assert status == 200
    assert headers["Content-Type"] == "text/html"
    assert b"iso-8859-1" in body[:2048].lower()


def test_unknown_path_is_404(snapshot_urls):
    status, _, _ = get(snapshot_urls[WBI_HOST] + "/fr/inwbi")
    assert status == 404


def test_robots_txt_of_ejustice_forbids_eli(snapshot_urls):
    status, _, body = get(snapshot_urls[EJUSTICE_HOST] + "/robots.txt")
    assert status == 200 and b"Disallow: /eli/" in body
