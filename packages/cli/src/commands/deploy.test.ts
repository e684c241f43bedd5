import { createHash } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AwsClientOptions, DeployableBuild } from "@sagepipe/aws";
import { installFakeSageMaker, mockAws, ops, sent } from "@sagepipe/aws/testing";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { captureIO } from "../aws/capture-io.ts";
import type { AwsCommandDeps } from "../aws/command-deps.ts";
import type { CompilerApi } from "../aws/load-builds.ts";
import { main } from "../main.ts";
import { deployCommand } from "./deploy.ts";
import { diffCommand } from "./diff.ts";

const t = suite("sagepipe deploy / diff");
const ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";
const code = "print('prep')\n";
const sha = createHash("sha256").update(code).digest("hex");
const definition = { Version: "2020-12-01", Metadata: {}, Parameters: [], Steps: [{ Name: "Prep", Type: "Processing", Arguments: { Code: `s3://my-bucket/Demo/code/${sha}/prep.py` } }] };
let dir = "";

t.before.each(async () => {
  dir = await mkdtemp(join(tmpdir(), "sagepipe-cli-deploy-"));
  await mkdir(join(dir, "out", "assets", sha), { recursive: true });
  await writeFile(join(dir, "out", "assets", sha, "prep.py"), code);
  await writeFile(join(dir, "out", "Demo.json"), JSON.stringify(definition, null, 2) + "\n");
  await writeFile(join(dir, "out", "Demo.assets.json"), JSON.stringify({
    pipelineName: "Demo", definition: "Demo.json",
    assets: [{ s3Uri: `s3://my-bucket/Demo/code/${sha}/prep.py`, file: `assets/${sha}/prep.py`, sha256: sha, bytes: code.length }],
  }));
});
t.after.each(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Deps with stubbed AWS clients (recording the options they were made with) and a compiler that must not be called. */
function stubbed(compiler?: CompilerApi) {
  const aws = mockAws();
  const state = installFakeSageMaker(aws);
  const connections: AwsClientOptions[] = [];
  const noCompiler: CompilerApi = {
    buildPipelines: async () => assert.unreachable("the compiler should not run") as never,
    formatDiagnostics: () => "",
  };
  const deps: AwsCommandDeps = { connect: (o) => (connections.push(o), aws.clients), compiler: compiler ?? noCompiler };
  return { aws, state, deps, connections };
}

t("deploy --definition creates the pipeline, and a second deploy says nothing changed", async () => {
  const { aws, state, deps } = stubbed();
  const command = deployCommand(deps);
  const io = captureIO({ cwd: dir });
  assert.equal(await command.run(["--definition", "out/Demo.json", "--role-arn", ROLE, "--tag", "team=ml", "--max-parallel", "3"], io), 0);
  assert.match(io.outText(), "Demo: created the pipeline (arn:aws:sagemaker:us-east-1:123456789012:pipeline/demo)");
  assert.match(io.outText(), "assets: 1 uploaded");
  assert.equal(state.pipelines.get("Demo")?.parallelism, 3);
  assert.equal(state.pipelines.get("Demo")?.tags, { team: "ml" });
  aws.sagemaker.resetHistory();
  aws.s3.resetHistory();
  const again = captureIO({ cwd: dir });
  assert.equal(await command.run(["--definition", "out/Demo.json", "--role-arn", ROLE, "--tag", "team=ml", "--max-parallel", "3"], again), 0);
  assert.equal(again.outText(), "Demo: no change (definition and settings match the live pipeline)\n  assets: 1 already in S3");
  assert.equal(ops(aws.sagemaker), ["DescribePipeline", "ListTags"]);
  assert.equal(ops(aws.s3), ["HeadObject"]);
});

t("deploy --dry-run prints the plan and sends nothing that changes state", async () => {
  const { aws, state, deps } = stubbed();
  const io = captureIO({ cwd: dir });
  assert.equal(await deployCommand(deps).run(["--definition", "out/Demo.json", "--role-arn", ROLE, "--dry-run"], io), 0);
  assert.match(io.outText(), "Demo: would create the pipeline");
  assert.match(io.outText(), "assets: 1 to upload");
  assert.equal(state.pipelines.size, 0);
  assert.equal(ops(aws.s3), ["HeadObject"]);
});

t("deploy <entry> builds with the compiler first; a failed build sends nothing", async () => {
  const build: DeployableBuild = { name: "Demo", definitionJson: JSON.stringify(definition), assets: [] };
  const calls: string[] = [];
  const compiler = (ok: boolean): CompilerApi => ({
    buildPipelines: async (entry, options) => {
      calls.push(`${entry} only=${options.only.join(",")}`);
      return ok ? { ok, diagnostics: [], pipelines: [build] } : { ok, diagnostics: [{ message: "bad" }], pipelines: [] };
    },
    formatDiagnostics: (ds) => `pipeline.ts:1:1 error ${ds.length} problem`,
  });
  const good = stubbed(compiler(true));
  const io = captureIO({ cwd: dir });
  assert.equal(await deployCommand(good.deps).run(["pipeline.ts", "--role-arn", ROLE, "--pipeline", "Demo"], io), 0);
  assert.equal(calls, [`${join(dir, "pipeline.ts")} only=Demo`]);
  assert.ok(good.state.pipelines.has("Demo"));

  const bad = stubbed(compiler(false));
  const badIO = captureIO({ cwd: dir });
  try {
    await deployCommand(bad.deps).run(["pipeline.ts", "--role-arn", ROLE], badIO);
    assert.unreachable();
  } catch (e) {
    assert.equal((e as Error).message, "sagepipe deploy: the build failed (see above); nothing was sent to AWS.");
    assert.equal((e as { exitCode?: number }).exitCode, 1);
  }
  assert.equal(badIO.errText(), "pipeline.ts:1:1 error 1 problem");
  assert.equal(ops(bad.aws.sagemaker), []);
});

t("AWS flags and the environment choose region, profile and endpoint", async () => {
  const { deps, connections } = stubbed();
  const env = { AWS_DEFAULT_REGION: "eu-west-1", AWS_ENDPOINT_URL: "http://env:1" };
  await deployCommand(deps).run(["--definition", "out/Demo.json", "--role-arn", ROLE, "--dry-run"], captureIO({ cwd: dir, env }));
  await deployCommand(deps).run(["--definition", "out/Demo.json", "--role-arn", ROLE, "--dry-run", "--region", "us-west-2", "--profile", "ml", "--endpoint-url", "http://localhost:5000"], captureIO({ cwd: dir, env }));
  assert.equal(connections, [
    { env, region: "eu-west-1" },
    { env, region: "us-west-2", profile: "ml", endpointUrl: "http://localhost:5000" },
  ]);
});

t("diff exits 0 when the live pipeline matches, 1 with a readable difference when not", async () => {
  const { state, deps } = stubbed();
  await deployCommand(deps).run(["--definition", "out/Demo.json", "--role-arn", ROLE], captureIO({ cwd: dir }));
  const same = captureIO({ cwd: dir });
  assert.equal(await diffCommand(deps).run(["--definition", "out/Demo.json"], same), 0);
  assert.equal(same.outText(), "Demo: no differences; the live definition matches this build.");
  const live = state.pipelines.get("Demo");
  if (live) live.definition = live.definition.replace("Processing", "Training");
  const differs = captureIO({ cwd: dir });
  assert.equal(await diffCommand(deps).run(["--definition", "out/Demo.json"], differs), 1);
  assert.equal(differs.outText(), [
    "Demo: 1 difference between the live pipeline and this build (- only live, + only in the build, ~ changed: live -> build)",
    "  ~ step Prep (Processing)",
    '      Type: "Training" -> "Processing"',
  ].join("\n"));
  state.pipelines.clear();
  const missing = captureIO({ cwd: dir });
  assert.equal(await diffCommand(deps).run(["--definition", "out/Demo.json"], missing), 1);
  assert.match(missing.outText(), "Demo: not deployed");
});

t("usage mistakes exit 2 with a message naming the command", async () => {
  const cases: [string[], string][] = [
    [["deploy"], "sagepipe deploy: expected one <entry> (a pipeline .ts file) or --definition <file.json>."],
    [["deploy", "x.ts", "--definition", "out/Demo.json"], "sagepipe deploy: give <entry> or --definition, not both."],
    [["deploy", "--definition", "out/Demo.json", "--tag", "novalue"], "sagepipe deploy: --tag 'novalue': expected key=value."],
    [["deploy", "--definition", "out/Demo.json", "--max-parallel", "0"], "sagepipe deploy: --max-parallel takes a whole number of at least 1, not '0'."],
    [["deploy", "--definition", "out/Demo.json", "--pipeline", "Other"], "sagepipe deploy: --pipeline Other: not among the built pipelines (Demo)."],
    [["deploy", "--bogus"], "sagepipe deploy: Unknown option '--bogus'"],
  ];
  for (const [argv, message] of cases) {
    const io = captureIO({ cwd: dir });
    assert.equal(await main(argv, io), 2, argv.join(" "));
    assert.match(io.errText(), message);
  }
});

t("an AWS failure is one line on stderr and exit 1, through main", async () => {
  const io = captureIO({ cwd: dir, env: { AWS_ENDPOINT_URL: "http://127.0.0.1:9", AWS_REGION: "us-east-1", AWS_ACCESS_KEY_ID: "a", AWS_SECRET_ACCESS_KEY: "b", AWS_MAX_ATTEMPTS: "1" } });
  const previous = { ...process.env };
  Object.assign(process.env, { AWS_ACCESS_KEY_ID: "a", AWS_SECRET_ACCESS_KEY: "b", AWS_MAX_ATTEMPTS: "1" });
  try {
    assert.equal(await main(["diff", "--definition", "out/Demo.json"], io), 1);
  } finally {
    for (const key of ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_MAX_ATTEMPTS"]) {
      if (previous[key] === undefined) delete process.env[key];
      else process.env[key] = previous[key];
    }
  }
  assert.match(io.errText(), /^DescribePipeline \(pipeline 'Demo'\): could not reach the AWS endpoint \(ECONNREFUSED/);
  assert.not.match(io.errText(), "    at ");
});

t.run();
