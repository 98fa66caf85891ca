import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Model } from "survey-core";
import { describe, expect, it } from "vitest";
import { AnnouncementSchema, type Announcement } from "../announcement.js";
import { aggregationKinds, competencePresences, screeningRoles } from "../question-meta.js";
import type { QuestionnaireVersion } from "../questionnaire.js";
import { screenOffer } from "../screening.js";
import { registerSurveyProperties } from "../survey-properties.js";
import { diffQuestionnaires } from "../diff-questionnaires.js";
import { validateAnswers } from "../validate-answers.js";
import { builtInAnnouncements, findAnnouncement, findQuestionnaire, latestQuestionnaires } from "./built-in.js";

/** A complete kommune-2019@1.0.0 answer: 3, 1 and 2 women in the target group. */
function demoLikeAnswers(): Record<string, unknown> {
  return {
    respondentUnit: "Rusmiddelcentret",
    contactRole: "Rusmiddelkonsulent",
    targetGroupCount: { "2017": 3, "2018": 1, "2019": 2 },
    targetGroupCountMethod: "Optalt i sagssystemet.",
    refersToOffers: false,
    cooperationForms: ["none"],
    futureOrganisation: "Et fælles forløb med regionen.",
  };
}

const questionnairesRoot = new URL("../../questionnaires/", import.meta.url);
const allQuestionnaires = builtInAnnouncements.flatMap((announcement) => announcement.questionnaires);
const label = (q: QuestionnaireVersion) => `${q.announcement}/${q.key}@${q.version}`;

type Json = Record<string, unknown>;

/** Every question of a survey JSON (panels opened, html skipped). */
function questionsOf(survey: QuestionnaireVersion["survey"]): Json[] {
  const out: Json[] = [];
  const visit = (elements: unknown) => {
    for (const element of Array.isArray(elements) ? (elements as Json[]) : []) {
      if (element.type === "panel" || element.type === "paneldynamic") visit(element.elements ?? element.templateElements);
      else if (element.type !== "html") out.push(element);
    }
  };
  for (const page of survey.pages) visit(page.elements);
  return out;
}

/** Paths of strings a person reads that are not `{ da, en }` with both filled in. */
const localizableKeys = new Set(["title", "description", "text", "labelTrue", "labelFalse", "addRowText", "removeRowText", "placeholder", "noneText", "otherText"]);
function badTexts(value: unknown, path = "$"): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => badTexts(item, `${path}[${i}]`));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value as Json).flatMap(([key, child]) => {
    if (!localizableKeys.has(key)) return badTexts(child, `${path}.${key}`);
    const text = child as Json;
    const ok =
      text !== null && typeof text === "object" && Object.keys(text).sort().join() === "da,en" &&
      typeof text.da === "string" && text.da.trim() !== "" && typeof text.en === "string" && text.en.trim() !== "";
    return ok ? [] : [`${path}.${key}`];
  });
}

describe("built-in announcements", () => {
  it.each(builtInAnnouncements.map((a) => [a.id, a] as const))("%s matches AnnouncementSchema", (_id, announcement) => {
    expect(AnnouncementSchema.safeParse(announcement).error?.issues ?? []).toEqual([]);
  });

  it("have unique ids, and each questionnaire belongs to its announcement once", () => {
    expect(new Set(builtInAnnouncements.map((a) => a.id)).size).toBe(builtInAnnouncements.length);
    for (const announcement of builtInAnnouncements) {
      const ids = announcement.questionnaires.map(label);
      expect(new Set(ids).size).toBe(ids.length);
      for (const questionnaire of announcement.questionnaires) expect(questionnaire.announcement).toBe(announcement.id);
    }
  });

  it("register every published questionnaire file of their folder", () => {
    for (const announcement of builtInAnnouncements) {
      const files = readdirSync(fileURLToPath(new URL(`${announcement.id}/`, questionnairesRoot))).filter((f) => f.endsWith(".json"));
      const registered = announcement.questionnaires.map((q) => `${q.key}@${q.version}.json`);
      expect(registered.sort(), `every file in questionnaires/${announcement.id}/ must be imported in its announcement`).toEqual(files.sort());
    }
  });
});

describe.each(allQuestionnaires.map((q) => [label(q), q] as const))("questionnaire %s", (_label, questionnaire) => {
  const questions = questionsOf(questionnaire.survey);
  const sections = questionnaire.reportSections.map((s) => s.id);

  it("loads in survey-core without JSON errors", () => {
    registerSurveyProperties();
    const model = new Model(questionnaire.survey);
    expect((model.jsonErrors ?? []).map((e) => e.message)).toEqual([]);
    expect(model.getAllQuestions().map((q) => q.name)).toEqual(questions.map((q) => q.name));
  });

  it("has unique camelCase question names", () => {
    const names = questions.map((q) => q.name as string);
    expect(names.filter((n) => !/^[a-z][a-zA-Z0-9]*$/.test(n))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });

  it("gives every question an aggregation and a known report section, and uses every section", () => {
    for (const q of questions) {
      expect(aggregationKinds, `${q.name}.aggregation`).toContain(q.aggregation);
      expect(sections, `${q.name}.reportSection`).toContain(q.reportSection);
      if (q.screening !== undefined) expect(screeningRoles, `${q.name}.screening`).toContain(q.screening);
    }
    expect([...new Set(questions.map((q) => q.reportSection))].sort()).toEqual([...sections].sort());
  });

  it("writes every text a person reads in Danish and English", () => {
    expect(badTexts(questionnaire)).toEqual([]);
  });

  it("uses screening roles only in an offer questionnaire", () => {
    if (questionnaire.audience === "municipality") expect(questions.filter((q) => q.screening !== undefined)).toEqual([]);
  });
});

describe("gravide-rusmiddel", () => {
  const announcement = findAnnouncement("gravide-rusmiddel")!;

  it("is the announcement of 26 November 2019 with four competences", () => {
    expect(announcement.issued).toBe("2019-11-26");
    expect(announcement.competences.map((c) => c.id)).toEqual(["familie", "svangerskab", "rusmiddel", "psykiatri"]);
    expect(announcement.questionnaires.map((q) => [q.key, q.audience, q.version])).toEqual([
      ["kommune-2019", "municipality", "1.0.0"],
      ["kommune-2019", "municipality", "1.1.0"],
      ["tilbud-2019", "offer", "1.0.0"],
      ["kommune-2022", "municipality", "1.0.0"],
    ]);
  });

  it("asks in kommune-2019@1.1.0 for the need for residential treatment (theme 1), a minor change from 1.0.0 that keeps its answers valid", () => {
    const before = findQuestionnaire(announcement, "kommune-2019", "1.0.0")!;
    const after = findQuestionnaire(announcement, "kommune-2019", "1.1.0")!;
    const diff = diffQuestionnaires(before, after);
    expect(diff.added.map((q) => q.name)).toEqual(["residentialTreatmentNeed", "residentialTreatmentNeedMethod"]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([]);
    expect(diff.requiredBump).toBe("minor");
    expect(diff.bumpSufficient).toBe(true);

    const answers = demoLikeAnswers();
    expect(validateAnswers(after, answers, { mode: "submit" }).errors).toEqual([]);
    // the need cannot exceed the target group of the same year, and is a whole number of 0 or more
    const tooMany = validateAnswers(after, { ...answers, residentialTreatmentNeed: { "2017": 4, "2018": 1 } }, { mode: "submit" });
    expect(tooMany.errors.map((e) => e.question)).toEqual(["residentialTreatmentNeed"]);
    expect(validateAnswers(after, { ...answers, residentialTreatmentNeed: { "2017": 2, "2018": 1, "2019": 0 } }, { mode: "submit" }).errors).toEqual([]);
    expect(validateAnswers(after, { ...answers, residentialTreatmentNeed: { "2017": -1 } }, { mode: "submit" }).ok).toBe(false);
  });

  it("asks the offers about exactly the announcement's competences, internal/external/absent", () => {
    const offer = findQuestionnaire(announcement, "tilbud-2019")!;
    const roles = questionsOf(offer.survey).filter((q) => q.screening !== undefined);
    expect(roles.map((q) => q.screening).sort()).toEqual([...screeningRoles].sort());
    const matrix = roles.find((q) => q.screening === "competences")!;
    expect(matrix.type).toBe("matrix");
    expect((matrix.rows as { value: string }[]).map((r) => r.value)).toEqual(announcement.competences.map((c) => c.id));
    expect((matrix.columns as { value: string }[]).map((c) => c.value)).toEqual([...competencePresences]);
  });

  it("feeds the screening model: a strong offer is highly specialised, a one-person offer is not", () => {
    const offer = findQuestionnaire(announcement, "tilbud-2019")!;
    const strong = {
      citizensPerYear: { "2017": 4, "2018": 6, "2019": 5 },
      staffCount: 6,
      staffExperienceYears: 7.5,
      competences: { familie: "internal", svangerskab: "external", rusmiddel: "internal", psykiatri: "external" },
    };
    expect(screenOffer({ questionnaire: offer, answers: strong, competences: announcement.competences }).verdict).toBe("highly-specialised");
    const weak = { ...strong, citizensPerYear: { "2017": 1, "2018": 0, "2019": 2 }, staffCount: 1 };
    expect(screenOffer({ questionnaire: offer, answers: weak, competences: announcement.competences }).verdict).toBe("not-highly-specialised");
  });
});

describe("findAnnouncement", () => {
  it("returns undefined for an unknown or malformed id", () => {
    expect(findAnnouncement("findes-ikke")).toBeUndefined();
    expect(findAnnouncement("")).toBeUndefined();
    expect(findAnnouncement("Gravide-Rusmiddel")).toBeUndefined();
  });
});

describe("findQuestionnaire and latestQuestionnaires", () => {
  const base = findQuestionnaire(findAnnouncement("gravide-rusmiddel")!, "kommune-2022")!;
  const at = (key: string, version: string): QuestionnaireVersion => ({ ...base, key, version });
  const synthetic: Announcement = {
    ...findAnnouncement("gravide-rusmiddel")!,
    questionnaires: [at("a", "1.2.0"), at("b", "0.1.0"), at("a", "1.10.0"), at("a", "1.9.3"), at("b", "0.1.1")],
  };

  it("finds a named version, and the highest semver without one (1.10.0 after 1.9.3)", () => {
    expect(findQuestionnaire(synthetic, "a", "1.2.0")?.version).toBe("1.2.0");
    expect(findQuestionnaire(synthetic, "a")?.version).toBe("1.10.0");
    expect(findQuestionnaire(synthetic, "b")?.version).toBe("0.1.1");
  });

  it("returns undefined for an unknown key or version, and for a malformed version, without throwing", () => {
    expect(findQuestionnaire(synthetic, "c")).toBeUndefined();
    expect(findQuestionnaire(synthetic, "a", "2.0.0")).toBeUndefined();
    expect(findQuestionnaire(synthetic, "a", "latest")).toBeUndefined();
    expect(findQuestionnaire(synthetic, "a", "")).toBeUndefined();
  });

  it("skips a malformed version in a hand-built announcement instead of throwing", () => {
    const broken: Announcement = { ...synthetic, questionnaires: [at("a", "1.0.0"), at("a", "v2")] };
    expect(findQuestionnaire(broken, "a")?.version).toBe("1.0.0");
  });

  it("lists the highest version of each key in the order keys first appear", () => {
    expect(latestQuestionnaires(synthetic).map((q) => `${q.key}@${q.version}`)).toEqual(["a@1.10.0", "b@0.1.1"]);
    expect(latestQuestionnaires({ ...synthetic, questionnaires: [] })).toEqual([]);
    expect(latestQuestionnaires(findAnnouncement("gravide-rusmiddel")!).map((q) => q.key)).toEqual(["kommune-2019", "tilbud-2019", "kommune-2022"]);
  });
});
