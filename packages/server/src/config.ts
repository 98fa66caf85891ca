import { randomBytes } from "node:crypto";
import { resolve } from "node:path";
import { z } from "zod";
import { parseOidcConfig, type OidcConfig } from "./auth/oidc/oidc-config.js";
import type { DatabaseLocation } from "./db/database.js";

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: z.string().optional(),
  PUBLIC_URL: z.url().optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  MAX_UPLOAD_MB: z.coerce.number().positive().max(100).default(20),
  TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  ATTACHMENTS_PER_RESPONSE_MB: z.coerce.number().positive().default(100),
  ATTACHMENTS_PER_CAMPAIGN_MB: z.coerce.number().positive().default(2048),
  LINK_KEY: z.string().optional(),
  WEBHOOKS_ALLOW_LOCAL: z.enum(["true", "false"]).default("false"),
});

/** The most a respondent's files may take up in all, per response and per campaign. */
export interface AttachmentQuota {
  perResponseBytes: number;
  perCampaignBytes: number;
}

export interface Config {
  port: number;
  host: string;
  database: DatabaseLocation;
  /** The address people open; invite links and cookies' Secure flag follow it. */
  publicUrl: string;
  sessionTtlHours: number;
  maxUploadBytes: number;
  attachmentQuota: AttachmentQuota;
  trustProxy: boolean;
  /**
   * 32 bytes that seal the invite links of mail waiting in the outbox (AES-256-GCM), so the database never holds a
   * working link. From LINK_KEY; unset, a new key per process start (links in waiting mail are then replaced by
   * new ones at the next start – the old ones keep working).
   */
  linkKey: Buffer;
  /**
   * Development and tests only (WEBHOOKS_ALLOW_LOCAL=true): webhooks may use http://localhost and reach loopback,
   * private and link-local addresses. Off, a webhook must be https to a public address (webhook-address.ts).
   */
  webhooksAllowLocal?: boolean;
  /** Single sign-on with OpenID Connect (AFRAPPORT_OIDC_*); undefined: password sign-in only. */
  oidc?: OidcConfig;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/** DATABASE_URL: unset → ./data/afrapport.sqlite; `sqlite:PATH`; or `postgres://…` / `postgresql://…`. */
export function parseDatabaseUrl(value: string | undefined, cwd: string): DatabaseLocation | string {
  if (value === undefined || value === "") return { dialect: "sqlite", path: resolve(cwd, "data/afrapport.sqlite") };
  if (value.startsWith("sqlite:")) {
    const path = value.slice("sqlite:".length);
    if (path === "") return "DATABASE_URL: sqlite: needs a file path, e.g. sqlite:./data/afrapport.sqlite";
    return { dialect: "sqlite", path: path === ":memory:" ? path : resolve(cwd, path) };
  }
  if (/^postgres(ql)?:\/\//.test(value)) return { dialect: "postgres", url: value };
  return "DATABASE_URL: must be sqlite:PATH or postgres://user@host:port/database";
}

/** LINK_KEY: 32 bytes, as base64, base64url or hex (e.g. `openssl rand -base64 32`). */
export function parseLinkKey(value: string): Buffer | string {
  const text = value.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(text)
    ? Buffer.from(text, "hex")
    : /^[A-Za-z0-9+/_-]{43}=?$/.test(text)
      ? Buffer.from(text.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/")), "base64")
      : undefined;
  if (key === undefined || key.length !== 32) return "LINK_KEY: must be 32 random bytes as base64 or hex, e.g. the output of `openssl rand -base64 32`";
  return key;
}

/** Reads the configuration from the environment; every problem is reported, not only the first. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ConfigResult {
  const parsed = EnvSchema.safeParse(env);
  const errors: string[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  const database = parseDatabaseUrl(env.DATABASE_URL, cwd);
  if (typeof database === "string") errors.push(database);
  const linkKey = env.LINK_KEY === undefined || env.LINK_KEY === "" ? randomBytes(32) : parseLinkKey(env.LINK_KEY);
  if (typeof linkKey === "string") errors.push(linkKey);
  const oidc = parseOidcConfig(env);
  if (!oidc.ok) errors.push(...oidc.errors);
  if (!parsed.success || typeof database === "string" || typeof linkKey === "string" || !oidc.ok) return { ok: false, errors };
  const e = parsed.data;
  return {
    ok: true,
    config: {
      port: e.PORT,
      host: e.HOST,
      database,
      publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
      sessionTtlHours: e.SESSION_TTL_HOURS,
      maxUploadBytes: Math.round(e.MAX_UPLOAD_MB * 1024 * 1024),
      attachmentQuota: {
        perResponseBytes: Math.round(e.ATTACHMENTS_PER_RESPONSE_MB * 1024 * 1024),
        perCampaignBytes: Math.round(e.ATTACHMENTS_PER_CAMPAIGN_MB * 1024 * 1024),
      },
      trustProxy: e.TRUST_PROXY === "true",
      linkKey,
      webhooksAllowLocal: e.WEBHOOKS_ALLOW_LOCAL === "true",
      ...(oidc.oidc === undefined ? {} : { oidc: oidc.oidc }),
    },
  };
}
