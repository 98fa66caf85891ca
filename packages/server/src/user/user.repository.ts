import type { Kysely } from "kysely";
import type { Database, UserRole, UserRow } from "../db/tables.js";

export async function insertUser(db: Kysely<Database>, user: UserRow): Promise<void> {
  await db.insertInto("users").values(user).execute();
}

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function listUserRows(db: Kysely<Database>): Promise<UserRow[]> {
  return db.selectFrom("users").selectAll().orderBy("email").execute();
}

export interface UserChange {
  role?: UserRole;
  region_code?: string | null;
  disabled_at?: string | null;
  name?: string;
  organisation?: string | null;
}

export async function updateUser(db: Kysely<Database>, id: string, change: UserChange): Promise<void> {
  await db.updateTable("users").set(change).where("id", "=", id).execute();
}

/** Sets the password of a user who has none yet; false when one was set meanwhile. */
export async function setPasswordHash(db: Kysely<Database>, id: string, passwordHash: string): Promise<boolean> {
  const result = await db.updateTable("users").set({ password_hash: passwordHash }).where("id", "=", id).where("password_hash", "=", "").executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Active reviewers of a region or of none, by name: those a region's secretariat may put on its campaigns. */
export async function reviewersForRegion(db: Kysely<Database>, regionCode: string): Promise<UserRow[]> {
  return db
    .selectFrom("users")
    .selectAll()
    .where("role", "=", "reviewer")
    .where("disabled_at", "is", null)
    .where((eb) => eb.or([eb("region_code", "=", regionCode), eb("region_code", "is", null)]))
    .orderBy("name")
    .orderBy("email")
    .execute();
}

/** The users who have signed in with their organisation's account (single sign-on), of these ids or of all. */
export async function usersWithSignInIdentity(db: Kysely<Database>, userIds?: readonly string[]): Promise<Set<string>> {
  if (userIds !== undefined && userIds.length === 0) return new Set();
  let query = db.selectFrom("user_identities").select("user_id").distinct();
  if (userIds !== undefined) query = query.where("user_id", "in", userIds);
  return new Set((await query.execute()).map((row) => row.user_id));
}
