import { readFileSync } from "node:fs";

/** The text of a definition file the user named; an unreadable one is a usage error (exit 2) naming why. */
export function readDefinitionFile(path: string, shown: string, command: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : (e as Error).message;
    throw Object.assign(new Error(`sagepipe ${command}: cannot read ${shown}: ${why}. Pass the path of a definition JSON file.`), { exitCode: 2 });
  }
}
