// Symbolic links in code folders are refused with an error naming the link (never followed):
// a link to a secret outside the folder is not packed, `loop -> .` neither multiplies the
// bundle nor hangs the build (two loops included). Each build runs as a process with a time limit.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { REPO, tempProject, type TempProject } from "../support/temp-project.ts";

const BIN = join(REPO, "packages/cli/bin/sagepipe.js");
const ROLE = "arn:aws:iam::123456789012:role/R";
const t = suite("build: symbolic links in code folders");

const PIPELINES = `import { NotebookJob, Pipeline, Training, Processing, frameworkEstimator, frameworkProcessor, notebookJob } from "@sagepipe/core";
@Pipeline({ name: "Bundle", region: "us-east-1", bucket: "my-bucket" })
export class Bundle {
  @Processing() prep() {
    return frameworkProcessor({ role: "${ROLE}", image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1, command: ["python3"] })
      .run({ code: "prep.py", sourceDir: "src", outputs: { o: "/opt/ml/processing/o" } });
  }
}
@Pipeline({ name: "Train", region: "us-east-1", bucket: "my-bucket" })
export class Train {
  @Training() fit() {
    return frameworkEstimator({ role: "${ROLE}", image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1, entryPoint: "prep.py", sourceDir: "src" }).fit();
  }
}
@Pipeline({ name: "Notebook", region: "us-east-1", bucket: "my-bucket" })
export class Notebook {
  @NotebookJob() report() {
    return notebookJob({ inputNotebook: "nb/report.ipynb", image: "885854791233.dkr.ecr.us-east-1.amazonaws.com/sagemaker-distribution-prod:1-cpu", kernelName: "python3", role: "${ROLE}", additionalDependencies: ["nb/data"] });
  }
}
`;

let project: TempProject; // made afresh for each test
t.before.each(() => {
  project = tempProject("symlinks", { "pipeline.ts": PIPELINES, "src/prep.py": "print('prep')\n", "src/lib/util.py": "x = 1\n", "nb/report.ipynb": "{}\n", "nb/data/a.csv": "a\n", "secret/key.txt": "TOP SECRET\n" });
});
t.after.each(() => project.remove());

function build(pipeline: string): { status: number | null; stderr: string; out: string } {
  const out = project.path(`out-${pipeline}`);
  const r = spawnSync(process.execPath, [BIN, "build", project.path("pipeline.ts"), "--pipeline", pipeline, "--out", out], {
    env: { ...process.env, SAGEPIPE_BUNDLE: "off", SAGEPIPE_CACHE: "off", SAGEPIPE_GENERATED_DIR: project.path("generated") },
    encoding: "utf8",
    timeout: 90_000,
  });
  assert.is(r.error, undefined, "the build finished in time");
  return { status: r.status, stderr: r.stderr, out };
}

function assertRefused(pipeline: string, link: string): void {
  const r = build(pipeline);
  assert.is(r.status, 1, r.stderr);
  assert.match(r.stderr, new RegExp(`'${link.replace(/[.]/g, "\\.")}' in the code folder \\S+ is a symbolic link \\(to [^)]+\\); sagepipe does not follow links`));
  assert.match(r.stderr, /Replace it with the file it points to \(cp -L\), or remove it/);
  assert.match(r.stderr, /pipeline\.ts:\d+:\d+: error SP801/, "shown at the step");
  assert.not.ok(existsSync(r.out), "nothing written");
  const generated = project.path("generated");
  if (existsSync(generated)) for (const d of readdirSync(generated)) assert.not.ok(readdirSync(join(generated, d)).includes("sourcedir.tar.gz"), "no bundle was packed");
}

t("a link to a secret file in a source folder is refused, not packed", () => {
  symlinkSync(project.path("secret/key.txt"), project.path("src/lib/key.txt"));
  assertRefused("Bundle", "lib/key.txt");
  assertRefused("Train", "lib/key.txt");
});

t("loop -> . is refused at once", () => {
  symlinkSync(".", project.path("src/loop"));
  assertRefused("Bundle", "loop");
});

t("two loops do not hang the build", () => {
  symlinkSync(".", project.path("src/a"));
  symlinkSync("..", project.path("src/lib/b"));
  assertRefused("Bundle", "a");
});

t("a link in a notebook job's dependency folder is refused", () => {
  mkdirSync(project.path("nb/data/more"));
  symlinkSync(project.path("secret"), project.path("nb/data/more/s"));
  assertRefused("Notebook", "more/s");
});

t("without links the same folders build", () => {
  for (const p of ["Bundle", "Train", "Notebook"]) {
    const r = build(p);
    assert.is(r.status, 0, r.stderr);
  }
  rmSync(project.path("generated"), { recursive: true, force: true });
});

t.run();
