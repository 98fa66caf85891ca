import { kommuner } from "@afrapport/schema";
import { describe, expect, it } from "vitest";
import { formatDanishDeadline, genitive, invitationMail, municipalityTitle, oneLine, reminderMail, type MailContext } from "./mail-templates.js";

const context: MailContext = {
  kind: "municipality",
  // as a municipality respondent is stored: by the municipality's name alone
  respondentName: "Gentofte",
  contactName: "Mette Hansen",
  campaignTitle: "Udsatte gravide – afrapportering 2019",
  announcementTitle: "Udsatte gravide kvinder med et skadeligt rusmiddelbrug",
  regionName: "Region Hovedstaden",
  deadline: "2026-12-01T11:00:00.000Z",
  link: "https://afrapport.example/svar/abc",
  senderName: "Sara Sekretariat",
};

describe("formatDanishDeadline", () => {
  it("writes a moment in Danish time, as Danes write a deadline", () => {
    expect(formatDanishDeadline("2026-12-01T11:00:00.000Z")).toBe("1. december 2026 kl. 12.00");
    // summer time: UTC+2
    expect(formatDanishDeadline("2026-06-15T07:05:00Z")).toBe("15. juni 2026 kl. 09.05");
    // just after midnight in Denmark is still the day before in UTC
    expect(formatDanishDeadline("2026-02-27T23:30:00Z")).toBe("28. februar 2026 kl. 00.30");
  });
  it("leaves text that is not a moment as it is", () => {
    expect(formatDanishDeadline("snart")).toBe("snart");
  });
});

describe("genitive and oneLine", () => {
  it("follows Danish spelling for names ending in s, x or z", () => {
    expect(genitive("Gentofte Kommune")).toBe("Gentofte Kommunes");
    expect(genitive("Horsens")).toBe("Horsens'");
    expect(genitive("Behandlingshus")).toBe("Behandlingshus'");
  });
  it("removes line breaks, so a name cannot add a mail header", () => {
    expect(oneLine(" a\r\nBcc: x@y.dk\n b ")).toBe("a Bcc: x@y.dk b");
  });
});

describe("municipalityTitle", () => {
  it("names a municipality as a letter does", () => {
    expect(municipalityTitle("Albertslund")).toBe("Albertslund Kommune");
    expect(municipalityTitle("Høje-Taastrup")).toBe("Høje-Taastrup Kommune");
    expect(municipalityTitle("København")).toBe("Københavns Kommune");
    expect(municipalityTitle("Bornholm")).toBe("Bornholms Regionskommune");
  });
  it("leaves a name that already says Kommune as it is", () => {
    expect(municipalityTitle("Gentofte Kommune")).toBe("Gentofte Kommune");
    expect(municipalityTitle("Bornholms Regionskommune")).toBe("Bornholms Regionskommune");
  });
  it("gives every municipality in the reference data a name ending in Kommune", () => {
    for (const { name } of kommuner) expect(municipalityTitle(name)).toMatch(/^\S.*kommune$/i);
  });
});

describe("invitationMail", () => {
  const mail = invitationMail(context);

  it("has a one-line subject with the title and the deadline", () => {
    expect(mail.subject).toBe("Spørgeskema: Udsatte gravide – afrapportering 2019 – svarfrist 1. december 2026 kl. 12.00");
  });
  it("greets the contact person and names the municipality, the announcement, the link and the deadline", () => {
    expect(mail.body.startsWith("Kære Mette Hansen\n\n")).toBe(true);
    expect(mail.body).toContain("Kommunerne i Region Hovedstaden skal samlet afrapportere");
    expect(mail.body).toContain("centrale udmelding om udsatte gravide kvinder med et skadeligt rusmiddelbrug");
    expect(mail.body).toContain("Derfor beder vi Gentofte Kommune besvare spørgeskemaet »Udsatte gravide – afrapportering 2019«.");
    expect(mail.body).toContain("\nhttps://afrapport.example/svar/abc\n");
    expect(mail.body).toContain("Svarfrist: 1. december 2026 kl. 12.00");
    expect(mail.body).toContain("Gentofte Kommunes besvarelse");
    expect(mail.body).toContain("husk at trykke »Indsend«");
    expect(mail.body).not.toMatch(/[“”"]/);
  });
  it("asks for no personal data about citizens and is signed by the secretariat of the region", () => {
    expect(mail.body).toContain("Skriv ikke personoplysninger om borgere");
    expect(mail.body).toContain("CPR-numre");
    expect(mail.body.endsWith("Med venlig hilsen\nSara Sekretariat\nRammeaftalesekretariatet, Region Hovedstaden\n")).toBe(true);
  });
  it("is plain text", () => {
    expect(mail.body).not.toMatch(/<[a-z]/i);
  });
  it("greets the respondent by name without a contact, and explains an offer why it is asked", () => {
    const offer = invitationMail({ ...context, kind: "offer", respondentName: "Skovly Behandlingshus", contactName: null, senderName: null });
    expect(offer.body.startsWith("Kære Skovly Behandlingshus\n")).toBe(true);
    expect(offer.body).toContain("har nævnt Skovly Behandlingshus som et tilbud, de bruger til målgruppen");
    expect(offer.body).toContain("Skovly Behandlingshus' besvarelse");
    expect(offer.body.endsWith("Med venlig hilsen\nRammeaftalesekretariatet, Region Hovedstaden\n")).toBe(true);
  });
  it("keeps a title's line breaks out of the subject", () => {
    expect(invitationMail({ ...context, campaignTitle: "Titel\r\nBcc: x@example.dk" }).subject).not.toMatch(/[\r\n]/);
  });
});

describe("reminderMail", () => {
  it("reminds of the deadline, carries the secretariat's note and a link, and says the old link still works", () => {
    const mail = reminderMail({ ...context, note: "  Ring gerne, hvis I har spørgsmål.\r\nHilsen Sara  " });
    expect(mail.subject).toBe("Påmindelse: Udsatte gravide – afrapportering 2019 – svarfrist 1. december 2026 kl. 12.00");
    expect(mail.body).toContain("Vi mangler stadig besvarelsen fra Gentofte Kommune af spørgeskemaet »Udsatte gravide – afrapportering 2019« om");
    expect(mail.body).not.toMatch(/[“”"]/);
    expect(mail.body).toContain("Svarfristen er 1. december 2026 kl. 12.00.");
    expect(mail.body).toContain("\n\nRing gerne, hvis I har spørgsmål.\nHilsen Sara\n\n");
    expect(mail.body).toContain("\nhttps://afrapport.example/svar/abc\n");
    expect(mail.body).toContain("et link, I har fået tidligere, virker også stadig");
    expect(mail.body).toContain("Skriv ikke personoplysninger om borgere");
  });
  it("has no empty note paragraph without a note", () => {
    const mail = reminderMail({ ...context, note: "   " });
    expect(mail.body).not.toMatch(/\n\n\n/);
  });
});

// Issue 13: the reminder opened "Kære Albertslund" – the municipality's stored name, not how a letter addresses it.
describe("regression: a municipality without a contact is greeted by its official name", () => {
  const albertslund: MailContext = { ...context, respondentName: "Albertslund", contactName: null };
  it("in the reminder and the invitation", () => {
    for (const mail of [reminderMail(albertslund), invitationMail(albertslund)]) {
      expect(mail.body.startsWith("Kære Albertslund Kommune\n\n")).toBe(true);
      expect(mail.body).toContain("Albertslund Kommunes besvarelse");
    }
    expect(reminderMail(albertslund).body).toContain("besvarelsen fra Albertslund Kommune af");
    expect(reminderMail({ ...albertslund, contactName: "Mette Hansen" }).body.startsWith("Kære Mette Hansen\n\n")).toBe(true);
  });
  it("and an offer by its own name, never with Kommune added", () => {
    const offer = reminderMail({ ...albertslund, kind: "offer", respondentName: "Skovly Behandlingshus" });
    expect(offer.body.startsWith("Kære Skovly Behandlingshus\n\n")).toBe(true);
    expect(offer.body).not.toContain("Kommune");
  });
});
