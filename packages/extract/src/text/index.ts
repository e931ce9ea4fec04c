export { arabicLetterRatio, foldArabicSameLength, matchKey, toAsciiDigits } from "./normalize";
export { searchQuery, searchTerms, searchVariants } from "./search-terms";
export { agreeingSkeletons, latinSpellingKey, nameSkeleton, scriptOf, skeletonsAgree } from "./transliterate";
export { placeNamesInOtherScript, stateNamedBy } from "./place-names";
