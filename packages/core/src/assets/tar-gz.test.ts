import { gunzipSync } from "node:zlib";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { tarGz } from "./tar-gz.ts";

const t = suite("tarGz");
const bytes = (s: string) => new TextEncoder().encode(s);

/** Reads a ustar archive back: names (prefix/name), sizes, contents, and whether each checksum holds. */
function readTar(buf: Buffer) {
  const out: { name: string; size: number; mode: string; mtime: number; body: string; checksumOk: boolean }[] = [];
  for (let off = 0; off + 512 <= buf.length; ) {
    const h = buf.subarray(off, off + 512);
    if (h.every((b) => b === 0)) break;
    const text = (a: number, n: number) => h.subarray(a, a + n).toString("utf8").replace(/\0.*$/s, "");
    const size = parseInt(text(124, 12), 8);
    const sum = [...h].reduce((acc, b, i) => acc + (i >= 148 && i < 156 ? 32 : b), 0);
    const prefix = text(345, 155);
    out.push({
      name: prefix ? `${prefix}/${text(0, 100)}` : text(0, 100),
      size,
      mode: text(100, 8),
      mtime: parseInt(text(136, 12), 8),
      body: buf.subarray(off + 512, off + 512 + size).toString("utf8"),
      checksumOk: parseInt(text(148, 8), 8) === sum,
    });
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}

t("the same files give the same bytes, whatever their order", () => {
  const a = tarGz([{ name: "b.py", bytes: bytes("B") }, { name: "a.py", bytes: bytes("A") }]);
  const b = tarGz([{ name: "a.py", bytes: bytes("A") }, { name: "b.py", bytes: bytes("B") }]);
  assert.ok(a.equals(b));
});

t("entries are sorted, with fixed mode and time and valid checksums", () => {
  const files = readTar(gunzipSync(tarGz([{ name: "sub/z.txt", bytes: bytes("zz") }, { name: "train.py", bytes: bytes("print(1)\n") }])));
  assert.equal(files.map((f) => [f.name, f.size, f.body]), [["sub/z.txt", 2, "zz"], ["train.py", 9, "print(1)\n"]]);
  assert.ok(files.every((f) => f.checksumOk && f.mode === "0000644" && f.mtime === 0));
});

t("bodies longer than a block are padded to whole blocks", () => {
  const big = "x".repeat(1300);
  const files = readTar(gunzipSync(tarGz([{ name: "big.txt", bytes: bytes(big) }, { name: "c.txt", bytes: bytes("c") }])));
  assert.equal(files.map((f) => [f.name, f.body.length]), [["big.txt", 1300], ["c.txt", 1]]);
});

t("long paths go into the ustar prefix field", () => {
  const name = `${"d".repeat(80)}/${"e".repeat(60)}/file.py`;
  const files = readTar(gunzipSync(tarGz([{ name, bytes: bytes("x") }])));
  assert.is(files[0]!.name, name);
});

t("a path too long for ustar is an error that says so", () => {
  assert.throws(() => tarGz([{ name: "f".repeat(300), bytes: bytes("x") }]), /too long for a tar archive/);
});

t.run();
