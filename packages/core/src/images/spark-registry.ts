// Region -> ECR registry account of SageMaker's Spark processing images (sagemaker-spark-processing,
// every version has the same accounts). Facts read from the SageMaker Python SDK's image table;
// cross-checked by spark-registry.test.ts against ../shared/image-uris/spark.json.

/** sagemaker-spark-processing (PySparkProcessor, SparkJarProcessor). */
export const SPARK_ACCOUNTS: Readonly<Record<string, string>> = {
  "af-south-1": "309385258863",
  "ap-east-1": "732049463269",
  "ap-east-2": "533267296287",
  "ap-northeast-1": "411782140378",
  "ap-northeast-2": "860869212795",
  "ap-northeast-3": "102471314380",
  "ap-south-1": "105495057255",
  "ap-south-2": "873151114052",
  "ap-southeast-1": "759080221371",
  "ap-southeast-2": "440695851116",
  "ap-southeast-3": "800295151634",
  "ap-southeast-4": "819679513684",
  "ap-southeast-5": "841784149062",
  "ap-southeast-7": "471112967968",
  "ca-central-1": "446299261295",
  "ca-west-1": "000907499111",
  "cn-north-1": "671472414489",
  "cn-northwest-1": "844356804704",
  "eu-central-1": "906073651304",
  "eu-central-2": "142351485170",
  "eu-north-1": "330188676905",
  "eu-south-1": "753923664805",
  "eu-south-2": "833944533722",
  "eu-west-1": "571004829621",
  "eu-west-2": "836651553127",
  "eu-west-3": "136845547031",
  "il-central-1": "408426139102",
  "me-central-1": "395420993607",
  "me-south-1": "750251592176",
  "mx-central-1": "211125459255",
  "sa-east-1": "737130764395",
  "us-east-1": "173754725891",
  "us-east-2": "314815235551",
  "us-gov-east-1": "260923028637",
  "us-gov-west-1": "271483468897",
  "us-west-1": "667973535471",
  "us-west-2": "153931337802",
};

/** Spark versions with processing images. */
export const SPARK_VERSIONS: readonly string[] = ["2.4", "3.0", "3.1", "3.2", "3.3", "3.5"];
