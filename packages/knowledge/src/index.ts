export { compatibleNames, nameKey } from "./person-names";
export { hammingDistance, NEAR_DUPLICATE_BITS, simhash } from "./simhash";
export type { StorableExtraction } from "./store/extraction-shape";
export { storeArticleKnowledge, type ArticleKnowledge } from "./store/store-article-knowledge";
export { EntityCorrectionError, mergeEntities } from "./corrections/merge-entities";
export { splitEntity } from "./corrections/split-entity";
