// validateDefinition takes any JSON: random values and random damage to real definitions
// yield issues, never an exception, and every issue is well formed.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { validateDefinition } from "./index.ts";
import { isObject } from "./json-pointer.ts";

const GOLDENS = new URL("../../../../shared/conformance/goldens/", import.meta.url);
const goldens = readdirSync(GOLDENS)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => readFileSync(new URL(f, GOLDENS), "utf8"));

const t = suite("validateDefinition never throws");

function assertWellFormed(definition: unknown): void {
  const issues = validateDefinition(definition);
  assert.ok(Array.isArray(issues));
  for (const i of issues) {
    assert.ok(i.pointer === "" || i.pointer.startsWith("/"), i.pointer);
    assert.ok(i.code.length > 0 && i.message.length > 0);
  }
}

/** Every container (object or array) inside `value`, with its parent-relative keys. */
function containers(value: unknown, out: (Record<string, unknown> | unknown[])[] = []): (Record<string, unknown> | unknown[])[] {
  if (Array.isArray(value) || isObject(value)) {
    out.push(value);
    for (const child of Object.values(value)) containers(child, out);
  }
  return out;
}

t("on arbitrary JSON values", () => {
  fc.assert(fc.property(fc.jsonValue(), (value) => assertWellFormed(value)), { numRuns: 300 });
});

t("on goldens with a random key deleted or value replaced", () => {
  const damage = fc.record({
    golden: fc.nat({ max: goldens.length - 1 }),
    at: fc.nat(),
    key: fc.nat(),
    replacement: fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 })),
  });
  fc.assert(
    fc.property(damage, ({ golden, at, key, replacement }) => {
      const definition: unknown = JSON.parse(goldens[golden] ?? "{}");
      const all = containers(definition);
      const target = all[at % all.length];
      if (target !== undefined) {
        const keys = Object.keys(target);
        const name = keys[key % Math.max(keys.length, 1)];
        if (name !== undefined) {
          if (replacement === undefined && !Array.isArray(target)) delete (target as Record<string, unknown>)[name];
          else (target as Record<string, unknown>)[name] = replacement ?? null;
        }
      }
      assertWellFormed(definition);
    }),
    { numRuns: 300 },
  );
});

t.run();
