# shellcheck shell=bash
# Sourced by test.sh. Database tests use Backstage's TestDatabases, which runs
# them on PostgreSQL 15 when BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING
# is set. If the variable is set, PostgreSQL must answer (no silent skip); if it
# is not set and a local server answers on 127.0.0.1:5432, it is used.
FLEXINFRA_PG_VAR=BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING

flexinfra_pg_ping() {
  node -e '
    const { Client } = require("pg");
    const client = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 5000 });
    client.connect()
      .then(() => client.query("select version()"))
      .then(r => { console.log(r.rows[0].version); return client.end(); })
      .catch(e => { console.error(e.message); process.exit(1); });
  ' "$1"
}

if [ -n "${!FLEXINFRA_PG_VAR:-}" ]; then
  if ! flexinfra_pg_ping "${!FLEXINFRA_PG_VAR}"; then
    echo "error: $FLEXINFRA_PG_VAR is set but PostgreSQL does not answer there; start it or unset the variable" >&2
    exit 1
  fi
  echo "database tests: SQLite and PostgreSQL ($FLEXINFRA_PG_VAR)"
elif flexinfra_pg_ping postgresql://postgres@127.0.0.1:5432/postgres >/dev/null 2>&1; then
  export "$FLEXINFRA_PG_VAR=postgresql://postgres@127.0.0.1:5432"
  echo "database tests: SQLite and PostgreSQL at 127.0.0.1:5432"
else
  echo "database tests: SQLite only (no PostgreSQL at 127.0.0.1:5432; set $FLEXINFRA_PG_VAR to use one elsewhere)"
fi
