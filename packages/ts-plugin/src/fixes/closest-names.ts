import { EXECUTION_VARIABLE_NAMES } from "@sagepipe/expressions";
import { closestName } from "@sagepipe/validate";
import type { ts } from "ts-morph";
import { nodeAt, replace, samePlace, type Fix, type FixContext } from "./fix.ts";

/** Replaces the name at the diagnostic by `name` (keeping the quotes of a string literal). */
function rename(ctx: FixContext, name: string, what: string): Fix | undefined {
  const { api, sf } = ctx;
  const node = nodeAt(ctx, (n): n is ts.Identifier | ts.StringLiteral => api.isIdentifier(n) || api.isStringLiteral(n) || api.isPrivateIdentifier(n));
  if (!node) return undefined;
  const text = api.isStringLiteral(node) ? `${node.getText(sf)[0]}${name}${node.getText(sf)[0]}` : name;
  return { name: "sagepipeClosestName", description: `Change to ${what} '${name}'`, changes: [replace(node, sf, text)] };
}

/** SP403: `.outputs.trian` -> the closest output the step declares. */
export function closestOutput(ctx: FixContext): Fix | undefined {
  for (const p of ctx.check.facts.pipelines) {
    const r = p.references.find((x) => x.memberSpans?.[1] && samePlace(x.memberSpans[1], ctx.diagnostic.span));
    const outputs = r && p.steps.find((s) => s.method === r.to)?.outputs;
    const near = r && outputs && closestName(r.member![1]!, outputs.map((o) => o.value));
    if (near) return rename(ctx, near, "output");
  }
  return undefined;
}

/** SP401: `jsonGet(this.evaluate().propertyFiles.Evaluatoin, ...)` -> the closest property file the step declares. */
export function closestPropertyFile(ctx: FixContext): Fix | undefined {
  for (const p of ctx.check.facts.pipelines) {
    const j = p.jsonGets.find((x) => samePlace(x.span, ctx.diagnostic.span));
    const files = j && p.steps.find((s) => s.method === j.step)?.propertyFiles;
    const near = j && files && closestName(j.propertyFile, files.map((f) => f.name.value));
    if (near) return rename(ctx, near, "property file");
  }
  return undefined;
}

/** SP402: a property file's `output: "evalution"` -> the closest output of its step. */
export function closestPropertyFileOutput(ctx: FixContext): Fix | undefined {
  for (const p of ctx.check.facts.pipelines) {
    for (const s of p.steps) {
      const f = s.propertyFiles?.find((x) => x.output && samePlace(x.output.span, ctx.diagnostic.span));
      const near = f && s.outputs && closestName(f.output!.value, s.outputs.map((o) => o.value));
      if (near) return rename(ctx, near, "output");
    }
  }
  return undefined;
}

/** SP030: `ExecutionVariables.PipelineExecutionID` -> the execution variable it means. */
export function closestExecutionVariable(ctx: FixContext): Fix | undefined {
  const node = nodeAt(ctx, ctx.api.isIdentifier);
  const near = node && closestName(node.text, EXECUTION_VARIABLE_NAMES);
  return near ? rename(ctx, near, "ExecutionVariables.") : undefined;
}
