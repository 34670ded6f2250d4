#!/usr/bin/env bash
# The portal the browser tests run against: the production build with the mock
# ID-porten, on a fresh PostgreSQL database of its own (PG_TEST_DB), as on the
# platform. The tests make persons of their own in the same database
# (tests/e2e/own-person.ts), so none of them changes what another one reads.
set -euo pipefail
cd "$(dirname "$0")/../.."
owner_url="$(bash tests/support/ensure-postgres.sh)"
export DATABASE_MIGRATION_URL="$owner_url"
export DATABASE_URL="${owner_url/dinpensjon:dinpensjon@/dinpensjon_portal:dinpensjon_portal@}"
exec npx tsx lib/cli/start.ts
