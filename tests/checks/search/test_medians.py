"""The search checks' medians are the standard library's."""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from presence_audit.checks.search._serps import median_high, median_low


@given(st.lists(st.integers(min_value=0, max_value=50), min_size=1, max_size=9))
def test_the_low_median_is_statistics_median_low(values: list[int]) -> None:
    assert median_low(values) == statistics.median_low(values)


@given(st.lists(st.one_of(st.integers(min_value=1, max_value=50), st.just(math.inf)),
                min_size=1, max_size=9))
def test_the_high_median_is_statistics_median_high(values: list[float]) -> None:
    assert median_high(values) == statistics.median_high(values)


@pytest.mark.parametrize("median", [median_low, median_high])
def test_no_values_have_no_median(median: Callable[[Sequence[int]], float]) -> None:
    with pytest.raises(ValueError, match="no median"):
        median([])
