import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { inTempDir } from "../testing/shared-files.ts";
import { parseIsoDuration } from "./iso-duration.ts";
import { cacheKey, checkExpireAfter, StepCache } from "./step-cache.ts";

const t = suite("step cache");

t("parses ExpireAfter in ISO 8601 and SageMaker's short forms", () => {
  assert.is(parseIsoDuration("P1D"), 86_400_000);
  assert.is(parseIsoDuration("PT1H"), 3_600_000);
  assert.is(parseIsoDuration("T16m"), 16 * 60_000);
  assert.is(parseIsoDuration("30dT5h"), 30 * 86_400_000 + 5 * 3_600_000);
  assert.is(parseIsoDuration("P1M"), 30 * 86_400_000);
  assert.is(parseIsoDuration("5y"), 5 * 365 * 86_400_000);
  assert.is(parseIsoDuration("soon"), undefined);
  assert.match(checkExpireAfter("soon")!, "not an ISO 8601 duration");
  assert.is(checkExpireAfter(undefined), undefined);
});

t("keys on the attributes SageMaker documents: a processing step's outputs do not change the key", () => {
  const base = { AppSpecification: { ImageUri: "img" }, ProcessingInputs: [{ S3Input: { S3Uri: "s3://b/in" } }] };
  const a = cacheKey("P", "S", "Processing", { ...base, ProcessingOutputConfig: { Outputs: [{ S3Output: { S3Uri: "s3://b/run1" } }] } });
  const b = cacheKey("P", "S", "Processing", { ProcessingOutputConfig: { Outputs: [{ S3Output: { S3Uri: "s3://b/run2" } }] }, ...base });
  assert.is(a, b);
  assert.is.not(cacheKey("P", "S", "Processing", { ...base, ProcessingInputs: [{ S3Input: { S3Uri: "s3://b/other" } }] }), a);
  assert.is.not(cacheKey("Q", "S", "Processing", base), a);
});

t("finds saved entries until they expire", () =>
  inTempDir("cache", async (dir) => {
    const cache = new StepCache(join(dir, "cache"));
    const entry = { key: "k1", pipelineName: "P", stepName: "S", runId: "run1", createdAt: "2024-01-01T00:00:00.000Z", properties: { X: 1 }, outputs: [] };
    await cache.save(entry);
    assert.equal(await cache.lookup("k1", "PT1H", new Date("2024-01-01T00:59:00Z")), entry);
    assert.is(await cache.lookup("k1", "PT1H", new Date("2024-01-01T01:01:00Z")), undefined);
    assert.equal(await cache.lookup("k1", undefined, new Date("2030-01-01T00:00:00Z")), entry);
    assert.is(await cache.lookup("k2", undefined, new Date()), undefined);
  }));

t.run();
