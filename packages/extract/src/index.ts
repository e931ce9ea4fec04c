export { extractArticle, type ExtractInput } from "./extract";
export { EXTRACTOR_VERSION } from "./version";
export { tagConllFile } from "./ner/conll-tagger";
export { extractionSchema, type Extraction } from "@marsad/schema";
