/**
 * The strings of the joint report, the approval path, the comments, the exports and the national view. Danish is
 * the reference: `ReportMessages` is declared here, and report-en.ts implements it, so a string missing in
 * English fails the type check. Read them with `useReportMessages()` (workspace/report/use-report-messages.ts).
 */
export interface ReportMessages {

  // the report page
  reportHeading: string;
  reportIntro: string;
  reportLoading: string;
  reportLoadFailed: string;
  reportGeneratedAt: (time: string) => string;
  reportRespondents: (municipalities: string, offers: string | null) => string;
  reportNoResponses: string;
  /** in place of a section's figures while its questionnaire has no submitted response */
  sectionNoResponses: (audience: "municipality" | "offer") => string;
  /** the questionnaire's version and the one before it, above the report */
  versionChangeHeading: (audience: "municipality" | "offer", version: string, previous: string) => string;
  versionAdded: string;
  versionRemoved: string;
  versionRenamed: string;
  versionChanged: string;
  versionBreaking: string;
  /** marks a report item whose question is new since the previous version */
  newSinceVersion: (previous: string) => string;
  reportMunicipalities: string;
  reportOffers: string;
  reportContents: string;
  reportReadOnly: string;
  smallCountsNote: string;
  smallCountMark: string;

  // figures and their sources
  figureSources: (value: string, count: number) => string;
  figureSmall: string;
  sourcesHeading: (value: string) => string;
  sourcesIntro: (count: number) => string;
  sourcesNone: string;
  sourcesOpen: (name: string) => string;
  /** while the sources of a number are fetched */
  sourcesLoading: string;
  sourcesFailed: string;
  /** the submitted answers changed after the report was fetched: its numbers may no longer be the same */
  sourcesChanged: string;
  close: string;

  // items
  municipality: string;
  total: string;
  totalRow: string;
  year: string;
  value: string;
  notAnswered: string;
  choice: string;
  count: string;
  answeredBy: (answered: string, of: string) => string;
  otherTexts: string;
  unlistedChoice: string;
  offer: string;
  operator: string;
  namedBy: string;
  otherSpellings: string;
  offerCount: string;
  noOffers: string;
  noTexts: string;
  noFiles: string;
  filesHeading: string;
  download: (name: string) => string;
  trendTitle: (question: string) => string;
  trendDesc: (series: string) => string;
  trendTableNote: string;
  tableCaptionPerYear: (question: string, who: string) => string;
  tableCaptionChoices: (question: string) => string;

  // screening
  screeningHeading: string;
  screeningIntro: (minCitizens: string, minStaff: string, minYears: string) => string;
  criterion: string;
  criterionFlow: string;
  criterionStaff: string;
  criterionExperience: string;
  criterionCompetences: string;
  statusMet: string;
  statusNotMet: string;
  statusNotAnswered: string;
  verdict: string;
  verdictHighly: string;
  verdictNot: string;
  verdictIncomplete: string;
  verdictCounts: string;
  reason: string;

  // notes
  notesHeading: (count: number) => string;
  notesIntro: string;
  notesMigrated: (name: string, from: string, to: string) => string;
  notesSkipped: (name: string, reason: string) => string;
  notesNone: string;

  // the secretariat's text per section
  summaryLabel: (section: string) => string;
  summaryHint: string;
  summarySave: string;
  summarySaving: string;
  summarySavedAt: (time: string) => string;
  summaryUnsaved: string;
  summaryFailed: (reason: string) => string;
  summaryEmpty: string;
  summaryBy: (name: string, time: string) => string;
  summaryStaleHeading: string;
  summaryStaleIntro: (name: string) => string;
  summaryTheirs: string;
  summaryMine: string;
  summaryKeepMine: string;
  summaryTakeTheirs: string;
  summaryCpr: string;
  summaryTooLong: (max: string) => string;
  summaryLocked: string;

  // errors
  errorSummary: (count: number) => string;

  // response view
  responseHeading: (name: string) => string;
  responseBack: string;
  responseLoading: string;
  responseSubmittedAt: (time: string) => string;
  responseStatus: string;
  responseNotSubmitted: string;
  responseQuestionnaireMissing: string;
  responseAttachments: string;
  responseGoToComments: (count: number) => string;

  // comments
  commentsHeading: string;
  commentsIntro: string;
  commentsOnSection: (section: string) => string;
  commentsOnResponse: (name: string) => string;
  commentLabel: string;
  commentHint: string;
  commentSend: string;
  commentSending: string;
  commentSent: string;
  commentEmpty: string;
  commentTooLong: (max: string) => string;
  commentFailed: (reason: string) => string;
  commentResolve: string;
  commentResolved: (name: string, time: string) => string;
  commentResolvedNow: string;
  commentBy: (name: string, time: string) => string;
  commentsNone: string;
  commentsNoneHere: string;
  commentsFilter: string;
  commentsOpen: (count: number) => string;
  commentsResolved: (count: number) => string;
  commentsAll: (count: number) => string;
  commentTargetSection: (section: string) => string;
  commentTargetResponse: (name: string) => string;
  commentsGoTo: string;
  roleReviewer: string;
  roleSecretariat: string;
  roleOther: string;

  // exports
  exportsHeading: string;
  exportsIntro: string;
  exportDocx: string;
  exportXlsx: string;
  exportCsv: string;
  exportHtml: string;
  exportDocxHint: string;
  exportXlsxHint: string;
  exportCsvHint: string;
  exportOffersCsvHint: string;
  exportHtmlHint: string;
  exportOffersCsv: string;

  // approval
  approvalHeading: string;
  approvalIntro: string;
  approvalChanged: string;
  approvalUpToDate: string;
  approvalNoDecisions: string;
  stepsHeading: string;
  stepsIntro: string;
  stepName: (position: number) => string;
  stepUp: (name: string) => string;
  stepDown: (name: string) => string;
  stepRemove: (name: string) => string;
  stepAdd: string;
  stepsSave: string;
  stepsSaving: string;
  stepsSaved: string;
  stepsCancel: string;
  stepsEdit: string;
  stepEmpty: string;
  stepTooLong: (max: string) => string;
  stepDuplicate: string;
  stepsNone: string;
  stepsLockedHint: string;
  stepMoved: (name: string, position: number) => string;
  stepDecided: (decision: string, date: string) => string;
  stepPending: string;
  decisionHeading: string;
  decisionStep: string;
  decisionDate: string;
  decisionDateHint: string;
  decisionKind: string;
  decisionNote: string;
  decisionNoteHint: string;
  decisionSave: string;
  decisionSaving: string;
  decisionSaved: (step: string) => string;
  decisionStepMissing: string;
  decisionDateMissing: string;
  decisionDateInvalid: string;
  decisionDateFuture: string;
  decisionDateBeforePrevious: (date: string) => string;
  decisionKindMissing: string;
  decisionNoteNeeded: string;
  decisionNoteTooLong: (max: string) => string;
  decisionApproved: string;
  decisionApprovedWithChanges: string;
  decisionRejected: string;
  decisionNoted: string;
  decisionSent: string;
  decisionsHeading: string;
  decisionBy: (name: string, time: string) => string;
  snapshotView: string;
  snapshotDocx: string;
  snapshotHtml: string;
  snapshotHeading: (step: string, date: string) => string;
  snapshotIntro: (time: string) => string;
  snapshotBack: string;
  snapshotLoading: string;
  // approval: planned dates and the councils' decisions (issue 13, item 13)
  stepPlanned: (dates: string) => string;
  stepNotPlanned: string;
  stepOverdue: string;
  stepPlanAdd: string;
  stepPlanEdit: string;
  planHeading: (step: string) => string;
  planFrom: string;
  planFromHint: string;
  planTo: string;
  planToHint: string;
  planSave: string;
  planRemove: string;
  planCancel: string;
  planSaved: (step: string) => string;
  planFromMissing: string;
  planDateInvalid: string;
  planToBeforeFrom: string;
  councilsHeading: string;
  councilsIntro: string;
  councilsNotStarted: (step: string) => string;
  councilsMissing: (missing: string, total: string) => string;
  councilsAllDecided: string;
  councilsMissingList: string;
  councilsCaption: string;
  councilsShow: (count: string) => string;
  decisionCouncilsMissing: (missing: string) => string;
  councilColumn: string;
  councilDecisionColumn: string;
  councilDateColumn: string;
  councilNoteColumn: string;
  councilActionColumn: string;
  councilNoDecision: string;
  councilRecord: (council: string) => string;
  councilRecordShort: string;
  councilCorrectShort: string;
  councilCorrect: (council: string) => string;
  councilHeading: (council: string) => string;
  councilSaved: (council: string) => string;
  councilRegional: (region: string) => string;
  councilApproved: string;
  councilApprovedWithRemarks: string;
  councilNotApproved: string;

  // national view
  nationalHeading: string;
  nationalIntro: string;
  nationalAnnouncement: string;
  nationalChoose: string;
  nationalLoading: string;
  nationalTableCaption: (announcement: string) => string;
  nationalRegion: string;
  nationalStatus: string;
  nationalDeadline: string;
  nationalSubmitted: string;
  nationalTargetGroupHeading: string;
  nationalOffersHeading: string;
  nationalCampaignState: (status: string, deadline: string) => string;
  nationalOffers: string;
  nationalHighly: string;
  nationalNoCampaign: string;
  nationalOpenReport: (region: string) => string;
  nationalReportHeading: (region: string) => string;
  nationalBack: string;
  nationalNoReport: string;
  nationalNotAvailable: string;
  campaignStatus: Record<"draft" | "open" | "closed" | "reported", string>;
}

export const reportDa: ReportMessages = {
  reportHeading: "Fælles afrapportering",
  reportIntro:
    "Rapporten bygges af de indsendte besvarelser. Skriv sekretariatets egen tekst til hvert afsnit. Hvert tal kan følges tilbage til de besvarelser, det kommer fra.",
  reportLoading: "Henter rapporten …",
  reportLoadFailed: "Rapporten kunne ikke hentes.",
  reportGeneratedAt: (time) => `Beregnet ${time}`,
  reportRespondents: (municipalities, offers) => `Indsendt af ${municipalities} ${municipalities === "1" ? "kommune" : "kommuner"}${offers === null ? "" : ` og ${offers} tilbud`}`,
  reportNoResponses: "Der er endnu ingen indsendte besvarelser. Rapporten fyldes ud, efterhånden som kommunerne indsender.",
  sectionNoResponses: (audience) => (audience === "offer" ? "Ingen besvarelser endnu fra tilbuddene." : "Ingen besvarelser endnu fra kommunerne."),
  versionChangeHeading: (audience, version, previous) =>
    `${audience === "offer" ? "Tilbuddenes" : "Kommunernes"} spørgeskema er version ${version}. Ændret siden version ${previous}:`,
  versionAdded: "Nye spørgsmål – tal for dem findes ikke fra tidligere runder:",
  versionRemoved: "Spørgsmål, der ikke længere stilles:",
  versionRenamed: "Omdøbte spørgsmål (svarene følger med):",
  versionChanged: "Ændrede spørgsmål:",
  versionBreaking: "svarene kan ikke sammenlignes med tidligere runder",
  newSinceVersion: (previous) => `Nyt siden version ${previous}`,
  reportMunicipalities: "Kommunernes besvarelser",
  reportOffers: "Tilbuddenes besvarelser",
  reportContents: "Indhold",
  reportReadOnly: "Du kan læse rapporten og skrive kommentarer. Sekretariatet redigerer teksten.",
  smallCountsNote: "Små tal (1–4) kan identificere borgere. De er markeret med *. Vær varsom med at gengive dem.",
  smallCountMark: "lille tal",

  figureSources: (value, count) => `${value} – vis ${count === 1 ? "den besvarelse" : `de ${count} besvarelser`}, tallet kommer fra`,
  figureSmall: "Lille tal (1–4): kan identificere borgere",
  sourcesHeading: (value) => `Hvor tallet ${value} kommer fra`,
  sourcesIntro: (count) => (count === 1 ? "Tallet bygger på én besvarelse:" : `Tallet bygger på ${count} besvarelser:`),
  sourcesNone: "Tallet bygger ikke på nogen besvarelse.",
  sourcesOpen: (name) => `Åbn besvarelsen fra ${name}`,
  sourcesLoading: "Henter besvarelserne, tallet kommer fra …",
  sourcesFailed: "Besvarelserne bag tallet kunne ikke hentes.",
  sourcesChanged: "Der er kommet nye eller ændrede besvarelser, siden rapporten blev hentet. Genindlæs siden for at se tallene og hvor de kommer fra.",
  close: "Luk",

  municipality: "Kommune",
  total: "I alt",
  totalRow: "I alt",
  year: "År",
  value: "Antal",
  notAnswered: "ikke besvaret",
  choice: "Svarmulighed",
  count: "Antal",
  answeredBy: (answered, of) => `Besvaret af ${answered} af ${of}`,
  otherTexts: "Skrevet under »Andet«",
  unlistedChoice: "(svar uden for svarmulighederne)",
  offer: "Tilbud",
  operator: "Driftsherre",
  namedBy: "Nævnt af",
  otherSpellings: "Også stavet",
  offerCount: "Antal forskellige tilbud",
  noOffers: "Ingen tilbud er nævnt.",
  noTexts: "Ingen har skrevet noget her.",
  noFiles: "Ingen filer er vedhæftet.",
  filesHeading: "Vedhæftede aftaler",
  download: (name) => `Hent ${name}`,
  trendTitle: (question) => `Udvikling: ${question}`,
  trendDesc: (series) => `Antal i alt pr. år: ${series}. Tabellen ovenfor viser tallene pr. kommune.`,
  trendTableNote: "Grafen viser rækken »I alt« fra tabellen.",
  tableCaptionPerYear: (question, who) => `${question} – pr. ${who.toLowerCase()} og år`,
  tableCaptionChoices: (question) => question,

  screeningHeading: "Screening af tilbuddene",
  screeningIntro: (minCitizens, minStaff, minYears) =>
    `Screeningsmodellens fire kriterier: mindst ${minCitizens} borgere i målgruppen hvert år, mindst ${minStaff} medarbejdere, mindst ${minYears} års erfaring og alle kompetencer fra udmeldingen. Et tilbud, der opfylder alle fire, kan vurderes som højt specialiseret.`,
  criterion: "Kriterium",
  criterionFlow: "Borgerflow",
  criterionStaff: "Flere medarbejdere",
  criterionExperience: "Erfaring med målgruppen",
  criterionCompetences: "Kompetencer",
  statusMet: "Opfyldt",
  statusNotMet: "Ikke opfyldt",
  statusNotAnswered: "Ikke besvaret",
  verdict: "Vurdering",
  verdictHighly: "Højt specialiseret",
  verdictNot: "Ikke højt specialiseret",
  verdictIncomplete: "Kan ikke vurderes",
  verdictCounts: "Tilbud pr. vurdering",
  reason: "Begrundelse",

  notesHeading: (count) => `Bemærkninger til data (${count})`,
  notesIntro: "Det her bør sekretariatet kende til, før rapporten sendes videre. Ingen besvarelse er udeladt uden at stå her.",
  notesMigrated: (name, from, to) => `${name} har svaret på version ${from}; svarene er overført til version ${to}.`,
  notesSkipped: (name, reason) => `${name} er ikke med: ${reason}`,
  notesNone: "Ingen bemærkninger: alle besvarelser er med, og alle svar kunne bruges.",

  summaryLabel: (section) => `Sekretariatets tekst til afsnittet »${section}«`,
  summaryHint: "Gemmes, når du forlader feltet, eller når du trykker Gem. Skriv ikke navne eller CPR-numre på borgere.",
  summarySave: "Gem teksten",
  summarySaving: "Gemmer …",
  summarySavedAt: (time) => `Gemt kl. ${time}`,
  summaryUnsaved: "Ikke gemt endnu",
  summaryFailed: (reason) => `Teksten er ikke gemt: ${reason} Teksten står stadig i feltet.`,
  summaryEmpty: "Sekretariatet har ikke skrevet en tekst til afsnittet endnu.",
  summaryBy: (name, time) => `Senest ændret af ${name}, ${time}`,
  summaryStaleHeading: "En kollega har gemt en anden tekst",
  summaryStaleIntro: (name) => `${name} har gemt teksten, mens du skrev. Begge tekster står herunder – vælg, hvilken der skal gælde. Du kan også kopiere fra den ene til den anden først.`,
  summaryTheirs: "Kollegaens gemte tekst",
  summaryMine: "Din tekst (ikke gemt)",
  summaryKeepMine: "Gem min tekst",
  summaryTakeTheirs: "Brug kollegaens tekst",
  summaryCpr: "Teksten ser ud til at indeholde et CPR-nummer. Rapporten handler om antal og indsatser, ikke om personer – fjern nummeret.",
  summaryTooLong: (max) => `Teksten er for lang. Den må højst være ${max} tegn.`,
  summaryLocked: "Godkendelsen er afsluttet, så teksten kan ikke længere ændres.",

  errorSummary: (count) => (count === 1 ? "Der er 1 fejl i formularen" : `Der er ${count} fejl i formularen`),

  responseHeading: (name) => `Besvarelse fra ${name}`,
  responseBack: "Tilbage til rapporten",
  responseLoading: "Henter besvarelsen …",
  responseSubmittedAt: (time) => `Indsendt ${time}`,
  responseStatus: "Status",
  responseNotSubmitted: "Ikke indsendt",
  responseQuestionnaireMissing: "Spørgeskemaet til besvarelsen findes ikke i denne version af Afrapport.",
  responseAttachments: "Vedhæftede filer",
  responseGoToComments: (count) => (count === 0 ? "Gå til kommentarerne" : `Gå til kommentarerne (${count})`),

  commentsHeading: "Kommentarer fra referencegruppen",
  commentsIntro: "Referencegruppen kommenterer afsnit i rapporten og de enkelte besvarelser. Sekretariatet markerer en kommentar som løst, når den er taget hånd om.",
  commentsOnSection: (section) => `Kommentarer til »${section}«`,
  commentsOnResponse: (name) => `Kommentarer til besvarelsen fra ${name}`,
  commentLabel: "Skriv en kommentar",
  commentHint: "Kommentaren kan ses af sekretariatet og referencegruppen. Skriv ikke navne eller CPR-numre på borgere.",
  commentSend: "Send kommentar",
  commentSending: "Sender …",
  commentSent: "Kommentaren er sendt.",
  commentEmpty: "Skriv kommentaren, før du sender den.",
  commentTooLong: (max) => `Kommentaren er for lang. Den må højst være ${max} tegn.`,
  commentFailed: (reason) => `Kommentaren er ikke sendt: ${reason} Teksten står stadig i feltet.`,
  commentResolve: "Markér som løst",
  commentResolved: (name, time) => `Løst af ${name}, ${time}`,
  commentResolvedNow: "Kommentaren er markeret som løst.",
  commentBy: (name, time) => `${name}, ${time}`,
  commentsNone: "Der er ingen kommentarer.",
  commentsNoneHere: "Ingen kommentarer endnu.",
  commentsFilter: "Vis",
  commentsOpen: (count) => `Åbne (${count})`,
  commentsResolved: (count) => `Løste (${count})`,
  commentsAll: (count) => `Alle (${count})`,
  commentTargetSection: (section) => `Afsnit: ${section}`,
  commentTargetResponse: (name) => `Besvarelse: ${name}`,
  commentsGoTo: "Gå til",
  roleReviewer: "referencegruppen",
  roleSecretariat: "sekretariatet",
  roleOther: "Afrapport",

  exportsHeading: "Hent rapporten",
  exportsIntro: "Filerne laves af rapporten, som den ser ud lige nu, på det sprog, siden vises på.",
  exportDocx: "Word (DOCX)",
  exportXlsx: "Excel (XLSX)",
  exportCsv: "CSV",
  exportHtml: "Udskriftsvenlig side (HTML)",
  exportDocxHint: "Rapporten med sekretariatets tekst, klar til godkendelse",
  exportXlsxHint: "Alle svar, et ark pr. spørgeskema",
  exportCsvHint: "Kommunernes svar, en række pr. kommune",
  exportOffersCsvHint: "Tilbuddenes svar, en række pr. tilbud",
  exportHtmlHint: "Til at udskrive eller gemme som PDF",
  exportOffersCsv: "Tilbuddenes svar (CSV)",

  approvalHeading: "Godkendelse",
  approvalIntro:
    "Den fælles afrapportering går gennem godkendelsesforløbet, før den sendes til Socialstyrelsen. Når du registrerer en beslutning, gemmes en låst kopi af rapporten, som den så ud.",
  approvalChanged: "Rapporten er ændret siden seneste godkendelse – en ny version skal godkendes.",
  approvalUpToDate: "Rapporten er uændret siden seneste beslutning.",
  approvalNoDecisions: "Der er ikke registreret nogen beslutninger endnu.",
  stepsHeading: "Godkendelsesforløbet",
  stepsIntro: "Trinene i den rækkefølge, rapporten behandles.",
  stepName: (position) => `Navn på trin ${position}`,
  stepUp: (name) => `Flyt »${name}« op`,
  stepDown: (name) => `Flyt »${name}« ned`,
  stepRemove: (name) => `Fjern »${name}«`,
  stepAdd: "Tilføj trin",
  stepsSave: "Gem forløbet",
  stepsSaving: "Gemmer …",
  stepsSaved: "Godkendelsesforløbet er gemt.",
  stepsCancel: "Fortryd",
  stepsEdit: "Redigér forløbet",
  stepEmpty: "Skriv et navn på trinnet.",
  stepTooLong: (max) => `Navnet er for langt. Det må højst være ${max} tegn.`,
  stepDuplicate: "Der er allerede et trin med dette navn.",
  stepsNone: "Forløbet skal have mindst ét trin.",
  stepsLockedHint: "Trin, der allerede har en beslutning, beholder deres navn og plads.",
  stepMoved: (name, position) => `»${name}« er nu trin ${position}.`,
  stepDecided: (decision, date) => `${decision} ${date}`,
  stepPending: "Afventer",
  decisionHeading: "Registrér en beslutning",
  decisionStep: "Trin",
  decisionDate: "Dato for beslutningen",
  decisionDateHint: "Datoen for mødet, hvor beslutningen blev truffet, fx 2.3.2026.",
  decisionKind: "Beslutning",
  decisionNote: "Bemærkning",
  decisionNoteHint: "Skal udfyldes ved »Godkendt med ændringer« og »Afvist«.",
  decisionSave: "Registrér beslutningen",
  decisionSaving: "Registrerer …",
  decisionSaved: (step) => `Beslutningen for »${step}« er registreret, og en låst kopi af rapporten er gemt.`,
  decisionStepMissing: "Vælg det trin, beslutningen gælder.",
  decisionDateMissing: "Skriv datoen for beslutningen.",
  decisionDateInvalid: "Datoen findes ikke. Skriv den som dag.måned.år, fx 2.3.2026.",
  decisionDateFuture: "Datoen ligger ude i fremtiden. Registrér beslutningen, når den er truffet.",
  decisionDateBeforePrevious: (date) => `Datoen ligger før den forrige beslutning (${date}). Beslutningerne registreres i rækkefølge.`,
  decisionKindMissing: "Vælg, hvad der blev besluttet.",
  decisionNoteNeeded: "Skriv, hvad der skal ændres, eller hvorfor rapporten blev afvist.",
  decisionNoteTooLong: (max) => `Bemærkningen er for lang. Den må højst være ${max} tegn.`,
  decisionApproved: "Godkendt",
  decisionApprovedWithChanges: "Godkendt med ændringer",
  decisionRejected: "Afvist",
  decisionNoted: "Taget til efterretning",
  decisionSent: "Sendt",
  decisionsHeading: "Beslutninger",
  decisionBy: (name, time) => `Registreret af ${name}, ${time}`,
  snapshotView: "Se den låste kopi",
  snapshotDocx: "Hent kopien (Word)",
  snapshotHtml: "Hent kopien (HTML)",
  snapshotHeading: (step, date) => `Låst kopi: ${step}, ${date}`,
  snapshotIntro: (time) => `Sådan så rapporten ud, da beslutningen blev registreret ${time}. Kopien kan ikke ændres.`,
  snapshotBack: "Tilbage til godkendelsen",
  snapshotLoading: "Henter kopien …",
  stepPlanned: (dates) => `Planlagt: ${dates}`,
  stepNotPlanned: "Ingen planlagt dato",
  stepOverdue: "Forsinket",
  stepPlanAdd: "Planlæg dato",
  stepPlanEdit: "Ret planlagt dato",
  planHeading: (step) => `Planlagt dato for »${step}«`,
  planFrom: "Dato eller første dag",
  planFromHint: "Mødedatoen, eller den første dag i perioden, fx 1.6.2027.",
  planTo: "Sidste dag (valgfri)",
  planToHint: "Kun ved en periode, fx 30.6.2027 for »i juni«.",
  planSave: "Gem den planlagte dato",
  planRemove: "Fjern den planlagte dato",
  planCancel: "Fortryd",
  planSaved: (step) => `Den planlagte dato for »${step}« er gemt.`,
  planFromMissing: "Skriv datoen eller periodens første dag.",
  planDateInvalid: "Datoen findes ikke. Skriv den som dag.måned.år, fx 12.6.2027.",
  planToBeforeFrom: "Den sidste dag ligger før den første.",
  councilsHeading: "Byråd, kommunalbestyrelser og regionsråd",
  councilsIntro: "Hvert råd i regionen behandler rapporten på sit eget møde. Registrér hvert råds beslutning og dato; trinnet kan afsluttes, når alle har besluttet.",
  councilsNotStarted: (step) => `Rådenes beslutninger kan registreres, når »${step}« har truffet sin beslutning.`,
  councilsMissing: (missing, total) => `Mangler beslutning fra ${missing} af ${total} råd.`,
  councilsAllDecided: "Alle råd har besluttet. Trinnet kan nu afsluttes.",
  councilsMissingList: "Mangler",
  decisionCouncilsMissing: (missing) => `${missing} råd mangler at beslutte. Registrér alle rådenes beslutninger under »Byråd, kommunalbestyrelser og regionsråd«, før trinnet afsluttes.`,
  councilsShow: (count) => `Vis de ${count} råd`,
  councilsCaption: "Rådenes beslutninger",
  councilColumn: "Råd",
  councilDecisionColumn: "Beslutning",
  councilDateColumn: "Dato",
  councilNoteColumn: "Bemærkning",
  councilActionColumn: "Handling",
  councilNoDecision: "Mangler",
  councilRecordShort: "Registrér",
  councilCorrectShort: "Ret",
  councilRecord: (council) => `Registrér beslutning for ${council}`,
  councilCorrect: (council) => `Ret beslutningen for ${council}`,
  councilHeading: (council) => `Beslutning i ${council}`,
  councilSaved: (council) => `Beslutningen for ${council} er registreret.`,
  councilRegional: (region) => `Regionsrådet, ${region}`,
  councilApproved: "Godkendt",
  councilApprovedWithRemarks: "Godkendt med bemærkninger",
  councilNotApproved: "Ikke godkendt",

  nationalHeading: "De fem regioners afrapportering",
  nationalIntro: "Vælg en central udmelding for at se regionernes fælles afrapporteringer side om side.",
  nationalAnnouncement: "Central udmelding",
  nationalChoose: "Vælg en udmelding",
  nationalLoading: "Henter regionernes rapporter …",
  nationalTableCaption: (announcement) => `Nøgletal pr. region: ${announcement}`,
  nationalRegion: "Region",
  nationalStatus: "Status",
  nationalDeadline: "Frist",
  nationalSubmitted: "Indsendt",
  nationalTargetGroupHeading: "Målgruppen",
  nationalOffersHeading: "Tilbud",
  nationalCampaignState: (status, deadline) => `${status}, frist ${deadline}`,
  nationalOffers: "Nævnt",
  nationalHighly: "Højt specialiserede",
  nationalNoCampaign: "Ingen indsamling",
  nationalOpenReport: (region) => `Åbn rapporten fra ${region}`,
  nationalReportHeading: (region) => `Afrapportering fra ${region}`,
  nationalBack: "Tilbage til oversigten",
  nationalNoReport: "Regionen har ingen rapport endnu.",
  nationalNotAvailable: "–",
  campaignStatus: { draft: "Kladde", open: "Åben", closed: "Lukket", reported: "Afrapporteret" },
};
