export { extractWithCache, type CachedExtraction } from "./cached-extract.ts";
export { factsCacheDir, type CacheOptions } from "./cache-location.ts";
export { cacheFileFor, readFactsCache, writeFactsCache, type CacheLookup } from "./facts-cache.ts";
export { typeCheckWithCache, typeCheckWithCacheAsync, type CachedTypeCheck } from "./cached-typecheck.ts";
