import { audiences, type Audience } from "@afrapport/schema";
import type { AnnouncementView } from "@afrapport/schema/api";
import { ChoiceFieldset } from "../shell/choice-fieldset.js";
import { SelectField } from "../shell/form-field.js";
import { useQuestionnairesMessages } from "./questionnaires-messages.js";

/** Where a new questionnaire goes, as the new-questionnaire and the import dialogs ask it: the announcement, and who answers. */
export function AnnouncementAudienceFields(props: {
  ids: { announcementId: string; audience: string };
  announcements: AnnouncementView[];
  values: { announcementId: string; audience: Audience | "" };
  problems: { announcementId?: string | undefined; audience?: string | undefined };
  onChange(change: { announcementId: string } | { audience: Audience }): void;
}) {
  const { q, locale } = useQuestionnairesMessages();
  return (
    <>
      <SelectField
        id={props.ids.announcementId}
        label={q.fieldAnnouncement}
        value={props.values.announcementId}
        error={props.problems.announcementId}
        onChange={(event) => props.onChange({ announcementId: event.target.value })}
      >
        {props.announcements.map((announcement) => (
          <option key={announcement.id} value={announcement.id}>
            {announcement.title[locale]}
          </option>
        ))}
      </SelectField>
      <ChoiceFieldset<Audience>
        id={props.ids.audience}
        legend={q.fieldAudience}
        inline
        options={audiences.map((audience) => ({ value: audience, label: q.audienceNames[audience] }))}
        value={props.values.audience}
        error={props.problems.audience}
        onChange={(audience) => props.onChange({ audience })}
      />
    </>
  );
}
