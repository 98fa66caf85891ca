import { z } from "zod";
import type { Competence } from "./announcement.js";
import { isRecord } from "./json-value.js";
import type { Locale, LocalizedText } from "./localized-text.js";
import type { Answers, ScreeningRole } from "./question-meta.js";
import type { QuestionnaireVersion } from "./questionnaire.js";
import { listQuestions, type ListedQuestion } from "./list-questions.js";
import { answerNumber, formatNumber, isUnanswered, joinList, quoteValue } from "./report-text.js";

/**
 * The screening model for a highly specialised offer (the national board's guidance to the announcement of 26 November 2019, "Figur 1: Screeningsmodel"): four core criteria
 * in order – citizen flow, several staff, experience, competences. An offer meeting all four can be judged
 * highly specialised.
 *
 * The thresholds are the secretariat's to set. Only the flow figure comes from the source (at least 3 citizens of
 * the target group every year). For staff the source says "flere medarbejdere" (several staff), read here as at
 * least 2; for experience it says "en vis erfaring" (some experience) and no public source gives a number, so the
 * default of 2 years is a placeholder the secretariat should confirm or change.
 */
export const ScreeningThresholdsSchema = z.strictObject({
  /** citizens of the target group the offer must serve in every reported year (the guidance says 3) */
  minCitizensPerYear: z.number().nonnegative(),
  /** staff taking part in the effort for the target group ("flere medarbejdere": 2) */
  minStaff: z.number().nonnegative(),
  /** the staff's years of experience with the target group (no source; default 2) */
  minExperienceYears: z.number().nonnegative(),
});
export type ScreeningThresholds = z.infer<typeof ScreeningThresholdsSchema>;

export const defaultScreeningThresholds: Readonly<ScreeningThresholds> = Object.freeze({
  minCitizensPerYear: 3,
  minStaff: 2,
  minExperienceYears: 2,
});

export const screeningCriteria = ["flow", "staff", "experience", "competences"] as const satisfies readonly ScreeningRole[];
export type ScreeningCriterion = (typeof screeningCriteria)[number];

export const criterionStatuses = ["met", "not-met", "not-answered"] as const;
export type CriterionStatus = (typeof criterionStatuses)[number];

export const screeningVerdicts = ["highly-specialised", "not-highly-specialised", "incomplete"] as const;
export type ScreeningVerdict = (typeof screeningVerdicts)[number];

export interface CriterionResult {
  criterion: ScreeningCriterion;
  status: CriterionStatus;
  reason: LocalizedText;
  /** the answer judged: flow `{ year: citizens }`, staff and experience a number, competences `{ id: presence }` */
  value?: unknown;
  /** the question that was asked, when the questionnaire has one */
  question?: string;
}

export interface ScreeningResult {
  verdict: ScreeningVerdict;
  /** the four criteria in the seed's order */
  criteria: CriterionResult[];
  summary: LocalizedText;
  /** the thresholds the offer was judged by (defaults merged with the secretariat's settings) */
  thresholds: ScreeningThresholds;
}

export interface ScreenOfferInput {
  questionnaire: QuestionnaireVersion;
  answers: Answers;
  /** the announcement's competences (criterion 4) */
  competences: Competence[];
  thresholds?: Partial<ScreeningThresholds>;
}

/**
 * Merges the secretariat's settings into the defaults. Keys left undefined keep the default.
 * @throws ZodError when a threshold is negative, not finite or unknown
 */
export function resolveScreeningThresholds(thresholds: Partial<ScreeningThresholds> = {}): ScreeningThresholds {
  const given = Object.fromEntries(Object.entries(thresholds).filter(([, value]) => value !== undefined));
  return ScreeningThresholdsSchema.parse({ ...defaultScreeningThresholds, ...given });
}

/** Judges one offer's answers by the four criteria of the screening model. */
export function screenOffer(input: ScreenOfferInput): ScreeningResult {
  return offerScreener(input)(input.answers);
}

/**
 * screenOffer for many offers of one questionnaire: the thresholds are checked and the questions found once, and
 * each call screens one offer's answers.
 * @throws ZodError when a threshold is negative, not finite or unknown
 */
export function offerScreener(input: Omit<ScreenOfferInput, "answers">): (answers: Answers) => ScreeningResult {
  const thresholds = resolveScreeningThresholds(input.thresholds);
  const questions = listQuestions(input.questionnaire);
  const byRole = (role: ScreeningRole) => questions.find((question) => question.meta.screening === role);
  const flow = byRole("flow");
  const staff = byRole("staff");
  const experience = byRole("experience");
  const competences = byRole("competences");
  return (answers) => {
    const criteria: CriterionResult[] = [
      judgeFlow(flow, answers, thresholds.minCitizensPerYear),
      judgeStaff(staff, answers, thresholds.minStaff),
      judgeExperience(experience, answers, thresholds.minExperienceYears),
      judgeCompetences(competences, answers, input.competences),
    ];
    const verdict: ScreeningVerdict = criteria.every((c) => c.status === "met")
      ? "highly-specialised"
      : criteria.some((c) => c.status === "not-met")
        ? "not-highly-specialised"
        : "incomplete";
    return { verdict, criteria, summary: summarise(verdict, criteria), thresholds };
  };
}

// ——— the criteria ———

const criterionNames: Record<ScreeningCriterion, LocalizedText> = {
  flow: { da: "borgerflow", en: "citizen flow" },
  staff: { da: "flere medarbejdere", en: "several staff" },
  experience: { da: "erfaring med målgruppen", en: "experience with the target group" },
  competences: { da: "kompetencer", en: "competences" },
};

const notAsked: Record<ScreeningCriterion, LocalizedText> = {
  flow: {
    da: "Spørgeskemaet spørger ikke om borgerflow (antal borgere i målgruppen pr. år).",
    en: "The questionnaire does not ask about citizen flow (citizens of the target group per year).",
  },
  staff: {
    da: "Spørgeskemaet spørger ikke om antal medarbejdere i indsatsen.",
    en: "The questionnaire does not ask about the number of staff in the effort.",
  },
  experience: {
    da: "Spørgeskemaet spørger ikke om medarbejdernes erfaring med målgruppen.",
    en: "The questionnaire does not ask about the staff's experience with the target group.",
  },
  competences: {
    da: "Spørgeskemaet spørger ikke om kompetencerne i indsatsen.",
    en: "The questionnaire does not ask about the competences in the effort.",
  },
};

const both = (make: (locale: Locale) => string): LocalizedText => ({ da: make("da"), en: make("en") });
const n = formatNumber;

function citizens(count: number, locale: Locale): string {
  if (locale === "da") return `${n(count, locale)} ${count === 1 ? "borger" : "borgere"}`;
  return `${n(count, locale)} ${count === 1 ? "citizen" : "citizens"}`;
}

function judgeFlow(question: ListedQuestion | undefined, answers: Answers, min: number): CriterionResult {
  if (!question) return { criterion: "flow", status: "not-answered", reason: notAsked.flow };
  const raw = answers[question.name];
  const record = isRecord(raw) ? raw : {};
  const years = yearItems(question, record);
  const reported: { year: string; count: number }[] = [];
  const missing: string[] = [];
  const junk: { year: string; value: unknown }[] = [];
  for (const year of years) {
    const value = record[year];
    const count = answerNumber(value);
    if (count !== undefined) reported.push({ year, count });
    else {
      missing.push(year);
      if (!isUnanswered(value)) junk.push({ year, value });
    }
  }
  const junkText = (locale: Locale) =>
    junk.map(({ year, value }) =>
      locale === "da" ? ` Svaret for ${year} (${quoteValue(value)}) er ikke et tal.` : ` The answer for ${year} (${quoteValue(value)}) is not a number.`,
    ).join("");
  const base = { criterion: "flow" as const, question: question.name };
  if (reported.length === 0) {
    const reason = both((locale) => {
      const head =
        years.length === 0
          ? locale === "da" ? "Borgerflowet er ikke besvaret." : "Citizen flow is not answered."
          : locale === "da"
            ? `Borgerflowet er ikke besvaret for nogen af årene ${joinList(years, locale)}.`
            : `Citizen flow is not answered for any of the years ${joinList(years, locale)}.`;
      return head + junkText(locale);
    });
    return { ...base, status: "not-answered", reason };
  }
  const value = Object.fromEntries(reported.map(({ year, count }) => [year, count]));
  const below = reported.filter(({ count }) => count < min);
  const shown = below.length > 0 ? below : reported;
  const served = (locale: Locale) =>
    joinList(
      shown.map(({ year, count }, i) => `${i === 0 ? citizens(count, locale) : n(count, locale)} ${locale === "da" ? "i" : "in"} ${year}`),
      locale,
    );
  const rule = (locale: Locale) =>
    locale === "da" ? `kriteriet er mindst ${n(min, locale)} hvert år.` : `the criterion is at least ${n(min, locale)} every year.`;
  const missingText = (locale: Locale) =>
    missing.length === 0
      ? ""
      : locale === "da"
        ? ` Ikke besvaret for ${joinList(missing, locale)}; vurderet på de besvarede år.`
        : ` No answer for ${joinList(missing, locale)}; judged on the years answered.`;
  const reason = both((locale) =>
    (locale === "da" ? `Tilbuddet har haft ${served(locale)}; ` : `The offer served ${served(locale)}; `) + rule(locale) + missingText(locale) + junkText(locale),
  );
  return { ...base, status: below.length > 0 ? "not-met" : "met", reason, value };
}

/** The years of a flow question: its items' names, or – for a question without items – the answer's keys. */
function yearItems(question: ListedQuestion, record: Record<string, unknown>): string[] {
  const items = question.element.items;
  if (Array.isArray(items) && items.length > 0) {
    return items.flatMap((item) =>
      typeof item === "string" ? [item] : isRecord(item) && typeof item.name === "string" ? [item.name] : [],
    );
  }
  return Object.keys(record).sort();
}

interface NumberCriterionTexts {
  notAnswered: LocalizedText;
  notANumber: (value: unknown, locale: Locale) => string;
  judged: (value: number, min: number, locale: Locale) => string;
}

function judgeNumber(
  criterion: "staff" | "experience",
  texts: NumberCriterionTexts,
  question: ListedQuestion | undefined,
  answers: Answers,
  min: number,
): CriterionResult {
  if (!question) return { criterion, status: "not-answered", reason: notAsked[criterion] };
  const raw = answers[question.name];
  const base = { criterion, question: question.name };
  if (isUnanswered(raw)) return { ...base, status: "not-answered", reason: texts.notAnswered };
  const value = answerNumber(raw);
  if (value === undefined) return { ...base, status: "not-answered", reason: both((locale) => texts.notANumber(raw, locale)), value: raw };
  return { ...base, status: value >= min ? "met" : "not-met", reason: both((locale) => texts.judged(value, min, locale)), value };
}

const judgeStaff = (question: ListedQuestion | undefined, answers: Answers, min: number) =>
  judgeNumber(
    "staff",
    {
      notAnswered: { da: "Antal medarbejdere i indsatsen er ikke besvaret.", en: "The number of staff in the effort is not answered." },
      notANumber: (value, locale) =>
        locale === "da"
          ? `Svaret om antal medarbejdere (${quoteValue(value)}) er ikke et tal.`
          : `The answer on the number of staff (${quoteValue(value)}) is not a number.`,
      judged: (value, min, locale) =>
        locale === "da"
          ? `${n(value, locale)} ${value === 1 ? "medarbejder indgår" : "medarbejdere indgår"} i indsatsen; kriteriet er mindst ${n(min, locale)} (flere medarbejdere).`
          : `${n(value, locale)} ${value === 1 ? "staff member takes" : "staff take"} part in the effort; the criterion is at least ${n(min, locale)} (several staff).`,
    },
    question,
    answers,
    min,
  );

const judgeExperience = (question: ListedQuestion | undefined, answers: Answers, min: number) =>
  judgeNumber(
    "experience",
    {
      notAnswered: {
        da: "Medarbejdernes erfaring med målgruppen er ikke besvaret.",
        en: "The staff's experience with the target group is not answered.",
      },
      notANumber: (value, locale) =>
        locale === "da"
          ? `Svaret om medarbejdernes erfaring (${quoteValue(value)}) er ikke et tal.`
          : `The answer on the staff's experience (${quoteValue(value)}) is not a number.`,
      judged: (value, min, locale) =>
        locale === "da"
          ? `Medarbejderne har ${n(value, locale)} års erfaring med målgruppen; kriteriet er mindst ${n(min, locale)} år.`
          : `The staff have ${n(value, locale)} ${value === 1 ? "year" : "years"} of experience with the target group; the criterion is at least ${n(min, locale)} ${min === 1 ? "year" : "years"}.`,
    },
    question,
    answers,
    min,
  );

function judgeCompetences(question: ListedQuestion | undefined, answers: Answers, competences: Competence[]): CriterionResult {
  if (!question) return { criterion: "competences", status: "not-answered", reason: notAsked.competences };
  const base = { criterion: "competences" as const, question: question.name };
  if (competences.length === 0) {
    return {
      ...base,
      status: "not-answered",
      reason: {
        da: "Udmeldingen angiver ingen særlige kompetencer at screene efter.",
        en: "The announcement names no special competences to screen for.",
      },
    };
  }
  const raw = answers[question.name];
  const record = isRecord(raw) ? raw : {};
  const rows = matrixRowValues(question);
  const internal: Competence[] = [];
  const external: Competence[] = [];
  const absent: Competence[] = [];
  const unanswered: Competence[] = [];
  const notInQuestionnaire: Competence[] = [];
  const invalid: { competence: Competence; value: unknown }[] = [];
  const value: Record<string, unknown> = {};
  for (const competence of competences) {
    const answer = record[competence.id];
    if (!isUnanswered(answer)) value[competence.id] = answer;
    if (answer === "internal") internal.push(competence);
    else if (answer === "external") external.push(competence);
    else if (answer === "absent") absent.push(competence);
    else if (!isUnanswered(answer)) invalid.push({ competence, value: answer });
    else if (rows !== undefined && !rows.includes(competence.id)) notInQuestionnaire.push(competence);
    else unanswered.push(competence);
  }
  const titles = (list: Competence[], locale: Locale) => joinList(list.map((c) => c.title[locale]), locale);
  const gaps = (locale: Locale) =>
    [
      unanswered.length === 0 ? "" : locale === "da" ? ` Ikke besvaret: ${titles(unanswered, locale)}.` : ` Not answered: ${titles(unanswered, locale)}.`,
      notInQuestionnaire.length === 0
        ? ""
        : locale === "da"
          ? ` Spørgeskemaet spørger ikke om: ${titles(notInQuestionnaire, locale)}.`
          : ` The questionnaire does not ask about: ${titles(notInQuestionnaire, locale)}.`,
      ...invalid.map(({ competence, value }) =>
        locale === "da"
          ? ` Svaret for ${competence.title.da} (${quoteValue(value)}) er hverken internt, eksternt eller ikke til stede.`
          : ` The answer for ${competence.title.en} (${quoteValue(value)}) is neither internal, external nor absent.`,
      ),
    ].join("");
  const rule = (locale: Locale) =>
    locale === "da"
      ? "kriteriet er, at alle kompetencer fra udmeldingen indgår i indsatsen, internt eller eksternt."
      : "the criterion is that every competence of the announcement takes part in the effort, internally or externally.";
  const answeredAny = internal.length + external.length + absent.length + invalid.length > 0;
  if (!answeredAny) {
    return {
      ...base,
      status: "not-answered",
      reason: both((locale) => (locale === "da" ? "Kompetencerne er ikke besvaret." : "The competences are not answered.") + gaps(locale)),
    };
  }
  if (absent.length > 0) {
    const reason = both((locale) =>
      locale === "da"
        ? `${absent.length === 1 ? "Kompetencen" : "Kompetencerne"} ${titles(absent, locale)} er ikke til stede; ${rule(locale)}${gaps(locale)}`
        : `The ${absent.length === 1 ? "competence" : "competences"} ${titles(absent, locale)} ${absent.length === 1 ? "is" : "are"} absent; ${rule(locale)}${gaps(locale)}`,
    );
    return { ...base, status: "not-met", reason, value };
  }
  const present = internal.length + external.length;
  const split = (locale: Locale) =>
    locale === "da"
      ? `${n(internal.length, locale)} internt og ${n(external.length, locale)} eksternt`
      : `${n(internal.length, locale)} internally and ${n(external.length, locale)} externally`;
  if (present < competences.length) {
    const reason = both((locale) =>
      (locale === "da"
        ? `${n(present, locale)} af ${n(competences.length, locale)} kompetencer indgår (${split(locale)}); resten kan ikke vurderes.`
        : `${n(present, locale)} of ${n(competences.length, locale)} competences take part (${split(locale)}); the rest cannot be judged.`) + gaps(locale),
    );
    return { ...base, status: "not-answered", reason, value };
  }
  const reason = both((locale) =>
    locale === "da"
      ? `Alle ${n(present, locale)} kompetencer fra udmeldingen indgår i indsatsen: ${split(locale)}.`
      : `All ${n(present, locale)} competences of the announcement take part in the effort: ${split(locale)}.`,
  );
  return { ...base, status: "met", reason, value };
}

/** The row values of a matrix question, or undefined when it defines none. */
function matrixRowValues(question: ListedQuestion): string[] | undefined {
  const rows = question.element.rows;
  if (!Array.isArray(rows) || rows.length === 0) return undefined;
  return rows.flatMap((row) =>
    typeof row === "string" ? [row] : isRecord(row) && "value" in row ? [String(row.value)] : [],
  );
}

function summarise(verdict: ScreeningVerdict, criteria: CriterionResult[]): LocalizedText {
  const named = (status: CriterionStatus, locale: Locale) =>
    joinList(criteria.filter((c) => c.status === status).map((c) => criterionNames[c.criterion][locale]), locale);
  const unanswered = criteria.some((c) => c.status === "not-answered");
  const notMet = criteria.filter((c) => c.status === "not-met").length;
  switch (verdict) {
    case "highly-specialised":
      return {
        da: "Tilbuddet opfylder alle fire kriterier i screeningsmodellen og kan vurderes som højt specialiseret.",
        en: "The offer meets all four criteria of the screening model and can be judged highly specialised.",
      };
    case "not-highly-specialised":
      return both((locale) =>
        locale === "da"
          ? `Tilbuddet opfylder ikke ${notMet === 1 ? "kriteriet" : "kriterierne"} om ${named("not-met", locale)} og kan derfor ikke vurderes som højt specialiseret.${unanswered ? ` Ikke besvaret: ${named("not-answered", locale)}.` : ""}`
          : `The offer does not meet the ${notMet === 1 ? "criterion" : "criteria"} of ${named("not-met", locale)} and so cannot be judged highly specialised.${unanswered ? ` Not answered: ${named("not-answered", locale)}.` : ""}`,
      );
    case "incomplete":
      return both((locale) =>
        locale === "da"
          ? `Screeningen kan ikke afsluttes: ${named("not-answered", locale)} er ikke besvaret.${criteria.some((c) => c.status === "met") ? ` Opfyldt: ${named("met", locale)}.` : ""}`
          : `The screening cannot be completed: ${named("not-answered", locale)} not answered.${criteria.some((c) => c.status === "met") ? ` Met: ${named("met", locale)}.` : ""}`,
      );
  }
}

/** Used by the report to tell whether a questionnaire takes part in screening at all. */
export function hasScreeningQuestions(questionnaire: QuestionnaireVersion): boolean {
  return listQuestions(questionnaire).some((question) => question.meta.screening !== undefined);
}

