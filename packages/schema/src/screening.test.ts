import { describe, expect, it } from "vitest";
import { competences, offerQuestionnaire, offerQuestionnaireWithoutScreening } from "../fixtures/report/questionnaires.js";
import type { Answers } from "./question-meta.js";
import {
  defaultScreeningThresholds,
  resolveScreeningThresholds,
  screenOffer,
  ScreeningThresholdsSchema,
  type CriterionResult,
  type ScreeningCriterion,
} from "./screening.js";

const allPresent = { familie: "internal", svangre: "external", rusmiddel: "internal", psykiatri: "internal" };
const good: Answers = {
  borgerflow: { "2017": 4, "2018": 5, "2019": 3 },
  medarbejdere: 3,
  erfaring: 5,
  kompetencer: allPresent,
};

const screen = (answers: Answers, thresholds?: Parameters<typeof screenOffer>[0]["thresholds"]) =>
  screenOffer({ questionnaire: offerQuestionnaire, answers, competences, ...(thresholds ? { thresholds } : {}) });
const criterion = (result: { criteria: CriterionResult[] }, name: ScreeningCriterion) => {
  const found = result.criteria.find((c) => c.criterion === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
};

describe("thresholds", () => {
  it("defaults to the seed's 3 citizens a year, 2 staff and 2 years", () => {
    expect(defaultScreeningThresholds).toEqual({ minCitizensPerYear: 3, minStaff: 2, minExperienceYears: 2 });
    expect(resolveScreeningThresholds()).toEqual(defaultScreeningThresholds);
    expect(resolveScreeningThresholds({ minStaff: 4, minExperienceYears: undefined })).toEqual({ ...defaultScreeningThresholds, minStaff: 4 });
  });
  it("accepts non-negative numbers only", () => {
    expect(ScreeningThresholdsSchema.safeParse({ minCitizensPerYear: 0, minStaff: 2, minExperienceYears: 1.5 }).success).toBe(true);
    expect(ScreeningThresholdsSchema.safeParse({ minCitizensPerYear: -1, minStaff: 2, minExperienceYears: 2 }).success).toBe(false);
    expect(ScreeningThresholdsSchema.safeParse({ minCitizensPerYear: 3, minStaff: "2", minExperienceYears: 2 }).success).toBe(false);
    expect(ScreeningThresholdsSchema.safeParse({ minCitizensPerYear: 3, minStaff: 2 }).success).toBe(false);
    expect(ScreeningThresholdsSchema.safeParse({ ...defaultScreeningThresholds, extra: 1 }).success).toBe(false);
    expect(() => screen(good, { minStaff: -2 })).toThrow();
  });
});

describe("screenOffer", () => {
  it("judges an offer meeting all four criteria highly specialised, in the seed's order", () => {
    const result = screen(good);
    expect(result.verdict).toBe("highly-specialised");
    expect(result.criteria.map((c) => [c.criterion, c.status])).toEqual([
      ["flow", "met"],
      ["staff", "met"],
      ["experience", "met"],
      ["competences", "met"],
    ]);
    expect(result.thresholds).toEqual(defaultScreeningThresholds);
    expect(result.summary.da).toContain("højt specialiseret");
    expect(result.summary.en).toContain("highly specialised");
    expect(criterion(result, "flow").reason.da).toBe(
      "Tilbuddet har haft 4 borgere i 2017, 5 i 2018 og 3 i 2019; kriteriet er mindst 3 hvert år.",
    );
    expect(criterion(result, "flow").value).toEqual({ "2017": 4, "2018": 5, "2019": 3 });
    expect(criterion(result, "staff").reason.da).toBe("3 medarbejdere indgår i indsatsen; kriteriet er mindst 2 (flere medarbejdere).");
    expect(criterion(result, "experience").reason.en).toBe(
      "The staff have 5 years of experience with the target group; the criterion is at least 2 years.",
    );
    expect(criterion(result, "competences").reason.da).toBe("Alle 4 kompetencer fra udmeldingen indgår i indsatsen: 3 internt og 1 eksternt.");
  });

  describe("flow", () => {
    it("is met at exactly 3 citizens every year", () => {
      const result = screen({ ...good, borgerflow: { "2017": 3, "2018": 3, "2019": 3 } });
      expect(criterion(result, "flow").status).toBe("met");
    });
    it("is not met when one year falls below, naming the year and the number", () => {
      const result = screen({ ...good, borgerflow: { "2017": 4, "2018": 2, "2019": 5 } });
      const flow = criterion(result, "flow");
      expect(flow.status).toBe("not-met");
      expect(flow.reason.da).toBe("Tilbuddet har haft 2 borgere i 2018; kriteriet er mindst 3 hvert år.");
      expect(flow.reason.en).toBe("The offer served 2 citizens in 2018; the criterion is at least 3 every year.");
      expect(result.verdict).toBe("not-highly-specialised");
      expect(result.summary.da).toBe("Tilbuddet opfylder ikke kriteriet om borgerflow og kan derfor ikke vurderes som højt specialiseret.");
    });
    it("names every year below and uses the singular for one citizen", () => {
      const flow = criterion(screen({ ...good, borgerflow: { "2017": 1, "2018": 2, "2019": 5 } }), "flow");
      expect(flow.reason.da).toBe("Tilbuddet har haft 1 borger i 2017 og 2 i 2018; kriteriet er mindst 3 hvert år.");
      expect(flow.reason.en).toBe("The offer served 1 citizen in 2017 and 2 in 2018; the criterion is at least 3 every year.");
    });
    it("judges on the years answered and names the missing ones", () => {
      const flow = criterion(screen({ ...good, borgerflow: { "2017": 4, "2019": 6 } }), "flow");
      expect(flow.status).toBe("met");
      expect(flow.reason.da).toBe(
        "Tilbuddet har haft 4 borgere i 2017 og 6 i 2019; kriteriet er mindst 3 hvert år. Ikke besvaret for 2018; vurderet på de besvarede år.",
      );
      expect(flow.reason.en).toContain("No answer for 2018");
    });
    it("treats a non-number as missing and says so", () => {
      const flow = criterion(screen({ ...good, borgerflow: { "2017": 4, "2018": "mange", "2019": "5" } }), "flow");
      expect(flow.status).toBe("met");
      expect(flow.value).toEqual({ "2017": 4, "2019": 5 });
      expect(flow.reason.da).toContain('Svaret for 2018 ("mange") er ikke et tal.');
    });
    it("is not answered when no year is answered", () => {
      for (const borgerflow of [undefined, {}, { "2017": null }, "12"]) {
        const result = screen({ ...good, borgerflow });
        const flow = criterion(result, "flow");
        expect(flow.status).toBe("not-answered");
        expect(flow.reason.da).toContain("Borgerflowet er ikke besvaret for nogen af årene 2017, 2018 og 2019.");
        expect(result.verdict).toBe("incomplete");
        expect(result.summary.da).toBe(
          "Screeningen kan ikke afsluttes: borgerflow er ikke besvaret. Opfyldt: flere medarbejdere, erfaring med målgruppen og kompetencer.",
        );
      }
    });
    it("follows a custom threshold", () => {
      const answers = { ...good, borgerflow: { "2017": 4, "2018": 4, "2019": 4 } };
      expect(criterion(screen(answers, { minCitizensPerYear: 5 }), "flow").status).toBe("not-met");
      expect(criterion(screen(answers, { minCitizensPerYear: 5 }), "flow").reason.da).toContain("kriteriet er mindst 5 hvert år");
      expect(criterion(screen(answers, { minCitizensPerYear: 4 }), "flow").status).toBe("met");
    });
  });

  describe("staff", () => {
    it("is met at exactly 2 and not met at 1", () => {
      expect(criterion(screen({ ...good, medarbejdere: 2 }), "staff").status).toBe("met");
      const one = criterion(screen({ ...good, medarbejdere: 1 }), "staff");
      expect(one.status).toBe("not-met");
      expect(one.value).toBe(1);
      expect(one.reason.da).toBe("1 medarbejder indgår i indsatsen; kriteriet er mindst 2 (flere medarbejdere).");
      expect(one.reason.en).toBe("1 staff member takes part in the effort; the criterion is at least 2 (several staff).");
    });
    it("accepts a whole number written as text, refuses other text", () => {
      expect(criterion(screen({ ...good, medarbejdere: " 4 " }), "staff").status).toBe("met");
      const junk = criterion(screen({ ...good, medarbejdere: "flere" }), "staff");
      expect(junk.status).toBe("not-answered");
      expect(junk.reason.da).toBe('Svaret om antal medarbejdere ("flere") er ikke et tal.');
    });
    it("is not answered when left empty", () => {
      const result = screen({ ...good, medarbejdere: undefined });
      expect(criterion(result, "staff").status).toBe("not-answered");
      expect(criterion(result, "staff").reason.da).toBe("Antal medarbejdere i indsatsen er ikke besvaret.");
    });
    it("follows a custom threshold", () => {
      expect(criterion(screen({ ...good, medarbejdere: 3 }, { minStaff: 4 }), "staff").status).toBe("not-met");
    });
  });

  describe("experience", () => {
    it("is met at exactly the threshold and not met below", () => {
      expect(criterion(screen({ ...good, erfaring: 2 }), "experience").status).toBe("met");
      const low = criterion(screen({ ...good, erfaring: 1.5 }), "experience");
      expect(low.status).toBe("not-met");
      expect(low.reason.da).toBe("Medarbejderne har 1,5 års erfaring med målgruppen; kriteriet er mindst 2 år.");
    });
    it("follows a custom threshold", () => {
      expect(criterion(screen({ ...good, erfaring: 1 }, { minExperienceYears: 1 }), "experience").status).toBe("met");
      expect(criterion(screen({ ...good, erfaring: 1 }, { minExperienceYears: 1 }), "experience").reason.en).toBe(
        "The staff have 1 year of experience with the target group; the criterion is at least 1 year.",
      );
      expect(criterion(screen({ ...good, erfaring: 5 }, { minExperienceYears: 10 }), "experience").status).toBe("not-met");
    });
    it("is not answered when left empty", () => {
      expect(criterion(screen({ ...good, erfaring: "" }), "experience").status).toBe("not-answered");
    });
  });

  describe("competences", () => {
    it("is not met when one is absent, naming it and any unanswered one", () => {
      const result = screen({ ...good, kompetencer: { familie: "internal", svangre: "absent", rusmiddel: "external" } });
      const c = criterion(result, "competences");
      expect(c.status).toBe("not-met");
      expect(c.reason.da).toBe(
        "Kompetencen Svangreomsorg er ikke til stede; kriteriet er, at alle kompetencer fra udmeldingen indgår i indsatsen, internt eller eksternt. Ikke besvaret: Psykiatrisk behandling.",
      );
      expect(c.reason.en).toContain("The competence Antenatal care is absent");
      expect(c.value).toEqual({ familie: "internal", svangre: "absent", rusmiddel: "external" });
    });
    it("is not answered when some are unanswered and none absent", () => {
      const c = criterion(screen({ ...good, kompetencer: { familie: "internal", svangre: "external" } }), "competences");
      expect(c.status).toBe("not-answered");
      expect(c.reason.da).toBe(
        "2 af 4 kompetencer indgår (1 internt og 1 eksternt); resten kan ikke vurderes. Ikke besvaret: Rusmiddelbehandling og Psykiatrisk behandling.",
      );
    });
    it("is not answered when the matrix is empty", () => {
      expect(criterion(screen({ ...good, kompetencer: undefined }), "competences").status).toBe("not-answered");
    });
    it("names an invalid value and a competence the questionnaire does not ask about", () => {
      const extra = [...competences, { id: "sundhedspleje", title: { da: "Sundhedspleje", en: "Health visiting" } }];
      const result = screenOffer({ questionnaire: offerQuestionnaire, competences: extra, answers: { ...good, kompetencer: { ...allPresent, psykiatri: "maybe" } } });
      const c = criterion(result, "competences");
      expect(c.status).toBe("not-answered");
      expect(c.reason.da).toContain("Spørgeskemaet spørger ikke om: Sundhedspleje.");
      expect(c.reason.da).toContain('Svaret for Psykiatrisk behandling ("maybe") er hverken internt, eksternt eller ikke til stede.');
    });
  });

  it("reports every criterion the questionnaire does not ask as not answered", () => {
    const result = screenOffer({ questionnaire: offerQuestionnaireWithoutScreening, answers: { beskrivelse: "x" }, competences });
    expect(result.verdict).toBe("incomplete");
    expect(result.criteria.every((c) => c.status === "not-answered")).toBe(true);
    expect(criterion(result, "flow").reason.da).toBe("Spørgeskemaet spørger ikke om borgerflow (antal borgere i målgruppen pr. år).");
    expect(criterion(result, "staff").reason.en).toBe("The questionnaire does not ask about the number of staff in the effort.");
  });

  it("lists several failed criteria and the unanswered ones in the summary", () => {
    const result = screen({ ...good, medarbejdere: 1, erfaring: 0, kompetencer: undefined });
    expect(result.verdict).toBe("not-highly-specialised");
    expect(result.summary.da).toBe(
      "Tilbuddet opfylder ikke kriterierne om flere medarbejdere og erfaring med målgruppen og kan derfor ikke vurderes som højt specialiseret. Ikke besvaret: kompetencer.",
    );
  });

  it("returns plain JSON", () => {
    const result = screen(good);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
