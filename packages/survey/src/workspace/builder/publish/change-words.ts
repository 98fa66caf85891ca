import type { Locale } from "@afrapport/schema";

// The kinds of change diffQuestionnaires reports (`kind` of a QuestionnaireChange), in words: what changed, and for
// a breaking change why answers to the old and the new version no longer line up. Most kinds are fixed; some are
// made of a part ("choice", "column", …) and what happened to it ("choice-removed"), or of the SurveyJS property
// whose change alters the stored answer ("inputType-changed").

type Words = Record<Locale, string>;

const fixed: Record<string, Words> = {
  "validation-stricter": { da: "Strengere kontrol af svaret", en: "Stricter check of the answer" },
  "validation-looser": { da: "Lempeligere kontrol af svaret", en: "Looser check of the answer" },
  "validation-changed": { da: "Kontrollen af svaret ændret", en: "Check of the answer changed" },
  "validator-added": { da: "Ny kontrol af svaret", en: "New check of the answer" },
  "validator-removed": { da: "En kontrol af svaret fjernet", en: "A check of the answer removed" },
  "validator-changed": { da: "En kontrol af svaret ændret", en: "A check of the answer changed" },
  "required-added": { da: "Gjort påkrævet", en: "Made required" },
  "required-removed": { da: "Ikke længere påkrævet", en: "No longer required" },
  "required-if-changed": { da: "Betingelsen for, hvornår svaret er påkrævet, ændret", en: "Condition for when the answer is required changed" },
  "text-changed": { da: "Tekst ændret", en: "Text changed" },
  "layout-changed": { da: "Opstilling ændret", en: "Layout changed" },
  "logic-changed": { da: "Betingelse eller beregning ændret", en: "Condition or calculation changed" },
  "property-changed": { da: "Indstilling ændret", en: "Setting changed" },
  "choices-source-changed": { da: "Valgmulighederne kommer et andet sted fra", en: "The choices come from elsewhere" },
  "type-changed": { da: "Spørgsmålstype ændret", en: "Question type changed" },
  "aggregation-changed": { da: "Opgørelse i rapporten ændret", en: "Aggregation in the report changed" },
  "report-section-changed": { da: "Rapportafsnit ændret", en: "Report section changed" },
  "screening-changed": { da: "Rolle i screeningen ændret", en: "Role in the screening changed" },
  moved: { da: "Flyttet", en: "Moved" },
  "identity-changed": { da: "Udmelding, nøgle eller målgruppe ændret", en: "Announcement, key or audience changed" },
  "title-changed": { da: "Spørgeskemaets titel ændret", en: "Questionnaire title changed" },
  "description-changed": { da: "Spørgeskemaets beskrivelse ændret", en: "Questionnaire description changed" },
  "report-section-added": { da: "Rapportafsnit tilføjet", en: "Report section added" },
  "report-section-removed": { da: "Rapportafsnit fjernet", en: "Report section removed" },
  "report-section-title-changed": { da: "Rapportafsnits titel ændret", en: "Report section title changed" },
  "report-sections-reordered": { da: "Rapportafsnit i ny rækkefølge", en: "Report sections reordered" },
  "page-added": { da: "Side tilføjet", en: "Page added" },
  "page-removed": { da: "Side fjernet", en: "Page removed" },
  "panel-added": { da: "Gruppe tilføjet", en: "Group added" },
  "panel-removed": { da: "Gruppe fjernet", en: "Group removed" },
  "display-element-added": { da: "Tekstblok tilføjet", en: "Text block added" },
  "display-element-removed": { da: "Tekstblok fjernet", en: "Text block removed" },
  "required-question-added": { da: "Påkrævet spørgsmål tilføjet", en: "Required question added" },
};

/** The parts of a question that diffQuestionnaires compares item by item, singular and plural. */
const parts: Record<string, { da: [string, string]; en: [string, string] }> = {
  choice: { da: ["Valgmulighed", "Valgmuligheder"], en: ["Choice", "Choices"] },
  row: { da: ["Række", "Rækker"], en: ["Row", "Rows"] },
  column: { da: ["Kolonne", "Kolonner"], en: ["Column", "Columns"] },
  item: { da: ["Felt", "Felter"], en: ["Item", "Items"] },
  "nested-question": { da: ["Delspørgsmål", "Delspørgsmål"], en: ["Nested question", "Nested questions"] },
};

const partChange = /^(choice|row|column|item|nested-question)(s-reordered|-value-changed|-added|-removed|-renamed|-changed)$/;

/** The change in words, e.g. "Valgmuligheder fjernet"; an unknown kind is named as it is. */
export function changeKindText(kind: string, locale: Locale): string {
  const known = fixed[kind];
  if (known !== undefined) return known[locale];
  const part = partChange.exec(kind);
  if (part !== null) {
    const [one, many] = parts[part[1]!]![locale];
    const lower = one.toLowerCase();
    switch (part[2]) {
      case "s-reordered":
        return locale === "da" ? `${many} i ny rækkefølge` : `${many} reordered`;
      case "-value-changed":
        return locale === "da" ? `Værdien af en ${lower} ændret` : `Value of a ${lower} changed`;
      case "-added":
        return locale === "da" ? `${many} tilføjet` : `${many} added`;
      case "-removed":
        return locale === "da" ? `${many} fjernet` : `${many} removed`;
      case "-renamed":
        return locale === "da" ? `${one} omdøbt` : `${one} renamed`;
      default:
        return locale === "da" ? `${one} ændret` : `${one} changed`;
    }
  }
  const setting = /^([A-Za-z]+)-changed$/.exec(kind);
  if (setting !== null) return locale === "da" ? `Indstillingen ${setting[1]} ændret` : `Setting ${setting[1]} changed`;
  return kind;
}

const reasons = {
  stricter: { da: "tidligere svar kan være ugyldige efter de nye regler", en: "earlier answers may be invalid under the new rules" },
  gone: { da: "tidligere svar kan pege på noget, der ikke findes mere", en: "earlier answers may point to something that no longer exists" },
  value: { da: "tidligere svar har den gamle værdi", en: "earlier answers hold the old value" },
  renamedPart: { da: "tidligere svar ligger under det gamle navn", en: "earlier answers are stored under the old name" },
  type: { da: "svaret får en anden form", en: "the answer takes another form" },
  stored: { da: "svaret gemmes på en anden måde", en: "the answer is stored differently" },
  report: { da: "den fælles rapport opgør spørgsmålet på en anden måde end før", en: "the joint report counts the question differently" },
  section: { da: "et rapportafsnit, tidligere svar hører til, findes ikke mere", en: "a report section earlier answers belong to no longer exists" },
  identity: { da: "det er ikke længere det samme spørgeskema", en: "it is no longer the same questionnaire" },
  source: { da: "valgmulighederne kommer et andet sted fra", en: "the choices come from elsewhere" },
  removed: { da: "svarene på spørgsmålet findes ikke i den nye version", en: "the answers to the question are not in the new version" },
  renamed: { da: "svarene gemmes under et nyt navn", en: "the answers are stored under a new name" },
  other: { da: "svar på den gamle og den nye version kan ikke sammenlignes direkte", en: "answers to the old and the new version cannot be compared directly" },
} satisfies Record<string, Words>;

/** Why a breaking change breaks the comparison with earlier answers, e.g. "tidligere svar har den gamle værdi". */
export function breakingReason(kind: string, locale: Locale): string {
  if (["validation-stricter", "validation-changed", "validator-added", "validator-changed", "required-added", "required-if-changed", "required-question-added"].includes(kind)) {
    return reasons.stricter[locale];
  }
  if (kind === "type-changed") return reasons.type[locale];
  if (kind === "aggregation-changed" || kind === "report-section-changed" || kind === "screening-changed") return reasons.report[locale];
  if (kind === "report-section-removed") return reasons.section[locale];
  if (kind === "identity-changed") return reasons.identity[locale];
  if (kind === "choices-source-changed") return reasons.source[locale];
  if (kind === "question-removed") return reasons.removed[locale];
  if (kind === "question-renamed") return reasons.renamed[locale];
  const part = partChange.exec(kind);
  if (part !== null) {
    if (part[2] === "-removed") return reasons.gone[locale];
    if (part[2] === "-value-changed") return reasons.value[locale];
    if (part[2] === "-renamed") return reasons.renamedPart[locale];
    // a required column or nested question added: earlier answers lack it
    if (part[2] === "-added") return reasons.stricter[locale];
  }
  if (/^[A-Za-z]+-changed$/.test(kind)) return reasons.stored[locale];
  return reasons.other[locale];
}

/** The version bump in words. */
export function bumpText(bump: "none" | "patch" | "minor" | "major", locale: Locale): string {
  const words: Record<typeof bump, Words> = {
    none: { da: "første version", en: "first version" },
    patch: { da: "rettelse", en: "correction" },
    minor: { da: "ny version der kan sammenlignes", en: "new version that can be compared" },
    major: { da: "ny hovedversion", en: "new major version" },
  };
  return words[bump][locale];
}
