import { randomUUID } from "node:crypto";
import type { SsoErrorCode } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { recordAudit } from "../../audit/audit.service.js";
import type { Config } from "../../config.js";
import type { Database, UserRow } from "../../db/tables.js";
import { isUniqueViolation } from "../../db/unique-violation.js";
import { markInvitationUsed, openInvitations } from "../../user/user-invitation.repository.js";
import { findUserByEmail, findUserById, updateUser, type UserChange } from "../../user/user.repository.js";
import { toSessionUser } from "../../user/user.service.js";
import type { SessionUser } from "../current-user.js";
import { createSession, endSessionsOfUser, type CreatedSession } from "../session.js";
import { emailDomainAllowed, type SignInClaims } from "./oidc-claims.js";
import type { OidcConfig } from "./oidc-config.js";
import { findIdentity, hasIdentityAt, insertIdentity, insertSsoUser, touchIdentity } from "./user-identity.repository.js";

export type SsoSignInResult = { ok: true; user: SessionUser; session: CreatedSession } | { ok: false; error: SsoErrorCode };

/**
 * Signs in the person the provider vouched for (the ID token already checked by openid-client). The user is found by
 * the provider account (issuer, subject); the first time, by the verified e-mail address – an invited user is then
 * linked. Without a user: refused when users must be invited, else created with the role and region the claims
 * give. Every time: the address's domain must be allowed and the user not disabled in Afrapport, whatever the
 * provider says. When the claims map to a role or region, they are applied (the provider's groups are the source
 * of truth for what they give); a change ends the user's other sessions, as an admin's change does.
 * Then the same session and audit entry as a password sign-in.
 */
export async function signInWithProvider(
  deps: { db: Kysely<Database>; config: Config },
  oidc: OidcConfig,
  input: { claims: SignInClaims; ip: string },
  now: Date,
): Promise<SsoSignInResult> {
  const { db } = deps;
  const { claims } = input;
  const at = now.toISOString();
  const fail = async (error: SsoErrorCode, userId?: string): Promise<SsoSignInResult> => {
    await recordSsoFailure(db, { reason: error, issuer: oidc.issuer, subject: claims.subject, email: claims.email, userId, ip: input.ip }, now);
    return { ok: false, error };
  };

  if (claims.email === undefined) return fail("email_missing");
  if (!emailDomainAllowed(claims.email, oidc.allowedDomains)) return fail("domain_not_allowed");

  const identity = await findIdentity(db, oidc.issuer, claims.subject);
  let user: UserRow | undefined = identity === undefined ? undefined : await findUserById(db, identity.user_id);
  const linkedBefore = user !== undefined;
  if (user === undefined) {
    const byEmail = await findUserByEmail(db, claims.email);
    // Linking by e-mail hands the account to whoever the provider says owns that address now – a reused address,
    // or an e-mail claim the provider does not verify (Entra). So only accounts nobody else can sign in to are linked
    // that way: invited (no password yet) or made by SSO, and not yet linked at this provider. Anything else an
    // admin settles.
    if (byEmail !== undefined && (byEmail.password_hash !== "" || (await hasIdentityAt(db, oidc.issuer, byEmail.id)))) {
      return fail("account_not_linkable", byEmail.id);
    }
    user = byEmail;
  }

  if (user === undefined) {
    if (oidc.provisioning === "invite-only") return fail("not_invited");
    if (claims.role === undefined || (claims.role === "secretariat" && claims.region === undefined)) return fail("no_role");
    const created = await createSsoUser(db, oidc, claims, claims.email, now);
    if (created === undefined) return fail("not_invited");
    user = created;
  }
  if (user.disabled_at !== null) return fail("disabled", user.id);

  const change = claimChange(user, claims, oidc);
  if (change === "no_role") return fail("no_role", user.id);
  const signedIn: UserRow = { ...user, ...change };
  await db.transaction().execute(async (trx) => {
    if (Object.keys(change).length > 0) {
      await updateUser(trx, user.id, change);
      await endSessionsOfUser(trx, user.id);
      await recordAudit(
        trx,
        {
          actor: "system",
          action: "user.changed",
          subjectType: "user",
          subjectId: user.id,
          details: {
            email: user.email,
            source: "oidc",
            ...(change.role !== undefined ? { role: { from: user.role, to: change.role } } : {}),
            ...(change.region_code !== undefined ? { regionCode: { from: user.region_code, to: change.region_code } } : {}),
          },
        },
        now,
      );
    }
    if (linkedBefore) await touchIdentity(trx, oidc.issuer, claims.subject, at);
    else {
      // An identity that points at a deleted user is replaced; a new one links the user found by e-mail.
      await trx.deleteFrom("user_identities").where("issuer", "=", oidc.issuer).where("subject", "=", claims.subject).execute();
      await insertIdentity(trx, { issuer: oidc.issuer, subject: claims.subject, user_id: user.id, email: claims.email!, created_at: at, last_sign_in_at: at });
      // An invited user has accepted by signing in: the set-password link is spent, and the admin sees them active.
      const invitation = (await openInvitations(trx, [user.id])).get(user.id);
      if (invitation !== undefined) await markInvitationUsed(trx, invitation.id, at);
      await recordAudit(
        trx,
        { actor: "system", action: "user.identity_linked", subjectType: "user", subjectId: user.id, details: { email: user.email, issuer: oidc.issuer, subject: claims.subject } },
        now,
      );
    }
  });

  const session = await createSession(db, user.id, deps.config, now);
  await recordAudit(
    db,
    { actor: user.id, action: "auth.login", subjectType: "user", subjectId: user.id, details: { email: user.email, ip: input.ip, method: "oidc", issuer: oidc.issuer } },
    now,
  );
  return { ok: true, user: toSessionUser(signedIn), session };
}

/** Failures before any claim was read (state, code, token, provider): in the audit log like the others. */
export async function recordSsoFailure(
  db: Kysely<Database>,
  failure: { reason: SsoErrorCode; issuer: string; subject?: string | undefined; email?: string | undefined; userId?: string | undefined; ip: string; detail?: string },
  now: Date,
): Promise<void> {
  await recordAudit(
    db,
    {
      actor: "system",
      action: "auth.login_failed",
      subjectType: "user",
      subjectId: failure.userId ?? failure.email ?? failure.subject ?? "unknown",
      details: {
        method: "oidc",
        reason: failure.reason,
        issuer: failure.issuer,
        ...(failure.subject === undefined ? {} : { subject: failure.subject }),
        ...(failure.email === undefined ? {} : { email: failure.email }),
        ...(failure.detail === undefined ? {} : { detail: failure.detail }),
        ip: failure.ip,
      },
    },
    now,
  );
}

/** The role and region the claims give, where they differ from the user's; "no_role" when a secretariat would lack a region. */
function claimChange(user: UserRow, claims: SignInClaims, oidc: OidcConfig): UserChange | "no_role" {
  // Where the provider's groups give the role, no mapped group means no role: someone taken out of the admin group
  // there must not stay admin here.
  if (oidc.roleClaim !== null && claims.role === undefined) return "no_role";
  const role = claims.role ?? user.role;
  const region = claims.region ?? user.region_code;
  if (role === "secretariat" && region === null) return "no_role";
  const change: UserChange = {};
  if (role !== user.role) change.role = role;
  if (region !== user.region_code) change.region_code = region;
  return change;
}

async function createSsoUser(db: Kysely<Database>, oidc: OidcConfig, claims: SignInClaims, email: string, now: Date): Promise<UserRow | undefined> {
  const id = randomUUID();
  const name = claims.name ?? email;
  try {
    await db.transaction().execute(async (trx) => {
      await insertSsoUser(trx, { id, email, name, role: claims.role!, regionCode: claims.region ?? null, createdAt: now.toISOString() });
      await recordAudit(
        trx,
        { actor: "system", action: "user.created", subjectType: "user", subjectId: id, details: { email, role: claims.role, regionCode: claims.region ?? null, source: "oidc", issuer: oidc.issuer } },
        now,
      );
    });
  } catch (error) {
    // Two first sign-ins at once: the unique e-mail decides; the loser signs in as the user the winner made.
    if (!isUniqueViolation(error)) throw error;
  }
  return findUserByEmail(db, email);
}
