// What a definition may hold around its steps' arguments and sagepipe writes only when told:
// a non-empty Metadata (`@Pipeline({ metadata })`) and retry policies without BackoffRate or
// IntervalSeconds (`backoffRate: null`), imported and built back with no difference.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { assertClean, roundTrip } from "./round-trip.ts";

const processing = (name: string, retry: unknown[]) => ({
  Name: name,
  Type: "Processing",
  Arguments: {
    ProcessingResources: { ClusterConfig: { InstanceType: "ml.m5.xlarge", InstanceCount: 1, VolumeSizeInGB: 30 } },
    AppSpecification: { ImageUri: "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-image:latest" },
    RoleArn: "arn:aws:iam::123456789012:role/SageMakerRole",
  },
  RetryPolicies: retry,
});

const definition = {
  Version: "2020-12-01",
  Metadata: { owner: "team-a", tags: ["x", 1, true, null], nested: { a: { b: 1.5 } } },
  Parameters: [],
  PipelineExperimentConfig: null,
  Steps: [
    processing("NoBackoff", [{ ExceptionType: ["Step.THROTTLING"], IntervalSeconds: 5, MaxAttempts: 3 }]),
    processing("NeitherSetting", [{ ExceptionType: ["SageMaker.CAPACITY_ERROR"], ExpireAfterMin: 30 }, { ExceptionType: ["Step.SERVICE_FAULT"], BackoffRate: 2.0, IntervalSeconds: 1 }]),
  ],
};

const t = suite("sagepipe import: Metadata and retry policies as written");

t("a non-empty Metadata and retry policies without BackoffRate build back equal, nothing kept verbatim", async () => {
  const r = await roundTrip(JSON.stringify(definition, null, 2), "envelope.json");
  assertClean(r);
  assert.match(r.source, `metadata: { owner: "team-a", tags: ["x", 1, true, null], nested: { a: { b: 1.5 } } }`);
  assert.match(r.source, `retry: [{ exceptionTypes: ["Step.THROTTLING"], intervalSeconds: 5, backoffRate: null, maxAttempts: 3 }]`);
  assert.match(r.source, `{ exceptionTypes: ["SageMaker.CAPACITY_ERROR"], intervalSeconds: null, backoffRate: null, expireAfterMinutes: 30 }`);
});

t("a definition without Metadata imports with a warning naming the one difference the build shows", async () => {
  const { Metadata: _, ...withoutMetadata } = definition;
  const r = await roundTrip(JSON.stringify(withoutMetadata, null, 2), "bare.json");
  assert.ok(r.imported, r.imported ? "" : r.error);
  if (!r.imported) return;
  assert.equal(r.warnings, ["bare.json: the definition has no Metadata; sagepipe writes {} there, as the SDK does (the only difference the build will show)."]);
  assert.equal(r.unexpected.map((d) => d.pointer), ["/Metadata"]);
});

t.run();
