export { refusalReason, type AddressPolicy } from "./address-policy";
export { charsetOf, decodeBody } from "./decode";
export { FetchError, type FetchFailure } from "./errors";
export { FeedParseError, parseFeed, type FeedItem, type ParsedFeed } from "./feed";
export { DEFAULT_LIMITS, safeFetch, type FetchedResource, type FetchLimits, type FetchOptions } from "./safe-fetch";
export { safePost, type PostOptions } from "./safe-post";
