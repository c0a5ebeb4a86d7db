/**
 * What the resolver's synchronous lookups return when they cannot answer without reading an
 * entity: the caller then asks the asynchronous way. Cached answers (the hot path) take no promise.
 */
export const LATER: unique symbol = Symbol('later');
