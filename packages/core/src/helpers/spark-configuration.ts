/** One EMR-style application configuration (written as-is into the job's `configuration.json`). */
export interface SparkConfiguration {
  /** e.g. "spark-defaults", "spark-env", "core-site". */
  readonly Classification: string;
  readonly Properties: Readonly<Record<string, string>>;
  /** Nested configurations (e.g. "export" under "spark-env"). */
  readonly Configurations?: readonly SparkConfiguration[];
}

/** The classifications the SageMaker Spark containers understand. */
export const SPARK_CLASSIFICATIONS: readonly string[] = [
  "core-site", "hadoop-env", "hadoop-log4j", "hive-env", "hive-log4j", "hive-exec-log4j", "hive-site",
  "spark-defaults", "spark-env", "spark-log4j", "spark-hive-site", "spark-metrics", "yarn-env", "yarn-site", "export",
];

/** What is wrong with a configuration (empty when fine), as the SDK checks it. */
export function sparkConfigurationProblems(config: SparkConfiguration | readonly SparkConfiguration[]): string[] {
  const list: readonly SparkConfiguration[] = Array.isArray(config) ? config : [config as SparkConfiguration];
  return list.flatMap((c) => [
    ...(SPARK_CLASSIFICATIONS.includes(c.Classification)
      ? []
      : [`configuration classification '${c.Classification}' is not one of ${SPARK_CLASSIFICATIONS.join(", ")} (see https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-configure-apps.html)`]),
    ...sparkConfigurationProblems(c.Configurations ?? []),
  ]);
}
