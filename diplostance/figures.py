"""Computations and matplotlib figures shared by the notebooks (``notebooks/*.ipynb``) and
``notebooks/export_figures.py``, so that a figure in ``docs/`` is the one a notebook draws.

Needs matplotlib (and pandas for tables), both in the ``dev`` extra; nothing else in the package imports this
module. Settings read from the environment:

* ``DIPLOSTANCE_NB_SMALL=1``: few items and bootstrap resamples (CI);
* ``DIPLOSTANCE_MODEL``: checkpoint folder (default: the published ``checkpoints/diplostance-minilm``);
* ``DIPLOSTANCE_CORPUS``: corpus folder (default ``../shared/corpus``; see ``diplostance.corpus``).
"""
from __future__ import annotations

import html
import json
import os
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

#: One colour per label (Okabe-Ito, readable with colour-blindness); unknown labels get grey.
LABEL_COLORS = {"conciliatory": "#009E73", "defiant": "#0072B2", "threatening": "#D55E00", "none": "#BBBBBB",
                "uncertain": "#F0E442"}
LABELS = ["conciliatory", "defiant", "threatening", "none"]
SOURCE_NAMES = {"voa": "VOA", "wikinews": "Wikinews", "unscon": "UN speeches"}
SPLITS = ("train", "dev", "test")


def repo_root(start: str | Path | None = None) -> Path:
    """The repository root: the first folder from ``start`` (default: the working directory) upwards that
    holds this project's ``pyproject.toml``."""
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        toml = folder / "pyproject.toml"
        if toml.exists() and 'name = "diplostance"' in toml.read_text(encoding="utf-8"):
            return folder
    raise FileNotFoundError(f"no diplostance checkout at or above {here}")


def chdir_to_repo_root() -> Path:
    """Make relative paths (``configs/``, ``data/``) work when a notebook runs from ``notebooks/``."""
    root = repo_root()
    os.chdir(root)
    return root


@dataclass
class Settings:
    small: bool
    model: Path
    corpus: Path
    n_test: int | None       # items of the test split to score (None: all)
    n_bootstrap: int

    @property
    def corpus_ok(self) -> bool:
        return (self.corpus / "articles.jsonl").exists()

    def corpus_message(self) -> str:
        return (f"corpus not found at {self.corpus}: the cells that need the corpus text are skipped. Build it with "
                "`python -m diplostance corpus build --from online --out ../shared/corpus` (data/CORPUS.md) or "
                "set DIPLOSTANCE_CORPUS.")

    def model_problem(self) -> str | None:
        """None when the checkpoint folder is usable, else a message saying what is missing and how to fix it."""
        from .inference import ModelNotFound, check_model_dir

        try:
            check_model_dir(self.model)
        except ModelNotFound as e:
            return (f"NO CHECKPOINT: {e}. The model-dependent cells are skipped; set DIPLOSTANCE_MODEL to a "
                    "checkpoint folder to run them.")
        return None


def settings() -> Settings:
    from .corpus import default_corpus_dir
    from .inference import DEFAULT_MODEL

    small = os.environ.get("DIPLOSTANCE_NB_SMALL", "").strip() not in ("", "0", "false", "no")
    return Settings(small=small, model=Path(os.environ.get("DIPLOSTANCE_MODEL") or DEFAULT_MODEL),
                    corpus=default_corpus_dir(), n_test=100 if small else None, n_bootstrap=200 if small else 1000)


# ---------------------------------------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------------------------------------

def annotation_table(config: str = "configs/default.yaml", with_text: bool = True):
    """One row per annotated item, as annotated (targets not imputed): id, article_id, source, split, label,
    speaker, country (UN speeches: the speaking country), target, direct, chars (from the offsets), and with
    the corpus (``with_text``) the rehydrated quote and its word count ``words``."""
    import pandas as pd

    from .config import load_config
    from .data import annotation_files, load_items, source_of, split_of
    from .io import iter_jsonl

    d = load_config(config).data
    if with_text:
        rows = load_items(d.train_files, labels=d.labels, corpus=d.corpus, context_chars=d.context_chars)
    else:
        rows = [dict(rec, source=source_of(rec["article_id"]))
                for path in annotation_files(d.train_files) for _, rec, problem in iter_jsonl(path) if not problem]
    df = pd.DataFrame([{k: r.get(k) for k in ("id", "article_id", "source", "label", "speaker", "target", "direct",
                                                "start", "end", "quote")} for r in rows])
    df["split"] = [split_of(a, d.dev_percent, d.test_percent) for a in df["article_id"]]
    df["chars"] = df["end"] - df["start"]
    df["words"] = df["quote"].map(lambda q: len(q.split())) if with_text else np.nan
    df["country"] = [s.removesuffix(" representative") if src == "unscon" else None
                     for s, src in zip(df["speaker"], df["source"])]
    df["target"] = df["target"].fillna("").replace("", "(no target)")
    return df


def crosstab(df, row: str, labels: Sequence[str] = LABELS, top: int | None = None):
    """Label counts per value of ``row`` (most frequent first, ``top`` of them), with a total column."""
    import pandas as pd

    t = pd.crosstab(df[row], df["label"]).reindex(columns=list(labels), fill_value=0)
    t["total"] = t.sum(axis=1)
    t = t.sort_values("total", ascending=False)
    return t.head(top) if top else t


def test_items(model: str | Path, n: int | None = None, seed: int = 0) -> list[dict]:
    """The test split as the checkpoint's own ``training_config.yaml`` prepares it (else
    ``configs/release.yaml``), like ``evaluate.py`` does; ``n`` items drawn at random (fixed seed) when given."""
    from .config import load_config
    from .data import load_config_items
    from .evaluation import select_split

    own = Path(model) / "training_config.yaml"
    cfg = load_config(own if own.exists() else "configs/release.yaml")
    items = select_split(load_config_items(cfg.data), "test", cfg.data.dev_percent, cfg.data.test_percent)
    if n is not None and n < len(items):
        keep = sorted(random.Random(seed).sample(range(len(items)), n))
        items = [items[k] for k in keep]
    return items


def softmax(logits: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    z = np.asarray(logits, dtype=np.float64) / temperature
    z = np.exp(z - z.max(axis=1, keepdims=True))
    return z / z.sum(axis=1, keepdims=True)


# ---------------------------------------------------------------------------------------------------------
# metrics for the figures
# ---------------------------------------------------------------------------------------------------------

def per_class_f1_intervals(gold: Sequence[int], pred: Sequence[int], labels: Sequence[str], n: int = 1000,
                           seed: int = 0, level: float = 0.95) -> dict[str, dict]:
    """F1 per class with a percentile bootstrap interval over items (plus macro-F1 as ``macro``).

    Resamples in which a class is absent from both gold and predictions are left out of that class's interval."""
    from sklearn.metrics import f1_score

    from .metrics import macro_f1

    gold, pred = np.asarray(gold), np.asarray(pred)
    ids = list(range(len(labels)))
    point = f1_score(gold, pred, labels=ids, average=None, zero_division=0)
    rng = np.random.default_rng(seed)
    samples: list[list[float]] = [[] for _ in ids]
    macro = []
    for idx in rng.integers(0, len(gold), (n, len(gold))):
        g, p = gold[idx], pred[idx]
        f = f1_score(g, p, labels=ids, average=None, zero_division=0)
        for k in ids:
            if (g == k).any() or (p == k).any():
                samples[k].append(f[k])
        macro.append(macro_f1(g, p))
    lo_q, hi_q = (1 - level) / 2 * 100, (1 + level) / 2 * 100
    out = {}
    for k, name in enumerate(labels):
        lo, hi = np.percentile(samples[k], [lo_q, hi_q]) if samples[k] else (np.nan, np.nan)
        out[name] = {"f1": float(point[k]), "lo": float(lo), "hi": float(hi), "support": int((gold == k).sum())}
    lo, hi = np.percentile(macro, [lo_q, hi_q])
    out["macro"] = {"f1": macro_f1(gold, pred), "lo": float(lo), "hi": float(hi), "support": len(gold)}
    return out


def reliability(probs: np.ndarray, gold: Sequence[int], bins: int = 15) -> dict:
    """Top-label confidence vs accuracy over equal-width bins (the bins of ``metrics.expected_calibration_error``)."""
    from .metrics import expected_calibration_error

    probs = np.asarray(probs, dtype=float)
    conf, correct = probs.max(axis=1), probs.argmax(axis=1) == np.asarray(gold)
    edges = np.linspace(0.0, 1.0, bins + 1)
    rows = []
    for lo, hi in zip(edges[:-1], edges[1:]):
        mask = (conf > lo) & (conf <= hi)
        if mask.any():
            rows.append({"lo": lo, "hi": hi, "n": int(mask.sum()), "confidence": float(conf[mask].mean()),
                         "accuracy": float(correct[mask].mean())})
    nll = float(-np.mean(np.log(np.clip(probs[np.arange(len(probs)), np.asarray(gold)], 1e-12, None))))
    return {"bins": rows, "ece": expected_calibration_error(probs, gold, bins=bins), "nll": nll,
            "accuracy": float(correct.mean()), "mean_confidence": float(conf.mean())}


def confident_mistakes(items: Sequence[dict], probs: np.ndarray, labels: Sequence[str], k: int = 15,
                       quote_chars: int = 300):
    """The ``k`` misclassified items with the highest confidence, with their (rehydrated) quote."""
    import pandas as pd

    gold = np.array([labels.index(i["label"]) for i in items])
    pred = probs.argmax(axis=1)
    wrong = np.flatnonzero(pred != gold)
    wrong = wrong[np.argsort(-probs[wrong].max(axis=1), kind="stable")][:k]

    def cut(text: str) -> str:
        text = " ".join(text.split())
        return text if len(text) <= quote_chars else text[:quote_chars - 1] + "\u2026"

    return pd.DataFrame([{"id": items[j]["id"], "source": items[j]["source"], "gold": labels[gold[j]],
                          "predicted": labels[pred[j]], "confidence": round(float(probs[j].max()), 3),
                          "p(gold)": round(float(probs[j, gold[j]]), 3), "speaker": items[j].get("speaker") or "",
                          "target": items[j].get("target") or "", "quote": cut(items[j]["quote"])} for j in wrong])


def load_ablation(path: str | Path = "experiments/ablation.json"):
    """The input-format ablation as a table: one row per setting, mean and std macro-F1 per evaluation set."""
    import pandas as pd

    data = json.loads(Path(path).read_text(encoding="utf-8"))
    rows = []
    for setting, r in data["results"].items():
        row = {"setting": setting}
        for part in ("all", "news", "unscon"):
            if part in r:
                row[f"{part} mean"], row[f"{part} std"] = r[part]["mean"], r[part]["std"]
        row["seconds"] = r.get("seconds")
        rows.append(row)
    return data, pd.DataFrame(rows).set_index("setting")


# ---------------------------------------------------------------------------------------------------------
# figures (each returns the matplotlib Figure)
# ---------------------------------------------------------------------------------------------------------

def _plt():
    import matplotlib.pyplot as plt

    return plt


def _colors(labels: Sequence[str]) -> list[str]:
    return [LABEL_COLORS.get(name, "#777777") for name in labels]


def plot_label_distribution(df, labels: Sequence[str] = LABELS):
    """Stacked bars of label counts per source and split (left) and label shares per source (right)."""
    import pandas as pd

    plt = _plt()
    sources = [s for s in SOURCE_NAMES if s in set(df["source"])] + sorted(set(df["source"]) - set(SOURCE_NAMES))
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(12, 4.6), gridspec_kw={"width_ratios": [3, 2]})
    t = pd.crosstab([df["source"], df["split"]], df["label"]).reindex(columns=list(labels), fill_value=0)
    order = [(s, sp) for s in sources for sp in SPLITS if (s, sp) in t.index]
    t = t.loc[order]
    short = {"voa": "VOA", "wikinews": "Wikinews", "unscon": "UN"}
    names = [f"{short.get(s, s)}\n{sp}" for s, sp in order]
    bottom = np.zeros(len(t))
    for name, color in zip(labels, _colors(labels)):
        ax1.bar(names, t[name].values, bottom=bottom, color=color, label=name, edgecolor="white", linewidth=0.5)
        bottom += t[name].values
    for x, total in enumerate(bottom):
        ax1.text(x, total, f"{int(total)}", ha="center", va="bottom", fontsize=8)
    ax1.set_ylabel("items")
    ax1.set_title("Items per source and split")
    ax1.tick_params(axis="x", labelsize=8)
    ax1.set_ylim(0, bottom.max() * 1.1)
    share = pd.crosstab(df["source"], df["label"], normalize="index").reindex(index=sources, columns=list(labels),
                                                                               fill_value=0)
    left = np.zeros(len(share))
    ynames = [SOURCE_NAMES.get(s, s) for s in sources]
    for name, color in zip(labels, _colors(labels)):
        ax2.barh(ynames, share[name].values, left=left, color=color, label=name, edgecolor="white", linewidth=0.5)
        for y, (x0, w) in enumerate(zip(left, share[name].values)):
            if w >= 0.06:
                ax2.text(x0 + w / 2, y, f"{w:.0%}", ha="center", va="center", fontsize=8,
                         color="black" if name == "none" else "white")
        left += share[name].values
    ax2.invert_yaxis()
    ax2.set_xlim(0, 1)
    ax2.set_xlabel("share of the source's items")
    ax2.set_title("Label shares per source")
    handles, names_ = ax1.get_legend_handles_labels()
    fig.legend(handles, names_, loc="lower center", ncol=len(labels), frameon=False)
    fig.tight_layout(rect=(0, 0.07, 1, 1))
    return fig


def plot_crosstab(table, labels: Sequence[str] = LABELS, title: str = "", xlabel: str = "items"):
    """Horizontal stacked bars of a ``crosstab`` table (largest row on top)."""
    plt = _plt()
    fig, ax = plt.subplots(figsize=(9, 0.32 * len(table) + 1.4))
    left = np.zeros(len(table))
    names = [str(i) if len(str(i)) <= 40 else str(i)[:39] + "\u2026" for i in table.index]
    for name, color in zip(labels, _colors(labels)):
        ax.barh(names, table[name].values, left=left, color=color, label=name)
        left += table[name].values
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    return fig


def plot_lengths(df, column: str = "chars", labels: Sequence[str] = LABELS):
    """Box plots of quote length (``chars`` or ``words``) per label, one panel per source (log scale)."""
    plt = _plt()
    sources = [s for s in SOURCE_NAMES if s in set(df["source"])]
    fig, axes = plt.subplots(1, len(sources), figsize=(4 * len(sources), 3.6), sharey=True, squeeze=False)
    for ax, src in zip(axes[0], sources):
        sub = df[df["source"] == src]
        data = [sub.loc[sub["label"] == name, column].dropna().values for name in labels]
        present = [k for k, d in enumerate(data) if len(d)]
        bp = ax.boxplot([data[k] for k in present], patch_artist=True, showfliers=False,
                        medianprops={"color": "black", "linewidth": 1.5})
        ax.set_xticks(range(1, len(present) + 1), [labels[k] for k in present], rotation=20, fontsize=8)
        for patch, k in zip(bp["boxes"], present):
            patch.set_facecolor(LABEL_COLORS.get(labels[k], "#777777"))
        ax.set_yscale("log")
        ax.set_title(SOURCE_NAMES.get(src, src))
    axes[0][0].set_ylabel(f"quote length ({column}, log scale)")
    fig.tight_layout()
    return fig


def plot_confusion(cm, labels: Sequence[str], title: str = "Confusion matrix"):
    """Counts (left) and rows normalised to recall (right); rows gold, columns predicted."""
    plt = _plt()
    cm = np.asarray(cm)
    norm = cm / np.maximum(cm.sum(axis=1, keepdims=True), 1)
    fig, axes = plt.subplots(1, 2, figsize=(11.5, 4.8), constrained_layout=True)
    for ax, mat, fmt, sub in ((axes[0], cm, "{:d}", "counts"), (axes[1], norm, "{:.2f}", "share of the gold row")):
        im = ax.imshow(norm, cmap="Blues", vmin=0, vmax=1)
        ax.set_xticks(range(len(labels)), labels, rotation=30, ha="right")
        ax.set_yticks(range(len(labels)), labels if ax is axes[0] else [])
        ax.set_xlabel("predicted")
        if ax is axes[0]:
            ax.set_ylabel("gold")
        ax.set_title(f"{title} ({sub})", fontsize=11)
        for i in range(len(labels)):
            for j in range(len(labels)):
                ax.text(j, i, fmt.format(mat[i, j]), ha="center", va="center",
                        color="white" if norm[i, j] > 0.6 else "black", fontsize=9)
    fig.colorbar(im, ax=axes, shrink=0.8, label="share of the gold row")
    return fig


def plot_per_class_f1(intervals: dict[str, dict], title: str = "F1 per class (95% bootstrap interval)"):
    plt = _plt()
    names = list(intervals)
    f1 = np.array([intervals[n]["f1"] for n in names])
    lo = np.array([intervals[n]["lo"] for n in names])
    hi = np.array([intervals[n]["hi"] for n in names])
    fig, ax = plt.subplots(figsize=(7, 3.8))
    colors = [LABEL_COLORS.get(n, "#555555") for n in names]
    ax.bar(range(len(names)), f1, color=colors, edgecolor="black", linewidth=0.5)
    ax.errorbar(range(len(names)), f1, yerr=[np.nan_to_num(f1 - lo), np.nan_to_num(hi - f1)], fmt="none",
                ecolor="black", capsize=4)
    for x, (v, top) in enumerate(zip(f1, np.where(np.isnan(hi), f1, np.maximum(hi, f1)))):
        ax.text(x + 0.08, top + 0.02, f"{v:.2f}", ha="left", va="bottom", fontsize=9)
    ax.set_xticks(range(len(names)), [f"{'macro-F1' if n == 'macro' else n}\nn={intervals[n]['support']}"
                                      for n in names])
    ax.set_ylim(0, 1)
    ax.set_ylabel("F1")
    ax.set_title(title)
    fig.tight_layout()
    return fig


def plot_reliability(before: dict, after: dict, temperature: float):
    """Reliability diagrams of the raw softmax and of the temperature-scaled probabilities, with ECE."""
    plt = _plt()
    fig, axes = plt.subplots(1, 2, figsize=(10, 4.4), sharey=True)
    for ax, rel, name in ((axes[0], before, "before: softmax(logits)"),
                          (axes[1], after, f"after: softmax(logits / T), T = {temperature:.2f}")):
        ax.plot([0, 1], [0, 1], "--", color="grey", linewidth=1, label="perfect calibration")
        bins = rel["bins"]
        centers = [(b["lo"] + b["hi"]) / 2 for b in bins]
        width = (bins[0]["hi"] - bins[0]["lo"]) if bins else 0.05
        ax.bar(centers, [b["accuracy"] for b in bins], width=width * 0.95, color="#0072B2", alpha=0.75,
               label="accuracy in bin")
        ax.plot([b["confidence"] for b in bins], [b["accuracy"] for b in bins], "o", color="#D55E00", markersize=4,
                label="(mean confidence, accuracy)")
        n = sum(b["n"] for b in bins)
        for c, b in zip(centers, bins):
            ax.text(c, min(b["accuracy"] + 0.02, 0.97), f"{b['n']}", ha="center", fontsize=6, color="#333333")
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1)
        ax.set_xlabel("confidence (top-label probability)")
        ax.set_title(f"{name}\nECE {rel['ece']:.3f}, NLL {rel['nll']:.3f}, n={n}", fontsize=10)
    axes[0].set_ylabel("accuracy")
    handles, names = axes[0].get_legend_handles_labels()
    fig.legend(handles, names, loc="lower center", ncol=3, fontsize=8, frameon=False)
    fig.tight_layout(rect=(0, 0.06, 1, 1))
    return fig


def plot_ablation(table, title: str = "Input-format ablation (linear probe, 5-fold grouped CV)"):
    """Grouped bars of mean macro-F1 (+- std over folds) per setting, for all items, news and UN speeches."""
    plt = _plt()
    parts = [p for p in ("all", "news", "unscon") if f"{p} mean" in table.columns]
    names = {"all": "all items", "news": "news", "unscon": "UN speeches"}
    colors = {"all": "#444444", "news": "#56B4E9", "unscon": "#CC79A7"}
    fig, ax = plt.subplots(figsize=(10, 4.6))
    width = 0.8 / len(parts)
    x = np.arange(len(table))
    for k, p in enumerate(parts):
        ax.bar(x + (k - (len(parts) - 1) / 2) * width, table[f"{p} mean"], width, yerr=table[f"{p} std"],
               capsize=3, color=colors[p], label=names[p])
    ax.set_xticks(x, [s.replace(", ", ",\n") for s in table.index], fontsize=8)
    ax.set_ylabel("macro-F1 (mean \u00b1 std over folds)")
    top = float((table[[f"{p} mean" for p in parts]].values + table[[f"{p} std" for p in parts]].values).max())
    ax.set_ylim(0, min(1.0, top * 1.15))
    ax.legend(fontsize=8, ncol=len(parts), loc="upper left")
    ax.set_title(title)
    fig.tight_layout()
    return fig


# ---------------------------------------------------------------------------------------------------------
# an article with its quotes highlighted
# ---------------------------------------------------------------------------------------------------------

def legend_html(labels: Sequence[str] = LABELS) -> str:
    return " ".join(f'<span style="background:{LABEL_COLORS.get(n, "#DDDDDD")}55;border-bottom:3px solid '
                    f'{LABEL_COLORS.get(n, "#777777")};padding:1px 4px">{html.escape(n)}</span>' for n in labels)


def highlight_html(text: str, records: Sequence[dict], title: str | None = None) -> str:
    """The article as HTML with each quote (``start``/``end`` offsets) highlighted in its label's colour,
    numbered, and a tooltip with speaker, target and scores. Overlapping quotes: the outer one is shown."""
    spans, reach = [], -1
    for n, r in sorted(enumerate(records, 1), key=lambda p: (p[1]["start"], -p[1]["end"])):
        if r["start"] >= reach:
            spans.append((n, r))
            reach = r["end"]
    parts, pos = [], 0
    for n, r in spans:
        label = r.get("label") or "unlabelled"
        color = LABEL_COLORS.get(label, "#999999")
        scores = r.get("scores") or {}
        tip = (f"#{n} {label}" + (f" ({scores[label]:.2f})" if label in scores else "")
               + f"\nspeaker: {r.get('speaker') or '?'}\ntarget: {r.get('target') or '(none)'}")
        parts.append(html.escape(text[pos:r["start"]]))
        tip = html.escape(tip).replace("\n", "&#10;")
        number = "#666666" if label == "none" else color
        parts.append(f'<span title="{tip}" style="background:{color}40;border-bottom:3px solid {color};'
                     f'padding:0 1px"><sup style="color:{number};font-weight:bold">[{n}]</sup>'
                     f'{html.escape(text[r["start"]:r["end"]])}</span>')
        pos = r["end"]
    parts.append(html.escape(text[pos:]))
    body = "".join(parts).replace("\n\n", "</p><p>").replace("\n", "<br>")
    head = f"<h3>{html.escape(title)}</h3>" if title else ""
    return (f'<div style="max-width:52em;line-height:1.6;font-family:Georgia,serif">{head}'
            f"<p>{legend_html()}</p><p>{body}</p></div>")
