import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot, type E2eBrowser } from "./support/browser.js";
import { openCampaign, savedAnswers, startE2eServer, type E2eCampaign, type E2eServer } from "./support/e2e-app.js";
import { openLink, textField, typeInto, waitUntilSaved } from "./support/respondent-page.js";

// Two colleagues in the same response at the same time, each in their own browser: what one saves reaches the
// other; when both change the same question, the second chooses between the two answers, side by side.

let server: E2eServer;
let browser: E2eBrowser;
let campaign: E2eCampaign;

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
  campaign = await openCampaign(server);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const nature = "1) Karakteren af og rammerne for indsatsen";
const competences = "2) Faglige kompetencer, der indgår i indsatsen";
const coordination = "3) Koordination og samarbejde om indsatsen";

async function twoColleagues(token: string) {
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();
  await openLink(a, server.baseUrl, token);
  await openLink(b, server.baseUrl, token);
  return { a, b };
}

describe("two colleagues editing the same response", () => {
  it("keeps both when they answer different questions, and tells each about the other's answers", async () => {
    const { token } = campaign.municipalities[1]!;
    const { a, b } = await twoColleagues(token);

    await typeInto(a, nature, "Familieambulatoriet og døgnbehandling.");
    await waitUntilSaved(a);
    await typeInto(b, competences, "Jordemødre og socialrådgivere.");
    await waitUntilSaved(b);
    // B's save was merged with A's: B now sees A's answer, and is told so
    await expect.poll(() => textField(b, nature).inputValue()).toBe("Familieambulatoriet og døgnbehandling.");
    await b.getByText("Din kollega har besvaret 1 spørgsmål, som nu er med.").waitFor();
    await screenshot(b, "10-colleague-merged");

    // A's next save brings B's answer to A
    await typeInto(a, coordination, "Ugentlige møder.");
    await waitUntilSaved(a);
    await expect.poll(() => textField(a, competences).inputValue()).toBe("Jordemødre og socialrådgivere.");
    await a.getByText("Din kollega har besvaret 1 spørgsmål, som nu er med.").waitFor();

    expect((await savedAnswers(server, token)).answers).toMatchObject({
      currentEffortNature: "Familieambulatoriet og døgnbehandling.",
      currentCompetences: "Jordemødre og socialrådgivere.",
      currentCoordination: "Ugentlige møder.",
    });
    await a.context().close();
    await b.context().close();
  });

  it("shows both answers side by side when they change the same question, and saves the one chosen", async () => {
    const { token } = campaign.municipalities[2]!;
    const { a, b } = await twoColleagues(token);

    await typeInto(a, nature, "Kollegaens beskrivelse.");
    await waitUntilSaved(a);
    await typeInto(b, nature, "Min beskrivelse.");

    const panel = b.locator(".af-conflicts");
    await panel.waitFor({ timeout: 15_000 });
    await b.getByRole("heading", { name: "En kollega har ændret de samme svar" }).waitFor();
    await expect.poll(() => b.locator(".af-save-status").innerText()).toContain("Venter på dit valg");
    const conflict = panel.locator("fieldset", { hasText: nature });
    expect(await conflict.locator("legend").innerText()).toBe(nature);
    expect(await conflict.locator(".af-conflict__side").nth(0).innerText()).toContain("Kollegaens beskrivelse.");
    expect(await conflict.locator(".af-conflict__side").nth(1).innerText()).toContain("Min beskrivelse.");
    // focus moved to the panel, so a keyboard or screen-reader user lands on it
    expect(await b.evaluate(() => document.activeElement?.textContent)).toBe("En kollega har ændret de samme svar");
    await screenshot(b, "11-colleague-conflict");

    // nothing is saved before a choice is made
    await b.getByRole("button", { name: "Gem valgene" }).click();
    await b.getByRole("alert").filter({ hasText: "Vælg et svar ved spørgsmålet først." }).waitFor();
    expect((await savedAnswers(server, token)).answers.currentEffortNature).toBe("Kollegaens beskrivelse.");

    await b.getByLabel("Behold mit svar").check();
    await b.getByRole("button", { name: "Gem valgene" }).click();
    await panel.waitFor({ state: "detached" });
    await waitUntilSaved(b);
    expect((await savedAnswers(server, token)).answers.currentEffortNature).toBe("Min beskrivelse.");
    expect(await textField(b, nature).inputValue()).toBe("Min beskrivelse.");

    // and the colleague's next save brings the chosen answer to them
    await typeInto(a, competences, "Psykiater.");
    await waitUntilSaved(a);
    await expect.poll(() => textField(a, nature).inputValue()).toBe("Min beskrivelse.");
    await a.context().close();
    await b.context().close();
  });
});
