/**
 * The path of the page being rendered, set by src/proxy.ts from the URL on every page request
 * (any value a client sent is replaced): the layout sends a signed-out reader to sign in and
 * back to this path.
 */
export const PAGE_PATH_HEADER = "x-marsad-path";
