import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

type Gc = (options: { readonly type: "minor" | "major"; readonly execution: "sync" | "async" }) => void;
let gc: Gc | null | undefined;

/**
 * Collects V8's young generation now, while a watch waits for the next change (idle-time
 * garbage collection, as browsers do between frames). A rebuild allocates about as much as
 * the young generation holds (~16 MB: the new program and its type checker), so without this
 * a scavenge falls inside most rebuilds and copies what the check has built so far (~10 ms of
 * a ~100 ms rebuild); started empty, the rebuild fits. Node offers `gc` only to a context made
 * after `--expose-gc` is set (v8.setFlagsFromString), so this takes it from a new one; where
 * that fails, nothing is collected and the rebuild is as before.
 */
export function collectYoungGeneration(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString("--expose-gc");
      gc = runInNewContext("gc") as Gc;
    } catch {
      gc = null;
    }
  }
  gc?.({ type: "minor", execution: "sync" });
}
