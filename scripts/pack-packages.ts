// The workspace's packages as a user gets them: every publishable package packed with
// `pnpm pack` (its prepack compiles src/ into dist/, and the packed package.json takes its
// publishConfig) into a folder of tarballs, which `npm install` takes in a project outside
// the workspace. `pnpm pack:all [folder]` packs them (default: ./tarballs); the end-to-end
// test (test/e2e/installed-project.test.ts) uses the same functions.
import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const REPO = new URL("../", import.meta.url).pathname;

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

if (import.meta.url === `file://${process.argv[1]}`) {
  const destination = resolve(process.argv[2] ?? "tarballs");
  mkdirSync(destination, { recursive: true });
  const tarballs = await packAll(destination);
  console.log(`${tarballs.length} packages packed into ${destination}. In your project:\n  npm install ${tarballs.map((t) => relative(process.cwd(), t)).join(" ")}`);
}
