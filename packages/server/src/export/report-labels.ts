import type { CriterionStatus, Locale, ScreeningCriterion, ScreeningVerdict } from "@afrapport/schema";

/** Every fixed word of the joint report's documents (DOCX and HTML), in Danish and English. */
export interface ReportLabels {
  regionReport: (region: string) => string;
  deadline: string;
  status: string;
  generated: string;
  campaignStatuses: Record<string, string>;
  toc: string;
  page: string;
  /** before the names a figure came from (HTML tooltips) */
  sources: string;
  skipToContent: string;

  introduction: string;
  introText: (input: { region: string; announcement: string }) => string;
  basedOn: string;
  municipalityResponses: string;
  offerResponses: string;
  and: string;
  respondedMunicipalities: string;
  respondedOffers: string;
  noResponsesYet: string;
  noResponsesInSection: string;
  figuresExplained: string;

  approval: string;
  approvalCaption: string;
  approvalStep: string;
  approvalDate: string;
  approvalDecision: string;
  approvalNote: string;

  answeredBy: string;
  of: string;
  unusable: (count: string) => string;
  municipality: string;
  offer: string;
  total: string;
  missing: string;
  table: string;
  perRespondentAndYear: (respondentWord: string) => string;
  perRespondent: (respondentWord: string) => string;
  choice: string;
  count: string;
  share: string;
  notAChoice: string;
  choicesCaption: string;
  multipleChoices: string;
  otherTexts: string;
  matrixCaption: string;
  matrixRow: string;
  answered: string;
  noTexts: string;
  noFiles: string;
  attachmentCount: string;

  offersCaption: string;
  offerName: string;
  operator: string;
  namedBy: string;
  distinctOffers: string;
  alsoSpelled: string;

  screening: string;
  screeningCaption: string;
  screeningIntro: (t: { citizens: string; staff: string; experience: string }) => string;
  screeningReasons: string;
  verdict: string;
  criteria: Record<ScreeningCriterion, string>;
  criterionStatuses: Record<CriterionStatus, string>;
  verdicts: Record<ScreeningVerdict, string>;

  smallCountNote: string;
  /** a per-respondent list left out for its length: what the reader finds instead, and where */
  notListed: (count: string) => string;
  totalPerYear: string;
  totalOnly: string;
  highlySpecialisedOnly: string;

  appendix: string;
  dataNotes: string;
  skippedResponses: string;
  noNotes: string;
  questionnaireVersion: (title: string, version: string) => string;
}

export const reportLabels: Record<Locale, ReportLabels> = {
  da: {
    regionReport: (region) => `Fælles afrapportering for ${region}`,
    deadline: "Frist",
    status: "Status",
    generated: "Dato",
    campaignStatuses: { draft: "Kladde", open: "Åben", closed: "Lukket", reported: "Afrapporteret" },
    toc: "Indholdsfortegnelse",
    page: "Side",
    sources: "Kilder",
    skipToContent: "Gå til indholdet",

    introduction: "Om afrapporteringen",
    introText: ({ region, announcement }) =>
      `Denne rapport er den fælles, koordinerede afrapportering fra kommunerne i ${region} på den centrale udmelding om ${announcement}.`,
    basedOn: "Rapporten bygger på",
    municipalityResponses: "indsendte besvarelser fra kommunerne",
    offerResponses: "indsendte besvarelser fra tilbuddene",
    and: "og",
    respondedMunicipalities: "Kommuner, der har svaret",
    respondedOffers: "Tilbud, der har svaret",
    noResponsesYet: "Der er endnu ingen indsendte besvarelser.",
    noResponsesInSection: "Der er endnu ingen indsendte besvarelser til dette afsnit.",
    figuresExplained:
      "Alle tal er opgjort ud fra de indsendte besvarelser og kan føres tilbage til de besvarelser, de stammer fra. Tal markeret med * er små tal (1–4), som i små kommuner kan identificere borgere.",

    approval: "Politisk behandling",
    approvalCaption: "Behandling og godkendelse",
    approvalStep: "Trin",
    approvalDate: "Dato",
    approvalDecision: "Beslutning",
    approvalNote: "Bemærkning",

    answeredBy: "Besvaret af",
    of: "af",
    unusable: (count) => `${count} svar kunne ikke bruges (se bilaget)`,
    municipality: "Kommune",
    offer: "Tilbud",
    total: "I alt",
    missing: "–",
    table: "Tabel",
    perRespondentAndYear: (word) => `Antal pr. ${word.toLowerCase()} og år`,
    perRespondent: (word) => `Antal pr. ${word.toLowerCase()}`,
    choice: "Svarmulighed",
    count: "Antal",
    share: "Andel",
    notAChoice: "(ikke en svarmulighed)",
    choicesCaption: "Fordeling af svarene",
    multipleChoices: "Der kunne vælges flere svar, så andelene summer ikke til 100 %.",
    otherTexts: "Uddybning af »Andet«",
    matrixCaption: "Fordeling af svarene pr. række",
    matrixRow: "Række",
    answered: "Besvaret",
    noTexts: "Ingen har skrevet noget til dette spørgsmål.",
    noFiles: "Der er ikke vedhæftet filer.",
    attachmentCount: "Antal vedhæftede filer",

    offersCaption: "Tilbud, som kommunerne visiterer til",
    offerName: "Tilbud",
    operator: "Driftsherre",
    namedBy: "Nævnt af",
    distinctOffers: "Antal forskellige tilbud nævnt",
    alsoSpelled: "også skrevet",

    screening: "Screening af tilbuddene",
    screeningCaption: "Tilbuddene vurderet efter screeningsmodellens fire kriterier",
    screeningIntro: ({ citizens, staff, experience }) =>
      `Et tilbud kan vurderes som højt specialiseret, når det opfylder alle fire kriterier i screeningsmodellen: borgerflow (mindst ${citizens} borgere i målgruppen hvert år), flere medarbejdere (mindst ${staff}), erfaring med målgruppen (mindst ${experience} år i gennemsnit) og de særlige kompetencer, udmeldingen nævner.`,
    screeningReasons: "Begrundelser pr. tilbud",
    verdict: "Vurdering",
    criteria: { flow: "Borgerflow", staff: "Flere medarbejdere", experience: "Erfaring", competences: "Kompetencer" },
    criterionStatuses: { met: "Opfyldt", "not-met": "Ikke opfyldt", "not-answered": "Ikke besvaret" },
    verdicts: {
      "highly-specialised": "Højt specialiseret",
      "not-highly-specialised": "Ikke højt specialiseret",
      incomplete: "Kan ikke vurderes (mangler svar)",
    },

    smallCountNote: "* Små tal (1–4) kan identificere borgere.",
    notListed: (count) =>
      `De ${count} enkelte svar er for mange til at blive gengivet i rapporten. De står i regnearket med besvarelserne, som hentes sammen med rapporten.`,
    totalPerYear: "I alt pr. år",
    totalOnly: "I alt",
    highlySpecialisedOnly: "Tilbud, der opfylder alle fire kriterier",

    appendix: "Bilag: Noter til datagrundlaget",
    dataNotes: "Bemærkninger til svarene",
    skippedResponses: "Besvarelser, der ikke er medtaget",
    noNotes: "Ingen bemærkninger til datagrundlaget.",
    questionnaireVersion: (title, version) => `${title}, version ${version}`,
  },
  en: {
    regionReport: (region) => `Joint report for ${region}`,
    deadline: "Deadline",
    status: "Status",
    generated: "Date",
    campaignStatuses: { draft: "Draft", open: "Open", closed: "Closed", reported: "Reported" },
    toc: "Contents",
    page: "Page",
    sources: "Sources",
    skipToContent: "Skip to the content",

    introduction: "About the report",
    introText: ({ region, announcement }) =>
      `This is the joint, coordinated report of the municipalities in ${region} on the central announcement on ${announcement}.`,
    basedOn: "The report is based on",
    municipalityResponses: "submitted responses from the municipalities",
    offerResponses: "submitted responses from the offers",
    and: "and",
    respondedMunicipalities: "Municipalities that responded",
    respondedOffers: "Offers that responded",
    noResponsesYet: "There are no submitted responses yet.",
    noResponsesInSection: "There are no submitted responses for this section yet.",
    figuresExplained:
      "Every figure is computed from the submitted responses and can be traced to the responses it came from. Figures marked * are small counts (1–4), which may identify citizens in small municipalities.",

    approval: "Political approval",
    approvalCaption: "Handling and approval",
    approvalStep: "Step",
    approvalDate: "Date",
    approvalDecision: "Decision",
    approvalNote: "Note",

    answeredBy: "Answered by",
    of: "of",
    unusable: (count) => `${count} answers could not be used (see the appendix)`,
    municipality: "Municipality",
    offer: "Offer",
    total: "Total",
    missing: "–",
    table: "Table",
    perRespondentAndYear: (word) => `Number per ${word.toLowerCase()} and year`,
    perRespondent: (word) => `Number per ${word.toLowerCase()}`,
    choice: "Choice",
    count: "Count",
    share: "Share",
    notAChoice: "(not a listed choice)",
    choicesCaption: "Distribution of the answers",
    multipleChoices: "Several answers could be chosen, so the shares do not add up to 100%.",
    otherTexts: "Details given for “Other”",
    matrixCaption: "Distribution of the answers per row",
    matrixRow: "Row",
    answered: "Answered",
    noTexts: "No one wrote anything for this question.",
    noFiles: "No files are attached.",
    attachmentCount: "Attached files",

    offersCaption: "Offers the municipalities refer to",
    offerName: "Offer",
    operator: "Operator",
    namedBy: "Named by",
    distinctOffers: "Distinct offers named",
    alsoSpelled: "also written",

    screening: "Screening of the offers",
    screeningCaption: "The offers judged by the screening model's four criteria",
    screeningIntro: ({ citizens, staff, experience }) =>
      `An offer can be judged highly specialised when it meets all four criteria of the screening model: citizen flow (at least ${citizens} citizens of the target group every year), several staff (at least ${staff}), experience with the target group (at least ${experience} years on average) and the special competences the announcement names.`,
    screeningReasons: "Reasons per offer",
    verdict: "Verdict",
    criteria: { flow: "Citizen flow", staff: "Several staff", experience: "Experience", competences: "Competences" },
    criterionStatuses: { met: "Met", "not-met": "Not met", "not-answered": "Not answered" },
    verdicts: {
      "highly-specialised": "Highly specialised",
      "not-highly-specialised": "Not highly specialised",
      incomplete: "Cannot be judged (answers missing)",
    },

    smallCountNote: "* Small counts (1–4) may identify citizens.",
    notListed: (count) =>
      `The ${count} individual answers are too many to be reproduced in the report. They are in the answers workbook, downloaded alongside the report.`,
    totalPerYear: "Total per year",
    totalOnly: "Total",
    highlySpecialisedOnly: "Offers that meet all four criteria",

    appendix: "Appendix: notes on the data",
    dataNotes: "Notes on the answers",
    skippedResponses: "Responses not included",
    noNotes: "No notes on the data.",
    questionnaireVersion: (title, version) => `${title}, version ${version}`,
  },
};
