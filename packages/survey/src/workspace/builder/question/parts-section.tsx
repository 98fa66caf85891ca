import { draftOutline, type OutlineElement } from "@afrapport/schema";
import { useId } from "react";
import { SelectField } from "../../shell/form-field.js";
import { CheckField } from "./check-field.js";
import { ChoiceListEditor } from "./choice-list-editor.js";
import { ColumnsEditor } from "./columns-editor.js";
import { withLocaleText } from "./draft-text.js";
import { ExpressionField } from "./expression-field.js";
import { fileTypeGroups, formatMaxSizeMb, maxFileSizeMb, readAcceptedTypes, readMaxSizeMb, toggleFileType, writeAcceptedTypes } from "./file-settings.js";
import { ItemsEditor } from "./items-editor.js";
import { ParsedText } from "./local-field.js";
import type { QuestionEdit } from "./question-edit.js";
import { useQuestionMessages } from "./question-messages.js";
import { TextPair } from "./text-pair.js";

const withOtherItems = new Set(["radiogroup", "checkbox", "dropdown"]);

/**
 * What the question is made of beyond its texts, by its type's parts (a type has at most one of these): choices,
 * rows and columns, items, the questions of a group, file settings, the HTML of a text block, the expression of a
 * calculation.
 */
export function PartsSection({ edit }: { edit: QuestionEdit }) {
  const { q } = useQuestionMessages();
  const { element, builderType, info } = edit;
  if (builderType === null || info === null) return null;
  const parts = info.parts;

  if (parts.includes("choices")) {
    return (
      <ChoiceListEditor edit={edit} field="choices" legend={q.choicesLegend} word={q.choiceWord} stem="valg" items={element.choices} onChange={(choices) => edit.update({ choices })} paste section>
        {withOtherItems.has(builderType) && (
          <div className="af-qe-checks">
            <CheckField
              id={edit.id("showOtherItem")}
              label={q.showOtherLabel}
              hint={q.showOtherHint}
              errors={edit.errors("showOtherItem")}
              checked={element.showOtherItem === true || element.hasOther === true}
              disabled={edit.readOnly}
              onChange={(checked) => edit.update({ showOtherItem: checked ? true : undefined, hasOther: undefined })}
            />
            <CheckField
              id={edit.id("showNoneItem")}
              label={q.showNoneLabel}
              hint={q.showNoneHint}
              errors={edit.errors("showNoneItem")}
              checked={element.showNoneItem === true || element.hasNone === true}
              disabled={edit.readOnly}
              onChange={(checked) => edit.update({ showNoneItem: checked ? true : undefined, hasNone: undefined })}
            />
          </div>
        )}
      </ChoiceListEditor>
    );
  }
  if (parts.includes("items")) return <ItemsEditor edit={edit} />;
  if (parts.includes("columns") && !parts.includes("rows")) return <ColumnsEditor edit={edit} section />;
  if (parts.includes("rows")) {
    return (
      <fieldset className="af-qe-section">
        <legend>{q.rowsAndColumnsLegend}</legend>
        <ChoiceListEditor edit={edit} field="rows" legend={q.rowsLegend} word={q.rowWord} stem="raekke" items={element.rows} onChange={(rows) => edit.update({ rows })} paste />
        {builderType === "matrix" ? (
          <ChoiceListEditor edit={edit} field="columns" legend={q.columnsLegend} word={q.columnWord} stem="kolonne" items={element.columns} onChange={(columns) => edit.update({ columns })} paste />
        ) : (
          <ColumnsEditor edit={edit} />
        )}
      </fieldset>
    );
  }
  if (parts.includes("elements")) {
    return (
      <fieldset className="af-qe-section">
        <legend>{q.elementsLegend}</legend>
        <ElementsList edit={edit} />
      </fieldset>
    );
  }
  if (parts.includes("file")) {
    return (
      <fieldset className="af-qe-section">
        <legend>{q.fileLegend}</legend>
        <FileSettings edit={edit} />
      </fieldset>
    );
  }
  if (parts.includes("html")) {
    return (
      <fieldset className="af-qe-section">
        <legend>{q.htmlLegend}</legend>
        <TextPair
          edit={edit}
          field="html"
          label={q.htmlLabel}
          hint={q.htmlHint}
          value={element.html}
          onCommit={(locale, text) => edit.update({ html: withLocaleText(element.html, locale, text) })}
          multiline
          required
        />
      </fieldset>
    );
  }
  if (parts.includes("expression")) {
    return (
      <fieldset className="af-qe-section">
        <legend>{q.expressionLegend}</legend>
        <ExpressionField edit={edit} field="expression" label={q.expressionLabel} hint={q.expressionHint} />
        <SelectField
          id={edit.id("displayStyle")}
          label={q.displayStyleLabel}
          error={edit.errors("displayStyle")?.join(" ")}
          value={typeof element.displayStyle === "string" ? element.displayStyle : "none"}
          disabled={edit.readOnly}
          onChange={(event) => edit.update({ displayStyle: event.target.value === "none" ? undefined : event.target.value })}
        >
          {(Object.keys(q.displayStyles) as Array<keyof typeof q.displayStyles>).map((style) => (
            <option key={style} value={style}>
              {q.displayStyles[style]}
            </option>
          ))}
        </SelectField>
      </fieldset>
    );
  }
  return null;
}

/** The questions of a panel or a dynamic panel's template, listed; they are edited by selecting them in the outline. */
function ElementsList({ edit }: { edit: QuestionEdit }) {
  const { q, locale } = useQuestionMessages();
  const find = (elements: OutlineElement[]): OutlineElement | undefined => {
    for (const element of elements) {
      if (element.name === edit.name) return element;
      const inside = find(element.children);
      if (inside) return inside;
    }
    return undefined;
  };
  const self = draftOutline(edit.draft).map((page) => find(page.elements)).find((found) => found !== undefined);
  const children = self?.children ?? [];
  return (
    <div className="af-qe-elements">
      <p className="af-hint">{edit.element.type === "paneldynamic" ? q.templateHint : q.panelHint}</p>
      {children.length === 0 ? (
        <p>{q.noElements}</p>
      ) : (
        <ul className="af-qe-children">
          {children.map((child) => (
            <li key={child.name}>
              <span className="af-qe-children__title">{child.title[locale] || child.title.da || child.name}</span>{" "}
              <span className="af-hint">
                {child.builderType === null ? child.type : q.typeNames[child.builderType]} · <code>{child.name}</code>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function FileSettings({ edit }: { edit: QuestionEdit }) {
  const { q } = useQuestionMessages();
  const { element } = edit;
  const accepted = readAcceptedTypes(element.acceptedTypes);
  const typesId = useId();
  const typeErrors = edit.errors("acceptedTypes");
  return (
    <>
      <fieldset id={edit.id("acceptedTypes")} tabIndex={-1} className="af-qe-subsection" aria-describedby={`${typesId}-hint`}>
        <legend>{q.fileTypesLegend}</legend>
        <p id={`${typesId}-hint`} className="af-hint">
          {q.fileTypesHint}
        </p>
        {typeErrors && <p className="af-field-error">{typeErrors.join(" ")}</p>}
        <div className="af-qe-checks af-qe-checks--inline">
          {fileTypeGroups.map((group) => (
            <CheckField
              key={group.id}
              id={edit.id(`acceptedTypes-${group.id}`)}
              label={q.fileTypeNames[group.id]}
              checked={accepted.groups.has(group.id)}
              disabled={edit.readOnly}
              onChange={(checked) => edit.update({ acceptedTypes: writeAcceptedTypes(toggleFileType(accepted, group.id, checked)) })}
            />
          ))}
        </div>
        {accepted.other.length > 0 && <p className="af-hint">{q.fileTypesOther(accepted.other.join(", "))}</p>}
      </fieldset>
      <ParsedText<number | undefined>
        id={edit.id("maxSize")}
        label={q.maxSizeLabel}
        hint={q.maxSizeHint(String(maxFileSizeMb))}
        errors={edit.errors("maxSize")}
        value={typeof element.maxSize === "number" ? element.maxSize : undefined}
        format={(bytes) => formatMaxSizeMb(bytes)}
        parse={(text) => {
          const read = readMaxSizeMb(text);
          if (read.kind === "size") return { ok: true, value: read.bytes };
          if (read.kind === "empty") return { ok: true, value: undefined };
          return { ok: false, message: q.maxSizeProblems[read.kind] };
        }}
        onCommit={(bytes) => edit.update({ maxSize: bytes })}
        readOnly={edit.readOnly}
        inputMode="decimal"
        className="af-qe-short"
      />
      <CheckField
        id={edit.id("allowMultiple")}
        label={q.allowMultipleLabel}
        errors={edit.errors("allowMultiple")}
        checked={element.allowMultiple === true}
        disabled={edit.readOnly}
        onChange={(checked) => edit.update({ allowMultiple: checked ? true : undefined })}
      />
    </>
  );
}
