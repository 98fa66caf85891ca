import { readFileSync } from "node:fs";

// How P5 takes a download: the time until the first byte of the body arrives (not the headers: a server may send
// those before it has anything to say), the time until the last, and the bytes, read as a browser reads them.

export interface Download {
  status: number;
  contentType: string;
  firstByteMs: number;
  totalMs: number;
  bytes: number;
  /** the first bytes, to check the file is what it claims to be */
  head: Buffer;
}

export async function download(url: string, cookie: string): Promise<Download> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  const reader = response.body!.getReader();
  let firstByteMs: number | undefined;
  let bytes = 0;
  const head: Buffer[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (value.length === 0) continue;
    firstByteMs ??= performance.now() - started;
    if (bytes < 16) head.push(Buffer.from(value.subarray(0, 16)));
    bytes += value.length;
  }
  const totalMs = performance.now() - started;
  return { status: response.status, contentType: response.headers.get("content-type") ?? "", firstByteMs: firstByteMs ?? totalMs, totalMs, bytes, head: Buffer.concat(head) };
}

/** A process's resident memory now and at its peak (VmRSS, VmHWM from /proc), in MB. */
export function residentMemory(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return { rssMb: kb("VmRSS") / 1024, peakMb: kb("VmHWM") / 1024 };
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
