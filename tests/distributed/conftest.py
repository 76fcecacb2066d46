# distributed's Client is untyped.
# mypy: disable-error-code="no-untyped-call"
"""A local Dask cluster of two worker processes, shared by the distributed tests."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(scope="session")
def cluster() -> Iterator[Any]:
    distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    ) as running:
        yield running


@pytest.fixture
def client(cluster: Any) -> Iterator[Any]:
    import distributed

    with distributed.Client(cluster) as connected:
        yield connected


@pytest.fixture
def synchronous() -> Iterator[None]:
    """Dask's single-threaded scheduler: the same tasks, without a cluster's start-up cost."""
    dask = pytest.importorskip("dask", reason="the dask extra is not installed")
    with dask.config.set(scheduler="sync"):
        yield
