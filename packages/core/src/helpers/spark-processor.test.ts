import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { Pipeline, Processing, param, processor, pysparkProcessor, sparkJarProcessor } from "../index.ts";
import { hashFilesOrDirs } from "../assets/sdk-hash.ts";
import { evaluatePipeline } from "../evaluate/definition.ts";

const role = "arn:aws:iam::123456789012:role/R";
const t = suite("pysparkProcessor");
let dir = "";
type Input = { InputName: string; S3Input: { S3Uri: string; LocalPath: string } };
type Args = { ProcessingInputs: Input[]; AppSpecification: { ImageUri: string; ContainerEntrypoint: unknown[] }; Environment: unknown };
const argsOf = (cls: new () => object) => (evaluatePipeline(cls, { sourceDir: dir }).definition as unknown as { Steps: { Arguments: Args }[] }).Steps[0]!.Arguments;

t.before.each(() => {
  dir = mkdtempSync(join(tmpdir(), "sagepipe-spark-"));
  process.env.SAGEPIPE_GENERATED_DIR = join(dir, "generated");
  for (const f of ["app.py", "dep.py", "lib.jar", "data.csv"]) writeFileSync(join(dir, f), `${f}\n`);
});
t.after.each(() => {
  delete process.env.SAGEPIPE_GENERATED_DIR;
  rmSync(dir, { recursive: true, force: true });
});

const spark = (extra: { baseJobName?: string } = {}) => pysparkProcessor({ role, frameworkVersion: "3.5", instanceType: "ml.m5.xlarge", instanceCount: 2, ...extra });

@Pipeline({ name: "P", region: "eu-west-1", bucket: "b" })
class Mixed {
  jars = param.string("ExtraJar", "s3://b/extra.jar");
  @Processing() run() {
    return spark().run({
      submitApp: "app.py",
      submitPyFiles: ["s3://b/remote.py", "dep.py"],
      submitJars: ["lib.jar", this.jars],
      submitFiles: ["s3://b/f.txt"],
      configuration: { Classification: "spark-env", Properties: {}, Configurations: [{ Classification: "export", Properties: { PYSPARK_PYTHON: "python3" } }] },
    });
  }
}

@Pipeline({ name: "P", region: "eu-west-1", bucket: "b", codeLocation: "job" })
class PlainSession {
  @Processing() run() {
    return spark({ baseJobName: "sp" }).run({ submitApp: "app.py", submitFiles: ["data.csv"], configuration: [{ Classification: "spark-defaults", Properties: { a: "1" } }] });
  }
}

@Pipeline({ name: "P", region: "eu-west-1", bucket: "b" })
class Bad {
  @Processing() run() {
    return spark().run({ submitApp: "missing.py", configuration: [{ Classification: "spark-nonsense", Properties: {} }] });
  }
}

@Pipeline({ name: "P", region: "eu-west-1", bucket: "b" })
class FromStep {
  @Processing() build() {
    return processor({ role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 }).run({ outputs: { wheel: "/opt/ml/processing/wheel" } });
  }
  @Processing() run() {
    return spark().run({ submitApp: "app.py", submitPyFiles: [this.build().outputs.wheel] });
  }
}

t("a step output among the dependencies makes a data dependency and joins into the option", () => {
  const e = evaluatePipeline(FromStep, { sourceDir: dir });
  assert.equal(e.edges, [{ from: "build", to: "run", kind: "data" }]);
  const run = (e.definition as unknown as { Steps: { Arguments: Args }[] }).Steps[1]!.Arguments;
  assert.equal(run.AppSpecification.ContainerEntrypoint.slice(1, 3), ["--py-files", { "Std:Join": { On: ",", Values: [{ Get: "Steps.Build.ProcessingOutputConfig.Outputs['wheel'].S3Output.S3Uri" }] } }]);
});

t("local dependencies share one upload folder per option; S3 URIs and variables join them with commas", () => {
  const args = argsOf(Mixed);
  assert.is(args.AppSpecification.ImageUri, "571004829621.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-spark-processing:3.5-cpu");
  assert.equal(args.ProcessingInputs.map((i) => i.InputName), ["py-files", "jars", "conf", "code"]);
  const [pyFiles, jars, conf, code] = args.ProcessingInputs;
  assert.match(pyFiles!.S3Input.S3Uri, /^s3:\/\/b\/P\/code\/[0-9a-f]{64}\/py-files$/);
  assert.is(jars!.S3Input.S3Uri, pyFiles!.S3Input.S3Uri.replace("py-files", "jars"));
  assert.match(conf!.S3Input.S3Uri, /^s3:\/\/b\/P\/Run\/input\/conf\/[0-9a-f]{64}\/configuration\.json$/);
  assert.is(code!.S3Input.S3Uri, pyFiles!.S3Input.S3Uri.replace("py-files", "app.py"));
  assert.equal(args.AppSpecification.ContainerEntrypoint, [
    "smspark-submit",
    "--py-files", "s3://b/remote.py,/opt/ml/processing/input/py-files",
    "--jars", { "Std:Join": { On: ",", Values: [{ Get: "Parameters.ExtraJar" }, "/opt/ml/processing/input/jars"] } },
    "--files", "s3://b/f.txt",
    "/opt/ml/processing/input/code/app.py",
  ]);
  assert.equal(args.Environment, {});
});

t("the configuration file is the JSON the SDK writes; every local file is an asset", () => {
  const e = evaluatePipeline(Mixed, { sourceDir: dir });
  const conf = e.assets.find((a) => a.s3Uri.endsWith("configuration.json"))!;
  assert.is(readFileSync(conf.localPath, "utf8"), '{"Classification": "spark-env", "Properties": {}, "Configurations": [{"Classification": "export", "Properties": {"PYSPARK_PYTHON": "python3"}}]}');
  assert.equal(e.assets.map((a) => a.s3Uri.slice(a.s3Uri.lastIndexOf("/") + 1)).sort(), ["app.py", "configuration.json", "dep.py", "lib.jar"]);
});

t("a plain session stages under the job folder, as the SDK's timestamped job names do", () => {
  const inputs = argsOf(PlainSession).ProcessingInputs;
  const prefix = /^s3:\/\/b\/sp-[0-9a-f]{12}\/input\//;
  assert.equal(inputs.map((i) => i.InputName), ["files", "conf", "code"]);
  assert.ok(inputs.every((i) => prefix.test(i.S3Input.S3Uri)), JSON.stringify(inputs));
  assert.match(inputs[1]!.S3Input.S3Uri, /\/input\/conf\/configuration\.json$/);
  assert.match(inputs[2]!.S3Input.S3Uri, /\/input\/code\/app\.py$/);
});

t("a missing application and an unknown classification are both reported", () => {
  assert.throws(() => evaluatePipeline(Bad, { sourceDir: dir }), (e: Error) => /'missing\.py' is not a local file/.test(e.message) && /classification 'spark-nonsense'/.test(e.message));
});

t("the image needs a version (or an image), and py/container versions go together", () => {
  assert.throws(() => pysparkProcessor({ role, instanceType: "x", instanceCount: 1 }), /needs frameworkVersion/);
  assert.throws(() => pysparkProcessor({ role, frameworkVersion: "3.3", pyVersion: "py39", instanceType: "x", instanceCount: 1 }), /both pyVersion and containerVersion/);
});

@Pipeline({ name: "P", region: "eu-west-1", bucket: "b" })
class Jar {
  logs = param.string("Logs", "s3://b/logs");
  @Processing() run() {
    return sparkJarProcessor({ role, frameworkVersion: "3.5", instanceType: "ml.m5.xlarge", instanceCount: 2 }).run({
      submitApp: "lib.jar",
      submitClass: "com.example.Main",
      submitJars: ["s3://b/dep.jar"],
      outputs: { out: "/opt/ml/processing/out" },
      sparkEventLogsS3Uri: this.logs,
    });
  }
}

t("a jar application: --class first, event logs as the output after the user's, the class in the code hash", () => {
  const e = evaluatePipeline(Jar, { sourceDir: dir }).definition as unknown as { Steps: { Arguments: Args & { ProcessingOutputConfig: { Outputs: { OutputName: string; S3Output: Record<string, unknown> }[] } } }[] };
  const args = e.Steps[0]!.Arguments;
  assert.equal(args.AppSpecification.ContainerEntrypoint, [
    "smspark-submit", "--class", "com.example.Main", "--jars", "s3://b/dep.jar",
    "--local-spark-event-logs-dir", "/opt/ml/processing/spark-events/", "/opt/ml/processing/input/code/lib.jar",
  ]);
  const outputs = args.ProcessingOutputConfig.Outputs;
  assert.equal(outputs.map((o) => o.OutputName), ["out", "output-2"]);
  assert.equal(outputs[1]!.S3Output, { S3Uri: { Get: "Parameters.Logs" }, LocalPath: "/opt/ml/processing/spark-events/", S3UploadMode: "Continuous" });
  const hash = hashFilesOrDirs(["lib.jar", "com.example.Main", "s3://b/dep.jar"], dir);
  assert.is(args.ProcessingInputs.at(-1)!.S3Input.S3Uri, `s3://b/P/code/${hash}/lib.jar`);
});

t.run();
