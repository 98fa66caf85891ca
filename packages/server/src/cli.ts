import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { NewUserSchema, userRoles } from "@afrapport/schema/api";
import { generatePassword } from "./auth/password.js";
import { backupCommand, backupHelp, restoreCommand } from "./backup/backup-command.js";
import { loadConfig } from "./config.js";
import { openDatabase } from "./db/database.js";
import { prepareDatabase } from "./prepare-database.js";
import { createUser, listUsers } from "./user/user.service.js";

/**
 * The operator's command line: `pnpm --filter @afrapport/server cli <command>`. The database comes from
 * DATABASE_URL, as for the server. Exit codes: 0 done, 1 it failed (configuration, database, email taken),
 * 2 bad arguments.
 */
interface CommandHelp {
  /** the command and its options, as typed */
  synopsis: string;
  /** what it does, a line each */
  about: string[];
}

/** Every command, with its help; `<command> --help` prints one, `--help` all. */
const commands: Record<string, CommandHelp> = {
  "create-user": {
    synopsis: `create-user --email E --name N --role ${userRoles.join("|")} [--region 1081-1085] [--password P]`,
    about: [
      "Creates a user. A secretariat user needs --region. Without --password the password is read from",
      "AFRAPPORT_PASSWORD, or a strong one is generated and printed once. (A password on the command line",
      "ends up in the shell history; prefer AFRAPPORT_PASSWORD or a generated one.)",
    ],
  },
  "list-users": { synopsis: "list-users", about: ["Lists every user: email, role, region, status."] },
  migrate: { synopsis: "migrate", about: ["Brings the database to the newest schema (the server also does this when it starts)."] },
  backup: backupHelp.backup,
  restore: backupHelp.restore,
};

export const cliCommands = Object.keys(commands);

const ENVIRONMENT = `Environment:
  DATABASE_URL   sqlite:PATH or postgres://user@host:port/database (default sqlite:./data/afrapport.sqlite)`;

const describe = (help: CommandHelp) => [`  ${help.synopsis}`, ...help.about.map((line) => `      ${line}`)].join("\n");

export const USAGE = `Usage: afrapport <command> [options]

Commands:
${Object.values(commands).map(describe).join("\n")}

Options:
  -h, --help   Shows this text; after a command, that command's help.

${ENVIRONMENT}`;

/** One command's help, for `afrapport <command> --help`. */
export function commandUsage(name: string): string | undefined {
  const help = commands[name];
  if (help === undefined) return undefined;
  return `Usage: afrapport ${help.synopsis}

${help.about.join("\n")}

Options:
  -h, --help   Shows this text.

${ENVIRONMENT}`;
}

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

class UsageError extends Error {}

export async function runCli(argv: string[], env: NodeJS.ProcessEnv = process.env, io: CliIo = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || (command === "help" && rest.length === 0)) {
    io.out(USAGE);
    return command === undefined ? 2 : 0;
  }
  // `<command> --help` (or -h, anywhere after it) and `help <command>` print that command's help and do nothing else.
  const helpFor = command === "help" ? rest[0]! : rest.some((arg) => arg === "--help" || arg === "-h") ? command : undefined;
  if (helpFor !== undefined) {
    const usage = commandUsage(helpFor);
    if (usage === undefined) {
      io.err(`Error: Unknown command "${helpFor}". Commands: ${Object.keys(commands).join(", ")}.`);
      io.err("Run with --help for usage.");
      return 2;
    }
    io.out(usage);
    return 0;
  }
  try {
    switch (command) {
      case "create-user":
        return await createUserCommand(rest, env, io);
      case "list-users":
        return await withDatabase(rest, env, io, async (db) => {
          const users = await listUsers(db);
          if (users.length === 0) io.out("No users yet. Create one with: create-user --email … --name … --role admin");
          for (const u of users) {
            io.out([u.email, u.role, u.regionCode ?? "-", u.disabled ? "disabled" : "active", u.name].join("\t"));
          }
          return 0;
        });
      case "backup":
        return await backupCommand(rest, env, io);
      case "restore":
        return await restoreCommand(rest, env, io);
      case "migrate":
        return await withDatabase(rest, env, io, async () => {
          io.out("The database is at the newest schema.");
          return 0;
        });
      default:
        throw new UsageError(`Unknown command "${command}". Commands: ${Object.keys(commands).join(", ")}.`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`Error: ${error.message}`);
      io.err("Run with --help for usage.");
      return 2;
    }
    io.err(`Error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

async function createUserCommand(args: string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const { values } = parse(args, {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string" },
    region: { type: "string" },
    password: { type: "string" },
  });
  for (const required of ["email", "name", "role"] as const) {
    if (values[required] === undefined) throw new UsageError(`create-user needs --${required}.`);
  }
  const generated = values.password === undefined && !env.AFRAPPORT_PASSWORD;
  const password = values.password ?? (env.AFRAPPORT_PASSWORD || generatePassword());
  const parsed = NewUserSchema.safeParse({
    email: values.email,
    name: values.name,
    role: values.role,
    regionCode: values.region ?? null,
    password,
  });
  if (!parsed.success) {
    const flag: Record<string, string> = { regionCode: "--region", email: "--email", name: "--name", role: "--role", password: "--password" };
    const problems = parsed.error.issues.map((issue) => `${flag[String(issue.path[0])] ?? issue.path.join(".")}: ${issue.message}`);
    throw new UsageError(problems.join("; "));
  }
  return withDatabase([], env, io, async (db) => {
    const result = await createUser(db, parsed.data, "cli", new Date());
    if (!result.ok) {
      io.err(result.error.code === "email_taken" ? `Error: a user with the email ${parsed.data.email} already exists.` : `Error: ${result.error.code}`);
      return 1;
    }
    const u = result.user;
    io.out(`Created ${u.role} ${u.email}${u.regionCode ? ` (region ${u.regionCode})` : ""}.`);
    if (generated) io.out(`Password (shown only now): ${password}`);
    return 0;
  });
}

async function withDatabase(
  args: string[],
  env: NodeJS.ProcessEnv,
  io: CliIo,
  run: (db: ReturnType<typeof openDatabase>["db"]) => Promise<number>,
): Promise<number> {
  parse(args, {});
  const config = loadConfig(env);
  if (!config.ok) {
    io.err("Configuration errors:");
    for (const e of config.errors) io.err(`  ${e}`);
    return 1;
  }
  const handle = openDatabase(config.config.database);
  try {
    await prepareDatabase(handle.db);
    return await run(handle.db);
  } finally {
    await handle.close();
  }
}

type Options = Record<string, { type: "string" }>;

function parse<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false });
  } catch (error) {
    // node's messages name the option, e.g. Unknown option '--emial'
    throw new UsageError(error instanceof Error ? error.message.split("\n")[0]! : String(error));
  }
}

const defaultIo: CliIo = { out: (line) => console.log(line), err: (line) => console.error(line) };

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runCli(process.argv.slice(2));
}
