import type { Answers } from "@afrapport/schema";
import { NewUserSchema, type Invited } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import type { AppDeps } from "../app-deps.js";
import type { SessionUser } from "../auth/current-user.js";
import { generatePassword } from "../auth/password.js";
import { addReviewer, changeCampaignStatus, createCampaign } from "../campaign/campaign.service.js";
import { createAnnouncement } from "../catalogue/announcement.service.js";
import type { Database } from "../db/tables.js";
import { createDraft, saveDraft } from "../draft/draft.service.js";
import type { Result } from "../http/result.js";
import { inviteMunicipalities, inviteOffer } from "../respondent/respondent.service.js";
import { appendAnswers, contextForToken } from "../response/response.service.js";
import { submitResponse } from "../response/submission.service.js";
import { createUser, sessionUserById } from "../user/user.service.js";
import { demoKommuneAnswers, demoKommuneDraft, demoOfferResponses } from "./demo-answers.js";
import { demoDraftAnnouncement, demoDraftKey, demoDraftSaves, demoDraftTitle } from "./demo-draft.js";

export interface DemoSeedResult {
  loginEmail: string;
  password: string;
  /** the demo's other people, with the same password: a colleague to write with, an admin, a reviewer */
  otherLogins: { email: string; role: string; why: string }[];
  respondentLinks: { name: string; url: string }[];
}

export const demoLoginEmail = "sekretariat@demo.afrapport.dk";

/**
 * The demo's other people, all with the demo password: a colleague in the same secretariat (two browsers write one
 * questionnaire together), an admin (users and invitations), and a reviewer from a municipality in the campaign's
 * reference group.
 */
export const demoOtherUsers = [
  { email: "kollega@demo.afrapport.dk", name: "Mette Holm (demo)", role: "secretariat", regionCode: "1084", organisation: "Fælleskommunalt Sekretariat, Region Hovedstaden", why: "a colleague: write a questionnaire together" },
  { email: "admin@demo.afrapport.dk", name: "Driftsansvarlig (demo)", role: "admin", regionCode: null, organisation: null, why: "admin: users and invitations" },
  { email: "reference@demo.afrapport.dk", name: "Jonas Brandt (demo)", role: "reviewer", regionCode: "1084", organisation: "Københavns Kommune", why: "reviewer in the campaign's reference group" },
] as const;
export const demoCampaignTitle = "Udsatte gravide med skadeligt rusmiddelbrug – afrapportering 2019";

/** Which of the region's municipalities (by position) have submitted, and which have a draft. */
const submittedAt = [1, 2, 4, 7, 10, 13, 17, 21];
const draftAt = [0, 5, 9];

const DAY = 24 * 3600 * 1000;

function must<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`Demo seed: ${what} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/**
 * Seeds the demo: a secretariat user for Region Hovedstaden (1084) and the demo's other people (demoOtherUsers), an
 * open campaign for `gravide-rusmiddel` with
 * the kommune-2019 and tilbud-2019 questionnaires and a deadline four weeks ahead, all 29 municipalities invited –
 * 8 with synthetic submitted answers, 3 with drafts – and two offers that have answered, one meeting the
 * screening model's criteria and one not. Beside that finished announcement it puts an
 * unfinished one, `spiseforstyrrelser`, owned by the same region: its municipality questionnaire is a draft with
 * three revisions and findings still to fix. Everything goes through the same services as the API, so the audit
 * log and revisions look like real use. The link tokens exist only in the returned value.
 * main calls it on an empty database only.
 */
export async function seedDemo(deps: AppDeps): Promise<DemoSeedResult> {
  const now = deps.now?.() ?? new Date();
  const at = (daysAgo: number, hour = 10) => new Date(now.getTime() - daysAgo * DAY + (hour - 10) * 3600 * 1000);
  const { db, config } = deps;

  const password = process.env.AFRAPPORT_DEMO_PASSWORD || generatePassword();
  const parsed = NewUserSchema.safeParse({
    email: demoLoginEmail,
    name: "Fælleskommunalt Sekretariat, Region Hovedstaden (demo)",
    role: "secretariat",
    regionCode: "1084",
    password,
  });
  if (!parsed.success) throw new Error(`Demo seed: AFRAPPORT_DEMO_PASSWORD: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  const created = await createUser(db, { ...parsed.data, organisation: "Fælleskommunalt Sekretariat, Region Hovedstaden" }, "system", at(21, 9));
  if (!created.ok) throw new Error(`Demo seed: creating ${demoLoginEmail} failed: ${created.error.code}`);
  const found = await sessionUserById(db, created.user.id);
  if (found === undefined) throw new Error("Demo seed: the new user is missing");
  const user: SessionUser = found;
  const others = new Map<string, string>();
  for (const other of demoOtherUsers) {
    const made = await createUser(db, { email: other.email, name: other.name, role: other.role, regionCode: other.regionCode, ...(other.organisation === null ? {} : { organisation: other.organisation }), password }, "system", at(21, 9));
    if (!made.ok) throw new Error(`Demo seed: creating ${other.email} failed: ${made.error.code}`);
    others.set(other.role, made.user.id);
  }

  const campaign = must(
    await createCampaign(
      db,
      user,
      {
        announcementId: "gravide-rusmiddel",
        title: demoCampaignTitle,
        regionCode: "1084",
        deadline: new Date(now.getTime() + 28 * DAY).toISOString(),
        municipalityQuestionnaire: { key: "kommune-2019", version: "1.0.0" },
        offerQuestionnaire: { key: "tilbud-2019", version: "1.0.0" },
      },
      at(21),
    ),
    "creating the campaign",
  );
  const invited = must(await inviteMunicipalities(db, user, campaign.id, config.publicUrl, at(20)), "inviting the municipalities").invited;
  must(await changeCampaignStatus(db, user, campaign.id, "open", at(20, 11)), "opening the campaign");
  must(await addReviewer(db, user, campaign.id, { userId: others.get("reviewer")! }, at(20, 12)), "adding the reviewer");

  for (const [i, entry] of invited.entries()) {
    const kommuneCode = entry.respondent.kommuneCode ?? "";
    const name = entry.respondent.name;
    if (submittedAt.includes(i)) {
      const day = 18 - submittedAt.indexOf(i) * 2;
      const ctx = must(await contextForToken(db, entry.link.token, "demo-seed", at(day)), "opening a link");
      must(await appendAnswers(db, ctx, { baseRevision: 0, answers: demoKommuneDraft(kommuneCode, name) }, "respondent", at(day)), `saving ${name}`);
      must(await submitResponse(db, ctx, { baseRevision: 1, answers: demoKommuneAnswers(kommuneCode, name) }, at(day - 1, 14)), `submitting ${name}`);
    } else if (draftAt.includes(i)) {
      const day = 6 - draftAt.indexOf(i) * 2;
      const ctx = must(await contextForToken(db, entry.link.token, "demo-seed", at(day)), "opening a link");
      must(await appendAnswers(db, ctx, { baseRevision: 0, answers: demoKommuneDraft(kommuneCode, name) }, "respondent", at(day)), `saving ${name}`);
    }
  }

  const offers: Invited[] = [];
  for (const [i, offer] of demoOfferResponses.entries()) {
    const invitedOffer = must(await inviteOffer(db, user, campaign.id, offer.invite, config.publicUrl, at(12 - i)), `inviting ${offer.invite.name}`);
    offers.push(invitedOffer);
    const ctx = must(await contextForToken(db, invitedOffer.link.token, "demo-seed", at(9 - i)), "opening an offer's link");
    must(await submitResponse(db, ctx, { baseRevision: 0, answers: structuredClone(offer.answers) as Answers }, at(9 - i, 15)), `submitting ${offer.invite.name}`);
  }

  await seedUnfinishedAnnouncement(db, user, at);

  return {
    loginEmail: demoLoginEmail,
    password,
    otherLogins: demoOtherUsers.map(({ email, role, why }) => ({ email, role, why })),
    respondentLinks: [...invited, ...offers].map((entry) => ({ name: entry.respondent.name, url: entry.link.url })),
  };
}

/** The announcement still being written: created two weeks ago, its questionnaire draft saved twice since. */
async function seedUnfinishedAnnouncement(db: Kysely<Database>, user: SessionUser, at: (daysAgo: number, hour?: number) => Date): Promise<void> {
  must(await createAnnouncement(db, user, demoDraftAnnouncement, at(14)), `creating ${demoDraftAnnouncement.id}`);
  let draft = must(
    await createDraft(db, user, { announcementId: demoDraftAnnouncement.id, key: demoDraftKey, audience: "municipality", title: demoDraftTitle }, at(14, 11)),
    "starting the questionnaire draft",
  );
  for (const { daysAgo, content } of demoDraftSaves()) {
    draft = must(await saveDraft(db, user, draft.id, { baseRevision: draft.revision, content }, at(daysAgo, 15)), "saving the questionnaire draft").draft;
  }
}
