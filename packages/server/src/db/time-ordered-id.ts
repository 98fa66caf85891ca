import { randomFillSync } from "node:crypto";

// Row ids for tables that only grow by appending (revisions): a random UUID puts each new row at a random place in
// the primary-key index, so a batch of saves dirties a page of it per save; a UUIDv7 (RFC 9562) starts with the
// time, so new rows land together at the end of the index. The same text format as randomUUID, with 62 random
// bits and a counter that starts at a random value each millisecond.

const bytes = Buffer.alloc(16);
// Random bytes are drawn 4 KB at a time (as randomUUID does): a call into the generator per id costs more than the rest.
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;
let lastMs = 0;
let sequence = 0;

/** A UUID version 7: 48 bits of Unix milliseconds, then a counter within the millisecond and random bits. */
export function timeOrderedId(now: number = Date.now()): string {
  if (poolOffset + 16 > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  pool.copy(bytes, 0, poolOffset, poolOffset + 16);
  poolOffset += 16;
  // within one millisecond (or a clock that went back) ids still sort in the order they were made
  if (now <= lastMs) {
    sequence = (sequence + 1) & 0xfff;
    if (sequence === 0) lastMs += 1;
    now = lastMs;
  } else {
    lastMs = now;
    sequence = bytes.readUInt16BE(6) & 0x7ff;
  }
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
