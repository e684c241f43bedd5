// What `sagepipe init` writes: the files of templates/app (real files in the CLI package),
// with package.json completed from our own package.json files, so that the versions a new
// project asks for are those of this release and are written down nowhere else.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { cliPackageDir, cliVersion, dependencyPackageJson, readPackageJson } from "./own-package.ts";

/** Template file names that cannot be shipped as they are: npm pack leaves out `.gitignore`. */
const RENAMES: Readonly<Record<string, string>> = { gitignore: ".gitignore", "package.json.template": "package.json" };

export function templateDir(): string {
  return join(cliPackageDir(), "templates", "app");
}

/** `[path relative to the project, template file]` for every file of the template, sorted. */
function templateFiles(dir = templateDir(), prefix = ""): [string, string][] {
  const out: [string, string][] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) out.push(...templateFiles(file, join(prefix, name)));
    else out.push([join(prefix, RENAMES[name] ?? name), file]);
  }
  return out;
}

/** `^1.2.3` for a package of this release; the range the CLI itself depends on for others. */
function versionOf(name: string): string {
  // Released with the CLI: sagepipe itself, and the editor plugin, which the CLI does not depend on.
  if (name === "sagepipe" || name === "@sagepipe/ts-plugin") return `^${cliVersion()}`;
  const own = readPackageJson(join(cliPackageDir(), "package.json")).dependencies?.[name];
  if (own && !own.startsWith("workspace:")) return own;
  // In the workspace (`workspace:*`), or not a dependency of ours: the installed package's version.
  const installed = dependencyPackageJson(name)?.version;
  if (!installed) throw new Error(`sagepipe init: cannot tell which version of ${name} goes with this release (no node_modules/${name} beside the CLI)`);
  return `^${installed}`;
}

/** A package name npm accepts, from the project folder's name. */
function packageName(dir: string): string {
  const name = basename(dir).toLowerCase().replace(/[^a-z0-9._~-]+/g, "-").replace(/^[._-]+|-+$/g, "");
  return name || "my-pipeline";
}

/** The template's package.json with the project's name and every empty version filled in. */
function packageJson(template: string, dir: string): string {
  const pkg = JSON.parse(template) as { name: string; dependencies: Record<string, string>; devDependencies: Record<string, string> };
  pkg.name = packageName(dir);
  for (const deps of [pkg.dependencies, pkg.devDependencies]) {
    for (const name of Object.keys(deps)) if (deps[name] === "") deps[name] = versionOf(name);
  }
  return JSON.stringify(pkg, null, 2) + "\n";
}

/** The files a new project in `dir` gets: path relative to `dir` -> content. */
export function projectFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const [path, file] of templateFiles()) {
    const text = readFileSync(file, "utf8");
    files.set(path, path === "package.json" ? packageJson(text, dir) : text);
  }
  return files;
}

/** Files of `files` that already exist in `dir` (relative paths), sorted. */
export function existingFiles(dir: string, files: Iterable<string>): string[] {
  return [...files].filter((f) => existsSync(join(dir, f))).sort();
}

/** Writes the files (the caller has checked none exists). */
export function writeProject(dir: string, files: ReadonlyMap<string, string>): void {
  for (const [path, text] of files) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text, { flag: "wx" });
  }
}

