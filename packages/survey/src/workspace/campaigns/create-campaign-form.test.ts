import { builtInAnnouncements } from "@afrapport/schema";
import { describe, expect, it } from "vitest";
import { workspaceDa as w } from "../../i18n/workspace-da.js";
import {
  campaignReady,
  fieldForServer,
  initialValues,
  offerQuestionnaireOfRound,
  questionnaireOptions,
  readCreateCampaign,
  withMunicipalityQuestionnaire,
  type CampaignAnnouncement,
} from "./create-campaign-form.js";

const builtIn = builtInAnnouncements[0]!;
/** The built-in announcement as GET /api/announcements lists it: the questionnaire published last first. */
const announcement: CampaignAnnouncement = {
  id: builtIn.id,
  title: builtIn.title,
  questionnaires: [...builtIn.questionnaires].reverse().map((questionnaire) => ({
    key: questionnaire.key,
    audience: questionnaire.audience,
    versions: [
      {
        id: `${builtIn.id}/${questionnaire.key}@${questionnaire.version}`,
        version: questionnaire.version,
        title: questionnaire.title,
        sha256: "0".repeat(64),
        publishedAt: "2026-12-04T09:00:00.000Z",
        publishedBy: null,
      },
    ],
  })),
};
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
    expect(questionnaireOptions(announcement, "municipality", "da", w).map((option) => option.value)).toEqual(["kommune-2022@1.0.0", "kommune-2019@1.0.0"]);
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
