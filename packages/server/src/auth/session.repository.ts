import type { Kysely } from "kysely";
import type { Database, UserRole } from "../db/tables.js";

export interface NewSession {
  idHash: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}

export async function insertSession(db: Kysely<Database>, session: NewSession): Promise<void> {
  await db
    .insertInto("sessions")
    .values({
      id_hash: session.idHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
      last_seen_at: session.createdAt,
    })
    .execute();
}

export interface SessionWithUser {
  idHash: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
  user: { id: string; email: string; name: string; role: UserRole; regionCode: string | null; disabledAt: string | null };
}

export async function findSessionWithUser(db: Kysely<Database>, idHash: string): Promise<SessionWithUser | undefined> {
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "sessions.id_hash",
      "sessions.csrf_token",
      "sessions.created_at",
      "sessions.expires_at",
      "sessions.last_seen_at",
      "users.id as user_id",
      "users.email",
      "users.name",
      "users.role",
      "users.region_code",
      "users.disabled_at",
    ])
    .where("sessions.id_hash", "=", idHash)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    idHash: row.id_hash,
    csrfToken: row.csrf_token,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastSeenAt: row.last_seen_at,
    user: {
      id: row.user_id,
      email: row.email,
      name: row.name,
      role: row.role,
      regionCode: row.region_code,
      disabledAt: row.disabled_at,
    },
  };
}

export async function touchSession(db: Kysely<Database>, idHash: string, lastSeenAt: string, expiresAt: string): Promise<void> {
  await db.updateTable("sessions").set({ last_seen_at: lastSeenAt, expires_at: expiresAt }).where("id_hash", "=", idHash).execute();
}

export async function deleteSession(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.deleteFrom("sessions").where("id_hash", "=", idHash).execute();
}

/** Ends every session of a user (when the user is disabled or changes role). */
export async function deleteSessionsOfUser(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
}

export async function deleteExpiredSessions(db: Kysely<Database>, now: string): Promise<void> {
  await db.deleteFrom("sessions").where("expires_at", "<=", now).execute();
}
