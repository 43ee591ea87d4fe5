// Row counts and ordered checksums of every table, to compare a restored database with its source.
import type pg from "pg";

export type TTableChecksum = { table: string; rows: number; md5: string | null };

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function tableChecksums(
  client: pg.Client,
  schemas = ["public", "pgboss"],
): Promise<TTableChecksum[]> {
  const { rows: tables } = await client.query<{ schema: string; name: string; key: string[] | null }>(
    `SELECT n.nspname AS schema, c.relname AS name,
            (SELECT array_agg(a.attname::text ORDER BY k.ord)
               FROM pg_index i
               CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
              WHERE i.indrelid = c.oid AND i.indisprimary) AS key
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY($1)
      ORDER BY 1, 2`,
    [schemas],
  );
  const result: TTableChecksum[] = [];
  for (const { schema, name, key } of tables) {
    const table = `${quote(schema)}.${quote(name)}`;
    // By primary key; a table without one by its whole row.
    const order = key && key.length > 0 ? key.map((column) => `t.${quote(column)}`).join(", ") : "t::text";
    const { rows } = await client.query<{ rows: string; md5: string | null }>(
      `SELECT count(*) AS rows, md5(string_agg(t::text, E'\\n' ORDER BY ${order})) AS md5 FROM ${table} t`,
    );
    result.push({ table: `${schema}.${name}`, rows: Number(rows[0]?.rows ?? 0), md5: rows[0]?.md5 ?? null });
  }
  return result;
}
