export { contentHash } from "./content-hash";
export type { ServiceDeps } from "./deps";
export { submitArticle, type SubmitResult } from "./submit-article";
