import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { axeViolations, describeViolations, launchBrowser, screenshot, type E2eBrowser } from "./support/browser.js";
import { startLiveE2eServer, type LiveE2eServer } from "./support/live-e2e-app.js";

// Co-authoring a questionnaire draft (issue 12) in real Chromium against the real server with its live endpoint:
// two secretariat colleagues of one region open the same draft in two browser profiles; what each types reaches the
// other within a second, also when both type in the same field at once (merged letter by letter, each keeping their
// caret); one goes offline, both go on editing, and once back both have the same draft, nothing lost. Each sees
// where the other is; a comment thread is started, answered with an @-mention and resolved; a reviewer of the
// region follows the draft read-only and comments. axe checks the editor with presence and comments showing.

let server: LiveE2eServer;
let browser: E2eBrowser;
let draftId: string;
const contexts: BrowserContext[] = [];

const people = {
  a: { name: "Mette Hansen", role: "secretariat" as const },
  b: { name: "Anders Holm", role: "secretariat" as const },
  reviewer: { name: "Rikke Lund", role: "reviewer" as const },
};
const logins: Record<keyof typeof people, { email: string; password: string }> = {} as never;

const content = {
  audience: "municipality",
  title: { da: "Samarbejde – e2e", en: "Co-authoring – e2e" },
  reportSections: [{ id: "generelt", title: { da: "Generelt", en: "General" } }],
  survey: {
    pages: [
      {
        name: "side1",
        title: { da: "Baggrund", en: "Background" },
        elements: [
          { type: "text", name: "antal", title: { da: "Antal borgere", en: "Number of citizens" } },
          { type: "comment", name: "indsats", title: { da: "Beskriv indsatsen", en: "Describe the service" } },
        ],
      },
    ],
  },
};

beforeAll(async () => {
  server = await startLiveE2eServer();
  browser = await launchBrowser();
  for (const [key, person] of Object.entries(people) as [keyof typeof people, (typeof people)[keyof typeof people]][]) {
    logins[key] = await server.testApp.createUser({ role: person.role, regionCode: "1084", name: person.name });
  }
  const created = await server.secretariat.post("/api/questionnaires/drafts", { announcementId: "gravide-rusmiddel", key: "samarbejde-e2e", audience: "municipality" });
  expect(created.status, created.text).toBe(201);
  draftId = created.body.draft.id as string;
  const saved = await server.secretariat.put(`/api/questionnaires/drafts/${draftId}`, { baseRevision: created.body.draft.revision, content });
  expect(saved.status, saved.text).toBe(200);
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
});

/** A person signed in through the page in a browser profile of their own, on the draft's editor. */
async function openAs(who: keyof typeof people, options: { bypassCSP?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext(options);
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.baseUrl}/sekretariat/spoergeskemaer/kladder/${draftId}`);
  await page
    .getByRole("heading", { level: 1, name: "Log ind" })
    .waitFor()
    .catch(async (error: unknown) => {
      await screenshot(page, `coauthor-login-${who}`);
      throw error;
    });
  await page.getByLabel("E-mailadresse").fill(logins[who].email);
  await page.getByLabel("Adgangskode").fill(logins[who].password);
  await page.getByRole("button", { name: "Log ind" }).click();
  await page.getByRole("heading", { level: 1, name: "Samarbejde – e2e" }).waitFor();
  return page;
}

const status = (page: Page) => page.locator(".af-builder-head .af-save-status");
const connected = (page: Page) => page.locator('.af-save-status[data-live="connected"]').waitFor({ timeout: 15_000 });
const outlineRow = (page: Page, name: string) => page.locator(`#af-outline-q-${name}`);
const outlineTitle = (page: Page, name: string) => outlineRow(page, name).locator(".af-builder-q__title").innerText();
const detail = (page: Page) => page.locator("#af-builder-detail");
const titleField = (page: Page): Locator => detail(page).getByLabel("Titel (dansk)");

async function select(page: Page, name: string): Promise<void> {
  await outlineRow(page, name).click();
  await page.locator(`#af-outline-q-${name}[aria-current="true"]`).waitFor();
}

/** The draft as the server derives it from the shared document. */
async function serverDraft(): Promise<typeof content> {
  const response = await server.secretariat.get(`/api/questionnaires/drafts/${draftId}`);
  expect(response.status, response.text).toBe(200);
  return response.body.draft.content;
}

const titles = (draft: typeof content) => draft.survey.pages[0]!.elements.map((element) => element.title.da);

/** Milliseconds until `check` holds, polling every 20 ms; fails after `timeout`. */
async function timeUntil(check: () => Promise<boolean>, timeout = 10_000): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeout) throw new Error(`not within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Date.now() - started;
}

describe("two colleagues writing one questionnaire at once", () => {
  let a: Page;
  let b: Page;

  it("both open the draft live and see each other, and where each is", async () => {
    a = await openAs("a", { bypassCSP: true });
    b = await openAs("b");
    await connected(a);
    await connected(b);
    expect(await status(a).innerText()).toBe("Forbundet – alle ændringer er delt");

    await select(a, "antal");
    await select(b, "indsats");
    // A sees B in the header and on B's question in the outline; B's question is not A's
    await a.getByRole("region", { name: "Kolleger i kladden" }).getByText("Anders Holm – ved »Beskriv indsatsen«").waitFor();
    await outlineRow(a, "indsats").locator("xpath=..").getByText("Anders Holm er her").waitFor();
    expect(await detail(a).getByTestId("presence-note").count()).toBe(0);
    await b.getByRole("region", { name: "Kolleger i kladden" }).getByText("Mette Hansen – ved »Antal borgere«").waitFor();
  });

  it("shares edits of different questions within a second", async () => {
    await titleField(a).click();
    await titleField(a).press("End");
    await titleField(b).click();
    await titleField(b).press("End");
    await Promise.all([titleField(a).pressSequentially(" i 2025", { delay: 20 }), titleField(b).pressSequentially(" i kommunen", { delay: 20 })]);
    const seenByB = await timeUntil(async () => (await outlineTitle(b, "antal")) === "Antal borgere i 2025");
    const seenByA = await timeUntil(async () => (await outlineTitle(a, "indsats")) === "Beskriv indsatsen i kommunen");
    expect(seenByB).toBeLessThan(1_000);
    expect(seenByA).toBeLessThan(1_000);
    // each kept their own, and has the other's
    expect(await titleField(a).inputValue()).toBe("Antal borgere i 2025");
    expect(await titleField(b).inputValue()).toBe("Beskriv indsatsen i kommunen");
    await expect.poll(async () => titles(await serverDraft()), { timeout: 10_000 }).toEqual(["Antal borgere i 2025", "Beskriv indsatsen i kommunen"]);

    // undo takes back one's own typing only, for both (typing in one field within a second is one step: wait one out)
    await a.waitForTimeout(1_200);
    await titleField(a).pressSequentially(" (foreløbig)", { delay: 10 });
    await expect.poll(() => outlineTitle(b, "antal"), { timeout: 5_000 }).toBe("Antal borgere i 2025 (foreløbig)");
    await a.getByRole("button", { name: "Fortryd" }).click();
    await expect.poll(() => outlineTitle(b, "antal"), { timeout: 5_000 }).toBe("Antal borgere i 2025");
    expect(await titleField(a).inputValue()).toBe("Antal borgere i 2025");
    expect(await outlineTitle(a, "indsats")).toBe("Beskriv indsatsen i kommunen");
  });

  it("merges two people typing in the same field letter by letter, each keeping their caret", async () => {
    await select(b, "antal");
    await detail(b).getByText("Mette Hansen redigerer dette spørgsmål").waitFor();
    await detail(a).getByText("Anders Holm redigerer dette spørgsmål").waitFor();
    await screenshot(a, "coauthor-01-presence");

    await titleField(a).click();
    await titleField(a).press("Home");
    await titleField(b).click();
    await titleField(b).press("End");
    // A writes at the start while B writes at the end: B's caret must move along with A's letters arriving before it
    await Promise.all([titleField(a).pressSequentially("Samlet ", { delay: 40 }), titleField(b).pressSequentially(" (skøn)", { delay: 40 })]);
    const expected = "Samlet Antal borgere i 2025 (skøn)";
    await expect.poll(() => titleField(a).inputValue(), { timeout: 5_000 }).toBe(expected);
    await expect.poll(() => titleField(b).inputValue(), { timeout: 5_000 }).toBe(expected);
    await expect.poll(async () => titles(await serverDraft())[0], { timeout: 10_000 }).toBe(expected);
  });

  it("keeps what one writes offline, and both end with the same draft once back", async () => {
    await b.context().setOffline(true);
    await b.locator('.af-save-status[data-live="offline"]').waitFor({ timeout: 10_000 });
    expect(await status(b).innerText()).toContain("Ingen forbindelse");

    await select(b, "indsats");
    await titleField(b).click();
    await titleField(b).press("End");
    await titleField(b).pressSequentially(", også om natten", { delay: 10 });
    // A goes on meanwhile: a new title on the other question, and the questionnaire's own title
    await titleField(a).click();
    await titleField(a).press("End");
    await titleField(a).pressSequentially(" pr. år", { delay: 10 });
    await expect.poll(async () => titles(await serverDraft())[0], { timeout: 10_000 }).toBe("Samlet Antal borgere i 2025 (skøn) pr. år");
    // nothing of B's reached anyone yet
    expect(titles(await serverDraft())[1]).toBe("Beskriv indsatsen i kommunen");
    expect(await outlineTitle(a, "indsats")).toBe("Beskriv indsatsen i kommunen");
    expect(await outlineTitle(b, "antal")).toBe("Samlet Antal borgere i 2025 (skøn)");
    await screenshot(b, "coauthor-02-offline");

    await b.context().setOffline(false);
    await connected(b);
    const both = ["Samlet Antal borgere i 2025 (skøn) pr. år", "Beskriv indsatsen i kommunen, også om natten"];
    await expect.poll(async () => [await outlineTitle(a, "antal"), await outlineTitle(a, "indsats")], { timeout: 10_000 }).toEqual(both);
    await expect.poll(async () => [await outlineTitle(b, "antal"), await outlineTitle(b, "indsats")], { timeout: 10_000 }).toEqual(both);
    await expect.poll(async () => titles(await serverDraft()), { timeout: 10_000 }).toEqual(both);
    // the same JSON in both browsers and on the server
    const onServer = await serverDraft();
    expect(await pageDraft(a)).toEqual(onServer);
    expect(await pageDraft(b)).toEqual(onServer);
  });

  it("threads a comment: started, answered with a mention, resolved", async () => {
    await select(a, "antal");
    await select(b, "antal");
    const threadsA = detail(a).getByTestId("comment-threads");
    const threadsB = detail(b).getByTestId("comment-threads");
    await threadsA.getByLabel("Ny kommentar").fill("Skal vi også spørge om 2024?");
    await threadsA.getByRole("button", { name: "Skriv kommentar" }).click();
    await threadsA.getByText("Skal vi også spørge om 2024?").waitFor();
    // B gets it by itself, with the count on the outline
    await threadsB.getByText("Skal vi også spørge om 2024?").waitFor({ timeout: 10_000 });
    await outlineRow(b, "antal").getByText("1 kommentar").waitFor();

    const reply = threadsB.getByLabel("Svar til Mette Hansen");
    await reply.click();
    await reply.pressSequentially("Ja, @Met", { delay: 20 });
    const picker = threadsB.getByRole("listbox", { name: "Kolleger, du kan nævne" });
    await picker.getByRole("option", { name: /Mette Hansen/ }).waitFor();
    await reply.press("Enter");
    await reply.pressSequentially("kan du tilføje det?", { delay: 10 });
    expect(await reply.inputValue()).toBe("Ja, @Mette Hansen kan du tilføje det?");
    await threadsB.getByRole("button", { name: "Svar", exact: true }).click();
    await threadsB.getByText("Nævner Mette Hansen").waitFor();
    await threadsA.getByText("Ja, @Mette Hansen kan du tilføje det?").waitFor({ timeout: 10_000 });

    await threadsA.getByRole("button", { name: "Markér som løst" }).click();
    await threadsA.getByText(/^Løst af Mette Hansen/).waitFor();
    await threadsB.getByText(/^Løst af Mette Hansen/).waitFor({ timeout: 10_000 });
    await outlineRow(b, "antal").getByText("1 kommentar").waitFor({ state: "detached" });

    // the list of all comments: none open, the resolved one under "Løste", leading to its question
    await a.getByText("Kommentarer (0 åbne)").click();
    await a.getByRole("group", { name: "Vis" }).getByLabel("Løste").check();
    await a.locator(".af-comments-list").getByRole("button", { name: /Gå til »Samlet Antal borgere/ }).waitFor();
    await screenshot(a, "coauthor-03-comments");
    const violations = await axeViolations(a);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("lets a reviewer of the region follow the draft read-only and comment", async () => {
    const r = await openAs("reviewer");
    await connected(r);
    await r.getByText("Du kan læse kladden og skrive kommentarer, men ikke ændre den.").waitFor();
    expect(await r.getByRole("button", { name: "Tilføj side" }).count()).toBe(0);
    expect(await r.getByRole("button", { name: "Udgiv …" }).count()).toBe(0);
    await select(r, "indsats");
    expect(await titleField(r).getAttribute("readonly")).not.toBeNull();
    // edits by the others still arrive
    await titleField(a).click();
    await titleField(a).press("End");
    await titleField(a).pressSequentially("!", { delay: 10 });
    await expect.poll(() => outlineTitle(r, "antal"), { timeout: 5_000 }).toBe("Samlet Antal borgere i 2025 (skøn) pr. år!");

    const threads = detail(r).getByTestId("comment-threads");
    await threads.getByLabel("Ny kommentar").fill("Husk at forklare, hvad der menes med natten.");
    await threads.getByRole("button", { name: "Skriv kommentar" }).click();
    await threads.getByText("Husk at forklare, hvad der menes med natten.").waitFor();
    await outlineRow(a, "indsats").getByText("1 kommentar").waitFor({ timeout: 10_000 });
    await screenshot(r, "coauthor-04-reviewer");
  });

  it("keeps what was written offline in a tab closed before the connection came back", async () => {
    const context = b.context();
    await context.setOffline(true);
    await b.locator('.af-save-status[data-live="offline"]').waitFor({ timeout: 10_000 });
    await select(b, "indsats");
    await titleField(b).click();
    await titleField(b).press("End");
    await titleField(b).pressSequentially(" og i weekenden", { delay: 10 });
    await b.waitForTimeout(600);
    await b.close();
    await context.setOffline(false);
    expect(titles(await serverDraft())[1]).toBe("Beskriv indsatsen i kommunen, også om natten");

    // the next visit in the same browser merges the kept edits into the shared draft
    b = await context.newPage();
    await b.goto(`${server.baseUrl}/sekretariat/spoergeskemaer/kladder/${draftId}`);
    await connected(b);
    await b.getByText(/som ikke nåede frem sidst, er nu flettet ind i kladden/).waitFor();
    const expected = "Beskriv indsatsen i kommunen, også om natten og i weekenden";
    await expect.poll(() => outlineTitle(a, "indsats"), { timeout: 10_000 }).toBe(expected);
    await expect.poll(async () => titles(await serverDraft())[1], { timeout: 10_000 }).toBe(expected);
  });

  it("records each person's changes in the history, with their name", async () => {
    // the server writes a revision per author a moment after their last change
    const rows = a.locator(".af-history__table tbody tr");
    await expect
      .poll(
        async () => {
          await a.getByRole("button", { name: "Historik" }).click();
          await rows.first().waitFor();
          const texts = await rows.allInnerTexts();
          await a.getByRole("button", { name: "Rediger" }).click();
          return ["Mette Hansen", "Anders Holm"].every((name) => texts.some((row) => row.includes("Redigeret sammen") && row.includes(name)));
        },
        { timeout: 20_000, interval: 1_000 },
      )
      .toBe(true);
  });

  it("leaves the draft read-only, saying why, when it is discarded meanwhile", async () => {
    const discarded = await server.secretariat.delete(`/api/questionnaires/drafts/${draftId}`);
    expect(discarded.status, discarded.text).toBe(204);
    for (const page of [a, b]) {
      await page.getByText("Kladden er blevet udgivet eller slettet, mens du arbejdede, og kan nu kun læses.").waitFor({ timeout: 10_000 });
      await select(page, "antal");
      expect(await titleField(page).getAttribute("readonly")).not.toBeNull();
      expect(await page.getByRole("button", { name: "Udgiv …" }).count()).toBe(0);
    }
  });
});

describe("a network that does not let WebSockets through", () => {
  it("falls back to saving by REST, and says so", async () => {
    const created = await server.secretariat.post("/api/questionnaires/drafts", { announcementId: "gravide-rusmiddel", key: "uden-websocket-e2e", audience: "municipality" });
    expect(created.status, created.text).toBe(201);
    const id = created.body.draft.id as string;
    const context = await browser.newContext();
    contexts.push(context);
    // a proxy that drops every WebSocket
    await context.routeWebSocket(/\/live$/, (socket) => socket.close());
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/sekretariat/spoergeskemaer/kladder/${id}`);
    await page.getByLabel("E-mailadresse").fill(logins.a.email);
    await page.getByLabel("Adgangskode").fill(logins.a.password);
    await page.getByRole("button", { name: "Log ind" }).click();
    await page.getByText(/Direkte samarbejde kunne ikke startes her/).waitFor({ timeout: 20_000 });
    await page.getByRole("button", { name: "Titel, beskrivelse og rapportafsnit" }).click();
    await page.locator("#af-builder-title-da").fill("Uden WebSocket");
    await page.locator('.af-save-status[data-state="saved"]').waitFor({ timeout: 20_000 });
    const saved = await server.secretariat.get(`/api/questionnaires/drafts/${id}`);
    expect(saved.body.draft.content.title.da).toBe("Uden WebSocket");
  });
});

/** The draft the page holds, read from its JSON view (the view is left again afterwards). */
async function pageDraft(page: Page): Promise<unknown> {
  await page.getByRole("button", { name: "JSON" }).click();
  const editor = page.locator(".cm-content");
  await editor.waitFor();
  // CodeMirror keeps its view on the content element (what EditorView.findFromDOM reads)
  const text = await editor.evaluate((element) => {
    type Holder = { root?: { view?: { state: { doc: { toString(): string } } } } };
    const view = (element as unknown as { cmTile?: Holder }).cmTile?.root?.view;
    return view?.state.doc.toString() ?? null;
  });
  await page.getByRole("button", { name: "Rediger" }).click();
  if (text === null) throw new Error("the JSON view's editor could not be read");
  return JSON.parse(text);
}