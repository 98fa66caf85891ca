import { type BuilderQuestionType, DraftEditError, renameElement, validElementName } from "@afrapport/schema";
import { Serializer } from "survey-core";
import { SelectField } from "../../shell/form-field.js";
import { CheckField } from "./check-field.js";
import { withLocaleText } from "./draft-text.js";
import { ParsedText } from "./local-field.js";
import type { QuestionEdit } from "./question-edit.js";
import { type QuestionMessages, useQuestionMessages } from "./question-messages.js";
import { TextPair } from "./text-pair.js";
import { typeChangePatch, typeChoices } from "./type-change.js";

/** Texts the panel edits in their own place; any other localizable text of the question is listed under "Øvrige tekster". */
const placedTexts = new Set(["title", "description", "placeholder", "html", "labelTrue", "labelFalse"]);

function nameProblem(edit: QuestionEdit, next: string, q: QuestionMessages): string | null {
  if (next.trim() === "") return q.nameEmpty;
  if (!validElementName(next)) return q.nameInvalid;
  if (next.toLowerCase() !== edit.name.toLowerCase() && edit.names.has(next.toLowerCase())) return q.nameTaken(next);
  return null;
}

/** Type, name, texts in both languages, required – what every question has. */
export function BasicsSection({ edit, publishedNames }: { edit: QuestionEdit; publishedNames: ReadonlySet<string> }) {
  const { q } = useQuestionMessages();
  const { element, builderType, info, answers } = edit;
  const types = typeChoices(builderType);
  const setText = (key: string) => (locale: "da" | "en", text: string) => edit.update({ [key]: withLocaleText(element[key], locale, text) });
  const otherTexts = Object.keys(element).filter((key) => {
    if (placedTexts.has(key)) return false;
    const property = Serializer.findProperty(String(element.type), key);
    return property != null && property.isLocalizable && !property.type.endsWith("[]");
  });

  return (
    <fieldset className="af-qe-section">
      <legend>{q.basicsLegend}</legend>
      <div className="af-qe-row">
        {types.length > 1 && builderType !== null ? (
          <SelectField
            id={edit.id("type")}
            label={q.typeLabel}
            hint={q.typeHint}
            error={edit.errors("type")?.join(" ")}
            value={builderType}
            disabled={edit.readOnly}
            onChange={(event) => edit.update(typeChangePatch(element, event.target.value as BuilderQuestionType))}
          >
            {types.map((type) => (
              <option key={type} value={type}>
                {q.typeNames[type]}
              </option>
            ))}
          </SelectField>
        ) : (
          <p className="af-qe-fixed" id={edit.id("type")}>
            {q.typeFixed(builderType === null ? String(element.type) : q.typeNames[builderType])}
          </p>
        )}
        <ParsedText<string>
          id={edit.id("name")}
          label={q.nameLabel}
          hint={publishedNames.has(edit.name) ? `${q.nameHint} ${q.namePublishedHint}` : q.nameHint}
          errors={edit.errors("name")}
          value={edit.name}
          format={(name) => name}
          parse={(text) => {
            const problem = nameProblem(edit, text, q);
            return problem === null ? { ok: true, value: text } : { ok: false, message: problem };
          }}
          onCommit={(next) => {
            try {
              edit.apply((draft) => renameElement(draft, edit.name, next, { publishedNames }), { select: next });
            } catch (error) {
              if (!(error instanceof DraftEditError)) throw error;
              edit.announce(error.code === "name-taken" ? q.nameTaken(next) : q.nameInvalid);
            }
          }}
          commitOnLeave
          readOnly={edit.readOnly}
          spellCheck={false}
          className="af-qe-name"
        />
      </div>
      {element.type === "html" ? null : <TextPair edit={edit} field="title" label={q.titleLabel} value={element.title} onCommit={setText("title")} multiline rows={2} required />}
      <TextPair
        edit={edit}
        field="description"
        label={q.descriptionLabel}
        value={element.description}
        onCommit={setText("description")}
        multiline
        {...(builderType === "number" ? { hint: q.numberDescriptionHint } : {})}
      />
      {info?.parts.includes("placeholder") && <TextPair edit={edit} field="placeholder" label={q.placeholderLabel} value={element.placeholder} onCommit={setText("placeholder")} />}
      {builderType === "boolean" && (
        <>
          <TextPair edit={edit} field="labelTrue" label={q.labelTrueLabel} value={element.labelTrue} onCommit={setText("labelTrue")} />
          <TextPair edit={edit} field="labelFalse" label={q.labelFalseLabel} value={element.labelFalse} onCommit={setText("labelFalse")} />
        </>
      )}
      {answers && element.type !== "expression" && (
        <CheckField
          id={edit.id("isRequired")}
          label={q.requiredLabel}
          errors={edit.errors("isRequired")}
          checked={element.isRequired === true}
          disabled={edit.readOnly}
          onChange={(checked) => edit.update({ isRequired: checked ? true : undefined })}
        />
      )}
      {otherTexts.length > 0 && (
        <fieldset className="af-qe-subsection">
          <legend>{q.otherTextsLegend}</legend>
          <p className="af-hint">{q.otherTextsHint}</p>
          {otherTexts.map((key) => (
            <TextPair key={key} edit={edit} field={key} label={q.propertyLabels[key] ?? key} value={element[key]} onCommit={setText(key)} />
          ))}
        </fieldset>
      )}
    </fieldset>
  );
}
