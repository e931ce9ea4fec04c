export { compatibleNames, nameKey } from "./person-names";
export { hammingDistance, NEAR_DUPLICATE_BITS, simhash } from "./simhash";
export type { StorableExtraction } from "./store/extraction-shape";
export { storeArticleKnowledge, storeArticlesKnowledge, type ArticleKnowledge } from "./store/store-article-knowledge";
export { claimArticles } from "./store/claim-articles";
export { backfillFamilySkeletons } from "./store/backfill-family-skeletons";
export { articleKnowledge, type ExtractedArticle } from "./store/article-knowledge";
export { publicationHint, publicationOf, type Publication } from "./dates/publication";
export { EntityCorrectionError, mergeEntities } from "./corrections/merge-entities";
export { splitEntity } from "./corrections/split-entity";
export { correctFact, FactCorrectionError } from "./corrections/correct-fact";
export { factKeys } from "./corrections/fact-keys";
/** The extractor version the worker writes with, for callers that choose what is outdated. */
export { EXTRACTOR_VERSION } from "@marsad/extract";
