import { aggregateReport, findAnnouncement, findQuestionnaire, type Answers, type JointReport } from "@afrapport/schema";

/**
 * A small joint report for the unit tests, aggregated by the schema from hand-written answers of three
 * municipalities (kommune-2019), so the tests see exactly the shapes the server sends.
 */
export function fixtureReport(counts: Record<string, [number, number, number]> = { København: [20, 24, 27], Frederiksberg: [2, 3, 1], Dragør: [0, 0, 0] }): JointReport {
  const announcement = findAnnouncement("gravide-rusmiddel")!;
  const questionnaire = findQuestionnaire(announcement, "kommune-2019", "1.0.0")!;
  const responses = Object.entries(counts).map(([name, [a, b, c]], i) => {
    const answers: Answers = {
      targetGroupCount: { "2017": a, "2018": b, "2019": c },
      targetGroupCountMethod: `Opgjort af ${name} ud fra journaler.`,
      refersToOffers: i < 2,
      cooperationForms: ["region"],
      futureOrganisation: `${name} vil samarbejde mere på tværs.`,
    };
    if (i < 2) answers.offersUsed = [{ name: i === 0 ? "Døgntilbuddet Solsikken" : "døgntilbuddet solsikken", operator: "private", legalBasis: ["sel-101"], location: "Nordsjælland" }];
    return { id: `resp-${i}`, respondent: { id: `r-${i}`, name }, questionnaireVersion: "1.0.0", answers };
  });
  return aggregateReport({ questionnaire, responses });
}
