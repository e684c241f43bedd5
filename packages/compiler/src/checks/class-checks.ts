import { EXECUTION_VARIABLE_NAMES } from "@sagepipe/expressions";
import { diagnostic, type Diagnostic, type DiagnosticCode } from "../diagnostics/diagnostic.ts";
import type { ShapeFact } from "../extract/facts.ts";
import { executionVariableLike } from "../extract/class-shape.ts";
import { closestName } from "@sagepipe/validate";
import { stepName, type CheckInput } from "./check.ts";

type Rule = { code: DiagnosticCode; message: (f: ShapeFact) => string; fix: (f: ShapeFact) => string };

const RULES: Record<ShapeFact["kind"], Rule> = {
  "step-parameters": {
    code: "SP020",
    message: (f) => `${f.member}(${f.text}): a step method takes no parameters; the compiler calls it with none, so \`${f.text}\` would be undefined.`,
    fix: () => "Remove the parameters. Read values from fields of the class (a parameter: `x = param.string(\"X\", ...)`) or from module constants.",
  },
  "step-async": {
    code: "SP021",
    message: (f) => `${f.member}(): a step method cannot be async or a generator; it must return the step itself, not a Promise or an iterator.`,
    fix: () => "Remove `async` (or `*`) and return the step directly. Work that must wait belongs in the job the step runs.",
  },
  "step-static": {
    code: "SP022",
    message: (f) => `${f.member}(): a step method cannot be static; steps belong to the pipeline instance the compiler creates.`,
    fix: () => "Remove `static`.",
  },
  "step-accessor": {
    code: "SP023",
    message: (f) => `${f.member}: a step decorator is on ${f.text}; only methods can be steps.`,
    fix: (f) => `Write it as a method: ${f.member}() { return ... }.`,
  },
  "constructor-parameters": {
    code: "SP024",
    message: (f) => `The pipeline class's constructor takes parameters (${f.text}); the compiler creates the class with \`new\` and no arguments, so they would be undefined.`,
    fix: () => "Remove the constructor's parameters: declare values as pipeline parameters (param.string(...), ...) or module constants.",
  },
  "returns-step": {
    code: "SP025",
    message: (f) => `${f.member}() returns the step of ${f.text}(); each step method must return a step of its own, so this step would be ${f.text}() twice.`,
    fix: (f) => `Return a new step from a helper (e.g. processor(...).run(...)); to run after ${f.text}(), use its outputs or add dependsOn: (self) => [self.${f.text}].`,
  },
  "decorator-not-called": {
    code: "SP028",
    message: (f) => `@${f.text} is used without parentheses; it is a decorator factory and must be called.`,
    fix: (f) => (f.text === "Pipeline" ? `Write @Pipeline({ name: "MyPipeline" }).` : `Write @${f.text}() (options go inside: @${f.text}({ name: "MyStep" })).`),
  },
  "depends-on-not-function": {
    code: "SP029",
    message: (f) => `${f.member}(): dependsOn lists ${f.text}; it must be a function of the pipeline instance that returns its step methods (names as strings are not followed).`,
    fix: () => "Write dependsOn: (self) => [self.<step method>], listing the step methods.",
  },
  "unknown-execution-variable": {
    code: "SP030",
    message: (f) => `ExecutionVariables.${f.text} is not an execution variable (it would be undefined); they are ${EXECUTION_VARIABLE_NAMES.join(", ")}.`,
    fix: (f) => {
      const near = executionVariableLike(f.text ?? "");
      return near ? `Write ExecutionVariables.${near}.` : "Use one of the execution variables listed.";
    },
  },
  "tag-called": {
    code: "SP031",
    message: (f) => `${f.text}(...) calls a template tag as a function; it builds nothing useful from a plain string.`,
    fix: (f) => `Use it as a tag, with no parentheses: ${f.text}\`s3://\${bucket}/data\`; or a plain string if nothing in it is a pipeline variable.`,
  },
  "foreign-pipeline": {
    code: "SP027",
    message: (f) => `${f.member}: uses a step of another pipeline class, ${f.text}; a pipeline can only run and refer to its own steps.`,
    fix: (f) => `Declare the step in this class (or in a base class both extend), or read what ${f.text} produced through a parameter (its S3 URI).`,
  },
};

/** `dependsOn: ["Prepare"]` -> `(self) => [self.prepare]`, each string matched to a step by name or method. */
function dependsOnFix(f: ShapeFact, steps: CheckInput["pipeline"]["steps"]): string {
  const listed = (f.text ?? "").split(", ").map((n) => steps.find((s) => stepName(s) === n || s.method === n)?.method);
  if (!listed.length || listed.some((m) => m === undefined)) return RULES["depends-on-not-function"].fix(f);
  return `Write dependsOn: (self) => [${listed.map((m) => `self.${m}`).join(", ")}].`;
}

/** SP020-SP031: the shape of the pipeline class itself. */
export function checkClassShape({ pipeline }: CheckInput): Diagnostic[] {
  return pipeline.shape.map((f) => {
    const rule = RULES[f.kind];
    const fix = f.kind === "depends-on-not-function" ? dependsOnFix(f, pipeline.steps) : rule.fix(f);
    return diagnostic(rule.code, "error", f.span, rule.message(f), fix);
  });
}

/** SP403: `this.prep().outputs.trian` where prep() declares its outputs as a literal without `trian`. */
export function checkUndeclaredOutputs({ pipeline }: CheckInput): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const r of pipeline.references) {
    const [holder, name] = r.member ?? [];
    if (holder !== "outputs" || name === undefined || !r.memberSpans?.[1]) continue;
    const step = pipeline.steps.find((s) => s.method === r.to);
    if (!step?.outputs || step.outputsOpen || step.outputs.some((o) => o.value === name)) continue;
    const declared = step.outputs.map((o) => `'${o.value}'`).join(", ") || "none";
    const near = closestName(name, step.outputs.map((o) => o.value));
    out.push(diagnostic("SP403", "error", r.memberSpans[1], `${r.to}() has no output '${name}'${near ? ` (did you mean '${near}'?)` : ""}; its outputs are ${declared}.`, step.outputs.length ? `Use one of ${declared}, or declare '${name}' in ${r.to}()'s outputs.` : `Declare '${name}' in ${r.to}()'s run({ outputs: { ${name}: "/opt/ml/processing/${name}" } }).`, [{ span: step.outputs[0]?.span ?? step.span, message: `${r.to}() declares its outputs here` }]));
  }
  return out;
}
