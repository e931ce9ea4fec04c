export * from "./submission";
export * from "./extraction";
