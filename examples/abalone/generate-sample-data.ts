// Writes the small, synthetic Abalone sample that `sagepipe run --local pipeline.ts` starts from:
//   local-store/my-bucket/abalone/abalone-dataset.csv    200 rows in the UCI Abalone format
//   local-store/my-bucket/abalone/abalone-dataset-batch   50 rows of model features, for the transform
// local-store/ mirrors the local object store (<bucket>/<key>); `sagepipe run --local` copies
// what the store lacks from it. The numbers are made up (a seeded generator, so the files are
// the same on every run) and only shaped like the real data; the real data set is not in this
// repository. Run: tsx examples/abalone/generate-sample-data.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** A small seeded generator (mulberry32), so the sample is the same everywhere. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(next: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}

/** One synthetic abalone: sex, seven measurements, rings. */
interface Abalone {
  readonly sex: "M" | "F" | "I";
  readonly measures: readonly number[];
  readonly rings: number;
}

function abalone(next: () => number): Abalone {
  const sex = (["M", "F", "I"] as const)[Math.floor(next() * 3)]!;
  const length = sex === "I" ? 0.2 + 0.3 * next() : 0.4 + 0.33 * next();
  const diameter = 0.8 * length + 0.01 * normal(next);
  const height = 0.27 * length + 0.008 * normal(next);
  const whole = Math.max(0.01, 3.6 * length ** 3 + 0.03 * normal(next));
  const part = (share: number) => share * whole * (1 + 0.06 * normal(next));
  const shucked = part(0.43);
  const viscera = part(0.22);
  const shell = part(0.29);
  const rings = Math.min(29, Math.max(1, Math.round(4 + 20 * shell + (sex === "I" ? -1 : 1) + 1.4 * normal(next))));
  return { sex, measures: [length, diameter, height, whole, shucked, viscera, shell], rings };
}

/** The sample data set: headerless CSV like the UCI file (rings last, as a float). */
export function sampleDataset(rows = 200, seed = 20231114): string {
  const next = random(seed);
  return Array.from({ length: rows }, () => {
    const a = abalone(next);
    return [a.sex, ...a.measures.map((m) => m.toFixed(4)), a.rings.toFixed(1)].join(",");
  }).join("\n") + "\n";
}

/**
 * Batch-transform input: what the model takes, one row per abalone without the label: the
 * seven measurements standardised, then sex one-hot in F, I, M order (as preprocessing.py
 * makes the training data).
 */
export function sampleBatch(rows = 50, seed = 31): string {
  const next = random(seed);
  const all = Array.from({ length: rows }, () => abalone(next));
  const means = [0, 1, 2, 3, 4, 5, 6].map((i) => all.reduce((s, a) => s + a.measures[i]!, 0) / rows);
  const sds = means.map((m, i) => Math.sqrt(all.reduce((s, a) => s + (a.measures[i]! - m) ** 2, 0) / rows) || 1);
  return all.map((a) => [...a.measures.map((v, i) => ((v - means[i]!) / sds[i]!).toFixed(6)), ...["F", "I", "M"].map((s) => (a.sex === s ? "1.0" : "0.0"))].join(",")).join("\n") + "\n";
}

/** Where the sample goes, below this example's folder. */
export const SAMPLE_FILES = {
  "local-store/my-bucket/abalone/abalone-dataset.csv": sampleDataset,
  "local-store/my-bucket/abalone/abalone-dataset-batch": sampleBatch,
} as const;

if (import.meta.url === `file://${process.argv[1]}`) {
  const here = dirname(new URL(import.meta.url).pathname);
  for (const [file, make] of Object.entries(SAMPLE_FILES)) {
    mkdirSync(dirname(join(here, file)), { recursive: true });
    writeFileSync(join(here, file), make());
    console.log(`wrote ${file}`);
  }
}
