def model_fn(model_dir):
    return None
