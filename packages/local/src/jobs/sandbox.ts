import { execFile } from "node:child_process";
import { systemViewArguments } from "./sandbox-view.ts";

/** A host folder or file made visible inside the sandbox. */
export interface Bind {
  readonly host: string;
  readonly sandbox: string;
  readonly readOnly: boolean;
}

/** A command to run with the job's container paths made real. */
export interface SandboxJob {
  /** Program and arguments, as seen inside the sandbox. */
  readonly command: readonly string[];
  /** Folders to bind, in order (a later bind may sit inside an earlier one). */
  readonly binds: readonly Bind[];
  /** The whole environment of the job (the host's is not passed through). */
  readonly env: Readonly<Record<string, string>>;
  /** Working folder inside the sandbox. */
  readonly cwd: string;
  /** Whether the job may use the network (off for network-isolated jobs). */
  readonly network: boolean;
}

/**
 * The `bwrap` arguments that run `job`: of the host, only the system view (`systemView`, see
 * sandbox-view.ts) and the job's binds are visible; the root itself is read-only, so a job writes
 * only to its read-write binds (/opt/ml and /tmp).
 */
export function bwrapArguments(job: SandboxJob, systemView: readonly string[] = systemViewArguments()): string[] {
  const args = [...systemView, "--dev", "/dev", "--proc", "/proc"];
  for (const b of job.binds) args.push(b.readOnly ? "--ro-bind" : "--bind", b.host, b.sandbox);
  args.push("--remount-ro", "/", "--unshare-all");
  if (job.network) args.push("--share-net");
  args.push("--die-with-parent", "--new-session", "--clearenv");
  for (const [k, v] of Object.entries(job.env).sort(([a], [b]) => (a < b ? -1 : 1))) args.push("--setenv", k, v);
  args.push("--chdir", job.cwd, "--", ...job.command);
  return args;
}

/** How to install bubblewrap, for messages. */
export const INSTALL_BWRAP =
  "install bubblewrap (Debian/Ubuntu: apt-get install bubblewrap; Fedora: dnf install bubblewrap; Arch: pacman -S bubblewrap), or run with --docker";

/** Checks that bwrap exists and can make a sandbox here; resolves to a problem message or undefined. */
export function checkSandbox(bwrap = "bwrap"): Promise<string | undefined> {
  const args = ["--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--tmpfs", "/opt", "--unshare-all", "--die-with-parent", "true"];
  return new Promise((resolve) => {
    execFile(bwrap, args, { timeout: 10_000 }, (error, _stdout, stderr) => {
      if (!error) return resolve(undefined);
      if ((error as NodeJS.ErrnoException).code === "ENOENT") {
        return resolve(`bubblewrap ('${bwrap}') is not installed; it binds the run's folders onto /opt/ml/... for each job: ${INSTALL_BWRAP}.`);
      }
      resolve(
        `bubblewrap could not create a sandbox here (${String(stderr).trim() || error.message}); ` +
          "allow unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1) or run as root, or run with --docker.",
      );
    });
  });
}
