#!/usr/bin/env -S npx tsx
/**
 * marsad — command line of Marsad.
 *
 *   marsad import PATH|URL…             store and queue article files (.txt .md .html), folders or links
 *   marsad extract --out DIR FILE…      write the extraction of each file to DIR/<name>.json
 *   marsad extract --conll FILE…        tag CoNLL token files ("token TAG" lines) with persons, organizations, places
 *   marsad reprocess [--outdated]       read stored articles again with the current extractor
 *   marsad runs                         list recent extraction runs with their progress
 *   marsad users add|list|set-password|token   manage who may sign in and their API tokens
 *   marsad watchlists recount           count every watchlist's alerts again (after articles were deleted in SQL)
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startReprocess } from "@marsad/intake";
import { createDb, listExtractionRuns, recountAllWatchlists } from "@marsad/db";
import { createArticlesQueue, createRedis } from "@marsad/queue";
import { SingleBar } from "cli-progress";
import { extractPaths } from "./commands/extract";
import { ConllInputError, tagConllPaths } from "./commands/extract-conll";
import { formatImportSummary, importPaths } from "./commands/import";
import { formatRuns } from "./commands/runs";
import { addUser, formatUsers, makeToken, setPassword, UsersCommandError } from "./commands/users";
import { connectionConfig, NotConfiguredError } from "./connection-config";

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
// pnpm runs scripts from the workspace root; paths on the command line are relative to where the user was.
const userCwd = process.env.INIT_CWD ?? process.cwd();
const resolvePaths = (paths: string[]) => paths.map((p) => path.resolve(userCwd, p));

const USAGE = `usage:
  pnpm marsad import PATH|URL…             store and queue article files (.txt, .md, .html), whole folders or links
  pnpm --silent marsad extract --out DIR FILE…   write each file's extraction to DIR/<name>.json
  pnpm --silent marsad extract --conll FILE…     tag CoNLL token files (one token per line, blank line between
                                           sentences): prints "token TAG" lines (B-/I-PERS, ORG, LOC, or O)
  pnpm marsad reprocess [--outdated]       read every processed article again (or only those an older extractor wrote); prints the run id
  pnpm marsad runs [--limit N]             list recent extraction runs with their progress
  pnpm marsad users list                   who may sign in, with their roles
  pnpm marsad users add NAME [--role viewer|editor|admin]
                                           add a user; the password is read from stdin when piped, else generated and printed once
  pnpm marsad users set-password NAME      the same, for an existing user (signs them out everywhere)
  pnpm marsad users token NAME --name LABEL
                                           print a new API token acting as NAME (for /api/v1, Authorization: Bearer)
  pnpm marsad watchlists recount           count every watchlist's alerts and reads again (after articles were deleted in SQL)`;

async function runImport(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length === 0) throw new UsageError("import needs at least one file or folder");
  const config = connectionConfig(rootDir);
  const { db, close } = createDb(config.databaseUrl, { max: 2 });
  const redis = createRedis(config.redisUrl, "producer");
  redis.on("error", () => {});
  const queue = createArticlesQueue(redis, { prefix: config.queuePrefix });
  const bar = new SingleBar({ format: "importing [{bar}] {value}/{total} files", stream: process.stderr, hideCursor: true });
  let enqueueFailures = 0;
  try {
    const summary = await importPaths(
      { db, queue, onEnqueueError: () => enqueueFailures++ },
      resolvePaths(positionals),
      (done, total) => (done === 0 ? bar.start(total, 0) : bar.update(done)),
    );
    bar.stop();
    process.stdout.write(`${formatImportSummary(summary)}\n`);
    if (enqueueFailures > 0) {
      process.stdout.write(
        `note: Redis did not take ${enqueueFailures} job(s); those articles are stored and the worker will queue them again shortly\n`,
      );
    }
    return summary.rejected.length > 0 ? 2 : 0;
  } finally {
    bar.stop();
    await queue.close();
    redis.disconnect();
    await close();
  }
}

async function runExtract(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: "string" }, conll: { type: "boolean", default: false } } });
  if (values.conll) return runExtractConll(positionals);
  if (!values.out) throw new UsageError("extract needs --out DIR");
  if (positionals.length === 0) throw new UsageError("extract needs at least one file");
  const summary = await extractPaths(resolvePaths(positionals), path.resolve(userCwd, values.out));
  process.stderr.write(`extracted ${summary.written.length} file(s) into ${values.out}\n`);
  for (const f of summary.failed) process.stderr.write(`  failed ${f.file}: ${f.reason}\n`);
  return summary.failed.length > 0 ? 2 : 0;
}

async function runExtractConll(files: string[]): Promise<number> {
  if (files.length === 0) throw new UsageError("extract --conll needs at least one token file");
  try {
    const done = await tagConllPaths(resolvePaths(files), (chunk) => process.stdout.write(chunk));
    process.stderr.write(`tagged ${done.tokens} token(s) in ${done.sentences} sentence(s)\n`);
    return 0;
  } catch (e) {
    if (e instanceof ConllInputError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

async function runReprocess(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { outdated: { type: "boolean", default: false } } });
  const config = connectionConfig(rootDir);
  const { db, close } = createDb(config.databaseUrl, { max: 2 });
  const redis = createRedis(config.redisUrl, "producer");
  redis.on("error", () => {});
  const queue = createArticlesQueue(redis, { prefix: config.queuePrefix });
  try {
    const started = await startReprocess({ db, queue }, { scope: values.outdated ? "outdated" : "all" });
    process.stderr.write(`queued ${started.articleCount} article(s); follow with \`pnpm marsad runs\`\n`);
    if (started.notQueued > 0) {
      process.stderr.write(`note: Redis did not take ${started.notQueued} job(s); the worker will queue them again shortly\n`);
    }
    process.stdout.write(`${started.runId}\n`);
    return 0;
  } finally {
    await queue.close();
    redis.disconnect();
    await close();
  }
}

async function runRuns(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { limit: { type: "string", default: "20" } } });
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new UsageError("--limit must be a whole number from 1 to 200");
  const config = connectionConfig(rootDir);
  const { db, close } = createDb(config.databaseUrl, { max: 1 });
  try {
    process.stdout.write(`${formatRuns(await listExtractionRuns(db, { limit }))}\n`);
    return 0;
  } finally {
    await close();
  }
}

/** The password piped on stdin (first line), or undefined at a terminal, where one is generated instead. */
async function pipedPassword(): Promise<string | undefined> {
  if (process.stdin.isTTY) return undefined;
  let text = "";
  for await (const chunk of process.stdin) text += String(chunk);
  const line = text.split(/\r?\n/)[0] ?? "";
  return line === "" ? undefined : line;
}

async function runUsers(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { role: { type: "string", default: "viewer" }, name: { type: "string" } },
  });
  const [action, username] = positionals;
  if (!action || !["add", "list", "set-password", "token"].includes(action)) throw new UsageError("users needs add, list, set-password or token");
  if (action !== "list" && !username) throw new UsageError(`users ${action} needs a username`);
  if (action === "token" && !values.name) throw new UsageError("users token needs --name LABEL (what will use the token)");
  const config = connectionConfig(rootDir);
  const { db, close } = createDb(config.databaseUrl, { max: 1 });
  try {
    if (action === "list") {
      process.stdout.write(`${await formatUsers(db)}\n`);
    } else if (action === "add") {
      const { user, generatedPassword } = await addUser(db, { username: username!, role: values.role, password: await pipedPassword() });
      process.stderr.write(`added ${user.username} (${user.role})\n`);
      if (generatedPassword) process.stdout.write(`password: ${generatedPassword}\n`);
    } else if (action === "set-password") {
      const generated = await setPassword(db, username!, await pipedPassword());
      process.stderr.write(`password of ${username} changed; their sessions ended\n`);
      if (generated) process.stdout.write(`password: ${generated}\n`);
    } else {
      process.stdout.write(`${await makeToken(db, username!, values.name!)}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof UsersCommandError) {
      process.stderr.write(`marsad: ${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    await close();
  }
}

async function runWatchlists(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals[0] !== "recount" || positionals.length !== 1) throw new UsageError("watchlists needs recount");
  const config = connectionConfig(rootDir);
  const { db, close } = createDb(config.databaseUrl, { max: 1 });
  try {
    const { watchlists, corrected } = await recountAllWatchlists(db);
    process.stdout.write(`counted ${watchlists} watchlist(s) again; corrected ${corrected} count(s)\n`);
    return 0;
  } finally {
    await close();
  }
}

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "import") return runImport(rest);
  if (command === "extract") return runExtract(rest);
  if (command === "reprocess") return runReprocess(rest);
  if (command === "runs") return runRuns(rest);
  if (command === "users") return runUsers(rest);
  if (command === "watchlists") return runWatchlists(rest);
  if (command === undefined || command === "help" || command === "--help") {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 1 : 0;
  }
  throw new UsageError(`unknown command "${command}"`);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`marsad: ${error.message}\n${USAGE}\n`);
    else if (error instanceof NotConfiguredError) process.stderr.write(`marsad: ${error.message}\n`);
    else process.stderr.write(`marsad: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof UsageError ? 64 : 1);
  },
);
