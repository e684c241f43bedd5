import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readTar } from "./safe-untar.ts";

/** One ustar entry (header with checksum, then the data padded to 512 bytes). */
function entry(name: string, type: string, data = "", linkName = ""): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0, 100, "utf8");
  header.write("0000644\0", 100);
  header.write("0000000\0", 108);
  header.write("0000000\0", 116);
  header.write(`${Buffer.byteLength(data).toString(8).padStart(11, "0")}\0`, 124);
  header.write("00000000000\0", 136);
  header.write(type, 156);
  header.write(linkName, 157, 100);
  header.write("ustar\0" + "00", 257);
  header.fill(" ", 148, 156);
  let sum = 0;
  for (const b of header) sum += b;
  header.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148);
  const body = Buffer.alloc(Math.ceil(Buffer.byteLength(data) / 512) * 512);
  body.write(data);
  return Buffer.concat([header, body]);
}
/** A pax record `<length> key=value\n`, its length counting itself. */
function paxRecord(key: string, value: string): string {
  const rest = ` ${key}=${value}\n`;
  let length = rest.length + 1;
  while (`${length}${rest}`.length !== length) length++;
  return `${length}${rest}`;
}
const archive = (...entries: Buffer[]) => new Uint8Array(Buffer.concat([...entries, Buffer.alloc(1024)]));

const t = suite("safe-untar");

t("reads files and folders of a gzipped archive made by tar, with their bytes and executable bits", () => {
  const dir = mkdtempSync(join(tmpdir(), "sagepipe-untar-"));
  try {
    mkdirSync(join(dir, "src/pkg"), { recursive: true });
    writeFileSync(join(dir, "src/train.py"), "print(1)\n");
    writeFileSync(join(dir, "src/pkg/util.py"), "x = 2\n");
    writeFileSync(join(dir, "src/run.sh"), "#!/bin/sh\n", { mode: 0o755 });
    execFileSync("tar", ["-czf", join(dir, "a.tar.gz"), "-C", join(dir, "src"), "train.py", "pkg", "run.sh"]);
    const r = readTar(readFileSync(join(dir, "a.tar.gz")));
    assert.ok(r.ok, r.ok ? "" : r.reason);
    if (!r.ok) return;
    assert.equal(r.files.map((f) => [f.path, Buffer.from(f.data).toString(), f.executable]).sort(), [
      ["pkg/util.py", "x = 2\n", false], ["run.sh", "#!/bin/sh\n", true], ["train.py", "print(1)\n", false],
    ]);
    assert.equal(r.folders, ["pkg"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

t("a long name from a pax header or a GNU long-name entry is the entry's path", () => {
  const long = `${"d".repeat(80)}/${"f".repeat(60)}.py`;
  const pax = paxRecord("path", long);
  const r = readTar(archive(entry("PaxHeader", "x", pax), entry("short", "0", "a"), entry("././@LongLink", "L", `${long}2\0`), entry("short2", "0", "b")));
  assert.ok(r.ok, r.ok ? "" : r.reason);
  if (r.ok) assert.equal(r.files.map((f) => f.path), [long, `${long}2`]);
});

for (const [what, bytes, reason] of [
  ["a symbolic link", archive(entry("link", "2", "", "/etc/passwd")), /entry 'link' is a symbolic link; only files and folders are unpacked/],
  ["a hard link", archive(entry("hard", "1", "", "x")), /entry 'hard' is a hard link/],
  ["a '..' path", archive(entry("../../evil.py", "0", "x")), /entry '\.\.\/\.\.\/evil\.py' would be written outside the folder/],
  ["a '..' inside a path", archive(entry("a/../../evil.py", "0", "x")), /would be written outside the folder/],
  ["an absolute path", archive(entry("/tmp/evil.py", "0", "x")), /entry '\/tmp\/evil\.py' would be written outside the folder/],
  ["a pax path escaping", archive(entry("PaxHeader", "x", paxRecord("path", "../escape.py")), entry("ok.py", "0", "x")), /entry '\.\.\/escape\.py' would be written outside/],
  ["a device", archive(entry("dev", "3")), /entry 'dev' is a character device/],
  ["a truncated entry", new Uint8Array(entry("big.py", "0", "x".repeat(2000)).subarray(0, 1024)), /entry 'big\.py' runs past the end of the archive/],
  ["bytes that are not gzip", new Uint8Array([0x1f, 0x8b, 1, 2, 3]), /not a readable gzip file/],
] as const) {
  t(`refuses ${what}, naming the entry`, () => {
    const r = readTar(what === "bytes that are not gzip" ? bytes : new Uint8Array(gzipSync(bytes)));
    assert.not.ok(r.ok);
    if (!r.ok) assert.match(r.reason, reason);
  });
}

t("the same path twice is refused (the second would overwrite the first)", () => {
  const r = readTar(archive(entry("a.py", "0", "1"), entry("./a.py", "0", "2")));
  assert.not.ok(r.ok);
  if (!r.ok) assert.match(r.reason, "entry './a.py' appears twice");
});

t("a symlink made by tar itself is refused", () => {
  const dir = mkdtempSync(join(tmpdir(), "sagepipe-untar-"));
  try {
    symlinkSync("/etc/passwd", join(dir, "passwd"));
    execFileSync("tar", ["-czf", join(dir, "l.tar.gz"), "-C", dir, "passwd"]);
    const r = readTar(readFileSync(join(dir, "l.tar.gz")));
    assert.not.ok(r.ok);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

t.run();
