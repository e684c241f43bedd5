import { readFileSync } from "node:fs";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { lookupImageUri, knownVersions } from "./image-uri.ts";
import { SPARK_ACCOUNTS, SPARK_VERSIONS } from "./spark-registry.ts";

// Cross-checks the compact Spark table against the SDK's own image table in ../shared/image-uris.
const SHARED = new URL("../../../../../shared/image-uris/", import.meta.url).pathname;
interface Table { processing: { versions: Record<string, { registries: Record<string, string>; repository: string }> } }
const table = JSON.parse(readFileSync(SHARED + "spark.json", "utf8")) as Table;
const t = suite("Spark processing images");

t("every version of the SDK's table is known, and no other", () => {
  assert.equal([...SPARK_VERSIONS].sort(), Object.keys(table.processing.versions).sort());
  assert.equal(knownVersions("spark"), SPARK_VERSIONS);
});

t("every version and region gives the SDK's account and repository", () => {
  let checked = 0;
  for (const [version, facts] of Object.entries(table.processing.versions)) {
    assert.equal(Object.keys(SPARK_ACCOUNTS).sort(), Object.keys(facts.registries).sort(), `regions of spark ${version}`);
    for (const [region, account] of Object.entries(facts.registries)) {
      const uri = lookupImageUri({ framework: "spark", version }, region);
      assert.ok(uri.startsWith(`${account}.dkr.ecr.${region}.`), uri);
      assert.ok(uri.endsWith(`/${facts.repository}:${version}-cpu`), uri);
      checked++;
    }
  }
  assert.ok(checked > 200);
});

t("the golden's image; py and container versions extend the tag", () => {
  assert.is(lookupImageUri({ framework: "spark", version: "3.3" }, "us-east-1"), "173754725891.dkr.ecr.us-east-1.amazonaws.com/sagemaker-spark-processing:3.3-cpu");
  assert.is(lookupImageUri({ framework: "spark", version: "3.5", pyVersion: "py39", containerVersion: "1.2" }, "cn-north-1"), "671472414489.dkr.ecr.cn-north-1.amazonaws.com.cn/sagemaker-spark-processing:3.5-cpu-py39-v1.2");
});

t("an unknown Spark version lists the known ones", () => {
  assert.throws(() => lookupImageUri({ framework: "spark", version: "9.9" }, "us-east-1"), /Known versions: 2\.4, 3\.0/);
});

t.run();
