import fc from "fast-check";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { MinHeap } from "./min-heap.ts";
import { stableTopologicalOrder } from "./order.ts";

const t = suite("stableTopologicalOrder");

/** The straightforward version (sort the ready list at every step), as the reference. */
function reference<T>(nodes: readonly T[], edges: readonly { from: T; to: T }[]): T[] {
  const index = new Map(nodes.map((n, i) => [n, i]));
  const incoming = new Map<T, number>(nodes.map((n) => [n, 0]));
  const outgoing = new Map<T, T[]>(nodes.map((n) => [n, []]));
  for (const e of edges) {
    if (!index.has(e.from) || !index.has(e.to) || e.from === e.to) continue;
    outgoing.get(e.from)!.push(e.to);
    incoming.set(e.to, incoming.get(e.to)! + 1);
  }
  const ready = nodes.filter((n) => incoming.get(n) === 0);
  const out: T[] = [];
  while (ready.length) {
    ready.sort((a, b) => index.get(a)! - index.get(b)!);
    const n = ready.shift()!;
    out.push(n);
    for (const m of outgoing.get(n)!) {
      incoming.set(m, incoming.get(m)! - 1);
      if (incoming.get(m) === 0) ready.push(m);
    }
  }
  if (out.length < nodes.length) out.push(...nodes.filter((n) => !out.includes(n)));
  return out;
}

const graphs = fc.integer({ min: 0, max: 30 }).chain((n) =>
  fc.record({
    nodes: fc.constant(Array.from({ length: n }, (_, i) => `s${i}`)),
    edges: fc.array(fc.record({ from: fc.integer({ min: 0, max: n + 1 }), to: fc.integer({ min: 0, max: n + 1 }) }), { maxLength: 3 * n }),
  }),
);

t("gives the reference order for any graph, with cycles, self-loops and unknown nodes", () => {
  fc.assert(
    fc.property(graphs, ({ nodes, edges }) => {
      const named = edges.map((e) => ({ from: `s${e.from}`, to: `s${e.to}` }));
      assert.equal(stableTopologicalOrder(nodes, named), reference(nodes, named));
    }),
    { numRuns: 300 },
  );
});

t("keeps declaration order when it already respects the edges", () => {
  assert.equal(stableTopologicalOrder(["a", "b", "c"], [{ from: "a", to: "c" }]), ["a", "b", "c"]);
});

t("moves a node after what it depends on, and appends a cycle in declaration order", () => {
  assert.equal(stableTopologicalOrder(["use", "make"], [{ from: "make", to: "use" }]), ["make", "use"]);
  assert.equal(stableTopologicalOrder(["x", "a", "b"], [{ from: "a", to: "b" }, { from: "b", to: "a" }]), ["x", "a", "b"]);
});

t("a 20,000-step chain declared backwards comes out forwards", () => {
  const nodes = Array.from({ length: 20_000 }, (_, i) => 20_000 - i);
  const edges = nodes.slice(1).map((n) => ({ from: n, to: n + 1 }));
  const out = stableTopologicalOrder(nodes, edges);
  assert.is(out[0], 1);
  assert.is(out[19_999], 20_000);
});

t("MinHeap pops in ascending order", () => {
  fc.assert(
    fc.property(fc.array(fc.integer()), (values) => {
      const heap = new MinHeap();
      for (const v of values) heap.push(v);
      const popped: number[] = [];
      for (let v = heap.pop(); v !== undefined; v = heap.pop()) popped.push(v);
      assert.equal(popped, [...values].sort((a, b) => a - b));
      assert.is(heap.size, 0);
    }),
  );
});

t.run();
