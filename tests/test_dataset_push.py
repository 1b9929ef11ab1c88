"""`vicorpus push` up to the network (HfApi monkeypatched), and the dataset CLI commands."""

from __future__ import annotations

import filecmp
import logging
from pathlib import Path
from typing import ClassVar

import pytest
from click.testing import CliRunner
from huggingface_hub.errors import HfHubHTTPError

from annotate.cli import cli
from annotate.dataset import push as push_module
from annotate.dataset.push import push_dataset
from annotate.errors import DatasetError

CORPUS = Path(__file__).parent / "data" / "dataset" / "corpus"
TOKEN = "hf_secretTOKEN123"


class FakeResponse:
    """Just enough of an HTTP response for HfHubHTTPError."""

    status_code = 401
    request = None

    def __init__(self):
        self.headers: dict = {}


class FakeApi:
    """Records the calls push makes; `fail` makes create_repo raise."""

    calls: ClassVar[list] = []
    fail: Exception | None = None

    def __init__(self, token=None):
        self.calls.append(("init", token))

    def create_repo(self, repo_id, **kwargs):
        if self.fail is not None:
            raise self.fail
        self.calls.append(("create_repo", repo_id, kwargs))

    def create_branch(self, repo_id, **kwargs):
        self.calls.append(("create_branch", repo_id, kwargs))

    def upload_folder(self, **kwargs):
        self.calls.append(("upload_folder", kwargs))
        return type("Commit", (), {"commit_url": "https://hf.co/datasets/me/x/commit/abc"})()


@pytest.fixture
def fake_api(monkeypatch):
    FakeApi.calls = []
    FakeApi.fail = None
    monkeypatch.setattr(push_module, "HfApi", FakeApi)
    monkeypatch.setattr(push_module, "get_token", lambda: TOKEN)
    return FakeApi


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("cli") / "ds"
    result = CliRunner().invoke(cli, ["build", str(CORPUS), "-o", str(out), "--ratios", "1,0,0"])
    assert result.exit_code == 0, result.output
    assert "3 documents, 4 sentences (train 4)" in result.output
    return out


def test_push_creates_repo_and_uploads_in_one_commit(fake_api, folder):
    result = push_dataset(folder, "me/x", private=True, revision="v1", commit_message="first")
    assert result.url.endswith("/commit/abc")
    kinds = [c[0] for c in fake_api.calls]
    assert kinds == ["init", "create_repo", "create_branch", "upload_folder"]
    assert fake_api.calls[0][1] == TOKEN
    assert fake_api.calls[1][2] == {"repo_type": "dataset", "private": True, "exist_ok": True}
    upload = fake_api.calls[3][1]
    assert upload["repo_type"] == "dataset" and upload["revision"] == "v1"
    assert upload["commit_message"] == "first" and upload["folder_path"] == str(folder)


def test_dry_run_lists_files_without_network(fake_api, folder):
    result = push_dataset(folder, "me/x", dry_run=True)
    assert [name for name, _ in result.files] == ["README.md", "data/train-00000-of-00001.parquet"]
    assert all(size > 0 for _, size in result.files) and fake_api.calls == []


def test_no_token(monkeypatch, folder):
    monkeypatch.setattr(push_module, "get_token", lambda: None)
    with pytest.raises(DatasetError, match="HF_TOKEN"):
        push_dataset(folder, "me/x")


@pytest.mark.parametrize("error", [
    ConnectionError(f"cannot reach huggingface.co with {TOKEN}"),
    HfHubHTTPError(f"401 Unauthorized for token {TOKEN}\ndetails", response=FakeResponse()),
])
def test_network_failure_is_one_line_without_token(fake_api, folder, error, caplog):
    fake_api.fail = error
    caplog.set_level(logging.DEBUG)
    with pytest.raises(DatasetError, match="push to me/x failed") as info:
        push_dataset(folder, "me/x")
    assert TOKEN not in str(info.value) and TOKEN not in caplog.text
    assert "\n" not in str(info.value)


def test_not_a_dataset_folder(tmp_path):
    with pytest.raises(DatasetError, match="not a dataset folder"):
        push_dataset(tmp_path, "me/x", dry_run=True)


def test_cli_push_dry_run_and_push(fake_api, folder):
    runner = CliRunner()
    result = runner.invoke(cli, ["push", str(folder), "me/x", "--dry-run"])
    assert result.exit_code == 0 and "2 files would be uploaded" in result.output
    result = runner.invoke(cli, ["push", str(folder), "me/x", "--private"])
    assert result.exit_code == 0 and "pushed 2 files" in result.output
    assert TOKEN not in result.output


def test_cli_export_round_trip(folder, tmp_path):
    result = CliRunner().invoke(cli, ["export", str(folder), "-o", str(tmp_path / "back")])
    assert result.exit_code == 0 and "2 files, 4 sentences" in result.output
    for name in ["antq.conllu", "extra/rain.conllu"]:
        assert filecmp.cmp(CORPUS / name, tmp_path / "back" / name, shallow=False)


def test_cli_build_split_file_and_errors(tmp_path):
    (tmp_path / "s.tsv").write_text("d1\ttrain\nd2\ttest\nd3\ttest\n")
    runner = CliRunner()
    result = runner.invoke(cli, ["build", str(CORPUS), "-o", str(tmp_path / "ds"),
                                 "--split-file", str(tmp_path / "s.tsv")])
    assert result.exit_code == 0 and "(train 2, test 2)" in result.output
    result = runner.invoke(cli, ["build", str(CORPUS), "-o", str(tmp_path / "ds")])
    assert isinstance(result.exception, DatasetError)


def test_cli_split_from_filename_needs_split_names(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(CORPUS), "-o", str(tmp_path / "ds"),
                                      "--split-from-filename"])
    assert isinstance(result.exception, DatasetError)
    assert "does not say its split" in str(result.exception)
