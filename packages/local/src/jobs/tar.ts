import { execFile } from "node:child_process";
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";

function tar(args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile("tar", args, { timeout: 600_000 }, (error, _out, stderr) =>
      error ? reject(new Error(`tar ${args[0]} failed: ${String(stderr).trim() || error.message}`)) : resolve(),
    );
  });
}

/** Packs the contents of `dir` (entries at the archive's top level, as SageMaker does) into a .tar.gz. */
export async function packTarGz(dir: string, file: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const entries = (await readdir(dir)).sort();
  const temp = `${file}.tmp-${process.pid}`;
  try {
    await tar(entries.length ? ["-czf", temp, "-C", dir, "--", ...entries] : ["-czf", temp, "-T", "/dev/null"]);
    await rename(temp, file);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

/** Unpacks a .tar.gz into `dir`. */
export async function unpackTarGz(file: string, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await tar(["-xzf", file, "-C", dir]);
}
