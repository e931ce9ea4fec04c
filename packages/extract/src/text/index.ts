export { arabicLetterRatio, foldArabicSameLength, matchKey, toAsciiDigits } from "./normalize";
export { searchQuery, searchTerms, searchVariants } from "./search-terms";
export { latinSpellingKey, nameSkeleton, scriptOf } from "./transliterate";
export { placeNamesInOtherScript, stateNamedBy } from "./place-names";
