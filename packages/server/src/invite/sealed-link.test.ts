import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateToken } from "./invite-token.js";
import { openSealedToken, sealToken } from "./sealed-link.js";

describe("sealed invite tokens", () => {
  const key = randomBytes(32);
  const token = generateToken();

  it("open with the same key for the same row, and hold no trace of the token", () => {
    const sealed = sealToken(key, token, "message-1");
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain(token);
    expect(sealed).not.toContain(token.slice(0, 8));
    expect(openSealedToken(key, sealed, "message-1")).toBe(token);
    expect(sealToken(key, token, "message-1")).not.toBe(sealed);
  });

  it("do not open with another key, for another row, or when damaged", () => {
    const sealed = sealToken(key, token, "message-1");
    expect(openSealedToken(randomBytes(32), sealed, "message-1")).toBeUndefined();
    expect(openSealedToken(key, sealed, "message-2")).toBeUndefined();
    const flipped = sealed.slice(0, -2) + (sealed.at(-2) === "A" ? "B" : "A") + sealed.at(-1);
    expect(openSealedToken(key, flipped, "message-1")).toBeUndefined();
    for (const garbage of ["", "v1", "v1..", "v2.a.b", `${sealed}.x`, "v1.AAAA.AAAA", "https://afrapport.example/svar/x"]) {
      expect(openSealedToken(key, garbage, "message-1"), garbage).toBeUndefined();
    }
  });
});
