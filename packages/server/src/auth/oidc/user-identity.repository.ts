import type { Kysely, Transaction } from "kysely";
import type { Database, UserIdentitiesTable } from "../../db/tables.js";

type Db = Kysely<Database> | Transaction<Database>;

export async function findIdentity(db: Db, issuer: string, subject: string): Promise<UserIdentitiesTable | undefined> {
  return db.selectFrom("user_identities").selectAll().where("issuer", "=", issuer).where("subject", "=", subject).executeTakeFirst();
}

/** Whether the user is linked to some account at this provider already. */
export async function hasIdentityAt(db: Db, issuer: string, userId: string): Promise<boolean> {
  const row = await db.selectFrom("user_identities").select("subject").where("issuer", "=", issuer).where("user_id", "=", userId).executeTakeFirst();
  return row !== undefined;
}

export async function insertIdentity(db: Db, identity: UserIdentitiesTable): Promise<void> {
  await db.insertInto("user_identities").values(identity).execute();
}

export async function touchIdentity(db: Db, issuer: string, subject: string, at: string): Promise<void> {
  await db.updateTable("user_identities").set({ last_sign_in_at: at }).where("issuer", "=", issuer).where("subject", "=", subject).execute();
}

/** A user created by an SSO sign-in: no password (the empty hash never verifies, see password.ts). */
export async function insertSsoUser(
  db: Db,
  user: { id: string; email: string; name: string; role: Database["users"]["role"]; regionCode: string | null; createdAt: string },
): Promise<void> {
  await db
    .insertInto("users")
    .values({ id: user.id, email: user.email, name: user.name, password_hash: "", role: user.role, region_code: user.regionCode, created_at: user.createdAt, disabled_at: null })
    .execute();
}
