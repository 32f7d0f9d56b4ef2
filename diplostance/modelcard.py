"""Model card (``README.md`` of a checkpoint) built from the run itself: data counts, metrics, versions."""
from __future__ import annotations

import yaml

from .config import RunConfig


def _metrics_table(m: dict) -> str:
    rows = ["| label | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for name, v in m["per_class"].items():
        rows.append(f"| {name} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} | {v['support']} |")
    return "\n".join(rows)


def _confusion(m: dict) -> str:
    labels = m["labels"]
    rows = ["| gold \\ predicted | " + " | ".join(labels) + " |", "|---" * (len(labels) + 1) + "|"]
    rows += [f"| {g} | " + " | ".join(map(str, r)) + " |" for g, r in zip(labels, m["confusion_matrix"])]
    return "\n".join(rows)


def _release_section(release: dict) -> list[str]:
    s, b = release["summary"], release["baselines"]
    rows = [f"## Release: {len(release['seeds'])} seeds (test split)", "",
            f"Trained with seeds {release['seeds']}; this checkpoint is seed {release['published_seed']}, the one "
            "closest to the mean test macro-F1. Mean ± standard deviation over seeds:", "",
            "| figure | mean ± std |", "|---|---|"]
    rows += [f"| {k} | {v['mean']:.3f} ± {v['std']:.3f} |" for k, v in s.items()]
    rows += ["", "Baselines on the same test split, through the same evaluation code:", "",
             "| model | macro-F1 (4-way) | macro-F1 (3-way, stance items) | accuracy |", "|---|---|---|---|",
             f"| this model (mean of seeds) | {s['macro_f1']['mean']:.3f} | {s['three_way_macro_f1']['mean']:.3f} | "
             f"{s['accuracy']['mean']:.3f} |"]
    rows += [f"| {name} | {v['macro_f1']:.3f} | {v['three_way_macro_f1']:.3f} | {v['accuracy']:.3f} |"
             for name, v in b.items()]
    best = max(b, key=lambda n: b[n]["macro_f1"])
    rows += ["", f"The fine-tuned model beats the best baseline ({best}) by "
             f"{s['macro_f1']['mean'] - b[best]['macro_f1']:+.3f} macro-F1 (4-way).",
             f"Training took {release['training_minutes']['mean']:.1f} minutes per seed on average on the "
             "machine that ran `experiments/release.py`.", ""]
    return rows


def build_model_card(cfg: RunConfig, metrics: dict, release: dict | None = None, name: str | None = None) -> str:
    """Markdown with YAML metadata; every figure comes from ``metrics`` (the run's own ``metrics.json``) and,
    for a release, from ``release`` (``experiments/release.json``)."""
    labels = metrics["labels"]
    name = name or cfg.training.output_dir.rstrip("/").split("/")[-1]
    meta = {"license": "cc-by-sa-4.0", "base_model": cfg.model.name_or_path, "library_name": "transformers",
            "pipeline_tag": "text-classification", "language": ["en"],
            "tags": ["stance", "diplomacy", "international-relations", "diplostance"],
            "datasets": ["diplostance (standoff over VOA, Wikinews and UNSCon)"], "metrics": ["f1", "accuracy"]}
    test = metrics.get("test") or {}
    if test:
        meta["model-index"] = [{"name": name, "results": [{
            "task": {"type": "text-classification", "name": "Stance toward a target"},
            "dataset": {"name": "diplostance test split", "type": "diplostance"},
            "metrics": [{"type": "f1", "name": "macro-F1", "value": round(test["macro_f1"], 4)},
                        {"type": "accuracy", "value": round(test["accuracy"], 4)}]}]}]
    parts = cfg.model.input_parts
    data = metrics["data"]
    lines = [
        "---", yaml.safe_dump(meta, sort_keys=False).strip(), "---", "",
        f"# {name}", "",
        f"Stance of a quote toward a target in international-affairs news: {', '.join(f'`{x}`' for x in labels)}.",
        f"Fine-tuned from `{cfg.model.name_or_path}` with the diplostance project (`train.py`).", "",
        "## Intended use",
        "Research on diplomatic and conflict rhetoric: label quotes by officials toward another country, "
        "leader or organisation. Not for decisions about individuals, and not a fact-checker.", "",
        "## Input format",
        f"Input parts: `{parts}`, max length {cfg.model.max_length} tokens. The model takes a text pair "
        "built by `diplostance.encoding.text_pair`:",
        "- first segment: `target: <target>`" + ("; `speaker: <speaker>`" if "speaker" in parts else ""),
        "- second segment: `<quote>`" + (" followed by ` context: <surrounding sentences>`" if "context" in parts else ""),
        "", "## How to load", "```python",
        "from transformers import AutoModelForSequenceClassification, AutoTokenizer, pipeline",
        "model = AutoModelForSequenceClassification.from_pretrained(PATH)",
        "tokenizer = AutoTokenizer.from_pretrained(PATH)",
        "clf = pipeline(\"text-classification\", model=model, tokenizer=tokenizer, top_k=None)",
        "clf({\"text\": \"target: Norway\", \"text_pair\": \"We will respond with everything we have.\"})",
        "```", "Or with the project: `python predict.py --quotes FILE --model PATH`, which builds the same pair "
        "and applies the calibrated temperature stored in `config.json` (`diplostance.temperature`).", "",
        "## Training data",
        f"{data['total']} annotated items from {data['articles']} articles/speeches, split by article "
        f"(dev {cfg.data.dev_percent}%, test {cfg.data.test_percent}% by a stable hash of the article id).", "",
        "| source | items | articles |", "|---|---|---|",
        *[f"| {s} | {v['items']} | {v['articles']} |" for s, v in sorted(data["by_source"].items())],
        "", f"Label counts: {data['labels']}", "",
    ]
    for split in ("dev", "test"):
        m = metrics.get(split)
        if not m:
            continue
        ci = m.get("macro_f1_ci95")
        lines += [f"## Metrics ({split} split, n={m['n']})",
                  f"macro-F1 **{m['macro_f1']:.3f}**" + (f" (95% bootstrap interval {ci[0]:.3f}-{ci[1]:.3f})" if ci else "")
                  + f", accuracy {m['accuracy']:.3f}" + (f", ECE {m['ece']:.3f}" if "ece" in m else "")
                  + (f"; 3-way macro-F1 on stance items {m['three_way']['macro_f1']:.3f}" if m.get("three_way") else "")
                  + ".", "",
                  _metrics_table(m), "", _confusion(m), ""]
    if release:
        lines += _release_section(release)
    lines += [
        "## Limitations and biases",
        "- Trained on a small hand-annotated set: Voice of America and Wikinews stories (2019-2025) and UN "
        "Security Council speeches (mostly 2014-2016, much of it on Ukraine). Topics, countries and outlets "
        "outside these are under-represented.",
        "- Threats are rare in news; the `threatening` class has the fewest examples and the widest error bars.",
        "- Labels are relative to the given target: a wrong target gives a meaningless stance.",
        "- Annotations were made by one annotation team following `data/GUIDELINES.md`; see the data card for "
        "agreement figures.", "",
        "## Reproduce",
        "The training configuration is `training_config.yaml` in this folder: "
        "`python train.py --config training_config.yaml`.", "",
        "## Library versions", "",
        *[f"- {k}: {v}" for k, v in metrics.get("versions", {}).items()], "",
        "## Data licences",
        "Quotes come from Voice of America (public domain; credit voanews.com), Wikinews (CC BY 2.5, Wikinews "
        "contributors) and the UNSCon corpus (CC BY-SA 4.0; Zaczynska, Bourgonje and Stede, LREC-COLING 2024).", "",
    ]
    return "\n".join(lines)
