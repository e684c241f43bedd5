import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";

/** Why an entry path gave no source (SP000), and what to give instead. */
export interface EntryProblem {
  readonly message: string;
  readonly fix: string;
}

const FIX = "Give the path of a TypeScript file that declares a @Pipeline class.";

/** The `.ts` files directly in `dir` that declare a `@Pipeline` class (then any `.ts` file). */
function entriesIn(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /\.tsx?$/.test(n) && !n.endsWith(".d.ts")).sort();
  } catch {
    return [];
  }
  const declaring = names.filter((n) => {
    try {
      return readFileSync(join(dir, n), "utf8").includes("@Pipeline");
    } catch {
      return false;
    }
  });
  return declaring.length ? declaring : names;
}

/**
 * Explains an entry that could not be read: missing, a folder, unreadable. Never throws (the
 * reason is asked of the file system again). The diagnostic's place shows the whole path; the
 * message names the last part of it.
 */
export function entryProblem(path: string): EntryProblem {
  const shown = basename(path);
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOTDIR") return { message: `Cannot read ${shown}: a part of the path is a file, not a folder.`, fix: FIX };
    if (code === "EACCES" || code === "EPERM") return { message: `Cannot read ${shown}: permission denied on a folder of the path.`, fix: "Make the folders of the path readable for this user (chmod), or build as their owner." };
    return { message: `Cannot read ${shown}: there is no such file.`, fix: FIX };
  }
  if (!isFile) {
    const inside = entriesIn(path).map((n) => join(shown, n));
    return {
      message: `${shown} is a folder, not a file: the entry is the TypeScript file that declares the pipeline.`,
      fix: inside.length ? `Give the entry file inside it, e.g. ${inside.slice(0, 3).join(" or ")}.` : FIX,
    };
  }
  try {
    readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "an error";
    if (code === "EACCES" || code === "EPERM") return { message: `Cannot read ${shown}: permission denied (${code}).`, fix: `Make it readable for this user (chmod u+r ${shown}), or build as its owner.` };
    return { message: `Cannot read ${shown} (${code}).`, fix: FIX };
  }
  return { message: `Cannot read ${shown}.`, fix: FIX };
}
