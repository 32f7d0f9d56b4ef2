import numpy as np

from diplostance.calibration import fit_temperature
from diplostance.metrics import expected_calibration_error


def softmax(x):
    e = np.exp(x - x.max(1, keepdims=True))
    return e / e.sum(1, keepdims=True)


def test_overconfident_logits_get_a_temperature_above_one_and_lower_ece():
    rng = np.random.default_rng(0)
    labels = rng.integers(0, 3, 600)
    logits = rng.normal(0, 1, (600, 3))
    logits[np.arange(600), labels] += 1.0  # informative but noisy
    logits *= 6  # then made overconfident
    t = fit_temperature(logits, labels)
    assert t > 2
    assert expected_calibration_error(softmax(logits / t), labels) < expected_calibration_error(softmax(logits), labels)


def test_no_data_keeps_temperature_one():
    assert fit_temperature(np.zeros((0, 3)), np.zeros(0, dtype=int)) == 1.0
