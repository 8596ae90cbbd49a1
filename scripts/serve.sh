#!/usr/bin/env bash
# `make serve`: set up, build the release app, serve it on
# http://127.0.0.1:8080 (PORT and HOST override).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
SETUP_NO_BROWSER=1 bash scripts/setup.sh
bash scripts/build.sh
exec node scripts/static-server.mjs dist "${PORT:-8080}" "${HOST:-127.0.0.1}"
