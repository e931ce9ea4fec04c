export * from "./submission";
export * from "./text-safety";
export * from "./extraction";
export * from "./queries";
export * from "./analysis-queries";
export * from "./responses";
export * from "./corrections";
export * from "./auth";
