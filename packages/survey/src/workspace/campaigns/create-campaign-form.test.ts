import { builtInAnnouncements } from "@afrapport/schema";
import { describe, expect, it } from "vitest";
import { workspaceDa as w } from "../../i18n/workspace-da.js";
import {
  campaignReady,
  fieldForServer,
  initialValues,
  offerQuestionnaireOfRound,
  prefillCandidates,
  questionnaireOptions,
  readCreateCampaign,
  withMunicipalityQuestionnaire,
  type CampaignAnnouncement,
  type PrefillCampaign,
} from "./create-campaign-form.js";

const builtIn = builtInAnnouncements[0]!;
/** The built-in questionnaires by key, in the order they first appear, each with its versions newest first. */
const byKey = [...new Set(builtIn.questionnaires.map((questionnaire) => questionnaire.key))].map((key) =>
  builtIn.questionnaires.filter((questionnaire) => questionnaire.key === key).reverse(),
);
/** The built-in announcement as GET /api/announcements lists it: the questionnaire published last first. */
const announcement: CampaignAnnouncement = {
  id: builtIn.id,
  title: builtIn.title,
  questionnaires: [...byKey].reverse().map((versions) => ({
    key: versions[0]!.key,
    audience: versions[0]!.audience,
    versions: versions.map((questionnaire) => ({
      id: `${builtIn.id}/${questionnaire.key}@${questionnaire.version}`,
      version: questionnaire.version,
      title: questionnaire.title,
      sha256: "0".repeat(64),
      publishedAt: "2026-12-04T09:00:00.000Z",
      publishedBy: null,
    })),
  })),
};
const kommune2019Versions = byKey.find((versions) => versions[0]!.key === "kommune-2019")!.map((questionnaire) => `kommune-2019@${questionnaire.version}`);
const now = new Date("2026-11-01T10:00:00Z");

describe("the create-campaign form", () => {
  it("offers only announcements with a published questionnaire for the municipalities", () => {
    const drafting: CampaignAnnouncement = { id: "spiseforstyrrelser", title: { da: "Spiseforstyrrelser", en: "Eating disorders" }, questionnaires: [] };
    const offersOnly: CampaignAnnouncement = { ...announcement, id: "kun-tilbud", questionnaires: announcement.questionnaires.filter((q) => q.audience === "offer") };
    expect(campaignReady([drafting, announcement, offersOnly]).map((a) => a.id)).toEqual([announcement.id]);
    expect(w.createUnpublishedHidden(2)).toContain("2 udmeldinger");
  });

  // Issue 13: the form paired the 2022 municipality questionnaire with the 2019 offer questionnaire.
  it("starts with one round: the newest municipality questionnaire and the offer questionnaire of its round, here none", () => {
    const values = initialValues(announcement, "da", w);
    expect(values.municipalityQuestionnaire).toBe("kommune-2022@1.0.0");
    expect(values.offerQuestionnaire).toBe("");
    expect(values.title).toBe(announcement.title.da);
    expect(questionnaireOptions(announcement, "municipality", "da", w).map((option) => option.value)).toEqual(["kommune-2022@1.0.0", ...kommune2019Versions]);
  });

  it("offers every questionnaire with its full title and version", () => {
    const [kommune2022] = questionnaireOptions(announcement, "municipality", "da", w);
    expect(kommune2022).toEqual({
      value: "kommune-2022@1.0.0",
      title: "Aktuelle indsatser og forslag til fremadrettede indsatsmodeller for udsatte gravide med skadeligt rusmiddelforbrug (2022)",
      version: "version 1.0.0",
    });
    expect(questionnaireOptions(announcement, "offer", "en", w).map((option) => option.title)).toEqual(["Offers' report: vulnerable pregnant women with harmful substance use (2019)"]);
  });

  it("pairs a municipality questionnaire with the offer questionnaire of its round, by the year in the keys", () => {
    expect(offerQuestionnaireOfRound(announcement, "kommune-2022@1.0.0")).toBe("");
    expect(offerQuestionnaireOfRound(announcement, "kommune-2019@1.0.0")).toBe("tilbud-2019@1.0.0");
    expect(offerQuestionnaireOfRound(announcement, "ukendt@1.0.0")).toBe("");
    expect(offerQuestionnaireOfRound(undefined, "kommune-2019@1.0.0")).toBe("");
  });

  it("without years in the keys, pairs by publication: the offer questionnaire published with or just before it", () => {
    const catalogue = (...questionnaires: [key: string, audience: "municipality" | "offer", publishedAt: string[]][]): CampaignAnnouncement => ({
      ...announcement,
      questionnaires: questionnaires.map(([key, audience, published]) => ({
        key,
        audience,
        versions: published.map((publishedAt, i) => ({ ...announcement.questionnaires[0]!.versions[0]!, version: `1.${published.length - 1 - i}.0`, publishedAt })),
      })),
    });
    // newest first, as the catalogue lists them
    const rounds = catalogue(
      ["kommune-ny", "municipality", ["2026-03-01T00:00:00Z"]],
      ["tilbud", "offer", ["2025-05-01T00:00:00Z", "2025-01-01T09:00:00Z"]],
      ["kommune", "municipality", ["2025-01-01T09:00:00Z"]],
    );
    expect(offerQuestionnaireOfRound(rounds, "kommune@1.0.0")).toBe("tilbud@1.1.0");
    expect(offerQuestionnaireOfRound(rounds, "kommune-ny@1.0.0")).toBe("");
    expect(initialValues(rounds, "da", w).offerQuestionnaire).toBe("");
    // a round whose offer questionnaire came out a little before its municipality questionnaire
    const later = catalogue(
      ["kommune-ny", "municipality", ["2026-03-01T00:00:00Z"]],
      ["tilbud-ny", "offer", ["2026-02-20T00:00:00Z"]],
      ["tilbud", "offer", ["2025-01-01T09:00:00Z"]],
      ["kommune", "municipality", ["2025-01-01T09:00:00Z"]],
    );
    expect(offerQuestionnaireOfRound(later, "kommune-ny@1.0.0")).toBe("tilbud-ny@1.0.0");
    expect(offerQuestionnaireOfRound(later, "kommune@1.0.0")).toBe("tilbud@1.0.0");
  });

  it("follows the round when the municipality questionnaire changes, and keeps a chosen offer questionnaire across versions", () => {
    const start = initialValues(announcement, "da", w);
    const to2019 = withMunicipalityQuestionnaire(start, announcement, "kommune-2019@1.0.0");
    expect(to2019).toMatchObject({ municipalityQuestionnaire: "kommune-2019@1.0.0", offerQuestionnaire: "tilbud-2019@1.0.0" });
    expect(withMunicipalityQuestionnaire(to2019, announcement, "kommune-2022@1.0.0").offerQuestionnaire).toBe("");
    const chosen = { ...start, offerQuestionnaire: "tilbud-2019@1.0.0" };
    expect(withMunicipalityQuestionnaire(chosen, announcement, "kommune-2022@1.1.0").offerQuestionnaire).toBe("tilbud-2019@1.0.0");
  });

  it("builds the request with the deadline in Danish time", () => {
    const values = { ...initialValues(announcement, "da", w), title: "  Gravide 2026 ", deadlineDate: "1.12.2026", offerQuestionnaire: "tilbud-2019@1.0.0" };
    expect(readCreateCampaign(values, { needsRegion: false, now }, w)).toEqual({
      ok: true,
      input: {
        announcementId: "gravide-rusmiddel",
        title: "Gravide 2026",
        deadline: "2026-12-01T12:00:00+01:00",
        municipalityQuestionnaire: { key: "kommune-2022", version: "1.0.0" },
        offerQuestionnaire: { key: "tilbud-2019", version: "1.0.0" },
      },
    });
    const none = readCreateCampaign({ ...values, offerQuestionnaire: "", regionCode: "1083" }, { needsRegion: true, now }, w);
    expect(none.ok && "offerQuestionnaire" in none.input).toBe(false);
    expect(none.ok && none.input.regionCode).toBe("1083");
  });

  it("names every field that is wrong", () => {
    const values = { ...initialValues(announcement, "da", w), title: " ", deadlineDate: "31.11.2026" };
    expect(readCreateCampaign(values, { needsRegion: true, now }, w)).toEqual({
      ok: false,
      problems: { title: "Skriv en titel.", regionCode: "Vælg en region.", deadlineDate: w.errorDateInvalid },
    });
    const past = readCreateCampaign({ ...values, title: "x", deadlineDate: "1.10.2026" }, { needsRegion: false, now }, w);
    expect(past).toEqual({ ok: false, problems: { deadlineDate: "Fristen skal ligge efter nu." } });
    const time = readCreateCampaign({ ...values, title: "x", deadlineDate: "1.12.2026", deadlineTime: "middag" }, { needsRegion: false, now }, w);
    expect(time).toEqual({ ok: false, problems: { deadlineTime: w.errorTimeInvalid } });
  });

  it("places a server field on the form", () => {
    expect(fieldForServer("deadline")).toBe("deadlineDate");
    expect(fieldForServer("municipalityQuestionnaire.version")).toBe("municipalityQuestionnaire");
    expect(fieldForServer("other")).toBeNull();
  });
});

describe("the choice to pre-fill last round's answers", () => {
  const campaign = (id: string, announcementId: string, questionnaire: string, createdAt: string, regionCode = "1084"): PrefillCampaign => {
    const [key, version] = questionnaire.split("@") as [string, string];
    return {
      id,
      title: `Runde ${id}`,
      announcementId,
      regionCode,
      status: "closed",
      deadline: "2025-12-01T11:00:00Z",
      createdAt,
      municipalityQuestionnaire: { key, version },
      respondents: { "not-opened": 0, "in-progress": 0, submitted: 29, reopened: 0, total: 29 },
    };
  };
  const campaigns = [
    campaign("c2019", "gravide-rusmiddel", "kommune-2019@1.0.0", "2025-01-01T00:00:00Z"),
    campaign("c2019b", "gravide-rusmiddel", "kommune-2019@1.1.0", "2025-06-01T00:00:00Z"),
    campaign("later", "gravide-rusmiddel", "kommune-2019@2.0.0", "2025-09-01T00:00:00Z"),
    campaign("other-key", "gravide-rusmiddel", "kommune-2022@1.0.0", "2025-03-01T00:00:00Z"),
    campaign("other-region", "gravide-rusmiddel", "kommune-2019@1.0.0", "2025-04-01T00:00:00Z", "1081"),
    campaign("copy", "gravide-2026", "kommune-2019@1.0.0", "2026-01-01T00:00:00Z"),
    campaign("unrelated", "spiseforstyrrelser", "kommune-2019@1.0.0", "2025-05-01T00:00:00Z"),
  ];
  const announcements = [
    { id: "gravide-rusmiddel", templateOf: null },
    { id: "gravide-2026", templateOf: "gravide-rusmiddel" },
    { id: "gravide-2027", templateOf: "gravide-2026" },
    { id: "spiseforstyrrelser", templateOf: null },
  ];
  const ids = (choice: { announcementId: string; municipalityQuestionnaire: string; regionCode: string }) =>
    prefillCandidates(campaigns, announcements, choice).map((c) => c.id);

  it("offers the region's earlier rounds of the same questionnaire, in the chosen version or before, newest first", () => {
    expect(ids({ announcementId: "gravide-rusmiddel", municipalityQuestionnaire: "kommune-2019@1.1.0", regionCode: "1084" })).toEqual(["c2019b", "c2019"]);
    expect(ids({ announcementId: "gravide-rusmiddel", municipalityQuestionnaire: "kommune-2019@1.0.0", regionCode: "1081" })).toEqual(["other-region"]);
    expect(ids({ announcementId: "gravide-rusmiddel", municipalityQuestionnaire: "kommune-2022@1.0.0", regionCode: "1084" })).toEqual(["other-key"]);
  });

  it("follows an announcement back to the ones it was copied from, never to another announcement", () => {
    expect(ids({ announcementId: "gravide-2027", municipalityQuestionnaire: "kommune-2019@1.0.0", regionCode: "1084" })).toEqual(["copy", "c2019"]);
    expect(ids({ announcementId: "spiseforstyrrelser", municipalityQuestionnaire: "kommune-2019@3.0.0", regionCode: "1084" })).toEqual(["unrelated"]);
  });

  it("offers nothing before a region and a questionnaire are chosen", () => {
    expect(ids({ announcementId: "gravide-rusmiddel", municipalityQuestionnaire: "kommune-2019@1.0.0", regionCode: "" })).toEqual([]);
    expect(ids({ announcementId: "gravide-rusmiddel", municipalityQuestionnaire: "", regionCode: "1084" })).toEqual([]);
    expect(initialValues(announcement, "da", w).prefillFrom).toBe("");
  });
});
