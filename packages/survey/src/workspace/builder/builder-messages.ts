import type { BuilderQuestionType, Locale } from "@afrapport/schema";
import { useLocale } from "../../i18n/locale-context.js";

/** The draft editor's own words (the question panel, preview, JSON, history and publishing keep theirs). */
export interface BuilderMessages {
  documentTitle(title: string): string;
  crumbQuestionnaires: string;
  untitled: string;
  factAnnouncement: string;
  factKey: string;
  factAudience: string;
  audience: Record<"municipality" | "offer", string>;
  revision(revision: number): string;
  readOnly: string;

  saveSaving: string;
  savePending: string;
  saveSavedAt(time: string): string;
  saveSaved: string;
  saveRetrying: string;
  saveOffline: string;
  saveRetryNow: string;
  saveConflict: string;
  saveClosed: string;
  saveRefused(reason: string): string;
  closedUnsaved: string;
  mergedHeading: string;
  merged(what: string[]): string;
  mergedNothingVisible: string;
  dismiss: string;
  conflictHeading: string;
  part: Record<"title" | "description" | "audience" | "reportSections" | "settings" | "pageOrder", string>;
  partQuestion(title: string): string;
  partOrder(where: string): string;
  conflictIntro: string;
  conflictKeepMine: string;
  conflictKeepMineHint: string;
  conflictTakeTheirs: string;
  conflictTakeTheirsHint: string;
  stashHeading: string;
  stashText(when: string): string;
  stashRestore: string;
  stashDiscard: string;

  undo: string;
  redo: string;
  undoHint: string;
  redoHint: string;
  publish: string;
  publishBlocked(count: number): string;
  publishNeedsSave: string;
  publishSaveFailed: string;
  published(version: string): string;

  viewsLabel: string;
  viewEdit: string;
  viewPreview: string;
  viewJson: string;
  viewHistory: string;
  showPreview: string;

  outlineHeading: string;
  outlineSettings: string;
  page(n: number, title: string): string;
  pageUntitled: string;
  addPage: string;
  addQuestion: string;
  addQuestionTo(where: string): string;
  addQuestionAfter: string;
  chooseType: string;
  cancel: string;
  emptyPage: string;
  emptyContainer: string;
  required: string;
  conditional: string;
  findings(count: number): string;
  comments(count: number): string;
  questionActions(title: string): string;
  duplicate: string;
  delete: string;
  moveUp: string;
  moveDown: string;
  moveTo: string;
  moveToChoose: string;
  moveToButton: string;
  dragHandle(title: string): string;
  deleted(title: string): string;
  deletedPage(title: string): string;
  undoDelete: string;
  pageMoveUp: string;
  pageMoveDown: string;
  pageDelete: string;
  pageDeleteConfirm(title: string, questions: number): string;
  pageDeleteYes: string;
  untitledQuestion: string;
  typeLabel: Record<BuilderQuestionType, string>;
  typeUnknown(type: string): string;

  dragInstructions: string;
  dragRole: string;
  /** a page or group as a noun, and with its preposition ("siden »Baggrund«", "på siden »Baggrund«", "i gruppen »Tilbud«") */
  pageNoun(title: string): string;
  pageNounNumber(n: number): string;
  groupNoun(title: string): string;
  onPage(noun: string): string;
  inGroup(noun: string): string;
  dragStart(title: string, position: number, count: number, where: string): string;
  dragOver(title: string, position: number, count: number, where: string): string;
  dragEnd(title: string, position: number, count: number, where: string): string;
  dragCancel(title: string): string;

  settingsHeading: string;
  titleLabel: string;
  descriptionLabel: string;
  danish: string;
  english: string;
  missingDanish: string;
  missingEnglish: string;
  sectionsHeading: string;
  sectionsHint: string;
  sectionLabel(n: number): string;
  sectionUsage(count: number): string;
  addSection: string;
  removeSection(title: string): string;
  newSectionTitle: string;
  pageHeading(n: number): string;
  pageTitleLabel: string;
  pageDescriptionLabel: string;
  selectPrompt: string;
  backToOutline: string;

  findingsHeading(count: number): string;
  findingsNone: string;
  findingOnQuestionnaire: string;
  findingGoTo(where: string): string;
  editRefused: Record<string, string>;
  editRefusedOther: string;
}

const typeLabelDa: Record<BuilderQuestionType, string> = {
  text: "Kort tekst",
  number: "Tal",
  comment: "Lang tekst",
  radiogroup: "Ét valg",
  checkbox: "Flere valg",
  dropdown: "Rulleliste",
  boolean: "Ja/nej",
  multipletext: "Flere tekstfelter",
  matrix: "Matrix (ét valg pr. række)",
  matrixdropdown: "Matrix med felter",
  matrixdynamic: "Tabel med rækker",
  paneldynamic: "Gentaget gruppe",
  file: "Fil",
  html: "Tekstafsnit",
  expression: "Beregning",
  panel: "Gruppe",
};

const typeLabelEn: Record<BuilderQuestionType, string> = {
  text: "Short text",
  number: "Number",
  comment: "Long text",
  radiogroup: "Single choice",
  checkbox: "Multiple choice",
  dropdown: "Dropdown",
  boolean: "Yes/no",
  multipletext: "Several text fields",
  matrix: "Matrix (one choice per row)",
  matrixdropdown: "Matrix with fields",
  matrixdynamic: "Table with rows",
  paneldynamic: "Repeated group",
  file: "File",
  html: "Text section",
  expression: "Calculation",
  panel: "Group",
};

const list = (items: string[], and: string) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`);

export const builderDa: BuilderMessages = {
  documentTitle: (title) => `Kladde: ${title}`,
  crumbQuestionnaires: "Spørgeskemaer",
  untitled: "Spørgeskema uden titel",
  factAnnouncement: "Udmelding",
  factKey: "Nøgle",
  factAudience: "Besvares af",
  audience: { municipality: "Kommuner", offer: "Tilbud" },
  revision: (revision) => `Kladde · revision ${revision}`,
  readOnly: "Kladden er udgivet eller kasseret og kan kun læses.",

  saveSaving: "Gemmer …",
  savePending: "Ændringer gemmes om lidt",
  saveSavedAt: (time) => `Alle ændringer er gemt kl. ${time}`,
  saveSaved: "Alle ændringer er gemt",
  saveRetrying: "Kunne ikke gemme – prøver igen",
  saveOffline: "Ingen forbindelse – prøver igen",
  saveRetryNow: "Prøv nu",
  saveConflict: "Ikke gemt: en kollega har ændret det samme",
  saveClosed: "Ikke gemt: kladden er lukket",
  saveRefused: (reason) => `Kunne ikke gemme: ${reason}`,
  closedUnsaved:
    "Kladden er blevet udgivet eller kasseret, mens du arbejdede, så dine sidste ændringer er ikke gemt. Kopiér dem fra JSON-visningen, hvis du vil bruge dem i en ny kladde.",
  mergedHeading: "Flettet med en kollegas ændringer",
  merged: (what) => `En kollega gemte kladden imens. Dine ændringer er flettet med deres, og fra dem kom: ${list(what, "og")}.`,
  mergedNothingVisible: "En kollega gemte kladden imens. Dine ændringer er flettet med deres.",
  dismiss: "Luk",
  conflictHeading: "En kollega har ændret det samme",
  part: {
    title: "spørgeskemaets titel",
    description: "spørgeskemaets beskrivelse",
    audience: "hvem der besvarer det",
    reportSections: "rapportafsnittene",
    settings: "spørgeskemaets indstillinger",
    pageOrder: "sidernes rækkefølge",
  },
  partQuestion: (title) => `»${title}«`,
  partOrder: (where) => `rækkefølgen ${where}`,
  conflictIntro: "En kollega gemte kladden, mens du arbejdede, og jeres ændringer rører ved de samme steder. Intet er gemt endnu, og dine ændringer er her stadig:",
  conflictKeepMine: "Behold mine ændringer",
  conflictKeepMineHint: "Gemmer din version oven på kollegaens. De steder, I begge har ændret, bliver som dine.",
  conflictTakeTheirs: "Brug kollegaens version",
  conflictTakeTheirsHint: "Henter kollegaens version. Din egen kan hentes tilbage med Fortryd.",
  stashHeading: "Ændringer, der ikke blev gemt",
  stashText: (when) => `Denne browser har dine ændringer fra ${when}, som ikke nåede frem til serveren. Vil du have dem tilbage?`,
  stashRestore: "Gendan mine ændringer",
  stashDiscard: "Kassér dem",

  undo: "Fortryd",
  redo: "Gentag",
  undoHint: "Ctrl+Z",
  redoHint: "Ctrl+Shift+Z",
  publish: "Udgiv …",
  publishBlocked: (count) => (count === 1 ? "Kan ikke udgives endnu: 1 mangel skal rettes først." : `Kan ikke udgives endnu: ${count} mangler skal rettes først.`),
  publishNeedsSave: "Gemmer dine ændringer før udgivelsen …",
  publishSaveFailed: "Dine ændringer kunne ikke gemmes, så kladden kan ikke udgives lige nu.",
  published: (version) => `Spørgeskemaet er udgivet som version ${version}.`,

  viewsLabel: "Visning",
  viewEdit: "Rediger",
  viewPreview: "Forhåndsvisning",
  viewJson: "JSON",
  viewHistory: "Historik",
  showPreview: "Vis forhåndsvisning ved siden af",

  outlineHeading: "Indhold",
  outlineSettings: "Titel, beskrivelse og rapportafsnit",
  page: (n, title) => `Side ${n}: ${title}`,
  pageUntitled: "uden titel",
  addPage: "Tilføj side",
  addQuestion: "Tilføj spørgsmål",
  addQuestionTo: (where) => `Tilføj spørgsmål ${where}`,
  addQuestionAfter: "Tilføj spørgsmål efter",
  chooseType: "Vælg spørgsmålstype",
  cancel: "Annullér",
  emptyPage: "Siden er tom. Tilføj et spørgsmål, eller træk et hertil.",
  emptyContainer: "Gruppen er tom. Træk spørgsmål hertil.",
  required: "Obligatorisk",
  conditional: "Vises på betingelse",
  findings: (count) => (count === 1 ? "1 mangel" : `${count} mangler`),
  comments: (count) => (count === 1 ? "1 kommentar" : `${count} kommentarer`),
  questionActions: (title) => `Handlinger for »${title}«`,
  duplicate: "Kopiér",
  delete: "Slet",
  moveUp: "Flyt op",
  moveDown: "Flyt ned",
  moveTo: "Flyt til",
  moveToChoose: "Vælg side eller gruppe",
  moveToButton: "Flyt",
  dragHandle: (title) => `Flyt »${title}«`,
  deleted: (title) => `»${title}« er slettet.`,
  deletedPage: (title) => `Siden »${title}« er slettet.`,
  undoDelete: "Fortryd",
  pageMoveUp: "Flyt siden op",
  pageMoveDown: "Flyt siden ned",
  pageDelete: "Slet siden",
  pageDeleteConfirm: (title, questions) =>
    questions === 0 ? `Slet siden »${title}«?` : `Slet siden »${title}« og ${questions === 1 ? "dens ene spørgsmål" : `dens ${questions} spørgsmål`}?`,
  pageDeleteYes: "Slet siden",
  untitledQuestion: "(uden titel)",
  typeLabel: typeLabelDa,
  typeUnknown: (type) => `Anden type (${type})`,

  dragInstructions:
    "Tryk mellemrum eller Enter for at løfte spørgsmålet. Flyt det med piletasterne, også til en anden side, og tryk mellemrum eller Enter igen for at slippe det. Escape fortryder.",
  dragRole: "flytbart spørgsmål",
  pageNoun: (title) => `siden »${title}«`,
  pageNounNumber: (n) => `side ${n}`,
  groupNoun: (title) => `gruppen »${title}«`,
  onPage: (noun) => `på ${noun}`,
  inGroup: (noun) => `i ${noun}`,
  dragStart: (title, position, count, where) => `Du har løftet »${title}«, nummer ${position} af ${count} ${where}.`,
  dragOver: (title, position, count, where) => `»${title}« er nu nummer ${position} af ${count} ${where}.`,
  dragEnd: (title, position, count, where) => `»${title}« er flyttet til nummer ${position} af ${count} ${where}.`,
  dragCancel: (title) => `Flytningen er fortrudt. »${title}« er tilbage på sin plads.`,

  settingsHeading: "Spørgeskemaets titel og rapportafsnit",
  titleLabel: "Titel",
  descriptionLabel: "Beskrivelse",
  danish: "Dansk",
  english: "Engelsk",
  missingDanish: "Mangler på dansk",
  missingEnglish: "Mangler på engelsk",
  sectionsHeading: "Rapportafsnit",
  sectionsHint: "Hvert spørgsmål hører til ét afsnit i den fælles rapport. Et afsnit kan fjernes, når intet spørgsmål bruger det.",
  sectionLabel: (n) => `Afsnit ${n}`,
  sectionUsage: (count) => (count === 0 ? "Bruges ikke" : count === 1 ? "Bruges af 1 spørgsmål" : `Bruges af ${count} spørgsmål`),
  addSection: "Tilføj afsnit",
  removeSection: (title) => `Fjern afsnittet »${title}«`,
  newSectionTitle: "Nyt afsnit",
  pageHeading: (n) => `Side ${n}`,
  pageTitleLabel: "Sidens titel",
  pageDescriptionLabel: "Sidens beskrivelse",
  selectPrompt: "Vælg et spørgsmål eller en side i indholdet for at redigere det.",
  backToOutline: "Tilbage til indholdet",

  findingsHeading: (count) => `Mangler før udgivelse (${count})`,
  findingsNone: "Ingen mangler – kladden kan udgives.",
  findingOnQuestionnaire: "Spørgeskemaet",
  findingGoTo: (where) => `Gå til ${where}`,
  editRefused: {
    "last-page": "Et spørgeskema skal have mindst én side.",
    "into-itself": "En gruppe kan ikke flyttes ind i sig selv.",
    "last-report-section": "Der skal være mindst ét rapportafsnit.",
    "name-taken": "Navnet bruges allerede i spørgeskemaet.",
  },
  editRefusedOther: "Ændringen kunne ikke laves.",
};

export const builderEn: BuilderMessages = {
  documentTitle: (title) => `Draft: ${title}`,
  crumbQuestionnaires: "Questionnaires",
  untitled: "Untitled questionnaire",
  factAnnouncement: "Announcement",
  factKey: "Key",
  factAudience: "Answered by",
  audience: { municipality: "Municipalities", offer: "Offers" },
  revision: (revision) => `Draft · revision ${revision}`,
  readOnly: "The draft has been published or discarded and can only be read.",

  saveSaving: "Saving …",
  savePending: "Changes will be saved in a moment",
  saveSavedAt: (time) => `All changes saved at ${time}`,
  saveSaved: "All changes saved",
  saveRetrying: "Could not save – trying again",
  saveOffline: "No connection – trying again",
  saveRetryNow: "Try now",
  saveConflict: "Not saved: a colleague changed the same thing",
  saveClosed: "Not saved: the draft is closed",
  saveRefused: (reason) => `Could not save: ${reason}`,
  closedUnsaved: "The draft was published or discarded while you worked, so your latest changes are not saved. Copy them from the JSON view to use them in a new draft.",
  mergedHeading: "Merged with a colleague's changes",
  merged: (what) => `A colleague saved the draft meanwhile. Your changes were merged with theirs, and from them came: ${list(what, "and")}.`,
  mergedNothingVisible: "A colleague saved the draft meanwhile. Your changes were merged with theirs.",
  dismiss: "Close",
  conflictHeading: "A colleague changed the same thing",
  part: {
    title: "the questionnaire's title",
    description: "the questionnaire's description",
    audience: "who answers it",
    reportSections: "the report sections",
    settings: "the questionnaire's settings",
    pageOrder: "the order of the pages",
  },
  partQuestion: (title) => `“${title}”`,
  partOrder: (where) => `the order ${where}`,
  conflictIntro: "A colleague saved the draft while you worked, and your changes touch the same places. Nothing is saved yet, and your changes are still here:",
  conflictKeepMine: "Keep my changes",
  conflictKeepMineHint: "Saves your version on top of your colleague's. Where you both changed something, yours wins.",
  conflictTakeTheirs: "Use my colleague's version",
  conflictTakeTheirsHint: "Loads your colleague's version. Undo brings yours back.",
  stashHeading: "Changes that were not saved",
  stashText: (when) => `This browser has your changes from ${when}, which did not reach the server. Do you want them back?`,
  stashRestore: "Restore my changes",
  stashDiscard: "Discard them",

  undo: "Undo",
  redo: "Redo",
  undoHint: "Ctrl+Z",
  redoHint: "Ctrl+Shift+Z",
  publish: "Publish …",
  publishBlocked: (count) => (count === 1 ? "Cannot be published yet: 1 problem must be fixed first." : `Cannot be published yet: ${count} problems must be fixed first.`),
  publishNeedsSave: "Saving your changes before publishing …",
  publishSaveFailed: "Your changes could not be saved, so the draft cannot be published right now.",
  published: (version) => `The questionnaire was published as version ${version}.`,

  viewsLabel: "View",
  viewEdit: "Edit",
  viewPreview: "Preview",
  viewJson: "JSON",
  viewHistory: "History",
  showPreview: "Show the preview alongside",

  outlineHeading: "Contents",
  outlineSettings: "Title, description and report sections",
  page: (n, title) => `Page ${n}: ${title}`,
  pageUntitled: "untitled",
  addPage: "Add page",
  addQuestion: "Add question",
  addQuestionTo: (where) => `Add a question ${where}`,
  addQuestionAfter: "Add a question after",
  chooseType: "Choose a question type",
  cancel: "Cancel",
  emptyPage: "The page is empty. Add a question, or drag one here.",
  emptyContainer: "The group is empty. Drag questions here.",
  required: "Required",
  conditional: "Shown on a condition",
  findings: (count) => (count === 1 ? "1 problem" : `${count} problems`),
  comments: (count) => (count === 1 ? "1 comment" : `${count} comments`),
  questionActions: (title) => `Actions for “${title}”`,
  duplicate: "Duplicate",
  delete: "Delete",
  moveUp: "Move up",
  moveDown: "Move down",
  moveTo: "Move to",
  moveToChoose: "Choose a page or group",
  moveToButton: "Move",
  dragHandle: (title) => `Move “${title}”`,
  deleted: (title) => `“${title}” was deleted.`,
  deletedPage: (title) => `The page “${title}” was deleted.`,
  undoDelete: "Undo",
  pageMoveUp: "Move page up",
  pageMoveDown: "Move page down",
  pageDelete: "Delete page",
  pageDeleteConfirm: (title, questions) =>
    questions === 0 ? `Delete the page “${title}”?` : `Delete the page “${title}” and ${questions === 1 ? "its one question" : `its ${questions} questions`}?`,
  pageDeleteYes: "Delete page",
  untitledQuestion: "(untitled)",
  typeLabel: typeLabelEn,
  typeUnknown: (type) => `Other type (${type})`,

  dragInstructions:
    "Press space or Enter to pick up the question. Move it with the arrow keys, to another page too, and press space or Enter again to drop it. Escape cancels.",
  dragRole: "movable question",
  pageNoun: (title) => `the page “${title}”`,
  pageNounNumber: (n) => `page ${n}`,
  groupNoun: (title) => `the group “${title}”`,
  onPage: (noun) => `on ${noun}`,
  inGroup: (noun) => `in ${noun}`,
  dragStart: (title, position, count, where) => `You picked up “${title}”, number ${position} of ${count} ${where}.`,
  dragOver: (title, position, count, where) => `“${title}” is now number ${position} of ${count} ${where}.`,
  dragEnd: (title, position, count, where) => `“${title}” was moved to number ${position} of ${count} ${where}.`,
  dragCancel: (title) => `Moving was cancelled. “${title}” is back in its place.`,

  settingsHeading: "The questionnaire's title and report sections",
  titleLabel: "Title",
  descriptionLabel: "Description",
  danish: "Danish",
  english: "English",
  missingDanish: "Missing in Danish",
  missingEnglish: "Missing in English",
  sectionsHeading: "Report sections",
  sectionsHint: "Every question belongs to one section of the joint report. A section can be removed when no question uses it.",
  sectionLabel: (n) => `Section ${n}`,
  sectionUsage: (count) => (count === 0 ? "Not used" : count === 1 ? "Used by 1 question" : `Used by ${count} questions`),
  addSection: "Add section",
  removeSection: (title) => `Remove the section “${title}”`,
  newSectionTitle: "New section",
  pageHeading: (n) => `Page ${n}`,
  pageTitleLabel: "Page title",
  pageDescriptionLabel: "Page description",
  selectPrompt: "Choose a question or a page in the contents to edit it.",
  backToOutline: "Back to the contents",

  findingsHeading: (count) => `Problems before publishing (${count})`,
  findingsNone: "No problems – the draft can be published.",
  findingOnQuestionnaire: "The questionnaire",
  findingGoTo: (where) => `Go to ${where}`,
  editRefused: {
    "last-page": "A questionnaire needs at least one page.",
    "into-itself": "A group cannot be moved into itself.",
    "last-report-section": "There must be at least one report section.",
    "name-taken": "The name is already used in the questionnaire.",
  },
  editRefusedOther: "The change could not be made.",
};

const byLocale: Record<Locale, BuilderMessages> = { da: builderDa, en: builderEn };

export function builderMessagesFor(locale: Locale): BuilderMessages {
  return byLocale[locale];
}

/** The editor's words (`b`) in the page's language. */
export function useBuilderMessages(): { b: BuilderMessages; locale: Locale } {
  const { locale } = useLocale();
  return { b: byLocale[locale], locale };
}
