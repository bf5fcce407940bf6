"""A copy of the snapshot that a test can change between nights, served on loopback."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

from opportunities.snapshot import EJUSTICE_HOST, SNAPSHOT_DIR, WBI_HOST, path_for, serve_snapshot

CARD = re.compile(r'<div class="search-result views-row">.*?</article>\s*</div>', re.S)


class ChangingSite:
    """The bundled snapshot, copied so each night can add, edit and remove pages."""

    def __init__(self, root: Path):
        self.root = root
        shutil.copytree(SNAPSHOT_DIR, root)
        self.wbi = root / WBI_HOST
        self.running = serve_snapshot(0, snapshot_dir=root)
        self.urls = self.running.urls

    def close(self):
        self.running.close()

    def page(self, path: str) -> Path:
        return self.wbi / path_for(path)

    def edit(self, path: str, old: str, new: str) -> None:
        target = self.page(path)
        text = target.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {path}"
        target.write_text(text.replace(old, new), encoding="utf-8")

    def remove(self, path: str) -> None:
        """Remove a page and every listing card that links to it."""
        shutil.rmtree(self.page(path).parent)
        for listing in self.wbi.rglob("index*.html"):
            text = listing.read_text(encoding="utf-8")
            kept = CARD.sub(lambda m: "" if f'href="{path}"' in m.group(0) else m.group(0), text)
            if kept != text:
                listing.write_text(kept, encoding="utf-8")

    def copy_page(self, source: str, target: str, replacements: dict[str, str]) -> None:
        """A new page made from an existing one, listed first on the news listing."""
        text = self.page(source).read_text(encoding="utf-8")
        for old, new in replacements.items():
            assert old in text, old
            text = text.replace(old, new)
        self.page(target).parent.mkdir(parents=True)
        self.page(target).write_text(text, encoding="utf-8")
        listing = self.page("/fr/actualites")
        html = listing.read_text(encoding="utf-8")
        card = next(m.group(0) for m in CARD.finditer(html) if f'href="{source}"' in m.group(0))
        new_card = card.replace(source, target)
        for old, new in replacements.items():
            new_card = new_card.replace(old, new)
        listing.write_text(html.replace(card, new_card + "\n" + card, 1), encoding="utf-8")

    def break_listings(self) -> None:
        """The listings lose their result cards (a redesign, an outage page)."""
        for listing in self.wbi.rglob("index*.html"):
            text = listing.read_text(encoding="utf-8")
            if "search-result" in text:
                listing.write_text(text.replace("search-result", "teaser-card"), encoding="utf-8")
