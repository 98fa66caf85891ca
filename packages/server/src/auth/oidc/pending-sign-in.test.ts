import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sealToken } from "../../invite/sealed-link.js";
import { openPendingSignIn, safeWorkspaceReturn, sealPendingSignIn, type PendingSignIn } from "./pending-sign-in.js";

const key = randomBytes(32);
const now = new Date("2026-12-15T10:00:00Z");
const pending: PendingSignIn = { state: "st", nonce: "no", codeVerifier: "cv", returnTo: "/sekretariat", expiresAt: now.getTime() + 60_000 };

describe("the pending sign-in cookie", () => {
  it("opens with the same key before it expires", () => {
    expect(openPendingSignIn(key, sealPendingSignIn(key, pending), now)).toEqual(pending);
  });

  it("does not open when expired, missing, damaged, sealed with another key or for another purpose", () => {
    const sealed = sealPendingSignIn(key, pending);
    expect(openPendingSignIn(key, sealed, new Date(pending.expiresAt))).toBeUndefined();
    expect(openPendingSignIn(key, undefined, now)).toBeUndefined();
    expect(openPendingSignIn(key, `${sealed.slice(0, -2)}AA`, now)).toBeUndefined();
    expect(openPendingSignIn(randomBytes(32), sealed, now)).toBeUndefined();
    expect(openPendingSignIn(key, sealToken(key, JSON.stringify(pending), "outbox-message-1"), now)).toBeUndefined();
  });
});

describe("safeWorkspaceReturn", () => {
  it("keeps a workspace path and sends anything else to the start page", () => {
    expect(safeWorkspaceReturn("/sekretariat/kampagner/1?fane=status")).toBe("/sekretariat/kampagner/1?fane=status");
    expect(safeWorkspaceReturn("/national")).toBe("/national");
    for (const bad of [undefined, "", "//evil.example", "https://evil.example/sekretariat", "/sekretariatx", "/sekretariat/\\evil", "/sekretariat//evil", "/sekretariat/log-ind", "/besvar/abc"]) {
      expect(safeWorkspaceReturn(bad)).toBe("/sekretariat");
    }
  });
});
