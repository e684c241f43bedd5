import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { Pipeline, Processing, frameworkProcessor } from "../index.ts";
import { evaluatePipeline } from "../evaluate/definition.ts";

const role = "arn:aws:iam::123456789012:role/R";
const t = suite("frameworkProcessor");
let dir = "";
type Def = { Steps: { Arguments: { ProcessingInputs: { InputName: string; S3Input: { S3Uri: string; LocalPath: string } }[]; AppSpecification: { ContainerEntrypoint: string[] } } }[] };

t.before.each(() => {
  dir = mkdtempSync(join(tmpdir(), "sagepipe-fwproc-"));
  process.env.SAGEPIPE_GENERATED_DIR = join(dir, "generated");
  mkdirSync(join(dir, "src", "lib"), { recursive: true });
  writeFileSync(join(dir, "src", "run.py"), "print('run')\n");
  writeFileSync(join(dir, "src", "lib", "util.py"), "X = 1\n");
  writeFileSync(join(dir, "extra.txt"), "extra\n");
});
t.after.each(() => {
  delete process.env.SAGEPIPE_GENERATED_DIR;
  rmSync(dir, { recursive: true, force: true });
});

const proc = (props: { command?: string[]; baseJobName?: string } = {}) =>
  frameworkProcessor({ role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1, ...props });

@Pipeline({ name: "P", region: "us-east-1", bucket: "b" })
class AloneScript {
  @Processing() run() {
    return proc({ command: ["python3", "-u"] }).run({ code: "src/run.py", dependencies: ["extra.txt"] });
  }
}

@Pipeline({ name: "P", region: "us-east-1", bucket: "b", codeLocation: "job" })
class PlainSession {
  @Processing() run() {
    return proc({ baseJobName: "fw" }).run({ code: "run.py", sourceDir: "src" });
  }
}

@Pipeline({ name: "P", region: "us-east-1", bucket: "b" })
class S3Code {
  @Processing() run() {
    return proc().run({ code: "s3://b/run.py" });
  }
}

@Pipeline({ name: "P", region: "us-east-1", bucket: "b" })
class MissingEntry {
  @Processing() run() {
    return proc().run({ code: "nope.py", sourceDir: "src" });
  }
}

function tarNames(path: string): string[] {
  const buf = gunzipSync(readFileSync(path));
  const names: string[] = [];
  for (let off = 0; off + 512 <= buf.length; ) {
    const h = buf.subarray(off, off + 512);
    if (h.every((b) => b === 0)) break;
    names.push(h.subarray(0, 100).toString("utf8").replace(/\0.*$/s, ""));
    off += 512 + Math.ceil(parseInt(h.subarray(124, 136).toString("utf8"), 8) / 512) * 512;
  }
  return names;
}

t("a script without a source folder is packed alone with its dependencies; the launcher runs it with the command", () => {
  const e = evaluatePipeline(AloneScript, { sourceDir: dir });
  const args = (e.definition as unknown as Def).Steps[0]!.Arguments;
  assert.equal(args.ProcessingInputs.map((i) => [i.InputName, i.S3Input.LocalPath]), [["code", "/opt/ml/processing/input/code/"], ["entrypoint", "/opt/ml/processing/input/entrypoint"]]);
  assert.match(args.ProcessingInputs[0]!.S3Input.S3Uri, /^s3:\/\/b\/P\/code\/[0-9a-f]{64}\/sourcedir\.tar\.gz$/);
  assert.equal(args.AppSpecification.ContainerEntrypoint, ["/bin/bash", "/opt/ml/processing/input/entrypoint/runproc.sh"]);
  const bundle = e.assets.find((a) => a.s3Uri.endsWith("sourcedir.tar.gz"))!;
  assert.equal(tarNames(bundle.localPath), ["extra.txt", "run.py"]);
  const launcher = e.assets.find((a) => a.s3Uri.endsWith("runproc.sh"))!;
  assert.match(readFileSync(launcher.localPath, "utf8"), /\npython3 -u run\.py "\$@"\n$/);
  assert.ok(launcher.localPath.startsWith(join(dir, "generated")));
});

t("a source folder is packed with its subfolders; a plain session puts both files in the job's source folder", () => {
  const e = evaluatePipeline(PlainSession, { sourceDir: dir });
  const [code, entry] = (e.definition as unknown as Def).Steps[0]!.Arguments.ProcessingInputs;
  assert.match(code!.S3Input.S3Uri, /^s3:\/\/b\/fw-[0-9a-f]{12}\/source\/sourcedir\.tar\.gz$/);
  assert.is(entry!.S3Input.S3Uri, code!.S3Input.S3Uri.replace("sourcedir.tar.gz", "runproc.sh"));
  assert.equal(tarNames(e.assets[0]!.localPath), ["lib/util.py", "run.py"]);
});

t("the same sources give the same URIs and bytes", () => {
  const a = evaluatePipeline(PlainSession, { sourceDir: dir });
  const b = evaluatePipeline(PlainSession, { sourceDir: dir });
  assert.equal(a.assets, b.assets);
});

t("code in S3 is refused with the processor to use instead", () => {
  assert.throws(() => evaluatePipeline(S3Code, { sourceDir: dir }), /runs local code; 's3:\/\/b\/run\.py' is in S3\. Use scriptProcessor/);
});

t("an entry point missing from the source folder names both", () => {
  assert.throws(() => evaluatePipeline(MissingEntry, { sourceDir: dir }), /entry point 'nope\.py' is not a file in sourceDir 'src'/);
});

t.run();
