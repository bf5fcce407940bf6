"""Where things live by default (all overridable on the command line)."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
CATALOGUE = DATA / "catalogue.db"
FEEDS = DATA / "feeds"
STATE = ROOT / "var"
