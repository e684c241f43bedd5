import { localPath as absolute, pathKind as kind } from "../assets/local-path.ts";
import { basename } from "node:path";
import { codeFolderEntries } from "../assets/code-folder.ts";
import { addFileAsset } from "../assets/generated-asset.ts";
import type { NotebookJobProps } from "./notebook-job.ts";
import type { RenderContext } from "./render-context.ts";


/** The SDK's job-name prefix of a notebook job: leading symbols dropped, other symbols made '-'. */
export function notebookJobPrefix(name: string): string {
  return name.replace(/^[^a-zA-Z0-9]+/, "").replace(/[^a-zA-Z0-9-]/g, "-");
}

/** What is wrong with a notebook job's settings and files (empty when fine), as the SDK checks them. */
export function notebookJobProblems(props: NotebookJobProps, ctx: RenderContext, region: string): string[] {
  const problems: string[] = [];
  if (props.notebookJobName !== undefined && !/^[a-zA-Z][a-zA-Z0-9_-]*$/.test(props.notebookJobName)) {
    problems.push(`notebookJobName '${props.notebookJobName}' must start with a letter and hold only letters, digits, '-' and '_'`);
  }
  if (props.inputLocation !== undefined) problems.push(...stagedInputProblems(props));
  else problems.push(...localFileProblems(props, ctx));
  if (typeof props.image === "string" && !props.image.includes(region)) {
    problems.push(`image '${props.image}' is not in the pipeline's region ${region}; use an image hosted in ${region}`);
  }
  if (!props.kernelName) problems.push("kernelName is empty; name the kernel that runs the notebook, e.g. \"python3\"");
  if (props.s3RootUri !== undefined && !props.s3RootUri.startsWith("s3://")) problems.push(`s3RootUri '${props.s3RootUri}' is not an s3:// URI`);
  if ((props.securityGroupIds === undefined) !== (props.subnets === undefined)) problems.push("give both securityGroupIds and subnets, or neither");
  return problems;
}

/** The local files to upload that are missing. */
function localFileProblems(props: NotebookJobProps, ctx: RenderContext): string[] {
  const problems: string[] = [];
  if (kind(absolute(props.inputNotebook, ctx)) !== "file") problems.push(`inputNotebook '${props.inputNotebook}' is not a file (looked for ${absolute(props.inputNotebook, ctx)})`);
  if (props.initializationScript !== undefined && kind(absolute(props.initializationScript, ctx)) !== "file") {
    problems.push(`initializationScript '${props.initializationScript}' is not a file (looked for ${absolute(props.initializationScript, ctx)})`);
  }
  for (const dep of props.additionalDependencies ?? []) {
    if (!kind(absolute(dep, ctx))) problems.push(`additional dependency '${dep}' does not exist (looked for ${absolute(dep, ctx)})`);
  }
  return problems;
}

/** With `inputLocation` nothing is uploaded: the files are named, not read. */
function stagedInputProblems(props: NotebookJobProps): string[] {
  const problems: string[] = [];
  if (!props.inputLocation!.startsWith("s3://")) problems.push(`inputLocation '${props.inputLocation}' is not an s3:// URI`);
  if (props.additionalDependencies?.length) {
    problems.push("additionalDependencies are uploaded, and inputLocation names a folder already staged; put the dependencies in that folder and leave additionalDependencies out, or leave inputLocation out");
  }
  return problems;
}

function uploadPath(path: string, s3Prefix: string, ctx: RenderContext): void {
  if (kind(path) !== "dir") return addFileAsset(ctx, s3Prefix, path);
  for (const e of codeFolderEntries(path)) if (e.kind === "file") addFileAsset(ctx, `${s3Prefix}/${e.rel}`, e.path);
}

/** Records the notebook, its initialization script and dependencies as assets in the job's input folder (folders recursively). */
export function uploadNotebookInputs(paths: readonly string[], folder: string, ctx: RenderContext): void {
  for (const p of paths) uploadPath(absolute(p, ctx), `${folder}/${basename(absolute(p, ctx))}`, ctx);
}
