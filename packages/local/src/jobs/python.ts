import { execFile } from "node:child_process";

/** The Python that stands in for the images' Python: its absolute path and version. */
export interface PythonInfo {
  readonly path: string;
  readonly version: string;
  /** Folders the Python's files live in (sys.prefix, sys.base_prefix, ..., resolved): jobs may read them. */
  readonly prefixes: readonly string[];
}

/** Finds the Python to run jobs with; resolves to its info or a message saying what to do. */
export function findPython(python: string): Promise<PythonInfo | { readonly problem: string }> {
  const script =
    "import sys, os; print(os.path.realpath(sys.executable)); print(sys.version.split()[0]); " +
    "print('\\0'.join(sorted({os.path.realpath(p) for p in (sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix, os.path.dirname(os.path.realpath(sys.executable)))})))";
  return new Promise((resolve) => {
    execFile(python, ["-c", script], { timeout: 20_000 }, (error, stdout) => {
      const [path, version, prefixes] = String(stdout).trim().split("\n");
      if (error || !path || !version) {
        resolve({
          problem:
            `Python '${python}' ${(error as NodeJS.ErrnoException | null)?.code === "ENOENT" ? "was not found" : "did not run"}; ` +
            "pass --python with a Python 3 that has your jobs' packages (on Debian: --python /usr/bin/python3 " +
            "with apt-get install python3-pandas python3-sklearn python3-xgboost).",
        });
      } else resolve({ path, version, prefixes: (prefixes ?? "").split("\0").filter(Boolean) });
    });
  });
}

/** A hint for a job log that shows a missing Python module, or undefined. */
export function missingModuleHint(logTail: string, python: string): string | undefined {
  const m = /ModuleNotFoundError: No module named '([^'.]+)/.exec(logTail);
  if (!m) return undefined;
  const mod = m[1]!;
  const debian: Record<string, string> = { sklearn: "python3-sklearn", pandas: "python3-pandas", xgboost: "python3-xgboost", numpy: "python3-numpy" };
  return (
    `the job's Python (${python}) has no module '${mod}': install it (` +
    `${debian[mod] ? `apt-get install ${debian[mod]}, or ` : ""}pip install ${mod === "sklearn" ? "scikit-learn" : mod}) ` +
    "or pass --python with one that has it (a pyenv or venv Python does not see Debian's packages)"
  );
}
