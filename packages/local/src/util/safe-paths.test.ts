import { mkdir, symlink, writeFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { inTempDir } from "../testing/shared-files.ts";
import { joinInside, linkOnTheWay, listRegularFiles, unsafeSegment } from "./safe-paths.ts";

const t = suite("safe paths");

t("lists regular files and stops at the first link or special file, never following it", () =>
  inTempDir("safe-list", async (dir) => {
    await mkdir(join(dir, "out", "a"), { recursive: true });
    await writeFile(join(dir, "out", "a", "1.txt"), "1");
    await writeFile(join(dir, "out", "2.txt"), "2");
    assert.equal(await listRegularFiles(join(dir, "out")), { files: ["2.txt", "a/1.txt"] });
    assert.equal(await listRegularFiles(join(dir, "missing")), { files: [] });
    await symlink("/etc", join(dir, "out", "a", "etc"));
    assert.equal(await listRegularFiles(join(dir, "out")), { unsafe: { path: join(dir, "out", "a", "etc"), what: "a symbolic link (to /etc)" } });
    await symlink(join(dir, "out"), join(dir, "link"));
    assert.equal(await listRegularFiles(join(dir, "link")), { unsafe: { path: join(dir, "link"), what: `a symbolic link (to ${join(dir, "out")})` } });
    execFileSync("mkfifo", [join(dir, "fifo")]);
    assert.equal((await listRegularFiles(join(dir, "fifo")) as { unsafe: { what: string } }).unsafe.what, "a fifo");
  }));

t("finds a link between a root and a path; missing parts are fine", () =>
  inTempDir("safe-way", async (dir) => {
    await mkdir(join(dir, "a", "b"), { recursive: true });
    await symlink("/tmp", join(dir, "a", "l"));
    assert.is(await linkOnTheWay(dir, join(dir, "a", "b", "c", "d")), undefined);
    assert.equal(await linkOnTheWay(dir, join(dir, "a", "l", "x")), { path: join(dir, "a", "l"), what: "a symbolic link (to /tmp)" });
    assert.equal((await linkOnTheWay(join(dir, "a"), dir))?.what, `outside ${join(dir, "a")}`);
  }));

t("names that would climb out of a folder are refused", () => {
  assert.is(unsafeSegment("Train-1_x"), undefined);
  for (const bad of ["", ".", "..", "../../victim", "a/b", "a\\b", "a\0b"]) assert.ok(unsafeSegment(bad), bad);
  assert.is(joinInside("/r", "step name", "Train"), "/r/Train");
  assert.throws(() => joinInside("/r", "step name", "../../../victim"), /step name '..\/..\/..\/victim' contains '\/'/);
});

t.run();
