import type { Locale } from "@afrapport/schema";
import type { WebhookDelivery, WebhookEventName } from "@afrapport/schema/api";
import { useLocale } from "../../i18n/locale-context.js";
import { useWorkspaceMessages, type WorkspaceMessages } from "../shell/use-workspace-messages.js";
import type { WebhookFormProblem } from "./webhook-form.js";

/** The strings of a campaign's »Webhooks« tab. Both languages implement this interface, so a missing string fails the type check. */
export interface WebhooksMessages {
  heading: string;
  intro: string;
  readMore: string;
  empty: string;
  add: string;
  tableCaption: string;
  colAddress: string;
  colScope: string;
  colEvents: string;
  colState: string;
  scopeCampaign: string;
  scopeRegion: string;
  active: string;
  inactive: string;
  lastDelivery: (status: "pending" | "delivered" | "failed", at: string) => string;
  noDeliveries: string;
  eventNames: Record<WebhookEventName | "webhook.test", string>;
  // the row's actions
  edit: string;
  switchOff: string;
  switchOn: string;
  sendTest: string;
  newSecret: string;
  remove: string;
  showLog: string;
  // the form
  addTitle: string;
  editTitle: string;
  urlLabel: string;
  urlHint: string;
  descriptionLabel: string;
  descriptionHint: string;
  eventsLegend: string;
  scopeLegend: string;
  scopeCampaignOption: string;
  scopeRegionOption: string;
  save: string;
  saving: string;
  cancel: string;
  problem: (problem: WebhookFormProblem) => string;
  serverUrlRefused: string;
  // the secret
  secretTitle: string;
  secretIntro: string;
  secretLabel: string;
  copySecret: string;
  secretDone: string;
  // confirmations and notices
  removeTitle: string;
  removeText: (url: string) => string;
  removeConfirm: string;
  rotateTitle: string;
  rotateText: string;
  rotateConfirm: string;
  saved: string;
  removed: string;
  switchedOff: string;
  switchedOn: string;
  testQueued: string;
  redeliveryQueued: string;
  // the delivery log
  logTitle: (url: string) => string;
  logEmpty: string;
  logCaption: string;
  logColEvent: string;
  logColCreated: string;
  logColStatus: string;
  attempts: (count: number) => string;
  logColAnswer: string;
  logColNext: string;
  deliveryStatus: Record<"pending" | "delivered" | "failed", string>;
  /** the receiver's last answer, or why there was none */
  answer: (failure: WebhookDelivery["failure"], status: number | null) => string;
  redeliver: string;
  reload: string;
  close: string;
}

const da: WebhooksMessages = {
  heading: "Webhooks",
  intro:
    "En webhook giver jeres eget it-system besked, når noget sker i indsamlingen – fx når en kommune indsender sit svar. Afrapport sender en signeret besked til den adresse, I angiver, og prøver igen, hvis den ikke bliver modtaget.",
  readMore: "Beskeden indeholder id'er og links – aldrig svarene eller svarlinks.",
  empty: "Der er ingen webhooks for indsamlingen eller regionen endnu.",
  add: "Tilføj webhook",
  tableCaption: "Webhooks for indsamlingen",
  colAddress: "Adresse",
  colScope: "Gælder for",
  colEvents: "Hændelser",
  colState: "Status",
  scopeCampaign: "Denne indsamling",
  scopeRegion: "Alle regionens indsamlinger",
  active: "Aktiv",
  inactive: "Slået fra",
  lastDelivery: (status, at) => (status === "delivered" ? `Seneste levering modtaget ${at}` : status === "failed" ? `Seneste levering opgivet ${at}` : `Seneste levering venter (${at})`),
  noDeliveries: "Intet sendt endnu",
  eventNames: {
    "response.submitted": "Svar indsendt",
    "response.reopened": "Svar genåbnet",
    "campaign.opened": "Indsamling åbnet",
    "campaign.closed": "Indsamling lukket",
    "campaign.reported": "Afrapportering sendt",
    "approval.decided": "Godkendelsestrin besluttet",
    "webhook.test": "Testbesked",
  },
  edit: "Redigér",
  switchOff: "Slå fra",
  switchOn: "Slå til",
  sendTest: "Send testbesked",
  newSecret: "Ny hemmelighed",
  remove: "Slet",
  showLog: "Leveringslog",
  addTitle: "Tilføj webhook",
  editTitle: "Redigér webhook",
  urlLabel: "Adresse (URL)",
  urlHint: "Den adresse hos jer, der skal modtage beskederne. Skal begynde med https://",
  descriptionLabel: "Beskrivelse (valgfri)",
  descriptionHint: "Fx hvilket system der modtager beskederne.",
  eventsLegend: "Hvornår skal der sendes besked?",
  scopeLegend: "Gælder for",
  scopeCampaignOption: "Kun denne indsamling",
  scopeRegionOption: "Alle regionens indsamlinger, også kommende",
  save: "Gem",
  saving: "Gemmer …",
  cancel: "Annullér",
  problem: (problem) =>
    ({
      urlMissing: "Angiv adressen.",
      urlInvalid: "Angiv en hel adresse, fx https://integration.regionh.dk/afrapport.",
      urlNotHttps: "Adressen skal begynde med https://.",
      urlCredentials: "Adressen må ikke indeholde brugernavn eller adgangskode – signaturen viser, at beskeden kommer fra Afrapport.",
      urlTooLong: "Adressen er for lang (højst 2000 tegn).",
      eventsMissing: "Vælg mindst én hændelse.",
      descriptionTooLong: "Beskrivelsen er for lang (højst 200 tegn).",
    })[problem],
  serverUrlRefused: "Adressen kan ikke bruges: den skal begynde med https:// og pege på en offentlig adresse, ikke et lokalt eller internt net.",
  secretTitle: "Hemmeligheden til signaturen",
  secretIntro:
    "Giv hemmeligheden til dem, der driver modtageren: den bruges til at kontrollere signaturen på hver besked. Den vises kun nu – kopiér den, før du lukker. Har I mistet den, så lav en ny.",
  secretLabel: "Hemmelighed",
  copySecret: "Kopiér hemmeligheden",
  secretDone: "Jeg har gemt den",
  removeTitle: "Slet webhook?",
  removeText: (url) => `Der sendes ikke flere beskeder til ${url}, og leveringsloggen slettes.`,
  removeConfirm: "Slet webhook",
  rotateTitle: "Lav en ny hemmelighed?",
  rotateText: "Den gamle hemmelighed holder op med at virke med det samme: modtageren skal have den nye, før den kan kontrollere signaturen igen.",
  rotateConfirm: "Lav ny hemmelighed",
  saved: "Webhooken er gemt.",
  removed: "Webhooken er slettet.",
  switchedOff: "Webhooken er slået fra.",
  switchedOn: "Webhooken er slået til.",
  testQueued: "Testbeskeden er sat i kø og sendes inden for et minut. Se leveringsloggen.",
  redeliveryQueued: "Beskeden sendes igen inden for et minut.",
  logTitle: (url) => `Leveringslog for ${url}`,
  logEmpty: "Der er ikke sendt noget til denne webhook endnu.",
  logCaption: "Leveringer, nyeste først",
  logColEvent: "Hændelse",
  logColCreated: "Oprettet",
  logColStatus: "Status",
  attempts: (count) => (count === 1 ? "1 forsøg" : `${count} forsøg`),
  logColAnswer: "Seneste svar",
  logColNext: "Næste forsøg",
  deliveryStatus: { pending: "Venter", delivered: "Modtaget", failed: "Opgivet" },
  answer: (failure, status) =>
    failure === "redirect"
      ? `Viderestilling (HTTP ${status}) – følges ikke; angiv den endelige adresse`
      : failure === "timeout"
        ? "Intet svar i tide"
        : failure === "refused"
          ? "Afvist: adressen er lokal eller intern"
          : failure === "network"
            ? "Ingen forbindelse"
            : failure === "switched_off"
              ? "Ikke sendt: webhooken er slået fra"
              : status === null
              ? "–"
              : `HTTP ${status}`,
  redeliver: "Send igen",
  reload: "Opdatér",
  close: "Luk",
};

const en: WebhooksMessages = {
  heading: "Webhooks",
  intro:
    "A webhook tells your own IT system when something happens in the campaign – e.g. when a municipality submits its answers. Afrapport sends a signed message to the address you give, and tries again if it is not received.",
  readMore: "The message holds ids and links – never the answers or the respondents' links.",
  empty: "There are no webhooks for the campaign or the region yet.",
  add: "Add webhook",
  tableCaption: "Webhooks of the campaign",
  colAddress: "Address",
  colScope: "Applies to",
  colEvents: "Events",
  colState: "Status",
  scopeCampaign: "This campaign",
  scopeRegion: "All campaigns of the region",
  active: "Active",
  inactive: "Switched off",
  lastDelivery: (status, at) => (status === "delivered" ? `Last delivery received ${at}` : status === "failed" ? `Last delivery given up ${at}` : `Last delivery waiting (${at})`),
  noDeliveries: "Nothing sent yet",
  eventNames: {
    "response.submitted": "Response submitted",
    "response.reopened": "Response reopened",
    "campaign.opened": "Campaign opened",
    "campaign.closed": "Campaign closed",
    "campaign.reported": "Report sent",
    "approval.decided": "Approval step decided",
    "webhook.test": "Test message",
  },
  edit: "Edit",
  switchOff: "Switch off",
  switchOn: "Switch on",
  sendTest: "Send test message",
  newSecret: "New secret",
  remove: "Delete",
  showLog: "Delivery log",
  addTitle: "Add webhook",
  editTitle: "Edit webhook",
  urlLabel: "Address (URL)",
  urlHint: "The address of yours that receives the messages. Must start with https://",
  descriptionLabel: "Description (optional)",
  descriptionHint: "E.g. which system receives the messages.",
  eventsLegend: "When should a message be sent?",
  scopeLegend: "Applies to",
  scopeCampaignOption: "Only this campaign",
  scopeRegionOption: "All campaigns of the region, also future ones",
  save: "Save",
  saving: "Saving …",
  cancel: "Cancel",
  problem: (problem) =>
    ({
      urlMissing: "Enter the address.",
      urlInvalid: "Enter a whole address, e.g. https://integration.regionh.dk/afrapport.",
      urlNotHttps: "The address must start with https://.",
      urlCredentials: "The address must not hold a user name or password – the signature shows the message comes from Afrapport.",
      urlTooLong: "The address is too long (at most 2000 characters).",
      eventsMissing: "Choose at least one event.",
      descriptionTooLong: "The description is too long (at most 200 characters).",
    })[problem],
  serverUrlRefused: "The address cannot be used: it must start with https:// and point at a public address, not a local or internal network.",
  secretTitle: "The signing secret",
  secretIntro:
    "Give the secret to those who run the receiver: it checks the signature of every message. It is shown only now – copy it before you close. If you lose it, make a new one.",
  secretLabel: "Secret",
  copySecret: "Copy the secret",
  secretDone: "I have saved it",
  removeTitle: "Delete webhook?",
  removeText: (url) => `No more messages are sent to ${url}, and the delivery log is deleted.`,
  removeConfirm: "Delete webhook",
  rotateTitle: "Make a new secret?",
  rotateText: "The old secret stops working at once: the receiver needs the new one before it can check the signature again.",
  rotateConfirm: "Make new secret",
  saved: "The webhook is saved.",
  removed: "The webhook is deleted.",
  switchedOff: "The webhook is switched off.",
  switchedOn: "The webhook is switched on.",
  testQueued: "The test message is queued and sent within a minute. See the delivery log.",
  redeliveryQueued: "The message is sent again within a minute.",
  logTitle: (url) => `Delivery log of ${url}`,
  logEmpty: "Nothing has been sent to this webhook yet.",
  logCaption: "Deliveries, newest first",
  logColEvent: "Event",
  logColCreated: "Created",
  logColStatus: "Status",
  attempts: (count) => (count === 1 ? "1 attempt" : `${count} attempts`),
  logColAnswer: "Last answer",
  logColNext: "Next attempt",
  deliveryStatus: { pending: "Waiting", delivered: "Received", failed: "Given up" },
  answer: (failure, status) =>
    failure === "redirect"
      ? `Redirect (HTTP ${status}) – not followed; give the final address`
      : failure === "timeout"
        ? "No answer in time"
        : failure === "refused"
          ? "Refused: the address is local or internal"
          : failure === "network"
            ? "No connection"
            : failure === "switched_off"
              ? "Not sent: the webhook is switched off"
              : status === null
              ? "–"
              : `HTTP ${status}`,
  redeliver: "Send again",
  reload: "Refresh",
  close: "Close",
};

const byLocale: Record<Locale, WebhooksMessages> = { da, en };

export function webhooksMessagesFor(locale: Locale): WebhooksMessages {
  return byLocale[locale];
}

export function useWebhooksMessages(): { m: WebhooksMessages; w: WorkspaceMessages; locale: Locale } {
  const { locale } = useLocale();
  const { w } = useWorkspaceMessages();
  return { m: byLocale[locale], w, locale };
}
