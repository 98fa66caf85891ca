import { CreateDraftSchema } from "@afrapport/schema/api";
import { describe, expect, it } from "vitest";
import { newQuestionnaireFieldForServer, readNewQuestionnaire, suggestKey, type KeyedAnnouncement } from "./new-questionnaire-form.js";
import { questionnairesDa as q } from "./questionnaires-messages.js";

const announcement: KeyedAnnouncement = {
  id: "spiseforstyrrelser",
  questionnaires: [{ key: "kommune-2026", audience: "municipality", versions: [] }],
  drafts: [
    {
      id: "d1",
      announcementId: "spiseforstyrrelser",
      key: "kommune-2026-2",
      audience: "municipality",
      title: {},
      revision: 1,
      basedOn: null,
      regionCode: "1084",
      sharedWith: [],
      updatedAt: "2026-01-01T00:00:00Z",
      updatedBy: null,
      findings: 3,
    },
  ],
};

describe("the new questionnaire form", () => {
  it("suggests a key in the built-in style that the announcement does not use yet", () => {
    expect(suggestKey(announcement, "offer", 2026)).toBe("tilbud-2026");
    expect(suggestKey(announcement, "municipality", 2026)).toBe("kommune-2026-3");
    expect(suggestKey(undefined, "municipality", 2027)).toBe("kommune-2027");
  });

  it("builds a request the API's schema accepts, leaving an empty English title out", () => {
    const read = readNewQuestionnaire({ announcementId: "spiseforstyrrelser", audience: "offer", key: " tilbud-2026 ", titleDa: "Tilbuddenes afrapportering", titleEn: "" }, [announcement], q);
    expect(read).toEqual({ ok: true, input: { announcementId: "spiseforstyrrelser", key: "tilbud-2026", audience: "offer", title: { da: "Tilbuddenes afrapportering" } } });
    expect(read.ok && CreateDraftSchema.safeParse(read.input).success).toBe(true);
  });

  it("refuses a key in use, published or drafted, and names every missing field", () => {
    const values = { announcementId: "spiseforstyrrelser", audience: "municipality" as const, key: "kommune-2026", titleDa: "Kommuner", titleEn: "" };
    expect(readNewQuestionnaire(values, [announcement], q)).toEqual({ ok: false, problems: { key: q.errorKeyPublished } });
    expect(readNewQuestionnaire({ ...values, key: "kommune-2026-2" }, [announcement], q)).toEqual({ ok: false, problems: { key: q.errorKeyDrafted } });
    expect(readNewQuestionnaire({ announcementId: "", audience: "", key: "Kommune 2026", titleDa: " ", titleEn: "" }, [announcement], q)).toEqual({
      ok: false,
      problems: { announcementId: "Vælg en udmelding.", audience: "Vælg, hvem der svarer.", key: q.errorKeyInvalid, "title.da": "Skriv titlen på dansk." },
    });
  });

  it("places a server field on the form", () => {
    expect(newQuestionnaireFieldForServer("title")).toBe("title.da");
    expect(newQuestionnaireFieldForServer("title.en")).toBe("title.en");
    expect(newQuestionnaireFieldForServer("audience")).toBe("audience");
    expect(newQuestionnaireFieldForServer("from.version")).toBeNull();
  });
});
