/**
 * Whether an error is the database refusing a duplicate key (SQLite or PostgreSQL). Services use it where a unique
 * constraint decides a race between two requests: the loser retries, or reports a conflict.
 */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown } | null;
  return e?.code === "23505" || e?.code === "SQLITE_CONSTRAINT_UNIQUE" || e?.code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}
