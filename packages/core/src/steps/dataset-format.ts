/** The format of a quality check's baseline dataset, as Model Monitor reads it (SDK `DatasetFormat`). */
export type DatasetFormat =
  | { readonly csv: { readonly header: boolean; readonly output_columns_position: "START" | "END" } }
  | { readonly json: { readonly lines: boolean } }
  | { readonly parquet: Readonly<Record<string, never>> };

/** Builds dataset formats: `datasetFormat.csv({ header: true })`. */
export const datasetFormat = Object.freeze({
  /** CSV. `header`: the first row names the columns (@default true); `outputColumnsPosition`: where the model's outputs are (@default "START"). */
  csv(options: { readonly header?: boolean; readonly outputColumnsPosition?: "START" | "END" } = {}): DatasetFormat {
    return { csv: { header: options.header ?? true, output_columns_position: options.outputColumnsPosition ?? "START" } };
  },
  /** JSON, one document per line unless `lines: false`. @default lines true */
  json(options: { readonly lines?: boolean } = {}): DatasetFormat {
    return { json: { lines: options.lines ?? true } };
  },
  /** Parquet. */
  parquet(): DatasetFormat {
    return { parquet: {} };
  },
});
