import type { Competence } from "./announcement.js";
import type {
  AnyFigure,
  FigureRef,
  IncludedResponse,
  JointReport,
  ReportItem,
  ReportNote,
  ReportResponseRef,
  ReportScreening,
  ReportSectionResult,
  SkippedResponse,
  SubmittedResponse,
} from "./joint-report.js";
import type { LocalizedText } from "./localized-text.js";
import { migrateAnswers, type DropReason } from "./migrate-answers.js";
import type { QuestionnaireVersion } from "./questionnaire.js";
import { inlineFigures, PositionSet, referringFigures, type FigureAddress, type FigureMaker } from "./report-figure.js";
import { aggregateItem, type PreparedResponse } from "./report-items.js";
import { listQuestions } from "./list-questions.js";
import { quoteValue } from "./report-text.js";
import { hasScreeningQuestions, offerScreener, resolveScreeningThresholds, screeningVerdicts, type ScreeningThresholds } from "./screening.js";

export interface AggregateReportInput {
  /** the questionnaire version the report is built on */
  questionnaire: QuestionnaireVersion;
  /** the submitted responses, in the order the report should list them */
  responses: SubmittedResponse[];
  /** versions older responses were given on; their answers are carried to `questionnaire` with migrateAnswers */
  earlierVersions?: QuestionnaireVersion[];
  /** screen every response (offer) by the screening model, when the questionnaire asks the screening questions */
  screening?: { competences: Competence[]; thresholds?: Partial<ScreeningThresholds> };
}

/**
 * How the report gives each number's sources: `inline` (the default), every figure with the ids of its responses –
 * what approval snapshots keep and the downloads name; `refs`, every figure with only their count and its address,
 * the sources asked for when a reader wants them (reportFigureSources). At 10,000 responses the sources inline are
 * most of the report.
 */
export interface AggregateOptions {
  sources: "inline" | "refs";
}

/**
 * Builds the joint report from submitted responses, by each question's aggregation kind. Pure and
 * deterministic: the same input gives the same report. Nothing is dropped silently – a response that cannot be
 * used is listed in `skipped`, an answer that cannot be used in `notes`.
 * @throws ZodError when the screening thresholds are invalid (negative or not finite)
 */
export function aggregateReport(input: AggregateReportInput, options?: { sources: "inline" }): JointReport;
export function aggregateReport(input: AggregateReportInput, options: { sources: "refs" }): JointReport<FigureRef>;
export function aggregateReport(input: AggregateReportInput, options: AggregateOptions = { sources: "inline" }): JointReport<AnyFigure> {
  const { questionnaire } = input;
  const notes: ReportNote[] = [];
  const note = (n: ReportNote) => notes.push(n);

  // 1. carry every response to the report's version, or skip it with a reason
  const { prepared, included, skipped } = prepare(input, note);
  const positions = new PositionSet(prepared.length);
  const inline = options.sources === "inline" ? inlineFigures(prepared.map((p) => p.ref.responseId), positions) : undefined;
  const figuresOf = (part: FigureAddress["part"]): FigureMaker<AnyFigure> => inline ?? referringFigures({ audience: questionnaire.audience, part }, positions);

  // 2. the items, grouped by report section in the questionnaire's section order
  const sections: ReportSectionResult<AnyFigure>[] = questionnaire.reportSections.map((s) => ({ id: s.id, title: s.title, items: [] }));
  const sectionById = new Map(sections.map((s) => [s.id, s]));
  for (const [position, question] of listQuestions(questionnaire).entries()) {
    const item: ReportItem<AnyFigure> | undefined = aggregateItem(question, prepared, note, figuresOf(position));
    if (!item) continue;
    let section = sectionById.get(question.meta.reportSection);
    if (!section) {
      const id = question.meta.reportSection;
      section = { id, title: id === "" ? { da: "Uden afsnit", en: "No section" } : { da: id, en: id }, items: [] };
      sections.push(section);
      sectionById.set(id, section);
      notes.push({
        kind: "unknown-section",
        question: question.name,
        message: {
          da: `Spørgsmålet "${question.name}" hører til afsnittet ${quoteValue(id)}, som spørgeskemaet ikke definerer; det vises i et afsnit for sig.`,
          en: `The question "${question.name}" belongs to the section ${quoteValue(id)}, which the questionnaire does not define; it is shown in a section of its own.`,
        },
      });
    }
    section.items.push(item);
  }

  // 3. screening, when asked for and the questionnaire has the questions
  const screening = screeningOf(input, prepared, figuresOf("screening"));
  const respondentCount = respondentCountOf(prepared, figuresOf("respondents"));

  return {
    questionnaire: {
      announcement: questionnaire.announcement,
      key: questionnaire.key,
      audience: questionnaire.audience,
      version: questionnaire.version,
      title: questionnaire.title,
    },
    respondentCount,
    responses: included,
    skipped,
    sections,
    ...(screening ? { screening } : {}),
    notes,
  };
}

/**
 * The sources (response ids) of the figure at `address` in the report `aggregateReport(input, { sources: "refs" })`
 * gives: only the part of the report that made the figure is made again. Undefined when that report has no such
 * figure. Pure, like aggregateReport: for the same input the address names the same figure.
 * @throws ZodError when the screening thresholds are invalid (negative or not finite)
 */
export function reportFigureSources(input: AggregateReportInput, address: FigureAddress): string[] | undefined {
  const { questionnaire } = input;
  if (address.audience !== questionnaire.audience) return undefined;
  const { prepared } = prepare(input, () => {});
  const capture: { n: number; found?: number[] } = { n: address.n };
  const figures = referringFigures({ audience: address.audience, part: address.part }, new PositionSet(prepared.length), capture);
  if (address.part === "respondents") respondentCountOf(prepared, figures);
  else if (address.part === "screening") screeningOf(input, prepared, figures);
  else {
    const question = listQuestions(questionnaire)[address.part];
    if (question !== undefined) aggregateItem(question, prepared, () => {}, figures);
  }
  return capture.found?.map((p) => prepared[p]!.ref.responseId);
}

/** Every response carried to the report's version (at its position in `prepared`), or skipped with a reason. */
function prepare(input: AggregateReportInput, note: (n: ReportNote) => void): { prepared: PreparedResponse[]; included: IncludedResponse[]; skipped: SkippedResponse[] } {
  const prepared: PreparedResponse[] = [];
  const included: IncludedResponse[] = [];
  const skipped: SkippedResponse[] = [];
  for (const response of input.responses) {
    const ref = responseRef(response);
    const carried = carryToVersion(response, ref, input, note);
    if ("skip" in carried) {
      skipped.push({ ...ref, questionnaireVersion: response.questionnaireVersion, reason: carried.skip });
      continue;
    }
    prepared.push({ ref, index: prepared.length, answers: carried.answers });
    included.push({
      ...ref,
      answeredVersion: response.questionnaireVersion,
      migrated: response.questionnaireVersion !== input.questionnaire.version,
      ...(response.submittedAt !== undefined ? { submittedAt: response.submittedAt } : {}),
    });
  }
  noteDuplicateRespondents(prepared, note);
  return { prepared, included, skipped };
}

/** Distinct respondents, from every included response. */
function respondentCountOf<F extends AnyFigure>(prepared: PreparedResponse[], figures: FigureMaker<F>): F {
  return figures.make(
    new Set(prepared.map((p) => p.ref.respondentId)).size,
    prepared.map((p) => p.index),
  );
}

/** Every response screened, when asked for and the questionnaire has the screening questions. */
function screeningOf<F extends AnyFigure>(input: AggregateReportInput, prepared: PreparedResponse[], figures: FigureMaker<F>): ReportScreening<F> | undefined {
  const { questionnaire } = input;
  if (!input.screening) return undefined;
  const thresholds = resolveScreeningThresholds(input.screening.thresholds);
  if (!hasScreeningQuestions(questionnaire)) return undefined;
  const screen = offerScreener({ questionnaire, competences: input.screening.competences, thresholds });
  const offers = prepared.map(({ ref, answers }) => ({ respondent: ref, result: screen(answers) }));
  const verdicts = Object.fromEntries(
    screeningVerdicts.map((verdict) => [verdict, figures.count(prepared.filter((_, i) => offers[i]!.result.verdict === verdict).map((p) => p.index))]),
  ) as ReportScreening<F>["verdicts"];
  return { thresholds, offers, verdicts };
}

function responseRef(response: SubmittedResponse): ReportResponseRef {
  return {
    responseId: response.id,
    respondentId: response.respondent.id,
    respondentName: response.respondent.name,
    ...(response.respondent.kommuneCode !== undefined ? { kommuneCode: response.respondent.kommuneCode } : {}),
  };
}

const dropReasons: Record<DropReason, LocalizedText> = {
  removed: { da: "spørgsmålet findes ikke længere.", en: "the question no longer exists." },
  "type-changed": { da: "spørgsmålet tager nu en anden slags svar.", en: "the question now takes another kind of answer." },
  "choice-removed": { da: "svarmuligheden findes ikke længere.", en: "the choice no longer exists." },
  "column-removed": { da: "kolonnen eller delspørgsmålet findes ikke længere.", en: "the column or item no longer exists." },
};

type Carried = { answers: PreparedResponse["answers"] } | { skip: LocalizedText };

function carryToVersion(
  response: SubmittedResponse,
  ref: ReportResponseRef,
  input: AggregateReportInput,
  note: (n: ReportNote) => void,
): Carried {
  const target = input.questionnaire;
  const version = response.questionnaireVersion;
  if (version === target.version) return { answers: response.answers };
  const from = input.earlierVersions?.find((v) => v.version === version && v.key === target.key && v.announcement === target.announcement);
  if (!from) {
    return {
      skip: {
        da: `Besvarelsen er givet på version ${version} af spørgeskemaet, som ikke er blandt de tidligere versioner, rapporten kan overføre fra (rapporten bygger på version ${target.version}). Den er ikke medtaget.`,
        en: `The response was given on version ${version} of the questionnaire, which is not among the earlier versions the report can carry answers from (the report is built on version ${target.version}). It is not included.`,
      },
    };
  }
  let migrated: ReturnType<typeof migrateAnswers>;
  try {
    migrated = migrateAnswers(from, target, response.answers);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      skip: {
        da: `Svarene kunne ikke overføres fra version ${version} til ${target.version}: ${message}. Besvarelsen er ikke medtaget.`,
        en: `The answers could not be carried from version ${version} to ${target.version}: ${message}. The response is not included.`,
      },
    };
  }
  for (const dropped of migrated.dropped) {
    const why = dropReasons[dropped.reason] ?? { da: dropped.reason, en: dropped.reason };
    note({
      kind: "dropped-by-migration",
      responseId: ref.responseId,
      question: dropped.question,
      value: dropped.value,
      message: {
        da: `Svaret på "${dropped.question}" fra ${ref.respondentName} (${ref.responseId}) er ikke overført fra version ${version} til ${target.version}: ${why.da}`,
        en: `The answer to "${dropped.question}" from ${ref.respondentName} (${ref.responseId}) was not carried from version ${version} to ${target.version}: ${why.en}`,
      },
    });
  }
  return { answers: migrated.answers };
}

function noteDuplicateRespondents(prepared: PreparedResponse[], note: (n: ReportNote) => void): void {
  const byRespondent = new Map<string, PreparedResponse[]>();
  for (const p of prepared) byRespondent.set(p.ref.respondentId, [...(byRespondent.get(p.ref.respondentId) ?? []), p]);
  for (const [respondentId, responses] of byRespondent) {
    if (responses.length < 2) continue;
    const ids = responses.map((r) => r.ref.responseId).join(", ");
    const name = responses[0]!.ref.respondentName;
    note({
      kind: "duplicate-respondent",
      value: responses.map((r) => r.ref.responseId),
      message: {
        da: `${name} (${respondentId}) har ${responses.length} besvarelser (${ids}); alle er talt med.`,
        en: `${name} (${respondentId}) has ${responses.length} responses (${ids}); all are counted.`,
      },
    });
  }
}
