// The watch's idle-time collection of the young generation (idle-gc.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { getHeapSpaceStatistics } from "node:v8";
import { collectYoungGeneration } from "./idle-gc.ts";

const youngUsed = () => getHeapSpaceStatistics().find((s) => s.space_name === "new_space")!.space_used_size;

test("empties the young generation, and can be called again", () => {
  collectYoungGeneration();
  const start = youngUsed();
  let keep: unknown[] = [];
  for (let i = 0; i < 10_000; i++) keep.push({ i, text: `garbage ${i}` });
  keep = [];
  const garbage = youngUsed() - start;
  assert.ok(garbage > 300_000, `the garbage is in the young generation (${garbage} bytes)`);
  collectYoungGeneration();
  const left = youngUsed() - start;
  assert.ok(left < garbage / 4, `${left} of ${garbage} bytes of garbage left in the young generation`);
  collectYoungGeneration();
  assert.equal(keep.length, 0);
});

test("gives this context no global gc", () => {
  collectYoungGeneration();
  assert.is((globalThis as { gc?: unknown }).gc, undefined);
});

test.run();
