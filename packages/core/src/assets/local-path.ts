import { statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import type { RenderContext } from "../steps/render-context.ts";

/** A path the user wrote, resolved against the folder of the file that declares the step. */
export function localPath(path: string, ctx: RenderContext): string {
  return isAbsolute(path) ? path : resolve(ctx.sourceDir, path);
}

/** Whether a path is a file, a folder, or neither (missing or unreadable). */
export function pathKind(path: string): "file" | "dir" | undefined {
  try {
    const s = statSync(path);
    return s.isDirectory() ? "dir" : s.isFile() ? "file" : undefined;
  } catch {
    return undefined;
  }
}
