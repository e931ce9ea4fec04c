import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type postgres from "postgres";

const TICK_MS = 1000 / Number(execFileSync("getconf", ["CLK_TCK"]).toString());

/** CPU milliseconds a process has used so far (user + system, from /proc); 0 once it is gone. */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime, stime
  } catch {
    return 0;
  }
}

/**
 * CPU used by the Postgres backends serving one database (its connections' server processes), so
 * that other databases on a shared server do not count. Take a reading before and after: a backend
 * that connects in between counts from its start; one that ends in between is missed, so keep the
 * measured pools open until the second reading.
 */
export async function databaseCpu(sql: postgres.Sql): Promise<Map<number, number>> {
  const rows = await sql<Array<{ pid: number }>>`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`;
  return new Map(rows.map((r) => [r.pid, processCpuMs(r.pid)]));
}

/** Milliseconds of CPU the backends used between two `databaseCpu` readings. */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let ms = 0;
  for (const [pid, used] of after) ms += used - (before.get(pid) ?? 0);
  return ms;
}
