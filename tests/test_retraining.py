"""retrain, cv and hpsearch with the tiny model; a researcher's own five-label scheme from merge to predict."""
import json
from pathlib import Path

import numpy as np
import pytest
import yaml

from conftest import inline_items, write_jsonl
from diplostance.cli import main
from diplostance.config import load_config
from diplostance.data import split_of
from diplostance.evaluation import select_split
from diplostance.metrics import macro_f1
from diplostance.retrain import resampled_macro_f1, score_checkpoint

FIVE = ["praise", "offer", "refusal", "warning", "neutral"]


def config_file(tmp_path: Path, tiny_model, data, out="ckpt", labels="default", **training) -> Path:
    cfg = {"model": {"name_or_path": str(tiny_model), "max_length": 64},
           "data": {"train_files": [str(d) for d in ([data] if isinstance(data, (str, Path)) else data)]},
           "training": {"output_dir": str(tmp_path / out), "max_steps": 3, "per_device_train_batch_size": 8,
                        "learning_rate": 1e-4, **training}}
    if labels != "default":
        cfg["data"]["labels"] = labels
    path = tmp_path / f"{out}.yaml"
    path.write_text(yaml.safe_dump(cfg), encoding="utf-8")
    return path


def test_retrain_compares_both_checkpoints_on_the_same_new_test_split(tmp_path, tiny_model, capsys):
    old = write_jsonl(tmp_path / "old.jsonl", inline_items(5, seed=1))
    cfg = config_file(tmp_path, tiny_model, old)
    assert main(["train", "--config", str(cfg)]) == 0
    merged = tmp_path / "merged.jsonl"
    new = write_jsonl(tmp_path / "new.jsonl", [dict(r, id=f"n{r['id']}", article_id=f"n{r['article_id']}")
                                               for r in inline_items(5, seed=2)])
    assert main(["merge", str(old), str(new), "--into", str(merged)]) == 0

    report_path = tmp_path / "report.json"
    # default --previous: the config's output_dir, which the new run then replaces (scored first)
    assert main(["retrain", "--config", str(cfg), "--data", str(merged), "--output", str(report_path),
                 "--bootstrap", "50", "training.seed=3"]) == 0
    out = capsys.readouterr().out
    assert "previous" in out and "change" in out and "paired bootstrap 95% CI" in out
    report = json.loads(report_path.read_text())
    assert report["data"] == [str(merged)]
    items = [r for r in map(json.loads, merged.read_text().splitlines())]
    test_ids = {r["id"] for r in items if split_of(r["article_id"]) == "test"}
    assert report["test_items"] == len(test_ids) == report["previous"]["n"] == report["new"]["n"] > 0
    assert any(i.startswith("n") for i in test_ids)                     # the new items are in the test split
    assert report["previous"]["model"] == report["checkpoint"] == str(tmp_path / "ckpt")
    ci = report["change"]["macro_f1_ci95"]
    assert ci[0] <= report["change"]["macro_f1"] <= ci[1]
    assert report["change"]["macro_f1"] == pytest.approx(report["new"]["macro_f1"] - report["previous"]["macro_f1"])

    # the new numbers are those of the saved checkpoint on exactly those items
    from diplostance.data import load_items

    test_items = select_split(load_items([merged]), "test", 15, 15)
    again, *_ = score_checkpoint(report["checkpoint"], test_items, report["labels"])
    assert again["macro_f1"] == pytest.approx(report["new"]["macro_f1"])

    missing = tmp_path / "nothing-here"
    assert main(["retrain", "--config", str(cfg), "--previous", str(missing)]) == 2
    assert "no model at" in capsys.readouterr().err


def test_cv_grouped_by_article_on_train_and_dev_only(tmp_path, tiny_model, capsys):
    rows = inline_items(6)
    for k, r in enumerate(rows):                          # two quotes per article
        r["article_id"] = f"art-{k // 2}"
    data = write_jsonl(tmp_path / "d.jsonl", rows)
    cfg = config_file(tmp_path, tiny_model, data, max_steps=2)
    out = tmp_path / "cv.json"
    assert main(["cv", "--config", str(cfg), "--folds", "2", "--output", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "macro-F1" in printed and "\u00b1" in printed and "test split untouched" in printed
    r = json.loads(out.read_text())
    assert len(r["folds"]) == 2 and r["k"] == 2
    pool = [x for x in rows if split_of(x["article_id"]) != "test"]
    assert r["items"] == len(pool) == sum(f["held_out"] for f in r["folds"])
    assert all(0 <= f["macro_f1"] <= 1 and f["train"] > 0 for f in r["folds"])
    assert r["macro_f1_std"] >= 0 and min(f["macro_f1"] for f in r["folds"]) <= r["macro_f1_mean"]

    from diplostance.crossval import folds_of

    for k in (2, 5):
        folds = folds_of(pool, k)
        assert sorted(i for _, held in folds for i in held) == list(range(len(pool)))   # each item held out once
        for train_idx, held_idx in folds:
            assert not {pool[i]["article_id"] for i in train_idx} & {pool[i]["article_id"] for i in held_idx}
    assert not (tmp_path / "ckpt").exists()                # fold checkpoints are temporary
    assert main(["cv", "--config", str(cfg), "--folds", "500"]) == 2


def test_hpsearch_writes_the_best_config(tmp_path, tiny_model, capsys):
    pytest.importorskip("optuna")
    data = write_jsonl(tmp_path / "d.jsonl", inline_items(5))
    cfg = config_file(tmp_path, tiny_model, data, max_steps=2)
    space = tmp_path / "space.yaml"
    space.write_text("learning_rate: {low: 1.0e-5, high: 1.0e-4, log: true}\nper_device_train_batch_size: [4, 8]\n"
                     "warmup_ratio: {low: 0.0, high: 0.2}\n")
    best, trials = tmp_path / "best.yaml", tmp_path / "trials.json"
    assert main(["hpsearch", "--config", str(cfg), "--trials", "2", "--space", str(space), "--out", str(best),
                 "--output", str(trials)]) == 0
    assert "best: trial" in capsys.readouterr().out
    text = best.read_text()
    assert text.startswith("# hpsearch: best of 2 trial(s)")
    chosen = load_config(best)
    result = json.loads(trials.read_text())
    assert len(result["trials"]) == 2 and all(t["state"] == "COMPLETE" for t in result["trials"])
    assert 1e-5 <= chosen.training.learning_rate <= 1e-4
    assert chosen.training.per_device_train_batch_size in (4, 8) and 0 <= chosen.training.warmup_ratio <= 0.2
    assert chosen.training.learning_rate == pytest.approx(result["best_params"]["learning_rate"])
    assert chosen.model.name_or_path == str(tiny_model) and chosen.training.max_steps == 2
    assert not (tmp_path / "ckpt").exists()                 # trials use a temporary folder

    space.write_text("dropout: [0.1]\nlearning_rate: {low: 2, high: 1}\n")
    assert main(["hpsearch", "--config", str(cfg), "--trials", "1", "--space", str(space), "--out", str(best)]) == 2
    err = capsys.readouterr().err
    assert f"{space}: dropout: not searchable" in err and f"{space}: learning_rate: expected" in err


def test_five_label_scheme_merge_retrain_predict(tmp_path, tiny_model, capsys):
    annotations = tmp_path / "annotations"
    annotations.mkdir()
    first = write_jsonl(tmp_path / "batch1.jsonl", inline_items(3, labels=FIVE, seed=1))
    second = write_jsonl(tmp_path / "batch2.jsonl", [dict(r, id=f"b{r['id']}", article_id=f"b{r['article_id']}")
                                                     for r in inline_items(3, labels=FIVE, seed=2)])
    into = annotations / "mine.jsonl"
    for batch in (first, second):
        assert main(["merge", str(batch), "--into", str(into), "--labels", ",".join(FIVE)]) == 0
    cfg = config_file(tmp_path, tiny_model, annotations, labels=None)
    assert main(["retrain", "--config", str(cfg), "--bootstrap", "0"]) == 0
    ckpt = tmp_path / "ckpt"
    id2label = json.loads((ckpt / "config.json").read_text())["id2label"]
    assert id2label == {str(i): name for i, name in enumerate(sorted(FIVE))}

    quotes = write_jsonl(tmp_path / "q.jsonl", [{"id": "x", "quote": "We welcome their offer.", "target": "Norway"}])
    pred = tmp_path / "pred.jsonl"
    assert main(["predict", "--quotes", str(quotes), "--model", str(ckpt), "--format", "jsonl",
                 "--output", str(pred)]) == 0
    row = json.loads(pred.read_text())
    assert row["label"] in FIVE and set(row["scores"]) == set(FIVE)


def test_vectorised_bootstrap_macro_f1_equals_the_metric():
    rng = np.random.default_rng(1)
    gold = rng.integers(0, 4, 120)
    pred = np.where(rng.random(120) < 0.6, gold, rng.integers(0, 5, 120))
    idx = rng.integers(0, 120, (200, 120))
    expected = [macro_f1(gold[i], pred[i]) for i in idx]
    assert resampled_macro_f1(gold, pred, idx, 5) == pytest.approx(expected)


def _hparams_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("hparams", Path(__file__).parents[1] / "experiments" / "hparams.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_hparams_study_decides_by_paired_folds_and_resumes(tmp_path, monkeypatch, capsys):
    hp = _hparams_module()
    scores = {"release": [0.50, 0.55, 0.60], "no class weighting": [0.60, 0.65, 0.70],   # better in every fold
              "learning rate 5e-5": [0.58, 0.49, 0.61]}                                   # mean +0.01, noisy
    settings, calls, configs = list(scores), [], []

    def fake_cv(cfg, k):
        name = settings[len(calls)]
        calls.append(name)
        configs.append(cfg)
        f1 = scores[name]
        return {"macro_f1_mean": float(np.mean(f1)), "macro_f1_std": float(np.std(f1, ddof=1)), "accuracy_mean": 0.7,
                "accuracy_std": 0.0, "by_source": {}, "items": 9, "articles": 3,
                "folds": [{"fold": n + 1, "macro_f1": v} for n, v in enumerate(f1)]}

    monkeypatch.setattr(hp, "cross_validate", fake_cv)
    out = tmp_path / "hp.json"
    assert hp.main(["--output", str(out), "--settings", *settings]) == 0
    assert calls == settings
    assert [c.training.class_weighting for c in configs] == [True, False, True]          # one value changed each
    assert [c.training.learning_rate for c in configs] == [1e-4, 1e-4, 5e-5]
    study = json.loads(out.read_text())
    assert study["decisions"]["no class weighting"]["adopt"] is True
    assert study["decisions"]["no class weighting"]["delta_per_fold"] == [0.1, 0.1, 0.1]
    assert study["decisions"]["learning rate 5e-5"]["adopt"] is False       # +0.01 < spread of the paired gains
    assert "| no class weighting | 0.650 ± 0.050 | +0.100 ± 0.000 | yes |  |" in capsys.readouterr().out

    assert hp.main(["--output", str(out), "--settings", *settings]) == 0    # a rerun skips finished settings
    assert calls == settings and "done already, skipped" in capsys.readouterr().out
    with pytest.raises(SystemExit):                                         # another fold count: another study
        hp.main(["--output", str(out), "--folds", "5", "--settings", "release"])
