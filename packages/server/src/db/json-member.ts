import { PostgresAdapter, sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "./tables.js";

/**
 * One member of a JSON text column, as JSON text, extracted by the database: listings need a title out of
 * questionnaires that may run to hundreds of kilobytes, and should not carry them to the server to read it.
 */
export function jsonMember(db: Kysely<Database>, column: string, member: string): RawBuilder<string | null> {
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? sql<string | null>`(${sql.ref(column)}::jsonb -> ${member})::text`
    : sql<string | null>`json_extract(${sql.ref(column)}, ${`$.${member}`})`;
}
