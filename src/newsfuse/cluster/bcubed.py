"""B-cubed precision, recall and F1 of a clustering against gold labels (Bagga & Baldwin 1998)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence


def bcubed(predicted: Sequence[Hashable], gold: Sequence[Hashable]) -> tuple[float, float, float]:
    """Per item: precision = share of its predicted cluster that shares its gold label, recall =
    share of its gold cluster that shares its predicted cluster; averaged over items."""
    if len(predicted) != len(gold):
        raise ValueError("predicted and gold must label the same items")
    if not gold:
        return 1.0, 1.0, 1.0
    both = Counter(zip(predicted, gold, strict=True))
    pred_size = Counter(predicted)
    gold_size = Counter(gold)
    precision = sum(n * n / pred_size[p] for (p, _g), n in both.items()) / len(gold)
    recall = sum(n * n / gold_size[g] for (_p, g), n in both.items()) / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
