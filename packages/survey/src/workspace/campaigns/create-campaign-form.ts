import { compareSemver, RegionCodeSchema, type Audience, type Locale } from "@afrapport/schema";
import type { WorkspaceMessages } from "../../i18n/workspace-messages.js";
import type { AnnouncementView, Campaign, CatalogueQuestionnaire, CreateCampaignInput } from "@afrapport/schema/api";
import { readDeadline } from "../shell/danish-date.js";

/** What the create form holds, as typed (nothing is lost when the server refuses). */
export interface CreateCampaignValues {
  announcementId: string;
  title: string;
  regionCode: string;
  /** "key@version" */
  municipalityQuestionnaire: string;
  /** "key@version", or "" for none */
  offerQuestionnaire: string;
  deadlineDate: string;
  deadlineTime: string;
  openNow: boolean;
  /** an earlier campaign whose answers pre-fill the new one's responses, or "" for none */
  prefillFrom: string;
}

export type CreateCampaignField = "announcementId" | "title" | "regionCode" | "municipalityQuestionnaire" | "offerQuestionnaire" | "deadlineDate" | "deadlineTime";

export interface QuestionnaireOption {
  value: string;
  /** the questionnaire's full title, e.g. "Aktuelle indsatser og forslag … (2022)" */
  title: string;
  /** e.g. "version 1.0.0" */
  version: string;
}

/** What the form needs of an announcement from the catalogue (GET /api/announcements). */
export type CampaignAnnouncement = Pick<AnnouncementView, "id" | "title" | "questionnaires">;

export const refValue = (key: string, version: string) => `${key}@${version}`;

/**
 * The announcements a campaign can be opened on: those with a published questionnaire for the municipalities. One
 * still being drafted is left out rather than offered with nothing to choose.
 */
export function campaignReady<A extends CampaignAnnouncement>(announcements: readonly A[]): A[] {
  return announcements.filter((announcement) => announcement.questionnaires.some((questionnaire) => questionnaire.audience === "municipality"));
}

function fromRefValue(value: string): { key: string; version: string } | null {
  const at = value.lastIndexOf("@");
  return at <= 0 || at === value.length - 1 ? null : { key: value.slice(0, at), version: value.slice(at + 1) };
}

/**
 * The announcement's published questionnaire versions for one audience, in the catalogue's order: the questionnaire
 * published last first (the later round is the usual choice), each with its newest version first.
 */
export function questionnaireOptions(announcement: CampaignAnnouncement | undefined, audience: Audience, locale: Locale, w: WorkspaceMessages): QuestionnaireOption[] {
  if (announcement === undefined) return [];
  return announcement.questionnaires
    .filter((questionnaire) => questionnaire.audience === audience)
    .flatMap((questionnaire) =>
      questionnaire.versions.map((version) => ({
        value: refValue(questionnaire.key, version.version),
        title: version.title[locale],
        version: w.createVersion(version.version),
      })),
    );
}

/** The year a questionnaire key names its round by: "kommune-2019" → "2019"; null for a key without one. */
function roundYear(key: string): string | null {
  return /(?:^|-)((?:19|20)\d\d)(?=-|$)/.exec(key)?.[1] ?? null;
}

/** When a questionnaire was first published (its oldest version), as the catalogue's ISO text. */
function firstPublished(questionnaire: CatalogueQuestionnaire): string {
  const dates = questionnaire.versions.map((version) => version.publishedAt);
  return dates.reduce((first, at) => (at < first ? at : first), dates[0] ?? "");
}

/**
 * The offer questionnaire of the same round as a municipality questionnaire ("key@version"), newest version: "" when
 * the round has none, so a campaign never pairs one round's municipality questionnaire with another round's offer
 * questionnaire by default.
 *
 * When the keys name their round by year (kommune-2019, tilbud-2019), the year decides. Otherwise an offer
 * questionnaire belongs to the municipality questionnaire published together with it or next after it – and not
 * to a later one, if another municipality questionnaire came between.
 */
export function offerQuestionnaireOfRound(announcement: CampaignAnnouncement | undefined, municipalityQuestionnaire: string): string {
  const key = fromRefValue(municipalityQuestionnaire)?.key;
  const questionnaires = announcement?.questionnaires ?? [];
  const municipality = questionnaires.find((questionnaire) => questionnaire.audience === "municipality" && questionnaire.key === key);
  if (municipality === undefined) return "";
  const offers = questionnaires.filter((questionnaire) => questionnaire.audience === "offer" && questionnaire.versions.length > 0);
  const year = roundYear(municipality.key);
  let round: CatalogueQuestionnaire[];
  if (year !== null && offers.some((offer) => roundYear(offer.key) !== null)) {
    round = offers.filter((offer) => roundYear(offer.key) === year);
  } else {
    const at = firstPublished(municipality);
    const otherMunicipalities = questionnaires
      .filter((questionnaire) => questionnaire.audience === "municipality" && questionnaire !== municipality && questionnaire.versions.length > 0)
      .map(firstPublished);
    round = offers.filter((offer) => {
      const offerAt = firstPublished(offer);
      return offerAt <= at && !otherMunicipalities.some((otherAt) => offerAt <= otherAt && otherAt < at);
    });
  }
  // The one published last (the catalogue's order breaks a tie).
  const partner = round.reduce<CatalogueQuestionnaire | undefined>(
    (latest, offer) => (latest === undefined || firstPublished(offer) > firstPublished(latest) ? offer : latest),
    undefined,
  );
  return partner === undefined ? "" : refValue(partner.key, partner.versions[0]!.version);
}

/**
 * A fresh form for an announcement: its newest municipality questionnaire and the offer questionnaire of that round
 * (if any), its title, noon as the time.
 */
export function initialValues(announcement: CampaignAnnouncement | undefined, locale: Locale, w: WorkspaceMessages, regionCode = ""): CreateCampaignValues {
  const municipalityQuestionnaire = questionnaireOptions(announcement, "municipality", locale, w)[0]?.value ?? "";
  return {
    announcementId: announcement?.id ?? "",
    title: announcement?.title[locale] ?? "",
    regionCode,
    municipalityQuestionnaire,
    offerQuestionnaire: offerQuestionnaireOfRound(announcement, municipalityQuestionnaire),
    deadlineDate: "",
    deadlineTime: "12.00",
    openNow: true,
    prefillFrom: "",
  };
}

/**
 * The form after choosing another municipality questionnaire: another questionnaire starts its round's offer
 * questionnaire (or none); another version of the same one keeps the offer questionnaire as chosen.
 */
export function withMunicipalityQuestionnaire(
  values: CreateCampaignValues,
  announcement: CampaignAnnouncement | undefined,
  municipalityQuestionnaire: string,
): CreateCampaignValues {
  const sameQuestionnaire = fromRefValue(values.municipalityQuestionnaire)?.key === fromRefValue(municipalityQuestionnaire)?.key;
  return {
    ...values,
    municipalityQuestionnaire,
    offerQuestionnaire: sameQuestionnaire ? values.offerQuestionnaire : offerQuestionnaireOfRound(announcement, municipalityQuestionnaire),
  };
}

/**
 * Checks the form and builds the request. Every problem names its field, in Danish; the region is asked only of
 * an admin (a secretariat always creates in its own region).
 */
export function readCreateCampaign(
  values: CreateCampaignValues,
  options: { needsRegion: boolean; now: Date },
  w: WorkspaceMessages,
): { ok: true; input: CreateCampaignInput } | { ok: false; problems: Partial<Record<CreateCampaignField, string>> } {
  const problems: Partial<Record<CreateCampaignField, string>> = {};
  const title = values.title.trim();
  if (values.announcementId === "") problems.announcementId = w.errorFieldRequired;
  if (title === "") problems.title = w.errorTitleMissing;
  else if (title.length > 300) problems.title = w.errorTitleTooLong;
  const region = RegionCodeSchema.safeParse(values.regionCode);
  if (options.needsRegion && !region.success) problems.regionCode = w.errorRegionMissing;
  const municipality = fromRefValue(values.municipalityQuestionnaire);
  if (municipality === null) problems.municipalityQuestionnaire = w.errorFieldRequired;
  const offer = values.offerQuestionnaire === "" ? undefined : fromRefValue(values.offerQuestionnaire);
  if (offer === null) problems.offerQuestionnaire = w.errorFieldRequired;
  const deadline = readDeadline(values.deadlineDate, values.deadlineTime, options.now);
  if (!deadline.ok) {
    if (deadline.problem === "time") problems.deadlineTime = w.errorTimeInvalid;
    else problems.deadlineDate = deadline.problem === "date" ? w.errorDateInvalid : w.errorDeadlinePast;
  }
  if (Object.keys(problems).length > 0 || municipality === null || offer === null || !deadline.ok) return { ok: false, problems };
  return {
    ok: true,
    input: {
      announcementId: values.announcementId,
      title,
      ...(options.needsRegion && region.success ? { regionCode: region.data } : {}),
      deadline: deadline.iso,
      municipalityQuestionnaire: municipality,
      ...(offer === undefined ? {} : { offerQuestionnaire: offer }),
    },
  };
}

/** Which form field a server `field` (from a 400) belongs to. */
export function fieldForServer(field: string | undefined): CreateCampaignField | null {
  if (field === undefined) return null;
  const head = field.split(".")[0];
  if (head === "deadline") return "deadlineDate";
  if (head === "title" || head === "announcementId" || head === "regionCode" || head === "municipalityQuestionnaire" || head === "offerQuestionnaire") return head;
  return null;
}

/** What the pre-fill choice needs of an earlier campaign (GET /api/campaigns). */
export type PrefillCampaign = Pick<Campaign, "id" | "title" | "announcementId" | "regionCode" | "status" | "deadline" | "createdAt" | "municipalityQuestionnaire" | "respondents">;

/**
 * The earlier campaigns whose answers can pre-fill a new one: of the same region, on the chosen announcement or one
 * it was copied from (its template, and theirs), with the same municipality questionnaire in the chosen version or
 * an earlier one – the answers then move forward through migrateAnswers. Newest first. None before a region and a
 * questionnaire are chosen.
 */
export function prefillCandidates<C extends PrefillCampaign>(
  campaigns: readonly C[],
  announcements: readonly Pick<AnnouncementView, "id" | "templateOf">[],
  choice: { announcementId: string; municipalityQuestionnaire: string; regionCode: string },
): C[] {
  const chosen = fromRefValue(choice.municipalityQuestionnaire);
  if (chosen === null || choice.regionCode === "" || choice.announcementId === "") return [];
  const lineage = new Set<string>();
  for (let id: string | null | undefined = choice.announcementId; id != null && !lineage.has(id); id = announcements.find((a) => a.id === id)?.templateOf) lineage.add(id);
  return campaigns
    .filter(
      (campaign) =>
        campaign.regionCode === choice.regionCode &&
        lineage.has(campaign.announcementId) &&
        campaign.municipalityQuestionnaire.key === chosen.key &&
        compareSemver(campaign.municipalityQuestionnaire.version, chosen.version) <= 0,
    )
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}
