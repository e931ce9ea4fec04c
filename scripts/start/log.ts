export type Log = (component: string, message: string) => void;

const COLORS: Record<string, string> = { worker: "36", dashboard: "35", postgres: "34", redis: "31", start: "32" };

/** Prefixes every line with the component it came from, so the logs of both apps stay readable. */
export const log: Log = (component, message) => {
  const color = COLORS[component] ?? "0";
  const prefix = process.stdout.isTTY ? `\x1b[${color}m[${component}]\x1b[0m` : `[${component}]`;
  for (const line of message.split("\n")) if (line.trim()) process.stdout.write(`${prefix} ${line}\n`);
};
