"""``timeline build --scheduler dask[:ADDRESS]``: the same build, run on a Dask cluster.

``dask`` starts a cluster of worker processes on this machine; ``dask:ADDRESS``
(``dask:tcp://10.0.0.5:8786``) uses a running scheduler, whose workers need
`timeline` installed. Needs the ``dask`` extra; the rest of the command
line never imports Dask.
"""

# distributed's Client and LocalCluster are untyped.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline.errors import TimelineError

if TYPE_CHECKING:
    from timeline.distributed import DistributedBuild

SCHEDULER_HELP = (
    "build on Dask: 'dask' for worker processes on this machine, 'dask:ADDRESS' for a running "
    'scheduler (needs: pip install "timeline[dask]")'
)


def scheduler_address(text: str) -> str | None:
    """The scheduler address in ``dask:ADDRESS``, None for plain ``dask``; `TimelineError` otherwise."""
    name, colon, address = text.partition(":")
    if name != "dask" or (colon and not address.strip()):
        raise TimelineError(
            f"scheduler {text!r} is not 'dask' or 'dask:ADDRESS' (e.g. dask:tcp://10.0.0.5:8786)"
        )
    return address.strip() or None


def scheduler_option(text: str) -> str:
    """An argparse `type` for ``--scheduler``: checks the value and returns it."""
    try:
        scheduler_address(text)
    except TimelineError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return text


def build_on_dask(
    paths: Sequence[str | Path],
    *,
    published: dt.date | None = None,
    scheduler: str = "dask",
    quiet: bool = False,
    workers: int | None = None,
    skip: Sequence[str | Path] = (),
) -> DistributedBuild:
    """Read, extract and merge `paths` on Dask; the timeline `timeline build` writes, and its report count.

    `workers` is the number of worker processes of a local cluster (by
    default one per processor). Files in `skip` (the last build's outputs)
    are not read as articles. Dask's progress bars go to standard error
    when it is a terminal and `quiet` is false.
    """
    address = scheduler_address(scheduler)
    try:
        from timeline.distributed import run_build
    except ImportError as error:
        raise TimelineError(str(error)) from None
    with _client(address, workers) as _connected:
        return run_build(paths, published=published, progress=not quiet and sys.stderr.isatty(), skip=skip)


@contextmanager
def _client(address: str | None, workers: int | None) -> Iterator[Any]:
    from distributed import Client, LocalCluster

    if address is not None:
        try:
            client = Client(address, timeout="10s")
        except (OSError, TimeoutError) as error:
            raise TimelineError(f"cannot reach the Dask scheduler at {address}: {error}") from None
        with client:
            yield client
        return
    cluster = LocalCluster(
        n_workers=workers or os.cpu_count() or 1,
        threads_per_worker=1,  # extraction holds the GIL: processes, not threads, run it in parallel
        processes=True,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    )
    with cluster, Client(cluster) as client:
        yield client
