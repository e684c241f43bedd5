import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { tarGz } from "../assets/tar-gz.ts";

// Runs our repack launcher and script as the training container would: the code folder as the
// working directory, the model archive in the training channel, hyperparameters as SM_HP_*.
const t = suite("the repack script (python3)");
const HERE = new URL(".", import.meta.url).pathname;
let root = "";

function job(hp: Record<string, string>): { code: string; model: string } {
  const dir = mkdtempSync(join(root, "job-"));
  const [code, channel, model, bin] = ["code", "channel", "model", "bin"].map((d) => join(dir, d)) as [string, string, string, string];
  for (const d of [code, channel, model, bin]) mkdirSync(d);
  for (const f of ["_repack_model.py", "_repack_script_launcher.sh"]) copyFileSync(join(HERE, f), join(code, f));
  writeFileSync(join(code, "inference.py"), "def model_fn(d):\n    return d\n");
  writeFileSync(join(code, "requirements.txt"), "numpy\n");
  writeFileSync(join(code, "helper.py"), "X = 1\n");
  writeFileSync(join(channel, "model.tar.gz"), tarGz([{ name: "model.pth", bytes: Buffer.from("weights") }, { name: "code/old.py", bytes: Buffer.from("old") }]));
  symlinkSync(execFileSync("sh", ["-c", "command -v python3"], { encoding: "utf8" }).trim(), join(bin, "python"));
  const env = { PATH: `${bin}:${process.env.PATH}`, SM_CHANNEL_TRAINING: channel, SM_MODEL_DIR: model, ...Object.fromEntries(Object.entries(hp).map(([k, v]) => [`SM_HP_${k.toUpperCase()}`, v])) };
  execFileSync("sh", ["_repack_script_launcher.sh"], { cwd: code, env, stdio: "pipe" });
  return { code, model };
}

t.before(() => {
  root = mkdtempSync(join(tmpdir(), "sagepipe-repack-run-"));
});
t.after(() => rmSync(root, { recursive: true, force: true }));

t("with a source folder: the model's files, and the folder as code/ without our own script", () => {
  const { model } = job({ inference_script: "inference.py", model_archive: "s3://b/x/model.tar.gz", dependencies: "null", source_dir: "scripts/inference" });
  assert.is(readFileSync(join(model, "model.pth"), "utf8"), "weights");
  assert.ok(existsSync(join(model, "code", "inference.py")));
  assert.ok(existsSync(join(model, "code", "requirements.txt")));
  assert.not.ok(existsSync(join(model, "code", "old.py")), "the archive's old code is replaced");
  assert.not.ok(existsSync(join(model, "code", "_repack_model.py")));
  assert.not.ok(existsSync(join(model, "code", "_repack_script_launcher.sh")));
});

t("with the entry point alone and a dependency: code/ holds the entry point, code/lib/ the dependency", () => {
  const { model } = job({ inference_script: "inference.py", model_archive: "model.tar.gz", dependencies: "libs/helper.py", source_dir: "null" });
  assert.ok(existsSync(join(model, "code", "inference.py")));
  assert.not.ok(existsSync(join(model, "code", "requirements.txt")));
  assert.is(readFileSync(join(model, "code", "lib", "helper.py"), "utf8"), "X = 1\n");
});

t("a missing dependency fails the job with a message", () => {
  assert.throws(() => job({ inference_script: "inference.py", model_archive: "model.tar.gz", dependencies: "nope", source_dir: "null" }), /dependency nope is not in the code folder/);
});

t.run();
