// `pnpm build`: what `pnpm start` runs – the schema and the server compiled to JavaScript (tsc in build mode, which
// does nothing when its output is newer than its sources), and the front end built by Vite when anything it is
// made of changed since the last build (a fingerprint of its inputs' paths, sizes and times is kept beside it).
// Plain Node, no TypeScript: it runs before anything is compiled.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const run = (command, args, cwd = root, env = process.env) => execFileSync(command, args, { cwd, stdio: "inherit", env });
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");

function step(label, action) {
  const started = Date.now();
  action();
  console.log(`${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

step("Compiled @afrapport/schema", () => run(process.execPath, [tsc, "-b", "packages/schema/tsconfig.build.json"]));
step("Compiled @afrapport/server", () => run(process.execPath, [tsc, "-b", "packages/server/tsconfig.build.json"]));

/** Every file under `path` (a file or a folder), skipping what is built or installed. */
function files(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => entry.name !== "node_modules" && entry.name !== "dist")
    .flatMap((entry) => files(join(path, entry.name)));
}

const frontEndInputs = [
  "packages/survey/src",
  "packages/survey/build",
  "packages/survey/index.html",
  "packages/survey/vite.config.ts",
  "packages/survey/package.json",
  "packages/schema/src",
  "packages/schema/questionnaires",
  "packages/schema/package.json",
  "pnpm-lock.yaml",
].flatMap((path) => files(join(root, path)));

const hash = createHash("sha256");
for (const file of frontEndInputs.sort()) {
  const stat = statSync(file);
  hash.update(`${relative(root, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
}
const fingerprint = hash.digest("hex");
const stampFile = join(root, "packages/survey/dist/app/.inputs-sha256");
const built = existsSync(stampFile) && readFileSync(stampFile, "utf8") === fingerprint && existsSync(join(root, "packages/survey/dist/app/index.html"));
if (built) {
  console.log("The front end is up to date");
} else {
  // NODE_ENV=production whatever the caller's: a development build of React is several times larger and slower
  // (only the app the server serves; the package's library build is for other packages, not for running)
  step("Built the front end", () => run("pnpm", ["exec", "vite", "build"], join(root, "packages/survey"), { ...process.env, NODE_ENV: "production" }));
  writeFileSync(stampFile, fingerprint);
}
