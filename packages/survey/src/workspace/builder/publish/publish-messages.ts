import type { Locale } from "@afrapport/schema";
import { useLocale } from "../../../i18n/locale-context.js";

/** The publish dialog's words (the kinds of change and the bumps are in change-words.ts). */
export interface PublishMessages {
  title: string;
  checking: string;
  immutable: string;
  findingsTitle: (count: number) => string;
  findingsHelp: string;
  unchanged: (previous: string) => string;
  firstVersion: string;
  previousVersion: (version: string) => string;
  diffTitle: (previous: string) => string;
  noDiff: string;
  added: string;
  removed: string;
  renamed: string;
  changed: string;
  questionnaireChanges: string;
  breaking: string;
  breakingCount: (count: number) => string;
  requiredBump: (words: string) => string;
  versionLabel: string;
  versionHintFirst: (proposed: string) => string;
  versionHint: (proposed: string) => string;
  versionFormat: string;
  versionTooLow: (proposed: string) => string;
  versionExists: (version: string) => string;
  publish: (version: string) => string;
  publishing: string;
  cancel: string;
  stale: string;
  staleBefore: string;
  reloadPage: string;
  closed: string;
  reload: string;
}

export const publishDa: PublishMessages = {
  title: "Udgiv spørgeskemaet",
  checking: "Sammenligner kladden med den forrige version …",
  immutable: "En udgivet version kan ikke ændres bagefter, og kladden afsluttes. Senere ændringer bliver en ny version.",
  findingsTitle: (count) => (count === 1 ? "Kladden har 1 fund, der skal rettes, før den kan udgives:" : `Kladden har ${count} fund, der skal rettes, før den kan udgives:`),
  findingsHelp: "Luk vinduet, ret fundene i editoren, og prøv igen.",
  unchanged: (previous) => `Intet er ændret siden version ${previous}, så der er intet at udgive.`,
  firstVersion: "Det bliver spørgeskemaets første version.",
  previousVersion: (version) => `Den nyeste udgivne version er ${version}.`,
  diffTitle: (previous) => `Ændringer siden version ${previous}`,
  noDiff: "Ændringerne kunne ikke sammenlignes med den forrige version, så de regnes for en ny hovedversion.",
  added: "Nye spørgsmål",
  removed: "Fjernede spørgsmål",
  renamed: "Omdøbte spørgsmål",
  changed: "Ændrede spørgsmål",
  questionnaireChanges: "Ændringer i resten af spørgeskemaet",
  breaking: "Bryder sammenligning",
  breakingCount: (count) => (count === 1 ? "1 ændring bryder sammenligningen med tidligere svar." : `${count} ændringer bryder sammenligningen med tidligere svar.`),
  requiredBump: (words) => `Ændringerne kræver: ${words}.`,
  versionLabel: "Versionsnummer",
  versionHintFirst: (proposed) => `Forslag: ${proposed}. Den første version må have et hvilket som helst nummer, fx 0.9.0 til en prøverunde.`,
  versionHint: (proposed) => `Mindst ${proposed}. Du kan vælge et højere nummer, men ikke et lavere.`,
  versionFormat: "Skriv versionsnummeret som tre hele tal adskilt af punktum, fx 1.2.0.",
  versionTooLow: (proposed) => `Versionsnummeret er for lavt: ændringerne kræver mindst ${proposed}.`,
  versionExists: (version) => `Version ${version} er allerede udgivet. Vælg et højere versionsnummer.`,
  publish: (version) => `Udgiv version ${version}`,
  publishing: "Udgiver …",
  cancel: "Annuller",
  stale: "Kladden er gemt igen, siden vinduet blev åbnet – af dig eller en kollega. Se ændringerne igennem igen, før du udgiver.",
  staleBefore: "En kollega har gemt kladden, siden editoren hentede den. Genindlæs siden for at se den nyeste version, før du udgiver.",
  reloadPage: "Genindlæs siden",
  closed: "Kladden kan ikke udgives: den er allerede udgivet eller kasseret, eller intet er ændret siden den forrige version.",
  reload: "Sammenlign igen",
};

export const publishEn: PublishMessages = {
  title: "Publish the questionnaire",
  checking: "Comparing the draft with the previous version …",
  immutable: "A published version cannot be changed afterwards, and the draft ends. Later changes become a new version.",
  findingsTitle: (count) => (count === 1 ? "The draft has 1 finding to fix before it can be published:" : `The draft has ${count} findings to fix before it can be published:`),
  findingsHelp: "Close this window, fix the findings in the editor, and try again.",
  unchanged: (previous) => `Nothing changed since version ${previous}, so there is nothing to publish.`,
  firstVersion: "This will be the questionnaire's first version.",
  previousVersion: (version) => `The latest published version is ${version}.`,
  diffTitle: (previous) => `Changes since version ${previous}`,
  noDiff: "The changes could not be compared with the previous version, so they count as a new major version.",
  added: "New questions",
  removed: "Removed questions",
  renamed: "Renamed questions",
  changed: "Changed questions",
  questionnaireChanges: "Changes in the rest of the questionnaire",
  breaking: "Breaks comparison",
  breakingCount: (count) => (count === 1 ? "1 change breaks the comparison with earlier answers." : `${count} changes break the comparison with earlier answers.`),
  requiredBump: (words) => `The changes require: ${words}.`,
  versionLabel: "Version number",
  versionHintFirst: (proposed) => `Suggested: ${proposed}. The first version may have any number, e.g. 0.9.0 for a trial round.`,
  versionHint: (proposed) => `At least ${proposed}. You can choose a higher number, not a lower one.`,
  versionFormat: "Write the version as three whole numbers separated by dots, e.g. 1.2.0.",
  versionTooLow: (proposed) => `The version number is too low: the changes require at least ${proposed}.`,
  versionExists: (version) => `Version ${version} is already published. Choose a higher version number.`,
  publish: (version) => `Publish version ${version}`,
  publishing: "Publishing …",
  cancel: "Cancel",
  stale: "The draft was saved again since this window opened – by you or a colleague. Look through the changes again before you publish.",
  staleBefore: "A colleague saved the draft since the editor loaded it. Reload the page to see the newest version before you publish.",
  reloadPage: "Reload the page",
  closed: "The draft cannot be published: it is already published or discarded, or nothing changed since the previous version.",
  reload: "Compare again",
};

const byLocale: Record<Locale, PublishMessages> = { da: publishDa, en: publishEn };

export function publishMessagesFor(locale: Locale): PublishMessages {
  return byLocale[locale];
}

export function usePublishMessages(): { u: PublishMessages; locale: Locale } {
  const { locale } = useLocale();
  return { u: byLocale[locale], locale };
}
