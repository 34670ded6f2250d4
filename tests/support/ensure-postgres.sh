#!/usr/bin/env bash
# Makes a local PostgreSQL server available on 127.0.0.1:5432 with a fresh test
# database, installing it from Debian's packages when missing. Prints the URL of
# the owner role (migrations); the role dinpensjon_portal is what the portal uses.
set -euo pipefail
DB_NAME="${PG_TEST_DB:-dinpensjon_test}"
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "[postgres] installing PostgreSQL from Debian's packages …" >&2
  $sudo_cmd apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq postgresql >&2
fi
version="$(ls /usr/lib/postgresql | sort -n | tail -n 1)"
if ! pg_lsclusters -h 2>/dev/null | grep -q "^$version main"; then
  $sudo_cmd pg_createcluster "$version" main >&2
fi
if ! pg_lsclusters -h | grep -q "^$version main .* online"; then
  $sudo_cmd pg_ctlcluster "$version" main start >&2
fi
for _ in $(seq 1 30); do
  $sudo_cmd -u postgres true 2>/dev/null || true
  if su postgres -c "pg_isready -q -h 127.0.0.1" 2>/dev/null; then break; fi
  sleep 1
done
su postgres -c "psql -q -v ON_ERROR_STOP=1" >&2 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dinpensjon') THEN
    CREATE ROLE dinpensjon LOGIN PASSWORD 'dinpensjon';
  END IF;
  -- Each integration test file creates a database of its own.
  ALTER ROLE dinpensjon CREATEDB;
  -- The portal's own role: owns nothing, gets its rights from lib/db/roles.ts.
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dinpensjon_portal') THEN
    CREATE ROLE dinpensjon_portal LOGIN PASSWORD 'dinpensjon_portal';
  END IF;
END \$\$;
DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE);
CREATE DATABASE $DB_NAME OWNER dinpensjon;
SQL
echo "postgresql://dinpensjon:dinpensjon@127.0.0.1:5432/$DB_NAME"
