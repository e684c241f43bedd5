// The bad-input corpus's harness: each case is a small malformed pipeline and the exact
// diagnostics (code, line, column) and the fix of each that the compiler must give for it.
import { buildPipelines, checkEntry, formatDiagnostics, type Diagnostic } from "@sagepipe/compiler";
import { FRAME_WIDTH } from "@sagepipe/validate";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { asExample, assertDocExample } from "../docs/doc-examples.ts";
import { tempProject, type TempProject } from "../support/temp-project.ts";

/**
 * Lines 1-3 of every fixture, so a case's line numbers count from there: the class usually
 * starts on line 4.
 */
export const HEAD = `import { Pipeline, Processing, Training, Condition, Fail, param, processor, estimator, condition, fail, jsonGet, join, s3, eq } from "@sagepipe/core";
const p = processor({ role: "arn:aws:iam::123456789012:role/R", image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 });
const e = estimator({ role: "arn:aws:iam::123456789012:role/R", image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1, outputPath: "s3://my-bucket/m" });
`;

/** One malformed pipeline. */
export interface BadInput {
  readonly name: string;
  /** The entry file's text (usually HEAD + a class). */
  readonly source: string;
  /** Every diagnostic, in the order reported: "SP101 5:57" (code line:col). */
  readonly expect: readonly string[];
  /** Text each diagnostic's fix must contain, in the order of `expect` (when `fixes` is not given). */
  readonly fix?: readonly string[];
  /** The fix of each diagnostic of `expect`, in its order: the text the user reads after `fix:`. */
  readonly fixes?: readonly string[];
  /** `check` runs extraction and checks only; `build` also evaluates. @default "check" */
  readonly via?: "check" | "build";
  /** More files beside the entry. */
  readonly files?: Readonly<Record<string, string>>;
  /** Build only these pipelines (`sagepipe build --pipeline`). @default all */
  readonly only?: readonly string[];
  /** Don't write the entry file (to test a missing entry). */
  readonly missingEntry?: boolean;
  /**
   * Type-check too. Most cases are deliberately wrong TypeScript (the checks exist for what
   * the type checker cannot see), so by default they test sagepipe's own checks alone.
   * @default false
   */
  readonly typecheck?: boolean;
}

const short = (d: Diagnostic) => `${d.code} ${d.span.line}:${d.span.col}`;

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

async function diagnosticsOf(c: BadInput, entry: string): Promise<readonly Diagnostic[]> {
  const typecheck = c.typecheck ?? false;
  return c.via === "build" ? (await buildPipelines(entry, { only: c.only ?? [], typecheck })).diagnostics : checkEntry(entry, { typecheck }).diagnostics;
}

/** Asserts what every diagnostic must have: a location in a file of the case, a message, a fix, a code frame. */
function assertWellFormed(d: Diagnostic, c: BadInput, project: TempProject, dir: string): void {
  assert.ok(d.span.file.startsWith(project.path(dir)), `${d.code} points into the case's folder, not ${d.span.file}`);
  assert.ok(d.span.line >= 1 && d.span.col >= 1 && d.span.length >= 1, `${d.code} has a real span`);
  assert.ok(d.message.length > 10, `${d.code} has a message`);
  assert.ok(d.fix.length > 10, `${d.code} says what to do`);
  if (c.missingEntry) return;
  const text = formatDiagnostics([d], { color: false, cwd: project.dir });
  const line = (c.files?.[d.span.file.slice(project.path(dir).length + 1)] ?? c.source).split("\n")[d.span.line - 1]!;
  const shown = new RegExp(`\\n +${d.span.line} \\| (.*)\\n`).exec(text)?.[1] ?? "";
  const piece = shown.replace(/^…/, "").replace(/…$/, "");
  assert.ok(shown === line || (line.length > FRAME_WIDTH && piece.length === FRAME_WIDTH && line.includes(piece)), `${d.code}'s code frame shows line ${d.span.line} (a long one cut to a window):\n${text}`);
  assert.ok(text.includes("^"), `${d.code}'s code frame underlines the place`);
  assert.ok(text.includes(`fix: ${d.fix}`), `${d.code}'s text shows the fix`);
}

/** Runs a list of cases as one uvu suite, each in its own folder of one temp project. */
export function corpusSuite(title: string, cases: readonly BadInput[]): void {
  const t = suite(title);
  const project = tempProject("bad-inputs");
  t.after(() => project.remove());
  const slugs = new Set<string>();
  for (const c of cases) {
    const dir = slug(c.name);
    assert.ok(!slugs.has(dir), `case names are unique: ${c.name}`);
    slugs.add(dir);
    t(`${c.name}: ${c.expect.join(", ")}`, async () => {
      project.write(Object.fromEntries(Object.entries(c.files ?? {}).map(([k, v]) => [`${dir}/${k}`, v])));
      if (!c.missingEntry) project.write({ [`${dir}/pipeline.ts`]: c.source });
      const diagnostics = await diagnosticsOf(c, project.path(`${dir}/pipeline.ts`));
      const shown = formatDiagnostics(diagnostics, { color: false, cwd: project.dir });
      assert.equal(diagnostics.map(short), [...c.expect], `diagnostics of ${c.name}:\n${shown}`);
      assert.ok(c.fixes !== undefined || c.fix?.length === c.expect.length, `${c.name} says the fix of every diagnostic (fixes, or fix)`);
      if (c.fixes) assert.equal(diagnostics.map((d) => d.fix), [...c.fixes], `the fixes of ${c.name}`);
      for (const d of diagnostics) assertWellFormed(d, c, project, dir);
      assertDocExample(c.name, diagnostics.map((d) => ({ code: d.code, text: asExample(formatDiagnostics([d], { color: false, cwd: project.path(dir) }), project.path(dir)) })));
      c.fix?.forEach((text, i) => assert.ok(diagnostics[i]?.fix.includes(text), `the fix of ${c.expect[i]} says ${JSON.stringify(text)}:\n${shown}`));
    });
  }
  t.run();
}
