"""Ingest on worker processes and on a Dask cluster: the knowledge base is the one a single
process builds, row for row (ids of reports, entities, events, mentions, times; entity names,
aliases and placement), and the batches come back in input order."""
from __future__ import annotations

from itertools import islice
from pathlib import Path

import pytest

from tests.helpers import tl
from threadline.errors import ConfigError, WorkerError
from threadline.executors import DaskCluster, InProcess, ProcessPool, open_runner
from threadline.store import open_store
from threadline.store.admin import knowledge_rows

KCNA = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "kcna-2011.jsonl"
#: KCNA stories added to the samples (when the shared corpus is beside the repository).
KCNA_STORIES = 60


def contents(db: str) -> dict[str, list[tuple]]:
    with open_store(db) as store:
        return knowledge_rows(store)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, samples_dir) -> list[str]:
    """The bundled samples, and some KCNA stories when the shared corpus is there."""
    sources = [str(samples_dir)]
    if KCNA.exists():
        subset = tmp_path_factory.mktemp("kcna") / "kcna.jsonl"
        with open(KCNA, encoding="utf-8") as f:
            subset.write_text("".join(islice(f, KCNA_STORIES)), encoding="utf-8")
        sources.append(str(subset))
    return sources


@pytest.fixture(scope="module")
def one_process(tmp_path_factory, inputs) -> dict:
    db = str(tmp_path_factory.mktemp("one") / "kb.db")
    result = tl("ingest", *inputs, "--db", db, "--offline", "--batch-size", "8", "--workers", "1")
    assert result.exit_code == 0, result.output
    return contents(db)


def test_two_worker_processes_build_the_same_knowledge_base(tmp_path, inputs, one_process):
    db = str(tmp_path / "kb.db")
    result = tl("ingest", *inputs, "--db", db, "--offline", "--batch-size", "8", "--workers", "2")
    assert result.exit_code == 0, result.output
    two = contents(db)
    assert len(two["documents"]) >= 18 and len(two["events"]) > 0 and len(two["entities"]) > 0
    for table, rows in one_process.items():
        assert two[table] == rows, table


def test_a_local_dask_cluster_builds_the_same_knowledge_base(tmp_path, inputs, one_process):
    db = str(tmp_path / "kb.db")
    result = tl("ingest", *inputs, "--db", db, "--offline", "--batch-size", "8", "--dask", "local:2")
    assert result.exit_code == 0, result.output
    on_dask = contents(db)
    for table, rows in one_process.items():
        assert on_dask[table] == rows, table


def _slow_square(x: int) -> int:
    import time
    time.sleep(0.05 * (x % 3))     # later jobs finish first
    return x * x


@pytest.mark.parametrize("make", [InProcess, lambda: ProcessPool(2)])
def test_results_come_back_in_input_order(make):
    runner = make()
    try:
        jobs = ((f"job{i}", i) for i in range(12))
        assert list(runner.map_in_order(_slow_square_of_sum, (0,), jobs)) == [(f"job{i}", i * i) for i in range(12)]
    finally:
        runner.close()


def _slow_square_of_sum(base: int, x: int) -> int:
    return _slow_square(base + x)


def _die(x: int) -> int:
    import os
    os._exit(9)


def test_a_worker_that_dies_is_a_named_error():
    pool = ProcessPool(1)
    try:
        with pytest.raises(WorkerError, match="worker process died"):
            list(pool.map_in_order(_die, (), [("a", 1)]))
    finally:
        pool.close()


@pytest.mark.parametrize("workers, dask, message", [
    (-1, None, "give 0"),
    (1, "local:zero", "local:N"),
    (1, "http://example.org:8786", "tcp://HOST:PORT"),
])
def test_bad_runner_settings_are_named(workers, dask, message):
    with pytest.raises(ConfigError, match=message):
        open_runner(workers, dask)


def test_a_scheduler_nobody_answers_is_a_clear_error():
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]     # bound, not listening: nothing answers
        with pytest.raises(WorkerError, match="cannot reach the Dask scheduler"):
            DaskCluster(f"tcp://127.0.0.1:{port}", connect_timeout=2)


def test_a_local_cluster_runs_beside_this_process_and_its_processes_end_on_close():
    import os
    import time

    import psutil
    runner = DaskCluster("local:1")
    try:
        helper = runner._local._process.pid
        workers = set(runner.run_on_workers(os.getpid).values())
        # the scheduler and the nannies run in the helper, the analysis in the workers: none here
        assert len(workers) == 1 and os.getpid() not in workers | {helper}
        assert psutil.Process(next(iter(workers))).ppid() == helper
    finally:
        runner.close()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_running(pid) for pid in workers | {helper}):
        time.sleep(0.2)
    assert not any(_running(pid) for pid in workers | {helper})


def _running(pid: int) -> bool:
    import psutil
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def test_one_batch_is_analysed_in_this_process(tmp_path, samples_dir):
    # Eighteen reports fit one batch of 64: no worker is started for them.
    pool = ProcessPool(2)
    try:
        from threadline import pipeline
        from threadline.settings import Settings
        with open_store(str(tmp_path / "kb.db")) as store:
            report = pipeline.run([str(samples_dir)], Settings(offline=True), store, runner=pool)
        assert report.stored == 18
        assert not pool._pool._processes     # none was spawned
    finally:
        pool.close()
