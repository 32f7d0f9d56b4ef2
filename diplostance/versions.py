"""Library versions recorded in model cards and metrics files."""
from __future__ import annotations

import platform
from importlib.metadata import PackageNotFoundError, version

PACKAGES = ("diplostance", "torch", "transformers", "datasets", "tokenizers", "accelerate", "evaluate",
            "scikit-learn", "spacy", "safetensors", "numpy")


def library_versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for name in PACKAGES:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            pass
    return out
