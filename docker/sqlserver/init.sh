#!/bin/bash
# db-init service: waits for nothing (compose starts it once sqlserver is healthy), applies init.sql.
set -euo pipefail
/opt/mssql-tools18/bin/sqlcmd -C -b -S sqlserver -U sa -P "$MSSQL_SA_PASSWORD" \
  -v DB_NAME="$DB_NAME" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
  -i /docker/init.sql
echo "database $DB_NAME and login $DB_USER are ready"
