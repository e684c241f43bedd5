// Runs `runLocal` in its own process for the fault tests: options as JSON in argv[2]; prints the
// record's status, or the error, and exits as the CLI would (0 succeeded, 1 otherwise).
import { readFileSync } from "node:fs";
import { runLocal, type RunLocalOptions } from "@sagepipe/local";

const options = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as RunLocalOptions;
try {
  const record = await runLocal(options);
  process.stdout.write(`${record.runId} ${record.status}\n`);
  process.exitCode = record.status === "Succeeded" ? 0 : 1;
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exitCode = 1;
}
