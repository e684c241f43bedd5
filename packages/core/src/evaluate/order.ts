/**
 * Orders nodes so that every edge goes forward, taking the earliest-declared ready node
 * first (so a pipeline declared in dependency order keeps its order). Nodes on a cycle are
 * appended in declaration order; the compiler reports the cycle.
 */
export function stableTopologicalOrder<T>(nodes: readonly T[], edges: readonly { from: T; to: T }[]): T[] {
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
