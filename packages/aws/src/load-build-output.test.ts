import { createHash } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { loadBuildOutput } from "./load-build-output.ts";
import { mockAws, ops } from "./testing/mock-aws.ts";
import { uploadAssets } from "./upload-assets.ts";

const t = suite("loadBuildOutput");
let dir = "";
t.before.each(async () => {
  dir = await mkdtemp(join(tmpdir(), "sagepipe-load-"));
});
t.after.each(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeFiles(files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, ".."), { recursive: true });
    await writeFile(join(dir, name), text);
  }
}

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

t("reads the definition and its manifest, resolving asset files against the manifest's folder", async () => {
  const code = "print(1)\n";
  await writeFiles({
    "Demo.json": '{"Version":"2020-12-01","Steps":[]}\n',
    [`assets/${sha(code)}/prep.py`]: code,
    "Demo.assets.json": JSON.stringify({
      pipelineName: "Demo", definition: "Demo.json",
      assets: [{ s3Uri: `s3://b/Demo/code/${sha(code)}/prep.py`, file: `assets/${sha(code)}/prep.py`, sha256: sha(code), bytes: 9 }],
    }),
  });
  const build = await loadBuildOutput(join(dir, "Demo.json"));
  assert.equal(build, {
    name: "Demo",
    definitionJson: '{"Version":"2020-12-01","Steps":[]}\n',
    assets: [{ s3Uri: `s3://b/Demo/code/${sha(code)}/prep.py`, localPath: join(dir, "assets", sha(code), "prep.py"), sha256: sha(code), bytes: 9 }],
  });
});

t("the manifest's deploy section gives the build its settings, region and Lambda functions (zip paths against the manifest's folder)", async () => {
  const definition = '{"Version":"2020-12-01","Steps":[]}\n';
  const fn = { FunctionName: "f", FunctionArn: "arn:aws:lambda:eu-west-1:123456789012:function:f", Runtime: "python3.12", Handler: "f.h", Role: "arn:aws:iam::123456789012:role/L", Timeout: 3, MemorySize: 128 };
  await writeFiles({
    "Demo.json": definition,
    "Demo.assets.json": JSON.stringify({
      pipelineName: "Demo", definition: "Demo.json", definitionSha256: sha(definition), assets: [],
      deploy: { region: "eu-west-1", roleArn: "arn:aws:iam::123456789012:role/R", tags: { team: "ml" }, maxParallelExecutionSteps: 2, lambdaFunctions: [{ ...fn, zipFile: `lambda/${sha("z")}/f.zip`, sha256: sha("z"), bytes: 1 }] },
    }),
  });
  const build = await loadBuildOutput(join(dir, "Demo.json"));
  assert.equal({ ...build, definitionJson: undefined, assets: undefined }, {
    name: "Demo", definitionJson: undefined, assets: undefined,
    region: "eu-west-1", roleArn: "arn:aws:iam::123456789012:role/R", tags: { team: "ml" }, maxParallelExecutionSteps: 2,
    lambdaFunctions: [{ ...fn, zip: { localPath: join(dir, "lambda", sha("z"), "f.zip"), sha256: sha("z"), bytes: 1 } }],
  });
});

t("a malformed deploy section is refused, naming each bad field", async () => {
  const definition = "{}";
  await writeFiles({
    "Demo.json": definition,
    "Demo.assets.json": JSON.stringify({ pipelineName: "Demo", definition: "Demo.json", definitionSha256: sha(definition), assets: [], deploy: { region: 3, tags: { a: 1 }, lambdaFunctions: [{ FunctionName: "f" }] } }),
  });
  try {
    await loadBuildOutput(join(dir, "Demo.json"));
    assert.unreachable("should refuse");
  } catch (e) {
    const m = (e as Error).message;
    for (const part of ["#/deploy/region: expected text", "#/deploy/tags: expected an object of text values", "#/deploy/lambdaFunctions/0/Handler: expected text", "#/deploy/lambdaFunctions/0/sha256"]) assert.ok(m.includes(part), `${part} in ${m}`);
  }
});

t("a definition without a manifest has no assets and is named after its file", async () => {
  await writeFiles({ "Solo.json": "{}" });
  assert.equal(await loadBuildOutput(join(dir, "Solo.json")), { name: "Solo", definitionJson: "{}", assets: [] });
});

t("a malformed manifest lists every bad field with its JSON pointer", async () => {
  await writeFiles({
    "Demo.json": "{}",
    "Demo.assets.json": JSON.stringify({ pipelineName: "Demo", assets: [{ s3Uri: "http://x", file: "", sha256: "abc" }] }),
  });
  try {
    await loadBuildOutput(join(dir, "Demo.json"));
    assert.unreachable();
  } catch (e) {
    const m = (e as Error).message;
    const where = join(dir, "Demo.assets.json");
    assert.match(m, `${where}#/assets/0/s3Uri: expected an s3:// URI.`);
    assert.match(m, `${where}#/assets/0/file: expected a path relative to the manifest.`);
    assert.match(m, `${where}#/assets/0/sha256: expected 64 lowercase hex digits.`);
  }
});

t("a missing or broken definition file says what to do", async () => {
  await writeFiles({ "Bad.json": "{nope" });
  for (const [file, text] of [["Missing.json", "cannot read the definition file"], ["Bad.json", "is not valid JSON"]] as const) {
    try {
      await loadBuildOutput(join(dir, file));
      assert.unreachable();
    } catch (e) {
      assert.match((e as Error).message, text);
      assert.equal((e as { exitCode?: number }).exitCode, 1);
    }
  }
});

t("uploading refuses directories, missing files and two files for one key, before any call", async () => {
  await writeFiles({ "folder/x.py": "x", "a.py": "a", "b.py": "b" });
  const aws = mockAws();
  const cases = [
    { assets: [{ s3Uri: "s3://b/k", localPath: join(dir, "folder"), sha256: sha("") }], text: "is a directory" },
    { assets: [{ s3Uri: "s3://b/k", localPath: join(dir, "nope.py"), sha256: sha("") }], text: "cannot be read" },
    {
      assets: [
        { s3Uri: "s3://b/k", localPath: join(dir, "a.py"), sha256: sha("a") },
        { s3Uri: "s3://b/k", localPath: join(dir, "b.py"), sha256: sha("b") },
      ],
      text: "two different files want s3://b/k",
    },
    { assets: [{ s3Uri: "b/k", localPath: join(dir, "a.py"), sha256: sha("a") }], text: "'b/k' is not an s3://bucket/key URI" },
  ];
  for (const c of cases) {
    try {
      await uploadAssets(aws.clients.s3, c.assets);
      assert.unreachable();
    } catch (e) {
      assert.match((e as Error).message, c.text);
    }
  }
  assert.equal(ops(aws.s3), []);
});

t.run();
