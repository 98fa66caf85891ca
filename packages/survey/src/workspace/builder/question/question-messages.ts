import type { AggregationKind, BuilderQuestionType, ConditionOperator, Locale, ScreeningRole } from "@afrapport/schema";
import { useLocale } from "../../../i18n/locale-context.js";
import type { ColumnCellKind } from "./named-items.js";
import type { FileTypeGroup } from "./file-settings.js";

/** The question panel's words. */
export interface QuestionMessages {
  panelLabel(title: string): string;
  notFound(name: string): string;
  unsupportedType(type: string): string;
  readOnlyNote: string;
  problemsHeading(count: number): string;
  problemElsewhere: string;

  typeNames: Record<BuilderQuestionType, string>;
  languageDa: string;
  languageEn: string;
  missingEn: string;
  missingDa: string;

  basicsLegend: string;
  typeLabel: string;
  typeHint: string;
  typeFixed(type: string): string;
  nameLabel: string;
  nameHint: string;
  namePublishedHint: string;
  nameEmpty: string;
  nameInvalid: string;
  nameTaken(name: string): string;
  titleLabel: string;
  descriptionLabel: string;
  numberDescriptionHint: string;
  placeholderLabel: string;
  requiredLabel: string;
  labelTrueLabel: string;
  labelFalseLabel: string;
  otherTextsLegend: string;
  otherTextsHint: string;
  propertyLabels: Record<string, string>;

  choicesLegend: string;
  rowsLegend: string;
  columnsLegend: string;
  rowsAndColumnsLegend: string;
  itemsLegend: string;
  choiceWord: string;
  rowWord: string;
  columnWord: string;
  itemWord: string;
  valueLabel: string;
  textDaLabel: string;
  textEnLabel: string;
  valueDuplicate: string;
  valueEmpty: string;
  add(word: string): string;
  moveUp(word: string, position: number): string;
  moveDown(word: string, position: number): string;
  remove(word: string, position: number): string;
  removeShort: string;
  moved(word: string, position: number): string;
  removed(word: string, position: number): string;
  added(word: string, position: number): string;
  noItems(word: string): string;
  pasteOpen: string;
  pasteLabel: string;
  pasteHint: string;
  pasteAdd: string;
  pasteCancel: string;
  pasteNothing: string;
  pasted(count: number): string;
  showOtherLabel: string;
  showOtherHint: string;
  showNoneLabel: string;
  showNoneHint: string;

  columnLegend(position: number, title: string): string;
  columnNameLabel: string;
  cellTypeLabel: string;
  cellKinds: Record<ColumnCellKind, string>;
  cellKindOther(type: string): string;
  columnRequiredLabel: string;
  columnChoicesLegend: string;
  itemLegend(position: number, title: string): string;
  itemNameLabel: string;
  itemNameHint: string;
  itemNumericLabel: string;
  itemNameProblems: Record<"empty" | "invalid" | "taken", string>;

  elementsLegend: string;
  templateHint: string;
  panelHint: string;
  noElements: string;

  fileLegend: string;
  fileTypesLegend: string;
  fileTypesHint: string;
  fileTypeNames: Record<FileTypeGroup, string>;
  fileTypesOther(list: string): string;
  maxSizeLabel: string;
  maxSizeHint(max: string): string;
  maxSizeProblems: Record<"invalid" | "not-positive" | "too-large", string>;
  allowMultipleLabel: string;

  htmlLegend: string;
  htmlLabel: string;
  htmlHint: string;
  expressionLegend: string;
  expressionLabel: string;
  expressionHint: string;
  displayStyleLabel: string;
  displayStyles: Record<"none" | "decimal" | "currency" | "percent" | "date", string>;

  logicLegend: string;
  logicHint: string;
  conditionLegends: Record<"visibleIf" | "enableIf" | "requiredIf", string>;
  conditionHints: Record<"visibleIf" | "enableIf" | "requiredIf", string>;
  conditionNone: string;
  clauseLegend(position: number): string;
  clauseQuestionLabel: string;
  clauseOperatorLabel: string;
  clauseValueLabel: string;
  clauseValuesLegend: string;
  clauseRemove(position: number): string;
  clauseAdd: string;
  clauseUnknownQuestion(name: string): string;
  combinatorLabel: string;
  combinatorAnd: string;
  combinatorOr: string;
  joinAnd: string;
  joinOr: string;
  operators: Record<ConditionOperator, string>;
  noEarlierQuestions: string;
  rawLabel: string;
  rawHint: string;
  rawNotPickable: string;
  rawParseError: string;
  rawUnknown(names: string): string;
  numberInvalid: string;

  validationLegend: string;
  minLabel: string;
  maxLabel: string;
  wholeNumberLabel: string;
  maxDecimalsLabel: string;
  maxDecimalsHint: string;
  minLengthLabel: string;
  maxLengthLabel: string;
  patternLegend: string;
  patternLabel: string;
  patternHint: string;
  patternInvalid: string;
  patternMessageLabel: string;
  countInvalid: string;
  minAboveMax: string;
  otherValidators(count: number): string;

  reportLegend: string;
  aggregationLabel: string;
  aggregationNames: Record<AggregationKind, string>;
  aggregationUnfit(kind: string): string;
  sectionLabel: string;
  sectionUnknown(id: string): string;
  sectionNone: string;
  screeningLabel: string;
  screeningHint: string;
  screeningNone: string;
  screeningNames: Record<ScreeningRole, string>;
  reportNoteLabel: string;
}

const typeNamesDa: Record<BuilderQuestionType, string> = {
  text: "Kort tekst",
  number: "Tal",
  comment: "Lang tekst",
  radiogroup: "Ét valg (knapper)",
  checkbox: "Flere valg (afkrydsning)",
  dropdown: "Ét valg (rulleliste)",
  boolean: "Ja/nej",
  multipletext: "Flere felter",
  matrix: "Matrix (ét valg pr. række)",
  matrixdropdown: "Matrix med felter",
  matrixdynamic: "Tabel med rækker",
  paneldynamic: "Gentaget gruppe",
  file: "Fil",
  html: "Tekstblok",
  expression: "Beregning",
  panel: "Gruppe",
};

const typeNamesEn: Record<BuilderQuestionType, string> = {
  text: "Short text",
  number: "Number",
  comment: "Long text",
  radiogroup: "One choice (buttons)",
  checkbox: "Several choices (checkboxes)",
  dropdown: "One choice (drop-down)",
  boolean: "Yes/no",
  multipletext: "Several fields",
  matrix: "Matrix (one choice per row)",
  matrixdropdown: "Matrix with fields",
  matrixdynamic: "Table of rows",
  paneldynamic: "Repeated group",
  file: "File",
  html: "Text block",
  expression: "Calculation",
  panel: "Group",
};

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

export const questionDa: QuestionMessages = {
  panelLabel: (title) => `Spørgsmål: ${title}`,
  notFound: (name) => `Spørgsmålet »${name}« findes ikke længere i kladden. Vælg et andet i oversigten.`,
  unsupportedType: (type) => `Typen »${type}« kan ikke redigeres her. Ret den i JSON-visningen; navn, tekster, logik og rapport kan ændres nedenfor.`,
  readOnlyNote: "Du kan kun læse denne kladde.",
  problemsHeading: (count) => `${count} ${plural(count, "problem", "problemer")} i dette spørgsmål`,
  problemElsewhere: "(ret i JSON-visningen)",

  typeNames: typeNamesDa,
  languageDa: "dansk",
  languageEn: "engelsk",
  missingEn: "Mangler på engelsk",
  missingDa: "Mangler på dansk",

  basicsLegend: "Grundlæggende",
  typeLabel: "Type",
  typeHint: "Valgmuligheder og tekster følger med, når typen skiftes.",
  typeFixed: (type) => `Type: ${type}`,
  nameLabel: "Navn",
  nameHint: "Nøglen for svaret i data og betingelser: a–z, tal, _ og -, først et bogstav. Betingelser rettes med.",
  namePublishedHint: "Navnet er udgivet; et nyt navn husker det gamle, så svarene følger med.",
  nameEmpty: "Skriv et navn.",
  nameInvalid: "Brug kun bogstaver (a–z), tal, _ og -, og start med et bogstav.",
  nameTaken: (name) => `Navnet »${name}« er allerede brugt i spørgeskemaet.`,
  titleLabel: "Titel",
  descriptionLabel: "Beskrivelse",
  numberDescriptionHint: "Skriv enheden her, fx »Angiv antal kvinder« eller »i hele år«.",
  placeholderLabel: "Pladsholder i feltet",
  requiredLabel: "Skal besvares",
  labelTrueLabel: "Tekst for ja",
  labelFalseLabel: "Tekst for nej",
  otherTextsLegend: "Øvrige tekster",
  otherTextsHint: "Tekster, spørgsmålet har ud over titel og beskrivelse.",
  propertyLabels: {
    otherText: "Tekst for »Andet«",
    noneText: "Tekst for »Ingen«",
    otherPlaceholder: "Pladsholder for »Andet«",
    addRowText: "Knap: tilføj række",
    removeRowText: "Knap: fjern række",
    panelAddText: "Knap: tilføj gruppe",
    panelRemoveText: "Knap: fjern gruppe",
    templateTitle: "Titel på hver gruppe",
    requiredErrorText: "Fejlbesked, når svaret mangler",
    selectAllText: "Tekst for »Vælg alle«",
    noRowsText: "Tekst, når der ingen rækker er",
  },

  choicesLegend: "Valgmuligheder",
  rowsLegend: "Rækker",
  columnsLegend: "Kolonner",
  rowsAndColumnsLegend: "Rækker og kolonner",
  itemsLegend: "Punkter",
  choiceWord: "valgmulighed",
  rowWord: "række",
  columnWord: "kolonne",
  itemWord: "punkt",
  valueLabel: "Værdi",
  textDaLabel: "Tekst (dansk)",
  textEnLabel: "Tekst (engelsk)",
  valueDuplicate: "Værdien er brugt to gange.",
  valueEmpty: "Skriv en værdi.",
  add: (word) => `Tilføj ${word}`,
  moveUp: (word, position) => `Flyt ${word} ${position} op`,
  moveDown: (word, position) => `Flyt ${word} ${position} ned`,
  remove: (word, position) => `Fjern ${word} ${position}`,
  removeShort: "Fjern",
  moved: (word, position) => `Flyttet: ${word} er nu nummer ${position}.`,
  removed: (word, position) => `Fjernet: ${word} ${position}.`,
  added: (word, position) => `Tilføjet: ${word} ${position}.`,
  noItems: (word) => `Ingen endnu – tilføj en ${word}.`,
  pasteOpen: "Indsæt flere på én gang …",
  pasteLabel: "Valgmuligheder, én pr. linje",
  pasteHint: "Én valgmulighed pr. linje. Kolonner adskilt af tabulator (fra et regneark) eller » | «: dansk | engelsk, eller værdi | dansk | engelsk.",
  pasteAdd: "Tilføj linjerne",
  pasteCancel: "Annullér",
  pasteNothing: "Der er ingen linjer at tilføje.",
  pasted: (count) => `${count} ${plural(count, "valgmulighed", "valgmuligheder")} tilføjet.`,
  showOtherLabel: "Vis »Andet« med tekstfelt",
  showOtherHint: "Den svarende kan skrive sit eget svar. Teksterne vises samlet i rapporten.",
  showNoneLabel: "Vis »Ingen af ovenstående«",
  showNoneHint: "Udelukker de andre valg, når den er valgt.",

  columnLegend: (position, title) => `Kolonne ${position}${title === "" ? "" : `: ${title}`}`,
  columnNameLabel: "Navn",
  cellTypeLabel: "Felttype",
  cellKinds: { text: "Tekst", number: "Tal", dropdown: "Rulleliste", checkbox: "Afkrydsning", boolean: "Ja/nej", comment: "Lang tekst" },
  cellKindOther: (type) => `Anden (${type})`,
  columnRequiredLabel: "Skal udfyldes",
  columnChoicesLegend: "Valgmuligheder i kolonnen",
  itemLegend: (position, title) => `Punkt ${position}${title === "" ? "" : `: ${title}`}`,
  itemNameLabel: "Navn",
  itemNameHint: "Nøglen for svaret; et årstal som »2019« er tilladt.",
  itemNumericLabel: "Kun tal",
  itemNameProblems: {
    empty: "Skriv et navn.",
    invalid: "Brug kun bogstaver (a–z), tal, _ og -.",
    taken: "Navnet er allerede brugt i dette spørgsmål.",
  },

  elementsLegend: "Spørgsmål i gruppen",
  templateHint: "Spørgsmålene gentages for hver gruppe, den svarende tilføjer. Vælg et spørgsmål i oversigten for at redigere det.",
  panelHint: "Vælg et spørgsmål i oversigten for at redigere det.",
  noElements: "Gruppen har ingen spørgsmål endnu. Tilføj dem i oversigten.",

  fileLegend: "Filer",
  fileTypesLegend: "Tilladte filtyper",
  fileTypesHint: "Sæt ingen kryds for at tillade alle typer, serveren tager imod.",
  fileTypeNames: { pdf: "PDF", word: "Word (.doc, .docx)", odt: "ODT (LibreOffice)", excel: "Excel (.xlsx)", images: "Billeder (PNG, JPEG)" },
  fileTypesOther: (list) => `Desuden tilladt: ${list}`,
  maxSizeLabel: "Største filstørrelse (MB)",
  maxSizeHint: (max) => `Fx 10 eller 4,5. Højst ${max} MB; serverens egen grænse kan være lavere.`,
  maxSizeProblems: {
    invalid: "Skriv et tal, fx 10 eller 4,5.",
    "not-positive": "Størrelsen skal være over 0.",
    "too-large": "Størrelsen kan højst være 100 MB.",
  },
  allowMultipleLabel: "Tillad flere filer",

  htmlLegend: "Tekstblok",
  htmlLabel: "Tekst (HTML)",
  htmlHint: "Vises som den er, fx <p>…</p>, <strong>…</strong> og links.",
  expressionLegend: "Beregning",
  expressionLabel: "Udtryk",
  expressionHint: "Fx {antal2019} + {antal2020}. Resultatet vises for den svarende.",
  displayStyleLabel: "Vis resultatet som",
  displayStyles: { none: "Som det er", decimal: "Tal", currency: "Beløb", percent: "Procent", date: "Dato" },

  logicLegend: "Logik",
  logicHint: "Betingelser kan bygge på spørgsmål, der kommer før dette.",
  conditionLegends: { visibleIf: "Vis kun hvis", enableIf: "Kan kun besvares hvis", requiredIf: "Skal besvares hvis" },
  conditionHints: {
    visibleIf: "Uden betingelse vises spørgsmålet altid.",
    enableIf: "Uden betingelse kan spørgsmålet altid besvares.",
    requiredIf: "Uden betingelse gælder »Skal besvares« ovenfor.",
  },
  conditionNone: "Ingen betingelse.",
  clauseLegend: (position) => `Betingelse ${position}`,
  clauseQuestionLabel: "Spørgsmål",
  clauseOperatorLabel: "Sammenligning",
  clauseValueLabel: "Værdi",
  clauseValuesLegend: "Værdier",
  clauseRemove: (position) => `Fjern betingelse ${position}`,
  clauseAdd: "Tilføj betingelse",
  clauseUnknownQuestion: (name) => `{${name}} (ikke et tidligere spørgsmål)`,
  combinatorLabel: "Hvornår er betingelsen opfyldt?",
  combinatorAnd: "Når alle betingelser er opfyldt (og)",
  combinatorOr: "Når mindst én betingelse er opfyldt (eller)",
  joinAnd: "og",
  joinOr: "eller",
  operators: {
    equal: "er lig med",
    notequal: "er ikke lig med",
    greater: "er større end",
    less: "er mindre end",
    greaterorequal: "er mindst",
    lessorequal: "er højst",
    empty: "er ikke besvaret",
    notempty: "er besvaret",
    contains: "indeholder",
    notcontains: "indeholder ikke",
    anyof: "er en af",
    allof: "indeholder alle",
  },
  noEarlierQuestions: "Der er ingen tidligere spørgsmål at bygge en betingelse på. Skriv et udtryk nedenfor, hvis der skal være en.",
  rawLabel: "Udtryk",
  rawHint: "Betingelsen, som SurveyJS læser den. Ret den her, hvis valgene ovenfor ikke rækker.",
  rawNotPickable: "Udtrykket kan ikke vises som valg ovenfor. Det gælder som det står; ret det her.",
  rawParseError: "Udtrykket kan ikke læses. Tjek klammer, anførselstegn og sammenligninger, fx {spørgsmål} = 'ja'.",
  rawUnknown: (names) => `Udtrykket nævner spørgsmål, som ikke findes: ${names}.`,
  numberInvalid: "Skriv et tal, fx 3 eller 4,5.",

  validationLegend: "Validering",
  minLabel: "Mindste værdi",
  maxLabel: "Største værdi",
  wholeNumberLabel: "Kun hele tal",
  maxDecimalsLabel: "Højst antal decimaler",
  maxDecimalsHint: "Tomt: så mange, den svarende vil.",
  minLengthLabel: "Mindst antal tegn",
  maxLengthLabel: "Højst antal tegn",
  patternLegend: "Mønster",
  patternLabel: "Mønster (regulært udtryk)",
  patternHint: "Fx ^\\d{4}$ for præcis fire cifre. Svaret skal passe til mønstret.",
  patternInvalid: "Mønstret kan ikke læses som et regulært udtryk.",
  patternMessageLabel: "Fejlbesked, når svaret ikke passer",
  countInvalid: "Skriv et helt tal på 0 eller derover.",
  minAboveMax: "Den mindste værdi er større end den største.",
  otherValidators: (count) => `${count} ${plural(count, "anden regel", "andre regler")} bevares uændret; ret dem i JSON-visningen.`,

  reportLegend: "Rapport",
  aggregationLabel: "Opgørelse i den fælles rapport",
  aggregationNames: {
    none: "Indgår ikke",
    sum: "Sum",
    sumPerYear: "Sum pr. år",
    offerList: "Liste over tilbud",
    choiceCounts: "Antal pr. valgmulighed",
    texts: "Tekster samlet",
    files: "Vedhæftede filer",
  },
  aggregationUnfit: (kind) => `${kind} (passer ikke til typen)`,
  sectionLabel: "Afsnit i rapporten",
  sectionUnknown: (id) => `»${id}« (findes ikke)`,
  sectionNone: "Vælg et afsnit",
  screeningLabel: "Rolle i screeningsmodellen",
  screeningHint: "Bruges til at vurdere, om tilbuddet er højt specialiseret. Hver rolle kan kun have ét spørgsmål.",
  screeningNone: "Ingen",
  screeningNames: { flow: "Borgerflow (borgere pr. år)", staff: "Antal medarbejdere", experience: "Erfaring (år)", competences: "Kompetencer" },
  reportNoteLabel: "Sådan vises det",
};

export const questionEn: QuestionMessages = {
  panelLabel: (title) => `Question: ${title}`,
  notFound: (name) => `The question “${name}” is no longer in the draft. Choose another one in the outline.`,
  unsupportedType: (type) => `The type “${type}” cannot be edited here. Change it in the JSON view; its name, texts, logic and report can be changed below.`,
  readOnlyNote: "You can only read this draft.",
  problemsHeading: (count) => `${count} ${plural(count, "problem", "problems")} in this question`,
  problemElsewhere: "(fix it in the JSON view)",

  typeNames: typeNamesEn,
  languageDa: "Danish",
  languageEn: "English",
  missingEn: "Missing in English",
  missingDa: "Missing in Danish",

  basicsLegend: "Basics",
  typeLabel: "Type",
  typeHint: "Choices and texts are kept when the type changes.",
  typeFixed: (type) => `Type: ${type}`,
  nameLabel: "Name",
  nameHint: "The key of the answer in data and conditions: a–z, digits, _ and -, a letter first. Conditions follow.",
  namePublishedHint: "The name is published; a new name remembers the old one, so the answers follow.",
  nameEmpty: "Enter a name.",
  nameInvalid: "Use only letters (a–z), digits, _ and -, and start with a letter.",
  nameTaken: (name) => `The name “${name}” is already used in the questionnaire.`,
  titleLabel: "Title",
  descriptionLabel: "Description",
  numberDescriptionHint: "Give the unit here, e.g. “Number of women” or “in whole years”.",
  placeholderLabel: "Placeholder in the field",
  requiredLabel: "Required",
  labelTrueLabel: "Text for yes",
  labelFalseLabel: "Text for no",
  otherTextsLegend: "Other texts",
  otherTextsHint: "Texts the question has besides its title and description.",
  propertyLabels: {
    otherText: "Text for “Other”",
    noneText: "Text for “None”",
    otherPlaceholder: "Placeholder for “Other”",
    addRowText: "Button: add row",
    removeRowText: "Button: remove row",
    panelAddText: "Button: add group",
    panelRemoveText: "Button: remove group",
    templateTitle: "Title of each group",
    requiredErrorText: "Error message when the answer is missing",
    selectAllText: "Text for “Select all”",
    noRowsText: "Text when there are no rows",
  },

  choicesLegend: "Choices",
  rowsLegend: "Rows",
  columnsLegend: "Columns",
  rowsAndColumnsLegend: "Rows and columns",
  itemsLegend: "Items",
  choiceWord: "choice",
  rowWord: "row",
  columnWord: "column",
  itemWord: "item",
  valueLabel: "Value",
  textDaLabel: "Text (Danish)",
  textEnLabel: "Text (English)",
  valueDuplicate: "The value is used twice.",
  valueEmpty: "Enter a value.",
  add: (word) => `Add ${word}`,
  moveUp: (word, position) => `Move ${word} ${position} up`,
  moveDown: (word, position) => `Move ${word} ${position} down`,
  remove: (word, position) => `Remove ${word} ${position}`,
  removeShort: "Remove",
  moved: (word, position) => `Moved: the ${word} is now number ${position}.`,
  removed: (word, position) => `Removed: ${word} ${position}.`,
  added: (word, position) => `Added: ${word} ${position}.`,
  noItems: (word) => `None yet – add a ${word}.`,
  pasteOpen: "Paste several at once …",
  pasteLabel: "Choices, one per line",
  pasteHint: "One choice per line. Columns separated by a tab (from a spreadsheet) or “ | ”: Danish | English, or value | Danish | English.",
  pasteAdd: "Add the lines",
  pasteCancel: "Cancel",
  pasteNothing: "There are no lines to add.",
  pasted: (count) => `${count} ${plural(count, "choice", "choices")} added.`,
  showOtherLabel: "Show “Other” with a text field",
  showOtherHint: "The respondent can write their own answer. The texts are listed in the report.",
  showNoneLabel: "Show “None of the above”",
  showNoneHint: "Rules out the other choices when chosen.",

  columnLegend: (position, title) => `Column ${position}${title === "" ? "" : `: ${title}`}`,
  columnNameLabel: "Name",
  cellTypeLabel: "Field type",
  cellKinds: { text: "Text", number: "Number", dropdown: "Drop-down", checkbox: "Checkboxes", boolean: "Yes/no", comment: "Long text" },
  cellKindOther: (type) => `Other (${type})`,
  columnRequiredLabel: "Required",
  columnChoicesLegend: "Choices in the column",
  itemLegend: (position, title) => `Item ${position}${title === "" ? "" : `: ${title}`}`,
  itemNameLabel: "Name",
  itemNameHint: "The key of the answer; a year such as “2019” is allowed.",
  itemNumericLabel: "Numbers only",
  itemNameProblems: {
    empty: "Enter a name.",
    invalid: "Use only letters (a–z), digits, _ and -.",
    taken: "The name is already used in this question.",
  },

  elementsLegend: "Questions in the group",
  templateHint: "The questions repeat for every group the respondent adds. Choose a question in the outline to edit it.",
  panelHint: "Choose a question in the outline to edit it.",
  noElements: "The group has no questions yet. Add them in the outline.",

  fileLegend: "Files",
  fileTypesLegend: "Allowed file types",
  fileTypesHint: "Tick none to allow every type the server takes.",
  fileTypeNames: { pdf: "PDF", word: "Word (.doc, .docx)", odt: "ODT (LibreOffice)", excel: "Excel (.xlsx)", images: "Images (PNG, JPEG)" },
  fileTypesOther: (list) => `Also allowed: ${list}`,
  maxSizeLabel: "Largest file size (MB)",
  maxSizeHint: (max) => `E.g. 10 or 4,5. At most ${max} MB; the server's own limit may be lower.`,
  maxSizeProblems: {
    invalid: "Enter a number, e.g. 10 or 4,5.",
    "not-positive": "The size must be above 0.",
    "too-large": "The size can be at most 100 MB.",
  },
  allowMultipleLabel: "Allow several files",

  htmlLegend: "Text block",
  htmlLabel: "Text (HTML)",
  htmlHint: "Shown as it is, e.g. <p>…</p>, <strong>…</strong> and links.",
  expressionLegend: "Calculation",
  expressionLabel: "Expression",
  expressionHint: "E.g. {count2019} + {count2020}. The respondent sees the result.",
  displayStyleLabel: "Show the result as",
  displayStyles: { none: "As it is", decimal: "Number", currency: "Amount", percent: "Percentage", date: "Date" },

  logicLegend: "Logic",
  logicHint: "Conditions can use questions that come before this one.",
  conditionLegends: { visibleIf: "Show only if", enableIf: "Can only be answered if", requiredIf: "Required if" },
  conditionHints: {
    visibleIf: "Without a condition the question always shows.",
    enableIf: "Without a condition the question can always be answered.",
    requiredIf: "Without a condition “Required” above applies.",
  },
  conditionNone: "No condition.",
  clauseLegend: (position) => `Condition ${position}`,
  clauseQuestionLabel: "Question",
  clauseOperatorLabel: "Comparison",
  clauseValueLabel: "Value",
  clauseValuesLegend: "Values",
  clauseRemove: (position) => `Remove condition ${position}`,
  clauseAdd: "Add condition",
  clauseUnknownQuestion: (name) => `{${name}} (not an earlier question)`,
  combinatorLabel: "When is the condition met?",
  combinatorAnd: "When all conditions are met (and)",
  combinatorOr: "When at least one condition is met (or)",
  joinAnd: "and",
  joinOr: "or",
  operators: {
    equal: "equals",
    notequal: "does not equal",
    greater: "is greater than",
    less: "is less than",
    greaterorequal: "is at least",
    lessorequal: "is at most",
    empty: "is not answered",
    notempty: "is answered",
    contains: "contains",
    notcontains: "does not contain",
    anyof: "is one of",
    allof: "contains all of",
  },
  noEarlierQuestions: "There are no earlier questions to base a condition on. Write an expression below if there should be one.",
  rawLabel: "Expression",
  rawHint: "The condition as SurveyJS reads it. Change it here if the choices above are not enough.",
  rawNotPickable: "The expression cannot be shown as choices above. It applies as written; change it here.",
  rawParseError: "The expression cannot be read. Check braces, quotes and comparisons, e.g. {question} = 'yes'.",
  rawUnknown: (names) => `The expression names questions that do not exist: ${names}.`,
  numberInvalid: "Enter a number, e.g. 3 or 4,5.",

  validationLegend: "Validation",
  minLabel: "Smallest value",
  maxLabel: "Largest value",
  wholeNumberLabel: "Whole numbers only",
  maxDecimalsLabel: "At most this many decimals",
  maxDecimalsHint: "Empty: as many as the respondent likes.",
  minLengthLabel: "At least this many characters",
  maxLengthLabel: "At most this many characters",
  patternLegend: "Pattern",
  patternLabel: "Pattern (regular expression)",
  patternHint: "E.g. ^\\d{4}$ for exactly four digits. The answer must match the pattern.",
  patternInvalid: "The pattern cannot be read as a regular expression.",
  patternMessageLabel: "Error message when the answer does not match",
  countInvalid: "Enter a whole number of 0 or more.",
  minAboveMax: "The smallest value is larger than the largest.",
  otherValidators: (count) => `${count} other ${plural(count, "rule is", "rules are")} kept as they are; change them in the JSON view.`,

  reportLegend: "Report",
  aggregationLabel: "Summary in the joint report",
  aggregationNames: {
    none: "Not included",
    sum: "Sum",
    sumPerYear: "Sum per year",
    offerList: "List of offers",
    choiceCounts: "Count per choice",
    texts: "Texts collected",
    files: "Attached files",
  },
  aggregationUnfit: (kind) => `${kind} (does not fit the type)`,
  sectionLabel: "Section of the report",
  sectionUnknown: (id) => `“${id}” (does not exist)`,
  sectionNone: "Choose a section",
  screeningLabel: "Role in the screening model",
  screeningHint: "Used to judge whether the offer is highly specialised. Each role can have only one question.",
  screeningNone: "None",
  screeningNames: { flow: "Citizen flow (citizens per year)", staff: "Number of staff", experience: "Experience (years)", competences: "Competences" },
  reportNoteLabel: "What it shows",
};

const byLocale: Record<Locale, QuestionMessages> = { da: questionDa, en: questionEn };

export function questionMessagesFor(locale: Locale): QuestionMessages {
  return byLocale[locale];
}

/** The question panel's words (`q`) in the page's language. */
export function useQuestionMessages(): { q: QuestionMessages; locale: Locale } {
  const { locale } = useLocale();
  return { q: byLocale[locale], locale };
}
