import pytest

from diplostance.agreement import cohen_kappa, krippendorff_alpha, per_class, report


def test_kappa_hand_computed():
    a = {"1": "x", "2": "x", "3": "y", "4": "y"}
    b = {"1": "x", "2": "y", "3": "y", "4": "y", "5": "x"}  # item 5 is not shared
    # po = 3/4; pe = (2/4 * 1/4) + (2/4 * 3/4) = 0.5 -> kappa = 0.5
    assert cohen_kappa(a, b) == pytest.approx(0.5)
    pc = per_class(a, b, ["x", "y"])
    assert pc["x"]["specific_agreement"] == pytest.approx(2 * 1 / (2 + 1))
    assert pc["y"]["specific_agreement"] == pytest.approx(2 * 2 / (2 + 3))


def test_alpha_perfect_and_textbook_value():
    same = {"1": "a", "2": "b", "3": "a"}
    assert krippendorff_alpha([same, dict(same)]) == pytest.approx(1.0)
    # Two coders, 4 units: (a,a) (a,b) (b,b) (b,b): n_a=3, n_b=5, n=8; Do=2, De=2*3*5/7 -> alpha = 1 - 2/(30/7)
    c1 = {"1": "a", "2": "a", "3": "b", "4": "b"}
    c2 = {"1": "a", "2": "b", "3": "b", "4": "b"}
    assert krippendorff_alpha([c1, c2]) == pytest.approx(1 - 2 / (30 / 7))


def test_report_shape():
    r = report({"A": {"1": "x", "2": "y"}, "B": {"1": "x", "2": "x"}, "C": {"1": "x", "2": "y"}})
    assert set(r["pairs"]) == {"A vs B", "A vs C", "B vs C"}
    assert r["pairs"]["A vs C"]["cohen_kappa"] == pytest.approx(1.0)
    assert r["pairs"]["A vs B"]["confusion"]["matrix"] == [[1, 0], [1, 0]]
