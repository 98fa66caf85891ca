import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, get, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { frontEndRoutes } from "./front-end.js";
import { acceptedCodings, IMMUTABLE } from "./precompressed.js";

describe("acceptedCodings", () => {
  it.each([
    [undefined, []],
    ["", []],
    ["gzip, deflate, br, zstd", ["br", "gzip"]],
    ["gzip", ["gzip"]],
    ["br", ["br"]],
    ["br;q=0, gzip;q=0.5", ["gzip"]],
    ["BR, GZIP", ["br", "gzip"]],
    ["*", ["br", "gzip"]],
    ["*;q=0", []],
    ["x-gzip", ["gzip"]],
    ["identity", []],
    ["gzip;q=0, *", ["br"]],
  ])("%j → %j", (header, expected) => {
    expect(acceptedCodings(header)).toEqual(expected);
  });
});

interface Reply {
  status: number;
  headers: IncomingMessage["headers"];
  body: Buffer;
}

/** A request through node:http, which leaves the body as it came (fetch would decompress it). */
function request(base: string, path: string, acceptEncoding?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    get(base + path, { headers: acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}

describe("the built front end's files", () => {
  const script = `console.log(${JSON.stringify("Afrapport ".repeat(400))});\n`;
  let dir: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "afrapport-precompressed-"));
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "index.html"), "<!doctype html><title>Afrapport</title>");
    writeFileSync(join(dir, "assets", "app-Ab12.js"), script);
    writeFileSync(join(dir, "assets", "app-Ab12.js.br"), brotliCompressSync(script));
    writeFileSync(join(dir, "assets", "app-Ab12.js.gz"), gzipSync(script));
    writeFileSync(join(dir, "assets", "small-Cd34.css"), "a{}");
    writeFileSync(join(dir, "robots.txt"), "User-agent: *\nDisallow: /\n");
    const app = express();
    app.use(frontEndRoutes(dir));
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it("sends brotli to a browser that takes it, as its own type, cached for good", async () => {
    const reply = await request(base, "/assets/app-Ab12.js", "gzip, deflate, br, zstd");
    expect(reply.status).toBe(200);
    expect(reply.headers["content-encoding"]).toBe("br");
    expect(reply.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(reply.headers["cache-control"]).toBe(IMMUTABLE);
    expect(reply.headers.vary).toBe("Accept-Encoding");
    expect(reply.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(reply.body).toString()).toBe(script);
  });

  it("sends gzip when brotli is not taken, and the file itself when neither is", async () => {
    const gzipped = await request(base, "/assets/app-Ab12.js", "gzip;q=1, br;q=0");
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzipped.body).toString()).toBe(script);

    const plain = await request(base, "/assets/app-Ab12.js");
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers["cache-control"]).toBe(IMMUTABLE);
    expect(plain.body.toString()).toBe(script);
  });

  it("sends a file the build left uncompressed as it is, still cached for good", async () => {
    const reply = await request(base, "/assets/small-Cd34.css", "br, gzip");
    expect(reply.headers["content-encoding"]).toBeUndefined();
    expect(reply.headers["cache-control"]).toBe(IMMUTABLE);
    expect(reply.body.toString()).toBe("a{}");
  });

  it("asks the browser to check again for files without a content hash and for the page", async () => {
    expect((await request(base, "/robots.txt", "br")).headers["cache-control"]).toBe("no-cache");
    const page = await request(base, "/sekretariat", "br");
    expect(page.headers["cache-control"]).toBe("no-cache");
    expect(page.body.toString()).toContain("<title>Afrapport</title>");
  });

  it("never reaches outside the folder, and answers a missing file with the page", async () => {
    const outside = await request(base, "/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "br");
    expect(outside.body.toString()).not.toContain("root:");
    const missing = await request(base, "/assets/gone-Zz99.js", "br");
    expect(missing.headers["content-encoding"]).toBeUndefined();
  });
});
