import { builtInAnnouncements, CompetenceSchema } from "@afrapport/schema";
import { CopyAnnouncementSchema, CreateAnnouncementSchema, UpdateAnnouncementSchema, type AnnouncementView } from "@afrapport/schema/api";
import { describe, expect, it } from "vitest";
import {
  announcementFieldForServer,
  announcementFieldOrder,
  competenceId,
  danishDateText,
  initialAnnouncementValues,
  newCompetenceRow,
  readCopyAnnouncement,
  readCreateAnnouncement,
  readIssuedDate,
  readUpdateAnnouncement,
  type AnnouncementFormValues,
} from "./announcement-form.js";
import { questionnairesDa as q } from "./questionnaires-messages.js";

const filled = (): AnnouncementFormValues => ({
  ...initialAnnouncementValues("create", undefined, q),
  id: "spiseforstyrrelser-2026",
  titleDa: "Borgere med svære spiseforstyrrelser",
  titleEn: "Citizens with severe eating disorders",
  issued: "15.1.2026",
  targetGroupDa: "Borgere over 18 år med svær anoreksi eller bulimi.",
  targetGroupEn: "Citizens over 18 with severe anorexia or bulimia.",
  competences: [
    { ...newCompetenceRow(), da: "Psykiatrisk behandling", en: "Psychiatric treatment" },
    { ...newCompetenceRow(), id: "ernaering", da: "Ernæringsfaglig indsats", en: "Nutrition" },
  ],
});

const builtIn = builtInAnnouncements[0]!;
const view: AnnouncementView = {
  id: builtIn.id,
  title: builtIn.title,
  issued: builtIn.issued,
  targetGroup: builtIn.targetGroup,
  competences: builtIn.competences,
  thresholds: { minCitizensPerYear: 3, minStaff: 2, minExperienceYears: 1.5 },
  builtIn: false,
  archived: false,
  templateOf: null,
  revision: 4,
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
  questionnaires: builtIn.questionnaires.map((questionnaire) => ({
    key: questionnaire.key,
    audience: questionnaire.audience,
    versions: [
      { id: `${builtIn.id}/${questionnaire.key}@1.0.0`, version: "1.0.0", title: questionnaire.title, sha256: "0", publishedAt: "2026-01-01T00:00:00Z", publishedBy: null },
    ],
  })),
  drafts: [],
  access: "edit",
};

describe("the announcement form", () => {
  it("builds a create request the API's own schema accepts, with ids made from the Danish names", () => {
    const read = readCreateAnnouncement(filled(), q);
    expect(read).toEqual({
      ok: true,
      input: {
        id: "spiseforstyrrelser-2026",
        title: { da: "Borgere med svære spiseforstyrrelser", en: "Citizens with severe eating disorders" },
        issued: "2026-01-15",
        targetGroup: { da: "Borgere over 18 år med svær anoreksi eller bulimi.", en: "Citizens over 18 with severe anorexia or bulimia." },
        competences: [
          { id: "psykiatrisk-behandling", title: { da: "Psykiatrisk behandling", en: "Psychiatric treatment" } },
          { id: "ernaering", title: { da: "Ernæringsfaglig indsats", en: "Nutrition" } },
        ],
      },
    });
    expect(read.ok && CreateAnnouncementSchema.safeParse(read.input).success).toBe(true);
  });

  it("takes thresholds written the Danish way and leaves empty ones to the defaults", () => {
    const read = readCreateAnnouncement({ ...filled(), minCitizensPerYear: "4", minExperienceYears: "1,5" }, q);
    expect(read.ok && read.input.thresholds).toEqual({ minCitizensPerYear: 4, minExperienceYears: 1.5 });
  });

  it("names every wrong field by the path the server would use, in Danish", () => {
    const values: AnnouncementFormValues = {
      ...filled(),
      id: "Spise Forstyrrelser",
      titleEn: " ",
      issued: "31.2.2026",
      targetGroupDa: "",
      competences: [
        { ...newCompetenceRow(), da: "Psykiatri", en: "" },
        { ...newCompetenceRow(), id: "psykiatri", da: "Psykiatri igen", en: "Psychiatry again" },
      ],
      minStaff: "to",
      minExperienceYears: "61",
      minCitizensPerYear: "-1",
    };
    expect(readCreateAnnouncement(values, q)).toEqual({
      ok: false,
      problems: {
        id: q.errorIdInvalid,
        "title.en": "Skriv titlen på engelsk.",
        issued: "Skriv datoen som dd.mm.åååå, fx 26.11.2019.",
        "targetGroup.da": "Beskriv målgruppen på dansk.",
        "competences.0.title.en": "Skriv kompetencens navn på engelsk.",
        "competences.1.id": "Id'et bruges allerede af kompetence 1.",
        "thresholds.minCitizensPerYear": "Tallet må ikke være negativt.",
        "thresholds.minStaff": "Skriv et tal, fx 3 eller 1,5.",
        "thresholds.minExperienceYears": "Tallet må højst være 60.",
      },
    });
    expect(readCreateAnnouncement({ ...filled(), id: "", competences: [] }, q)).toEqual({
      ok: false,
      problems: { id: "Skriv et id.", competences: "Nævn mindst én kompetence." },
    });
  });

  it("reads the issued date as typed, Danish or ISO", () => {
    expect(readIssuedDate("26.11.2019")).toBe("2019-11-26");
    expect(readIssuedDate(" 2019-11-26 ")).toBe("2019-11-26");
    expect(readIssuedDate("2019-02-30")).toBeNull();
    expect(readIssuedDate("i går")).toBeNull();
    expect(danishDateText("2019-11-26")).toBe("26.11.2019");
  });

  it("edits with every field and the revision it was made on; an emptied threshold goes back to the default", () => {
    const values = { ...initialAnnouncementValues("edit", view, q), minStaff: "", archived: true };
    expect(values.issued).toBe(danishDateText(builtIn.issued));
    expect(values.minExperienceYears).toBe("1,5");
    const read = readUpdateAnnouncement(values, view.revision, q);
    expect(read.ok && read.input).toMatchObject({
      baseRevision: 4,
      title: builtIn.title,
      competences: builtIn.competences,
      thresholds: { minCitizensPerYear: 3, minStaff: 2, minExperienceYears: 1.5 },
      archived: true,
    });
    expect(read.ok && UpdateAnnouncementSchema.safeParse(read.input).success).toBe(true);
  });

  it("starts a copy from the template's texts, marked as a copy, with a new id to choose and every published questionnaire", () => {
    const values = initialAnnouncementValues("copy", view, q);
    expect(values.id).toBe("");
    expect(values.titleDa).toBe(`${builtIn.title.da} (kopi)`);
    expect(values.questionnaires).toEqual(builtIn.questionnaires.map((questionnaire) => questionnaire.key));
    expect(readCopyAnnouncement(values, q)).toMatchObject({ ok: false, problems: { id: "Skriv et id.", issued: "Skriv datoen for udmeldingen." } });
    const read = readCopyAnnouncement({ ...values, id: "gravide-2026", issued: "1.3.2026", questionnaires: ["tilbud-2019"] }, q);
    expect(read.ok && read.input.questionnaires).toEqual(["tilbud-2019"]);
    expect(read.ok && CopyAnnouncementSchema.safeParse(read.input).success).toBe(true);
    expect(readCopyAnnouncement({ ...values, id: "x", issued: "1.3.2026", questionnaires: [] }, q)).toMatchObject({ ok: false, problems: { questionnaires: q.errorCopyNothing } });
  });

  it("makes competence ids the server takes", () => {
    for (const title of ["Familiefaglig indsats", "Svangre-/jordemoderfaglig indsats", "Ældre & pårørende"]) {
      expect(CompetenceSchema.shape.id.safeParse(competenceId({ ...newCompetenceRow(), da: title })).success).toBe(true);
    }
    expect(competenceId({ ...newCompetenceRow(), id: " eget-id ", da: "Noget" })).toBe("eget-id");
  });

  it("places a server field on the form", () => {
    const values = filled();
    expect(announcementFieldForServer("competences.1.id", values, "create")).toBe("competences.1.id");
    expect(announcementFieldForServer("competences.1.title.en", values, "create")).toBe("competences.1.title.en");
    expect(announcementFieldForServer("competences.1", values, "create")).toBe("competences.1.id");
    expect(announcementFieldForServer("competences", values, "create")).toBe("competences");
    expect(announcementFieldForServer("title", values, "create")).toBe("title.da");
    expect(announcementFieldForServer("thresholds.minStaff", values, "create")).toBe("thresholds.minStaff");
    expect(announcementFieldForServer("id", values, "edit")).toBeNull();
    expect(announcementFieldForServer("questionnaires.0", values, "copy")).toBe("questionnaires");
    expect(announcementFieldForServer("baseRevision", values, "edit")).toBeNull();
    expect(announcementFieldOrder(values, "create").slice(0, 3)).toEqual(["id", "title.da", "title.en"]);
  });
});
