import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CALLBACK_PATH } from "../packages/server/src/auth/oidc/oidc-client.js";
import { startOidcTestProvider, TEST_CLIENT_ID, TEST_CLIENT_SECRET, type OidcTestProvider } from "../packages/server/src/auth/oidc/oidc-test-provider.js";
import { axeViolations, describeViolations, launchBrowser, screenshot, type E2eBrowser } from "./support/browser.js";
import { startE2eServer, type E2eServer } from "./support/e2e-app.js";

// Signing in with the organisation's account: Chromium goes from the sign-in page through a real OpenID provider
// (oidc-provider on a local port, its own development login page) and back into the workspace, with the role and
// region the account's groups give. A person from a domain that is not allowed is sent back with a Danish message.

let provider: OidcTestProvider;
let server: E2eServer;
let browser: E2eBrowser;

beforeAll(async () => {
  provider = await startOidcTestProvider();
  server = await startE2eServer({
    config: {
      oidc: provider.config({
        displayName: "Region Hovedstaden",
        allowedDomains: ["regionh.dk"],
        provisioning: "create",
        roleClaim: "groups",
        roleMap: [
          { claimValue: "afrapport-sekretariat", value: "secretariat" },
          { claimValue: "afrapport-referencegruppe", value: "reviewer" },
        ],
        regionClaim: "groups",
        regionMap: [{ claimValue: "region-hovedstaden", value: "1084" }],
      }),
    },
  });
  provider.addClient({
    clientId: TEST_CLIENT_ID,
    clientSecret: TEST_CLIENT_SECRET,
    redirectUri: server.baseUrl + CALLBACK_PATH,
    postLogoutRedirectUri: `${server.baseUrl}/sekretariat/log-ind`,
  });
  provider.accounts.set("karen", { email: "karen.holm@regionh.dk", name: "Karen Holm", groups: ["afrapport-sekretariat", "region-hovedstaden"] });
  provider.accounts.set("ole", { email: "ole@gmail.com", name: "Ole", groups: ["afrapport-sekretariat", "region-hovedstaden"] });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await provider?.stop();
});

/** At the provider's development login page: any password does. */
async function signInAtProvider(page: import("playwright-core").Page, login: string): Promise<void> {
  await page.waitForURL((url) => url.href.startsWith(provider.issuer));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("hvad-som-helst");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

describe("signing in with the organisation's account", () => {
  it("goes through the provider and lands in the workspace with the role and region the groups give; signing out offers the provider's sign-out", async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/sekretariat/log-ind`);
    const button = page.getByRole("link", { name: "Log ind med Region Hovedstaden" });
    await button.waitFor();
    await page.getByRole("heading", { name: "Log ind med adgangskode" }).waitFor();
    await screenshot(page, "oidc-01-login-page");
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await button.click();
    await signInAtProvider(page, "karen");
    await page.waitForURL(`${server.baseUrl}/sekretariat`);
    await page.getByText("Logget ind som Karen Holm").waitFor();
    await page.getByText("Sekretariat · Region Hovedstaden").waitFor();
    await screenshot(page, "oidc-02-signed-in");

    const user = await server.testApp.db.selectFrom("users").selectAll().where("email", "=", "karen.holm@regionh.dk").executeTakeFirstOrThrow();
    expect(user).toMatchObject({ role: "secretariat", region_code: "1084", password_hash: "" });

    await page.getByRole("button", { name: "Log ud" }).click();
    await page.getByText("Du er logget ud af Afrapport. Du kan stadig være logget ind hos Region Hovedstaden.").waitFor();
    const signOutThere = page.getByRole("link", { name: "Log også ud hos Region Hovedstaden" });
    await signOutThere.click();
    // The provider's own end-session page (it asks before signing out there).
    await page.waitForURL((url) => url.href.startsWith(`${provider.issuer}/session/end`));
    await context.close();
  });

  it("sends a person whose e-mail domain is not allowed back to the sign-in page with a Danish message and no session", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/sekretariat/kampagner`);
    await page.getByRole("link", { name: "Log ind med Region Hovedstaden" }).click();
    await signInAtProvider(page, "ole");
    await page.waitForURL((url) => url.pathname === "/sekretariat/log-ind" && url.searchParams.get("sso-fejl") === "domain_not_allowed");
    const summary = page.getByRole("alert");
    await summary.getByText("Din e-mailadresse hører ikke til en organisation, der har adgang til Afrapport. Log ind med din arbejdskonto.").waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("alert");
    await screenshot(page, "oidc-03-domain-not-allowed");
    expect((await context.cookies()).some((c) => c.name === "afrapport_session")).toBe(false);
    expect(await server.testApp.db.selectFrom("users").select("id").where("email", "=", "ole@gmail.com").execute()).toHaveLength(0);
    await context.close();
  });
});
