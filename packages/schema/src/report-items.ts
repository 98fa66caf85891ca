import type { Locale, LocalizedText } from "./localized-text.js";
import type {
  AnyFigure,
  ChoiceCount,
  ChoiceCountsItem,
  FilesItem,
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
import type { FigureMaker } from "./report-figure.js";
import type { ListedQuestion } from "./list-questions.js";
import { answerNumber, isUnanswered, quoteValue, surveyText } from "./report-text.js";
import { answerShape } from "./answer-shape.js";
import { choiceItems, itemText, itemValue, specialValues } from "./choice-items.js";
import { isRecord } from "./json-value.js";
import type { ElementJson } from "./survey-elements.js";

/** One response, already carried to the report's questionnaire version; `index` is its position in the report's list. */
export interface PreparedResponse {
  ref: ReportResponseRef;
  index: number;
  answers: Answers;
}

/**
 * Turns the answers to one question into a report item (undefined for `none`), its figures made by `figures`.
 * Problems go to `note`.
 */
export function aggregateItem<F extends AnyFigure>(
  question: ListedQuestion,
  responses: PreparedResponse[],
  note: (note: ReportNote) => void,
  figures: FigureMaker<F>,
): ReportItem<F> | undefined {
  const context = new ItemContext(question, responses, note, figures);
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

/** The bookkeeping every kind shares: answered/unanswered/invalid (as response positions), notes, figures. */
class ItemContext<F extends AnyFigure> {
  readonly answered: number[] = [];
  readonly unanswered: number[] = [];
  readonly invalid = new Set<number>();

  constructor(
    readonly question: ListedQuestion,
    readonly responses: PreparedResponse[],
    private readonly sink: (note: ReportNote) => void,
    readonly figures: FigureMaker<F>,
  ) {}

  /** The responses that answered the question, with their answer; counts the rest as unanswered. */
  *answers(): Generator<{ at: PreparedResponse; ref: ReportResponseRef; value: unknown }> {
    for (const at of this.responses) {
      const value = at.answers[this.question.name];
      if (isUnanswered(value)) {
        this.unanswered.push(at.index);
        continue;
      }
      this.answered.push(at.index);
      yield { at, ref: at.ref, value };
    }
  }

  note(kind: ReportNoteKind, at: PreparedResponse, value: unknown, message: (locale: Locale, who: string) => string, invalid = true): void {
    const { ref } = at;
    if (invalid) this.invalid.add(at.index);
    const who = (locale: Locale) => `${locale === "da" ? "fra" : "from"} ${ref.respondentName} (${ref.responseId})`;
    this.sink({
      kind,
      message: { da: message("da", who("da")), en: message("en", who("en")) },
      responseId: ref.responseId,
      question: this.question.name,
      value,
    });
  }

  notANumber(at: PreparedResponse, value: unknown, year?: string): void {
    const q = this.question.name;
    this.note("not-a-number", at, value, (locale, who) =>
      locale === "da"
        ? `Svaret på "${q}"${year ? ` for ${year}` : ""} ${who} er ikke et tal: ${quoteValue(value)}. Det er ikke talt med.`
        : `The answer to "${q}"${year ? ` for ${year}` : ""} ${who} is not a number: ${quoteValue(value)}. It is not counted.`,
    );
  }

  wrongShape(at: PreparedResponse, value: unknown, expected: LocalizedText): void {
    const q = this.question.name;
    this.note("invalid-answer", at, value, (locale, who) =>
      locale === "da"
        ? `Svaret på "${q}" ${who} har ikke den forventede form (${expected.da}): ${quoteValue(value)}. Det er udeladt.`
        : `The answer to "${q}" ${who} does not have the expected shape (${expected.en}): ${quoteValue(value)}. It is left out.`,
    );
  }

  base<K extends ReportItemBase["kind"]>(kind: K): ReportItemBase<F> & { kind: K } {
    return {
      question: this.question.name,
      type: this.question.type,
      title: surveyText(this.question.element.title, this.question.name),
      kind,
      answered: this.figures.count(this.answered),
      unanswered: this.figures.count(this.unanswered),
      // in response order, as the positions are
      invalid: this.figures.count([...this.invalid].sort((a, b) => a - b)),
    };
  }
}

// ——— sum ———

/** The sum of figures' values, added in their order. */
const sumOf = (figures: readonly AnyFigure[]) => figures.reduce((sum, f) => sum + f.value, 0);

function aggregateSum<F extends AnyFigure>(context: ItemContext<F>): SumItem<F> {
  const values = new Map<number, F>();
  for (const { at, value } of context.answers()) {
    const number = answerNumber(value);
    if (number === undefined) context.notANumber(at, value);
    else values.set(at.index, context.figures.make(number, [at.index]));
  }
  const rows = context.responses.map(({ ref, index }) => ({ respondent: ref, value: values.get(index) ?? null }));
  return { ...context.base("sum"), total: context.figures.make(sumOf([...values.values()]), [...values.keys()]), rows };
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

function aggregateSumPerYear<F extends AnyFigure>(context: ItemContext<F>): SumPerYearItem<F> {
  const declared = itemNames(context.question.element.items);
  const cellsByResponse = new Map<number, Map<string, F>>();
  const seenYears = new Set<string>();
  for (const { at, value } of context.answers()) {
    if (!isRecord(value)) {
      context.wrongShape(at, value, { da: "et tal pr. år", en: "a number per year" });
      continue;
    }
    const cells = new Map<string, F>();
    for (const [year, raw] of Object.entries(value)) {
      if (isUnanswered(raw)) continue;
      if (declared && !declared.includes(year)) {
        context.note("unknown-year", at, raw, (locale, who) =>
          locale === "da"
            ? `Svaret på "${context.question.name}" ${who} har et tal for "${year}", som spørgsmålet ikke spørger om. Det er udeladt.`
            : `The answer to "${context.question.name}" ${who} has a figure for "${year}", which the question does not ask about. It is left out.`,
        );
        continue;
      }
      const number = answerNumber(raw);
      if (number === undefined) {
        context.notANumber(at, raw, year);
        continue;
      }
      seenYears.add(year);
      cells.set(year, context.figures.make(number, [at.index]));
    }
    cellsByResponse.set(at.index, cells);
  }
  const years = declared ?? [...seenYears].sort();
  // every figure of a row came from the row's response alone
  const rows = context.responses.map(({ ref, index }) => {
    const cells = cellsByResponse.get(index);
    const row = years.map((year) => cells?.get(year) ?? null);
    const present = row.filter((cell): cell is F => cell !== null);
    return { respondent: ref, index, cells: row, total: present.length > 0 ? context.figures.make(sumOf(present), [index]) : null };
  });
  const yearSources = years.map((_, i) => rows.flatMap((row) => (row.cells[i] ? [row.index] : [])));
  const yearTotals = years.map((_, i) => context.figures.make(sumOf(rows.flatMap((row) => (row.cells[i] ? [row.cells[i]] : []))), yearSources[i]!));
  return {
    ...context.base("sumPerYear"),
    years,
    rows: rows.map(({ respondent, cells, total }) => ({ respondent, cells, total })),
    yearTotals,
    total: context.figures.make(sumOf(yearTotals), yearSources.flat()),
  };
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
  private readonly counts = new Map<string, { def: ChoiceDef; sources: number[]; listed: boolean }>();

  constructor(defs: ChoiceDef[]) {
    for (const def of defs) if (!this.counts.has(choiceKey(def.value))) this.counts.set(choiceKey(def.value), { def, sources: [], listed: true });
  }

  has(value: unknown): boolean {
    return this.counts.has(choiceKey(value));
  }

  add(value: unknown, position: number): void {
    const key = choiceKey(value);
    let entry = this.counts.get(key);
    if (!entry) {
      entry = { def: { value, text: surveyText(undefined, String(value)) }, sources: [], listed: false };
      this.counts.set(key, entry);
    }
    entry.sources.push(position);
  }

  result<F extends AnyFigure>(figures: FigureMaker<F>): ChoiceCount<F>[] {
    return [...this.counts.values()].map(({ def, sources, listed }) => ({ value: def.value, text: def.text, count: figures.count(sources), listed }));
  }
}

function unknownChoice(context: ItemContext<AnyFigure>, at: PreparedResponse, value: unknown, row?: string): void {
  context.note(
    "unknown-choice",
    at,
    value,
    (locale, who) =>
      locale === "da"
        ? `Svaret på "${context.question.name}"${row ? ` i rækken "${row}"` : ""} ${who} er ikke blandt spørgsmålets valg: ${quoteValue(value)}. Det er talt som et valg for sig.`
        : `The answer to "${context.question.name}"${row ? ` in the row "${row}"` : ""} ${who} is not among the question's choices: ${quoteValue(value)}. It is counted as a choice of its own.`,
    false,
  );
}

function aggregateChoices<F extends AnyFigure>(context: ItemContext<F>): ChoiceCountsItem<F> {
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
  for (const { at, value } of context.answers()) {
    const list = Array.isArray(value) ? value.map(unwrap) : undefined;
    const values = multiple ? (list ? [...new Map(list.map((v) => [choiceKey(v), v])).values()] : undefined) : [value];
    if (!values || values.some((v) => isRecord(v) || Array.isArray(v))) {
      context.wrongShape(at, value, multiple ? { da: "en liste af valg", en: "a list of choices" } : { da: "ét valg", en: "one choice" });
      continue;
    }
    for (const v of values) {
      if (isUnanswered(v)) continue;
      // choices loaded at run time (choicesByUrl, choicesFromQuestion) are not known here: no note for those
      if (items !== undefined && !tally.has(v)) unknownChoice(context, at, v);
      tally.add(v, at.index);
    }
  }
  const otherTexts: ChoiceCountsItem["otherTexts"] = [];
  for (const { ref, answers } of context.responses) {
    const comment = answers[`${context.question.name}-Comment`];
    if (typeof comment === "string" && comment.trim() !== "") otherTexts.push({ respondent: ref, text: comment.trim() });
  }
  return { ...context.base("choiceCounts"), layout: "choices", multiple, choices: tally.result(context.figures), otherTexts };
}

function aggregateMatrix<F extends AnyFigure>(context: ItemContext<F>): MatrixCountsItem<F> {
  const element = context.question.element;
  const columns = choiceDefs(element.columns);
  const rowDefs = choiceDefs(element.rows);
  const rows = new Map<string, { def: ChoiceDef; listed: boolean; tally: ChoiceTally; answered: number[] }>();
  const addRow = (def: ChoiceDef, listed: boolean) => {
    const entry = { def, listed, tally: new ChoiceTally(columns), answered: [] as number[] };
    rows.set(choiceKey(def.value), entry);
    return entry;
  };
  for (const def of rowDefs) if (!rows.has(choiceKey(def.value))) addRow(def, true);
  for (const { at, value } of context.answers()) {
    if (!isRecord(value)) {
      context.wrongShape(at, value, { da: "et valg pr. række", en: "one choice per row" });
      continue;
    }
    for (const [rowValue, cell] of Object.entries(value)) {
      if (isUnanswered(cell)) continue;
      if (isRecord(cell) || Array.isArray(cell)) {
        context.wrongShape(at, cell, { da: "ét valg i rækken", en: "one choice in the row" });
        continue;
      }
      let row = rows.get(choiceKey(rowValue));
      if (!row) {
        unknownChoice(context, at, rowValue);
        row = addRow({ value: rowValue, text: surveyText(undefined, rowValue) }, false);
      }
      if (!row.tally.has(cell)) unknownChoice(context, at, cell, rowValue);
      row.tally.add(cell, at.index);
      row.answered.push(at.index);
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
      answered: context.figures.count(answered),
      choices: tally.result(context.figures),
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

/** A value of an offer's column as it is gathered: the positions of the responses that gave it, in order. */
interface ColumnValueAccumulator {
  value: unknown;
  sources: number[];
}

interface OfferAccumulator {
  key: string;
  spellings: Map<string, number>;
  operators: Map<string, number>;
  namedBy: Map<string, { ref: ReportResponseRef; index: number }>;
  details: Map<string, Map<string, ColumnValueAccumulator>>;
}

function aggregateOfferList<F extends AnyFigure>(context: ItemContext<F>): OfferListItem<F> {
  const declared = columnDefs(context.question.element.columns);
  const offers = new Map<string, OfferAccumulator>();
  const extraColumns = new Map<string, ColumnDef>();
  const naming: number[] = [];
  // the same few offers are named again and again: normalise each spelling once
  const names = new Map<string, string>();
  const normalisedName = (name: string) => names.get(name) ?? names.set(name, normaliseOfferName(name)).get(name)!;
  const keys = new Map<string, string>();
  const keyOf = (name: string, operator: string) => {
    const both = `${name}\u0000${operator}`;
    return keys.get(both) ?? keys.set(both, offerKey(name, operator)).get(both)!;
  };
  for (const { at, ref, value } of context.answers()) {
    if (!Array.isArray(value)) {
      context.wrongShape(at, value, { da: "en liste af tilbud", en: "a list of offers" });
      continue;
    }
    for (const row of value) {
      if (isUnanswered(row)) continue;
      if (!isRecord(row)) {
        context.wrongShape(at, row, { da: "en række med navn og driftsherre", en: "a row with name and operator" });
        continue;
      }
      const name = typeof row.name === "string" ? row.name.trim().replace(/\s+/g, " ") : typeof row.name === "number" ? String(row.name) : "";
      if (normalisedName(name) === "") {
        context.note("unnamed-offer", at, row, (locale, who) =>
          locale === "da"
            ? `En række i "${context.question.name}" ${who} har intet tilbudsnavn: ${quoteValue(row)}. Den er udeladt.`
            : `A row of "${context.question.name}" ${who} has no offer name: ${quoteValue(row)}. It is left out.`,
        );
        continue;
      }
      const operator = typeof row.operator === "string" || typeof row.operator === "number" ? String(row.operator).trim() : "";
      const key = keyOf(name, operator);
      let offer = offers.get(key);
      if (!offer) {
        offer = { key, spellings: new Map(), operators: new Map(), namedBy: new Map(), details: new Map() };
        offers.set(key, offer);
      }
      offer.spellings.set(name, (offer.spellings.get(name) ?? 0) + 1);
      offer.operators.set(operator, (offer.operators.get(operator) ?? 0) + 1);
      offer.namedBy.set(ref.responseId, { ref, index: at.index });
      naming.push(at.index);
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
          // responses come one after the other: one already among the sources is the last of them
          if (seen) {
            if (seen.sources[seen.sources.length - 1] !== at.index) seen.sources.push(at.index);
          } else values.set(k, { value: cellValue(part), sources: [at.index] });
        }
      }
    }
  }
  const columns = (declared.length > 0 ? declared : [...extraColumns.values()]).filter((c) => c.name !== "name" && c.name !== "operator");
  const operatorChoices = declared.find((c) => c.name === "operator")?.choices ?? [];
  const textOf = (choices: ChoiceDef[], value: unknown) => choices.find((choice) => choiceKey(choice.value) === choiceKey(value))?.text;
  // with the sources inline, a column value lists the ids of the responses that gave it; else nothing
  const { ids } = context.figures;
  const columnValue = (v: ColumnValueAccumulator, text: LocalizedText | undefined): OfferColumnValue<F> => {
    const base = ids === undefined ? { value: v.value } : { value: v.value, sources: v.sources.map((p) => ids[p]!) };
    return (text ? { ...base, text } : base) as OfferColumnValue<F>;
  };
  const result: ReportOffer<F>[] = [...offers.values()].map((offer) => {
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
      namedBy: namedBy.map((n) => n.ref),
      namedByCount: context.figures.count(namedBy.map((n) => n.index)),
      details: columns.map((column) => ({
        column: column.name,
        values: [...(offer.details.get(column.name)?.values() ?? [])].map((v) => columnValue(v, textOf(column.choices, v.value))),
      })),
    };
  });
  const collator = new Intl.Collator("da-DK");
  result.sort((a, b) => collator.compare(a.name, b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    ...context.base("offerList"),
    columns: columns.map(({ name, title }) => ({ name, title })),
    offers: result,
    offerCount: context.figures.make(result.length, naming),
  };
}

// ——— texts and files ———

function aggregateTexts<F extends AnyFigure>(context: ItemContext<F>): TextsItem<F> {
  const texts: TextsItem["texts"] = [];
  for (const { at, ref, value } of context.answers()) {
    if (typeof value === "string") texts.push({ respondent: ref, text: value.trim() });
    else if (typeof value === "number" || typeof value === "boolean") texts.push({ respondent: ref, text: String(value) });
    else context.wrongShape(at, value, { da: "en tekst", en: "a text" });
  }
  return { ...context.base("texts"), texts };
}

function aggregateFiles<F extends AnyFigure>(context: ItemContext<F>): FilesItem<F> {
  const files: FilesItem["files"] = [];
  const sources: number[] = [];
  for (const { at, ref, value } of context.answers()) {
    for (const file of Array.isArray(value) ? value : [value]) {
      if (!isRecord(file) || typeof file.content !== "string" || file.content.trim() === "") {
        context.wrongShape(at, file, { da: "en fil med navn, type og indhold", en: "a file with name, type and content" });
        continue;
      }
      sources.push(at.index);
      files.push({
        respondent: ref,
        name: typeof file.name === "string" && file.name.trim() !== "" ? file.name : file.content,
        type: typeof file.type === "string" ? file.type : "",
        content: file.content,
      });
    }
  }
  return { ...context.base("files"), files, count: context.figures.make(files.length, sources) };
}
