import { type AggregationKind, aggregationKinds, type ScreeningRole, screeningRoles } from "@afrapport/schema";
import { SelectField } from "../../shell/form-field.js";
import type { QuestionEdit } from "./question-edit.js";
import { useQuestionMessages } from "./question-messages.js";
import { reportSentence } from "./report-sentence.js";

/**
 * How the question feeds the joint report: its aggregation (only the kinds its type takes), its report section,
 * its role in the screening model (offer questionnaires only), and in words what the report will show for it.
 */
export function ReportSection({ edit }: { edit: QuestionEdit }) {
  const { q, locale } = useQuestionMessages();
  const { element, builderType, draft, info } = edit;
  const current = typeof element.aggregation === "string" ? element.aggregation : "";
  const kinds: string[] = info?.aggregations ?? [...aggregationKinds];
  const section = typeof element.reportSection === "string" ? element.reportSection : "";
  const screening = typeof element.screening === "string" ? element.screening : "";
  const roles: string[] = info?.screeningRoles ?? [...screeningRoles];
  const offer = draft.audience === "offer";
  const known = (kind: string): kind is AggregationKind => (aggregationKinds as readonly string[]).includes(kind);
  const sentence = known(current)
    ? reportSentence(
        {
          aggregation: current,
          builderType,
          audience: draft.audience,
          screening: (screeningRoles as readonly string[]).includes(screening) ? (screening as ScreeningRole) : undefined,
          other: element.showOtherItem === true || element.hasOther === true,
        },
        locale,
      )
    : undefined;

  return (
    <fieldset className="af-qe-section">
      <legend>{q.reportLegend}</legend>
      <div className="af-qe-row">
        <SelectField
          id={edit.id("aggregation")}
          label={q.aggregationLabel}
          error={edit.errors("aggregation")?.join(" ")}
          value={current}
          disabled={edit.readOnly}
          onChange={(event) => edit.update({ aggregation: event.target.value })}
        >
          {!kinds.includes(current) && <option value={current}>{q.aggregationUnfit(known(current) ? q.aggregationNames[current] : current || "–")}</option>}
          {kinds.filter(known).map((kind) => (
            <option key={kind} value={kind}>
              {q.aggregationNames[kind]}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={edit.id("reportSection")}
          label={q.sectionLabel}
          error={edit.errors("reportSection")?.join(" ")}
          value={section}
          disabled={edit.readOnly}
          onChange={(event) => edit.update({ reportSection: event.target.value })}
        >
          {section === "" && <option value="">{q.sectionNone}</option>}
          {section !== "" && !draft.reportSections.some((candidate) => candidate.id === section) && <option value={section}>{q.sectionUnknown(section)}</option>}
          {draft.reportSections.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.title[locale] || candidate.title.da || candidate.id}
            </option>
          ))}
        </SelectField>
      </div>
      {((offer && roles.length > 0) || screening !== "") && (
        <SelectField
          id={edit.id("screening")}
          label={q.screeningLabel}
          hint={q.screeningHint}
          error={edit.errors("screening")?.join(" ")}
          value={screening}
          disabled={edit.readOnly}
          onChange={(event) => edit.update({ screening: event.target.value === "" ? undefined : event.target.value })}
        >
          <option value="">{q.screeningNone}</option>
          {screening !== "" && !roles.includes(screening) && (
            <option value={screening}>{(screeningRoles as readonly string[]).includes(screening) ? q.screeningNames[screening as ScreeningRole] : screening}</option>
          )}
          {roles.map((role) => (
            <option key={role} value={role}>
              {q.screeningNames[role as ScreeningRole]}
            </option>
          ))}
        </SelectField>
      )}
      {sentence !== undefined && (
        <p className="af-qe-report-note">
          <strong>{q.reportNoteLabel}:</strong> {sentence}
        </p>
      )}
    </fieldset>
  );
}
