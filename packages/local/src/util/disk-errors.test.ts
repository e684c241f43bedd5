import { suite } from "uvu";
import * as assert from "uvu/assert";
import { diskErrorMessage, jobRanOutOfSpace } from "./disk-errors.ts";

const t = suite("disk errors");

const fsError = (code: string, path: string, dest?: string) => Object.assign(new Error(`${code}: x`), { code, path, ...(dest ? { dest } : {}) });

t("names the path, what happened and what to do, for disk and permission errors only", () => {
  assert.is(
    diskErrorMessage(fsError("EACCES", "/ws/runs/abc/run.json"), "abcdefabcdef"),
    "permission denied writing /ws/runs/abc/run.json (EACCES): make that path writable by this user, or put the workspace and store elsewhere (--workspace, --store); then finish the run with sagepipe run --local --resume abcdefabcdef",
  );
  assert.is(
    diskErrorMessage(fsError("ENOSPC", "/job/out/a.bin", "/store/b/a.bin")),
    "no space left on the device writing /store/b/a.bin (ENOSPC): free space on that disk, or put the workspace and store on a larger one (--workspace, --store)",
  );
  assert.match(diskErrorMessage(fsError("EROFS", "/ro/x"))!, "the file system is read-only writing /ro/x (EROFS)");
  assert.is(diskErrorMessage(fsError("ENOENT", "/x")), undefined);
  assert.is(diskErrorMessage(new Error("plain")), undefined);
  assert.ok(jobRanOutOfSpace("OSError: [Errno 28] No space left on device"));
  assert.not.ok(jobRanOutOfSpace("the job exited with code 1: ValueError"));
});

t.run();
