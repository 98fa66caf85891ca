import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import type { WebhookFailure } from "../db/tables.js";
import { blockedAddressReason } from "./webhook-address.js";

export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** the whole exchange – connecting, sending, the answer – must end within this */
  timeoutMs: number;
  /** development and tests: loopback and private addresses may be reached */
  allowLocal: boolean;
}

export type WebhookOutcome = { ok: true; status: number } | { ok: false; status: number | null; failure: WebhookFailure; error: string };

class RefusedAddress extends Error {}

/**
 * Resolves a name as usual, but refuses it when any of its addresses is one a webhook may not reach
 * (webhook-address.ts). Checked here, at connection time, so the address connected to is the address checked
 * (a name that resolves to a public address at registration and to 169.254.169.254 later is still refused).
 */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, "", 0);
    for (const { address } of addresses) {
      const reason = blockedAddressReason(address);
      if (reason !== undefined) return callback(new RefusedAddress(`${hostname} resolves to a ${reason} address (${address}); refused`), "", 0);
    }
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    const first = addresses[0]!;
    callback(null, first.address, first.family);
  });
};

/**
 * POSTs one webhook request. A 2xx answer is a success; anything else – another status (a redirect too: it is not
 * followed, so a receiver cannot send the request on to an address the checks refused), no answer in time, a
 * refused address – is a failure with its reason. Never throws.
 */
export function postWebhook(input: WebhookRequest): Promise<WebhookOutcome> {
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(input.url);
    } catch {
      return resolve({ ok: false, status: null, failure: "refused", error: "the address is not a URL" });
    }
    const literal = url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
    if (!input.allowLocal && isIP(literal) !== 0) {
      const reason = blockedAddressReason(literal);
      if (reason !== undefined) return resolve({ ok: false, status: null, failure: "refused", error: `${literal} is a ${reason} address; refused` });
    }
    let settled = false;
    const finish = (outcome: WebhookOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const send = url.protocol === "https:" ? httpsRequest : httpRequest;
    const req = send(
      url,
      {
        method: "POST",
        headers: { ...input.headers, "Content-Length": String(Buffer.byteLength(input.body)) },
        // A connection of its own per request: no pooled socket to a host checked for another request.
        agent: false,
        ...(input.allowLocal ? {} : { lookup: guardedLookup }),
      },
      (res) => {
        const status = res.statusCode ?? 0;
        // The answer's body is not kept; it is read (and dropped) so the exchange ends cleanly.
        res.resume();
        res.on("end", () => {
          if (status >= 200 && status < 300) finish({ ok: true, status });
          else if (status >= 300 && status < 400) finish({ ok: false, status, failure: "redirect", error: `HTTP ${status}: redirects are not followed; give the final address` });
          else finish({ ok: false, status, failure: "status", error: `HTTP ${status}` });
        });
        res.on("error", (error) => finish({ ok: false, status, failure: "network", error: error.message }));
      },
    );
    const timer = setTimeout(() => {
      finish({ ok: false, status: null, failure: "timeout", error: `no answer within ${input.timeoutMs / 1000} s` });
      req.destroy();
    }, input.timeoutMs);
    req.on("error", (error) => finish({ ok: false, status: null, failure: error instanceof RefusedAddress ? "refused" : "network", error: error.message }));
    req.end(input.body);
  });
}
