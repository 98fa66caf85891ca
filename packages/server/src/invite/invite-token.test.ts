import { describe, expect, it } from "vitest";
import { generateToken, hashToken, inviteUrl, isWellFormedToken } from "./invite-token.js";

describe("invite tokens", () => {
  it("are 32 random bytes in base64url, different every time, stored only as sha256", () => {
    const a = generateToken();
    const b = generateToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a, "base64url")).toHaveLength(32);
    expect(a).not.toBe(b);
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(a)).not.toContain(a);
  });
  it("refuses what cannot be a token before any look-up", () => {
    expect(isWellFormedToken(generateToken())).toBe(true);
    for (const bad of ["", "abc", "x".repeat(44), `${"a".repeat(42)}=`, `${"a".repeat(42)}/`]) expect(isWellFormedToken(bad)).toBe(false);
  });
  it("builds the /svar/ address under the public URL", () => {
    expect(inviteUrl("https://afrapport.example/", "tok")).toBe("https://afrapport.example/svar/tok");
  });
});
