import { randomUUID } from "node:crypto";
import { findCprNumbers, type LocalizedText } from "@afrapport/schema";
import type { SaveSummaryInput, SectionSummary, SummaryVersion, TextWarning } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { approvalSituation } from "../approval/approval-steps.js";
import { recordAudit } from "../audit/audit.service.js";
import type { SessionUser } from "../auth/current-user.js";
import { loadCampaign } from "../campaign/campaign.service.js";
import { fail, ok, type Result } from "../http/result.js";
import type { CampaignRow, Database } from "../db/tables.js";
import { isUniqueViolation } from "../db/unique-violation.js";
import { campaignSections, findCampaignSection, type CampaignSection } from "./report-sections.js";
import { currentSummaryRow, currentSummaryRows, insertSummaryVersion, summaryVersionRows, type SummaryVersionRow } from "./summary.repository.js";

const cprMessage: LocalizedText = {
  da: "Teksten ligner et CPR-nummer. Skriv ikke personoplysninger om borgere.",
  en: "The text looks like a CPR number. Do not write personal data about citizens.",
};

/** A warning per CPR-like number in a text (schema's findCprNumbers). */
export function cprWarnings(text: string, field: string): TextWarning[] {
  return findCprNumbers(text).map((hit) => ({ field, code: "cpr", message: cprMessage, index: hit.index, length: hit.length }));
}

function toView(section: CampaignSection, row: SummaryVersionRow | undefined): SectionSummary {
  return {
    sectionId: section.id,
    title: section.title,
    audience: section.audience,
    text: row?.text ?? "",
    version: row?.version ?? 0,
    updatedBy: row === undefined ? null : { id: row.author, name: row.author_name },
    updatedAt: row?.created_at ?? null,
  };
}

/** The current text of every section of the campaign that has text, by section id: what the report shows. */
export async function currentSummaryTexts(db: Kysely<Database>, campaign: CampaignRow): Promise<Record<string, string>> {
  const known = new Set((await campaignSections(db, campaign)).map((section) => section.id));
  const texts: Record<string, string> = {};
  for (const row of await currentSummaryRows(db, campaign.id)) {
    if (known.has(row.section_id) && row.text.trim() !== "") texts[row.section_id] = row.text;
  }
  return texts;
}

/** Every report section of the campaign with its current text (version 0 and "" where none is written). */
export async function listSummaries(db: Kysely<Database>, user: SessionUser, campaignId: string): Promise<Result<SectionSummary[]>> {
  const loaded = await loadCampaign(db, user, campaignId, "read");
  if (!loaded.ok) return loaded;
  const rows = new Map((await currentSummaryRows(db, campaignId)).map((row) => [row.section_id, row]));
  return ok((await campaignSections(db, loaded.value.campaign)).map((section) => toView(section, rows.get(section.id))));
}

/** Every saved version of one section's text, newest first. */
export async function listSummaryVersions(db: Kysely<Database>, user: SessionUser, campaignId: string, sectionId: string): Promise<Result<SummaryVersion[]>> {
  const loaded = await loadCampaign(db, user, campaignId, "read");
  if (!loaded.ok) return loaded;
  if ((await findCampaignSection(db, loaded.value.campaign, sectionId)) === undefined) return unknownSection(db, loaded.value.campaign, sectionId);
  const rows = await summaryVersionRows(db, campaignId, sectionId);
  return ok(rows.map((row) => ({ version: row.version, text: row.text, author: { id: row.author, name: row.author_name }, createdAt: row.created_at })));
}

async function unknownSection(db: Kysely<Database>, campaign: CampaignRow, sectionId: string) {
  const known = (await campaignSections(db, campaign)).map((section) => section.id);
  return fail("validation_failed", `sectionId: the report has no section "${sectionId}" (it has ${known.join(", ")}).`, "sectionId");
}

const normalise = (text: string) => text.replace(/\r\n?/g, "\n");

/**
 * Saves a section's text as a new version, from the version the writer started on. A stale `baseVersion` (a
 * colleague saved in between) is refused with the current text, so nobody overwrites anyone; the database's
 * unique (campaign, section, version) settles two saves at the same moment the same way. Text equal to the
 * current text adds no version. Once the approval path is complete, the text no longer changes.
 */
export async function saveSummary(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  sectionId: string,
  input: SaveSummaryInput,
  now: Date,
): Promise<Result<{ summary: SectionSummary; warnings: TextWarning[] }>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const { campaign } = loaded.value;
  const section = await findCampaignSection(db, campaign, sectionId);
  if (section === undefined) return unknownSection(db, campaign, sectionId);
  const approval = await approvalSituation(db, campaign);
  if (approval.position.state === "complete") {
    return fail("conflict", "The report has completed its approval path; its text can no longer change.");
  }
  const text = normalise(input.text);
  const current = await currentSummaryRow(db, campaignId, sectionId);
  const stale = () =>
    fail("stale_revision", `A colleague has saved this section since version ${input.baseVersion}; here is the current text.`, "baseVersion", {
      current: toView(section, current),
    });
  if ((current?.version ?? 0) !== input.baseVersion) return stale();
  const warnings = cprWarnings(text, "text");
  if (current !== undefined && current.text === text) return ok({ summary: toView(section, current), warnings });
  if (current === undefined && text === "") return ok({ summary: toView(section, undefined), warnings });

  const row = {
    id: randomUUID(),
    campaign_id: campaignId,
    section_id: sectionId,
    version: input.baseVersion + 1,
    text,
    author: user.id,
    created_at: now.toISOString(),
  };
  try {
    await db.transaction().execute(async (trx) => {
      await insertSummaryVersion(trx, row);
      await recordAudit(
        trx,
        {
          actor: user.id,
          action: "summary.saved",
          campaignId,
          subjectType: "report_section",
          subjectId: sectionId,
          details: { version: row.version, characters: text.length, cprWarnings: warnings.length },
        },
        now,
      );
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const latest = await currentSummaryRow(db, campaignId, sectionId);
    return fail("stale_revision", "A colleague saved this section at the same moment; here is the current text.", "baseVersion", {
      current: toView(section, latest),
    });
  }
  return ok({ summary: toView(section, { ...row, author_name: user.name }), warnings });
}
