import type { Audience, Locale } from "@afrapport/schema";
import { useLocale } from "../../i18n/locale-context.js";
import type { Messages } from "../../i18n/messages-by-locale.js";
import { useWorkspaceMessages, type WorkspaceMessages } from "../shell/use-workspace-messages.js";

/**
 * The strings of the "Spørgeskemaer" area – the catalogue of announcements, questionnaires and drafts, its dialogs,
 * a published version's page – and of the create-campaign form's links to it and its pre-fill choice. Both
 * languages implement this interface, so a missing string fails the type check.
 */
export interface QuestionnairesMessages {
  navQuestionnaires: string;
  title: string;
  intro: string;
  introReader: string;
  newAnnouncement: string;
  newQuestionnaire: string;
  importSurveyJs: string;
  empty: string;
  archivedHeading: (count: number) => string;
  announcementsLabel: string;

  // an announcement
  issuedOn: (date: string) => string;
  builtInBadge: string;
  archivedBadge: string;
  copiedFrom: (title: string) => string;
  targetGroupLabel: string;
  competencesLabel: string;
  thresholdsLabel: string;
  aboutAnnouncement: string;
  thresholdsText: (citizens: string, staff: string, years: string) => string;
  readOnlyAnnouncement: string;
  builtInFrozen: string;
  editAnnouncement: string;
  copyAnnouncement: string;
  announcementActions: (title: string) => string;
  noQuestionnaires: string;

  // a questionnaire
  audienceNames: Record<Audience, string>;
  keyAndAudience: (key: string, audience: string) => string;
  latestVersion: (version: string) => string;
  notPublished: string;
  publishedBy: (date: string, who: string) => string;
  publishedOn: (date: string) => string;
  publishedBuiltIn: string;
  shippedWithAfrapport: string;
  viewVersion: (version: string) => string;
  newVersion: string;
  newVersionBusy: string;
  exportSurveyJs: string;
  exportKeep: string;
  allVersions: (count: number) => string;
  versionsCaption: (title: string) => string;
  columnVersion: string;
  columnPublished: string;
  columnPublishedBy: string;
  columnActions: string;
  forQuestionnaire: (title: string) => string;

  // drafts
  draftsHeading: string;
  draftLabel: string;
  untitledDraft: string;
  basedOn: (version: string) => string;
  basedOnNothing: string;
  copiedFromVersion: (announcement: string, version: string) => string;
  revision: (revision: number) => string;
  changedBy: (date: string, who: string) => string;
  changed: (date: string) => string;
  readyToPublish: string;
  findingsLeft: (count: number) => string;
  openDraft: string;
  discardDraft: string;
  discardTitle: string;
  discardText: (title: string) => string;
  discardConfirm: string;
  discardBusy: string;
  discarded: (title: string) => string;
  sharedWith: (regions: string) => string;

  // announcement form
  announcementFormCreate: string;
  announcementFormEdit: string;
  announcementFormCopy: (title: string) => string;
  copyIntro: string;
  fieldId: string;
  fieldIdHint: string;
  fieldTitleDa: string;
  fieldTitleEn: string;
  fieldIssued: string;
  fieldIssuedHint: string;
  fieldTargetGroupDa: string;
  fieldTargetGroupEn: string;
  competencesLegend: string;
  competencesHint: string;
  competenceLegend: (n: number) => string;
  competenceDa: string;
  competenceEn: string;
  competenceId: string;
  competenceIdHint: (id: string) => string;
  addCompetence: string;
  removeCompetence: (n: number) => string;
  thresholdsLegend: string;
  thresholdsHint: (citizens: string, staff: string, years: string) => string;
  thresholdNames: Record<"minCitizensPerYear" | "minStaff" | "minExperienceYears", string>;
  fieldArchived: string;
  fieldArchivedHint: string;
  copyQuestionnairesLegend: string;
  copyQuestionnairesHint: string;
  copyTitle: (title: string) => string;
  copyTitleEn: (title: string) => string;
  submitCreateAnnouncement: string;
  submitEditAnnouncement: string;
  submitCopyAnnouncement: string;
  submitting: string;
  announcementCreated: (title: string) => string;
  announcementSaved: (title: string) => string;
  announcementIdTaken: string;
  announcementChangedMeanwhile: string;
  copyDone: (title: string, drafts: number) => string;
  copyNotesHeading: string;
  copyNoNotes: string;
  copyNoteNoCompetences: string;
  copyNoteRowRemoved: (row: string) => string;
  copyNoteRowAdded: (title: string) => string;
  copyNoteRowsReordered: string;
  copyGoToDrafts: string;

  // new questionnaire and import
  fieldAnnouncement: string;
  fieldAudience: string;
  fieldKey: string;
  fieldKeyHint: string;
  fieldQuestionnaireTitleDa: string;
  fieldQuestionnaireTitleEn: string;
  fieldQuestionnaireTitleEnHint: string;
  submitNewQuestionnaire: string;
  noAnnouncementToDraft: string;
  importIntro: string;
  importKeyHint: string;
  fieldLanguage: string;
  fieldLanguageHint: string;
  languageNames: Record<Locale, string>;
  importSourceLegend: string;
  importFromFile: string;
  importFromPaste: string;
  fieldFile: string;
  fieldFileHint: string;
  fileChosen: (name: string, size: string) => string;
  fieldPaste: string;
  fieldPasteHint: string;
  submitImport: string;
  importBusy: string;
  importDone: string;
  importNotesHeading: (count: number) => string;
  importNoNotes: string;
  importCannotLoad: string;
  openImportedDraft: string;
  noteSubjectQuestionnaire: string;
  noteSubjectPage: (n: number, title: string) => string;
  noteSubjectElement: (title: string, name: string) => string;

  // errors
  errorIdMissing: string;
  errorIdInvalid: string;
  errorIdTooLong: string;
  errorTitleDaMissing: string;
  errorTitleEnMissing: string;
  errorTextTooLong: (max: number) => string;
  errorIssuedMissing: string;
  errorIssuedInvalid: string;
  errorTargetGroupDaMissing: string;
  errorTargetGroupEnMissing: string;
  errorCompetencesMissing: string;
  errorCompetencesTooMany: string;
  errorCompetenceDaMissing: string;
  errorCompetenceEnMissing: string;
  errorCompetenceIdTwice: (row: number) => string;
  errorNumberInvalid: string;
  errorNumberNegative: string;
  errorNumberTooLarge: (max: number) => string;
  errorCopyNothing: string;
  errorAnnouncementMissing: string;
  errorAudienceMissing: string;
  errorKeyMissing: string;
  errorKeyInvalid: string;
  errorKeyPublished: string;
  errorKeyDrafted: string;
  errorKeyOtherAudience: (audience: Audience) => string;
  errorImportNoFile: string;
  errorImportEmpty: string;
  errorImportTooLarge: string;
  errorImportNotJson: string;
  errorImportNotJsonAt: (line: number, column: number) => string;
  errorImportNotObject: string;
  errorFileUnreadable: string;
  errorArchivedNoDrafts: string;

  // a published version
  versionTitle: (title: string, version: string) => string;
  versionNotFoundTitle: string;
  versionNotFoundText: string;
  backToQuestionnaires: string;
  factAnnouncement: string;
  factKey: string;
  factAudience: string;
  factVersion: string;
  factPublished: string;
  factPublishedBy: string;
  factSha256: string;
  newVersionFromThis: string;
  previewHeading: string;
  previewLanguage: string;
  previewReadOnly: string;

  // create campaign
  createQuestionnairesLink: string;
  createQuestionnairesLinkText: string;
  createPrefillLegend: string;
  createPrefillHint: string;
  createPrefillNone: string;
  createPrefillFrom: (title: string) => string;
  createPrefillDetail: (questionnaire: string, deadline: string, submitted: number, total: number) => string;
  createPrefillUnavailable: string;
  createPrefilling: string;
  createPrefillDone: (title: string, summary: string) => string;
  createPrefillFailed: (title: string, reason: string) => string;
}

const audienceDa: Record<Audience, string> = { municipality: "kommuner", offer: "tilbud" };
const audienceEn: Record<Audience, string> = { municipality: "municipalities", offer: "offers" };

export const questionnairesDa: QuestionnairesMessages = {
  navQuestionnaires: "Spørgeskemaer",
  title: "Spørgeskemaer",
  intro: "Udmeldingerne med deres spørgeskemaer og kladder. Design et nyt spørgeskema, importér et fra SurveyJS, eller lav en ny version af et udgivet.",
  introReader: "Udmeldingerne med deres udgivne spørgeskemaer.",
  newAnnouncement: "Ny udmelding",
  newQuestionnaire: "Nyt spørgeskema",
  importSurveyJs: "Importér SurveyJS",
  empty: "Der er ingen udmeldinger endnu.",
  archivedHeading: (count) => `Arkiverede udmeldinger (${count})`,
  announcementsLabel: "Udmeldinger",

  issuedOn: (date) => `Udsendt ${date}`,
  builtInBadge: "Følger med Afrapport",
  archivedBadge: "Arkiveret",
  copiedFrom: (title) => `Kopieret fra »${title}«`,
  targetGroupLabel: "Målgruppe",
  competencesLabel: "Kompetencer",
  thresholdsLabel: "Screeningens tærskler",
  aboutAnnouncement: "Målgruppe, kompetencer og tærskler",
  thresholdsText: (citizens, staff, years) => `mindst ${citizens} borgere om året, ${staff} medarbejdere og ${years} års erfaring`,
  readOnlyAnnouncement: "Du kan læse udmeldingen og dens udgivne spørgeskemaer.",
  builtInFrozen: "Udmeldingen følger med Afrapport og kan ikke ændres. Lav en kopi for at tilpasse den.",
  editAnnouncement: "Redigér udmelding",
  copyAnnouncement: "Kopiér til ny udmelding",
  announcementActions: (title) => `Handlinger for ${title}`,
  noQuestionnaires: "Udmeldingen har ingen spørgeskemaer endnu.",

  audienceNames: { municipality: "Kommuner", offer: "Tilbud" },
  keyAndAudience: (key, audience) => `Nøgle ${key} · til ${audience}`,
  latestVersion: (version) => `Nyeste version ${version}`,
  notPublished: "Ikke udgivet endnu",
  publishedBy: (date, who) => `udgivet ${date} af ${who}`,
  publishedOn: (date) => `udgivet ${date}`,
  publishedBuiltIn: "følger med Afrapport",
  shippedWithAfrapport: "Følger med Afrapport",
  viewVersion: (version) => `Se version ${version}`,
  newVersion: "Ny version",
  newVersionBusy: "Opretter kladde …",
  exportSurveyJs: "Eksportér som SurveyJS JSON",
  exportKeep: "SurveyJS JSON med Afrapports egne egenskaber",
  allVersions: (count) => (count === 1 ? "Alle versioner (1)" : `Alle versioner (${count})`),
  versionsCaption: (title) => `Versioner af ${title}`,
  columnVersion: "Version",
  columnPublished: "Udgivet",
  columnPublishedBy: "Udgivet af",
  columnActions: "Handlinger",
  forQuestionnaire: (title) => ` af ${title}`,

  draftsHeading: "Kladder",
  draftLabel: "Kladde",
  untitledDraft: "Kladde uden titel",
  basedOn: (version) => `bygger på version ${version}`,
  basedOnNothing: "nyt spørgeskema",
  copiedFromVersion: (announcement, version) => `kopieret fra »${announcement}«, version ${version}`,
  revision: (revision) => `revision ${revision}`,
  changedBy: (date, who) => `Senest ændret ${date} af ${who}`,
  changed: (date) => `Senest ændret ${date}`,
  readyToPublish: "Klar til udgivelse",
  findingsLeft: (count) => (count === 1 ? "1 ting at rette" : `${count} ting at rette`),
  openDraft: "Åbn kladde",
  discardDraft: "Kassér kladde",
  discardTitle: "Kassér kladden?",
  discardText: (title) => `Kladden »${title}« forsvinder fra listen, og ingen kan arbejde videre på den. Dens historik gemmes i revisionsloggen.`,
  discardConfirm: "Kassér kladden",
  discardBusy: "Kasserer …",
  discarded: (title) => `Kladden »${title}« er kasseret.`,
  sharedWith: (regions) => `Delt med ${regions}`,

  announcementFormCreate: "Ny udmelding",
  announcementFormEdit: "Redigér udmelding",
  announcementFormCopy: (title) => `Kopiér »${title}« til ny udmelding`,
  copyIntro:
    "Den nye udmelding får sine egne tekster og kompetencer. De valgte spørgeskemaer kopieres som kladder, og tilbuddenes kompetencematrix tilpasses de nye kompetencer.",
  fieldId: "Id",
  fieldIdHint: "Bruges i adresser og eksport. Små bogstaver a–z, tal og bindestreger, fx spiseforstyrrelser-2026. Kan ikke ændres senere.",
  fieldTitleDa: "Titel på dansk",
  fieldTitleEn: "Titel på engelsk",
  fieldIssued: "Udsendt",
  fieldIssuedHint: "Datoen for udmeldingen, dd.mm.åååå, fx 26.11.2019.",
  fieldTargetGroupDa: "Målgruppe på dansk",
  fieldTargetGroupEn: "Målgruppe på engelsk",
  competencesLegend: "Kompetencer",
  competencesHint: "De særlige kompetencer, udmeldingen nævner. Screeningens kriterium 4 ser efter dem hos tilbuddene.",
  competenceLegend: (n) => `Kompetence ${n}`,
  competenceDa: "Navn på dansk",
  competenceEn: "Navn på engelsk",
  competenceId: "Id",
  competenceIdHint: (id) => (id === "" ? "Udfyldes ud fra det danske navn, hvis feltet står tomt." : `Står feltet tomt, bliver id'et ${id}.`),
  addCompetence: "Tilføj kompetence",
  removeCompetence: (n) => `Fjern kompetence ${n}`,
  thresholdsLegend: "Screeningens tærskler (valgfrit)",
  thresholdsHint: (citizens, staff, years) => `Står et felt tomt, gælder standarden: ${citizens} borgere om året, ${staff} medarbejdere og ${years} års erfaring.`,
  thresholdNames: { minCitizensPerYear: "Borgere om året, mindst", minStaff: "Medarbejdere, mindst", minExperienceYears: "Års erfaring, mindst" },
  fieldArchived: "Arkivér udmeldingen",
  fieldArchivedHint: "En arkiveret udmelding kan ikke bruges til nye indsamlinger eller kladder. Dens indsamlinger fortsætter, og den kan tages frem igen.",
  copyQuestionnairesLegend: "Spørgeskemaer, der kopieres som kladder",
  copyQuestionnairesHint: "Hvert valgt spørgeskema bliver en kladde i den nye udmelding, ud fra sin nyeste version.",
  copyTitle: (title) => `${title} (kopi)`,
  copyTitleEn: (title) => `${title} (copy)`,
  submitCreateAnnouncement: "Opret udmelding",
  submitEditAnnouncement: "Gem ændringer",
  submitCopyAnnouncement: "Opret kopi",
  submitting: "Gemmer …",
  announcementCreated: (title) => `Udmeldingen »${title}« er oprettet. Lav nu dens spørgeskemaer.`,
  announcementSaved: (title) => `Ændringerne i »${title}« er gemt.`,
  announcementIdTaken: "Der findes allerede en udmelding med dette id. Vælg et andet.",
  announcementChangedMeanwhile: "En kollega har ændret udmeldingen i mellemtiden. Luk dialogen, og prøv igen på den nye udgave.",
  copyDone: (title, drafts) => `Udmeldingen »${title}« er oprettet med ${drafts === 1 ? "1 kladde" : `${drafts} kladder`}.`,
  copyNotesHeading: "Det skal du tjekke i kladderne",
  copyNoNotes: "Kopien gav ingen bemærkninger.",
  copyNoteNoCompetences: "Tilbuddenes spørgeskema har ingen kompetencematrix, så screeningens kriterium 4 kan ikke vurderes.",
  copyNoteRowRemoved: (row) => `Rækken »${row}« er fjernet fra kompetencematrixen, fordi den ikke er en kompetence i den nye udmelding.`,
  copyNoteRowAdded: (title) => `Rækken »${title}« er tilføjet i kompetencematrixen. Tjek formuleringen.`,
  copyNoteRowsReordered: "Rækkerne i kompetencematrixen står nu i samme rækkefølge som udmeldingens kompetencer.",
  copyGoToDrafts: "Se den nye udmelding",

  fieldAnnouncement: "Udmelding",
  fieldAudience: "Hvem svarer",
  fieldKey: "Nøgle",
  fieldKeyHint: "Spørgeskemaets faste navn i udmeldingen, fx kommune-2026. Små bogstaver a–z, tal og bindestreger.",
  fieldQuestionnaireTitleDa: "Titel på dansk",
  fieldQuestionnaireTitleEn: "Titel på engelsk",
  fieldQuestionnaireTitleEnHint: "Kan også skrives senere i editoren.",
  submitNewQuestionnaire: "Opret kladde",
  noAnnouncementToDraft: "Der er ingen udmelding, du kan lave spørgeskemaer til. Opret først en udmelding.",
  importIntro:
    "Hent et spørgeskema lavet i SurveyJS Creator eller et andet værktøj. Det bliver en kladde, som du kan rette, før det udgives. Alt, der ikke kunne komme med, bliver nævnt.",
  importKeyHint: "Brug nøglen fra et udgivet spørgeskema for at importere en ny version af det.",
  fieldLanguage: "Sprog i filen",
  fieldLanguageHint: "Tekster, der ikke er angivet på et bestemt sprog, læses som dette sprog.",
  languageNames: { da: "Dansk", en: "Engelsk" },
  importSourceLegend: "Hvor kommer JSON'en fra",
  importFromFile: "En fil",
  importFromPaste: "Indsæt tekst",
  fieldFile: "SurveyJS JSON-fil",
  fieldFileHint: "En .json-fil på højst 2 MB.",
  fileChosen: (name, size) => `Valgt: ${name} (${size})`,
  fieldPaste: "SurveyJS JSON",
  fieldPasteHint: "Indsæt hele JSON'en, fra { til }.",
  submitImport: "Importér",
  importBusy: "Importerer …",
  importDone: "Spørgeskemaet er importeret som en kladde.",
  importNotesHeading: (count) => (count === 1 ? "1 bemærkning fra importen" : `${count} bemærkninger fra importen`),
  importNoNotes: "Importen gav ingen bemærkninger.",
  importCannotLoad: "SurveyJS kunne ikke læse JSON'en, så intet er importeret:",
  openImportedDraft: "Åbn kladden",
  noteSubjectQuestionnaire: "Spørgeskemaet",
  noteSubjectPage: (n, title) => (title === "" ? `Side ${n}` : `Side ${n}: ${title}`),
  noteSubjectElement: (title, name) => (title === name ? `Spørgsmålet ${name}` : `${title} (${name})`),

  errorIdMissing: "Skriv et id.",
  errorIdInvalid: "Id'et må kun have små bogstaver a–z, tal og enkelte bindestreger, fx spiseforstyrrelser-2026.",
  errorIdTooLong: "Højst 80 tegn.",
  errorTitleDaMissing: "Skriv titlen på dansk.",
  errorTitleEnMissing: "Skriv titlen på engelsk.",
  errorTextTooLong: (max) => `Højst ${max.toLocaleString("da-DK")} tegn.`,
  errorIssuedMissing: "Skriv datoen for udmeldingen.",
  errorIssuedInvalid: "Skriv datoen som dd.mm.åååå, fx 26.11.2019.",
  errorTargetGroupDaMissing: "Beskriv målgruppen på dansk.",
  errorTargetGroupEnMissing: "Beskriv målgruppen på engelsk.",
  errorCompetencesMissing: "Nævn mindst én kompetence.",
  errorCompetencesTooMany: "Højst 40 kompetencer.",
  errorCompetenceDaMissing: "Skriv kompetencens navn på dansk.",
  errorCompetenceEnMissing: "Skriv kompetencens navn på engelsk.",
  errorCompetenceIdTwice: (row) => `Id'et bruges allerede af kompetence ${row}.`,
  errorNumberInvalid: "Skriv et tal, fx 3 eller 1,5.",
  errorNumberNegative: "Tallet må ikke være negativt.",
  errorNumberTooLarge: (max) => `Tallet må højst være ${max.toLocaleString("da-DK")}.`,
  errorCopyNothing: "Vælg mindst ét spørgeskema at kopiere.",
  errorAnnouncementMissing: "Vælg en udmelding.",
  errorAudienceMissing: "Vælg, hvem der svarer.",
  errorKeyMissing: "Skriv en nøgle, fx kommune-2026.",
  errorKeyInvalid: "Nøglen må kun have små bogstaver a–z, tal og enkelte bindestreger, fx kommune-2026.",
  errorKeyPublished: "Et udgivet spørgeskema har allerede den nøgle. Brug »Ny version« på det i stedet.",
  errorKeyDrafted: "Der er allerede en kladde med den nøgle. Åbn den, eller vælg en anden nøgle.",
  errorKeyOtherAudience: (audience) => `Det udgivne spørgeskema med den nøgle er til ${audienceDa[audience]}. Vælg den målgruppe eller en anden nøgle.`,
  errorImportNoFile: "Vælg en fil.",
  errorImportEmpty: "Der er ingen JSON. Vælg en fil, eller indsæt teksten.",
  errorImportTooLarge: "JSON'en er for stor. Den må højst fylde 2 MB.",
  errorImportNotJson: "Teksten er ikke gyldig JSON.",
  errorImportNotJsonAt: (line, column) => `Teksten er ikke gyldig JSON. Fejlen står i linje ${line}, tegn ${column}.`,
  errorImportNotObject: "JSON'en skal være et SurveyJS-spørgeskema: et objekt, der begynder med {.",
  errorFileUnreadable: "Filen kunne ikke læses. Vælg den igen.",
  errorArchivedNoDrafts: "Udmeldingen er arkiveret. Tag den frem igen for at lave spørgeskemaer til den.",

  versionTitle: (title, version) => `${title}, version ${version}`,
  versionNotFoundTitle: "Versionen findes ikke",
  versionNotFoundText: "Spørgeskemaet findes ikke i den version. Måske er adressen skrevet forkert.",
  backToQuestionnaires: "Til spørgeskemaerne",
  factAnnouncement: "Udmelding",
  factKey: "Nøgle",
  factAudience: "Hvem svarer",
  factVersion: "Version",
  factPublished: "Udgivet",
  factPublishedBy: "Udgivet af",
  factSha256: "Kontrolsum (SHA-256)",
  newVersionFromThis: "Ny version fra denne",
  previewHeading: "Spørgeskemaet",
  previewLanguage: "Vis spørgeskemaet på",
  previewReadOnly: "Sådan ser respondenterne spørgeskemaet. Det kan ikke udfyldes her.",

  createQuestionnairesLink: "Mangler det rigtige spørgeskema?",
  createQuestionnairesLinkText: "Design eller importér et spørgeskema",
  createPrefillLegend: "Svar fra en tidligere runde",
  createPrefillHint:
    "Kommunerne kan få deres egne svar fra en tidligere indsamling udfyldt på forhånd, så de kun skal rette det, der har ændret sig. Intet bliver indsendt, før de selv indsender.",
  createPrefillNone: "Start uden svar",
  createPrefillFrom: (title) => `Udfyld på forhånd med svarene fra »${title}«`,
  createPrefillDetail: (questionnaire, deadline, submitted, total) => `${questionnaire} · frist ${deadline} · ${submitted} af ${total} indsendt`,
  createPrefillUnavailable: "De tidligere indsamlinger kunne ikke hentes. Svarene kan udfyldes på forhånd bagefter fra statusoversigten.",
  createPrefilling: "Udfylder svar fra den tidligere runde …",
  createPrefillDone: (title, summary) => `Svar fra »${title}«: ${summary}`,
  createPrefillFailed: (title, reason) => `Svarene fra »${title}« kunne ikke udfyldes på forhånd. ${reason} Prøv igen fra statusoversigten med »Udfyld fra tidligere indsamling«.`,
};

export const questionnairesEn: QuestionnairesMessages = {
  navQuestionnaires: "Questionnaires",
  title: "Questionnaires",
  intro: "The announcements with their questionnaires and drafts. Design a new questionnaire, import one from SurveyJS, or make a new version of a published one.",
  introReader: "The announcements with their published questionnaires.",
  newAnnouncement: "New announcement",
  newQuestionnaire: "New questionnaire",
  importSurveyJs: "Import SurveyJS",
  empty: "There are no announcements yet.",
  archivedHeading: (count) => `Archived announcements (${count})`,
  announcementsLabel: "Announcements",

  issuedOn: (date) => `Issued ${date}`,
  builtInBadge: "Ships with Afrapport",
  archivedBadge: "Archived",
  copiedFrom: (title) => `Copied from “${title}”`,
  targetGroupLabel: "Target group",
  competencesLabel: "Competences",
  thresholdsLabel: "Screening thresholds",
  aboutAnnouncement: "Target group, competences and thresholds",
  thresholdsText: (citizens, staff, years) => `at least ${citizens} citizens a year, ${staff} staff and ${years} years of experience`,
  readOnlyAnnouncement: "You can read the announcement and its published questionnaires.",
  builtInFrozen: "This announcement ships with Afrapport and cannot be changed. Copy it to adapt it.",
  editAnnouncement: "Edit announcement",
  copyAnnouncement: "Copy to a new announcement",
  announcementActions: (title) => `Actions for ${title}`,
  noQuestionnaires: "The announcement has no questionnaires yet.",

  audienceNames: { municipality: "Municipalities", offer: "Offers" },
  keyAndAudience: (key, audience) => `Key ${key} · for ${audience}`,
  latestVersion: (version) => `Latest version ${version}`,
  notPublished: "Not published yet",
  publishedBy: (date, who) => `published ${date} by ${who}`,
  publishedOn: (date) => `published ${date}`,
  publishedBuiltIn: "ships with Afrapport",
  shippedWithAfrapport: "Ships with Afrapport",
  viewVersion: (version) => `View version ${version}`,
  newVersion: "New version",
  newVersionBusy: "Creating draft …",
  exportSurveyJs: "Export as SurveyJS JSON",
  exportKeep: "SurveyJS JSON with Afrapport's own properties",
  allVersions: (count) => `All versions (${count})`,
  versionsCaption: (title) => `Versions of ${title}`,
  columnVersion: "Version",
  columnPublished: "Published",
  columnPublishedBy: "Published by",
  columnActions: "Actions",
  forQuestionnaire: (title) => ` of ${title}`,

  draftsHeading: "Drafts",
  draftLabel: "Draft",
  untitledDraft: "Untitled draft",
  basedOn: (version) => `based on version ${version}`,
  basedOnNothing: "new questionnaire",
  copiedFromVersion: (announcement, version) => `copied from “${announcement}”, version ${version}`,
  revision: (revision) => `revision ${revision}`,
  changedBy: (date, who) => `Last changed ${date} by ${who}`,
  changed: (date) => `Last changed ${date}`,
  readyToPublish: "Ready to publish",
  findingsLeft: (count) => (count === 1 ? "1 thing to fix" : `${count} things to fix`),
  openDraft: "Open draft",
  discardDraft: "Discard draft",
  discardTitle: "Discard the draft?",
  discardText: (title) => `The draft “${title}” disappears from the list and nobody can work on it any more. Its history is kept in the audit log.`,
  discardConfirm: "Discard the draft",
  discardBusy: "Discarding …",
  discarded: (title) => `The draft “${title}” was discarded.`,
  sharedWith: (regions) => `Shared with ${regions}`,

  announcementFormCreate: "New announcement",
  announcementFormEdit: "Edit announcement",
  announcementFormCopy: (title) => `Copy “${title}” to a new announcement`,
  copyIntro:
    "The new announcement gets its own texts and competences. The chosen questionnaires are copied as drafts, and the offers' competence matrix is fitted to the new competences.",
  fieldId: "Id",
  fieldIdHint: "Used in addresses and exports. Lower-case letters a–z, digits and hyphens, e.g. eating-disorders-2026. Cannot be changed later.",
  fieldTitleDa: "Title in Danish",
  fieldTitleEn: "Title in English",
  fieldIssued: "Issued",
  fieldIssuedHint: "The announcement's date, dd.mm.yyyy, e.g. 26.11.2019.",
  fieldTargetGroupDa: "Target group in Danish",
  fieldTargetGroupEn: "Target group in English",
  competencesLegend: "Competences",
  competencesHint: "The special competences the announcement names. Criterion 4 of the screening looks for them in the offers.",
  competenceLegend: (n) => `Competence ${n}`,
  competenceDa: "Name in Danish",
  competenceEn: "Name in English",
  competenceId: "Id",
  competenceIdHint: (id) => (id === "" ? "Made from the Danish name when left empty." : `When left empty, the id will be ${id}.`),
  addCompetence: "Add competence",
  removeCompetence: (n) => `Remove competence ${n}`,
  thresholdsLegend: "Screening thresholds (optional)",
  thresholdsHint: (citizens, staff, years) => `An empty field takes the default: ${citizens} citizens a year, ${staff} staff and ${years} years of experience.`,
  thresholdNames: { minCitizensPerYear: "Citizens a year, at least", minStaff: "Staff, at least", minExperienceYears: "Years of experience, at least" },
  fieldArchived: "Archive the announcement",
  fieldArchivedHint: "An archived announcement takes no new campaigns or drafts. Its campaigns go on, and it can be brought back.",
  copyQuestionnairesLegend: "Questionnaires to copy as drafts",
  copyQuestionnairesHint: "Each chosen questionnaire becomes a draft in the new announcement, from its latest version.",
  copyTitle: (title) => `${title} (kopi)`,
  copyTitleEn: (title) => `${title} (copy)`,
  submitCreateAnnouncement: "Create announcement",
  submitEditAnnouncement: "Save changes",
  submitCopyAnnouncement: "Create copy",
  submitting: "Saving …",
  announcementCreated: (title) => `The announcement “${title}” was created. Now make its questionnaires.`,
  announcementSaved: (title) => `The changes to “${title}” were saved.`,
  announcementIdTaken: "An announcement with this id exists. Choose another.",
  announcementChangedMeanwhile: "A colleague changed the announcement meanwhile. Close the dialog and try again on the new version.",
  copyDone: (title, drafts) => `The announcement “${title}” was created with ${drafts === 1 ? "1 draft" : `${drafts} drafts`}.`,
  copyNotesHeading: "What to check in the drafts",
  copyNoNotes: "The copy gave no notes.",
  copyNoteNoCompetences: "The offers' questionnaire has no competence matrix, so criterion 4 of the screening cannot be judged.",
  copyNoteRowRemoved: (row) => `The row “${row}” was removed from the competence matrix: it is not a competence of the new announcement.`,
  copyNoteRowAdded: (title) => `The row “${title}” was added to the competence matrix. Check its wording.`,
  copyNoteRowsReordered: "The competence matrix's rows now follow the order of the announcement's competences.",
  copyGoToDrafts: "See the new announcement",

  fieldAnnouncement: "Announcement",
  fieldAudience: "Who answers",
  fieldKey: "Key",
  fieldKeyHint: "The questionnaire's fixed name in the announcement, e.g. kommune-2026. Lower-case letters a–z, digits and hyphens.",
  fieldQuestionnaireTitleDa: "Title in Danish",
  fieldQuestionnaireTitleEn: "Title in English",
  fieldQuestionnaireTitleEnHint: "Can also be written later in the editor.",
  submitNewQuestionnaire: "Create draft",
  noAnnouncementToDraft: "There is no announcement you can make questionnaires for. Create an announcement first.",
  importIntro:
    "Bring in a questionnaire made in SurveyJS Creator or another tool. It becomes a draft you can correct before it is published. Anything that could not come along is named.",
  importKeyHint: "Use the key of a published questionnaire to import a new version of it.",
  fieldLanguage: "Language of the file",
  fieldLanguageHint: "Texts not given in a particular language are read as this language.",
  languageNames: { da: "Danish", en: "English" },
  importSourceLegend: "Where the JSON comes from",
  importFromFile: "A file",
  importFromPaste: "Paste text",
  fieldFile: "SurveyJS JSON file",
  fieldFileHint: "A .json file of at most 2 MB.",
  fileChosen: (name, size) => `Chosen: ${name} (${size})`,
  fieldPaste: "SurveyJS JSON",
  fieldPasteHint: "Paste the whole JSON, from { to }.",
  submitImport: "Import",
  importBusy: "Importing …",
  importDone: "The questionnaire was imported as a draft.",
  importNotesHeading: (count) => (count === 1 ? "1 note from the import" : `${count} notes from the import`),
  importNoNotes: "The import gave no notes.",
  importCannotLoad: "SurveyJS could not read the JSON, so nothing was imported:",
  openImportedDraft: "Open the draft",
  noteSubjectQuestionnaire: "The questionnaire",
  noteSubjectPage: (n, title) => (title === "" ? `Page ${n}` : `Page ${n}: ${title}`),
  noteSubjectElement: (title, name) => (title === name ? `The question ${name}` : `${title} (${name})`),

  errorIdMissing: "Enter an id.",
  errorIdInvalid: "The id may only hold lower-case letters a–z, digits and single hyphens, e.g. eating-disorders-2026.",
  errorIdTooLong: "At most 80 characters.",
  errorTitleDaMissing: "Enter the title in Danish.",
  errorTitleEnMissing: "Enter the title in English.",
  errorTextTooLong: (max) => `At most ${max.toLocaleString("en-GB")} characters.`,
  errorIssuedMissing: "Enter the announcement's date.",
  errorIssuedInvalid: "Enter the date as dd.mm.yyyy, e.g. 26.11.2019.",
  errorTargetGroupDaMissing: "Describe the target group in Danish.",
  errorTargetGroupEnMissing: "Describe the target group in English.",
  errorCompetencesMissing: "Name at least one competence.",
  errorCompetencesTooMany: "At most 40 competences.",
  errorCompetenceDaMissing: "Enter the competence's name in Danish.",
  errorCompetenceEnMissing: "Enter the competence's name in English.",
  errorCompetenceIdTwice: (row) => `Competence ${row} already uses this id.`,
  errorNumberInvalid: "Enter a number, e.g. 3 or 1.5.",
  errorNumberNegative: "The number cannot be negative.",
  errorNumberTooLarge: (max) => `The number can be at most ${max.toLocaleString("en-GB")}.`,
  errorCopyNothing: "Choose at least one questionnaire to copy.",
  errorAnnouncementMissing: "Choose an announcement.",
  errorAudienceMissing: "Choose who answers.",
  errorKeyMissing: "Enter a key, e.g. kommune-2026.",
  errorKeyInvalid: "The key may only hold lower-case letters a–z, digits and single hyphens, e.g. kommune-2026.",
  errorKeyPublished: "A published questionnaire has this key. Use “New version” on it instead.",
  errorKeyDrafted: "A draft has this key already. Open it, or choose another key.",
  errorKeyOtherAudience: (audience) => `The published questionnaire with this key is for ${audienceEn[audience]}. Choose that audience or another key.`,
  errorImportNoFile: "Choose a file.",
  errorImportEmpty: "There is no JSON. Choose a file or paste the text.",
  errorImportTooLarge: "The JSON is too large. It can be at most 2 MB.",
  errorImportNotJson: "The text is not valid JSON.",
  errorImportNotJsonAt: (line, column) => `The text is not valid JSON. The error is at line ${line}, character ${column}.`,
  errorImportNotObject: "The JSON must be a SurveyJS questionnaire: an object starting with {.",
  errorFileUnreadable: "The file could not be read. Choose it again.",
  errorArchivedNoDrafts: "The announcement is archived. Bring it back to make questionnaires for it.",

  versionTitle: (title, version) => `${title}, version ${version}`,
  versionNotFoundTitle: "No such version",
  versionNotFoundText: "The questionnaire does not exist in this version. Perhaps the address is mistyped.",
  backToQuestionnaires: "To the questionnaires",
  factAnnouncement: "Announcement",
  factKey: "Key",
  factAudience: "Who answers",
  factVersion: "Version",
  factPublished: "Published",
  factPublishedBy: "Published by",
  factSha256: "Checksum (SHA-256)",
  newVersionFromThis: "New version from this",
  previewHeading: "The questionnaire",
  previewLanguage: "Show the questionnaire in",
  previewReadOnly: "This is how respondents see the questionnaire. It cannot be filled in here.",

  createQuestionnairesLink: "Missing the right questionnaire?",
  createQuestionnairesLinkText: "Design or import a questionnaire",
  createPrefillLegend: "Answers from an earlier round",
  createPrefillHint:
    "The municipalities can have their own answers from an earlier campaign filled in beforehand, so they only correct what has changed. Nothing is submitted until they submit it themselves.",
  createPrefillNone: "Start without answers",
  createPrefillFrom: (title) => `Pre-fill with the answers from “${title}”`,
  createPrefillDetail: (questionnaire, deadline, submitted, total) => `${questionnaire} · deadline ${deadline} · ${submitted} of ${total} submitted`,
  createPrefillUnavailable: "The earlier campaigns could not be fetched. Answers can be pre-filled afterwards from the status page.",
  createPrefilling: "Filling in answers from the earlier round …",
  createPrefillDone: (title, summary) => `Answers from “${title}”: ${summary}`,
  createPrefillFailed: (title, reason) => `The answers from “${title}” could not be pre-filled. ${reason} Try again from the status page with “Fill in from an earlier campaign”.`,
};

const byLocale: Record<Locale, QuestionnairesMessages> = { da: questionnairesDa, en: questionnairesEn };

export function questionnairesMessagesFor(locale: Locale): QuestionnairesMessages {
  return byLocale[locale];
}

/** The area's strings (`q`) in the page's language, beside the workspace's (`w`) and the app's own (`t`). */
export function useQuestionnairesMessages(): { q: QuestionnairesMessages; w: WorkspaceMessages; t: Messages; locale: Locale } {
  const { locale } = useLocale();
  const { w, t } = useWorkspaceMessages();
  return { q: byLocale[locale], w, t, locale };
}
