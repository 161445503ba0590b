/**
 * Steps that prepare the database a suite runs against: the servers' own command-line clients
 * (`psql -f setup-test-db.sql`, `mysql -e "CREATE DATABASE …"`, `mongosh --eval …`, `redis-cli ping`)
 * and schema tools pushing or migrating a schema (`drizzle-kit push`, `prisma migrate deploy`,
 * `prisma db push`). They set up where the tests run; words in their arguments (`midday_test`,
 * `setup-test-db.sql`) do not make them the tests.
 */
const CLIENT =
  /^(?:\S*\/)?(psql|pg_isready|createdb|dropdb|pg_restore|mysql|mysqladmin|mariadb|sqlite3|mongosh|mongo|redis-cli|cqlsh|sqlcmd|clickhouse-client)(\s|$)/;
const SCHEMA_TOOL =
  /^(?:npx\s+|bunx\s+|pnpm\s+(?:exec\s+|dlx\s+)?|yarn\s+)?(drizzle-kit\s+(push|migrate|generate)|prisma\s+(migrate|db\s+(push|seed)|generate))(\s|$)/;

export function isDatabaseSetup(command: string): boolean {
  const c = command.trim();
  return CLIENT.test(c) || SCHEMA_TOOL.test(c);
}
