// A definition built by sagepipe from a TypeScript source: the input of round trips of helper
// options no conformance golden exercises (the source is the test's, the definition sagepipe's).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../packages/cli/src/main.ts";
import { REPO, tempProject } from "../support/temp-project.ts";

const TSCONFIG = readFileSync(join(REPO, "packages/cli/templates/app/tsconfig.json"), "utf8");

/** Builds `source` (a pipeline.ts, beside `files`) and returns the definition's text, or throws with what build printed. */
export async function builtDefinition(source: string, pipelineName: string, files: Readonly<Record<string, string>> = {}): Promise<string> {
  const project = tempProject("import-src", { ...files, "tsconfig.json": TSCONFIG, "pipeline.ts": source });
  try {
    let log = "";
    const io = { out: (t: string) => (log += t + "\n"), err: (t: string) => (log += t + "\n"), isTTY: false, cwd: project.dir, env: process.env };
    const code = await main(["build", "pipeline.ts", "--out", "out"], io);
    if (code !== 0) throw new Error(`build of the source failed:\n${log}`);
    return readFileSync(project.path(`out/${pipelineName}.json`), "utf8");
  } finally {
    project.remove();
  }
}
