// Counts, per table, every row inserted, changed or deleted (cascades included; a rolled-back
// transaction counts nothing). Cheap enough to read after every one of thousands of calls.
import type pg from "pg";
import type { TDb } from "~/server/db-client";

export async function installChangeCounters(db: TDb) {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`;
  if (!["User", "Rcp", "RcpStaff", "AuditLog"].every((name) => tables.some((table) => table.name === name))) {
    throw new Error(`Unexpected tables: ${tables.map((table) => table.name).join(", ")}`);
  }
  await db.$executeRawUnsafe(`CREATE TABLE fuzz_changes (t text PRIMARY KEY, n bigint NOT NULL)`);
  await db.$executeRawUnsafe(`
    CREATE FUNCTION fuzz_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO fuzz_changes VALUES (TG_TABLE_NAME, 1) ON CONFLICT (t) DO UPDATE SET n = fuzz_changes.n + 1;
      RETURN NULL;
    END $$`);
  for (const { name } of tables) {
    await db.$executeRawUnsafe(
      `CREATE TRIGGER fuzz_insert_delete AFTER INSERT OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION fuzz_count_change()`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER fuzz_update AFTER UPDATE ON "${name}" FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION fuzz_count_change()`,
    );
  }
}

/** "Table:count …" of every change so far: equal strings mean nothing changed in between. */
export async function readChanges(client: pg.Client): Promise<string> {
  const result = await client.query<{ changes: string }>(
    `SELECT coalesce(string_agg(t || ':' || n, ' ' ORDER BY t), '') AS changes FROM fuzz_changes`,
  );
  return result.rows[0]!.changes;
}
