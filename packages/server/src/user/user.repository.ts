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
}

export async function updateUser(db: Kysely<Database>, id: string, change: UserChange): Promise<void> {
  await db.updateTable("users").set(change).where("id", "=", id).execute();
}
