"""The same timeline, built on Dask: for corpora beyond one machine.

Needs the ``dask`` extra (``pip install "timeline[dask]"``); the rest of
the library never imports this package. `build_distributed` takes a
`dask.bag.Bag` of documents or paths of article files and gives exactly
the `Timeline` that `timeline.build` gives on one machine: extraction
runs per partition, facts are shuffled by the merge's blocking keys and
linked block by block, and every group of reports is combined on a
worker; only anchor keys, links (pairs of numbers) and the merged events
for writing come back to the client.
"""

try:
    import dask.bag  # noqa: F401
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError('timeline.distributed needs Dask: pip install "timeline[dask]"') from error

from timeline.distributed.runner import DistributedBuild, build_distributed, merge_distributed, run_build

__all__ = ["DistributedBuild", "build_distributed", "merge_distributed", "run_build"]
