// The report and the screening on the built-in announcement and its answer fixtures, as the server will use them.
import { describe, expect, it } from "vitest";
import kommuneComplete from "../fixtures/gravide-rusmiddel/kommune-2019/valid-complete.json" with { type: "json" };
import kommuneNoOffers from "../fixtures/gravide-rusmiddel/kommune-2019/valid-no-offers-no-cooperation.json" with { type: "json" };
import tilbudComplete from "../fixtures/gravide-rusmiddel/tilbud-2019/valid-complete.json" with { type: "json" };
import { aggregateReport } from "./aggregate-report.js";
import { findQuestionnaire } from "./announcements/built-in.js";
import { gravideRusmiddel } from "./announcements/gravide-rusmiddel.js";
import type { OfferListItem, SubmittedResponse, SumPerYearItem } from "./joint-report.js";
import { screenOffer } from "./screening.js";

const kommune = findQuestionnaire(gravideRusmiddel, "kommune-2019")!;
const tilbud = findQuestionnaire(gravideRusmiddel, "tilbud-2019")!;

const submitted = (id: string, name: string, version: string, answers: Record<string, unknown>): SubmittedResponse => ({
  id,
  respondent: { id: `resp-${id}`, name },
  questionnaireVersion: version,
  answers,
});

describe("the built-in announcement gravide-rusmiddel", () => {
  it("screens the complete offer fixture as highly specialised", () => {
    const result = screenOffer({ questionnaire: tilbud, answers: tilbudComplete.answers, competences: gravideRusmiddel.competences });
    expect(result.criteria.map((c) => [c.criterion, c.status, c.question])).toEqual([
      ["flow", "met", "citizensPerYear"],
      ["staff", "met", "staffCount"],
      ["experience", "met", "staffExperienceYears"],
      ["competences", "met", "competences"],
    ]);
    expect(result.verdict).toBe("highly-specialised");
  });

  it("aggregates the municipality fixtures without notes", () => {
    const report = aggregateReport({
      questionnaire: kommune,
      responses: [
        submitted("a", "Roskilde", kommune.version, kommuneComplete.answers),
        submitted("b", "Køge", kommune.version, kommuneNoOffers.answers),
      ],
    });
    expect(report.notes).toEqual([]);
    expect(report.sections.map((s) => s.id)).toEqual(kommune.reportSections.map((s) => s.id));
    const counts = report.sections[0]!.items.find((i) => i.question === "targetGroupCount") as SumPerYearItem;
    expect(counts.years).toEqual(["2017", "2018", "2019"]);
    const offers = report.sections.flatMap((s) => s.items).find((i) => i.kind === "offerList") as OfferListItem;
    expect(offers.offers.map((o) => o.name)).toEqual(["Døgnbehandlingstilbud for gravide", "Familieambulatoriet, Hvidovre Hospital"]);
    const legalBasis = offers.offers[0]!.details.find((d) => d.column === "legalBasis")!;
    expect(legalBasis.values.map((v) => v.value)).toEqual(["sel-101", "sel-107"]);
    expect(legalBasis.values.every((v) => v.text !== undefined)).toBe(true);
  });

  it("screens the offers of a campaign", () => {
    const report = aggregateReport({
      questionnaire: tilbud,
      responses: [submitted("t1", tilbudComplete.answers.offerName, tilbud.version, tilbudComplete.answers)],
      screening: { competences: gravideRusmiddel.competences },
    });
    expect(report.screening?.verdicts["highly-specialised"]).toEqual({ value: 1, sources: ["t1"], small: true });
  });
});
