import { SelectField } from "../../shell/form-field.js";
import { CardList } from "./card-list.js";
import { CheckField } from "./check-field.js";
import { ChoiceListEditor } from "./choice-list-editor.js";
import { readDraftText, withLocaleText } from "./draft-text.js";
import { ParsedText } from "./local-field.js";
import { columnCellKind, columnCellKinds, columnKindPatch, itemName, itemNameProblem, itemObject, patchItem, uniqueItemName, type ColumnCellKind } from "./named-items.js";
import type { QuestionEdit } from "./question-edit.js";
import { useQuestionMessages } from "./question-messages.js";
import { TextPair } from "./text-pair.js";

/** The columns of a matrix with fields (matrixdropdown, matrixdynamic): name, title, kind of cell, and the choices of a drop-down or checkbox cell. */
export function ColumnsEditor({ edit, section }: { edit: QuestionEdit; section?: boolean }) {
  const { q } = useQuestionMessages();
  const columns = Array.isArray(edit.element.columns) ? edit.element.columns : [];
  const setColumns = (next: unknown[]) => edit.update({ columns: next });
  const patch = (index: number, change: Record<string, unknown>) => setColumns(patchItem(columns, index, change));
  const field = (index: number, part: string) => `columns[${index}].${part}`;

  return (
    <CardList
      edit={edit}
      legend={q.columnsLegend}
      word={q.columnWord}
      items={columns}
      cardLegend={(index) => q.columnLegend(index + 1, readDraftText(itemObject(columns[index]).title).da ?? itemName(columns[index]))}
      onChange={setColumns}
      newItem={() => ({ name: uniqueItemName(columns, "kolonne"), title: { da: "" }, cellType: "text" })}
      firstField={(index) => edit.id(field(index, "title.da"))}
      section={section}
    >
      {(index) => {
        const column = itemObject(columns[index]);
        const kind = columnCellKind(column, edit.element.cellType);
        return (
          <>
            <div className="af-qe-row">
              <ParsedText<string>
                id={edit.id(field(index, "name"))}
                label={q.columnNameLabel}
                errors={edit.errors(field(index, "name"))}
                value={itemName(column)}
                format={(name) => name}
                parse={(text) => {
                  const problem = itemNameProblem(columns, index, text);
                  return problem === null ? { ok: true, value: text } : { ok: false, message: q.itemNameProblems[problem] };
                }}
                onCommit={(name) => patch(index, { name })}
                commitOnLeave
                readOnly={edit.readOnly}
                spellCheck={false}
                className="af-qe-name"
              />
              <SelectField
                id={edit.id(field(index, "cellType"))}
                label={q.cellTypeLabel}
                error={edit.errors(field(index, "cellType"))?.join(" ")}
                value={kind ?? ""}
                disabled={edit.readOnly}
                onChange={(event) => patch(index, columnKindPatch(column, event.target.value as ColumnCellKind))}
              >
                {kind === null && <option value="">{q.cellKindOther(String(column.cellType ?? edit.element.cellType))}</option>}
                {columnCellKinds.map((candidate) => (
                  <option key={candidate} value={candidate}>
                    {q.cellKinds[candidate]}
                  </option>
                ))}
              </SelectField>
            </div>
            <TextPair edit={edit} field={field(index, "title")} label={q.titleLabel} value={column.title} onCommit={(locale, text) => patch(index, { title: withLocaleText(column.title, locale, text) })} required />
            <CheckField
              id={edit.id(field(index, "isRequired"))}
              label={q.columnRequiredLabel}
              checked={column.isRequired === true}
              disabled={edit.readOnly}
              onChange={(checked) => patch(index, { isRequired: checked ? true : undefined })}
            />
            {(kind === "dropdown" || kind === "checkbox") && (
              <ChoiceListEditor
                edit={edit}
                field={field(index, "choices")}
                legend={q.columnChoicesLegend}
                word={q.choiceWord}
                stem="valg"
                items={column.choices}
                onChange={(choices) => patch(index, { choices })}
                paste
              />
            )}
          </>
        );
      }}
    </CardList>
  );
}
