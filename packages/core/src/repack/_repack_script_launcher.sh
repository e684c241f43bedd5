#!/bin/sh
# sagepipe's repack launcher. The training container runs this file (the job's sagemaker_program);
# SageMaker passes the job's hyperparameters as SM_HP_* variables. It runs the repack script
# without installing a requirements.txt the model's code may carry.
exec python _repack_model.py \
  --inference_script "${SM_HP_INFERENCE_SCRIPT}" \
  --model_archive "${SM_HP_MODEL_ARCHIVE}" \
  --dependencies "${SM_HP_DEPENDENCIES}" \
  --source_dir "${SM_HP_SOURCE_DIR}"
