import { resolve } from "node:path";
import { formatRunEvent, loadAdapters, runLocal, type GivenValue, type ImageAdapter } from "@sagepipe/local";
import { parseCommandArgs } from "../args.ts";
import { UsageError, type Command } from "../command.ts";
import { sourceFromDefinition, sourceFromEntry, type RunSource } from "../local/load-run-source.ts";

const usage = `usage: sagepipe run --local <entry.ts> [--param Name=value ...] [options]
       sagepipe run --local --definition <Name.json> [--param Name=value ...] [options]
       sagepipe run --local --resume <run-id>

Runs the pipeline on this machine as SageMaker would: no AWS, no Docker. Each s3:// URI is a
file under the local store; processing and training jobs run with a local Python inside
bubblewrap, which makes /opt/ml/... real; SageMaker's XGBoost image is stood in for by an
adapter; models are registered under .sagepipe/registry (see sagepipe models --local).
A String --param written file://<path> (file://./data.csv) is copied into the store first and
passed as its s3:// URI; any other value is passed as text.
Objects under <entry folder>/local-store/<bucket>/<key> fill gaps in the store.

  --param Name=value   a pipeline parameter (repeatable); Name=file://./data.csv for a local file
  --python <path>      the Python jobs run with (default python3; on Debian /usr/bin/python3
                       sees the python3-* packages, a pyenv or venv Python does not)
  --store <dir>        the local object store (default .sagepipe/s3)
  --workspace <dir>    where runs, cache and registry live (default .sagepipe)
  --seed <dir>         more <bucket>/<key> folders to fill the store from (repeatable)
  --adapters <file>    your image adapters: {"adapters": [{"name", "image", "train", ...}]}
  --sandbox-read <path> a host file or folder jobs may also read, read-only at the same path
                       (repeatable); jobs see only the system's files, the Python in use, and
                       their own inputs and code otherwise
  --parallel <n>       most jobs at once (default: the number of cores)
  --pipeline <Name>    which pipeline, when the entry has several
  --resume <run-id>    rerun only the steps of that run that failed or did not run
  --docker             run processing and training jobs in their real images
  --follow             show the jobs' output as it comes

Exit codes: 0 the run succeeded, 1 it failed (or could not start), 2 usage errors.`;

function parseParams(list: readonly string[]): Record<string, GivenValue> {
  const out: Record<string, GivenValue> = {};
  for (const item of list) {
    const eq = item.indexOf("=");
    if (eq <= 0) throw new UsageError(`sagepipe run: --param takes Name=value, got '${item}'.`);
    out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}

function parallelism(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`sagepipe run: --parallel takes a whole number from 1, got '${text}'.`);
  return n;
}

async function userAdapters(file: string | undefined): Promise<ImageAdapter[]> {
  if (!file) return [];
  const { adapters, problems } = await loadAdapters(file);
  if (problems.length) throw Object.assign(new Error(`sagepipe run --local:\n  ${problems.join("\n  ")}`), { exitCode: 1 });
  return adapters;
}

export const run: Command = {
  name: "run",
  summary: "Run a pipeline on this machine (--local): local S3, sandboxed jobs, local model registry",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs("run", args, {
      local: { type: "boolean" },
      definition: { type: "string" },
      param: { type: "string", multiple: true },
      python: { type: "string" },
      store: { type: "string" },
      workspace: { type: "string" },
      seed: { type: "string", multiple: true },
      "sandbox-read": { type: "string", multiple: true },
      adapters: { type: "string" },
      parallel: { type: "string" },
      pipeline: { type: "string" },
      resume: { type: "string" },
      docker: { type: "boolean" },
      follow: { type: "boolean" },
    });
    if (!values.local) throw new UsageError("sagepipe run: only local runs are done here: add --local (to run on SageMaker: sagepipe deploy, then sagepipe start).");
    const sources = [positionals.length > 0, values.definition !== undefined, values.resume !== undefined].filter(Boolean).length;
    if (sources !== 1 || positionals.length > 1) {
      throw new UsageError("sagepipe run --local: give exactly one of <entry.ts>, --definition <Name.json> or --resume <run-id>.\nRun `sagepipe run --help`.");
    }
    const at = (p: string) => resolve(io.cwd, p);
    const parameters = parseParams(values.param ?? []);
    const maxParallel = parallelism(values.parallel);
    let source: RunSource | undefined;
    if (positionals[0]) source = await sourceFromEntry(at(positionals[0]), values.pipeline, io);
    else if (values.definition) source = await sourceFromDefinition(at(values.definition), io);
    const opts = { cwd: io.cwd };
    const record = await runLocal({
      ...(source ? { definition: source.definition, pipelineName: source.pipelineName, assets: source.assets } : {}),
      ...(values.resume ? { resume: values.resume } : {}),
      parameters,
      workspace: at(values.workspace ?? ".sagepipe"),
      ...(values.store ? { storeRoot: at(values.store) } : {}),
      seedDirs: [...(source?.seedDirs ?? []), ...(values.seed ?? []).map(at)],
      ...(values.python ? { python: values.python } : {}),
      docker: values.docker ?? false,
      adapters: await userAdapters(values.adapters ? at(values.adapters) : undefined),
      ...(maxParallel !== undefined ? { maxParallel } : {}),
      sandboxReads: values["sandbox-read"] ?? [],
      cwd: io.cwd,
      onEvent: (event) => {
        const text = formatRunEvent(event, opts);
        if (text !== undefined) io.out(text);
      },
      ...(values.follow ? { onOutput: (step: string, text: string) => io.out(text.trimEnd().split("\n").map((l) => `  [${step}] ${l}`).join("\n")) } : {}),
    });
    return record.status === "Succeeded" ? 0 : 1;
  },
};
