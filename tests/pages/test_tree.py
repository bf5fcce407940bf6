"""The one parse a page gets (scrapers.pages.tree): what the page objects rely on, on markup that tries to break it."""
from __future__ import annotations

from scrapers.pages.html_text import element_text
from scrapers.pages.tree import find, parse, preceding_strings, select, select_one, text_of


def test_text_leaves_out_code_and_comments_but_keeps_the_strings_around_them_apart():
    root = parse("<p>Date<!-- 01/01/2020 -->limite<script>var x = 1;</script> : <style>p{}</style>"
                 "14 mars<template>no</template></p>")
    assert text_of(find(root, "p"), "|") == "Date|limite| : |14 mars"


def test_whitespace_alone_reads_as_one_space_or_newline_except_in_pre():
    root = parse("<div><b>a</b> \t <b>b</b>\n  \n<b>c</b><pre>  \t </pre></div>")
    assert text_of(find(root, "div")) == "a b\nc  \t "


def test_strip_drops_empty_strings():
    assert text_of(find(parse("<h1> Stage <br> <em> FAO </em> </h1>"), "h1"), " ", strip=True) == "Stage FAO"


def test_selectors_match_below_the_element_only():
    root = parse('<div class="card"><h3><a href="/a">A</a></h3></div><h3><a href="/b">B</a></h3>')
    card = select_one(root, "div.card")
    assert [a.get("href") for a in select(card, "h3 a[href]")] == ["/a"]
    assert [a.get("href") for a in select(root, "h3 a[href]")] == ["/a", "/b"]
    assert select_one(card, "div.card") is None


def test_preceding_strings_are_nearest_first_and_include_comments():
    root = parse("<p>publié le 01/02/2023</p><!-- 12/03/2024 --><div id='body'>x</div>")
    assert preceding_strings(select_one(root, "#body"))[:2] == [" 12/03/2024 ", "publié le 01/02/2023"]


def test_nothing_but_comments_or_blanks_gives_an_empty_page():
    for html in ("", "   ", "<!-- only a comment -->", b""):
        root = parse(html)
        assert root.tag == "html" and text_of(root) == ""


def test_bytes_are_decoded_by_the_page_decoder():
    latin1 = '<html><head><meta charset="iso-8859-1"></head><body><p>Été</p></body></html>'.encode("latin-1")
    assert text_of(find(parse(latin1), "p")) == "Été"


def deep(depth: int, inner: str) -> str:
    return ('<html lang="fr"><body><main><h1>Appel</h1><div class="field--name-body">' + "<div>" * depth
            + inner + "</div>" * depth + "</div><p>Après</p></main></body></html>")


def test_a_page_deeper_than_libxml2_builds_is_read_whole_with_word_markup_and_control_characters():
    """Past 256 levels the tree is built through lxml's TreeBuilder, which refuses some names and characters."""
    inner = ("<p>Date limite :\x0b14 mars 2025.</p><o:p>Bourse</o:p><p class=\"x\" a\"b=1>de stage</p>"
             "<!-- a -- b- --><p>\x01fin</p>")
    shallow, hostile = parse(deep(10, inner)), parse(deep(5_000, inner))
    expected = "Date limite : 14 mars 2025.\nBourse\nde stage\nfin"
    assert element_text(select_one(shallow, "div.field--name-body")) == expected.replace("\nfin", "\n\x01fin")
    assert element_text(select_one(hostile, "div.field--name-body")) == expected
    assert text_of(select(hostile, "p")[-1]) == "Après"
