import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { offerKey } from "../packages/schema/src/offer-identity.js";
import { launchBrowser, screenshot, type E2eBrowser } from "./support/browser.js";
import { savedAnswers, startE2eServer, type E2eServer } from "./support/e2e-app.js";
import { openLink, waitUntilSaved } from "./support/respondent-page.js";

// Issue 13: typing the Danish decimal "4,5" in a number field stored 45 – Chromium's <input type="number"> drops the
// comma – and 45 years of experience met the screening criterion. An offer answers tilbud-2019 the Danish way:
// decimal comma, thousands with a dot or a space; text that is no number is refused in Danish and not saved.

let server: E2eServer;
let browser: E2eBrowser;
let offerToken: string;

const offer = { name: "Døgntilbuddet Solsikken", operator: "private", legalBasis: ["sel-107"], location: "Nordsjælland" };

/** A round with the offer questionnaire; a municipality names an offer, and the secretariat invites it. */
async function inviteOffer(): Promise<string> {
  const api = server.secretariat;
  const created = await api.post("/api/campaigns", {
    announcementId: "gravide-rusmiddel",
    title: "Gravide 2019-runden – tal",
    deadline: new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString(),
    municipalityQuestionnaire: { key: "kommune-2019", version: "1.0.0" },
    offerQuestionnaire: { key: "tilbud-2019", version: "1.0.0" },
  });
  expect(created.status, created.text).toBe(201);
  const id = created.body.campaign.id as string;
  const invited = await api.post(`/api/campaigns/${id}/respondents/municipalities`);
  expect(invited.status, invited.text).toBe(201);
  expect((await api.post(`/api/campaigns/${id}/status`, { status: "open" })).status).toBe(200);
  const municipality = (invited.body.invited as { link: { token: string } }[])[0]!;
  const saved = await fetch(`${server.baseUrl}/api/respond/${municipality.link.token}/answers`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ baseRevision: 0, answers: { refersToOffers: true, offersUsed: [offer] } }),
  });
  expect(saved.status, await saved.text()).toBe(200);
  const offers = await api.post(`/api/campaigns/${id}/named-offers/invite`, { keys: [offerKey(offer.name, offer.operator)] });
  expect(offers.status, offers.text).toBe(201);
  return (offers.body.invited as { link: { token: string } }[])[0]!.link.token;
}

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
  offerToken = await inviteOffer();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const Q = {
  places: "Hvor mange pladser har tilbuddet i alt?",
  citizens: "Hvor mange borgere i målgruppen har tilbuddet leveret indsatser til i hvert af årene?",
  staff: "Hvor mange medarbejdere indgår i indsatsen til målgruppen?",
  experience: "Hvor mange års erfaring med målgruppen har medarbejderne i gennemsnit?",
};

/** The question's block, found by its title. */
function questionBlock(page: Page, title: string) {
  return page.locator(".sd-question", { has: page.getByRole("heading", { name: title }) }).first();
}

/** Types like a person, key by key, into a field found by its accessible name. */
async function typeNumber(page: Page, name: string, text: string, exact = false): Promise<void> {
  const field = page.getByRole("textbox", { name, exact }).first();
  await field.click();
  await field.pressSequentially(text, { delay: 5 });
  expect(await field.inputValue()).toBe(text);
}

/** Moves on with "Næste" until the question is on screen. */
async function goToQuestion(page: Page, title: string): Promise<void> {
  for (let i = 0; i < 5; i++) {
    if (await page.getByRole("heading", { name: title }).isVisible()) return;
    await page.getByRole("button", { name: "Næste" }).click();
  }
  await page.getByRole("heading", { name: title }).waitFor();
}

describe("number fields read Danish numbers", () => {
  it("saves 4,5 years as 4.5, 1.234 and 1 234 as 1234, and refuses 4,5,6 in Danish without saving a number", async () => {
    const page = await (await browser.newContext()).newPage();
    await openLink(page, server.baseUrl, offerToken);

    await goToQuestion(page, Q.places);
    const places = page.getByRole("textbox", { name: Q.places, exact: false });
    // a text field (the browser's number input dropped the comma), with the phone's decimal keypad
    expect(await places.getAttribute("type")).toBe("text");
    expect(await places.getAttribute("inputmode")).toBe("decimal");
    await typeNumber(page, Q.places, "1.234");

    await goToQuestion(page, Q.experience);
    await typeNumber(page, Q.experience, "4,5");
    // a multiple-text item: the year 2019 of the citizens per year
    await questionBlock(page, Q.citizens).getByRole("textbox", { name: "2019", exact: true }).click();
    await questionBlock(page, Q.citizens).getByRole("textbox", { name: "2019", exact: true }).pressSequentially("1 234", { delay: 5 });
    await typeNumber(page, Q.staff, "4,5,6");
    // leaving the field shows the message
    await page.getByRole("textbox", { name: Q.experience, exact: false }).click();
    const staffErrors = questionBlock(page, Q.staff).locator(".sd-question__erbox");
    await staffErrors.getByText("Skriv et tal med decimalkomma, fx 4,5 eller 1.234.", { exact: false }).waitFor();
    await waitUntilSaved(page);
    await screenshot(page, "danish-numbers");

    const saved = await savedAnswers(server, offerToken);
    expect(saved.answers).toMatchObject({ placeCount: 1234, staffExperienceYears: 4.5, citizensPerYear: { "2019": 1234 } });
    expect(saved.answers).not.toHaveProperty("staffCount");
    // the text stays as typed
    expect(await page.getByRole("textbox", { name: Q.experience, exact: false }).inputValue()).toBe("4,5");
    expect(await page.getByRole("textbox", { name: Q.staff, exact: false }).inputValue()).toBe("4,5,6");

    // corrected, the message goes and the number is saved
    const staff = page.getByRole("textbox", { name: Q.staff, exact: false });
    await staff.fill("");
    await staff.pressSequentially("6", { delay: 5 });
    await staffErrors.getByText("Skriv et tal med decimalkomma", { exact: false }).waitFor({ state: "detached" });
    await waitUntilSaved(page);
    await expect.poll(async () => (await savedAnswers(server, offerToken)).answers["staffCount"]).toBe(6);

    // a second visit shows the saved numbers the Danish way
    const again = await (await browser.newContext()).newPage();
    await openLink(again, server.baseUrl, offerToken);
    // a second visit opens on the last page with answers, where the question is
    await again.getByRole("heading", { name: Q.experience }).waitFor();
    expect(await again.getByRole("textbox", { name: Q.experience, exact: false }).inputValue()).toBe("4,5");
  });
});
