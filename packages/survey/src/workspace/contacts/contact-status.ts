import type { BoardEntry, InviteMunicipalitiesResult, RemindersQueued } from "@afrapport/schema/api";
import type { ContactsMessages } from "./contacts-messages.js";

/** How many municipalities a campaign has, and how many of them have an e-mail address. */
export function municipalityAddresses(entries: readonly Pick<BoardEntry, "kind" | "contactEmail">[]): { municipalities: number; withAddress: number } {
  const municipalities = entries.filter((entry) => entry.kind === "municipality");
  return { municipalities: municipalities.length, withAddress: municipalities.filter((entry) => entry.contactEmail !== null).length };
}

/** The facts the banner after "Opret indsamling" states: links made, addresses known (remembered from last time). */
export function createdFacts(result: InviteMunicipalitiesResult): { municipalities: number; withAddress: number } {
  return municipalityAddresses(result.invited.map((invited) => invited.respondent));
}

/**
 * The banner after "Opret indsamling" (issue 13, item 7): what really happened – every municipality has a link,
 * how many have an address, and that nothing was sent – instead of "29 kommuner er inviteret".
 */
export function campaignCreatedText(result: InviteMunicipalitiesResult, c: Pick<ContactsMessages, "campaignCreated">): string {
  return c.campaignCreated(createdFacts(result));
}

/**
 * The links of the reminded respondents nobody can mail, one line each – "Albertslund – https://…" – to paste into
 * one's own mail or a list. A link that cannot be shown gets the given note instead.
 */
export function reminderLinkLines(withoutAddress: RemindersQueued["withoutAddress"], missing: string): string {
  return withoutAddress.map((entry) => `${entry.name} – ${entry.url ?? missing}`).join("\n");
}
