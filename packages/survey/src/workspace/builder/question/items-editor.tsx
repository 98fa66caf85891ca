import { CardList } from "./card-list.js";
import { CheckField } from "./check-field.js";
import { readDraftText, withLocaleText } from "./draft-text.js";
import { ParsedText } from "./local-field.js";
import { itemName, itemNameProblem, itemObject, patchItem, uniqueItemName } from "./named-items.js";
import type { QuestionEdit } from "./question-edit.js";
import { useQuestionMessages } from "./question-messages.js";
import { TextPair } from "./text-pair.js";

/** The items of a multiple-text question: name (a year such as 2019 for a sum per year), title, numbers only. */
export function ItemsEditor({ edit }: { edit: QuestionEdit }) {
  const { q } = useQuestionMessages();
  const items = Array.isArray(edit.element.items) ? edit.element.items : [];
  const setItems = (next: unknown[]) => edit.update({ items: next });
  const patch = (index: number, change: Record<string, unknown>) => setItems(patchItem(items, index, change));
  const field = (index: number, part: string) => `items[${index}].${part}`;

  return (
    <CardList
      edit={edit}
      legend={q.itemsLegend}
      word={q.itemWord}
      items={items}
      cardLegend={(index) => q.itemLegend(index + 1, readDraftText(itemObject(items[index]).title).da ?? itemName(items[index]))}
      onChange={setItems}
      newItem={() => {
        const numeric = items.length > 0 && items.every((item) => itemObject(item).inputType === "number");
        return { name: uniqueItemName(items, "punkt"), title: { da: "" }, ...(numeric ? { inputType: "number" } : {}) };
      }}
      firstField={(index) => edit.id(field(index, "name"))}
      section
    >
      {(index) => {
        const item = itemObject(items[index]);
        return (
          <>
            <ParsedText<string>
              id={edit.id(field(index, "name"))}
              label={q.itemNameLabel}
              hint={q.itemNameHint}
              errors={edit.errors(field(index, "name"))}
              value={itemName(item)}
              format={(name) => name}
              parse={(text) => {
                const problem = itemNameProblem(items, index, text, { allowDigitsFirst: true });
                return problem === null ? { ok: true, value: text } : { ok: false, message: q.itemNameProblems[problem] };
              }}
              onCommit={(name) => patch(index, { name })}
              commitOnLeave
              readOnly={edit.readOnly}
              spellCheck={false}
              className="af-qe-name"
            />
            <TextPair edit={edit} field={field(index, "title")} label={q.titleLabel} value={item.title} onCommit={(locale, text) => patch(index, { title: withLocaleText(item.title, locale, text) })} required />
            <CheckField
              id={edit.id(field(index, "inputType"))}
              label={q.itemNumericLabel}
              errors={edit.errors(field(index, "inputType"))}
              checked={item.inputType === "number"}
              disabled={edit.readOnly}
              onChange={(checked) => patch(index, { inputType: checked ? "number" : undefined })}
            />
          </>
        );
      }}
    </CardList>
  );
}
