import { webhookEventNames, type Webhook } from "@afrapport/schema/api";
import { describe, expect, it } from "vitest";
import { createWebhookInput, initialWebhookValues, toggleEvent, updateWebhookInput, webhookFormProblems } from "./webhook-form.js";

const values = { url: "https://integration.regionh.dk/afrapport", description: "", events: ["response.submitted" as const], scope: "campaign" as const };

describe("webhookFormProblems", () => {
  it("takes an https address with an event", () => {
    expect(webhookFormProblems(values)).toEqual([]);
    expect(webhookFormProblems({ ...values, url: "http://localhost:4000/hook" })).toEqual([]);
  });

  it.each([
    ["", "urlMissing"],
    ["   ", "urlMissing"],
    ["integration.regionh.dk", "urlInvalid"],
    ["ftp://integration.regionh.dk/x", "urlInvalid"],
    ["http://integration.regionh.dk/x", "urlNotHttps"],
    ["https://bruger:kode@integration.regionh.dk/x", "urlCredentials"],
    [`https://integration.regionh.dk/${"x".repeat(2000)}`, "urlTooLong"],
  ])("refuses the address %j (%s)", (url, problem) => {
    expect(webhookFormProblems({ ...values, url })).toEqual([{ field: "url", problem }]);
  });

  it("asks for an event and a short description", () => {
    expect(webhookFormProblems({ ...values, events: [], description: "x".repeat(201) })).toEqual([
      { field: "events", problem: "eventsMissing" },
      { field: "description", problem: "descriptionTooLong" },
    ]);
  });
});

describe("the webhook's input", () => {
  const campaign = { id: "c1", regionCode: "1084" };
  it("registers for the campaign or for its region", () => {
    expect(createWebhookInput({ ...values, description: "  ESDH " }, campaign)).toEqual({ url: values.url, events: values.events, campaignId: "c1", description: "ESDH" });
    expect(createWebhookInput({ ...values, url: ` ${values.url} `, scope: "region" }, campaign)).toEqual({ url: values.url, events: values.events, regionCode: "1084" });
  });

  it("clears an emptied description, and starts from the webhook as it is", () => {
    expect(updateWebhookInput({ ...values, description: " " })).toEqual({ url: values.url, events: values.events, description: null });
    const webhook = { url: "https://a.dk/h", description: null, events: ["campaign.closed"], campaignId: null } as unknown as Webhook;
    expect(initialWebhookValues(webhook)).toEqual({ url: "https://a.dk/h", description: "", events: ["campaign.closed"], scope: "region" });
    expect(initialWebhookValues().events).toEqual(["response.submitted", "response.reopened", "campaign.closed"]);
  });

  it("keeps the events in the contract's order", () => {
    expect(toggleEvent(["campaign.closed"], "response.submitted", true, webhookEventNames)).toEqual(["response.submitted", "campaign.closed"]);
    expect(toggleEvent(["response.submitted", "campaign.closed"], "response.submitted", false, webhookEventNames)).toEqual(["campaign.closed"]);
  });
});
