import { suite } from "uvu";
import * as assert from "uvu/assert";
import { schedule, type Settled } from "./scheduler.ts";

function graphOf(edges: Record<string, string[]>): Map<string, Set<string>> {
  return new Map(Object.entries(edges).map(([k, v]) => [k, new Set(v)]));
}

const t = suite("schedule");

t("runs independent steps in parallel, never more than the limit at once", async () => {
  let running = 0;
  let most = 0;
  const order = ["A", "B", "C", "D", "E"];
  const result = await schedule({
    order,
    graph: graphOf({ A: [], B: [], C: [], D: [], E: ["A", "B", "C", "D"] }),
    settled: new Map(),
    limit: 2,
    needsSlot: () => true,
    decide: () => "run",
    skip: async () => {},
    run: async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 15));
      running -= 1;
      return "Succeeded";
    },
  });
  assert.is(most, 2);
  assert.equal([...result.values()], ["Succeeded", "Succeeded", "Succeeded", "Succeeded", "Succeeded"].map((s) => s as Settled));
});

t("settles dependants as the caller decides, and keeps going with independent steps", async () => {
  const ran: string[] = [];
  const skipped: string[] = [];
  const result = await schedule({
    order: ["A", "B", "C", "D"],
    graph: graphOf({ A: [], B: ["A"], C: ["B"], D: [] }),
    settled: new Map(),
    limit: 1,
    needsSlot: (n) => n !== "D",
    decide: (n, settled) => ([...graphOf({ A: [], B: ["A"], C: ["B"], D: [] }).get(n)!].some((d) => settled.get(d) !== "Succeeded") ? { settle: "NotRun", reason: "upstream" } : "run"),
    skip: async (n) => void skipped.push(n),
    run: async (n) => {
      ran.push(n);
      return n === "B" ? "Failed" : "Succeeded";
    },
  });
  assert.equal(ran.sort(), ["A", "B", "D"]);
  assert.equal(skipped, ["C"]);
  assert.is(result.get("C"), "NotRun");
});

t("does not rerun steps already settled (a resumed run)", async () => {
  const ran: string[] = [];
  await schedule({
    order: ["A", "B"],
    graph: graphOf({ A: [], B: ["A"] }),
    settled: new Map([["A", "Succeeded" as Settled]]),
    limit: 4,
    needsSlot: () => true,
    decide: () => "run",
    skip: async () => {},
    run: async (n) => (ran.push(n), "Succeeded"),
  });
  assert.equal(ran, ["B"]);
});

t("ready steps start in definition order; 20,000 side by side and 20,000 in a chain each settle once", async () => {
  const started: string[] = [];
  await schedule({
    order: ["C", "B", "A", "D"],
    graph: graphOf({ A: [], B: [], C: [], D: ["C"] }),
    settled: new Map(),
    limit: 1,
    needsSlot: () => true,
    decide: () => "run",
    skip: async () => {},
    run: async (n) => (started.push(n), "Succeeded"),
  });
  assert.equal(started, ["C", "B", "A", "D"]);
  for (const chained of [false, true]) {
    const order = Array.from({ length: 20_000 }, (_, i) => `S${i}`);
    const runs = new Map<string, number>();
    const result = await schedule({
      order,
      graph: new Map(order.map((n, i) => [n, new Set(chained && i > 0 ? [`S${i - 1}`] : [])])),
      settled: new Map(),
      limit: 4,
      needsSlot: (n) => n.endsWith("7"),
      decide: (n) => (n.endsWith("99") ? { settle: "Skipped", reason: "x" } : "run"),
      skip: async () => {},
      run: async (n) => (runs.set(n, (runs.get(n) ?? 0) + 1), "Succeeded"),
    });
    assert.is(result.size, 20_000);
    assert.is(runs.size, 20_000 - 200);
    assert.ok([...runs.values()].every((c) => c === 1));
  }
});

t.run();
