import type { Messages } from "./messages.js";

export const da: Messages = {
  languageName: "Dansk",

  appName: "Afrapport",
  appTagline: "Spørgeskemaer til den centrale udmelding",
  skipToContent: "Gå til indholdet",
  languageSwitchLabel: "Sprog",
  footerText: "Afrapport bruges af rammeaftalesekretariaterne til at indsamle kommunernes og tilbuddenes svar.",

  landingTitle: "Afrapport – svar på den centrale udmelding",
  landingIntro:
    "Når Socialstyrelsen udsender en central udmelding, samler rammeaftalesekretariatet i hver region kommunernes og tilbuddenes svar i én fælles afrapportering. Afrapport er stedet, hvor spørgeskemaerne besvares.",
  landingRespondentHeading: "Har du fået et link?",
  landingRespondentText:
    "Åbn det personlige link, du har fået fra rammeaftalesekretariatet. Svarene gemmes automatisk, så du kan vende tilbage over flere dage, dele linket med dine kolleger og vedhæfte aftaler, før I indsender.",
  landingSecretariatHeading: "Er du fra sekretariatet?",
  landingSecretariatText: "Sekretariatet opretter indsamlinger, følger besvarelserne og samler den fælles afrapportering.",
  landingSecretariatLink: "Log ind som sekretariat",
  landingPrivacyHeading: "Ingen personoplysninger",
  landingPrivacyText:
    "Afrapporteringen handler om antal og indsatser, ikke om personer. Skriv ikke navne eller CPR-numre på borgere i svarene.",
  secretariatTitle: "Sekretariatets arbejdsområde",
  secretariatText: "Sekretariatets arbejdsområde er under udvikling. Kontakt din administrator for adgang.",
  backToFrontPage: "Til forsiden",
  notFoundTitle: "Siden findes ikke",
  notFoundText: "Adressen passer ikke til en side i Afrapport. Tjek, at du har kopieret hele linket.",

  loading: "Henter spørgeskemaet …",
  linkInvalidTitle: "Linket virker ikke",
  linkInvalidText:
    "Vi kan ikke finde et spørgeskema til dette link. Tjek, at du har kopieret hele linket fra e-mailen – det er langt og skal med helt til enden.",
  linkRevokedTitle: "Linket er lukket",
  linkRevokedText:
    "Sekretariatet har lukket dette link, fx fordi der er sendt et nyt. Brug det nyeste link, du har fået, eller kontakt sekretariatet.",
  tooManyAttemptsTitle: "For mange forsøg",
  tooManyAttemptsText:
    "Der er kommet for mange forsøg med ugyldige links fra din forbindelse. Vent et par minutter, og prøv så igen.",
  loadFailedTitle: "Spørgeskemaet kunne ikke hentes",
  loadFailedText: "Der skete en fejl hos os. Dine svar er ikke tabt. Prøv igen om lidt.",
  loadFailedOffline: "Du er ikke forbundet til internettet. Prøv igen, når forbindelsen er tilbage.",
  tryAgain: "Prøv igen",
  contactSecretariat: "Kontakt rammeaftalesekretariatet i din region, hvis problemet fortsætter.",

  respondentLabel: "Besvares af",
  campaignLabel: "Indsamling",
  deadlineLabel: "Frist",
  deadlinePassedSuffix: "(overskredet)",
  sharingHint:
    "Svarene gemmes automatisk. Du kan dele linket med kolleger – I arbejder i den samme besvarelse, og ingen overskriver hinanden.",
  questionnaireLabel: "Spørgeskema",
  pageProgress: (page, pages) => `Side ${page} af ${pages}`,
  pageErrorsSummary: (count) =>
    count === 1
      ? "Et svar på siden skal rettes, før du kan gå videre. Fejlen er vist ved svaret."
      : `${count} svar på siden skal rettes, før du kan gå videre. Fejlene er vist ved svarene.`,
  resumedAt: (page, pages) => `Du fortsætter, hvor du slap: side ${page} af ${pages}.`,
  resumedAtAnswers: (page, pages) => `Du fortsætter ved side ${page} af ${pages} – den sidste side med svar.`,
  resumedAtErrors: (page, reached) => `Du var nået til side ${reached}, men side ${page} har svar, der skal rettes. Fejlene er vist ved svarene.`,
  submitButton: "Indsend besvarelsen",
  submitting: "Indsender …",

  statusIdle: "Alle svar er gemt",
  statusPending: "Ændringer gemmes om lidt …",
  statusSaving: "Gemmer …",
  statusSavedAt: (time) => `Gemt kl. ${time}`,
  statusOffline: "Ikke forbundet – svarene er gemt på denne enhed",
  statusOfflineUnsafe: "Ikke forbundet – svarene kunne ikke gemmes på denne enhed. Luk ikke siden.",
  statusConflict: "Venter på dit valg – en kollega har ændret de samme svar",
  statusLocked: "Besvarelsen kan ikke længere ændres",
  statusFailed: (reason) => `Kunne ikke gemme: ${reason}`,
  mergedFromColleague: (count) =>
    `Din kollega har besvaret ${count} spørgsmål, som nu er med.`,
  restoredFromDevice: (count) =>
    count === 1
      ? "Et svar, der var gemt på denne enhed, er nu sendt med."
      : `${count} svar, der var gemt på denne enhed, er nu sendt med.`,
  lockedWithUnsent: (count) =>
    `${count} ${count === 1 ? "ændring" : "ændringer"} på denne enhed kunne ikke gemmes, fordi besvarelsen ikke længere kan ændres. Kontakt sekretariatet, hvis de skal med.`,
  dismiss: "Luk beskeden",

  prefillNoticeTitle: "Svar fra sidste indsamling",
  prefillNotice: (count, campaignTitle) => `Vi har udfyldt ${count} svar fra jeres besvarelse i «${campaignTitle}». Tjek dem, før I indsender.`,
  prefillDroppedIntro: "Disse svar kunne ikke komme med:",
  prefillDropReasons: {
    removed: "spørgsmålet findes ikke længere",
    "choice-removed": "svarmuligheden findes ikke længere",
    "type-changed": "spørgsmålet har fået en anden type",
    "column-removed": "kolonnen findes ikke længere",
    attachment: "vedhæftede filer kommer ikke med – vedhæft dem igen",
  },

  conflictHeading: "En kollega har ændret de samme svar",
  conflictIntro:
    "Mens du skrev, har en kollega gemt et andet svar på de samme spørgsmål. Vælg for hvert spørgsmål, hvilket svar der skal gemmes. Intet gemmes, før du har valgt.",
  conflictTheirs: "Kollegaens svar",
  conflictMine: "Dit svar",
  conflictKeepTheirs: "Behold kollegaens svar",
  conflictKeepMine: "Behold mit svar",
  conflictEmpty: "(intet svar)",
  conflictSave: "Gem valgene",
  conflictMissing: (count) => `Vælg et svar ved ${count === 1 ? "spørgsmålet" : `alle ${count} spørgsmål`} først.`,

  submitErrorsSummary: (count) =>
    count === 1
      ? "Besvarelsen kunne ikke indsendes: 1 spørgsmål skal rettes. Fejlen er vist ved spørgsmålet."
      : `Besvarelsen kunne ikke indsendes: ${count} spørgsmål skal rettes. Fejlene er vist ved spørgsmålene.`,
  submitOffline: "Du er ikke forbundet. Besvarelsen er ikke indsendt endnu – prøv igen, når forbindelsen er tilbage.",
  submitConflict: "En kollega har ændret de samme svar. Vælg, hvilke svar der skal gemmes, og indsend så igen.",
  submitNotEditable: "Besvarelsen kan ikke længere indsendes, fordi indsamlingen er lukket eller fristen er overskredet.",
  submitFailed: "Besvarelsen kunne ikke indsendes. Prøv igen om lidt.",
  serverMessageFallback: "der skete en fejl",

  closedTitle: "Indsamlingen er lukket",
  closedText: "Sekretariatet har lukket indsamlingen, så svarene kan ikke længere ændres. Herunder kan du læse de gemte svar.",
  deadlinePassedTitle: "Fristen er overskredet",
  deadlinePassedText:
    "Fristen for at svare er overskredet, så svarene kan ikke længere ændres. Kontakt sekretariatet, hvis I har brug for mere tid.",
  submittedReadOnly: "Besvarelsen er indsendt og kan ikke længere ændres. Kontakt sekretariatet, hvis noget skal rettes.",
  notEditableTitle: "Besvarelsen kan ikke ændres",

  receiptTitle: "Kvittering for indsendt besvarelse",
  receiptThanks: "Tak. Besvarelsen er indsendt til rammeaftalesekretariatet.",
  receiptNumber: "Kvitteringsnummer",
  receiptNumberHelp: "Oplys nummeret, hvis du kontakter sekretariatet om besvarelsen.",
  receiptRespondent: "Indsendt af",
  receiptCampaign: "Indsamling",
  receiptSubmittedAt: "Indsendt",
  receiptCheckTitle: "Kontrol af de indsendte svar",
  receiptCheckHelp:
    "Koden herunder er et fingeraftryk (SHA-256) af de indsendte svar, som sekretariatet kan bruge til at kontrollere, at svarene ikke er ændret siden indsendelsen.",
  receiptPrint: "Udskriv kvitteringen",
  receiptAnswers: "De indsendte svar",
  receiptKeepLink: "Du kan altid se kvitteringen igen via det samme link.",

  uploadProgress: (name, percent) => `Uploader »${name}«: ${percent}`,
  uploadDone: (name) => `»${name}« er vedhæftet.`,
  uploadTooLarge: (name, size, max) => `Filen »${name}« er for stor (${size}). Den må højst fylde ${max}.`,
  uploadWrongType: (name, allowed) => `Filen »${name}« kan ikke vedhæftes, fordi filtypen ikke er tilladt. Tilladte filtyper: ${allowed}.`,
  uploadEmpty: (name) => `Filen »${name}« er tom.`,
  uploadServerTooLarge: (name) => `Filen »${name}« er for stor til at blive modtaget. Del den op, eller gem den i en mindre udgave.`,
  uploadQuotaResponse: (name, max) =>
    `Filen »${name}« kan ikke vedhæftes, fordi filerne i en besvarelse højst må fylde ${max} tilsammen. Slet en fil, du ikke har brug for, eller gem filen i en mindre udgave, og prøv igen.`,
  uploadQuotaCampaign: (name) =>
    `Filen »${name}« kan ikke vedhæftes, fordi der ikke er mere plads til filer i denne indsamling. Kontakt det sekretariat, der har sendt dig linket.`,
  uploadServerWrongType: (name) => `Filen »${name}« har en filtype, som ikke kan modtages. Gem den som PDF, og prøv igen.`,
  uploadOffline: (name) => `»${name}« blev ikke uploadet, fordi du ikke er forbundet. Prøv igen, når forbindelsen er tilbage.`,
  uploadFailed: (name) => `»${name}« kunne ikke uploades. Prøv igen om lidt.`,
  downloadFailed: "Filen kunne ikke hentes. Prøv igen om lidt.",
  deleteFailed: "Filen kunne ikke fjernes. Prøv igen om lidt.",
  uploadsLabel: "Upload af filer",
};
