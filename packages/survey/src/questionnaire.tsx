import type { Answers, Locale, QuestionnaireVersion } from "@afrapport/schema";
import { useEffect, useMemo, useRef } from "react";
import type { Model } from "survey-core";
import { Survey } from "survey-react-ui";
import { registerDanishNumberInput } from "./danish-number-input.js";
import { createQuestionnaireModel } from "./questionnaire-model.js";

export interface QuestionnaireProps {
  /** a frozen questionnaire version (from @afrapport/schema or the server) */
  questionnaire: QuestionnaireVersion;
  /** the language of the questionnaire text and of SurveyJS's own strings; Danish by default */
  locale?: Locale;
  /** answers to start from; read once, when the questionnaire is first shown */
  data?: Answers;
  readOnly?: boolean;
  /** every page at once, without navigation (read-only views, print) */
  singlePage?: boolean;
  /** called after every change with all answers and the question that changed */
  onChange?: (answers: Answers, question: string) => void;
  /** called when the person moves to another page */
  onPageChange?: (pageIndex: number) => void;
  /**
   * Gives access to the survey-core model, for handlers this component does not wrap (file upload, completing).
   * Return a function to undo what you attached.
   */
  onModel?: (model: Model) => void | (() => void);
}

/**
 * A questionnaire version rendered with survey-react-ui: a thin wrapper that builds the model with Afrapport's
 * defaults (Danish first, validation on submit, progress by page) and reports changes. Include
 * `survey-core/survey-core.fontless.css` and `@afrapport/survey/styles.css` on the page.
 */
export function Questionnaire({ questionnaire, locale = "da", data, readOnly = false, singlePage = false, onChange, onPageChange, onModel }: QuestionnaireProps) {
  const initialLocale = useRef(locale);
  const initialData = useRef(data);
  const model = useMemo(() => {
    registerDanishNumberInput();
    const m = createQuestionnaireModel(questionnaire, initialLocale.current, { readOnly, singlePage });
    if (initialData.current !== undefined) m.data = initialData.current;
    return m;
    // readOnly is applied below without rebuilding; a new questionnaire or layout is a new model
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [questionnaire, singlePage]);

  useEffect(() => {
    if (model.locale !== locale) model.locale = locale;
  }, [model, locale]);

  useEffect(() => {
    model.readOnly = readOnly;
  }, [model, readOnly]);

  const changeRef = useRef(onChange);
  changeRef.current = onChange;
  const pageRef = useRef(onPageChange);
  pageRef.current = onPageChange;
  useEffect(() => {
    const valueChanged = (sender: Model, options: { name: string }) => changeRef.current?.(sender.data as Answers, options.name);
    const pageChanged = (sender: Model) => pageRef.current?.(sender.currentPageNo);
    model.onValueChanged.add(valueChanged);
    model.onCurrentPageChanged.add(pageChanged);
    return () => {
      model.onValueChanged.remove(valueChanged);
      model.onCurrentPageChanged.remove(pageChanged);
    };
  }, [model]);

  const modelRef = useRef(onModel);
  modelRef.current = onModel;
  useEffect(() => modelRef.current?.(model) ?? undefined, [model]);

  return <Survey model={model} />;
}
