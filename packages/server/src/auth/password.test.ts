import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password.js";

describe("verifyPassword", () => {
  it("accepts the password the hash was made from, and refuses another", async () => {
    const hash = await hashPassword("korrekt hest batteri");
    expect(await verifyPassword(hash, "korrekt hest batteri")).toBe(true);
    expect(await verifyPassword(hash, "korrekt hest")).toBe(false);
  });

  it("never lets a user without a password in (empty hash: SSO or an open invitation), whatever is typed", async () => {
    for (const attempt of ["", " ", "x", "$argon2id$v=19$m=19456,t=2,p=1$", "undefined"]) {
      expect(await verifyPassword("", attempt)).toBe(false);
    }
  });

  it("spends about as long on an empty hash as on a real one, so timing does not tell such users apart", async () => {
    const hash = await hashPassword("en rigtig adgangskode");
    await verifyPassword("", "warm-up");
    const time = async (stored: string) => {
      const start = performance.now();
      await verifyPassword(stored, "et forsøg");
      return performance.now() - start;
    };
    const real = await time(hash);
    const empty = await time("");
    expect(empty).toBeGreaterThan(real / 4);
  });
});
