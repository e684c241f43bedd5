import { MinHeap } from "./min-heap.ts";

/**
 * Orders nodes so that every edge goes forward, taking the earliest-declared ready node
 * first (so a pipeline declared in dependency order keeps its order). Nodes on a cycle are
 * appended in declaration order; the compiler reports the cycle. O((nodes + edges) log nodes).
 */
export function stableTopologicalOrder<T>(nodes: readonly T[], edges: readonly { from: T; to: T }[]): T[] {
  const index = new Map(nodes.map((n, i) => [n, i]));
  const incoming = nodes.map(() => 0);
  const outgoing = nodes.map((): number[] => []);
  for (const e of edges) {
    const from = index.get(e.from);
    const to = index.get(e.to);
    if (from === undefined || to === undefined || from === to) continue;
    outgoing[from]!.push(to);
    incoming[to]! += 1;
  }
  const ready = new MinHeap();
  incoming.forEach((count, i) => count === 0 && ready.push(i));
  const placed = nodes.map(() => false);
  const out: T[] = [];
  for (let i = ready.pop(); i !== undefined; i = ready.pop()) {
    out.push(nodes[i]!);
    placed[i] = true;
    for (const m of outgoing[i]!) if (--incoming[m]! === 0) ready.push(m);
  }
  if (out.length < nodes.length) out.push(...nodes.filter((_, i) => !placed[i]));
  return out;
}
