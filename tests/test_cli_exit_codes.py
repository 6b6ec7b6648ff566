"""Exit codes tell a crash from a run where some inputs failed (issue 15)."""
from __future__ import annotations

from typer.testing import CliRunner

from threadline import cli, pipeline

runner = CliRunner()


def _ingest(tmp_path, *extra):
    (tmp_path / "a.txt").write_text("The Hyesan mill restarted a line last week.", encoding="utf-8")
    return runner.invoke(cli.app, ["ingest", str(tmp_path / "a.txt"), *extra, "--db", str(tmp_path / "kb.db"),
                                   "--offline"], env={}, catch_exceptions=False)


def test_a_run_with_failed_inputs_exits_1(tmp_path):
    result = _ingest(tmp_path, str(tmp_path / "missing.txt"))
    assert result.exit_code == cli.EXIT_INPUTS_FAILED == 1


def test_an_internal_error_exits_3_and_names_itself(tmp_path, monkeypatch):
    def crash(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(pipeline, "run", crash)
    result = _ingest(tmp_path)
    assert result.exit_code == cli.EXIT_CRASH == 3
    assert "internal error (a bug in Threadline): ZeroDivisionError: division by zero" in result.stderr
    assert "Traceback" in result.stderr


def test_ctrl_c_exits_130(tmp_path, monkeypatch):
    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "run", interrupt)
    result = _ingest(tmp_path)
    assert result.exit_code == cli.EXIT_INTERRUPTED == 130
    assert "interrupted" in result.stderr


def test_extract_crash_exits_3(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("The Hyesan mill restarted a line.", encoding="utf-8")

    def crash(*args, **kwargs):
        raise RuntimeError("boom")
        yield  # pragma: no cover

    monkeypatch.setattr(pipeline, "extract_documents", crash)
    result = runner.invoke(cli.app, ["extract", str(tmp_path / "a.txt")], env={}, catch_exceptions=False)
    assert result.exit_code == 3 and "RuntimeError: boom" in result.stderr


def test_a_bad_setting_still_exits_2(tmp_path):
    result = runner.invoke(cli.app, ["ingest", str(tmp_path), "--db", str(tmp_path / "kb.db")],
                           env={"THREADLINE_BATCH_SIZE": "many"})
    assert result.exit_code == cli.EXIT_ERROR == 2
