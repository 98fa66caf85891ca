import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { axeViolations, describeViolations, launchBrowser, screenshot, type E2eBrowser } from "./support/browser.js";
import { openCampaign, savedAnswers, startE2eServer, type E2eCampaign, type E2eServer } from "./support/e2e-app.js";
import { openLink, waitUntilSaved, waitUntilSettled } from "./support/respondent-page.js";

// Issue 13, what a municipality met answering kommune-2019: a negative or decimal count passed "Næste" and came back
// at "Indsend" (item 2), with a message for a fault it did not have; coming back opened page 1 (item 3); an empty
// cell of the table of offers said only "Besvar venligst spørgsmålet." (item 6); and the layout – year labels broken
// as "201/8", cut step titles, offer rows 350 px tall, a squeezed offer name (item 4).

let server: E2eServer;
let browser: E2eBrowser;
let campaign: E2eCampaign;

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
  campaign = await openCampaign(server, { questionnaire: "kommune-2019", title: "Gravide 2019-runden – gennemgang" });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const counts = "Hvor mange udsatte gravide kvinder med et skadeligt rusmiddelbrug har kommunen haft kendskab til i hvert af årene?";
const offers = "Hvilke tilbud visiterer kommunen borgere i målgruppen til?";
const atLeastZero = "Angiv et tal på 0 eller derover.";
const whole = "Angiv et helt tal uden decimaler.";

function questionBlock(page: Page, title: string): Locator {
  return page.locator(".sd-question", { has: page.getByRole("heading", { name: title }) }).first();
}

function year(page: Page, name: string): Locator {
  return questionBlock(page, counts).getByRole("textbox", { name, exact: true });
}

async function typeYear(page: Page, name: string, text: string): Promise<void> {
  await year(page, name).fill("");
  await year(page, name).pressSequentially(text, { delay: 5 });
}

const progress = (page: Page) => page.locator(".af-page-progress").innerText();

async function next(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Næste" }).click();
}

/** A municipality on page 2 (the counts), from a fresh browser profile. */
async function onCounts(index: number, width = 1280): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await openLink(page, server.baseUrl, campaign.municipalities[index]!.token);
  await next(page);
  await expect.poll(() => progress(page)).toBe("Side 2 af 5");
  return page;
}

describe("Næste checks the page with the server's rules (item 2)", () => {
  it("refuses -3 and 4,5 with only the messages that apply, at their years, and moves on once they are corrected", async () => {
    const page = await onCounts(0);
    await typeYear(page, "2017", "-3");
    await typeYear(page, "2018", "4,5");
    await typeYear(page, "2019", "2");
    await next(page);

    await page.getByRole("alert").filter({ hasText: "2 svar på siden skal rettes, før du kan gå videre. Fejlene er vist ved svarene." }).waitFor();
    expect(await progress(page)).toBe("Side 2 af 5");
    const block = questionBlock(page, counts);
    // -3 is negative, not a decimal: one message each, none for 2019
    await expect.poll(() => block.getByText(atLeastZero, { exact: true }).count()).toBe(1);
    expect(await block.getByText(whole, { exact: true }).count()).toBe(1);
    expect(await year(page, "2017").getAttribute("aria-invalid")).toBe("true");
    expect(await year(page, "2018").getAttribute("aria-invalid")).toBe("true");
    expect(await year(page, "2019").getAttribute("aria-invalid")).toBe("false");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("2017");
    await screenshot(page, "walkthrough-next-refused");

    await typeYear(page, "2017", "3");
    await typeYear(page, "2018", "4");
    await next(page);
    await expect.poll(() => progress(page)).toBe("Side 3 af 5");
    await waitUntilSaved(page);
    const saved = await savedAnswers(server, campaign.municipalities[0]!.token);
    expect(saved.answers.targetGroupCount).toEqual({ "2017": 3, "2018": 4, "2019": 2 });
    await page.context().close();
  });

  it("lets the person on with required questions left for later", async () => {
    const page = await onCounts(1);
    await next(page);
    await expect.poll(() => progress(page)).toBe("Side 3 af 5");
    expect(await page.locator(".af-alert-host").innerText()).toBe("");
    await page.context().close();
  });
});

describe("coming back opens where the person left off (item 3)", () => {
  it("on this device, from another one, and never past a page with errors", async () => {
    const { token } = campaign.municipalities[2]!;
    const page = await onCounts(2);
    await typeYear(page, "2017", "1");
    await next(page);
    await next(page);
    await expect.poll(() => progress(page)).toBe("Side 4 af 5");
    await waitUntilSaved(page);

    await page.reload();
    await expect.poll(() => progress(page)).toBe("Side 4 af 5");
    await page.getByText("Du fortsætter, hvor du slap: side 4 af 5.").waitFor();

    // another device remembers nothing: the answers say the work has come to page 2
    const other = await (await browser.newContext()).newPage();
    await openLink(other, server.baseUrl, token);
    await expect.poll(() => progress(other)).toBe("Side 2 af 5");
    await other.getByText("Du fortsætter ved side 2 af 5 – den sidste side med svar.").waitFor();
    // on the next page the notice is no longer true, and goes
    await next(other);
    await expect.poll(() => progress(other)).toBe("Side 3 af 5");
    await other.getByText("Du fortsætter ved side 2 af 5 – den sidste side med svar.").waitFor({ state: "detached" });
    await other.context().close();

    // a colleague's save puts a negative count on page 2: coming back stops there, and says why
    await waitUntilSettled(page);
    const current = await savedAnswers(server, token);
    const put = await fetch(`${server.baseUrl}/api/respond/${token}/answers`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ baseRevision: current.revision, answers: { ...current.answers, targetGroupCount: { "2017": 1, "2019": -1 } } }),
    });
    expect(put.status, await put.text()).toBe(200);
    await page.reload();
    await expect.poll(() => progress(page)).toBe("Side 2 af 5");
    await page.getByText("Du var nået til side 4, men side 2 har svar, der skal rettes. Fejlene er vist ved svarene.").waitFor();
    await expect.poll(() => questionBlock(page, counts).getByText(atLeastZero, { exact: true }).count()).toBe(1);
    expect(await year(page, "2019").getAttribute("aria-invalid")).toBe("true");
    await page.context().close();
  });
});

describe("the table of offers (items 6 and 4)", () => {
  /** Page 3 with two offers, the first named and nothing else filled in. */
  async function offersPage(index: number, width = 1280): Promise<Page> {
    const page = await onCounts(index, width);
    await typeYear(page, "2017", "1");
    await typeYear(page, "2018", "2");
    await typeYear(page, "2019", "3");
    await next(page);
    await expect.poll(() => progress(page)).toBe("Side 3 af 5");
    await page.getByText("Ja", { exact: true }).click();
    // Under load a row added while the save of »Ja« was under way has been seen to vanish (loaded CI runs only, cause
    // not found yet – see the closing note of 2026-12-05): the table is tested here, so the save is let finish first.
    await waitUntilSaved(page);
    const rows = questionBlock(page, offers).locator("tbody > tr.sd-table__row");
    await page.getByRole("button", { name: "Tilføj tilbud" }).click();
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(2);
    await page.getByRole("textbox", { name: "række 1, kolonne Tilbuddets navn" }).fill("Familieambulatoriet Hvidovre");
    return page;
  }

  it("names the column and the offer of each cell left empty", async () => {
    const page = await offersPage(3);
    await next(page);
    await next(page);
    await page.getByRole("button", { name: "Indsend besvarelsen" }).click();
    await expect.poll(() => progress(page)).toBe("Side 3 af 5");
    const table = questionBlock(page, offers);
    await table.getByText("Udfyld »Driftsherre« i række 1 (Familieambulatoriet Hvidovre).").waitFor();
    expect(await table.getByText("Udfyld »Lovgrundlag« i række 1 (Familieambulatoriet Hvidovre).").count()).toBe(1);
    expect(await table.getByText("Udfyld »Tilbuddets navn« i række 2.").count()).toBe(1);
    expect(await table.getByText("Besvar venligst spørgsmålet.").count()).toBe(0);
    // side by side above their row, none over another
    const boxes = await table.locator(".sd-table__cell--error .sd-error").evaluateAll((errors) => errors.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes.length).toBe(5);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top).toBe(true);
    }
    await screenshot(page, "walkthrough-cell-messages");
    await page.context().close();
  });

  it("keeps an offer row low and its name readable at 1280 px", async () => {
    const page = await offersPage(4);
    const rows = questionBlock(page, offers).locator("tbody > tr.sd-table__row");
    // the rows come as the page renders them; vitest's default second is not enough on a busy machine
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(2);
    const heights = await rows.evaluateAll((list) => list.map((row) => row.getBoundingClientRect().height));
    for (const height of heights) expect(height).toBeLessThan(150);
    const name = page.getByRole("textbox", { name: "række 1, kolonne Tilbuddets navn" });
    expect(await name.evaluate((input: HTMLInputElement) => input.scrollWidth <= input.clientWidth)).toBe(true);
    // every legal basis is still there to tick, with its column's title in the row
    const firstRow = rows.first();
    expect(await firstRow.getByRole("checkbox").count()).toBe(5);
    await firstRow.getByText("Serviceloven § 107 (midlertidigt botilbud)").click();
    await waitUntilSaved(page);
    const saved = await savedAnswers(server, campaign.municipalities[4]!.token);
    expect((saved.answers.offersUsed as unknown[])[0]).toEqual({ name: "Familieambulatoriet Hvidovre", legalBasis: ["sel-107"] });
    await screenshot(page, "walkthrough-offers-1280");
    await page.context().close();
  });

  it("passes axe with the table laid out in lines", async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await openLink(page, server.baseUrl, campaign.municipalities[4]!.token);
    await expect.poll(() => progress(page)).toBe("Side 3 af 5");
    await questionBlock(page, offers).locator("tbody > tr.sd-table__row").first().waitFor();
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });
});

describe("readable at 1280 px and on a phone (item 4)", () => {
  /** Whether any of the year labels is broken over two lines (each text node laid out in one line box). */
  function brokenYears(page: Page): Promise<string[]> {
    return questionBlock(page, counts)
      .locator(".sd-multipletext__item-title .sv-string-viewer")
      .evaluateAll((labels) =>
        labels.flatMap((label) => {
          const range = document.createRange();
          range.selectNodeContents(label);
          return range.getClientRects().length > 1 ? [label.textContent ?? ""] : [];
        }),
      );
  }

  /** Step titles shown cut ("Tema 2: Højt speci…"): wider or taller than their box. */
  function cutStepTitles(page: Page): Promise<string[]> {
    return page.locator(".sd-progress-buttons__page-title").evaluateAll((titles) =>
      titles.flatMap((title) =>
        getComputedStyle(title).display !== "none" && (title.scrollWidth > title.clientWidth || title.scrollHeight > title.clientHeight) ? [title.textContent ?? ""] : [],
      ),
    );
  }

  it("at 1280 px: every year label on one line, every step title whole", async () => {
    const page = await onCounts(5);
    expect(await brokenYears(page)).toEqual([]);
    expect(await cutStepTitles(page)).toEqual([]);
    expect(await page.locator(".sd-progress-buttons__page-title").first().isVisible()).toBe(true);
    await screenshot(page, "walkthrough-counts-1280");
    await page.context().close();
  });

  it("at 390 px: year labels whole, nothing cut, nothing wider than the phone", async () => {
    const page = await onCounts(6, 390);
    expect(await brokenYears(page)).toEqual([]);
    expect(await cutStepTitles(page)).toEqual([]);
    expect(await page.locator(".sd-progress-buttons__list-container").evaluate((list) => list.scrollWidth <= list.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // the step buttons keep their names for a screen reader
    expect(await page.getByRole("tab", { name: "Tema 1: Målgruppen" }).count()).toBe(1);
    await screenshot(page, "walkthrough-counts-390");
    await page.context().close();
  });
});
