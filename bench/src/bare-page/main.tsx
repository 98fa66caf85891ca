// P3's baseline: the questionnaire JSON rendered by survey-react-ui alone, with survey-core's own CSS, in Danish –
// what a hand-rolled SurveyJS page would be. It fetches its JSON as the respondent page fetches its own.
import "survey-core/survey-core.fontless.css";
import { createRoot } from "react-dom/client";
import { Model } from "survey-core";
import { Survey } from "survey-react-ui";

const json: unknown = await (await fetch("/survey.json")).json();
const model = new Model(json);
model.locale = "da";
createRoot(document.getElementById("root")!).render(<Survey model={model} />);
