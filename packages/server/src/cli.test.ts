import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { existsSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { cliCommands, runCli } from "./cli.js";
import { verifyPassword } from "./auth/password.js";
import { openSqliteFile } from "./db/database.js";

const packageDir = join(import.meta.dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "afrapport-cli-"));
const file = join(dir, "cli.sqlite");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI as an operator would, in its own process, against a temp SQLite file. */
function cli(args: string[], env: Record<string, string> = {}) {
  const { AFRAPPORT_PASSWORD: _ignored, ...base } = process.env;
  const result = spawnSync(process.execPath, ["--conditions=@afrapport/source", "--import", "tsx", "src/cli.ts", ...args], {
    cwd: packageDir,
    env: { ...base, DATABASE_URL: `sqlite:${file}`, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function users(): { email: string; role: string; region_code: string | null; password_hash: string }[] {
  const db = openSqliteFile(file);
  try {
    return db.prepare("select email, role, region_code, password_hash from users order by email").all([]) as never;
  } finally {
    db.close();
  }
}

describe("the CLI", () => {
  it("prints help with --help (exit 0) and without a command (exit 2)", () => {
    const help = cli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("create-user --email E --name N --role admin|secretariat|reviewer|national");
    expect(cli([]).code).toBe(2);
  });

  it("answers --help after every command with that command's help, exit 0, touching no database (issue 14, item 7)", async () => {
    expect(cliCommands).toEqual(expect.arrayContaining(["create-user", "list-users", "migrate"]));
    const untouched = join(dir, "help-only.sqlite");
    for (const command of cliCommands) {
      for (const args of [[command, "--help"], [command, "-h"], ["help", command], [command, "--email", "x@y.dk", "--help"]]) {
        const out: string[] = [];
        const err: string[] = [];
        const code = await runCli(args, { DATABASE_URL: `sqlite:${untouched}` }, { out: (l) => out.push(l), err: (l) => err.push(l) });
        expect(code, args.join(" ")).toBe(0);
        expect(err).toEqual([]);
        expect(out.join("\n")).toMatch(new RegExp(`^Usage: afrapport ${command}\\b`));
      }
    }
    expect(existsSync(untouched)).toBe(false);
    const unknown: string[] = [];
    expect(await runCli(["nope", "--help"], {}, { out: () => undefined, err: (l) => unknown.push(l) })).toBe(2);
    expect(unknown[0]).toBe('Error: Unknown command "nope". Commands: create-user, list-users, migrate, backup, restore.');
    // As the issue ran it: in its own process.
    const real = cli(["create-user", "--help"]);
    expect(real.code).toBe(0);
    expect(real.out).toContain("Usage: afrapport create-user --email E --name N");
  });

  it("migrates a new database", () => {
    const res = cli(["migrate"]);
    expect(res.code).toBe(0);
    expect(res.out).toContain("newest schema");
    expect(users()).toEqual([]);
  });

  it("creates a user with a generated password printed once, stored only as an argon2id hash", async () => {
    const res = cli(["create-user", "--email", "Admin@Region.dk", "--name", "Admin", "--role", "admin"]);
    expect(res.code).toBe(0);
    const password = /Password \(shown only now\): (\S+)/.exec(res.out)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const [row] = users();
    expect(row).toMatchObject({ email: "admin@region.dk", role: "admin", region_code: null });
    expect(row!.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(row!.password_hash, password!)).toBe(true);
  });

  it("takes the password from AFRAPPORT_PASSWORD and does not print it", async () => {
    const res = cli(["create-user", "--email", "sek@region.dk", "--name", "Sekretariat", "--role", "secretariat", "--region", "1084"], { AFRAPPORT_PASSWORD: "from the environment" });
    expect(res.code).toBe(0);
    expect(res.out).not.toContain("from the environment");
    const row = users().find((u) => u.email === "sek@region.dk")!;
    expect(row.region_code).toBe("1084");
    expect(await verifyPassword(row.password_hash, "from the environment")).toBe(true);
  });

  it("lists users without password hashes", () => {
    const res = cli(["list-users"]);
    expect(res.code).toBe(0);
    expect(res.out).toContain("admin@region.dk\tadmin\t-\tactive\tAdmin");
    expect(res.out).toContain("sek@region.dk\tsecretariat\t1084\tactive");
    expect(res.out).not.toContain("argon2");
  });

  it("refuses bad arguments with exit code 2 and a message naming the flag, creating nothing", () => {
    const before = users();
    const cases: [string[], RegExp][] = [
      [["create-user", "--email", "x@y.dk", "--name", "X"], /needs --role/],
      [["create-user", "--email", "not-an-email", "--name", "X", "--role", "admin"], /--email: must be an email address/],
      [["create-user", "--email", "x@y.dk", "--name", "X", "--role", "king"], /--role: /],
      [["create-user", "--email", "x@y.dk", "--name", "X", "--role", "secretariat"], /--region: a secretariat user needs a region code/],
      [["create-user", "--email", "x@y.dk", "--name", "X", "--role", "secretariat", "--region", "9999"], /--region: must be a region code from 1081 to 1085/],
      [["create-user", "--email", "x@y.dk", "--name", "X", "--role", "admin", "--password", "short"], /--password: must be at least 12 characters/],
      [["create-user", "--emial", "x@y.dk"], /Unknown option '--emial'/],
      [["drop-everything"], /Unknown command "drop-everything"/],
    ];
    for (const [args, message] of cases) {
      const res = cli(args);
      expect(res.code, args.join(" ")).toBe(2);
      expect(res.err).toMatch(message);
      expect(res.err).toContain("--help");
    }
    expect(users()).toEqual(before);
  });

  it("fails with exit code 1 for a taken email or a bad DATABASE_URL", () => {
    const taken = cli(["create-user", "--email", "ADMIN@region.dk", "--name", "Again", "--role", "admin"]);
    expect(taken.code).toBe(1);
    expect(taken.err).toContain("already exists");
    const badUrl = cli(["list-users"], { DATABASE_URL: "mysql://localhost/x" });
    expect(badUrl.code).toBe(1);
    expect(badUrl.err).toContain("DATABASE_URL: must be sqlite:PATH or postgres://");
  });
});
