// Integration suite for @sagepipe/aws and the AWS commands, against a SageMaker-compatible
// server: runs only when SAGEPIPE_IT_ENDPOINT is set (e.g. http://localhost:5000 for
// `moto_server -p 5000`). Without it, this file prints why and defines no tests.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createAwsClients, deploy, diffPipeline, findPipeline, isSame, listRuns, loadBuildOutput,
  sameDefinition, startExecution, type AwsClients, type DeployableBuild,
} from "@sagepipe/aws";
import { ensureBucket } from "@sagepipe/aws/testing";
import { main, type CommandIO } from "sagepipe";
import { suite } from "uvu";
import * as assert from "uvu/assert";

const endpoint = process.env.SAGEPIPE_IT_ENDPOINT;
const root = new URL("..", import.meta.url).pathname;
const ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";

if (!endpoint) {
  console.log("aws integration: SAGEPIPE_IT_ENDPOINT is not set, so this suite did not run (set it to a SageMaker-compatible server's URL).");
} else {
  // Compatible servers accept any credentials; real ones come from the standard chain.
  process.env.AWS_ACCESS_KEY_ID ??= "sagepipe-it";
  process.env.AWS_SECRET_ACCESS_KEY ??= "sagepipe-it";
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const region = process.env.AWS_REGION ?? "us-east-1";
  const env = { ...process.env, AWS_ENDPOINT_URL: endpoint, AWS_REGION: region };
  const t = suite("aws integration");
  let dir = "";
  let clients: AwsClients;
  let abalone: DeployableBuild;
  const name = `SagepipeIt-${process.pid}-${Date.now().toString(36)}`;

  const run = async (argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CommandIO = { out: (s) => out.push(s), err: (s) => err.push(s), isTTY: false, cwd: root, env };
    const code = await main(argv, io);
    return { code, out: out.join("\n"), err: err.join("\n") };
  };

  t.before(async () => {
    dir = await mkdtemp(join(tmpdir(), "sagepipe-it-"));
    clients = createAwsClients({ endpointUrl: endpoint, region, env: {} });
    await ensureBucket(clients.s3, "my-bucket");
    const built = await run(["build", "examples/abalone/pipeline.ts", "--out", dir]);
    assert.equal(built.code, 0, built.err);
    abalone = { ...(await loadBuildOutput(join(dir, "AbalonePipeline.json"))), name };
  });
  t.after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  t("deploys the Abalone example, and the stored definition equals the build", async () => {
    const report = await deploy(abalone, { clients, roleArn: ROLE, description: "sagepipe integration" });
    assert.equal(report.action, "create");
    assert.equal(report.assets.length, 2);
    const live = await findPipeline(clients.sagemaker, name);
    assert.ok(live, "DescribePipeline found the pipeline");
    assert.ok(sameDefinition(live?.definition, JSON.parse(abalone.definitionJson)));
    assert.equal(live?.roleArn, ROLE);
    assert.equal(live?.description, "sagepipe integration");
  });

  t("deploying the same build again changes nothing", async () => {
    const report = await deploy(abalone, { clients, roleArn: ROLE, description: "sagepipe integration" });
    assert.equal(report.action, "none");
    assert.equal(report.assets.map((a) => a.status), ["present", "present"]);
  });

  t("starts a run with overrides and lists it", async () => {
    const started = await startExecution(name, { clients, parameters: { ProcessingInstanceCount: "2", ModelApprovalStatus: "Approved" } });
    assert.equal(started.parameters, [{ Name: "ProcessingInstanceCount", Value: "2" }, { Name: "ModelApprovalStatus", Value: "Approved" }]);
    const runs = await listRuns(name, { clients });
    assert.ok(runs.some((r) => r.executionArn === started.executionArn), "the new run is listed");
    const cli = await run(["runs", name]);
    assert.equal(cli.code, 0, cli.err);
    assert.match(cli.out, started.executionArn);
  });

  t("diff: equal, then changed, then equal again after deploying the change", async () => {
    assert.ok(isSame(await diffPipeline(abalone, { clients })));
    const changed = JSON.parse(abalone.definitionJson);
    changed.Parameters[0].DefaultValue = 3;
    const changedBuild = { ...abalone, definitionJson: JSON.stringify(changed, null, 2) };
    const diff = await diffPipeline(changedBuild, { clients });
    assert.not.ok(isSame(diff));
    assert.equal(diff.changes.map((c) => `${c.section} ${c.name}`), [`parameter ${changed.Parameters[0].Name}`]);
    const file = join(dir, `${name}.json`);
    await writeFile(file, changedBuild.definitionJson);
    const cliDiff = await run(["diff", "--definition", file]);
    assert.equal(cliDiff.code, 1);
    assert.match(cliDiff.out, "1 difference");
    const update = await run(["deploy", "--definition", file, "--role-arn", ROLE]);
    assert.equal(update.code, 0, update.err);
    assert.match(update.out, `${name}: updated definition`);
    const after = await run(["diff", "--definition", file]);
    assert.equal(after.code, 0, after.out);
  });

  t("a 2 MB definition deploys through S3, once", async () => {
    const big = JSON.parse(await readFile(join(dir, "AbalonePipeline.json"), "utf8"));
    big.Metadata = { padding: "x".repeat(2 * 1024 * 1024) };
    const build = { name: `${name}-big`, definitionJson: JSON.stringify(big), assets: [] };
    const report = await deploy(build, { clients, roleArn: ROLE, definitionBucket: "my-bucket" });
    assert.equal(report.definition?.placement, "s3");
    const live = await findPipeline(clients.sagemaker, build.name);
    assert.ok(sameDefinition(live?.definition, big));
    assert.equal((await deploy(build, { clients, roleArn: ROLE, definitionBucket: "my-bucket" })).action, "none");
  });

  t.run();
}
