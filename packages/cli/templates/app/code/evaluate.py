"""Scores the trained XGBoost model on the test set; writes evaluation.json (the property file)."""
import json
import pathlib
import pickle
import tarfile

import pandas as pd
import xgboost

with tarfile.open("/opt/ml/processing/model/model.tar.gz") as tar:
    tar.extractall(path=".")
model = pickle.load(open("xgboost-model", "rb"))

test = pd.read_csv("/opt/ml/processing/test/test.csv", header=None)
labels = test.iloc[:, 0].to_numpy()
predictions = model.predict(xgboost.DMatrix(test.iloc[:, 1:].values))
mse = float(((labels - predictions) ** 2).mean())

out = pathlib.Path("/opt/ml/processing/evaluation")
out.mkdir(parents=True, exist_ok=True)
(out / "evaluation.json").write_text(json.dumps({"regression_metrics": {"mse": {"value": mse}}}))
