import type { Locale } from "@afrapport/schema";
import type { InvitationEndReason, UserRole, UserStatus } from "@afrapport/schema/api";
import { useLocale } from "../../i18n/locale-context.js";
import { useWorkspaceMessages, type WorkspaceMessages } from "../shell/use-workspace-messages.js";

/**
 * The strings of user administration, invitations, the set-password page and a campaign's reference group. Both
 * languages implement this interface, so a missing string fails the type check.
 */
export interface UsersMessages {
  navUsers: string;
  pageTitle: string;
  intro: string;
  inviteButton: string;
  tableCaption: string;
  colName: string;
  colEmail: string;
  colRole: string;
  colRegion: string;
  colOrganisation: string;
  colStatus: string;
  colSignIn: string;
  colActions: string;
  roles: Record<UserRole, string>;
  statuses: Record<UserStatus, string>;
  invitationNotSent: string;
  invitationSent: (date: string) => string;
  invitationExpired: (date: string) => string;
  invitationExpires: (date: string) => string;
  signInPassword: string;
  signInOther: string;
  signInNone: string;
  noRegion: string;
  noOrganisation: string;
  you: string;
  editShort: string;
  disableShort: string;
  enableShort: string;
  resendShort: string;
  edit: (name: string) => string;
  disable: (name: string) => string;
  enable: (name: string) => string;
  resend: (name: string) => string;
  disabledNotice: (name: string) => string;
  enabledNotice: (name: string) => string;
  changedNotice: (name: string) => string;

  // the invite and edit dialog
  inviteTitle: string;
  editTitle: (name: string) => string;
  fieldName: string;
  fieldEmail: string;
  fieldEmailHint: string;
  fieldRole: string;
  fieldRegion: string;
  fieldRegionHint: string;
  fieldRegionNone: string;
  fieldOrganisation: string;
  fieldOrganisationHint: string;
  sendInvitation: string;
  sending: string;
  saveChanges: string;
  errorNameRequired: string;
  errorEmailInvalid: string;
  errorRegionRequired: string;
  errorEmailTaken: string;
  errorOrganisationTooLong: string;

  // after an invitation
  invitedHeading: (name: string) => string;
  invitedText: (email: string, expires: string) => string;
  invitedLinkLabel: string;
  invitedLinkHint: string;

  // the set-password page
  setPasswordTitle: string;
  setPasswordIntro: (name: string, email: string) => string;
  setPasswordExpires: (date: string) => string;
  fieldPassword: string;
  fieldPasswordHint: (min: number) => string;
  fieldPasswordRepeat: string;
  errorPasswordShort: (min: number) => string;
  errorPasswordsDiffer: string;
  setPasswordSubmit: string;
  linkEnded: Record<InvitationEndReason, string>;
  linkUnknown: string;
  linkProblemTitle: string;
  linkProblemNext: string;
  toSignIn: string;

  // a campaign's reference group
  reviewersHeading: string;
  reviewersIntro: string;
  reviewersCaption: string;
  reviewersNone: string;
  removeShort: string;
  remove: (name: string) => string;
  removedNotice: (name: string) => string;
  addedNotice: (name: string) => string;
  addExistingHeading: string;
  addExistingLabel: string;
  addExistingHint: string;
  addExistingNone: string;
  addExistingChoose: string;
  addButton: string;
  inviteReviewerHeading: string;
  inviteReviewerHint: string;
  inviteReviewerButton: string;
  alreadyReviewerNotice: (name: string) => string;
  errorNotReviewer: string;
}

const dateFormat = (locale: string) => new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Copenhagen" });

/** An ISO moment as a date in the reader's language and Danish time: "21. december 2026". */
export function formatInvitationDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat(locale === "da" ? "da-DK" : "en-GB").format(date);
}

const da: UsersMessages = {
  navUsers: "Brugere",
  pageTitle: "Brugere",
  intro: "Alle, der kan logge ind i Afrapport. Invitér en ny bruger med e-mail: personen får et link og vælger selv sin adgangskode.",
  inviteButton: "Invitér bruger",
  tableCaption: "Brugere af Afrapport",
  colName: "Navn",
  colEmail: "E-mail",
  colRole: "Rolle",
  colRegion: "Region",
  colOrganisation: "Organisation",
  colStatus: "Status",
  colSignIn: "Logger ind med",
  colActions: "Handlinger",
  roles: { admin: "Administrator", secretariat: "Sekretariat", reviewer: "Referencegruppe", national: "National oversigt" },
  statuses: { active: "Aktiv", invited: "Inviteret – venter", disabled: "Deaktiveret" },
  invitationNotSent: "Invitationen er ikke sendt endnu.",
  invitationSent: (date) => `Invitation sendt ${date}.`,
  invitationExpired: (date) => `Invitationen udløb ${date}; send en ny.`,
  invitationExpires: (date) => `Linket udløber ${date}.`,
  signInPassword: "Adgangskode",
  signInOther: "Organisationens login",
  signInNone: "Ingen endnu",
  noRegion: "–",
  noOrganisation: "–",
  you: "(dig)",
  editShort: "Redigér",
  disableShort: "Deaktivér",
  enableShort: "Aktivér",
  resendShort: "Send ny invitation",
  edit: (name) => `Redigér ${name}`,
  disable: (name) => `Deaktivér ${name}`,
  enable: (name) => `Aktivér ${name}`,
  resend: (name) => `Send ny invitation til ${name}`,
  disabledNotice: (name) => `${name} er deaktiveret og kan ikke logge ind.`,
  enabledNotice: (name) => `${name} er aktiveret igen.`,
  changedNotice: (name) => `Ændringerne for ${name} er gemt.`,

  inviteTitle: "Invitér bruger",
  editTitle: (name) => `Redigér ${name}`,
  fieldName: "Navn",
  fieldEmail: "E-mailadresse",
  fieldEmailHint: "Invitationen sendes hertil, og det er den, personen logger ind med.",
  fieldRole: "Rolle",
  fieldRegion: "Region",
  fieldRegionHint: "Et sekretariat arbejder for én region. En i referencegruppen kan tilknyttes en region, så regionens sekretariat kan vælge vedkommende.",
  fieldRegionNone: "Ingen region",
  fieldOrganisation: "Organisation",
  fieldOrganisationHint: "Fx »Aarhus Kommune« eller »Region Midtjylland«. Vises ved navnet, fx i referencegruppen.",
  sendInvitation: "Send invitation",
  sending: "Sender …",
  saveChanges: "Gem ændringer",
  errorNameRequired: "Skriv personens navn.",
  errorEmailInvalid: "Skriv en gyldig e-mailadresse, fx navn@kommune.dk.",
  errorRegionRequired: "Vælg den region, sekretariatet arbejder for.",
  errorEmailTaken: "Der findes allerede en bruger med denne e-mailadresse.",
  errorOrganisationTooLong: "Organisationens navn må højst være 200 tegn.",

  invitedHeading: (name) => `${name} er inviteret`,
  invitedText: (email, expires) => `Invitationen sendes til ${email}. Linket i den virker én gang og udløber ${expires}.`,
  invitedLinkLabel: "Link til at vælge adgangskode",
  invitedLinkHint: "Linket vises kun nu. Kommer mailen ikke frem, eller er der ikke sat en mailserver op, kan du give linket videre selv. Sender du en ny invitation, holder dette link op med at virke.",

  setPasswordTitle: "Vælg din adgangskode",
  setPasswordIntro: (name, email) => `Velkommen til Afrapport, ${name}. Vælg en adgangskode til ${email}; derefter er du logget ind.`,
  setPasswordExpires: (date) => `Linket udløber ${date} og kan kun bruges én gang.`,
  fieldPassword: "Ny adgangskode",
  fieldPasswordHint: (min) => `Mindst ${min} tegn. En sætning af flere ord er let at huske og svær at gætte.`,
  fieldPasswordRepeat: "Gentag adgangskoden",
  errorPasswordShort: (min) => `Adgangskoden skal være mindst ${min} tegn.`,
  errorPasswordsDiffer: "De to adgangskoder er ikke ens.",
  setPasswordSubmit: "Gem adgangskode og log ind",
  linkEnded: {
    expired: "Linket er udløbet. Bed den, der inviterede dig, om at sende en ny invitation.",
    used: "Linket er allerede brugt, eller der er sendt et nyere. Har du valgt en adgangskode, så log ind med den.",
    disabled: "Kontoen er deaktiveret. Kontakt den, der inviterede dig.",
  },
  linkUnknown: "Linket findes ikke. Tjek, at hele linket fra e-mailen er kopieret med.",
  linkProblemTitle: "Linket kan ikke bruges",
  linkProblemNext: "Har du allerede en adgangskode, kan du logge ind her:",
  toSignIn: "Gå til log ind",

  reviewersHeading: "Referencegruppe",
  reviewersIntro: "Referencegruppen kan læse indsamlingens rapport og kommentere den, men ikke ændre noget.",
  reviewersCaption: "Referencegruppens medlemmer",
  reviewersNone: "Der er ingen i referencegruppen endnu.",
  removeShort: "Fjern",
  remove: (name) => `Fjern ${name}`,
  removedNotice: (name) => `${name} er fjernet fra referencegruppen.`,
  addedNotice: (name) => `${name} er tilføjet referencegruppen.`,
  addExistingHeading: "Tilføj en, der allerede er bruger",
  addExistingLabel: "Medlem af referencegrupper",
  addExistingHint: "Regionens referencegruppe-medlemmer og dem uden region.",
  addExistingNone: "Der er ingen andre brugere at vælge. Invitér en ny nedenfor.",
  addExistingChoose: "Vælg en person",
  addButton: "Tilføj",
  inviteReviewerHeading: "Invitér en ny",
  inviteReviewerHint: "Personen får en e-mail med et link til at vælge adgangskode og ser derefter indsamlingen.",
  inviteReviewerButton: "Invitér og tilføj",
  alreadyReviewerNotice: (name) => `${name} var allerede bruger og er tilføjet referencegruppen uden ny invitation.`,
  errorNotReviewer: "E-mailadressen tilhører en bruger, der ikke er i en referencegruppe. Bed en administrator om at ændre brugerens rolle.",
};

const en: UsersMessages = {
  navUsers: "Users",
  pageTitle: "Users",
  intro: "Everyone who can sign in to Afrapport. Invite a new user by e-mail: they get a link and choose their own password.",
  inviteButton: "Invite user",
  tableCaption: "Users of Afrapport",
  colName: "Name",
  colEmail: "E-mail",
  colRole: "Role",
  colRegion: "Region",
  colOrganisation: "Organisation",
  colStatus: "Status",
  colSignIn: "Signs in with",
  colActions: "Actions",
  roles: { admin: "Administrator", secretariat: "Secretariat", reviewer: "Reference group", national: "National overview" },
  statuses: { active: "Active", invited: "Invited – waiting", disabled: "Disabled" },
  invitationNotSent: "The invitation has not been sent yet.",
  invitationSent: (date) => `Invitation sent ${date}.`,
  invitationExpired: (date) => `The invitation expired ${date}; send a new one.`,
  invitationExpires: (date) => `The link expires ${date}.`,
  signInPassword: "Password",
  signInOther: "Organisation sign-in",
  signInNone: "None yet",
  noRegion: "–",
  noOrganisation: "–",
  you: "(you)",
  editShort: "Edit",
  disableShort: "Disable",
  enableShort: "Enable",
  resendShort: "Send new invitation",
  edit: (name) => `Edit ${name}`,
  disable: (name) => `Disable ${name}`,
  enable: (name) => `Enable ${name}`,
  resend: (name) => `Send a new invitation to ${name}`,
  disabledNotice: (name) => `${name} is disabled and cannot sign in.`,
  enabledNotice: (name) => `${name} is enabled again.`,
  changedNotice: (name) => `The changes for ${name} are saved.`,

  inviteTitle: "Invite user",
  editTitle: (name) => `Edit ${name}`,
  fieldName: "Name",
  fieldEmail: "E-mail address",
  fieldEmailHint: "The invitation goes here, and it is what the person signs in with.",
  fieldRole: "Role",
  fieldRegion: "Region",
  fieldRegionHint: "A secretariat works for one region. A reference group member can belong to a region, so that region's secretariat can choose them.",
  fieldRegionNone: "No region",
  fieldOrganisation: "Organisation",
  fieldOrganisationHint: "E.g. »Aarhus Kommune« or »Region Midtjylland«. Shown with the name, e.g. in the reference group.",
  sendInvitation: "Send invitation",
  sending: "Sending …",
  saveChanges: "Save changes",
  errorNameRequired: "Enter the person's name.",
  errorEmailInvalid: "Enter a valid e-mail address, e.g. name@kommune.dk.",
  errorRegionRequired: "Choose the region the secretariat works for.",
  errorEmailTaken: "There already is a user with this e-mail address.",
  errorOrganisationTooLong: "The organisation's name can be at most 200 characters.",

  invitedHeading: (name) => `${name} is invited`,
  invitedText: (email, expires) => `The invitation goes to ${email}. Its link works once and expires ${expires}.`,
  invitedLinkLabel: "Link to choose a password",
  invitedLinkHint: "The link is shown only now. If the mail does not arrive, or no mail server is set up, you can pass the link on yourself. If you send a new invitation, this link stops working.",

  setPasswordTitle: "Choose your password",
  setPasswordIntro: (name, email) => `Welcome to Afrapport, ${name}. Choose a password for ${email}; you are then signed in.`,
  setPasswordExpires: (date) => `The link expires ${date} and can be used once.`,
  fieldPassword: "New password",
  fieldPasswordHint: (min) => `At least ${min} characters. A sentence of several words is easy to remember and hard to guess.`,
  fieldPasswordRepeat: "Repeat the password",
  errorPasswordShort: (min) => `The password must be at least ${min} characters.`,
  errorPasswordsDiffer: "The two passwords are not the same.",
  setPasswordSubmit: "Save password and sign in",
  linkEnded: {
    expired: "The link has expired. Ask the person who invited you to send a new invitation.",
    used: "The link has been used already, or a newer one was sent. If you chose a password, sign in with it.",
    disabled: "The account is disabled. Contact the person who invited you.",
  },
  linkUnknown: "The link does not exist. Check that the whole link from the e-mail was copied.",
  linkProblemTitle: "The link cannot be used",
  linkProblemNext: "If you already have a password, you can sign in here:",
  toSignIn: "Go to sign-in",

  reviewersHeading: "Reference group",
  reviewersIntro: "The reference group can read the campaign's report and comment on it, but not change anything.",
  reviewersCaption: "Members of the reference group",
  reviewersNone: "There is nobody in the reference group yet.",
  removeShort: "Remove",
  remove: (name) => `Remove ${name}`,
  removedNotice: (name) => `${name} is removed from the reference group.`,
  addedNotice: (name) => `${name} is added to the reference group.`,
  addExistingHeading: "Add someone who is already a user",
  addExistingLabel: "Reference group member",
  addExistingHint: "The region's reference group members and those without a region.",
  addExistingNone: "There are no other users to choose. Invite a new one below.",
  addExistingChoose: "Choose a person",
  addButton: "Add",
  inviteReviewerHeading: "Invite someone new",
  inviteReviewerHint: "The person gets an e-mail with a link to choose a password, and then sees the campaign.",
  inviteReviewerButton: "Invite and add",
  alreadyReviewerNotice: (name) => `${name} was already a user and is added to the reference group without a new invitation.`,
  errorNotReviewer: "The e-mail address belongs to a user who is not in a reference group. Ask an administrator to change the user's role.",
};

const byLocale: Record<Locale, UsersMessages> = { da, en };

export function usersMessagesFor(locale: Locale): UsersMessages {
  return byLocale[locale];
}

export function useUsersMessages(): { u: UsersMessages; w: WorkspaceMessages; locale: Locale } {
  const { locale } = useLocale();
  const { w } = useWorkspaceMessages();
  return { u: byLocale[locale], w, locale };
}
