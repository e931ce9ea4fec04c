export * from "./articles";
export * from "./sources";
export * from "./entities";
export * from "./events";
export * from "./feeds";
export * from "./extraction-runs";
export * from "./fact-corrections";
export * from "./topics";
