#!/usr/bin/env bash
# `npm test`: every test, on a fresh machine too. Installs what it needs
# (Debian's Chromium, a PostgreSQL server) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

started=$SECONDS
step() { printf '\n=== %s (at %ss) ===\n' "$*" "$((SECONDS - started))"; }
build_pid=""
trap '[ -n "$build_pid" ] && kill "$build_pid" 2>/dev/null; printf "\n=== npm test took %ss ===\n" "$((SECONDS - started))"' EXIT

step "Prisma client"
npx prisma generate --no-hints >/dev/null

# Each of these uses one core, so they run side by side.
step "Type check, and ESLint with the layer rules"
npx tsc --noEmit &
tsc_pid=$!
npx eslint . &
eslint_pid=$!
wait "$tsc_pid"
wait "$eslint_pid"

# The browser tests need a production build. It runs beside the lint and test
# steps that follow; the browser step waits for it. The type
# check just ran, so the build skips its own (next.config.ts).
step "Production build (in the background)"
mkdir -p .data
rm -f .data/build.status
( DINPENSJON_BUILD_SKIPS_TYPECHECK=1 npx next build > .data/build.log 2>&1; echo $? > .data/build.status ) &
build_pid=$!

step "Lint: Prettier, dead code (knip)"
npx prettier --check . >/dev/null
npx knip

step "Unit and integration tests (embedded PGlite)"
npx vitest run

step "Integration tests on a PostgreSQL server"
# Migrations run as the table owner; the portal connects as a role that owns
# nothing and may only add to the access log (lib/db/roles.ts).
owner_url="$(bash tests/support/ensure-postgres.sh)"
portal_url="${owner_url/dinpensjon:dinpensjon@/dinpensjon_portal:dinpensjon_portal@}"
DATABASE_MIGRATION_URL="$owner_url" DATABASE_URL="$portal_url" npx vitest run --project integration

step "Browser tests (Playwright on Debian's Chromium, axe)"
wait "$build_pid" || true
build_pid=""
if [ "$(cat .data/build.status 2>/dev/null)" != "0" ]; then
  cat .data/build.log
  echo "The production build failed." >&2
  exit 1
fi
bash tests/support/ensure-chromium.sh
npx playwright test
