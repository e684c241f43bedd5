"""Splits the input CSV (label in the first column, no header) into train and test sets."""
import pathlib
import random

rows = pathlib.Path("/opt/ml/processing/input").glob("*.csv")
lines = [line for path in rows for line in path.read_text().splitlines() if line.strip()]
random.Random(42).shuffle(lines)
cut = int(len(lines) * 0.8)
for name, part in (("train", lines[:cut]), ("test", lines[cut:])):
    out = pathlib.Path(f"/opt/ml/processing/{name}")
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{name}.csv").write_text("\n".join(part) + "\n")
