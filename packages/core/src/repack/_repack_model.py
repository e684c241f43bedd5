"""sagepipe's model repack script, run by a repack training job ("<step>-RepackModel-<n>").

The job's "training" channel holds the model archive. This script unpacks it, puts the model's
inference code under code/ (the source folder, or just the entry point) and its dependencies under
code/lib/, and writes the result to /opt/ml/model, which SageMaker packs as the job's
model.tar.gz: the archive the model step then serves.
"""
import argparse
import os
import shutil
import tarfile
import tempfile

# The job's code folder is this script's; the channel and output folders are the training
# toolkit's (SM_CHANNEL_TRAINING, SM_MODEL_DIR), with SageMaker's usual paths as defaults.
CODE_DIR = os.path.dirname(os.path.abspath(__file__))
CHANNEL_DIR = os.environ.get("SM_CHANNEL_TRAINING", "/opt/ml/input/data/training")
MODEL_DIR = os.environ.get("SM_MODEL_DIR", "/opt/ml/model")
OWN_FILES = ("_repack_model.py", "_repack_script_launcher.sh")


def given(value):
    """Hyperparameters arrive as text; an absent one as "null" (or empty)."""
    return value not in (None, "", "null", "None")


def find_archive(model_archive):
    """The downloaded archive: named as in its S3 URI, else the channel's only .tar.gz."""
    name = model_archive.rstrip("/").rsplit("/", 1)[-1] if given(model_archive) else ""
    if name and os.path.isfile(os.path.join(CHANNEL_DIR, name)):
        return os.path.join(CHANNEL_DIR, name)
    found = [f for f in sorted(os.listdir(CHANNEL_DIR)) if f.endswith(".tar.gz")]
    if len(found) != 1:
        raise SystemExit("repack: expected one model archive in %s, found %s" % (CHANNEL_DIR, found or "none"))
    return os.path.join(CHANNEL_DIR, found[0])


def extract(archive, dest):
    """Extracts the archive, refusing members that would land outside dest."""
    root = os.path.realpath(dest)
    with tarfile.open(archive, "r:*") as tar:
        for member in tar.getmembers():
            target = os.path.realpath(os.path.join(root, member.name))
            if target != root and not target.startswith(root + os.sep):
                raise SystemExit("repack: %s would be written outside the model folder" % member.name)
            if member.issym() or member.islnk():
                link = os.path.realpath(os.path.join(os.path.dirname(target), member.linkname))
                if not link.startswith(root + os.sep):
                    raise SystemExit("repack: link %s points outside the model folder" % member.name)
        if hasattr(tarfile, "data_filter"):
            tar.extractall(root, filter="data")
        else:
            tar.extractall(root)


def copy_code(code_dir, inference_script, source_dir):
    """The source folder (without this script and its launcher), or the entry point alone."""
    if given(source_dir):
        shutil.copytree(CODE_DIR, code_dir, ignore=lambda d, names: [n for n in names if d == CODE_DIR and n in OWN_FILES])
    else:
        os.makedirs(code_dir)
        shutil.copy2(os.path.join(CODE_DIR, inference_script), os.path.join(code_dir, inference_script))


def copy_dependencies(code_dir, dependencies):
    """Each dependency (shipped at the code folder's root under its own name) into code/lib/."""
    if not given(dependencies):
        return
    lib_dir = os.path.join(code_dir, "lib")
    os.makedirs(lib_dir, exist_ok=True)
    for dependency in dependencies.split(" "):
        name = os.path.basename(dependency.rstrip("/"))
        source = os.path.join(CODE_DIR, name)
        if os.path.isdir(source):
            shutil.copytree(source, os.path.join(lib_dir, name), dirs_exist_ok=True)
        elif os.path.isfile(source):
            shutil.copy2(source, lib_dir)
        else:
            raise SystemExit("repack: dependency %s is not in the code folder" % name)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--inference_script", default="inference.py")
    parser.add_argument("--model_archive", default="model.tar.gz")
    parser.add_argument("--dependencies", default=None)
    parser.add_argument("--source_dir", default=None)
    args, _ = parser.parse_known_args()
    with tempfile.TemporaryDirectory() as tmp:
        model = os.path.join(tmp, "model")
        os.makedirs(model)
        extract(find_archive(args.model_archive), model)
        code_dir = os.path.join(model, "code")
        if os.path.exists(code_dir):
            shutil.rmtree(code_dir)
        copy_code(code_dir, args.inference_script, args.source_dir)
        copy_dependencies(code_dir, args.dependencies)
        shutil.copytree(model, MODEL_DIR, dirs_exist_ok=True)


if __name__ == "__main__":
    main()
