#!/usr/bin/env bash
# Nightly entry point for cron and systemd: one `opportunities nightly` run.
#
# Everything else (lock, logs with rotation, monitors, atomic publication)
# is inside the command; this script only finds the checkout and its venv
# and passes the operator's settings from cron/nightly.env when present.
# Exit status is the command's (docs/operations.md): 0 ok, 2 a monitor
# failed, 3 crawl failed, 4 monitors broken, 5 publish failed, 6 feeds
# failed, 7 damaged catalogue rebuilt, 8 not rebuildable, 75 locked.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
if [ -f "$here/cron/nightly.env" ]; then
    set -a
    # shellcheck disable=SC1091
    . "$here/cron/nightly.env"
    set +a
fi
exec "$here/.venv/bin/opportunities" nightly "$@"
