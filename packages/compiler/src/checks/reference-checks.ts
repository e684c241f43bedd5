import { diagnostic, type Diagnostic, type DiagnosticCode } from "../diagnostics/diagnostic.ts";
import type { ProblemFact } from "../extract/facts.ts";
import type { CheckInput } from "./check.ts";

const TAG = "the tagged template s3`...${x}...` (or str`...`) or join(separator, [...])";

const RULES: Record<ProblemFact["kind"], { code: DiagnosticCode; message: (p: ProblemFact) => string; fix: (p: ProblemFact) => string }> = {
  "dynamic-access": {
    code: "SP201",
    message: (p) => `${p.method}(): \`${p.text}\` picks a member by a computed name; the compiler cannot tell which step it refers to.`,
    fix: () => "Call the step method by name, e.g. this.process(); to choose between steps, write both calls in an if/else.",
  },
  "method-alias": {
    code: "SP202",
    message: (p) => `${p.method}(): \`${p.text}\` takes a step method without calling it; the compiler cannot follow a method held in a variable.`,
    fix: (p) => `Call it where you use it: ${p.text}().`,
  },
  "this-escape": {
    code: "SP203",
    message: (p) => `${p.method}(): \`this\` is passed away or stored here, so references made through it cannot be analysed.`,
    fix: () => "Use this.<step>() directly inside the step method, or pass the step's outputs (this.process().outputs.x) instead of `this`.",
  },
  "untagged-template": {
    code: "SP301",
    message: (p) => `${p.method}(): a pipeline variable inside an untagged template literal \`${p.text}\` would become text at build time.`,
    fix: () => `Tag the template: s3\`...\` or str\`...\`, which builds a Std:Join evaluated at run time (${TAG}).`,
  },
  "string-concat": {
    code: "SP302",
    message: (p) => `${p.method}(): \`+\` with a pipeline variable (\`${p.text}\`) cannot build a string at build time.`,
    fix: () => `Use ${TAG}.`,
  },
  "string-call": {
    code: "SP303",
    message: (p) => `${p.method}(): \`${p.text}\` turns a pipeline variable into a string; it has no value until the pipeline runs.`,
    fix: () => `Pass the variable itself where a value is accepted, or build text with ${TAG}.`,
  },
  "json-stringify": {
    code: "SP304",
    message: (p) => `${p.method}(): \`${p.text}\` serialises a pipeline variable at build time.`,
    fix: () => `Pass the variable itself, or build text with ${TAG}.`,
  },
};

/** SP201-SP203 (references the compiler cannot follow) and SP301-SP304 (pipeline variables turned into text). */
export function checkProblems({ pipeline }: CheckInput): Diagnostic[] {
  return pipeline.problems.map((p) => {
    const rule = RULES[p.kind];
    return diagnostic(rule.code, "error", p.span, rule.message(p), rule.fix(p));
  });
}
