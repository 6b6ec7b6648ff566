"""Where batches of reports are extracted: in this process, in a pool of worker
processes, or as tasks on a Dask distributed cluster.

Each runner maps a function over batches and hands the results back in input
order, whatever order they finish in, so that the one writer commits them as a
single process would. Only a bounded number of batches is in flight at once:
memory holds a window of the input, never all of it. The function is the
caller's (a top-level function, so that it pickles by reference); this module
knows nothing of what it computes.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, TypeVar

from threadline.errors import ConfigError, WorkerError

Tag = TypeVar("Tag")

#: Batches in flight per worker: one being worked on and one waiting, so that no
#: worker idles while the writer commits.
IN_FLIGHT_PER_WORKER = 2


def default_workers() -> int:
    """The number of cores this process may use (its CPU affinity, where the system says)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class InProcess:
    """Runs each batch here, one after another: the path of a one-process ingest."""

    workers = 1

    def map_in_order(self, fn: Callable, common: tuple, jobs: Iterable[tuple[Tag, Any]]) -> Iterator[tuple[Tag, Any]]:
        """``(tag, fn(*common, payload))`` for each ``(tag, payload)`` of ``jobs``, in order."""
        for tag, payload in jobs:
            yield tag, fn(*common, payload)

    def close(self) -> None:
        pass


class _Windowed:
    """Submits jobs ahead up to a window and yields results in submission order."""

    workers: int

    def _submit(self, fn: Callable, common: tuple, payload: Any):
        raise NotImplementedError

    def _result(self, future) -> Any:
        raise NotImplementedError

    def map_in_order(self, fn: Callable, common: tuple, jobs: Iterable[tuple[Tag, Any]]) -> Iterator[tuple[Tag, Any]]:
        """``(tag, fn(*common, payload))`` for each ``(tag, payload)`` of ``jobs``, in order.

        ``jobs`` is read lazily, a window ahead of what has been handed back.
        """
        window = self.workers * IN_FLIGHT_PER_WORKER
        pending: deque = deque()
        jobs = iter(jobs)
        exhausted = False
        while True:
            while not exhausted and len(pending) < window:
                job = next(jobs, None)
                if job is None:
                    exhausted = True
                    break
                tag, payload = job
                pending.append((tag, self._submit(fn, common, payload)))
            if not pending:
                return
            tag, future = pending.popleft()
            yield tag, self._result(future)


class ProcessPool(_Windowed):
    """``workers`` processes on this machine.

    They are started with ``spawn``: a fork would copy the parent's database
    connections and threads (progress display, connection pool) into each child.
    """

    def __init__(self, workers: int):
        if workers < 1:
            raise ConfigError(f"workers={workers}: give at least 1")
        self.workers = workers
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"),
                                         initializer=_ignore_interrupts)

    def _submit(self, fn, common, payload):
        try:
            return self._pool.submit(fn, *common, payload)
        except BrokenProcessPool as exc:
            raise WorkerError(f"a worker process died ({exc}); re-run to go on from the last committed batch") from exc

    def _result(self, future):
        try:
            return future.result()
        except BrokenProcessPool as exc:
            raise WorkerError("a worker process died (killed, or out of memory); re-run to go on from the "
                              "last committed batch") from exc

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def _ignore_interrupts() -> None:
    """Ctrl-C reaches the whole process group: the command's process stops the run and
    closes the pool; a worker that also took it would print a traceback of its own."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


#: Dask's own housekeeping, slowed down for a local cluster. Its defaults suit a cluster
#: watched on its dashboard, with cores to spare: here every timer wakes a process that
#: shares the cores with the analysis, and a worker's timers take the GIL from its task.
#: (Together they cost about a tenth of a core on an idle ``local:2``; with these, under 2%.)
LOCAL_CLUSTER_CONFIG = {
    # the statistical profiler: samples the task thread's stack every 10 ms, for the dashboard
    "distributed.worker.profile.enabled": False,
    # the event loop's health check: every 20 ms (a warning when a loop was blocked for 3 s)
    "distributed.admin.tick.interval": "1s",
    # CPU, memory, network and disk samples for the dashboard: every 500 ms
    "distributed.admin.system-monitor.interval": "5s",
    # the memory limit's check (pause, spill, restart a worker): every 100 ms
    "distributed.worker.memory.monitor-interval": "1s",
    # Dask starts its workers with MALLOC_TRIM_THRESHOLD_=65536, to hand freed memory back to
    # the system at once; that also keeps glibc from raising its mmap threshold, so every
    # block over 128 KiB is mapped and unmapped: the analysis took 2.7 times the page faults
    # and about 4% more CPU time (in the kernel). None: not set.
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
}

#: Seconds a local cluster may take to start (processes that import Dask: slow on a busy machine).
LOCAL_START_TIMEOUT = 120.0
#: Seconds a local cluster may take to close its workers before its process is killed.
LOCAL_CLOSE_TIMEOUT = 60.0


class LocalClusterProcess:
    """A Dask ``LocalCluster`` in a process of its own: the scheduler and the nannies of
    its worker processes run there, and the command's process holds only the client.

    Run inside the command's process, the scheduler's and the nannies' event loops woke
    many times a second and took the GIL from the reader and the writer: that process
    used more CPU with Dask than with a process pool for the same reading and writing.
    The helper runs ``host_local_cluster``: it hands back the scheduler's address, then
    closes the cluster when its standard input ends, whether this process closes it
    (``close``) or dies.
    """

    def __init__(self, workers: int, start_timeout: float = LOCAL_START_TIMEOUT):
        self._process = subprocess.Popen(
            [sys.executable, "-c", f"from threadline.executors import host_local_cluster; host_local_cluster({workers})"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=_same_threadline_env(), text=True)
        line = _read_line(self._process.stdout, start_timeout)
        if not line or not line.startswith(_ADDRESS):
            status = self._process.poll()
            self._process.kill()
            self.close()
            why = f"not within {start_timeout:.0f} s" if status is None else f"exit status {status}"
            raise WorkerError(f"the local Dask cluster did not start ({why}); its messages, if any, are above")
        self.address = line.removeprefix(_ADDRESS).strip()

    def close(self) -> None:
        for pipe in (self._process.stdin, self._process.stdout):
            if pipe is not None and not pipe.closed:
                pipe.close()   # the helper's input ends: it closes its cluster and exits
        try:
            self._process.wait(timeout=LOCAL_CLOSE_TIMEOUT)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


_ADDRESS = "scheduler "


def _same_threadline_env() -> dict[str, str]:
    """This process's environment, such that a Python started with it imports the same
    Threadline: its workers unpickle the tasks by module name. A source tree put on
    sys.path (a checkout, a test run) goes first on PYTHONPATH; an installed package is
    found where it is installed (putting site-packages first would put it before the
    standard library)."""
    import site
    import threadline
    root = str(Path(threadline.__file__).resolve().parents[1])
    installed = {str(Path(p).resolve()) for p in [*site.getsitepackages(), site.getusersitepackages()]}
    if root in installed:
        return dict(os.environ)
    rest = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p and p != root]
    return dict(os.environ, PYTHONPATH=os.pathsep.join([root, *rest]))


def _read_line(stream, timeout: float) -> str | None:
    """A line of ``stream`` ("" at its end), or None when none came within ``timeout`` seconds."""
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(stream.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    return got[0] if got else None


def host_local_cluster(workers: int) -> None:
    """The helper process of ``local:N`` (``LocalClusterProcess``): starts a LocalCluster of
    ``workers`` one-thread worker processes on 127.0.0.1, writes ``scheduler ADDRESS`` on its
    standard output, and closes the cluster when its standard input ends."""
    # Ctrl-C reaches the whole process group; the command's process stops the run and closes us.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Only the address goes to the command's process; anything else written to standard output
    # (here or by a worker, which inherits it) goes to standard error, where nobody waits on it.
    channel = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)
    import dask
    from distributed import LocalCluster
    with dask.config.set(LOCAL_CLUSTER_CONFIG):
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
    try:
        channel.write(_ADDRESS + cluster.scheduler_address + "\n")
        channel.close()
        sys.stdin.read()
    finally:
        cluster.close()


class DaskCluster(_Windowed):
    """Tasks on a Dask distributed cluster: a scheduler's address (``tcp://host:8786``),
    or ``local:N`` for a cluster of N worker processes on this machine's loopback, run by
    a helper process (``LocalClusterProcess``).

    A batch of reports is one task's partition. Tasks are not ``pure``: two batches
    with equal contents are still two tasks.
    """

    def __init__(self, address: str, connect_timeout: float = 30.0):
        try:
            from distributed import Client
        except ImportError as exc:  # an optional dependency on a worker-less install
            raise ConfigError("Dask is not installed: pip install 'dask[distributed]'") from exc
        self._local = None
        try:
            if address.startswith("local:"):
                n = _local_workers(address)
                self._local = LocalClusterProcess(n)
                self._client = Client(self._local.address, timeout=connect_timeout)
                self._client.wait_for_workers(n, timeout=connect_timeout)
            elif address.startswith(("tcp://", "tls://", "inproc://", "ucx://", "ws://", "wss://")):
                self._client = Client(address, timeout=connect_timeout)
            else:
                raise ConfigError(f"scheduler {address!r}: give tcp://HOST:PORT, or local:N for a local cluster")
        except ConfigError:
            raise
        except (OSError, TimeoutError) as exc:
            self.close()
            raise WorkerError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
        self.workers = max(1, sum(w["nthreads"] for w in self._client.scheduler_info()["workers"].values()))
        self.address = address

    def _submit(self, fn, common, payload):
        return self._client.submit(fn, *common, payload, pure=False)

    def _result(self, future):
        from distributed import KilledWorker
        try:
            return future.result()
        except (KilledWorker, OSError, TimeoutError) as exc:
            # a worker died with the task (KilledWorker), or the scheduler went away; an
            # exception raised by the task itself is the task's and passes through as it is
            raise WorkerError(f"the Dask cluster at {self.address} could not run a batch ({type(exc).__name__}: "
                              f"{exc}); re-run to go on from the last committed batch") from exc

    def run_on_workers(self, fn: Callable) -> dict[str, Any]:
        """``fn()`` on every worker, by worker address (for measurements such as peak memory)."""
        return self._client.run(fn)

    def close(self) -> None:
        client = getattr(self, "_client", None)
        if client is not None:
            client.close()
        if self._local is not None:
            self._local.close()


def _local_workers(address: str) -> int:
    raw = address.removeprefix("local:")
    if not raw.isdigit() or int(raw) < 1:
        raise ConfigError(f"dask {address!r}: give local:N with N the number of worker processes (local:2)")
    return int(raw)


def open_runner(workers: int = 1, dask: str | None = None):
    """The runner a command asked for: a Dask cluster when ``dask`` is given, else
    ``workers`` processes (0 = one per core), 1 being this process alone."""
    if dask:
        return DaskCluster(dask)
    workers = workers or default_workers()
    if workers < 0:
        raise ConfigError(f"workers={workers}: give 0 (one per core) or a positive number")
    return InProcess() if workers == 1 else ProcessPool(workers)
