import { describe, expect, it } from "vitest";
import { blockedAddressReason, webhookUrlProblem } from "./webhook-address.js";

describe("blockedAddressReason", () => {
  it.each([
    ["169.254.169.254", "link-local"],
    ["127.0.0.1", "loopback"],
    ["10.1.2.3", "private"],
    ["172.31.255.255", "private"],
    ["192.168.0.10", "private"],
    ["100.100.100.200", "shared address space"],
    ["0.0.0.0", "this network"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "link-local"],
    ["fd00:ec2::254", "unique local (private)"],
    ["::ffff:169.254.169.254", "link-local"],
    ["::ffff:a9fe:a9fe", "link-local"],
    ["64:ff9b::7f00:1", "loopback"],
  ])("refuses %s (%s)", (address, reason) => {
    expect(blockedAddressReason(address)).toBe(reason);
  });

  it.each(["93.184.215.14", "172.32.0.1", "8.8.8.8", "2a00:1450:4001:80e::200e", "::ffff:8.8.8.8"])("allows the public address %s", (address) => {
    expect(blockedAddressReason(address)).toBeUndefined();
  });
});

describe("webhookUrlProblem", () => {
  it("takes an https address to a public name", () => {
    expect(webhookUrlProblem("https://integration.region.dk/afrapport", false)).toBeUndefined();
    expect(webhookUrlProblem("https://93.184.215.14:8443/hook?x=1", false)).toBeUndefined();
  });

  it.each([
    ["http://integration.region.dk/hook", "must start with https://"],
    ["ftp://integration.region.dk/hook", "must start with https://"],
    ["integration.region.dk/hook", "must be an absolute address, e.g. https://integration.example.dk/afrapport"],
    ["https://user:pw@integration.region.dk/hook", "must not hold a user name or password; the signature proves the sender"],
    ["https://169.254.169.254/latest/meta-data", "must not point at a link-local address (169.254.169.254)"],
    ["https://[::ffff:a9fe:a9fe]/", "must not point at a link-local address (::ffff:a9fe:a9fe)"],
    ["https://10.0.0.5/hook", "must not point at a private address (10.0.0.5)"],
    ["https://localhost/hook", "must name a public host (localhost is local)"],
    ["https://intranet/hook", "must name a public host (intranet is local)"],
    ["http://127.0.0.1:8080/hook", "must start with https://"],
  ])("refuses %s without local webhooks", (url, problem) => {
    expect(webhookUrlProblem(url, false)).toBe(problem);
  });

  it("allows http to localhost and any address with local webhooks, still not http elsewhere", () => {
    expect(webhookUrlProblem("http://127.0.0.1:8080/hook", true)).toBeUndefined();
    expect(webhookUrlProblem("http://localhost:8080/hook", true)).toBeUndefined();
    expect(webhookUrlProblem("https://169.254.169.254/", true)).toBeUndefined();
    expect(webhookUrlProblem("http://integration.region.dk/hook", true)).toBe("must start with https:// (http:// only for localhost and 127.0.0.1)");
  });
});
