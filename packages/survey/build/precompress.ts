import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin } from "vite";

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** What is worth compressing: text the browser fetches. Source maps only devtools ask for, so they stay as they are. */
const compressible = /\.(js|css|svg|json|html|txt)$/;
/** Below this the headers outweigh what compressing saves. */
const MIN_BYTES = 1024;

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file of the build, compressed once and as hard as
 * brotli and gzip go, so the server sends them as they are and never compresses per request.
 */
export function precompress(): Plugin {
  return {
    name: "afrapport-precompress",
    apply: "build",
    async writeBundle(options, bundle) {
      const outDir = options.dir;
      if (outDir === undefined) throw new Error("precompress: the build has no output folder");
      const files = Object.keys(bundle).filter((name) => compressible.test(name));
      await Promise.all(
        files.map(async (name) => {
          const path = join(outDir, name);
          const content = await readFile(path);
          if (content.length < MIN_BYTES) return;
          const [br, gzipped] = await Promise.all([
            brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
            gz(content, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)]);
        }),
      );
    },
  };
}
