import { statSync } from "node:fs";
import path from "node:path";

/**
 * Postgres refuses to run as root, so under root the embedded cluster runs as a system user
 * `postgres` — which must be able to enter every folder on the way to the project (its binaries
 * are in node_modules, its data in .data). A project cloned into root's own home (/root is 0700
 * on most systems) is out of its reach, and initdb would die with a bare `spawn … EACCES`.
 */
export class PostgresUserCannotReachProjectError extends Error {
  constructor(readonly closedFolder: string) {
    super(
      `The embedded Postgres cannot start: as root it must run as the user "postgres", who cannot enter ${closedFolder} (only its owner can) — move the project to a folder other users can reach (e.g. /srv/marsad) or run \`pnpm start\` as a regular user, or set DATABASE_URL to a Postgres you run.`,
    );
    this.name = "PostgresUserCannotReachProjectError";
  }
}

/** The first folder from `/` down to `dir` that other users cannot enter, or null when none. */
export function firstFolderClosedToOthers(dir: string): string | null {
  const folders: string[] = [];
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    folders.unshift(current);
    if (path.dirname(current) === current) break;
  }
  for (const folder of folders) {
    // The execute bit for "others" is what lets a user who neither owns it nor is in its group enter it.
    if ((statSync(folder).mode & 0o001) === 0) return folder;
  }
  return null;
}

/** Throws `PostgresUserCannotReachProjectError` when running as root from a folder other users cannot enter. */
export function assertPostgresUserCanReach(projectDir: string, uid: number): void {
  if (uid !== 0) return;
  const closed = firstFolderClosedToOthers(projectDir);
  if (closed) throw new PostgresUserCannotReachProjectError(closed);
}
