import { lstatSync, readdirSync, readlinkSync, realpathSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";

/**
 * What a job may read of the host, and nothing else: the system's programs and libraries
 * (`/usr`, and `/bin`, `/lib`, ... as the host has them), the few `/etc` files that programs and
 * Python need to start, resolve names and check certificates. No home folders, no /root, no
 * /etc/shadow, no /var, /srv, /mnt, /media, /opt or /tmp of the host. The Python prefix in use,
 * the job's own folders and `--sandbox-read` paths are added by the caller.
 */
export const SYSTEM_READS: readonly string[] = [
  "/usr",
  "/etc/alternatives",
  "/etc/ld.so.cache",
  "/etc/ld.so.conf",
  "/etc/ld.so.conf.d",
  "/etc/localtime",
  "/etc/timezone",
  "/etc/passwd",
  "/etc/group",
  "/etc/nsswitch.conf",
  "/etc/host.conf",
  "/etc/hosts",
  "/etc/resolv.conf",
  "/etc/gai.conf",
  "/etc/services",
  "/etc/protocols",
  "/etc/ssl/certs",
  "/etc/ca-certificates",
  "/etc/mime.types",
  "/etc/matplotlibrc",
  "/etc/os-release",
];

/** Top-level names that are links into /usr on a merged-/usr system, or folders on an older one. */
const TOP_LEVEL = ["/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"];

/** The host's `/etc/python3*` folders (Debian's sitecustomize lives there). */
function etcPython(): string[] {
  try {
    return readdirSync("/etc").filter((n) => /^python3(\.\d+)?$/.test(n)).sort().map((n) => `/etc/${n}`);
  } catch {
    return [];
  }
}

/** The `bwrap` arguments that make the host's system files visible read-only (links as links). */
export function systemViewArguments(): string[] {
  const args: string[] = [];
  for (const path of [...SYSTEM_READS, ...etcPython()]) args.push("--ro-bind-try", path, path);
  for (const path of TOP_LEVEL) {
    let info;
    try {
      info = lstatSync(path);
    } catch {
      continue;
    }
    if (info.isSymbolicLink()) args.push("--symlink", readlinkSync(path), path);
    else if (info.isDirectory()) args.push("--ro-bind", path, path);
  }
  return args;
}

/** Paths of the sandbox that a `--sandbox-read` path may not be or hold (it would hide the job's own). */
const JOB_PATHS = ["/opt/ml", "/opt/sagepipe", "/tmp", "/proc", "/dev"];

/**
 * Checks `--sandbox-read` paths: each must exist, and resolved (relative to `cwd`, links followed)
 * must not be or hold a path the job's own folders use. Returns the resolved paths and problems.
 */
export function checkSandboxReads(paths: readonly string[], cwd: string): { readonly paths: string[]; readonly problems: string[] } {
  const out: string[] = [];
  const problems: string[] = [];
  for (const given of paths) {
    let real: string;
    try {
      real = realpathSync(resolve(cwd, given));
    } catch {
      problems.push(`--sandbox-read ${given}: ${resolve(cwd, given)} does not exist; name a file or folder jobs should read`);
      continue;
    }
    const hidden = JOB_PATHS.find((p) => {
      const rel = relative(real, p);
      return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
    });
    if (hidden) problems.push(`--sandbox-read ${given}: ${real} would cover the job's own ${hidden}; name the folder below it that jobs need`);
    else out.push(real);
  }
  return { paths: out, problems };
}
