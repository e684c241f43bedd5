// Codes of mistakes found in the TypeScript source (check) or while evaluating it (build).
// Part of the one table of diagnostic codes (./index.ts); docs/diagnostics.md is checked against it.
import type { CodeInfo } from "./code-info.ts";

export const SOURCE_CODES = [
  // Entry and selection
  { code: "SP000", severity: "error", phases: ["check"], title: "the entry file cannot be read", fix: "give the path of a TypeScript file that declares a `@Pipeline` class." },
  { code: "SP001", severity: "error", phases: ["check"], title: "no `@Pipeline` class", fix: 'decorate the class with `@Pipeline({ name: "MyPipeline" })` and export it.' },
  { code: "SP002", severity: "error", phases: ["build"], title: "the pipeline class is not exported", fix: "`export class P`." },
  { code: "SP003", severity: "error", phases: ["build"], title: "`--pipeline` names no pipeline of the entry", fix: "give a pipeline's name or class name, or leave the option out." },
  { code: "SP004", severity: "error", phases: ["check"], title: "source nested too deep to read", fix: "flatten it: `not(not(x))` is `x`; `or(...)` and a condition's list take any number of conditions at once; `join(separator, [...])` a list instead of chaining `+`." },
  // The project's set-up (found before the type check; the tsconfig's by it)
  { code: "SP010", severity: "error", phases: ["check"], title: "the project's package.json does not say `\"type\": \"module\"`", fix: 'add `"type": "module"` to the package.json the message names (`npm pkg set type=module`).' },
  { code: "SP011", severity: "error", phases: ["check"], title: "`@sagepipe/core` is not installed", fix: "run `npm install @sagepipe/core` in the project's folder." },
  { code: "SP012", severity: "error", phases: ["check"], title: "two copies of `@sagepipe/core`", fix: "keep one copy: give `@sagepipe/core`, `@sagepipe/compiler` and `sagepipe` the same version and reinstall (`npm install`, then `npm dedupe`), or remove the nested `node_modules/@sagepipe/core`." },
  { code: "SP013", severity: "error", phases: ["check"], title: "the tsconfig.json cannot be used", fix: "correct the tsconfig.json as the message says; it is JSON with comments, and every file it extends must exist." },
  { code: "SP014", severity: "error", phases: ["check"], title: "a tsconfig.json `module` setting that cannot load the pipeline", fix: 'set `"module": "nodenext"` (with a bundler: `"module": "preserve"` and `"moduleResolution": "bundler"`).' },
  { code: "SP015", severity: "error", phases: ["check"], title: "TypeScript before 5.0 without `experimentalDecorators`", fix: 'add `"experimentalDecorators": true` to `compilerOptions`, or install TypeScript 5 or later.' },
  // The pipeline class's shape (read from the source before any of the user's code runs)
  { code: "SP020", severity: "error", phases: ["check"], title: "a step method with parameters", fix: "remove the parameters; read values from fields of the class (pipeline parameters) or module constants." },
  { code: "SP021", severity: "error", phases: ["check"], title: "an async or generator step method", fix: "remove `async` (or `*`) and return the step directly." },
  { code: "SP022", severity: "error", phases: ["check"], title: "a static step method", fix: "remove `static`: steps belong to the instance." },
  { code: "SP023", severity: "error", phases: ["check"], title: "a step decorator on a getter, setter or field", fix: "write it as a method, `a() { return ... }`." },
  { code: "SP024", severity: "error", phases: ["check"], title: "a constructor with parameters", fix: "no constructor parameters; declare pipeline parameters (`param.string(...)`) or module constants." },
  { code: "SP025", severity: "error", phases: ["check"], title: "a step method that returns another step's step", fix: "return a new step from a helper; to run after `a()`, use its outputs or `dependsOn: (self) => [self.a]`." },
  { code: "SP026", severity: "error", phases: ["check"], title: "two pipelines with one name", fix: "give each its own name." },
  { code: "SP027", severity: "error", phases: ["check"], title: "a step of another pipeline class", fix: "declare the step in this class (or a base class both extend), or pass what the other pipeline produced as a parameter." },
  { code: "SP028", severity: "error", phases: ["check"], title: "`@Pipeline` or a step decorator without `()`", fix: '`@Processing()`; `@Pipeline({ name: "MyPipeline" })`.' },
  { code: "SP029", severity: "error", phases: ["check"], title: "`dependsOn` that is not a function", fix: "`dependsOn: (self) => [self.prepare]` (the message matches each string to the step method it names)." },
  { code: "SP030", severity: "error", phases: ["check"], title: "an execution variable that does not exist", fix: "`ExecutionVariables.PipelineExecutionId`; the message lists the eight." },
  { code: "SP031", severity: "error", phases: ["check"], title: "a template tag called as a function", fix: "use it as a tag: `` s3`s3://${bucket}/out` ``." },
  { code: "SP032", severity: "warning", phases: ["check"], title: "files that import each other", fix: "move what both need into a third file, or make one import `import type`." },
  // The step graph
  { code: "SP101", severity: "error", phases: ["check"], title: "steps form a cycle", fix: "remove one of the references (or the `dependsOn` entry)." },
  { code: "SP102", severity: "error", phases: ["check"], title: "two steps with one name", fix: "give each step a unique `name`." },
  { code: "SP103", severity: "error", phases: ["check"], title: "a step in more than one condition branch", fix: "a step sits in one branch only; write a second step method for the other branch." },
  { code: "SP104", severity: "error", phases: ["check"], title: "a step outside a branch uses a step inside one", fix: "put `b()` in the same branch as `a()`, or stop using `a()` there." },
  { code: "SP105", severity: "warning", phases: ["check"], title: "a step on no path with any other step", fix: "use the other step's outputs or add `dependsOn`; otherwise ignore it." },
  { code: "SP106", severity: "error", phases: ["check"], title: "`dependsOn` or a branch names a method that is not a step", fix: "decorate the method with a step decorator, or list a step method." },
  // References the compiler cannot follow
  { code: "SP201", severity: "error", phases: ["check"], title: "a member picked by a computed name", fix: "call the step by name (`this.process()`); to choose between steps, write both calls in an `if`/`else`." },
  { code: "SP202", severity: "error", phases: ["check"], title: "a step method taken without calling it", fix: "call it where you use it: `this.a()`." },
  { code: "SP203", severity: "error", phases: ["check"], title: "`this` passed away or stored", fix: "use `this.<step>()` inside the step method, or pass the step's outputs (`this.process().outputs.train`) instead of `this`." },
  // Pipeline variables turned into text
  { code: "SP301", severity: "error", phases: ["check"], title: "in an untagged template literal", fix: "tag it: `` s3`s3://${this.bucket}/data` `` (or `str`), which builds a `Std:Join` evaluated at run time." },
  { code: "SP302", severity: "error", phases: ["check"], title: "`+` or `+=` with a pipeline variable", fix: '`` s3`${this.prefix}/train` `` or `join("/", [this.prefix, "train"])`.' },
  { code: "SP303", severity: "error", phases: ["check"], title: "`String(x)` or `x.toString()`", fix: 'build the text at run time with `` str`${this.count}` `` or `join("", [this.count])`; where a field takes the variable\'s own type, pass the variable itself.' },
  { code: "SP304", severity: "error", phases: ["check"], title: "`JSON.stringify` of a pipeline variable", fix: "pass the variable itself, or build the text with a tagged template or `join`." },
  // Property files
  { code: "SP401", severity: "error", phases: ["check"], title: "`jsonGet` of a property file the step does not declare", fix: "declare it in the step's `run({ propertyFiles: { Name: { output, path } } })`, or read one it declares. (TypeScript reports this too; the check covers code it cannot type.)" },
  { code: "SP402", severity: "error", phases: ["check"], title: "a property file in an output the step does not have", fix: "name one of the step's outputs, or add the output." },
  { code: "SP403", severity: "error", phases: ["check"], title: "a step output the step does not declare", fix: "use one of the declared outputs, or declare the one you read." },
  // Names SageMaker rejects
  { code: "SP501", severity: "error", phases: ["check"], title: "pipeline name", fix: "rename it, e.g. hyphens for spaces and underscores." },
  { code: "SP502", severity: "error", phases: ["check"], title: "step name", fix: "a shorter name without other characters, with the decorator's `name` option." },
  { code: "SP503", severity: "error", phases: ["check"], title: "parameter name", fix: "rename the parameter." },
  { code: "SP504", severity: "error", phases: ["check"], title: "two parameters with one name", fix: "give each parameter its own name." },
  // Limits SageMaker enforces only at submit or run time
  { code: "SP601", severity: "error", phases: ["check", "validate"], title: "more than 10 processing inputs", fix: "put the inputs under one S3 prefix, or split the work into two processing steps." },
  { code: "SP602", severity: "error", phases: ["check", "validate"], title: "a job argument over 256 characters", fix: "put the long value in a file that a processing input downloads and pass its path; environment values have the same limit." },
  { code: "SP603", severity: "warning", phases: ["build"], title: "a definition over 1 MB", fix: "nothing to change: `sagepipe deploy` uploads a larger definition to S3 and passes `PipelineDefinitionS3Location` instead." },
  { code: "SP604", severity: "error", phases: ["build"], title: "`maxParallelExecutionSteps` below 1", fix: "give the number of steps that may run at once (at least 1), or leave the option out for no limit." },
  // Parameters
  { code: "SP701", severity: "warning", phases: ["check"], title: "a parameter no step uses", fix: "use it in a step, or remove the field." },
  // Evaluation
  { code: "SP801", severity: "error", phases: ["build"], title: "evaluating the pipeline failed", fix: "as the message says; run with `SAGEPIPE_DEBUG=1` to see the whole stack." },
  { code: "SP802", severity: "error", phases: ["build"], title: "evaluation saw a dependency the source does not show", fix: "write the reference inside the class: call `this.a()` in `b()` (or in a method of the class it calls)." },
  { code: "SP803", severity: "warning", phases: ["build"], title: "a step is called but none of its outputs is used", fix: "to make `b()` wait for `a()` without using its data, add `dependsOn: (self) => [self.a]`." },
] as const satisfies readonly CodeInfo[];
