import { execFile } from "node:child_process";

/** A job run in its real image. */
export interface DockerJob {
  readonly image: string;
  /** Replaces the image's entrypoint when given. */
  readonly entrypoint?: readonly string[];
  readonly args: readonly string[];
  /** Host folder mounted at /opt/ml. */
  readonly mlDir: string;
  readonly env: Readonly<Record<string, string>>;
  readonly network: boolean;
}

/** The `docker` arguments that run `job`. */
export function dockerArguments(job: DockerJob): string[] {
  const args = ["run", "--rm", "-v", `${job.mlDir}:/opt/ml`];
  for (const [k, v] of Object.entries(job.env).sort(([a], [b]) => (a < b ? -1 : 1))) args.push("-e", `${k}=${v}`);
  if (!job.network) args.push("--network", "none");
  const [first, ...rest] = job.entrypoint ?? [];
  if (first !== undefined) args.push("--entrypoint", first);
  args.push(job.image, ...rest, ...job.args);
  return args;
}

/** Checks that a Docker daemon answers; resolves to a problem message or undefined. */
export function checkDocker(docker = "docker"): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(docker, ["info", "--format", "{{.ServerVersion}}"], { timeout: 15_000 }, (error, _out, stderr) => {
      if (!error) return resolve(undefined);
      if ((error as NodeJS.ErrnoException).code === "ENOENT") {
        return resolve("--docker: the docker command is not installed; install Docker, or drop --docker to run jobs with bubblewrap.");
      }
      resolve(
        `--docker: the Docker daemon did not answer (${String(stderr).trim().split("\n")[0] || error.message}); ` +
          "start it (e.g. systemctl start docker), or drop --docker to run jobs with bubblewrap.",
      );
    });
  });
}
