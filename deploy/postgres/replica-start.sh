#!/bin/sh
# The streaming replica: on its first start, a copy of the primary by pg_basebackup (with the recovery settings
# and the slot the primary keeps WAL for), then PostgreSQL as a hot standby that the web nodes read from.
set -eu
export PGPASSWORD="${REPLICATION_PASSWORD:-$POSTGRES_PASSWORD}"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
    until pg_basebackup --host="$PRIMARY_HOST" --username=replicator --pgdata="$PGDATA" \
        --wal-method=stream --write-recovery-conf --slot=nodes_replica --checkpoint=fast; do
        echo "The primary is not ready for a base backup yet; trying again"
        rm -rf "${PGDATA:?}"/*
        sleep 2
    done
    chmod 0700 "$PGDATA"
fi
exec postgres -c hot_standby=on
