#!/bin/sh
# Run once by the postgres image when the primary's data folder is made: a role and a slot for the streaming
# replica, and the line of pg_hba.conf that lets it connect for replication.
set -eu
psql -v ON_ERROR_STOP=1 -v password="${REPLICATION_PASSWORD:-$POSTGRES_PASSWORD}" --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD :'password';
SELECT pg_create_physical_replication_slot('nodes_replica');
SQL
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
