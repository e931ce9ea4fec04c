export * from "./submission";
export * from "./extraction";
export * from "./queries";
