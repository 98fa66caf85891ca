import { updateQuestionnaire, type DraftText, type FindingsByTarget, type QuestionnaireDraft } from "@afrapport/schema";
import { useMemo } from "react";
import { useBuilderMessages } from "./builder-messages.js";
import { BilingualField } from "./bilingual-field.js";
import { displayText } from "./display-text.js";
import { FindingNotes } from "./finding-notes.js";
import { addReportSection, removeReportSection, retitleReportSection, sectionUsage } from "./report-sections.js";

const isEmpty = (text: DraftText) => (text.da ?? "").trim() === "" && (text.en ?? "").trim() === "";

/** The questionnaire's own settings: its title and description in both languages, and the joint report's sections. */
export function QuestionnaireSettings({
  draft,
  findings,
  readOnly,
  onChange,
}: {
  draft: QuestionnaireDraft;
  findings: FindingsByTarget;
  readOnly: boolean;
  onChange(next: QuestionnaireDraft, group?: string): void;
}) {
  const { b, locale } = useBuilderMessages();
  const usage = useMemo(() => sectionUsage(draft), [draft]);
  const canRemove = draft.reportSections.length > 1;
  return (
    <section className="af-builder-detail" aria-labelledby="af-builder-settings-heading">
      <h2 id="af-builder-settings-heading" tabIndex={-1}>
        {b.settingsHeading}
      </h2>
      <FindingNotes findings={findings.questionnaire} />
      <BilingualField id="af-builder-title" label={b.titleLabel} value={draft.title} readOnly={readOnly} onChange={(title) => onChange(updateQuestionnaire(draft, { title }), "settings:title")} />
      <BilingualField
        id="af-builder-description"
        label={b.descriptionLabel}
        value={draft.description}
        readOnly={readOnly}
        multiline
        optional
        onChange={(description) => onChange(updateQuestionnaire(draft, { description: isEmpty(description) ? undefined : description }), "settings:description")}
      />
      <h3>{b.sectionsHeading}</h3>
      <p className="af-hint">{b.sectionsHint}</p>
      <ol className="af-builder-sections">
        {draft.reportSections.map((section, index) => {
          const used = usage.get(section.id) ?? 0;
          return (
            <li key={section.id}>
              <BilingualField
                id={`af-builder-section-${section.id}`}
                label={`${b.sectionLabel(index + 1)} · ${b.sectionUsage(used)}`}
                value={section.title}
                readOnly={readOnly}
                onChange={(title) => onChange(retitleReportSection(draft, section.id, title), `section:${section.id}`)}
              />
              {!readOnly && used === 0 && canRemove && (
                <button type="button" className="af-button af-button--small af-button--danger" onClick={() => onChange(removeReportSection(draft, section.id))}>
                  {b.removeSection(displayText(section.title, locale) || section.id)}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <button
          type="button"
          className="af-button af-button--small"
          onClick={() => {
            const added = addReportSection(draft, b.newSectionTitle);
            onChange(added.draft);
            requestAnimationFrame(() => document.getElementById(`af-builder-section-${added.id}-da`)?.focus());
          }}
        >
          {b.addSection}
        </button>
      )}
    </section>
  );
}
