import type { Locator, Page } from "playwright-core";

// What a person sees on /svar/<token>, for the browser tests: find things by their visible Danish text and roles,
// as a screen reader would.

export async function openLink(page: Page, baseUrl: string, token: string): Promise<void> {
  await page.goto(`${baseUrl}/svar/${token}`);
  await page.locator("h1").first().waitFor();
}

/** The live save status line. */
export function saveStatus(page: Page): Locator {
  return page.locator(".af-save-status");
}

/** Waits until the status line says the answers are saved ("Gemt kl. 14.32"). */
export async function waitUntilSaved(page: Page): Promise<void> {
  await page.locator(".af-save-status", { hasText: /^Gemt kl\. \d{2}\.\d{2}$/ }).waitFor({ timeout: 15_000 });
}

/**
 * Waits until the status line says nothing is left to send: saved just now ("Gemt kl. 14.32"), or already saved
 * before ("Alle svar er gemt") – which one depends on whether a save was still on its way when the page opened.
 */
export async function waitUntilSettled(page: Page): Promise<void> {
  await page.locator(".af-save-status", { hasText: /^(Gemt kl\. \d{2}\.\d{2}|Alle svar er gemt)$/ }).waitFor({ timeout: 15_000 });
}

/** A free-text question's field, found by the question's title. */
export function textField(page: Page, title: string): Locator {
  return page.getByRole("textbox", { name: title, exact: false }).first();
}

/** Types like a person: key by key, so the autosave sees every change. */
export async function typeInto(page: Page, title: string, text: string): Promise<void> {
  const field = textField(page, title);
  await field.click();
  await field.pressSequentially(text, { delay: 5 });
}

/** A minimal, well-formed PDF: an agreement to attach. */
export function samplePdf(title = "Samarbejdsaftale"): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n% ${title}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
    "latin1",
  );
}

/** Attaches files the way a person does: the "Vælg fil" button opens the file chooser. */
export async function attachFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.locator(".sd-file__choose-btn").first().click()]);
  await chooser.setFiles(files);
}
