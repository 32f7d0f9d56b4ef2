"""Write the key figures of the notebooks as PNGs under docs/, and docs/figures.md showing them.

  python notebooks/export_figures.py [--model PATH] [--out docs] [--small]

From the data alone: label_distribution.png (01_dataset) and ablation.png (02_error_analysis, from
experiments/ablation.json). With the corpus and a checkpoint (default: the published
checkpoints/diplostance-minilm, or $DIPLOSTANCE_MODEL): confusion_matrix.png, per_class_f1.png and
calibration.png on the full test split (02_error_analysis). Figures that cannot be drawn are reported and
left out of figures.md. The figures are drawn by the same functions as in the notebooks
(``diplostance.figures``). ``--small`` uses the notebooks' CI setting (100 test items, 200 resamples): for
testing only, never for docs/.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from diplostance import figures as F  # noqa: E402

DPI = 130


def save(fig, path: Path, written: list[Path]) -> None:
    fig.savefig(path, dpi=DPI, bbox_inches="tight", facecolor="white")
    import matplotlib.pyplot as plt

    plt.close(fig)
    written.append(path)
    print(f"wrote {path}")


def figures_md(out: Path, written: list[Path], facts: dict, skipped: list[str]) -> str:
    have = {p.name for p in written}
    lines = ["# Key figures", "",
             "Written by `python notebooks/export_figures.py` from the data, `experiments/ablation.json` and the "
             "published checkpoint; the notebooks in [`notebooks/`](../notebooks) draw the same figures with the "
             "code and tables behind them. Do not edit by hand: rerun the script.", ""]
    if "label_distribution.png" in have:
        lines += ["## Dataset", "",
                  f"Items per source, split and label ({facts['items']:,} items from {facts['texts']} texts; "
                  "[data card](../data/README.md), notebook `01_dataset.ipynb`).", "",
                  "![Label distribution by source and split](label_distribution.png)", ""]
    if "confusion_matrix.png" in have:
        m = facts["metrics"]
        ci = m.get("macro_f1_ci95", [float("nan")] * 2)
        lines += ["## Test split", "",
                  f"`{facts['model']}` on the frozen test split (n={m['n']}): macro-F1 **{m['macro_f1']:.3f}** "
                  f"(95% bootstrap interval {ci[0]:.3f}-{ci[1]:.3f}), accuracy {m['accuracy']:.3f} "
                  "(notebook `02_error_analysis.ipynb`).", "",
                  "Confusion matrix (rows gold, columns predicted; right: shares of the gold row):", "",
                  "![Confusion matrix on the test split](confusion_matrix.png)", ""]
    if "per_class_f1.png" in have:
        lines += [f"F1 per class with 95% bootstrap intervals ({facts['n_bootstrap']} resamples of the test items):",
                  "", "![Per-class F1 with bootstrap intervals](per_class_f1.png)", ""]
    if "calibration.png" in have:
        b, a = facts["before"], facts["after"]
        lines += [f"Calibration (reliability diagrams, 15 bins): ECE {b['ece']:.3f} with the raw softmax, "
                  f"{a['ece']:.3f} with the stored temperature T = {facts['temperature']:.2f} (fitted on dev), "
                  "which is what the tools report.", "",
                  "![Reliability diagrams before and after temperature scaling](calibration.png)", ""]
    if "ablation.png" in have:
        best = facts["ablation_best"]
        lines += ["## Input-format ablation", "",
                  f"{facts['ablation_method'][:1].upper() + facts['ablation_method'][1:]}, {facts['ablation_folds']} folds on train + dev "
                  f"({facts['ablation_items']:,} items; `experiments/ablation.py`). Best mean macro-F1 over all "
                  f"items: `{best}`.", "",
                  "![Input-format ablation](ablation.png)", ""]
    if skipped:
        lines += ["Not drawn in the last export: " + "; ".join(skipped) + ".", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", help="checkpoint folder (default $DIPLOSTANCE_MODEL or the published checkpoint)")
    p.add_argument("--out", default="docs", help="output folder (default %(default)s)")
    p.add_argument("--small", action="store_true", help="CI setting: 100 test items, 200 bootstrap resamples")
    args = p.parse_args(argv)
    os.chdir(ROOT)
    if args.small:
        os.environ["DIPLOSTANCE_NB_SMALL"] = "1"
    if args.model:
        os.environ["DIPLOSTANCE_MODEL"] = args.model
    s = F.settings()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    skipped: list[str] = []
    facts: dict = {"n_bootstrap": s.n_bootstrap}

    df = F.annotation_table("configs/default.yaml", with_text=False)
    facts.update(items=len(df), texts=df["article_id"].nunique())
    save(F.plot_label_distribution(df), out / "label_distribution.png", written)

    problem = s.model_problem()
    if problem or not s.corpus_ok:
        reason = problem or s.corpus_message()
        print(f"model figures skipped: {reason}", file=sys.stderr)
        skipped.append("test-split figures (" + ("no checkpoint" if problem else "no corpus") + ")")
    else:
        import numpy as np

        from diplostance.evaluation import score
        from diplostance.inference import StanceClassifier

        clf = StanceClassifier(s.model)
        items = F.test_items(s.model, n=s.n_test)
        start = time.time()
        logits = clf.logits(items)
        print(f"{len(items)} test items scored in {time.time() - start:.1f} s")
        labels = clf.labels
        probs_raw, probs = F.softmax(logits), F.softmax(logits, clf.temperature)
        gold = np.array([labels.index(i["label"]) for i in items])
        metrics, _ = score(items, probs, labels)
        model = s.model.resolve()
        facts.update(metrics=metrics, temperature=clf.temperature,
                     model=str(model.relative_to(ROOT)) if model.is_relative_to(ROOT) else str(model))
        save(F.plot_confusion(metrics["confusion_matrix"], labels, title="Test split"), out / "confusion_matrix.png",
             written)
        intervals = F.per_class_f1_intervals(gold, probs.argmax(axis=1), labels, n=s.n_bootstrap)
        save(F.plot_per_class_f1(intervals, title=f"F1 per class on the test split (n={len(items)}), "
                                                  "95% bootstrap interval"), out / "per_class_f1.png", written)
        facts["before"], facts["after"] = F.reliability(probs_raw, gold), F.reliability(probs, gold)
        save(F.plot_reliability(facts["before"], facts["after"], clf.temperature), out / "calibration.png", written)

    ablation, table = F.load_ablation("experiments/ablation.json")
    facts.update(ablation_method=ablation["method"], ablation_folds=ablation["folds"], ablation_items=ablation["items"],
                 ablation_best=table["all mean"].idxmax())
    save(F.plot_ablation(table), out / "ablation.png", written)

    (out / "figures.md").write_text(figures_md(out, written, facts, skipped), encoding="utf-8")
    print(f"wrote {out / 'figures.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
