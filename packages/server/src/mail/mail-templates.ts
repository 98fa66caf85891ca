/**
 * The Danish mails to respondents: an invitation and a reminder, as plain text. Pure functions; the outbox stores
 * what they return. The link is whatever string the caller passes (the outbox passes a placeholder and puts the
 * real link in only while the mail waits to be sent).
 */

export type MailRespondentKind = "municipality" | "offer";

export interface MailContext {
  kind: MailRespondentKind;
  /**
   * the respondent as stored: a municipality by its name ("Albertslund", which the mail writes "Albertslund Kommune"),
   * an offer by its own name ("Skovly Behandlingshus")
   */
  respondentName: string;
  /** the person the mail is to, when the secretariat knows one */
  contactName?: string | null;
  campaignTitle: string;
  /** the announcement's Danish title, e.g. "Udsatte gravide kvinder med et skadeligt rusmiddelbrug" */
  announcementTitle: string;
  /** e.g. "Region Hovedstaden" */
  regionName: string;
  /** the respondent's effective deadline, an ISO moment */
  deadline: string;
  link: string;
  /** who signs: the secretariat employee, when known */
  senderName?: string | null;
}

export interface MailText {
  subject: string;
  body: string;
}

const timeZone = "Europe/Copenhagen";
const dateFormat = new Intl.DateTimeFormat("da-DK", { day: "numeric", month: "long", year: "numeric", timeZone });
const timeParts = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone });

/** An ISO moment as a Dane writes a deadline, in Danish time: "1. december 2026 kl. 12.00". */
export function formatDanishDeadline(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = timeParts.formatToParts(date);
  const part = (type: "hour" | "minute") => parts.find((p) => p.type === type)?.value ?? "00";
  return `${dateFormat.format(date)} kl. ${part("hour")}.${part("minute")}`;
}

/** One line of text: no line breaks (a subject must not carry a header), runs of spaces collapsed. */
export function oneLine(text: string): string {
  return text.replace(/[\s\u2028\u2029]+/g, " ").trim();
}

/** The announcement's title as it reads inside a sentence: "udsatte gravide kvinder …". */
function inSentence(title: string): string {
  const first = title.charAt(0);
  const second = title.charAt(1);
  // Keep a leading acronym ("ADHD …") as it is.
  return second !== "" && second === second.toLocaleUpperCase("da") && second !== second.toLocaleLowerCase("da")
    ? title
    : first.toLocaleLowerCase("da") + title.slice(1);
}

/** The Danish genitive of a name: "Gentofte Kommunes", but "Horsens'" and "Vejle Behandlingshus'". */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? `${name}'` : `${name}s`;
}

/** Municipalities whose official name is not "<name> Kommune". */
const officialMunicipalityNames: Readonly<Record<string, string>> = {
  København: "Københavns Kommune",
  Bornholm: "Bornholms Regionskommune",
};

/**
 * A municipality as a letter names it: "Albertslund" is "Albertslund Kommune", "København" "Københavns Kommune",
 * "Bornholm" "Bornholms Regionskommune"; a name that already says "… Kommune" stays as it is.
 */
export function municipalityTitle(name: string): string {
  const plain = oneLine(name);
  if (/kommune$/i.test(plain)) return plain;
  return officialMunicipalityNames[plain] ?? `${plain} Kommune`;
}

/** The respondent as the mail names it: a municipality by its official name, an offer by its own. */
function respondentTitle(context: MailContext): string {
  return context.kind === "municipality" ? municipalityTitle(context.respondentName) : oneLine(context.respondentName);
}

/** A quotation as the Danish UI writes one: »Gravide 2026«. */
function quoted(text: string): string {
  return `»${text}«`;
}

function greeting(context: MailContext): string {
  const name = context.contactName?.trim();
  return `Kære ${name !== undefined && name !== "" ? oneLine(name) : respondentTitle(context)}`;
}

function signature(context: MailContext): string[] {
  const lines = ["Med venlig hilsen"];
  const sender = context.senderName?.trim();
  if (sender !== undefined && sender !== "") lines.push(oneLine(sender));
  lines.push(`Rammeaftalesekretariatet, ${oneLine(context.regionName)}`);
  return lines;
}

const privacyNote = [
  "Skriv ikke personoplysninger om borgere – fx navne, CPR-numre eller andet, der kan identificere en borger – i",
  "besvarelsen. Afrapporteringen handler om antal, tilbud og samarbejde, ikke om enkeltpersoner.",
].join(" ");

function linkNote(context: MailContext): string {
  return (
    `Linket giver adgang til ${genitive(respondentTitle(context))} besvarelse. Del det kun med de kolleger, der skal ` +
    "hjælpe med at svare. I kan gemme undervejs og vende tilbage senere; husk at trykke »Indsend«, når besvarelsen er færdig."
  );
}

/** The first mail to a respondent, with its link. */
export function invitationMail(context: MailContext): MailText {
  const deadline = formatDanishDeadline(context.deadline);
  const title = oneLine(context.campaignTitle);
  const announcement = inSentence(oneLine(context.announcementTitle));
  const region = oneLine(context.regionName);
  const why =
    context.kind === "municipality"
      ? `Kommunerne i ${region} skal samlet afrapportere til Socialstyrelsen på den centrale udmelding om ${announcement}. ` +
        `Derfor beder vi ${respondentTitle(context)} besvare spørgeskemaet ${quoted(title)}.`
      : `Kommunerne i ${region} har nævnt ${respondentTitle(context)} som et tilbud, de bruger til målgruppen i ` +
        `Socialstyrelsens centrale udmelding om ${announcement}. Derfor beder vi tilbuddet besvare spørgeskemaet ${quoted(title)}.`;
  const body = [
    greeting(context),
    "",
    why,
    "",
    "Åbn spørgeskemaet her:",
    context.link,
    "",
    `Svarfrist: ${deadline}`,
    "",
    linkNote(context),
    "",
    privacyNote,
    "",
    ...signature(context),
  ].join("\n");
  return { subject: oneLine(`Spørgeskema: ${title} – svarfrist ${deadline}`), body: `${body}\n` };
}

/** A reminder to a respondent that has not submitted, with a fresh link and the secretariat's own note, if any. */
export function reminderMail(context: MailContext & { note?: string | null }): MailText {
  const deadline = formatDanishDeadline(context.deadline);
  const title = oneLine(context.campaignTitle);
  const announcement = inSentence(oneLine(context.announcementTitle));
  const note = context.note?.replace(/\r\n?/g, "\n").trim();
  const body = [
    greeting(context),
    "",
    `Vi mangler stadig besvarelsen fra ${respondentTitle(context)} af spørgeskemaet ${quoted(title)} om ${announcement}. ` +
      `Svarfristen er ${deadline}.`,
    ...(note !== undefined && note !== "" ? ["", note] : []),
    "",
    "Åbn spørgeskemaet her:",
    context.link,
    "",
    "Linket er nyt, men et link, I har fået tidligere, virker også stadig, og det, I allerede har gemt, er bevaret.",
    "",
    linkNote(context),
    "",
    privacyNote,
    "",
    ...signature(context),
  ].join("\n");
  return { subject: oneLine(`Påmindelse: ${title} – svarfrist ${deadline}`), body: `${body}\n` };
}
