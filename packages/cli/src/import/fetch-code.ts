// `sagepipe import --fetch-code <dir>`: downloads the code the imported class refers to as local
// files (through S3), a script as a file and a source bundle unpacked into a folder. Everything
// is downloaded and checked first, written into a staging folder inside <dir>, then moved into
// place: a failure leaves <dir> as it was. Untrusted archives never write outside <dir>.
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { readS3Object, type AwsClients } from "@sagepipe/aws";
import type { CodeFetch } from "@sagepipe/compiler";
import { readTar, type TarFile } from "./safe-untar.ts";

/** Why code could not be fetched: the message names the object and the reason. */
export class FetchCodeError extends Error {}

/** True when `path` is inside `dir` (not `dir` itself). */
function inside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== "" && !isAbsolute(rel) && rel.split(sep)[0] !== "..";
}

/** The files one fetch writes, relative to <dir>. */
async function filesOf(s3: AwsClients["s3"], fetch: CodeFetch): Promise<{ folders: string[]; files: TarFile[] }> {
  const bytes = await readS3Object(s3, fetch.uri);
  if (!fetch.unpack) return { folders: [], files: [{ path: fetch.path, data: bytes, executable: false }] };
  const tar = readTar(bytes);
  if (!tar.ok) throw new FetchCodeError(`${fetch.uri} cannot be unpacked: ${tar.reason}. Nothing was written.`);
  return {
    folders: [fetch.path, ...tar.folders.map((f) => `${fetch.path}/${f}`)],
    files: tar.files.map((f) => ({ ...f, path: `${fetch.path}/${f.path}` })),
  };
}

/**
 * Downloads every fetch into `dir` (absolute). Refuses targets that exist unless `force`.
 * Throws FetchCodeError or the AWS client's described error; `dir` is then unchanged.
 */
export async function fetchCode(s3: AwsClients["s3"], fetches: readonly CodeFetch[], dir: string, force: boolean): Promise<void> {
  const tops = [...new Set(fetches.map((f) => f.path.split("/")[0]!))];
  for (const top of tops) {
    const target = join(dir, top);
    if (!inside(dir, target)) throw new FetchCodeError(`'${top}' is not a folder name inside ${dir}. Nothing was written.`);
    if (existsSync(target) && !force) throw new FetchCodeError(`${target} exists; nothing was written. Pass --force to replace it, or another --fetch-code folder.`);
  }
  const downloaded = [];
  for (const f of fetches) downloaded.push(await filesOf(s3, f));
  mkdirSync(dir, { recursive: true });
  const staging = mkdtempSync(join(dir, ".sagepipe-fetch-"));
  try {
    for (const { folders, files } of downloaded) {
      for (const folder of folders) mkdirSync(join(staging, folder), { recursive: true });
      for (const file of files) {
        const path = join(staging, file.path);
        if (!inside(staging, path)) throw new FetchCodeError(`'${file.path}' would be written outside ${dir}. Nothing was written.`);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.data, { mode: file.executable ? 0o755 : 0o644, flag: "wx" });
      }
    }
    for (const top of tops) {
      const target = join(dir, top);
      if (force) rmSync(target, { recursive: true, force: true });
      renameSync(join(staging, top), target);
    }
  } catch (e) {
    if (e instanceof FetchCodeError) throw e;
    throw new FetchCodeError(`the code could not be written into ${dir}: ${(e as Error).message}. Nothing was written.`);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** The text of each object (URI -> text): small files that decide how steps are written (a framework processor's launcher). */
export async function readTexts(s3: AwsClients["s3"], uris: readonly string[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const uri of uris) texts.set(uri, new TextDecoder().decode(await readS3Object(s3, uri)));
  return texts;
}
