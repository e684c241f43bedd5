import { readFileSync } from "node:fs";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { clarifyImageUri, modelMonitorImageUri } from "./check-images.ts";
import { ecrDomain } from "./ecr-domain.ts";

// Cross-checks the images of check steps against the SDK's own tables in ../shared/image-uris.
const SHARED = new URL("../../../../../shared/image-uris/", import.meta.url).pathname;
const t = suite("check step images");

interface Version { registries: Record<string, string>; repository: string }
const read = (file: string) => JSON.parse(readFileSync(SHARED + file, "utf8")) as Record<string, unknown>;

t("Clarify: every region agrees with clarify.json (version 1.0)", () => {
  const table = read("clarify.json") as { processing: { versions: Record<string, Version> } };
  assert.equal(Object.keys(table.processing.versions), ["1.0"]);
  const v = table.processing.versions["1.0"]!;
  for (const [region, account] of Object.entries(v.registries)) {
    assert.is(clarifyImageUri(region), `${account}.dkr.ecr.${region}.${ecrDomain(region)}/${v.repository}:1.0`);
  }
  assert.ok(Object.keys(v.registries).length > 20);
});

t("Model Monitor: every region agrees with model-monitor.json", () => {
  const table = read("model-monitor.json") as { versions: Record<string, Version> };
  const v = table.versions[""]!;
  for (const [region, account] of Object.entries(v.registries)) {
    assert.is(modelMonitorImageUri(region), `${account}.dkr.ecr.${region}.${ecrDomain(region)}/${v.repository}`);
  }
});

t("the goldens' images, and a region without the image", () => {
  assert.is(clarifyImageUri("us-east-1"), "205585389593.dkr.ecr.us-east-1.amazonaws.com/sagemaker-clarify-processing:1.0");
  assert.is(modelMonitorImageUri("us-east-1"), "156813124566.dkr.ecr.us-east-1.amazonaws.com/sagemaker-model-monitor-analyzer");
  assert.throws(() => clarifyImageUri("ca-west-1"), /SageMaker Clarify image is not published in region 'ca-west-1'/);
});

t.run();
