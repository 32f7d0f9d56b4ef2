"""Strip outputs and execution counts from notebooks before committing (tests/test_notebooks.py checks it).

  python notebooks/strip_outputs.py [NOTEBOOK ...]      # default: every notebooks/*.ipynb

Outputs hold corpus text (quotes rehydrated at run time) and model results that go stale; the repository keeps
only the code. Standard library only; the notebook JSON is rewritten in nbformat's layout (indent 1).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def strip(path: Path) -> bool:
    """Strip one notebook in place; True when it changed."""
    raw = path.read_text(encoding="utf-8")
    nb = json.loads(raw)
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
        cell.pop("attachments", None)
        for key in ("execution", "collapsed", "scrolled"):
            cell.get("metadata", {}).pop(key, None)
    meta = nb.setdefault("metadata", {})
    meta.pop("widgets", None)
    if "language_info" in meta:  # the kernel fills in its Python version: keep only the language
        meta["language_info"] = {"name": meta["language_info"].get("name", "python")}
    new = json.dumps(nb, indent=1, ensure_ascii=False) + "\n"
    if new != raw:
        path.write_text(new, encoding="utf-8")
        return True
    return False


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted(Path(__file__).resolve().parent.glob("*.ipynb"))
    for path in paths:
        print(f"{path}: {'stripped' if strip(path) else 'already clean'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
