import { suite } from "uvu";
import * as assert from "uvu/assert";
import { closestName, editDistance } from "./closest-name.ts";

const t = suite("closestName");

t("measures edits, with case changes cheaper", () => {
  assert.is(editDistance("RoleArn", "RoleArn"), 0);
  assert.is(editDistance("RoleARN", "RoleArn"), 1);
  assert.is(editDistance("Procesing", "Processing"), 1);
});

t("suggests near misses only", () => {
  assert.is(closestName("InstanceCnt", ["InstanceCount", "InstanceType"]), "InstanceCount");
  assert.is(closestName("Metdata", ["Metadata", "Steps"]), "Metadata");
  assert.is(closestName("Bogus", ["Arguments", "Name", "Type"]), undefined);
  assert.is(closestName("x", []), undefined);
});

t.run();
