import { regions } from "@afrapport/schema";
import type { AnnouncementView, Campaign } from "@afrapport/schema/api";
import { useState, type FormEvent } from "react";
import { useDocumentTitle } from "../../app/use-document-title.js";
import { formatDate } from "../../format.js";
import { useSession } from "../auth/session-context.js";
import { useAnnouncements } from "../catalogue/use-announcements.js";
import { campaignCreatedText } from "../contacts/contact-status.js";
import { useContactsMessages } from "../contacts/contacts-messages.js";
import { useQuestionnairesMessages } from "../questionnaires/questionnaires-messages.js";
import { apiErrorText } from "../shell/api-error-text.js";
import { Breadcrumbs } from "../shell/breadcrumbs.js";
import { ChoiceFieldset } from "../shell/choice-fieldset.js";
import { DeadlineFields } from "../shell/deadline-fields.js";
import { ErrorSummary, type FieldProblem } from "../shell/error-summary.js";
import { SelectField, TextField } from "../shell/form-field.js";
import { Loading } from "../shell/loading.js";
import { Link, navigate } from "../shell/navigation.js";
import { InlineProblem, LoadProblem } from "../shell/problem.js";
import { useLoad, type Loaded } from "../shell/use-load.js";
import { useWorkspaceMessages, type WorkspaceMessages } from "../shell/use-workspace-messages.js";
import { prefillSummary } from "../status-board/prefill-text.js";
import { campaignPath, campaignsPath, questionnairesPath } from "../workspace-routes.js";
import {
  campaignReady,
  fieldForServer,
  initialValues,
  prefillCandidates,
  questionnaireOptions,
  readCreateCampaign,
  withMunicipalityQuestionnaire,
  type CreateCampaignField,
  type CreateCampaignValues,
  type QuestionnaireOption,
} from "./create-campaign-form.js";
import { announceOnNextPage } from "./next-page-notice.js";

const fieldIds: Record<CreateCampaignField, string> = {
  announcementId: "create-announcement",
  title: "create-title",
  regionCode: "create-region",
  municipalityQuestionnaire: "create-municipality-questionnaire",
  offerQuestionnaire: "create-offer-questionnaire",
  deadlineDate: "create-deadline-date",
  deadlineTime: "create-deadline-time",
};
const fieldOrder = Object.keys(fieldIds) as CreateCampaignField[];

/** The form's labels by the names the server gives its fields. */
const serverFieldLabels = (w: WorkspaceMessages) => ({
  announcementId: w.createAnnouncement,
  title: w.createTitleField,
  regionCode: w.createRegion,
  municipalityQuestionnaire: w.createMunicipalityQuestionnaire,
  offerQuestionnaire: w.createOfferQuestionnaire,
  deadline: w.createDeadline,
});

/**
 * /sekretariat/kampagner/ny: announcement, title, questionnaires per audience and a Danish deadline. On success
 * the region's municipalities are invited at once (and the campaign opened, if chosen), then the status board.
 */
export function CreateCampaignPage() {
  const { w } = useWorkspaceMessages();
  useDocumentTitle(w.createTitle);
  // Archived announcements take no new campaigns, so the catalogue's default list is the one to choose from.
  const { loaded, reload } = useAnnouncements();
  const { api } = useSession();
  // the region's earlier campaigns, for the choice to pre-fill last round's answers
  const { loaded: campaigns } = useLoad(() => api.listCampaigns(), "campaigns");
  return (
    <div className="af-ws-page af-ws-narrow">
      <Breadcrumbs items={[{ label: w.navCampaigns, href: campaignsPath }, { label: w.createTitle }]} />
      <h1>{w.createTitle}</h1>
      {loaded.status === "loading" ? (
        <Loading />
      ) : loaded.status === "error" ? (
        <LoadProblem text={loaded.text} onRetry={reload} />
      ) : campaignReady(loaded.value).length === 0 ? (
        <>
          <InlineProblem>{w.createNothingPublished}</InlineProblem>
          <QuestionnairesLink />
        </>
      ) : (
        <CreateCampaignForm announcements={campaignReady(loaded.value)} unpublished={loaded.value.length - campaignReady(loaded.value).length} campaigns={campaigns} />
      )}
    </div>
  );
}

/** The form itself, once the catalogue is there: it starts on the first announcement and its newest round of questionnaires. */
function CreateCampaignForm({ announcements, unpublished, campaigns }: { announcements: AnnouncementView[]; unpublished: number; campaigns: Loaded<{ campaigns: Campaign[] }> }) {
  const { w, locale } = useWorkspaceMessages();
  const { q } = useQuestionnairesMessages();
  const { c } = useContactsMessages();
  const { api, role, regionCode } = useSession();
  const needsRegion = role === "admin" || regionCode === null;
  const findAnnouncement = (id: string) => announcements.find((candidate) => candidate.id === id);
  const [values, setValues] = useState<CreateCampaignValues>(() => initialValues(announcements[0], locale, w));
  const [problems, setProblems] = useState<Partial<Record<CreateCampaignField, string>>>({});
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [step, setStep] = useState<"idle" | "creating" | "inviting" | "prefilling">("idle");
  const announcement = findAnnouncement(values.announcementId);
  const candidates =
    campaigns.status === "ok"
      ? prefillCandidates(campaigns.value.campaigns, announcements, {
          announcementId: values.announcementId,
          municipalityQuestionnaire: values.municipalityQuestionnaire,
          regionCode: needsRegion ? values.regionCode : (regionCode ?? ""),
        })
      : [];
  // a choice made for another announcement, questionnaire or region does not carry over
  const prefillFrom = candidates.find((candidate) => candidate.id === values.prefillFrom);
  const set = <K extends keyof CreateCampaignValues>(key: K, value: CreateCampaignValues[K]) => setValues((previous) => ({ ...previous, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (step !== "idle") return;
    setAttempt((n) => n + 1);
    setFormProblem(null);
    const read = readCreateCampaign(values, { needsRegion, now: new Date() }, w);
    if (!read.ok) {
      setProblems(read.problems);
      return;
    }
    setProblems({});
    setStep("creating");
    const created = await api.createCampaign(read.input);
    if (!created.ok) {
      setStep("idle");
      const field = fieldForServer(created.error.field);
      const message = apiErrorText(created.error, w, { fieldLabels: serverFieldLabels(w) });
      if (created.error.status === 400 && field !== null) setProblems({ [field]: message });
      else setFormProblem(message);
      return;
    }
    const campaign = created.value.campaign;
    setStep("inviting");
    if (values.openNow) await api.changeStatus(campaign.id, "open");
    const invited = await api.inviteMunicipalities(campaign.id);
    if (!invited.ok) {
      announceOnNextPage(w.createInviteFailed, "problem");
      return navigate(campaignPath(campaign.id));
    }
    const createdText = campaignCreatedText(invited.value, c);
    if (prefillFrom === undefined) {
      announceOnNextPage(createdText);
      return navigate(campaignPath(campaign.id));
    }
    // the municipalities are respondents now, so their responses can take last round's answers
    setStep("prefilling");
    const prefilled = await api.prefill(campaign.id, prefillFrom.id);
    if (prefilled.ok) announceOnNextPage(`${createdText} ${q.createPrefillDone(prefillFrom.title, prefillSummary(prefilled.value, w).done)}`);
    else announceOnNextPage(`${createdText} ${q.createPrefillFailed(prefillFrom.title, apiErrorText(prefilled.error, w))}`, "problem");
    navigate(campaignPath(campaign.id));
  };

  const summary: FieldProblem[] = [
    ...(formProblem === null ? [] : [{ message: formProblem }]),
    ...fieldOrder.flatMap((field) => (problems[field] === undefined ? [] : [{ fieldId: fieldIds[field], message: problems[field] }])),
  ];

  return (
    <>
      <ErrorSummary problems={summary} attempt={attempt} />
      <p className="af-lead">{w.createIntro}</p>
      <form className="af-ws-form" noValidate onSubmit={(event) => void submit(event)}>
        <SelectField
          id={fieldIds.announcementId}
          label={w.createAnnouncement}
          {...(unpublished > 0 ? { hint: w.createUnpublishedHidden(unpublished) } : {})}
          value={values.announcementId}
          error={problems.announcementId}
          onChange={(event) => {
            const next = findAnnouncement(event.target.value);
            setValues((previous) => ({ ...initialValues(next, locale, w, previous.regionCode), deadlineDate: previous.deadlineDate, deadlineTime: previous.deadlineTime, openNow: previous.openNow }));
          }}
        >
          {announcements.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.title[locale]}
            </option>
          ))}
        </SelectField>
        <TextField
          id={fieldIds.title}
          label={w.createTitleField}
          hint={w.createTitleHint}
          value={values.title}
          maxLength={300}
          error={problems.title}
          onChange={(event) => set("title", event.target.value)}
        />
        {needsRegion && (
          <SelectField id={fieldIds.regionCode} label={w.createRegion} value={values.regionCode} error={problems.regionCode} onChange={(event) => set("regionCode", event.target.value)}>
            <option value="">{w.errorRegionMissing}</option>
            {regions.map((region) => (
              <option key={region.code} value={region.code}>
                {region.name[locale]}
              </option>
            ))}
          </SelectField>
        )}
        <QuestionnaireChoice
          id={fieldIds.municipalityQuestionnaire}
          legend={w.createMunicipalityQuestionnaire}
          options={questionnaireOptions(announcement, "municipality", locale, w)}
          value={values.municipalityQuestionnaire}
          error={problems.municipalityQuestionnaire}
          onChange={(value) => setValues((previous) => withMunicipalityQuestionnaire(previous, announcement, value))}
        />
        <QuestionnaireChoice
          id={fieldIds.offerQuestionnaire}
          legend={w.createOfferQuestionnaire}
          options={[...questionnaireOptions(announcement, "offer", locale, w), { value: "", title: w.createNoOfferQuestionnaire, version: null }]}
          value={values.offerQuestionnaire}
          error={problems.offerQuestionnaire}
          onChange={(value) => set("offerQuestionnaire", value)}
        />
        <QuestionnairesLink />
        {candidates.length > 0 && (
          <PrefillChoice candidates={candidates} value={prefillFrom?.id ?? ""} onChange={(value) => set("prefillFrom", value)} />
        )}
        {campaigns.status === "error" && <p className="af-hint">{q.createPrefillUnavailable}</p>}
        <DeadlineFields
          legend={w.createDeadline}
          hint={w.createDeadlineHint}
          dateId={fieldIds.deadlineDate}
          timeId={fieldIds.deadlineTime}
          date={values.deadlineDate}
          time={values.deadlineTime}
          dateError={problems.deadlineDate}
          timeError={problems.deadlineTime}
          onDate={(value) => set("deadlineDate", value)}
          onTime={(value) => set("deadlineTime", value)}
        />
        <div className="af-ws-check">
          <input id="create-open-now" type="checkbox" checked={values.openNow} aria-describedby="create-open-now-hint" onChange={(event) => set("openNow", event.target.checked)} />
          <label htmlFor="create-open-now">{w.createOpenNow}</label>
          <span id="create-open-now-hint" className="af-hint">
            {w.createOpenNowHint}
          </span>
        </div>
        <div className="af-ws-actions">
          <button type="submit" className="af-button af-button--primary" aria-disabled={step !== "idle"}>
            {step === "creating" ? w.createSubmitting : step === "inviting" ? w.createInviting : step === "prefilling" ? q.createPrefilling : w.createSubmit}
          </button>
        </div>
        <p className="af-visually-hidden" role="status">
          {step === "creating" ? w.createSubmitting : step === "inviting" ? w.createInviting : step === "prefilling" ? q.createPrefilling : ""}
        </p>
      </form>
    </>
  );
}

/**
 * A questionnaire to choose, as radio buttons: a questionnaire's title is long ("Aktuelle indsatser og forslag til
 * fremadrettede indsatsmodeller … (2022)"), and a select would cut it; here every title shows in full, with its
 * version under it.
 */
function QuestionnaireChoice(props: {
  id: string;
  legend: string;
  options: (Omit<QuestionnaireOption, "version"> & { version: string | null })[];
  value: string;
  error: string | undefined;
  onChange(value: string): void;
}) {
  return (
    <ChoiceFieldset
      id={props.id}
      legend={props.legend}
      options={props.options.map((option) => ({ value: option.value, label: <TitleWithDetail title={option.title} detail={option.version} /> }))}
      value={props.value}
      error={props.error}
      onChange={props.onChange}
    />
  );
}

/** A choice's title in full, with a detail under it (a version, a campaign's deadline and answers). */
function TitleWithDetail({ title, detail }: { title: string; detail: string | null }) {
  return (
    <>
      {title}
      {detail !== null && <span className="af-hint af-ws-choice__detail">{detail}</span>}
    </>
  );
}

/** Where a secretariat without the right questionnaire goes to make one. */
function QuestionnairesLink() {
  const { q } = useQuestionnairesMessages();
  return (
    <p className="af-hint">
      {q.createQuestionnairesLink} <Link href={questionnairesPath}>{q.createQuestionnairesLinkText}</Link>
    </p>
  );
}

/**
 * "Udfyld på forhånd med svarene fra …": shown when an earlier campaign of the region used this questionnaire (the
 * same or an earlier version). The pre-fill runs right after the municipalities are invited; only untouched
 * responses are filled, and the respondents see what was carried over.
 */
function PrefillChoice({ candidates, value, onChange }: { candidates: Campaign[]; value: string; onChange(value: string): void }) {
  const { q, locale } = useQuestionnairesMessages();
  const { w } = useWorkspaceMessages();
  const options = [
    { id: "", title: q.createPrefillNone, detail: null },
    ...candidates.map((campaign) => ({
      id: campaign.id,
      title: q.createPrefillFrom(campaign.title),
      detail: q.createPrefillDetail(
        `${campaign.municipalityQuestionnaire.key} ${w.createVersion(campaign.municipalityQuestionnaire.version)}`,
        formatDate(campaign.deadline, locale),
        campaign.respondents.submitted,
        campaign.respondents.total,
      ),
    })),
  ];
  return (
    <ChoiceFieldset
      id="create-prefill"
      legend={q.createPrefillLegend}
      hint={q.createPrefillHint}
      options={options.map((option) => ({ value: option.id, label: <TitleWithDetail title={option.title} detail={option.detail} /> }))}
      value={value}
      onChange={onChange}
    />
  );
}
