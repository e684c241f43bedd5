// The workspace's packages as a user gets them: every publishable package packed with
// `pnpm pack` (its prepack compiles src/ into dist/, and the packed package.json takes its
// publishConfig), into a folder of tarballs, then installed with npm into a project outside
// the workspace.
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { REPO } from "./temp-project.ts";

const run = promisify(execFile);

/** A publishable package of the workspace. */
export interface WorkspacePackage {
  readonly name: string;
  readonly dir: string;
}

/** Every package under packages/ that is not private. */
export function publishablePackages(): WorkspacePackage[] {
  const root = join(REPO, "packages");
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(root, e.name))
    .flatMap((dir) => {
      let pkg: { name: string; private?: boolean };
      try {
        pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string; private?: boolean };
      } catch {
        return [];
      }
      return pkg.private ? [] : [{ name: pkg.name, dir }];
    });
}

/** Packs every publishable package into `destination`; returns the tarballs' paths. */
export async function packAll(destination: string): Promise<string[]> {
  const tarballs: string[] = [];
  // One at a time: each prepack runs a compiler, and the machine may be small.
  for (const pkg of publishablePackages()) {
    const { stdout } = await run("pnpm", ["pack", "--pack-destination", destination], { cwd: pkg.dir, maxBuffer: 64 * 1024 * 1024 });
    const tarball = stdout.trim().split("\n").at(-1)!.trim();
    if (!tarball.endsWith(".tgz")) throw new Error(`pnpm pack in ${pkg.dir} printed no tarball:\n${stdout}`);
    tarballs.push(tarball.startsWith("/") ? tarball : join(destination, tarball));
  }
  return tarballs;
}

/** Runs npm in `cwd` (registry dependencies come from npm's cache when it has them). */
export async function npm(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run("npm", [...args, "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, npm_config_update_notifier: "false" },
  });
  return stdout;
}
