"""sagepipe's local stand-in for SageMaker's built-in XGBoost image.

  python3 xgboost_adapter.py train
      Reads /opt/ml/input/config/{hyperparameters,inputdataconfig}.json and the channels under
      /opt/ml/input/data/<channel>, trains with the xgboost package, and pickles the Booster to
      /opt/ml/model/xgboost-model, as the container does.

  python3 xgboost_adapter.py transform <input dir> <output dir> <content type>
      Loads /opt/ml/model/xgboost-model and writes one prediction per line for every input
      file to <output dir>/<file>.out, as batch transform does.

CSV data has no header and the label in the first column; libsvm is xgboost's own format.
"""
import json
import os
import pickle
import sys

import numpy as np
import xgboost as xgb

CONFIG = "/opt/ml/input/config"
DATA = "/opt/ml/input/data"
MODEL = "/opt/ml/model/xgboost-model"
FAILURE = "/opt/ml/output/failure"

# Hyperparameters the container takes for itself rather than passing to xgboost.train.
NOT_PARAMS = {"num_round", "early_stopping_rounds", "csv_weights", "save_model_on_termination", "_kfold", "_num_cv_round"}


def fail(message):
    os.makedirs(os.path.dirname(FAILURE), exist_ok=True)
    with open(FAILURE, "w") as f:
        f.write(message)
    print(message, file=sys.stderr)
    sys.exit(1)


def read_json(path, default):
    try:
        with open(path) as f:
            return json.load(f)
    except FileNotFoundError:
        return default


def files_under(folder):
    out = []
    for root, _dirs, names in os.walk(folder):
        out.extend(os.path.join(root, n) for n in names if not n.startswith("."))
    return sorted(out)


def is_csv(content_type):
    return (content_type or "").split(";")[0].strip().lower() in ("text/csv", "csv")


def load_channel(name, content_type):
    files = files_under(os.path.join(DATA, name))
    if not files:
        fail(f"channel '{name}' is empty: no files under {os.path.join(DATA, name)}")
    if is_csv(content_type):
        rows = [np.loadtxt(p, delimiter=",", ndmin=2) for p in files if os.path.getsize(p) > 0]
        data = np.concatenate(rows)
        return xgb.DMatrix(data[:, 1:], label=data[:, 0])
    if len(files) > 1:
        fail(f"channel '{name}': libsvm input must be one file here, found {len(files)}; use text/csv or merge them")
    return xgb.DMatrix(files[0] + "?format=libsvm")


def parse_value(text):
    for cast in (int, float):
        try:
            return cast(text)
        except (TypeError, ValueError):
            pass
    return text


def train():
    hyper = {k: str(v) for k, v in read_json(os.path.join(CONFIG, "hyperparameters.json"), {}).items()}
    channels = read_json(os.path.join(CONFIG, "inputdataconfig.json"), {})
    if "train" not in channels:
        fail("the XGBoost algorithm needs a 'train' channel")
    params = {k: parse_value(v) for k, v in hyper.items() if k not in NOT_PARAMS}
    if params.get("objective") == "reg:linear":
        params["objective"] = "reg:squarederror"  # the same objective under its current name
        print("objective reg:linear is reg:squarederror in this xgboost")
    rounds = int(hyper.get("num_round", "0"))
    if rounds <= 0:
        fail("hyperparameter num_round is required and must be a positive integer")
    dtrain = load_channel("train", channels["train"].get("ContentType"))
    evals = [(dtrain, "train")]
    if "validation" in channels:
        evals.append((load_channel("validation", channels["validation"].get("ContentType")), "validation"))
    early = hyper.get("early_stopping_rounds")
    booster = xgb.train(
        params,
        dtrain,
        num_boost_round=rounds,
        evals=evals,
        early_stopping_rounds=int(early) if early and len(evals) > 1 else None,
        verbose_eval=True,
    )
    os.makedirs(os.path.dirname(MODEL), exist_ok=True)
    with open(MODEL, "wb") as f:
        pickle.dump(booster, f)
    print(f"saved model to {MODEL}")


def load_model():
    try:
        with open(MODEL, "rb") as f:
            return pickle.load(f)
    except (pickle.UnpicklingError, EOFError, ValueError):
        booster = xgb.Booster()
        booster.load_model(MODEL)
        return booster


def transform(input_dir, output_dir, content_type):
    if not os.path.exists(MODEL):
        fail(f"the model archive has no xgboost-model file at its top level ({MODEL})")
    model = load_model()
    for path in files_under(input_dir):
        rel = os.path.relpath(path, input_dir)
        if is_csv(content_type):
            data = np.loadtxt(path, delimiter=",", ndmin=2)
            matrix = xgb.DMatrix(data)
        else:
            matrix = xgb.DMatrix(path + "?format=libsvm")
        predictions = model.predict(matrix)
        target = os.path.join(output_dir, rel + ".out")
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w") as f:
            f.write("\n".join(str(p) for p in predictions) + "\n")
        print(f"{rel}: {len(predictions)} predictions")


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else "train"
    if mode == "train":
        train()
    elif mode == "transform" and len(sys.argv) == 5:
        transform(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        fail("usage: xgboost_adapter.py train | transform <input dir> <output dir> <content type>")
