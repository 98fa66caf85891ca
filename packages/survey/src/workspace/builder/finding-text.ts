import type { Locale } from "@afrapport/schema";

// The findings of validateQuestionnaire and the notes of importSurveyJson (and of copying a draft to a new
// announcement) in plain words for the element's panel. Their `message` is English for developers; here each code
// gets a sentence of its own, and the path says which part of the element it concerns ("Valgmulighed 3: …").

export interface FindingLike {
  path: string;
  code: string;
  message: string;
}

interface Words {
  /** "Valgmulighed 3", "Kolonne 2, valgmulighed 1" */
  part: Record<string, string>;
  /** the definite noun of a property: "titlen", "betingelsen for at vise det" */
  property: Record<string, string>;
  otherText: (key: string) => string;
  /** what a path without a property concerns: an element, a part of it, the questionnaire */
  element: string;
  part0: string;
  questionnaire: string;
  codes: Record<FindingCode, (context: Context) => string>;
  aggregationNeeds: Record<string, string>;
  screeningNeeds: Record<string, string>;
}

interface Context {
  finding: FindingLike;
  /** the property's noun, definite: "titlen" */
  what: string;
  /** the last key of the path: "aggregation", "visibleIf" */
  key: string;
  /** the first quoted word of the message, e.g. the name an element was given */
  quoted: string | undefined;
}

/** Every code validateQuestionnaire, questionnaireFromDraft, importSurveyJson and the copy to a new announcement produce. */
export const findingCodes = [
  // validateQuestionnaire and questionnaireFromDraft
  "invalid-structure",
  "unknown-property",
  "unknown-type",
  "missing-property",
  "survey-json",
  "survey-load-failed",
  "duplicate-name",
  "duplicate-choice",
  "missing-name",
  "invalid-expression",
  "unknown-reference",
  "not-localized",
  "missing-da",
  "missing-en",
  "missing-aggregation",
  "unknown-aggregation",
  "aggregation-mismatch",
  "unexpected-aggregation",
  "missing-report-section",
  "unknown-report-section",
  "invalid-previous-names",
  "unknown-screening",
  "duplicate-screening",
  "screening-not-offer",
  "screening-mismatch",
  "internal-error",
  // importSurveyJson: notes and errors
  "wrapped-in-page",
  "ignored-by-surveyjs",
  "legacy-questions",
  "named",
  "title-from-name",
  "missing-translation",
  "dropped-locales",
  "inferred-aggregation",
  "no-aggregation",
  "default-report-section",
  "moved-to-draft",
  "missing-title",
  "dropped-locale-setting",
  "empty-survey",
  "assumed-audience",
  "invalid-json",
  "not-a-survey",
  // copying a draft to a new announcement (server)
  "no-competences-question",
  "competence-rows-reordered",
  "competence-row-removed",
  "competence-row-added",
] as const;
export type FindingCode = (typeof findingCodes)[number];

const capitalize = (text: string) => (text === "" ? text : text[0]!.toUpperCase() + text.slice(1));

const da: Words = {
  part: {
    choices: "Valgmulighed",
    rows: "Række",
    columns: "Kolonne",
    items: "Punkt",
    validators: "Valideringsregel",
    reportSections: "Rapportafsnit",
    calculatedValues: "Beregnet værdi",
    triggers: "Handling",
    rateValues: "Skalatrin",
  },
  property: {
    title: "titlen",
    description: "beskrivelsen",
    text: "teksten",
    html: "teksten",
    labelTrue: "teksten for »ja«",
    labelFalse: "teksten for »nej«",
    placeholder: "pladsholderteksten",
    requiredErrorText: "beskeden, når svaret mangler",
    otherText: "teksten for »Andet«",
    otherPlaceholder: "pladsholderteksten for »Andet«",
    noneText: "teksten for »Ingen«",
    addRowText: "teksten på knappen, der tilføjer en række",
    removeRowText: "teksten på knappen, der fjerner en række",
    panelAddText: "teksten på knappen, der tilføjer en gruppe",
    panelRemoveText: "teksten på knappen, der fjerner en gruppe",
    templateTitle: "titlen på hver gruppe",
    visibleIf: "betingelsen for at vise det",
    enableIf: "betingelsen for at kunne udfylde det",
    requiredIf: "betingelsen for at svaret er påkrævet",
    expression: "udtrykket",
    defaultValueExpression: "udtrykket for standardværdien",
    choicesVisibleIf: "betingelsen for at vise valgmulighederne",
    choicesEnableIf: "betingelsen for at kunne vælge valgmulighederne",
    name: "navnet",
    type: "typen",
    aggregation: "opsamlingen i den fælles rapport",
    reportSection: "rapportafsnittet",
    screening: "screeningsrollen",
    previousNames: "de tidligere navne",
    audience: "målgruppen",
  },
  otherText: (key) => `egenskaben »${key}«`,
  element: "elementet",
  part0: "teksten",
  questionnaire: "spørgeskemaet",
  aggregationNeeds: {
    sum: "Summering kræver et talspørgsmål.",
    sumPerYear: "Summering pr. år kræver et spørgsmål med flere felter, ét pr. årstal (fx 2024), alle som tal.",
    offerList: "En liste over tilbud kræver en dynamisk matrix med kolonnerne »name« og »operator«.",
    choiceCounts: "Optælling af svar kræver et valgspørgsmål (fx enkeltvalg, flervalg, rulleliste, ja/nej eller matrix).",
    texts: "Samling af tekster kræver et tekst- eller kommentarspørgsmål.",
    files: "Samling af filer kræver et filspørgsmål.",
  },
  screeningNeeds: {
    flow: "Rollen »borgere pr. år« kræver et spørgsmål med flere felter, ét pr. årstal (fx 2024), alle som tal.",
    staff: "Rollen »antal medarbejdere« kræver et talspørgsmål.",
    experience: "Rollen »års erfaring« kræver et talspørgsmål.",
    competences: "Rollen »kompetencer« kræver en matrix med kolonneværdierne internal, external og absent.",
  },
  codes: {
    "invalid-structure": ({ what }) => `${capitalize(what)} har ikke den form, der kræves.`,
    "unknown-property": ({ key, finding }) =>
      finding.message.includes("Kept as it was") ? `Egenskaben »${key}« kendes ikke af SurveyJS; den er bevaret, men bruges ikke.` : `Egenskaben »${key}« kendes ikke.`,
    "unknown-type": () => "Elementets type kendes ikke; det vises ikke for den, der svarer.",
    "missing-property": ({ key }) => `Egenskaben »${key}« mangler.`,
    "survey-json": () => "SurveyJS kan ikke læse denne del af spørgeskemaet.",
    "survey-load-failed": () => "SurveyJS kan ikke indlæse spørgeskemaet.",
    "duplicate-name": () => "Navnet er allerede brugt. Vælg et andet.",
    "duplicate-choice": () => "Værdien er allerede brugt af en anden valgmulighed.",
    "missing-name": () => "Navnet mangler.",
    "invalid-expression": ({ what }) => `${capitalize(what)} kan ikke læses. Ret udtrykket, eller vælg betingelsen igen.`,
    "unknown-reference": ({ what, finding }) => {
      const variable = /^\{([^}]*)\}/.exec(finding.message)?.[1];
      const named = variable === undefined ? "et spørgsmål" : `»${variable}«`;
      return finding.message.includes("refers to no question")
        ? `${capitalize(what)} henviser til ${named}, som ikke findes i spørgeskemaet.`
        : `${capitalize(what)} henviser til ${named}, som ikke kan bruges her.`;
    },
    "not-localized": ({ what }) => `${capitalize(what)} er ikke skrevet på både dansk og engelsk.`,
    "missing-da": ({ what }) => `${capitalize(what)} mangler på dansk.`,
    "missing-en": ({ what }) => `${capitalize(what)} mangler på engelsk.`,
    "missing-aggregation": () => "Vælg, hvordan svarene samles i den fælles rapport.",
    "unknown-aggregation": () => "Den valgte opsamling findes ikke. Vælg en anden.",
    "aggregation-mismatch": ({ finding }) => da.aggregationNeeds[/"(\w+)"/.exec(finding.message)?.[1] ?? ""] ?? "Opsamlingen passer ikke til spørgsmålets type. Vælg en anden.",
    "unexpected-aggregation": () => "Et element uden svar indgår ikke i den fælles rapport og har ingen opsamling.",
    "missing-report-section": () => "Vælg det afsnit i den fælles rapport, som spørgsmålet hører til.",
    "unknown-report-section": ({ finding }) =>
      finding.message.includes("the question feeds")
        ? "Rapportafsnittet fandtes ikke i kladden; spørgsmålet hører nu til standardafsnittet."
        : "Rapportafsnittet findes ikke i spørgeskemaet. Vælg et andet.",
    "invalid-previous-names": () => "De tidligere navne skal være en liste af navne.",
    "unknown-screening": () => "Screeningsrollen findes ikke. Vælg en anden.",
    "duplicate-screening": () => "Screeningsrollen er allerede givet til et andet spørgsmål.",
    "screening-not-offer": () => "Screeningsroller hører kun til tilbuddenes spørgeskemaer.",
    "screening-mismatch": ({ finding }) => da.screeningNeeds[/"(\w+)"/.exec(finding.message)?.[1] ?? ""] ?? "Screeningsrollen passer ikke til spørgsmålets type.",
    "internal-error": () => "Afrapport kunne ikke kontrollere spørgeskemaet på grund af en fejl. Prøv igen, og kontakt support, hvis fejlen bliver ved.",
    "wrapped-in-page": () => "Spørgsmålene lå uden for en side og er sat på én side.",
    "ignored-by-surveyjs": () => "SurveyJS læste ikke denne del, så den er ikke taget med.",
    "legacy-questions": () => "Den gamle skrivemåde »questions« er ændret til »elements«.",
    named: ({ quoted }) => (quoted === undefined ? "Elementet havde intet navn og har fået et." : `Elementet havde intet navn og hedder nu »${quoted}«.`),
    "title-from-name": () => "Titlen manglede, så navnet er brugt som titel. Skriv en rigtig titel.",
    "missing-translation": ({ finding }) => (finding.message.startsWith("no English") ? "Nogle tekster mangler på engelsk." : "Nogle tekster mangler på dansk."),
    "dropped-locales": () => "Tekster på andre sprog end dansk og engelsk er ikke taget med.",
    "inferred-aggregation": () => "Opsamlingen i den fælles rapport er valgt ud fra spørgsmålets type. Tjek, at den passer.",
    "no-aggregation": () => "Spørgsmålet indgår ikke i den fælles rapport, for ingen opsamling passer til dets type.",
    "default-report-section": () => "Spørgsmål uden rapportafsnit hører nu til standardafsnittet. Flyt dem efter behov.",
    "moved-to-draft": ({ key }) => (key === "description" ? "Undersøgelsens beskrivelse er nu spørgeskemaets beskrivelse." : "Undersøgelsens titel er nu spørgeskemaets titel."),
    "missing-title": () => "Spørgeskemaet har ingen titel. Giv det en.",
    "dropped-locale-setting": () => "Undersøgelsens sprogindstilling er ikke taget med: Afrapport viser dansk først og engelsk efter ønske.",
    "empty-survey": () => "Undersøgelsen havde ingen sider eller spørgsmål, så kladden starter med en tom side.",
    "assumed-audience": () => "Spørgeskemaet er sat til kommunerne. Skift målgruppe, hvis det er til tilbuddene.",
    "invalid-json": () => "Indholdet er ikke gyldig JSON.",
    "not-a-survey": () => "Indholdet er ikke et SurveyJS-spørgeskema.",
    "no-competences-question": () => "Tilbuddenes spørgeskema har ingen matrix med rollen »kompetencer«, så kriterium 4 kan ikke vurderes.",
    "competence-rows-reordered": () => "Rækkerne står nu i samme rækkefølge som udmeldingens kompetencer.",
    "competence-row-removed": ({ quoted }) => `Rækken${quoted === undefined ? "" : ` »${quoted}«`} er fjernet, fordi den ikke er en kompetence i den nye udmelding.`,
    "competence-row-added": ({ quoted }) => `Rækken${quoted === undefined ? "" : ` »${quoted}«`} er tilføjet for en kompetence i den nye udmelding. Tjek ordlyden.`,
  },
};

const en: Words = {
  part: {
    choices: "Choice",
    rows: "Row",
    columns: "Column",
    items: "Item",
    validators: "Validation rule",
    reportSections: "Report section",
    calculatedValues: "Calculated value",
    triggers: "Trigger",
    rateValues: "Rating step",
  },
  property: {
    title: "the title",
    description: "the description",
    text: "the text",
    html: "the text",
    labelTrue: "the text for “yes”",
    labelFalse: "the text for “no”",
    placeholder: "the placeholder",
    requiredErrorText: "the message when the answer is missing",
    otherText: "the text for “Other”",
    otherPlaceholder: "the placeholder for “Other”",
    noneText: "the text for “None”",
    addRowText: "the text of the button that adds a row",
    removeRowText: "the text of the button that removes a row",
    panelAddText: "the text of the button that adds a group",
    panelRemoveText: "the text of the button that removes a group",
    templateTitle: "the title of each group",
    visibleIf: "the condition for showing it",
    enableIf: "the condition for filling it in",
    requiredIf: "the condition for requiring an answer",
    expression: "the expression",
    defaultValueExpression: "the expression of the default value",
    choicesVisibleIf: "the condition for showing the choices",
    choicesEnableIf: "the condition for choosing the choices",
    name: "the name",
    type: "the type",
    aggregation: "the aggregation in the joint report",
    reportSection: "the report section",
    screening: "the screening role",
    previousNames: "the previous names",
    audience: "the audience",
  },
  otherText: (key) => `the property “${key}”`,
  element: "the element",
  part0: "the text",
  questionnaire: "the questionnaire",
  aggregationNeeds: {
    sum: "A sum needs a number question.",
    sumPerYear: "A sum per year needs a question with several fields, one per year (e.g. 2024), all numbers.",
    offerList: "A list of offers needs a dynamic matrix with the columns “name” and “operator”.",
    choiceCounts: "Counting answers needs a choice question (e.g. single choice, multiple choice, dropdown, yes/no or matrix).",
    texts: "Collecting texts needs a text or comment question.",
    files: "Collecting files needs a file question.",
  },
  screeningNeeds: {
    flow: "The role “citizens per year” needs a question with several fields, one per year (e.g. 2024), all numbers.",
    staff: "The role “number of staff” needs a number question.",
    experience: "The role “years of experience” needs a number question.",
    competences: "The role “competences” needs a matrix with the column values internal, external and absent.",
  },
  codes: {
    "invalid-structure": ({ what }) => `${capitalize(what)} does not have the required form.`,
    "unknown-property": ({ key, finding }) =>
      finding.message.includes("Kept as it was") ? `SurveyJS does not know the property “${key}”; it is kept but not used.` : `The property “${key}” is unknown.`,
    "unknown-type": () => "The element's type is unknown; respondents will not see it.",
    "missing-property": ({ key }) => `The property “${key}” is missing.`,
    "survey-json": () => "SurveyJS cannot read this part of the questionnaire.",
    "survey-load-failed": () => "SurveyJS cannot load the questionnaire.",
    "duplicate-name": () => "The name is already used. Choose another.",
    "duplicate-choice": () => "Another choice already has this value.",
    "missing-name": () => "The name is missing.",
    "invalid-expression": ({ what }) => `${capitalize(what)} cannot be read. Correct the expression or choose the condition again.`,
    "unknown-reference": ({ what, finding }) => {
      const variable = /^\{([^}]*)\}/.exec(finding.message)?.[1];
      const named = variable === undefined ? "a question" : `“${variable}”`;
      return finding.message.includes("refers to no question")
        ? `${capitalize(what)} refers to ${named}, which is not in the questionnaire.`
        : `${capitalize(what)} refers to ${named}, which cannot be used here.`;
    },
    "not-localized": ({ what }) => `${capitalize(what)} is not written in both Danish and English.`,
    "missing-da": ({ what }) => `${capitalize(what)} is missing in Danish.`,
    "missing-en": ({ what }) => `${capitalize(what)} is missing in English.`,
    "missing-aggregation": () => "Choose how the answers are combined in the joint report.",
    "unknown-aggregation": () => "The chosen aggregation does not exist. Choose another.",
    "aggregation-mismatch": ({ finding }) => en.aggregationNeeds[/"(\w+)"/.exec(finding.message)?.[1] ?? ""] ?? "The aggregation does not fit the question's type. Choose another.",
    "unexpected-aggregation": () => "An element without answers is not part of the joint report and has no aggregation.",
    "missing-report-section": () => "Choose the section of the joint report the question belongs to.",
    "unknown-report-section": ({ finding }) =>
      finding.message.includes("the question feeds")
        ? "The report section was not in the draft; the question now belongs to the default section."
        : "The report section is not in the questionnaire. Choose another.",
    "invalid-previous-names": () => "The previous names must be a list of names.",
    "unknown-screening": () => "The screening role does not exist. Choose another.",
    "duplicate-screening": () => "Another question already has this screening role.",
    "screening-not-offer": () => "Screening roles belong only in the offers' questionnaires.",
    "screening-mismatch": ({ finding }) => en.screeningNeeds[/"(\w+)"/.exec(finding.message)?.[1] ?? ""] ?? "The screening role does not fit the question's type.",
    "internal-error": () => "Afrapport could not check the questionnaire because of an error. Try again, and contact support if it persists.",
    "wrapped-in-page": () => "The questions were outside a page and are put on one page.",
    "ignored-by-surveyjs": () => "SurveyJS did not read this part, so it is not carried over.",
    "legacy-questions": () => "The old spelling “questions” is changed to “elements”.",
    named: ({ quoted }) => (quoted === undefined ? "The element had no name and has been given one." : `The element had no name and is now called “${quoted}”.`),
    "title-from-name": () => "The title was missing, so the name is used as the title. Write a proper title.",
    "missing-translation": ({ finding }) => (finding.message.startsWith("no English") ? "Some texts are missing in English." : "Some texts are missing in Danish."),
    "dropped-locales": () => "Texts in languages other than Danish and English are not carried over.",
    "inferred-aggregation": () => "The aggregation in the joint report is chosen from the question's type. Check that it fits.",
    "no-aggregation": () => "The question is not part of the joint report, as no aggregation fits its type.",
    "default-report-section": () => "Questions without a report section now belong to the default section. Move them as needed.",
    "moved-to-draft": ({ key }) => (key === "description" ? "The survey's description is now the questionnaire's description." : "The survey's title is now the questionnaire's title."),
    "missing-title": () => "The questionnaire has no title. Give it one.",
    "dropped-locale-setting": () => "The survey's language setting is not carried over: Afrapport shows Danish first and English on request.",
    "empty-survey": () => "The survey had no pages or questions, so the draft starts with an empty page.",
    "assumed-audience": () => "The questionnaire is set for the municipalities. Change the audience if it is for the offers.",
    "invalid-json": () => "The content is not valid JSON.",
    "not-a-survey": () => "The content is not a SurveyJS questionnaire.",
    "no-competences-question": () => "The offers' questionnaire has no matrix with the role “competences”, so criterion 4 cannot be judged.",
    "competence-rows-reordered": () => "The rows are now in the order of the announcement's competences.",
    "competence-row-removed": ({ quoted }) => `The row${quoted === undefined ? "" : ` “${quoted}”`} is removed, as it is not a competence of the new announcement.`,
    "competence-row-added": ({ quoted }) => `The row${quoted === undefined ? "" : ` “${quoted}”`} is added for a competence of the new announcement. Check its wording.`,
  },
};

const words: Record<Locale, Words> = { da, en };

type Step = { key: string; index?: number };

/** `survey.pages[0].elements[2].choices[1].text.en` → the steps after the last page or element: choices[1], text, en */
function stepsAfterElement(path: string): Step[] {
  const steps: Step[] = [];
  for (const match of path.matchAll(/([^.[\]]+)(?:\[(\d+)\])?/g)) {
    const key = match[1] as string;
    steps.push(match[2] === undefined ? { key } : { key, index: Number(match[2]) });
  }
  const last = steps.findLastIndex((step) => step.index !== undefined && (step.key === "pages" || step.key === "elements" || step.key === "templateElements"));
  return steps.slice(last + 1);
}

/**
 * A finding of validateQuestionnaire or a note of importSurveyJson in plain Danish (or English), for the element's
 * panel: missing-en on `…title.en` is "Titlen mangler på engelsk.", on `…choices[2].text.en` "Valgmulighed 3:
 * teksten mangler på engelsk.". An unknown code falls back to the finding's own message.
 */
export function findingText(finding: FindingLike, locale: Locale): string {
  const w = words[locale] ?? da;
  const sentence = w.codes[finding.code as FindingCode];
  if (!Object.hasOwn(w.codes, finding.code) || sentence === undefined) return finding.message;

  const steps = stepsAfterElement(finding.path).filter((step) => step.key !== "da" && step.key !== "en");
  const onElement = /(pages|elements|templateElements)\[\d+\]/.test(finding.path);
  const parts: string[] = [];
  let propertyKey: string | undefined;
  for (const step of steps) {
    const part = w.part[step.key];
    if (part !== undefined && step.index !== undefined) parts.push(`${parts.length === 0 ? part : part.toLowerCase()} ${step.index + 1}`);
    else if (step.key !== "survey") propertyKey = step.key;
  }
  const key = propertyKey ?? "";
  const what =
    propertyKey !== undefined ? (w.property[key] ?? w.otherText(key))
    : parts.length > 0 ? w.part0
    : onElement ? w.element
    : w.questionnaire;
  const quoted = /"([^"]*)"/.exec(finding.message)?.[1];
  const text = sentence({ finding, what, key, quoted });
  if (parts.length === 0) return text;
  // "Valgmulighed 3: teksten mangler på engelsk." – the sentence goes on after the colon in lower case
  const rest = /^[A-ZÆØÅ][a-zæøå]/.test(text) && !text.startsWith("SurveyJS") && !text.startsWith("Afrapport") ? text[0]!.toLowerCase() + text.slice(1) : text;
  return `${parts.join(", ")}: ${rest}`;
}
