// Sorts issues in the order their pointers appear in the document.
import { childPointer, isObject } from "./json-pointer.ts";
import type { ValidationIssue } from "./validation-issue.ts";

/** Position of every pointer of `value` in a depth-first walk. */
function pointerOrder(value: unknown): Map<string, number> {
  const order = new Map<string, number>();
  const visit = (node: unknown, pointer: string) => {
    order.set(pointer, order.size);
    if (Array.isArray(node)) node.forEach((item, index) => visit(item, childPointer(pointer, index)));
    else if (isObject(node)) for (const [key, child] of Object.entries(node)) visit(child, childPointer(pointer, key));
  };
  visit(value, "");
  return order;
}

/** Issues sorted by where they point (a missing key sorts with its parent); stable otherwise. */
export function sortByDocumentOrder(issues: readonly ValidationIssue[], definition: unknown): ValidationIssue[] {
  if (issues.length < 2) return [...issues];
  const order = pointerOrder(definition);
  const rank = (pointer: string): number => {
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf("/"))) {
      const found = order.get(p);
      if (found !== undefined) return found + (p === pointer ? 0 : 0.5);
      if (p === "") return 0;
    }
  };
  return issues
    .map((issue, index) => ({ issue, index, rank: rank(issue.pointer) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.issue);
}
