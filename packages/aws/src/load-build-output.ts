import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { AwsError } from "./aws-error.ts";
import type { DeployableAsset, DeployableBuild } from "./deployable.ts";
import { readDeploySection } from "./read-deploy-section.ts";

interface ManifestAsset { s3Uri?: unknown; file?: unknown; sha256?: unknown; bytes?: unknown }
interface Manifest { pipelineName?: unknown; definition?: unknown; definitionSha256?: unknown; assets?: unknown; deploy?: unknown }

function fail(where: string, what: string): never {
  throw new AwsError("ReadBuild", `${where}: ${what}`);
}

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Problems with one manifest entry, as `<manifest>#/assets/<i>/<field>: ...` lines. */
function checkManifestAsset(entry: ManifestAsset, where: string): string[] {
  const problems: string[] = [];
  if (typeof entry.s3Uri !== "string" || !entry.s3Uri.startsWith("s3://")) problems.push(`${where}/s3Uri: expected an s3:// URI.`);
  if (typeof entry.file !== "string" || !entry.file) problems.push(`${where}/file: expected a path relative to the manifest.`);
  if (typeof entry.sha256 !== "string" || !/^[0-9a-f]{64}$/.test(entry.sha256)) problems.push(`${where}/sha256: expected 64 lowercase hex digits.`);
  if (entry.bytes !== undefined && (typeof entry.bytes !== "number" || entry.bytes < 0)) problems.push(`${where}/bytes: expected a byte count.`);
  return problems;
}

function readManifestAssets(manifest: Manifest, manifestPath: string): DeployableAsset[] {
  if (!Array.isArray(manifest.assets)) fail(`${manifestPath}#/assets`, "expected a list. Rebuild with `sagepipe build`.");
  const folder = dirname(manifestPath);
  const problems = (manifest.assets as ManifestAsset[]).flatMap((a, i) =>
    checkManifestAsset(a ?? {}, `${manifestPath}#/assets/${i}`),
  );
  if (problems.length) fail(manifestPath, `the asset manifest is malformed:\n  ${problems.join("\n  ")}\nRebuild with \`sagepipe build\`.`);
  return (manifest.assets as ManifestAsset[]).map((a) => ({
    s3Uri: a.s3Uri as string,
    localPath: resolve(folder, a.file as string),
    sha256: a.sha256 as string,
    ...(typeof a.bytes === "number" ? { bytes: a.bytes } : {}),
  }));
}

/**
 * The problem with a definition and the manifest beside it when they are not from one build
 * (a manifest names its definition by sha256; manifests of older builds, without it, pass).
 */
export function definitionMismatch(definitionText: string, manifest: { readonly definitionSha256?: unknown }, definitionPath: string, manifestPath: string): string | undefined {
  if (typeof manifest.definitionSha256 !== "string") return undefined;
  const sha256 = createHash("sha256").update(definitionText).digest("hex");
  if (sha256 === manifest.definitionSha256) return undefined;
  return `${definitionPath} is not the definition ${manifestPath} was written with (sha256 ${sha256.slice(0, 12)}…, the manifest names ${manifest.definitionSha256.slice(0, 12)}…): a build was interrupted, or is writing there now. Run \`sagepipe build\` again (or wait for the running one).`;
}

/**
 * Reads a build written by `sagepipe build`: `<dir>/<Name>.json` and, when present, its
 * `<dir>/<Name>.assets.json` manifest (asset paths are relative to the manifest's folder).
 */
export async function loadBuildOutput(definitionPath: string): Promise<DeployableBuild> {
  const path = resolve(definitionPath);
  let definitionJson: string;
  try {
    definitionJson = await readFile(path, "utf8");
  } catch {
    fail(definitionPath, "cannot read the definition file. Check the path, or run `sagepipe build` first.");
  }
  try {
    JSON.parse(definitionJson);
  } catch (e) {
    fail(definitionPath, `is not valid JSON (${e instanceof Error ? e.message : String(e)}). Rebuild it with \`sagepipe build\`.`);
  }
  const stem = basename(path).replace(/\.json$/, "");
  const manifestPath = join(dirname(path), `${stem}.assets.json`);
  if (!(await exists(manifestPath))) return { name: stem, definitionJson, assets: [] };
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(manifestPath, "utf8")) as Manifest;
  } catch (e) {
    fail(manifestPath, `is not valid JSON (${e instanceof Error ? e.message : String(e)}). Rebuild with \`sagepipe build\`.`);
  }
  const mismatch = definitionMismatch(definitionJson, manifest, definitionPath, manifestPath);
  if (mismatch) throw new AwsError("ReadBuild", mismatch);
  const name = typeof manifest.pipelineName === "string" && manifest.pipelineName ? manifest.pipelineName : stem;
  const settings = readDeploySection(manifest.deploy, manifestPath);
  if (settings.problems.length) fail(manifestPath, `the deploy settings are malformed:\n  ${settings.problems.join("\n  ")}\nRebuild with \`sagepipe build\`.`);
  return { name, definitionJson, assets: readManifestAssets(manifest, manifestPath), ...settings.values };
}
