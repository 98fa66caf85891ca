import { builtInAnnouncements } from "@afrapport/schema";
import { describe, expect, it } from "vitest";
import { workspaceDa as w } from "../../i18n/workspace-da.js";
import { campaignReady, fieldForServer, initialValues, questionnaireOptions, readCreateCampaign, type CampaignAnnouncement } from "./create-campaign-form.js";

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

  it("starts with the announcement's newest municipality and offer questionnaires", () => {
    const values = initialValues(announcement, "da", w);
    expect(values.municipalityQuestionnaire).toBe("kommune-2022@1.0.0");
    expect(values.offerQuestionnaire).toBe("tilbud-2019@1.0.0");
    expect(values.title).toBe(announcement.title.da);
    expect(questionnaireOptions(announcement, "municipality", "da", w).map((option) => option.value)).toEqual(["kommune-2022@1.0.0", "kommune-2019@1.0.0"]);
  });

  it("builds the request with the deadline in Danish time", () => {
    const values = { ...initialValues(announcement, "da", w), title: "  Gravide 2026 ", deadlineDate: "1.12.2026" };
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
