"""How Datasette is started on the catalogue (configuration lives in data/)."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

from opportunities import paths


def datasette_argv(db_path: Path, *, port: int = 8001, host: str = "127.0.0.1") -> list[str]:
    datasette = shutil.which("datasette", path=str(Path(sys.executable).parent)) or shutil.which("datasette")
    return [
        datasette, "serve", str(db_path),
        "--metadata", str(paths.DATA / "metadata.yaml"),
        "--template-dir", str(paths.DATA / "templates"),
        "--plugins-dir", str(paths.DATA / "plugins"),
        "--static", f"static:{paths.DATA / 'static'}",
        "--static", f"feeds:{paths.FEEDS}",
        "--setting", "sql_time_limit_ms", "1500",
        "--setting", "default_page_size", "50",
        "--host", host, "--port", str(port),
    ]
