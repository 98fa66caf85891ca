import type { Locale } from "@afrapport/schema";
import { useLocale } from "../../../i18n/locale-context.js";
import type { PreviewMarks, SkipReason } from "./preview-questionnaire.js";

/** The live preview's words (the questionnaire itself speaks the language chosen in the preview). */
export interface PreviewMessages {
  regionLabel: string;
  controlsLabel: string;
  languageLabel: string;
  languageNames: Record<Locale, string>;
  widthLabel: string;
  widthDesktop: string;
  widthPhone: string;
  restart: string;
  restarted: string;
  nothingStored: string;
  marks: PreviewMarks;
  fallbackNote: (count: number, missing: Locale, shown: Locale) => string;
  skippedTitle: (count: number) => string;
  skipReasons: Record<SkipReason, string>;
  receiptTitle: string;
  receiptText: string;
  receiptAnswers: string;
  backToForm: string;
  brokenTitle: string;
  brokenText: string;
}

const languageNamesDa: Record<Locale, string> = { da: "Dansk", en: "English" };

export const previewDa: PreviewMessages = {
  regionLabel: "Forhåndsvisning af spørgeskemaet",
  controlsLabel: "Forhåndsvisningens indstillinger",
  languageLabel: "Sprog",
  languageNames: languageNamesDa,
  widthLabel: "Bredde",
  widthDesktop: "Computer",
  widthPhone: "Telefon",
  restart: "Start forfra",
  restarted: "Svarene er ryddet. Skemaet starter forfra.",
  nothingStored: "Du kan udfylde skemaet for at prøve betingelser og kontroller. Intet bliver gemt eller sendt.",
  marks: {
    fallback: (from, text) => `[${from === "da" ? "DA" : "EN"}] ${text}`,
    untitled: (name) => (name === "" ? "[Uden titel]" : `[Uden titel: ${name}]`),
  },
  fallbackNote: (count, missing, shown) =>
    `${count === 1 ? "1 tekst mangler" : `${count} tekster mangler`} på ${missing === "en" ? "engelsk" : "dansk"} og vises på ${shown === "da" ? "dansk" : "engelsk"}, markeret [${shown === "da" ? "DA" : "EN"}].`,
  skippedTitle: (count) => (count === 1 ? "1 element kan ikke vises endnu:" : `${count} elementer kan ikke vises endnu:`),
  skipReasons: {
    "no-type": "har ingen spørgsmålstype",
    "unknown-type": "har en spørgsmålstype, skemaet ikke kender",
    "not-an-object": "er ikke et spørgsmål",
    "choices-by-url": "henter valgmuligheder fra en adresse – de vises ikke her",
  },
  receiptTitle: "Sådan ser kvitteringen ud",
  receiptText:
    "Her ville kommunen få sin kvittering med kvitteringsnummer, tidspunkt og alle svar. I forhåndsvisningen er intet indsendt, gemt eller sendt.",
  receiptAnswers: "Svarene, som de står på kvitteringen",
  backToForm: "Tilbage til skemaet",
  brokenTitle: "Forhåndsvisningen kan ikke vise kladden, som den er nu",
  brokenText: "Et spørgsmål er ikke færdigt nok til at blive vist. Ret de fund, editoren viser, så kommer forhåndsvisningen igen.",
};

export const previewEn: PreviewMessages = {
  regionLabel: "Preview of the questionnaire",
  controlsLabel: "Preview settings",
  languageLabel: "Language",
  languageNames: languageNamesDa,
  widthLabel: "Width",
  widthDesktop: "Computer",
  widthPhone: "Phone",
  restart: "Start over",
  restarted: "The answers are cleared. The questionnaire starts over.",
  nothingStored: "You can fill in the questionnaire to try its conditions and checks. Nothing is stored or sent.",
  marks: {
    fallback: (from, text) => `[${from === "da" ? "DA" : "EN"}] ${text}`,
    untitled: (name) => (name === "" ? "[No title]" : `[No title: ${name}]`),
  },
  fallbackNote: (count, missing, shown) =>
    `${count === 1 ? "1 text is" : `${count} texts are`} missing in ${missing === "en" ? "English" : "Danish"} and shown in ${shown === "da" ? "Danish" : "English"}, marked [${shown === "da" ? "DA" : "EN"}].`,
  skippedTitle: (count) => (count === 1 ? "1 element cannot be shown yet:" : `${count} elements cannot be shown yet:`),
  skipReasons: {
    "no-type": "has no question type",
    "unknown-type": "has a question type the questionnaire does not know",
    "not-an-object": "is not a question",
    "choices-by-url": "fetches its choices from an address – they are not shown here",
  },
  receiptTitle: "What the receipt looks like",
  receiptText:
    "Here the municipality would get its receipt with a receipt number, the time and every answer. In the preview nothing is submitted, stored or sent.",
  receiptAnswers: "The answers as the receipt shows them",
  backToForm: "Back to the questionnaire",
  brokenTitle: "The preview cannot show the draft as it is now",
  brokenText: "A question is not complete enough to be shown. Fix the findings the editor shows, and the preview comes back.",
};

const byLocale: Record<Locale, PreviewMessages> = { da: previewDa, en: previewEn };

export function previewMessagesFor(locale: Locale): PreviewMessages {
  return byLocale[locale];
}

/** The preview's words in the workspace's language. */
export function usePreviewMessages(): { p: PreviewMessages; locale: Locale } {
  const { locale } = useLocale();
  return { p: byLocale[locale], locale };
}
