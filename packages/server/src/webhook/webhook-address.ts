import { isIP } from "node:net";

// What a webhook may be sent to. A secretariat types the address, and the server then sends requests to it from
// inside the hosting network: an address there (the cloud's metadata service at 169.254.169.254, a database on
// 10.x, the server itself on 127.0.0.1) must not be reachable that way (server-side request forgery). The check is
// made on the address typed and again on every address its name resolves to at each delivery (webhook-sender.ts),
// so a name that later points inside is caught too. Local webhooks (development, tests) lift it.

const IPV4_BLOCKS: ReadonlyArray<readonly [string, number, string]> = [
  ["0.0.0.0", 8, "this network"],
  ["10.0.0.0", 8, "private"],
  ["100.64.0.0", 10, "shared address space"],
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local"],
  ["172.16.0.0", 12, "private"],
  ["192.0.0.0", 24, "protocol assignments"],
  ["192.0.2.0", 24, "documentation"],
  ["192.168.0.0", 16, "private"],
  ["198.18.0.0", 15, "benchmarking"],
  ["198.51.100.0", 24, "documentation"],
  ["203.0.113.0", 24, "documentation"],
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved"],
];

function ipv4Number(address: string): number {
  return address.split(".").reduce((n, part) => n * 256 + Number(part), 0);
}

function ipv4Block(address: string): string | undefined {
  const n = ipv4Number(address);
  for (const [base, bits, why] of IPV4_BLOCKS) {
    const size = 2 ** (32 - bits);
    const start = ipv4Number(base);
    if (n >= start && n < start + size) return why;
  }
  return undefined;
}

/** An IPv6 address as its eight 16-bit groups (with an embedded IPv4 tail expanded). */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase().split("%")[0]!;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const n = ipv4Number(v4[1]!);
    text = `${text.slice(0, -v4[1]!.length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const parse = (part: string) => (part === "" ? [] : part.split(":").map((g) => Number.parseInt(g, 16)));
  const front = parse(head);
  const back = tail === undefined ? [] : parse(tail);
  return [...front, ...Array(8 - front.length - back.length).fill(0), ...back];
}

/** Why an IP address is not one a webhook may be sent to (loopback, private, link-local…), or undefined. */
export function blockedAddressReason(address: string): string | undefined {
  const version = isIP(address);
  if (version === 4) return ipv4Block(address);
  if (version !== 6) return "not an IP address";
  const g = ipv6Groups(address);
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroUpTo(8)) return "unspecified";
  if (zeroUpTo(7) && g[7] === 1) return "loopback";
  // An IPv4 address mapped into IPv6 (::ffff:a.b.c.d) or the NAT64 prefix (64:ff9b::/96): judged as that IPv4 address.
  const mapped = zeroUpTo(5) && g[5] === 0xffff;
  const nat64 = g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0);
  if (mapped || nat64) return ipv4Block(`${g[6]! >> 8}.${g[6]! & 0xff}.${g[7]! >> 8}.${g[7]! & 0xff}`);
  if ((g[0]! & 0xfe00) === 0xfc00) return "unique local (private)";
  if ((g[0]! & 0xffc0) === 0xfe80) return "link-local";
  if ((g[0]! & 0xff00) === 0xff00) return "multicast";
  if (g[0] === 0x2001 && g[1] === 0x0db8) return "documentation";
  return undefined;
}

const LOCAL_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * What is wrong with a webhook's address, or undefined: it must be an absolute https URL without user name or
 * password, to a name or a public IP address. With `allowLocal` (development, tests) http is allowed for
 * localhost and 127.0.0.1, and no address is refused.
 */
export function webhookUrlProblem(text: string, allowLocal: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "must be an absolute address, e.g. https://integration.example.dk/afrapport";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "must start with https://";
  if (url.username !== "" || url.password !== "") return "must not hold a user name or password; the signature proves the sender";
  if (url.hash !== "") return "must not hold a #fragment";
  const host = url.hostname;
  if (url.protocol === "http:" && !(allowLocal && LOCAL_NAMES.has(host))) {
    return allowLocal ? "must start with https:// (http:// only for localhost and 127.0.0.1)" : "must start with https://";
  }
  if (allowLocal) return undefined;
  const literal = host.startsWith("[") ? host.slice(1, -1) : host;
  if (isIP(literal) !== 0) {
    const reason = blockedAddressReason(literal);
    if (reason !== undefined) return `must not point at a ${reason} address (${literal})`;
  } else if (host === "localhost" || host.endsWith(".localhost") || !host.includes(".")) {
    return `must name a public host (${host} is local)`;
  }
  return undefined;
}
