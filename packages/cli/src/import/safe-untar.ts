// Reads a (gzipped) tar archive that came from S3, so untrusted: only regular files and folders
// are accepted, each under a relative path with no `..`; links, devices and absolute paths are
// refused with the entry's name. Nothing touches the disk here: the caller writes the entries.
import { gunzipSync } from "node:zlib";
import { posix } from "node:path";

/** One file of the archive: its path inside the archive's folder and its bytes. */
export interface TarFile {
  readonly path: string;
  readonly data: Uint8Array;
  /** True when the archive marks it executable (any x bit). */
  readonly executable: boolean;
}

/** What a tar archive holds, or why it cannot be unpacked safely. */
export type TarContents = { readonly ok: true; readonly files: readonly TarFile[]; readonly folders: readonly string[] } | { readonly ok: false; readonly reason: string };

const BLOCK = 512;

function text(block: Uint8Array, start: number, length: number): string {
  const bytes = block.subarray(start, start + length);
  const end = bytes.indexOf(0);
  return new TextDecoder().decode(end < 0 ? bytes : bytes.subarray(0, end));
}

function octal(block: Uint8Array, start: number, length: number): number {
  const t = text(block, start, length).trim();
  return t ? parseInt(t, 8) : 0;
}

/** A path inside the archive's folder, or undefined when it would leave it (absolute, `..`, empty). */
function safePath(name: string): string | undefined {
  if (name.includes("\0") || name.includes("\\") || name.startsWith("/")) return undefined;
  const parts = name.split("/").filter((p) => p !== "" && p !== ".");
  if (!parts.length || parts.some((p) => p === "..")) return undefined;
  const joined = parts.join("/");
  return posix.normalize(joined) === joined ? joined : undefined;
}

/** The `path` record of a pax extended header, when it has one. */
function paxPath(data: Uint8Array): string | undefined {
  const records = new TextDecoder().decode(data);
  let at = 0;
  let path: string | undefined;
  while (at < records.length) {
    const space = records.indexOf(" ", at);
    const length = Number(records.slice(at, space));
    if (!(length > 0) || space < 0) break;
    const record = records.slice(space + 1, at + length - 1);
    const eq = record.indexOf("=");
    if (record.slice(0, eq) === "path") path = record.slice(eq + 1);
    at += length;
  }
  return path;
}

const KINDS: Readonly<Record<string, string>> = { "1": "a hard link", "2": "a symbolic link", "3": "a character device", "4": "a block device", "6": "a FIFO" };

/** The entries of a tar or tar.gz archive, checked; never throws on bad bytes. */
export function readTar(bytes: Uint8Array): TarContents {
  let tar: Uint8Array;
  try {
    tar = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  } catch (e) {
    return { ok: false, reason: `it is not a readable gzip file (${(e as Error).message})` };
  }
  const files: TarFile[] = [];
  const folders: string[] = [];
  const seen = new Set<string>();
  let nextName: string | undefined;
  for (let at = 0; at + BLOCK <= tar.length; ) {
    const header = tar.subarray(at, at + BLOCK);
    if (header.every((b) => b === 0)) return { ok: true, files, folders };
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156] ?? 0);
    const prefix = text(header, 345, 155);
    const rawName = nextName ?? (prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100));
    const dataStart = at + BLOCK;
    if (!Number.isSafeInteger(size) || size < 0 || dataStart + size > tar.length) return { ok: false, reason: `entry '${rawName}' runs past the end of the archive` };
    const data = tar.subarray(dataStart, dataStart + size);
    at = dataStart + Math.ceil(size / BLOCK) * BLOCK;
    if (type === "x" || type === "L") {
      nextName = type === "x" ? paxPath(data) : text(data, 0, data.length);
      continue;
    }
    nextName = undefined;
    if (type === "g") continue;
    if (KINDS[type]) return { ok: false, reason: `entry '${rawName}' is ${KINDS[type]}; only files and folders are unpacked` };
    if (type !== "0" && type !== "\0" && type !== "7" && type !== "5") return { ok: false, reason: `entry '${rawName}' has type '${type}'; only files and folders are unpacked` };
    const path = safePath(rawName);
    if (path === undefined) return { ok: false, reason: `entry '${rawName}' would be written outside the folder (an absolute path or '..')` };
    if (type === "5") {
      folders.push(path);
      continue;
    }
    if (seen.has(path)) return { ok: false, reason: `entry '${rawName}' appears twice` };
    seen.add(path);
    files.push({ path, data, executable: (octal(header, 100, 8) & 0o111) !== 0 });
  }
  return { ok: true, files, folders };
}
