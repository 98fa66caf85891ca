import type {
  MatrixDropdownRowModelBase,
  Model,
  Question,
  QuestionMatrixDropdownModelBase,
  QuestionMultipleTextModel,
  QuestionPanelDynamicModel,
} from "survey-core";

// Where an answer path points in the live model. validateAnswers names each finding by its top-level question and
// a path into the answers ("targetGroupCount.2018", "offersUsed[1].legalBasis", "rows.a.col"); the person needs
// the message at that field – the year, the cell – not above the whole question.

const step = /\.([^.[\]]+)|\[(\d+)\]/g;

/** The path's steps after the question's own key: item, row or column names, and row or panel indexes. */
export function pathSteps(path: string, key: string): (string | number)[] | undefined {
  if (path === key) return [];
  if (!path.startsWith(key)) return undefined;
  const rest = path.slice(key.length);
  const steps: (string | number)[] = [];
  let at = 0;
  for (const match of rest.matchAll(step)) {
    if (match.index !== at) return undefined;
    steps.push(match[2] !== undefined ? Number(match[2]) : (match[1] as string));
    at = match.index + match[0].length;
  }
  return at === rest.length ? steps : undefined;
}

function isMatrixWithCells(question: Question): question is QuestionMatrixDropdownModelBase {
  const type = question.getType();
  return type === "matrixdynamic" || type === "matrixdropdown";
}

/** The row a step names: an index of a dynamic matrix, a row value of a dropdown matrix. */
function rowOf(matrix: QuestionMatrixDropdownModelBase, name: string | number): MatrixDropdownRowModelBase | undefined {
  const rows = matrix.visibleRows;
  if (typeof name === "number") return matrix.getType() === "matrixdynamic" ? rows[name] : undefined;
  // row values of a dropdown matrix may be numbers in the JSON; the path carries them as text
  return rows.find((row) => String(row.rowName) === name);
}

/**
 * The field a finding is about: a multiple-text item's editor, a matrix cell or a question in a dynamic panel – or
 * the question itself when the path goes no deeper, or deeper than the live model shows (a row not rendered).
 * Undefined when the questionnaire has no question of that name.
 */
export function fieldAt(model: Model, finding: { question: string; path: string }): Question | undefined {
  const top = model.getQuestionByName(finding.question) as Question | null;
  if (!top) return undefined;
  const steps = pathSteps(finding.path, top.getValueName()) ?? [];
  let field: Question = top;
  let i = 0;
  while (i < steps.length) {
    const here: string | number = steps[i] as string | number;
    const type = field.getType();
    if (type === "multipletext" && typeof here === "string") {
      const editor = (field as QuestionMultipleTextModel).getItemByName(here)?.editor;
      if (!editor) break;
      field = editor;
      i += 1;
    } else if (isMatrixWithCells(field) && typeof steps[i + 1] === "string") {
      const cell = rowOf(field, here)?.getQuestionByColumnName(steps[i + 1] as string);
      if (!cell) break;
      field = cell;
      i += 2;
    } else if (type === "paneldynamic" && typeof here === "number" && typeof steps[i + 1] === "string") {
      const inner = (field as QuestionPanelDynamicModel).panels[here]?.getQuestionByValueName(steps[i + 1] as string) as Question | null | undefined;
      if (!inner) break;
      field = inner;
      i += 2;
    } else {
      break;
    }
  }
  return field;
}

/** A question and every field inside it that can hold a message of its own: items, cells, panel questions. */
export function fieldsOf(question: Question): Question[] {
  const fields: Question[] = [question];
  const type = question.getType();
  if (type === "multipletext") {
    for (const item of (question as QuestionMultipleTextModel).items) fields.push(item.editor);
  } else if (isMatrixWithCells(question)) {
    // only rows the matrix has made: reading visibleRows would make them
    const rows = (question as QuestionMatrixDropdownModelBase & { generatedVisibleRows?: MatrixDropdownRowModelBase[] | null }).generatedVisibleRows ?? [];
    for (const row of rows) for (const cell of row.cells) fields.push(cell.question);
  } else if (type === "paneldynamic") {
    for (const panel of (question as QuestionPanelDynamicModel).panels) for (const inner of panel.questions) fields.push(...fieldsOf(inner));
  }
  return fields;
}
