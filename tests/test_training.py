"""One short training run with the tiny model, then the checkpoint through every consumer."""
import json

import pytest

from conftest import inline_items, write_jsonl
from diplostance.cli import main
from diplostance.config import load_config
from diplostance.training import class_weights, train


def make_config(tmp_path, tiny_model, data, name="ckpt", extra=()):
    return load_config("configs/default.yaml", [
        f"model.name_or_path={tiny_model}", f"data.train_files=[{data}]", f"training.output_dir={tmp_path / name}",
        "model.max_length=64", "training.num_train_epochs=2", "training.per_device_train_batch_size=8",
        "training.learning_rate=1e-3", *extra])


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory, tiny_model):
    tmp = tmp_path_factory.mktemp("train")
    data = write_jsonl(tmp / "items.jsonl", inline_items(10))
    return train(make_config(tmp, tiny_model, data)), data


def test_checkpoint_folder_is_complete(checkpoint):
    out, _ = checkpoint
    for name in ("model.safetensors", "config.json", "tokenizer.json", "training_config.yaml", "metrics.json",
                 "README.md"):
        assert (out / name).exists(), name
    assert not (out / "_trainer").exists()
    assert not list(out.glob("*.bin"))
    cfg = json.loads((out / "config.json").read_text())
    assert cfg["id2label"] == {"0": "conciliatory", "1": "defiant", "2": "threatening", "3": "none"}
    assert cfg["diplostance"]["input_parts"] == ["target", "quote", "context"]
    metrics = json.loads((out / "metrics.json").read_text())
    assert {"macro_f1", "accuracy", "per_class", "confusion_matrix", "labels", "n", "ece"} <= set(metrics["test"])
    card = (out / "README.md").read_text()
    assert card.startswith("---\n") and "base_model:" in card and "transformers:" in card
    assert f"{metrics['test']['macro_f1']:.3f}" in card


def test_checkpoint_loads_with_plain_transformers(checkpoint):
    from transformers import AutoModelForSequenceClassification, AutoTokenizer, pipeline

    out, _ = checkpoint
    model = AutoModelForSequenceClassification.from_pretrained(out)
    tok = AutoTokenizer.from_pretrained(out)
    assert model.config.id2label[2] == "threatening"
    clf = pipeline("text-classification", model=model, tokenizer=tok, top_k=None)
    scores = clf({"text": "target: Norway", "text_pair": "We will respond with force."})
    assert {s["label"] for s in scores} == {"conciliatory", "defiant", "threatening", "none"}


def test_predict_quotes_mode_keeps_fields(checkpoint, tmp_path):
    out, _ = checkpoint
    rows = [{"id": "x1", "quote": "We will impose tariffs on their cars.", "target": "Norway", "extra": 5},
            {"id": "x2", "quote": "We thank them.", "target": "Atlantis", "label": "conciliatory"}]
    src = write_jsonl(tmp_path / "q.jsonl", rows)
    dest = tmp_path / "pred.jsonl"
    assert main(["predict", "--quotes", str(src), "--format", "jsonl", "--output", str(dest), "--model", str(out)]) == 0
    preds = [json.loads(line) for line in dest.read_text().splitlines()]
    assert [p["id"] for p in preds] == ["x1", "x2"] and preds[0]["extra"] == 5
    assert preds[1]["gold_label"] == "conciliatory"
    for p in preds:
        assert p["label"] in p["scores"] and abs(sum(p["scores"].values()) - 1) < 1e-4
    assert main(["predict", "--quotes", str(src), "--format", "csv", "--output", str(tmp_path / "p.csv"),
                 "--model", str(out), "--min-confidence", "0.99"]) == 0
    assert "uncertain" in (tmp_path / "p.csv").read_text()


def test_evaluate_writes_metrics_and_errors(checkpoint, tmp_path):
    out, data = checkpoint
    metrics_path, errors_path = tmp_path / "m.json", tmp_path / "e.jsonl"
    assert main(["evaluate", "--data", str(data), "--model", str(out), "--output", str(metrics_path),
                 "--errors", str(errors_path)]) == 0
    m = json.loads(metrics_path.read_text())
    assert {"macro_f1", "accuracy", "per_class", "confusion_matrix", "labels", "n", "macro_f1_ci95", "ece"} <= set(m)
    assert m["n"] == 40
    wrong = [json.loads(line) for line in errors_path.read_text().splitlines()]
    assert len(wrong) == m["n"] - round(m["accuracy"] * m["n"])
    for base in ("majority", "tfidf", "zeroshot"):
        cfg = tmp_path / f"{base}.yaml"
        cfg.write_text(f"data:\n  train_files: [{data}]\n")
        assert main(["evaluate", "--baseline", base, "--config", str(cfg), "--data", str(data),
                     "--output", str(tmp_path / f"{base}.json")]) == 0
    assert json.loads((tmp_path / "majority.json").read_text())["per_class"]["none"]["support"] == 10


def test_custom_label_scheme_trains_without_code_changes(tmp_path, tiny_model):
    five = ["praise", "offer", "refusal", "warning", "neutral"]
    data = write_jsonl(tmp_path / "five.jsonl", inline_items(4, labels=five))
    out = train(make_config(tmp_path, tiny_model, data, extra=["data.labels=null", "training.max_steps=2"]))
    cfg = json.loads((out / "config.json").read_text())
    assert sorted(cfg["id2label"].values()) == sorted(five)


def test_same_seed_gives_identical_metrics(tmp_path, tiny_model):
    data = write_jsonl(tmp_path / "d.jsonl", inline_items(6))
    runs = [json.loads((train(make_config(tmp_path, tiny_model, data, name=f"r{k}", extra=["training.max_steps=4"]))
                        / "metrics.json").read_text()) for k in range(2)]
    assert runs[0]["test"] == runs[1]["test"] and runs[0]["dev"] == runs[1]["dev"]


def test_class_weights_inverse_frequency():
    w = class_weights([0, 0, 0, 1], 3)
    assert w.tolist() == pytest.approx([4 / 9, 4 / 3, 1.0])
