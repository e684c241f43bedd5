// Small pipelines for the local-run tests: definitions as object literals, scripts written to a
// temp folder and handed to runLocal as assets, and a throw-away workspace per test.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LocalAsset } from "@sagepipe/local";

/** The Python the tests run jobs with (Debian's, which sees python3-pandas and friends). */
export const PYTHON = process.env.SAGEPIPE_TEST_PYTHON ?? "/usr/bin/python3";

/** `../shared` beside the repository. */
export const SHARED = new URL("../../../shared/", import.meta.url).pathname;

/** A temp folder for one test: scripts under `code/`, the workspace under `.sagepipe/`. */
export interface Workspace {
  readonly dir: string;
  readonly workspace: string;
  readonly store: string;
  /** Writes scripts and returns them as assets at `s3://my-bucket/code/<name>`. */
  scripts(files: Readonly<Record<string, string>>): Promise<LocalAsset[]>;
  /** Writes an object straight into the local store. */
  put(uri: string, text: string): Promise<void>;
  remove(): Promise<void>;
}

/** Makes a temp workspace. */
export async function workspace(prefix: string): Promise<Workspace> {
  const dir = await mkdtemp(join(tmpdir(), `sagepipe-local-${prefix}-`));
  const ws = join(dir, ".sagepipe");
  const store = join(ws, "s3");
  return {
    dir,
    workspace: ws,
    store,
    async scripts(files) {
      const out: LocalAsset[] = [];
      for (const [name, text] of Object.entries(files)) {
        await mkdir(join(dir, "code"), { recursive: true });
        await writeFile(join(dir, "code", name), text);
        out.push({ s3Uri: `s3://my-bucket/code/${name}`, localPath: join(dir, "code", name) });
      }
      return out;
    },
    async put(uri, text) {
      const path = join(store, ...uri.slice("s3://".length).split("/"));
      await mkdir(join(path, ".."), { recursive: true });
      await writeFile(path, text);
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** An S3Input of a processing step. */
export function input(name: string, uri: unknown, localPath: string): Record<string, unknown> {
  return { InputName: name, AppManaged: false, S3Input: { S3Uri: uri, LocalPath: localPath, S3DataType: "S3Prefix", S3InputMode: "File" } };
}

/** A processing output whose S3 URI is per run, as the SDK writes it when no destination is given. */
export function output(pipeline: string, step: string, name: string): Record<string, unknown> {
  const uri = { "Std:Join": { On: "/", Values: ["s3:/", "my-bucket", pipeline, { Get: "Execution.PipelineExecutionId" }, step, "output", name] } };
  return { OutputName: name, AppManaged: false, S3Output: { S3Uri: uri, LocalPath: `/opt/ml/processing/${name}`, S3UploadMode: "EndOfJob" } };
}

/** The Get that reads a processing step's output URI. */
export function outputOf(step: string, name: string): { Get: string } {
  return { Get: `Steps.${step}.ProcessingOutputConfig.Outputs['${name}'].S3Output.S3Uri` };
}

/** A processing step running `python3 /opt/ml/processing/input/code/<script>`. */
export function processing(name: string, script: string, more: { inputs?: unknown[]; outputs?: unknown[]; extra?: Record<string, unknown> } = {}): Record<string, unknown> {
  return {
    Name: name,
    Type: "Processing",
    Arguments: {
      AppSpecification: { ImageUri: "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-image:latest", ContainerEntrypoint: ["python3", `/opt/ml/processing/input/code/${script}`] },
      ProcessingInputs: [...(more.inputs ?? []), input("code", `s3://my-bucket/code/${script}`, "/opt/ml/processing/input/code")],
      ProcessingOutputConfig: { Outputs: more.outputs ?? [] },
      ProcessingResources: { ClusterConfig: { InstanceCount: 1, InstanceType: "ml.m5.xlarge", VolumeSizeInGB: 30 } },
      RoleArn: "arn:aws:iam::123456789012:role/SageMakerRole",
    },
    ...(more.extra ?? {}),
  };
}

/** A definition document. */
export function definition(steps: unknown[], parameters: unknown[] = []): Record<string, unknown> {
  return { Version: "2020-12-01", Metadata: {}, Parameters: parameters, Steps: steps };
}
