import type { Locale, LocalizedText } from "./localized-text.js";
import type {
  ChoiceCount,
  ChoiceCountsItem,
  FilesItem,
  Figure,
  MatrixCountsItem,
  OfferColumnValue,
  OfferListItem,
  ReportItem,
  ReportItemBase,
  ReportNote,
  ReportNoteKind,
  ReportOffer,
  ReportResponseRef,
  SumItem,
  SumPerYearItem,
  TextsItem,
} from "./joint-report.js";
import { normaliseOfferName, offerKey } from "./offer-identity.js";
import type { Answers } from "./question-meta.js";
import { countFigure, figure, sumFigures } from "./report-figure.js";
import type { ListedQuestion } from "./list-questions.js";
import { answerNumber, isUnanswered, quoteValue, surveyText } from "./report-text.js";
import { answerShape } from "./answer-shape.js";
import { choiceItems, itemText, itemValue, specialValues } from "./choice-items.js";
import { isRecord } from "./json-value.js";
import type { ElementJson } from "./survey-elements.js";

/** One response, already carried to the report's questionnaire version. */
export interface PreparedResponse {
  ref: ReportResponseRef;
  answers: Answers;
}

/** Turns the answers to one question into a report item (undefined for `none`). Problems go to `note`. */
export function aggregateItem(question: ListedQuestion, responses: PreparedResponse[], note: (note: ReportNote) => void): ReportItem | undefined {
  const context = new ItemContext(question, responses, note);
  switch (question.meta.aggregation) {
    case "none":
      return undefined;
    case "sum":
      return aggregateSum(context);
    case "sumPerYear":
      return aggregateSumPerYear(context);
    case "offerList":
      return aggregateOfferList(context);
    case "choiceCounts":
      return question.type === "matrix" ? aggregateMatrix(context) : aggregateChoices(context);
    case "texts":
      return aggregateTexts(context);
    case "files":
      return aggregateFiles(context);
  }
}

/** The bookkeeping every kind shares: answered/unanswered/invalid and notes. */
class ItemContext {
  readonly answered: string[] = [];
  readonly unanswered: string[] = [];
  readonly invalid = new Set<string>();

  constructor(
    readonly question: ListedQuestion,
    readonly responses: PreparedResponse[],
    private readonly sink: (note: ReportNote) => void,
  ) {}

  /** The responses that answered the question, with their answer; counts the rest as unanswered. */
  *answers(): Generator<{ ref: ReportResponseRef; value: unknown }> {
    for (const { ref, answers } of this.responses) {
      const value = answers[this.question.name];
      if (isUnanswered(value)) {
        this.unanswered.push(ref.responseId);
        continue;
      }
      this.answered.push(ref.responseId);
      yield { ref, value };
    }
  }

  note(kind: ReportNoteKind, ref: ReportResponseRef, value: unknown, message: (locale: Locale, who: string) => string, invalid = true): void {
    if (invalid) this.invalid.add(ref.responseId);
    const who = (locale: Locale) => `${locale === "da" ? "fra" : "from"} ${ref.respondentName} (${ref.responseId})`;
    this.sink({
      kind,
      message: { da: message("da", who("da")), en: message("en", who("en")) },
      responseId: ref.responseId,
      question: this.question.name,
      value,
    });
  }

  notANumber(ref: ReportResponseRef, value: unknown, year?: string): void {
    const q = this.question.name;
    this.note("not-a-number", ref, value, (locale, who) =>
      locale === "da"
        ? `Svaret på "${q}"${year ? ` for ${year}` : ""} ${who} er ikke et tal: ${quoteValue(value)}. Det er ikke talt med.`
        : `The answer to "${q}"${year ? ` for ${year}` : ""} ${who} is not a number: ${quoteValue(value)}. It is not counted.`,
    );
  }

  wrongShape(ref: ReportResponseRef, value: unknown, expected: LocalizedText): void {
    const q = this.question.name;
    this.note("invalid-answer", ref, value, (locale, who) =>
      locale === "da"
        ? `Svaret på "${q}" ${who} har ikke den forventede form (${expected.da}): ${quoteValue(value)}. Det er udeladt.`
        : `The answer to "${q}" ${who} does not have the expected shape (${expected.en}): ${quoteValue(value)}. It is left out.`,
    );
  }

  base<K extends ReportItemBase["kind"]>(kind: K): ReportItemBase & { kind: K } {
    return {
      question: this.question.name,
      type: this.question.type,
      title: surveyText(this.question.element.title, this.question.name),
      kind,
      answered: countFigure(this.answered),
      unanswered: countFigure(this.unanswered),
      invalid: countFigure(this.responses.map((r) => r.ref.responseId).filter((id) => this.invalid.has(id))),
    };
  }
}

// ——— sum ———

function aggregateSum(context: ItemContext): SumItem {
  const values = new Map<string, Figure>();
  for (const { ref, value } of context.answers()) {
    const number = answerNumber(value);
    if (number === undefined) context.notANumber(ref, value);
    else values.set(ref.responseId, figure(number, [ref.responseId]));
  }
  const rows = context.responses.map(({ ref }) => ({ respondent: ref, value: values.get(ref.responseId) ?? null }));
  return { ...context.base("sum"), total: sumFigures([...values.values()]), rows };
}

// ——— sumPerYear ———

/** The names of a multipletext's items (or a matrix's rows). */
function itemNames(list: unknown): string[] | undefined {
  if (!Array.isArray(list) || list.length === 0) return undefined;
  return list.flatMap((item) =>
    typeof item === "string" || typeof item === "number"
      ? [String(item)]
      : isRecord(item) && (typeof item.name === "string" || typeof item.name === "number")
        ? [String(item.name)]
        : [],
  );
}

function aggregateSumPerYear(context: ItemContext): SumPerYearItem {
  const declared = itemNames(context.question.element.items);
  const cellsByResponse = new Map<string, Map<string, Figure>>();
  const seenYears = new Set<string>();
  for (const { ref, value } of context.answers()) {
    if (!isRecord(value)) {
      context.wrongShape(ref, value, { da: "et tal pr. år", en: "a number per year" });
      continue;
    }
    const cells = new Map<string, Figure>();
    for (const [year, raw] of Object.entries(value)) {
      if (isUnanswered(raw)) continue;
      if (declared && !declared.includes(year)) {
        context.note("unknown-year", ref, raw, (locale, who) =>
          locale === "da"
            ? `Svaret på "${context.question.name}" ${who} har et tal for "${year}", som spørgsmålet ikke spørger om. Det er udeladt.`
            : `The answer to "${context.question.name}" ${who} has a figure for "${year}", which the question does not ask about. It is left out.`,
        );
        continue;
      }
      const number = answerNumber(raw);
      if (number === undefined) {
        context.notANumber(ref, raw, year);
        continue;
      }
      seenYears.add(year);
      cells.set(year, figure(number, [ref.responseId]));
    }
    cellsByResponse.set(ref.responseId, cells);
  }
  const years = declared ?? [...seenYears].sort();
  const rows = context.responses.map(({ ref }) => {
    const cells = cellsByResponse.get(ref.responseId);
    const row = years.map((year) => cells?.get(year) ?? null);
    const present = row.filter((cell): cell is Figure => cell !== null);
    return { respondent: ref, cells: row, total: present.length > 0 ? sumFigures(present) : null };
  });
  const yearTotals = years.map((_, i) => sumFigures(rows.flatMap((row) => (row.cells[i] ? [row.cells[i]] : []))));
  return { ...context.base("sumPerYear"), years, rows, yearTotals, total: sumFigures(yearTotals) };
}

// ——— choices ———

interface ChoiceDef {
  value: unknown;
  text: LocalizedText;
}

/** SurveyJS items (choices, rows, columns): `"a"`, `"a|Text"`, `3` or `{ value, text }`. */
function choiceDefs(list: unknown): ChoiceDef[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item): ChoiceDef[] => {
    const value = itemValue(item);
    if (value === undefined || value === null || isRecord(value) || Array.isArray(value)) return [];
    return [{ value, text: surveyText(itemText(item), String(value)) }];
  });
}

/** SurveyJS compares choice values loosely enough that "1" and 1 are the same choice; so do we. */
const choiceKey = (value: unknown): string => (isRecord(value) || Array.isArray(value) ? JSON.stringify(value) : String(value));

const specialTexts: Record<string, { fallback: LocalizedText; property: string }> = {
  none: { fallback: { da: "Ingen", en: "None" }, property: "noneText" },
  refused: { fallback: { da: "Ønsker ikke at svare", en: "Refuse to answer" }, property: "refuseText" },
  dontknow: { fallback: { da: "Ved ikke", en: "Don't know" }, property: "dontKnowText" },
  other: { fallback: { da: "Andet", en: "Other" }, property: "otherText" },
};

/** The built-in items a choice question shows ("Other", "None", …), with their texts. */
function specialChoices(element: ElementJson): ChoiceDef[] {
  return specialValues(element).map((value) => {
    const special = specialTexts[value];
    const text = special && element[special.property] !== undefined ? surveyText(element[special.property], special.fallback.da) : special?.fallback;
    return { value, text: text ?? surveyText(undefined, value) };
  });
}

/** Counts answers against a list of choices; values outside it become unlisted choices with a note. */
class ChoiceTally {
  private readonly counts = new Map<string, { def: ChoiceDef; sources: string[]; listed: boolean }>();

  constructor(defs: ChoiceDef[]) {
    for (const def of defs) if (!this.counts.has(choiceKey(def.value))) this.counts.set(choiceKey(def.value), { def, sources: [], listed: true });
  }

  has(value: unknown): boolean {
    return this.counts.has(choiceKey(value));
  }

  add(value: unknown, responseId: string): void {
    const key = choiceKey(value);
    let entry = this.counts.get(key);
    if (!entry) {
      entry = { def: { value, text: surveyText(undefined, String(value)) }, sources: [], listed: false };
      this.counts.set(key, entry);
    }
    entry.sources.push(responseId);
  }

  result(): ChoiceCount[] {
    return [...this.counts.values()].map(({ def, sources, listed }) => ({ value: def.value, text: def.text, count: countFigure(sources), listed }));
  }
}

function unknownChoice(context: ItemContext, ref: ReportResponseRef, value: unknown, row?: string): void {
  context.note(
    "unknown-choice",
    ref,
    value,
    (locale, who) =>
      locale === "da"
        ? `Svaret på "${context.question.name}"${row ? ` i rækken "${row}"` : ""} ${who} er ikke blandt spørgsmålets valg: ${quoteValue(value)}. Det er talt som et valg for sig.`
        : `The answer to "${context.question.name}"${row ? ` in the row "${row}"` : ""} ${who} is not among the question's choices: ${quoteValue(value)}. It is counted as a choice of its own.`,
    false,
  );
}

function aggregateChoices(context: ItemContext): ChoiceCountsItem {
  const element: ElementJson = { ...context.question.element, type: context.question.type, name: context.question.name };
  const type = context.question.type;
  const multiple = answerShape(element) === "multi";
  const items = choiceItems(element);
  const defs =
    type === "boolean"
      ? [
          { value: element.valueTrue ?? true, text: surveyText(element.labelTrue, "") },
          { value: element.valueFalse ?? false, text: surveyText(element.labelFalse, "") },
        ].map((def, i) => (def.text.da === "" ? { ...def, text: i === 0 ? { da: "Ja", en: "Yes" } : { da: "Nej", en: "No" } } : def))
      : [...choiceDefs(items), ...specialChoices(element)];
  const tally = new ChoiceTally(defs);
  // With valuePropertyName, survey-core keeps each chosen value inside an object: [{ fruit: "apple" }].
  const property = multiple && typeof element.valuePropertyName === "string" && element.valuePropertyName !== "" ? element.valuePropertyName : undefined;
  const unwrap = (v: unknown) => (property !== undefined && isRecord(v) && property in v ? v[property] : v);
  for (const { ref, value } of context.answers()) {
    const list = Array.isArray(value) ? value.map(unwrap) : undefined;
    const values = multiple ? (list ? [...new Map(list.map((v) => [choiceKey(v), v])).values()] : undefined) : [value];
    if (!values || values.some((v) => isRecord(v) || Array.isArray(v))) {
      context.wrongShape(ref, value, multiple ? { da: "en liste af valg", en: "a list of choices" } : { da: "ét valg", en: "one choice" });
      continue;
    }
    for (const v of values) {
      if (isUnanswered(v)) continue;
      // choices loaded at run time (choicesByUrl, choicesFromQuestion) are not known here: no note for those
      if (items !== undefined && !tally.has(v)) unknownChoice(context, ref, v);
      tally.add(v, ref.responseId);
    }
  }
  const otherTexts: ChoiceCountsItem["otherTexts"] = [];
  for (const { ref, answers } of context.responses) {
    const comment = answers[`${context.question.name}-Comment`];
    if (typeof comment === "string" && comment.trim() !== "") otherTexts.push({ respondent: ref, text: comment.trim() });
  }
  return { ...context.base("choiceCounts"), layout: "choices", multiple, choices: tally.result(), otherTexts };
}

function aggregateMatrix(context: ItemContext): MatrixCountsItem {
  const element = context.question.element;
  const columns = choiceDefs(element.columns);
  const rowDefs = choiceDefs(element.rows);
  const rows = new Map<string, { def: ChoiceDef; listed: boolean; tally: ChoiceTally; answered: string[] }>();
  const addRow = (def: ChoiceDef, listed: boolean) => {
    const entry = { def, listed, tally: new ChoiceTally(columns), answered: [] as string[] };
    rows.set(choiceKey(def.value), entry);
    return entry;
  };
  for (const def of rowDefs) if (!rows.has(choiceKey(def.value))) addRow(def, true);
  for (const { ref, value } of context.answers()) {
    if (!isRecord(value)) {
      context.wrongShape(ref, value, { da: "et valg pr. række", en: "one choice per row" });
      continue;
    }
    for (const [rowValue, cell] of Object.entries(value)) {
      if (isUnanswered(cell)) continue;
      if (isRecord(cell) || Array.isArray(cell)) {
        context.wrongShape(ref, cell, { da: "ét valg i rækken", en: "one choice in the row" });
        continue;
      }
      let row = rows.get(choiceKey(rowValue));
      if (!row) {
        unknownChoice(context, ref, rowValue);
        row = addRow({ value: rowValue, text: surveyText(undefined, rowValue) }, false);
      }
      if (!row.tally.has(cell)) unknownChoice(context, ref, cell, rowValue);
      row.tally.add(cell, ref.responseId);
      row.answered.push(ref.responseId);
    }
  }
  return {
    ...context.base("choiceCounts"),
    layout: "matrix",
    columns: columns.map(({ value, text }) => ({ value, text })),
    rows: [...rows.values()].map(({ def, listed, tally, answered }) => ({
      value: def.value,
      text: def.text,
      listed,
      answered: countFigure(answered),
      choices: tally.result(),
    })),
  };
}

// ——— offerList ———

interface ColumnDef {
  name: string;
  title: LocalizedText;
  choices: ChoiceDef[];
}

function columnDefs(list: unknown): ColumnDef[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((column) =>
    isRecord(column) && typeof column.name === "string"
      ? [{ name: column.name, title: surveyText(column.title, column.name), choices: choiceDefs(column.choices) }]
      : [],
  );
}

/** Text is compared with its spaces collapsed; other values as JSON. */
const cellKey = (value: unknown): string => (typeof value === "string" ? `s:${value.trim().replace(/\s+/g, " ")}` : `j:${JSON.stringify(value)}`);
const cellValue = (value: unknown): unknown => (typeof value === "string" ? value.trim().replace(/\s+/g, " ") : value);

/** The most frequent of the spellings (ties: the first seen). */
function mostFrequent(counts: Map<string, number>): string {
  let best = "";
  let bestCount = 0;
  for (const [spelling, count] of counts) {
    if (count > bestCount) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}

interface OfferAccumulator {
  key: string;
  spellings: Map<string, number>;
  operators: Map<string, number>;
  namedBy: Map<string, ReportResponseRef>;
  details: Map<string, Map<string, OfferColumnValue>>;
}

function aggregateOfferList(context: ItemContext): OfferListItem {
  const declared = columnDefs(context.question.element.columns);
  const offers = new Map<string, OfferAccumulator>();
  const extraColumns = new Map<string, ColumnDef>();
  const naming: string[] = [];
  for (const { ref, value } of context.answers()) {
    if (!Array.isArray(value)) {
      context.wrongShape(ref, value, { da: "en liste af tilbud", en: "a list of offers" });
      continue;
    }
    for (const row of value) {
      if (isUnanswered(row)) continue;
      if (!isRecord(row)) {
        context.wrongShape(ref, row, { da: "en række med navn og driftsherre", en: "a row with name and operator" });
        continue;
      }
      const name = typeof row.name === "string" ? row.name.trim().replace(/\s+/g, " ") : typeof row.name === "number" ? String(row.name) : "";
      if (normaliseOfferName(name) === "") {
        context.note("unnamed-offer", ref, row, (locale, who) =>
          locale === "da"
            ? `En række i "${context.question.name}" ${who} har intet tilbudsnavn: ${quoteValue(row)}. Den er udeladt.`
            : `A row of "${context.question.name}" ${who} has no offer name: ${quoteValue(row)}. It is left out.`,
        );
        continue;
      }
      const operator = typeof row.operator === "string" || typeof row.operator === "number" ? String(row.operator).trim() : "";
      const key = offerKey(name, operator);
      let offer = offers.get(key);
      if (!offer) {
        offer = { key, spellings: new Map(), operators: new Map(), namedBy: new Map(), details: new Map() };
        offers.set(key, offer);
      }
      offer.spellings.set(name, (offer.spellings.get(name) ?? 0) + 1);
      offer.operators.set(operator, (offer.operators.get(operator) ?? 0) + 1);
      offer.namedBy.set(ref.responseId, ref);
      naming.push(ref.responseId);
      for (const [column, cell] of Object.entries(row)) {
        if (column === "name" || column === "operator" || isUnanswered(cell)) continue;
        if (declared.length === 0 && !extraColumns.has(column)) extraColumns.set(column, { name: column, title: surveyText(undefined, column), choices: [] });
        let values = offer.details.get(column);
        if (!values) offer.details.set(column, (values = new Map()));
        // a checkbox cell (e.g. several legal bases) contributes each of its values
        for (const part of Array.isArray(cell) ? cell : [cell]) {
          if (isUnanswered(part)) continue;
          const k = cellKey(part);
          const seen = values.get(k);
          if (seen) {
            if (!seen.sources.includes(ref.responseId)) seen.sources.push(ref.responseId);
          } else values.set(k, { value: cellValue(part), sources: [ref.responseId] });
        }
      }
    }
  }
  const columns = (declared.length > 0 ? declared : [...extraColumns.values()]).filter((c) => c.name !== "name" && c.name !== "operator");
  const operatorChoices = declared.find((c) => c.name === "operator")?.choices ?? [];
  const textOf = (choices: ChoiceDef[], value: unknown) => choices.find((choice) => choiceKey(choice.value) === choiceKey(value))?.text;
  const result: ReportOffer[] = [...offers.values()].map((offer) => {
    const name = mostFrequent(offer.spellings);
    const operator = mostFrequent(offer.operators);
    const operatorText = textOf(operatorChoices, operator);
    const namedBy = [...offer.namedBy.values()];
    return {
      key: offer.key,
      name,
      otherSpellings: [...offer.spellings.keys()].filter((s) => s !== name),
      operator,
      ...(operatorText ? { operatorText } : {}),
      namedBy,
      namedByCount: countFigure(namedBy.map((r) => r.responseId)),
      details: columns.map((column) => ({
        column: column.name,
        values: [...(offer.details.get(column.name)?.values() ?? [])].map((v) => {
          const text = textOf(column.choices, v.value);
          return text ? { ...v, text } : v;
        }),
      })),
    };
  });
  const collator = new Intl.Collator("da-DK");
  result.sort((a, b) => collator.compare(a.name, b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    ...context.base("offerList"),
    columns: columns.map(({ name, title }) => ({ name, title })),
    offers: result,
    offerCount: figure(result.length, naming),
  };
}

// ——— texts and files ———

function aggregateTexts(context: ItemContext): TextsItem {
  const texts: TextsItem["texts"] = [];
  for (const { ref, value } of context.answers()) {
    if (typeof value === "string") texts.push({ respondent: ref, text: value.trim() });
    else if (typeof value === "number" || typeof value === "boolean") texts.push({ respondent: ref, text: String(value) });
    else context.wrongShape(ref, value, { da: "en tekst", en: "a text" });
  }
  return { ...context.base("texts"), texts };
}

function aggregateFiles(context: ItemContext): FilesItem {
  const files: FilesItem["files"] = [];
  for (const { ref, value } of context.answers()) {
    for (const file of Array.isArray(value) ? value : [value]) {
      if (!isRecord(file) || typeof file.content !== "string" || file.content.trim() === "") {
        context.wrongShape(ref, file, { da: "en fil med navn, type og indhold", en: "a file with name, type and content" });
        continue;
      }
      files.push({
        respondent: ref,
        name: typeof file.name === "string" && file.name.trim() !== "" ? file.name : file.content,
        type: typeof file.type === "string" ? file.type : "",
        content: file.content,
      });
    }
  }
  return { ...context.base("files"), files, count: figure(files.length, files.map((f) => f.respondent.responseId)) };
}
