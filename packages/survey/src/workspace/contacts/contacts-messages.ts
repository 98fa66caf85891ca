import type { ContactProblem } from "@afrapport/schema";
import type { Locale } from "@afrapport/schema";
import { useLocale } from "../../i18n/locale-context.js";
import { useWorkspaceMessages, type WorkspaceMessages } from "../shell/use-workspace-messages.js";

/**
 * The strings of contacts in bulk, the invitations shown before they are queued, the truthful banner after a campaign
 * is created, and the reminder confirmation that names who cannot be mailed. Both languages implement this interface,
 * so a missing string fails the type check.
 */
export interface ContactsMessages {
  // the status board's panel
  panelHeading: string;
  /** what really happened: links exist, how many have an address, what was sent */
  panelStatus: (s: { municipalities: number; withAddress: number; invited: number; waiting: number }) => string;
  panelByHand: string;
  addContacts: string;
  sendInvitations: (count: number) => string;

  // the banner after "Opret indsamling", and after inviting the municipalities on the status board
  campaignCreated: (s: { municipalities: number; withAddress: number }) => string;
  linksGiven: (s: { municipalities: number; withAddress: number }) => string;

  // the contacts dialog
  dialogTitle: string;
  dialogIntro: string;
  pasteLabel: string;
  pasteHint: string;
  fileLabel: string;
  fileHint: string;
  fileReading: string;
  fileUnreadable: string;
  fileTooLarge: string;
  fileEmpty: string;
  useRemembered: (count: number) => string;
  rememberedHint: string;
  showPreview: string;
  nothingToPreview: string;
  previewHeading: string;
  previewSummary: (ok: number, problems: number) => string;
  previewTooMany: (max: number) => string;
  previewCaption: string;
  colRow: string;
  colKommune: string;
  colName: string;
  colEmail: string;
  colCheck: string;
  rowOk: string;
  problemText: (problem: ContactProblem) => string;
  saveContacts: (count: number) => string;
  saveNone: string;
  saving: string;
  back: string;
  saved: (count: number) => string;
  savedRemembered: string;

  // the invitation dialog
  inviteTitle: string;
  inviteLoading: string;
  inviteNobody: string;
  inviteCount: (count: number) => string;
  inviteDeliverySmtp: string;
  inviteDeliveryByHand: string;
  inviteWithoutAddress: (count: number) => string;
  inviteAlready: (count: number) => string;
  inviteClosed: string;
  inviteRecipients: string;
  inviteSampleHeading: (name: string) => string;
  inviteSubject: string;
  inviteTo: string;
  inviteBody: string;
  inviteConfirm: (count: number) => string;
  inviteSending: string;
  inviteDone: (count: number, delivery: "smtp" | "by-hand") => string;

  // the reminder confirmation
  remindMailed: (count: number, delivery: "smtp" | "by-hand" | null) => string;
  remindNoAddress: (count: number) => string;
  remindNoAddressAfter: string;
  remindLinksIntro: (count: number) => string;
  remindLinksLabel: (count: number) => string;
  remindLinksCopy: string;
  remindLinkMissing: string;
  cancel: string;
  close: string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const da: ContactsMessages = {
  panelHeading: "Kontaktpersoner og invitationer",
  panelStatus: ({ municipalities, withAddress, invited, waiting }) =>
    `${plural(municipalities, "kommune har", "kommuner har")} fået et svarlink; ${withAddress} har en e-mailadresse. ` +
    (invited === 0
      ? withAddress === 0
        ? "Der er ikke sendt noget endnu."
        : "Der er ikke sendt nogen invitationer endnu."
      : `${plural(invited, "har", "har")} fået en invitation.`) +
    (waiting > 0 ? ` ${plural(waiting, "venter", "venter")} på at få sin invitation.` : ""),
  panelByHand: "Der er ikke sat en mailserver op: invitationerne lægges i udbakken, hvor du kopierer dem ind i din egen e-mail.",
  addContacts: "Tilføj kontaktpersoner",
  sendInvitations: (count) => `Se og send invitationer (${count})`,

  campaignCreated: (facts) => `Indsamlingen er oprettet. ${da.linksGiven(facts)}`,
  linksGiven: ({ municipalities, withAddress }) =>
    `${plural(municipalities, "kommune har", "kommuner har")} fået et svarlink; ` +
    (withAddress === 0
      ? "0 har en e-mailadresse, så der er ikke sendt noget endnu. Tilføj kontaktpersoner nedenfor, så kan invitationerne sendes."
      : `${withAddress} har en e-mailadresse fra sidste indsamling, men der er ikke sendt noget endnu. Se og send invitationerne nedenfor.`),

  dialogTitle: "Tilføj kontaktpersoner",
  dialogIntro:
    "Indsæt en række pr. kommune med kommune (navn eller kommunekode), kontaktpersonens navn og e-mail – fx kopieret fra Excel – eller vælg en CSV- eller Excel-fil. Du ser, hvad der bliver gemt, før det gemmes. Der sendes ikke noget, før du selv sender invitationerne.",
  pasteLabel: "Indsæt kontaktpersoner",
  pasteHint: "Én kommune pr. linje: kommune, navn, e-mail – adskilt af tabulator (fra Excel), semikolon eller komma. En overskriftslinje må gerne komme med.",
  fileLabel: "Eller vælg en fil (CSV eller Excel .xlsx)",
  fileHint: "Første ark i en Excel-fil læses.",
  fileReading: "Læser filen …",
  fileUnreadable: "Filen kunne ikke læses som CSV eller Excel (.xlsx). Gem den som .xlsx eller .csv, og prøv igen.",
  fileTooLarge: "Filen er for stor. En fil med kontaktpersoner fylder sjældent over 512 kB.",
  fileEmpty: "Filen indeholder ingen rækker.",
  useRemembered: (count) => `Brug kontakterne fra sidste indsamling (${count})`,
  rememberedHint: "Kontaktpersonerne, regionen har gemt tidligere, sat ind nedenfor, så du kan se dem efter.",
  showPreview: "Vis hvad der bliver gemt",
  nothingToPreview: "Indsæt mindst én linje, eller vælg en fil.",
  previewHeading: "Det her bliver gemt",
  previewSummary: (ok, problems) =>
    problems === 0 ? `${plural(ok, "række er", "rækker er")} klar til at blive gemt.` : `${plural(ok, "række er", "rækker er")} klar; ${plural(problems, "række har", "rækker har")} fejl og bliver ikke gemt.`,
  previewTooMany: (max) => `Der er flere end ${max} rækker; kun de første ${max} er læst.`,
  previewCaption: "Kontaktpersoner, række for række",
  colRow: "Række",
  colKommune: "Kommune",
  colName: "Navn",
  colEmail: "E-mail",
  colCheck: "Kontrol",
  rowOk: "OK",
  problemText: (problem) => {
    switch (problem.code) {
      case "kommune-missing":
        return "Angiv kommunen.";
      case "kommune-unknown":
        return `Ukendt kommune: »${problem.text}«. Skriv kommunens navn eller kode.`;
      case "kommune-not-in-campaign":
        return `${problem.name} er ikke med i denne indsamling.`;
      case "kommune-duplicate":
        return `${problem.name} står også i række ${problem.firstRow}; den første række bruges.`;
      case "email-missing":
        return "Angiv en e-mailadresse.";
      case "email-invalid":
        return `»${problem.text}« er ikke en gyldig e-mailadresse.`;
      case "name-too-long":
        return "Navnet er for langt (højst 200 tegn).";
    }
  },
  saveContacts: (count) => `Gem ${plural(count, "kontaktperson", "kontaktpersoner")}`,
  saveNone: "Ingen rækker kan gemmes. Ret fejlene, og vis igen.",
  saving: "Gemmer …",
  back: "Tilbage og ret",
  saved: (count) => `${plural(count, "kontaktperson er", "kontaktpersoner er")} gemt. Der er ikke sendt noget endnu.`,
  savedRemembered: "De huskes til regionens næste indsamling.",

  inviteTitle: "Send invitationer",
  inviteLoading: "Henter modtagerne …",
  inviteNobody: "Der er ingen at sende en invitation til: alle med en e-mailadresse har fået en, eller har allerede svaret.",
  inviteCount: (count) => `Invitationen går til ${plural(count, "modtager", "modtagere")}, hver med sit eget svarlink.`,
  inviteDeliverySmtp: "Systemet sender dem med e-mail lige efter, du har bekræftet.",
  inviteDeliveryByHand:
    "Der er ikke sat en mailserver op, så de sendes ikke automatisk: de lægges i udbakken, hvor du kopierer hver tekst ind i din egen e-mail og markerer den som sendt.",
  inviteWithoutAddress: (count) => `${plural(count, "respondent har", "respondenter har")} ingen e-mailadresse og får ingen invitation:`,
  inviteAlready: (count) => `${plural(count, "har", "har")} allerede fået en invitation og får ikke en til.`,
  inviteClosed: "Indsamlingen er lukket; genåbn den for at sende invitationer.",
  inviteRecipients: "Modtagere",
  inviteSampleHeading: (name) => `Sådan ser invitationen ud (til ${name})`,
  inviteSubject: "Emne",
  inviteTo: "Til",
  inviteBody: "Tekst",
  inviteConfirm: (count) => `Send ${plural(count, "invitation", "invitationer")}`,
  inviteSending: "Sender …",
  inviteDone: (count, delivery) =>
    delivery === "smtp"
      ? `${plural(count, "invitation er", "invitationer er")} lagt i kø og sendes med e-mail nu.`
      : `${plural(count, "invitation er", "invitationer er")} lagt i udbakken. Kopiér dem derfra ind i din egen e-mail.`,

  remindMailed: (count, delivery) =>
    count === 0
      ? "Ingen af dem har en e-mailadresse, så ingen kan få påmindelsen med e-mail."
      : delivery === "by-hand"
        ? `${plural(count, "har", "har")} en e-mailadresse; deres påmindelser lægges i udbakken, hvor du kopierer dem ind i din egen e-mail (der er ikke sat en mailserver op).`
        : `${plural(count, "får", "får")} påmindelsen med e-mail.`,
  remindNoAddress: (count) => `${plural(count, "har", "har")} ingen e-mailadresse og kan ikke få en e-mail:`,
  remindNoAddressAfter: "Når du sender, får du deres links samlet i én liste, som du kan kopiere og sende videre selv.",
  remindLinksIntro: (count) =>
    `${plural(count, "respondent", "respondenter")} uden e-mailadresse fik ingen e-mail. Deres påmindelser ligger i udbakken; her er linkene samlet, så du kan sende dem videre selv.`,
  remindLinksLabel: (count) => `Links til de ${count} uden e-mailadresse (navn – link, én pr. linje)`,
  remindLinksCopy: "Kopiér listen",
  remindLinkMissing: "[linket kan ikke vises; se udbakken]",
  cancel: "Annullér",
  close: "Luk",
};

const en: ContactsMessages = {
  panelHeading: "Contacts and invitations",
  panelStatus: ({ municipalities, withAddress, invited, waiting }) =>
    `${plural(municipalities, "municipality has", "municipalities have")} a response link; ${withAddress} have an e-mail address. ` +
    (invited === 0 ? (withAddress === 0 ? "Nothing has been sent yet." : "No invitations have been sent yet.") : `${invited} have been sent an invitation.`) +
    (waiting > 0 ? ` ${waiting} are waiting for their invitation.` : ""),
  panelByHand: "No mail server is set up: invitations go to the outbox, where you copy them into your own e-mail.",
  addContacts: "Add contacts",
  sendInvitations: (count) => `Review and send invitations (${count})`,

  campaignCreated: (facts) => `The campaign was created. ${en.linksGiven(facts)}`,
  linksGiven: ({ municipalities, withAddress }) =>
    `${plural(municipalities, "municipality has", "municipalities have")} a response link; ` +
    (withAddress === 0
      ? "0 have an e-mail address, so nothing has been sent yet. Add contacts below so the invitations can be sent."
      : `${withAddress} have an e-mail address from the last campaign, but nothing has been sent yet. Review and send the invitations below.`),

  dialogTitle: "Add contacts",
  dialogIntro:
    "Paste one row per municipality with the municipality (name or code), the contact's name and e-mail – e.g. copied from Excel – or choose a CSV or Excel file. You see what will be saved before it is. Nothing is sent until you send the invitations.",
  pasteLabel: "Paste contacts",
  pasteHint: "One municipality per line: municipality, name, e-mail – separated by tabs (from Excel), semicolons or commas. A header line is fine.",
  fileLabel: "Or choose a file (CSV or Excel .xlsx)",
  fileHint: "The first sheet of an Excel file is read.",
  fileReading: "Reading the file …",
  fileUnreadable: "The file could not be read as CSV or Excel (.xlsx). Save it as .xlsx or .csv and try again.",
  fileTooLarge: "The file is too large. A file of contacts is rarely over 512 kB.",
  fileEmpty: "The file has no rows.",
  useRemembered: (count) => `Use the contacts from the last campaign (${count})`,
  rememberedHint: "The contacts the region saved before, put in below so you can check them.",
  showPreview: "Show what will be saved",
  nothingToPreview: "Paste at least one line, or choose a file.",
  previewHeading: "This will be saved",
  previewSummary: (ok, problems) =>
    problems === 0 ? `${plural(ok, "row is", "rows are")} ready to be saved.` : `${plural(ok, "row is", "rows are")} ready; ${plural(problems, "row has", "rows have")} errors and will not be saved.`,
  previewTooMany: (max) => `There are more than ${max} rows; only the first ${max} were read.`,
  previewCaption: "Contacts, row by row",
  colRow: "Row",
  colKommune: "Municipality",
  colName: "Name",
  colEmail: "E-mail",
  colCheck: "Check",
  rowOk: "OK",
  problemText: (problem) => {
    switch (problem.code) {
      case "kommune-missing":
        return "Give the municipality.";
      case "kommune-unknown":
        return `Unknown municipality: “${problem.text}”. Write its name or code.`;
      case "kommune-not-in-campaign":
        return `${problem.name} is not part of this campaign.`;
      case "kommune-duplicate":
        return `${problem.name} is on row ${problem.firstRow} too; the first row is used.`;
      case "email-missing":
        return "Give an e-mail address.";
      case "email-invalid":
        return `“${problem.text}” is not a valid e-mail address.`;
      case "name-too-long":
        return "The name is too long (at most 200 characters).";
    }
  },
  saveContacts: (count) => `Save ${plural(count, "contact", "contacts")}`,
  saveNone: "No row can be saved. Fix the errors and show again.",
  saving: "Saving …",
  back: "Back to edit",
  saved: (count) => `${plural(count, "contact was", "contacts were")} saved. Nothing has been sent yet.`,
  savedRemembered: "They are remembered for the region's next campaign.",

  inviteTitle: "Send invitations",
  inviteLoading: "Loading the recipients …",
  inviteNobody: "There is no one to invite: everyone with an e-mail address has been invited or has already answered.",
  inviteCount: (count) => `The invitation goes to ${plural(count, "recipient", "recipients")}, each with their own response link.`,
  inviteDeliverySmtp: "The system sends them by e-mail right after you confirm.",
  inviteDeliveryByHand:
    "No mail server is set up, so they are not sent automatically: they go to the outbox, where you copy each text into your own e-mail and mark it sent.",
  inviteWithoutAddress: (count) => `${plural(count, "respondent has", "respondents have")} no e-mail address and get no invitation:`,
  inviteAlready: (count) => `${count} have already been invited and do not get another invitation.`,
  inviteClosed: "The campaign is closed; reopen it to send invitations.",
  inviteRecipients: "Recipients",
  inviteSampleHeading: (name) => `What the invitation looks like (to ${name})`,
  inviteSubject: "Subject",
  inviteTo: "To",
  inviteBody: "Text",
  inviteConfirm: (count) => `Send ${plural(count, "invitation", "invitations")}`,
  inviteSending: "Sending …",
  inviteDone: (count, delivery) =>
    delivery === "smtp"
      ? `${plural(count, "invitation was", "invitations were")} queued and are being sent by e-mail.`
      : `${plural(count, "invitation was", "invitations were")} put in the outbox. Copy them from there into your own e-mail.`,

  remindMailed: (count, delivery) =>
    count === 0
      ? "None of them has an e-mail address, so nobody can get the reminder by e-mail."
      : delivery === "by-hand"
        ? `${count} have an e-mail address; their reminders go to the outbox, where you copy them into your own e-mail (no mail server is set up).`
        : `${count} get the reminder by e-mail.`,
  remindNoAddress: (count) => `${count} have no e-mail address and cannot be e-mailed:`,
  remindNoAddressAfter: "When you send, you get their links in one list to copy and pass on yourself.",
  remindLinksIntro: (count) =>
    `${plural(count, "respondent", "respondents")} without an e-mail address got no e-mail. Their reminders are in the outbox; here are the links in one list to pass on yourself.`,
  remindLinksLabel: (count) => `Links for the ${count} without an e-mail address (name – link, one per line)`,
  remindLinksCopy: "Copy the list",
  remindLinkMissing: "[the link cannot be shown; see the outbox]",
  cancel: "Cancel",
  close: "Close",
};

const byLocale: Record<Locale, ContactsMessages> = { da, en };

export function contactsMessagesFor(locale: Locale): ContactsMessages {
  return byLocale[locale];
}

export function useContactsMessages(): { c: ContactsMessages; w: WorkspaceMessages; locale: Locale } {
  const { locale } = useLocale();
  const { w } = useWorkspaceMessages();
  return { c: byLocale[locale], w, locale };
}
