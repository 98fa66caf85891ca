import { afterEach, describe, expect, it } from "vitest";
import { testClock, type Clock } from "../campaign/campaign-test-kit.js";
import { dialects } from "../test-support/dialects.js";
import { startTestApp, type TestApp, type TestResponse } from "../test-support/test-app.js";

// Issue 14, item 3: the sign-in limit counted successes (12 correct in a row → 429), locked an account's owner out
// after 10 wrong passwords from 10 other addresses, and shut out everyone behind one address after 10 failures.

const WRONG = "not the password 123";

describe.each(dialects)("sign-in limits on %s", (dialect) => {
  let app: TestApp | undefined;
  let clock: Clock;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  /** An app behind one trusted proxy, so each request can name its client address in X-Forwarded-For. */
  async function start() {
    clock = testClock();
    app = await startTestApp(dialect, { now: clock.now, config: { trustProxy: true } });
    return { app, user: await app.createUser({ role: "secretariat" }) };
  }
  const signIn = (email: string, password: string, address = "198.51.100.1"): Promise<TestResponse> =>
    app!.client().post("/api/auth/login", { email, password }, { headers: { "x-forwarded-for": address } });
  function expectWait(response: TestResponse, seconds: number): void {
    expect(response.status, response.text).toBe(429);
    expect(response.body.error.code).toBe("rate_limited");
    expect(response.headers.get("retry-after")).toBe(String(seconds));
    expect(response.body.retryAfterSeconds).toBe(seconds);
  }

  it("counts failures only: 12 correct sign-ins in a row all succeed, and a success starts the account's count over", async () => {
    const { user } = await start();
    for (let i = 0; i < 12; i++) expect((await signIn(user.email, user.password)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await signIn(user.email, WRONG, "203.0.113.1")).status).toBe(401);
    expect((await signIn(user.email, user.password, "203.0.113.1")).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await signIn(user.email, WRONG, "203.0.113.2")).status).toBe(401);
    expectWait(await signIn(user.email, user.password, "203.0.113.2"), 30);
  });

  it("slows a guessed-at account down with a growing wait, says when to try again, and never locks it", async () => {
    const { user } = await start();
    for (let i = 0; i < 5; i++) expect((await signIn(user.email, WRONG, "203.0.113.9")).status).toBe(401);
    // Even the right password waits: the wait is decided before any password is looked at.
    const refused = await signIn(user.email, user.password, "203.0.113.9");
    expectWait(refused, 30);
    expect(refused.body.error.message).toBe("Too many failed sign-ins; try again in 30 seconds.");
    clock.advance(10_000);
    // An attempt during the wait neither counts nor makes it longer.
    expectWait(await signIn(user.email, WRONG, "203.0.113.9"), 20);
    clock.advance(20_000);
    expect((await signIn(user.email, WRONG, "203.0.113.9")).status).toBe(401);
    expectWait(await signIn(user.email, user.password, "203.0.113.9"), 60);
    clock.advance(60_000);
    expect((await signIn(user.email, WRONG, "203.0.113.9")).status).toBe(401);
    const twoMinutes = await signIn(user.email, user.password, "203.0.113.9");
    expectWait(twoMinutes, 120);
    expect(twoMinutes.body.error.message).toBe("Too many failed sign-ins; try again in 2 minutes.");
    clock.advance(120_000);
    expect((await signIn(user.email, user.password, "203.0.113.9")).status).toBe(200);
    const rows = await app!.db.selectFrom("login_throttles").select("key").execute();
    expect(rows.map((r) => r.key).filter((k) => k.startsWith("account:"))).toEqual([]);
  });

  it("does not keep the owner out when others guess from 10 other addresses: the owner's usual address is not slowed", async () => {
    const { user } = await start();
    const owner = "192.0.2.10";
    expect((await signIn(user.email, user.password, owner)).status).toBe(200);
    // Ten wrong passwords from ten addresses, each sent once the last wait is over.
    for (let i = 0; i < 10; i++) {
      expect((await signIn(user.email, WRONG, `203.0.113.${i + 1}`)).status, `attempt ${i + 1}`).toBe(401);
      clock.advance(i < 4 ? 1000 : 15 * 60_000);
    }
    expect((await signIn(user.email, WRONG, "203.0.113.50")).status).toBe(401);
    // Anyone else now waits the longest wait; the owner, at the address they signed in from before, does not.
    expectWait(await signIn(user.email, user.password, "203.0.113.99"), 900);
    expect((await signIn(user.email, user.password, owner)).status).toBe(200);
    // Their success starts the account's count over.
    expect((await signIn(user.email, WRONG, "203.0.113.100")).status).toBe(401);
  });

  it("counts each address on its own, generously: 50 failures behind one proxy before anyone there waits", async () => {
    const { user } = await start();
    const office = "198.51.100.77";
    for (let batch = 0; batch < 5; batch++) {
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => signIn(`person${batch * 10 + i}@kommune.dk`, WRONG, office)));
      expect(results.map((r) => r.status)).toEqual(new Array(10).fill(401));
    }
    expectWait(await signIn(user.email, user.password, office), 30);
    expect((await signIn(user.email, user.password, "198.51.100.78")).status).toBe(200);
    // A quiet hour and the address starts over.
    clock.advance(3600_000 + 1000);
    expect((await signIn(user.email, user.password, office)).status).toBe(200);
  });

  it("lets no burst of parallel guesses past the free ones", async () => {
    const { user } = await start();
    const results = await Promise.all(Array.from({ length: 20 }, () => signIn(user.email, WRONG)));
    expect(results.filter((r) => r.status === 401)).toHaveLength(5);
    expect(results.filter((r) => r.status === 429)).toHaveLength(15);
  });
});
