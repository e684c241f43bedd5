import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Json, JsonObject } from "../definition/definition-types.ts";
import { writeFileAtomic } from "../util/fs-helpers.ts";
import { canonicalJson } from "./canonical-json.ts";
import { parseIsoDuration } from "./iso-duration.ts";

/** A successful step result kept for reuse. */
export interface CacheEntry {
  readonly key: string;
  readonly pipelineName: string;
  readonly stepName: string;
  readonly runId: string;
  readonly createdAt: string;
  readonly properties: JsonObject;
  readonly outputs: readonly string[];
}

/** The arguments that decide a cache hit, per step type (as SageMaker documents them). */
const KEY_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  Processing: ["AppSpecification", "Environment", "ProcessingInputs"],
  Training: ["AlgorithmSpecification", "CheckpointConfig", "DebugHookConfig", "DebugRuleConfigurations", "Environment", "HyperParameters", "InputDataConfig"],
  Transform: ["DataProcessing", "Environment", "ModelName", "TransformInput"],
};

/** The cache key of a step: a hash of the pipeline, the step and its key arguments (resolved). */
export function cacheKey(pipelineName: string, stepName: string, stepType: string, resolvedArguments: JsonObject): string {
  const attributes = KEY_ATTRIBUTES[stepType];
  const picked: Record<string, Json> = {};
  for (const [k, v] of Object.entries(resolvedArguments)) if (!attributes || attributes.includes(k)) picked[k] = v;
  const text = canonicalJson({ pipelineName, stepName, stepType, arguments: picked });
  return createHash("sha256").update(text).digest("hex");
}

/** Checks a CacheConfig's ExpireAfter; a message when it does not parse. */
export function checkExpireAfter(expireAfter: string | undefined): string | undefined {
  if (expireAfter === undefined || parseIsoDuration(expireAfter) !== undefined) return undefined;
  return `ExpireAfter '${expireAfter}' is not an ISO 8601 duration (write e.g. P30D, PT1H or T16m)`;
}

/** Step results kept under `<root>/<key>.json`. */
export class StepCache {
  constructor(readonly root: string) {}

  /** The entry for `key` when it exists and has not expired at `now`. */
  async lookup(key: string, expireAfter: string | undefined, now: Date): Promise<CacheEntry | undefined> {
    let entry: CacheEntry;
    try {
      entry = JSON.parse(await readFile(join(this.root, `${key}.json`), "utf8")) as CacheEntry;
    } catch {
      return undefined;
    }
    const ttl = expireAfter === undefined ? undefined : parseIsoDuration(expireAfter);
    if (ttl !== undefined && Date.parse(entry.createdAt) + ttl < now.getTime()) return undefined;
    return entry;
  }

  /** Keeps a successful result (replacing an older one with the same key). */
  async save(entry: CacheEntry): Promise<void> {
    await writeFileAtomic(join(this.root, `${entry.key}.json`), JSON.stringify(entry, null, 2) + "\n");
  }
}
