import type { JSX } from "react";
import { RendererFactory, type Question, type QuestionTextModel } from "survey-core";
import { ReactQuestionFactory, SurveyQuestionElementBase, SurveyQuestionText } from "survey-react-ui";
import { enterNumberText, isNumberField, numberFieldText, showNumberRefusal } from "./danish-number-field.js";

/**
 * A number field as a plain text input that reads Danish numbers (see danish-number-field.ts for why not the
 * browser's number input). `inputMode="decimal"` still gives phones a keypad with the locale's decimal comma.
 * Uncontrolled, like survey-react-ui's own text input: the field's text is set from the model only when the model
 * changed under it (a colleague's answer merged in), never while the person types.
 */
export class DanishNumberInput extends SurveyQuestionElementBase {
  private input: HTMLInputElement | null = null;

  protected get question(): QuestionTextModel {
    return this.questionBase as QuestionTextModel;
  }

  protected override updateDomElement(): void {
    const text = numberFieldText(this.question);
    if (this.input !== null && this.input.value !== text) this.input.value = text;
    super.updateDomElement();
  }

  protected override renderElement(): JSX.Element {
    const question = this.question;
    const text = numberFieldText(question);
    if (question.isReadOnlyRenderDiv()) return <div>{text}</div>;
    return (
      <div className={question.getRootClass()}>
        <input
          id={question.inputId}
          ref={(input) => {
            this.input = input;
            this.setControl(input);
          }}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          defaultValue={text}
          disabled={question.isDisabledAttr}
          readOnly={question.isReadOnlyAttr}
          className={question.getControlClass()}
          style={question.inputStyle}
          size={question.inputSize}
          placeholder={question.renderedPlaceholder}
          onChange={(event) => enterNumberText(question, event.target.value)}
          onFocus={(event) => question.onFocus(event)}
          // not question.onBlur: survey-core would read the text again with its own number conversion
          onBlur={() => showNumberRefusal(question)}
          aria-required={question.a11y_input_ariaRequired}
          aria-label={question.a11y_input_ariaLabel}
          aria-labelledby={question.a11y_input_ariaLabelledBy}
          aria-describedby={question.a11y_input_ariaDescribedBy}
          aria-invalid={question.a11y_input_ariaInvalid}
          aria-errormessage={question.a11y_input_ariaErrormessage}
        />
      </div>
    );
  }
}

const rendererName = "af-text";
let registered = false;

/**
 * Renders every text entry through Afrapport: number fields (questions, multiple-text items, matrix cells, also
 * inside dynamic panels) as `DanishNumberInput`, every other text question with survey-react-ui's own component.
 */
export function registerDanishNumberInput(): void {
  if (registered) return;
  registered = true;
  const render = (props: { question: Question }): JSX.Element =>
    isNumberField(props.question) ? <DanishNumberInput {...props} /> : <SurveyQuestionText {...props} />;
  // survey-react-ui types the creator's argument as a string; it is called with the question's props
  ReactQuestionFactory.Instance.registerQuestion(rendererName, render as unknown as (name: string) => JSX.Element);
  RendererFactory.Instance.registerRenderer("text", rendererName, rendererName, true);
}
