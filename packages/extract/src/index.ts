export { extractArticle, type ExtractInput } from "./extract";
export { EXTRACTOR_VERSION } from "./version";
export { extractionSchema, type Extraction } from "@marsad/schema";
