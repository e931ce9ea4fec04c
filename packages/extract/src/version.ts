/** Bumped whenever the output for the same input changes. */
export const EXTRACTOR_VERSION = "0.10.57";
