import type { SourceSpan } from "../diagnostics/diagnostic.ts";

/** A literal option value found in a decorator, with where it is. */
export interface LiteralFact<T = string> {
  readonly value: T;
  readonly span: SourceSpan;
}

/** A parameter field: `inputData = param.string("InputData", ...)`. */
export interface ParameterFact {
  readonly field: string;
  /** The parameter's name, when written as a literal. */
  readonly name?: LiteralFact;
  readonly type: "String" | "Integer" | "Float" | "Boolean";
  readonly span: SourceSpan;
}

/** How one step method refers to another. */
export type ReferenceKind = "call" | "branch" | "dependsOn";

/** `this.process()` inside `train()`, or a branch/depends-on entry. */
export interface ReferenceFact {
  /** The step method (or helper method) where the reference is written. */
  readonly from: string;
  /** The referenced method. */
  readonly to: string;
  readonly kind: ReferenceKind;
  readonly span: SourceSpan;
  /** Which list of a condition the step is in (kind "branch"). */
  readonly branch?: "if" | "else";
  /** For `this.process().outputs.train`: ["outputs", "train"]. */
  readonly member?: readonly string[];
  /** Where each name of `member` is written. */
  readonly memberSpans?: readonly SourceSpan[];
}

/** A step method with its decorator. */
export interface StepFact {
  readonly method: string;
  /** Decorator name without `@`: Processing, Training, ... */
  readonly decorator: string;
  readonly span: SourceSpan;
  /** The `name` option, when a literal. */
  readonly name?: LiteralFact;
  /** Class that declares it (a base class, for inherited steps). */
  readonly declaredIn: string;
  /** Output names declared with a literal `outputs: { ... }` in the method (processing). */
  readonly outputs?: readonly LiteralFact[];
  /** The `outputs` literal has members whose names are not written out (spreads, computed names). */
  readonly outputsOpen?: boolean;
  /** Property files declared in the method: name and output. */
  readonly propertyFiles?: readonly { readonly name: LiteralFact; readonly output?: LiteralFact }[];
  /** Count of literal processing inputs, and literal job arguments. */
  readonly inputCount?: LiteralFact<number>;
  readonly jobArguments?: readonly LiteralFact[];
  /** The run has a `code` option: the script is one more processing input. */
  readonly hasCode?: boolean;
}

/** A method without a step decorator (helpers such as `xgbModel()`). */
export interface HelperFact {
  readonly method: string;
  readonly span: SourceSpan;
}

/** A place the compiler cannot follow, or a pipeline variable turned into text. */
export interface ProblemFact {
  readonly kind:
    | "dynamic-access" | "method-alias" | "this-escape"
    | "untagged-template" | "string-concat" | "string-call" | "json-stringify";
  readonly method: string;
  readonly span: SourceSpan;
  /** The expression as written (for messages). */
  readonly text: string;
}

/** A mistake in the shape of the pipeline class itself (see class-shape.ts). */
export interface ShapeFact {
  readonly kind:
    | "step-parameters" | "step-async" | "step-static" | "step-accessor" | "constructor-parameters" | "returns-step"
    | "decorator-not-called" | "depends-on-not-function" | "unknown-execution-variable" | "tag-called" | "foreign-pipeline";
  /** The member of the class it is in ("constructor" for the constructor, the class name for the class's decorator). */
  readonly member: string;
  readonly span: SourceSpan;
  /** What the message names: the parameters, the decorator, the listed strings, the variable, the tag, the other class. */
  readonly text?: string;
}

/** A cycle of relative imports: `files` in import order, `span` the import that closes it. */
export interface ImportCycleFact {
  readonly files: readonly string[];
  readonly span: SourceSpan;
}

/** `jsonGet(this.evaluate().propertyFiles.X, ...)`. */
export interface JsonGetFact {
  readonly method: string;
  readonly step: string;
  readonly propertyFile: string;
  readonly span: SourceSpan;
}

/** One `@Pipeline` class and what it holds. */
export interface PipelineFact {
  readonly className: string;
  readonly file: string;
  readonly span: SourceSpan;
  readonly exported: boolean;
  readonly name?: LiteralFact;
  readonly parameters: readonly ParameterFact[];
  readonly steps: readonly StepFact[];
  readonly helpers: readonly HelperFact[];
  readonly references: readonly ReferenceFact[];
  readonly problems: readonly ProblemFact[];
  readonly jsonGets: readonly JsonGetFact[];
  /** Every `this.<field>` use of a parameter field, by field. */
  readonly parameterUses: Readonly<Record<string, number>>;
  /** Mistakes in the shape of the class itself. */
  readonly shape: readonly ShapeFact[];
}

/** Everything extraction found in an entry and what it imports. */
export interface ProgramFacts {
  readonly entry: string;
  /** The entry and the files it imports by relative path: the user's own files. */
  readonly files: readonly string[];
  /** Imports of packages in those files (`"@sagepipe/core"`), where written. */
  readonly packageImports: readonly LiteralFact[];
  readonly pipelines: readonly PipelineFact[];
  /** Files whose brackets nest too deep to parse (their classes are not read). */
  readonly tooDeep?: readonly { readonly span: SourceSpan; readonly depth: number }[];
  /** Cycles of relative (value) imports among the files. */
  readonly importCycles: readonly ImportCycleFact[];
}
