"""The whole review loop against a real Label Studio server: push the seed, a person corrects
three sentences through the API, pull, and the CoNLL-U changed exactly there.

Label Studio is its own application in its own virtualenv: `.ci/run` installs it and points
VICORPUS_LABEL_STUDIO at the venv (default: .venv-labelstudio in the clone). The server runs on
127.0.0.1 with a known user and token, from a copy of a data folder migrated once per session,
and is stopped by its pid.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_review import SEED_CONLLU, check_corrected, copy_corpus, correct, run

from annotate.review.client import LabelStudio

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("VICORPUS_LABEL_STUDIO", ROOT / ".venv-labelstudio"))
USER = "alice@example.org"
TOKEN = "0123456789abcdef0123456789abcdef01234567"
PROJECT = "vi-antq entities"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """A Label Studio process on a data folder."""

    def __init__(self, data_dir: Path, log: Path):
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {k: v for k, v in os.environ.items() if k not in ("USERNAME", "PASSWORD")}
        env.update(LABEL_STUDIO_BASE_DATA_DIR=str(data_dir), DJANGO_DB="sqlite",
                   LABEL_STUDIO_USERNAME=USER, LABEL_STUDIO_PASSWORD="review-test-1",
                   LABEL_STUDIO_USER_TOKEN=TOKEN, LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN="true",
                   LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK="true", LATEST_VERSION_CHECK="false",
                   COLLECT_ANALYTICS="false", PYTHONUNBUFFERED="1")
        env.pop("LABEL_STUDIO_API_KEY", None)
        self.log = log
        with open(log, "ab") as out:
            self.process = subprocess.Popen(
                [str(VENV / "bin" / "label-studio"), "start", "--no-browser", "--internal-host",
                 "127.0.0.1", "--port", str(self.port)],
                env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True)

    def wait(self, timeout: float = 300.0) -> None:
        """Wait until the server answers; print how long it took (shown with -s)."""
        started = time.monotonic()
        while time.monotonic() < started + timeout:
            if self.process.poll() is not None:
                pytest.fail(f"Label Studio exited ({self.process.returncode}); see {self.log}")
            try:
                with urllib.request.urlopen(self.url + "/api/version", timeout=5) as answer:
                    if answer.status == 200:
                        print(f"Label Studio answered after {time.monotonic() - started:.1f} s "
                              f"({self.log.name})")
                        return
            except OSError:
                time.sleep(1)
        self.stop()
        pytest.fail(f"Label Studio did not answer in {timeout:.0f} s; see {self.log}")

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)  # its own session: the pid is the group
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


@pytest.fixture(scope="session")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Label Studio data folder with its database migrated and the test user created."""
    if not (VENV / "bin" / "label-studio").is_file():
        pytest.skip(f"Label Studio is not installed at {VENV} (.ci/run installs it; or set "
                    "VICORPUS_LABEL_STUDIO to its virtualenv)")
    folder = tmp_path_factory.mktemp("label-studio") / "migrated"
    folder.mkdir()
    server = Server(folder, folder.parent / "migrate.log")
    try:
        server.wait()
    finally:
        server.stop()
    return folder


@pytest.fixture(scope="module")
def label_studio(migrated: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server on a copy of the migrated folder, for this module's tests."""
    data = tmp_path_factory.mktemp("ls-data") / "data"
    shutil.copytree(migrated, data)
    server = Server(data, data.parent / "label-studio.log")
    try:
        server.wait()
        yield server
    finally:
        server.stop()


def test_push_correct_pull(label_studio: Server, tmp_path: Path,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = copy_corpus(tmp_path)
    before = (corpus / SEED_CONLLU.name).read_text(encoding="utf-8")
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", TOKEN)
    server = ["--url", label_studio.url, "--project", PROJECT]

    code, out, err = run("review", "push", str(corpus), *server)
    assert code == 0, err
    assert "34 tasks created, 0 updated, 0 unchanged" in err and TOKEN not in out + err
    code, _, err = run("review", "push", str(corpus), *server)  # again: nothing duplicated
    assert code == 0 and "0 tasks created, 0 updated, 34 unchanged" in err, err

    client = LabelStudio(label_studio.url, TOKEN)
    project = client.find_project(PROJECT)
    assert project is not None
    tasks = client.tasks(project["id"])
    assert len(tasks) == 34
    for item in tasks:  # a person corrects three sentences in the editor
        predictions = item["predictions"]
        assert len(predictions) == 1 and predictions[0]["model_version"].startswith("vicorpus-")
        fixed = correct(item["data"]["vicorpus_key"], item["data"]["text"],
                        predictions[0]["result"])
        if fixed is not None:
            client.create_annotation(item["id"], fixed)

    code, _, err = run("review", "pull", *server, "--into", str(corpus))
    assert code == 0, err
    assert "reviewed 3 sentences (3 changed)" in err
    after = (corpus / SEED_CONLLU.name).read_text(encoding="utf-8")
    check_corrected(before, after, reviewer=USER)

    code, out, _ = run("validate", str(corpus))
    assert code == 0, out
    original = tmp_path / "original.conllu"
    original.write_text(before, encoding="utf-8")
    code, out, _ = run("agree", str(original), str(corpus / SEED_CONLLU.name))
    assert code == 0
    assert [line for line in out.splitlines() if line.startswith("differs:")] == [
        "differs: laocai-antq-s7", "differs: laocai-antq-s9", "differs: laocai-antq-s12"]

    # the corrected corpus pushed again: three predictions updated, the annotations stay
    code, _, err = run("review", "push", str(corpus), *server)
    assert code == 0 and "0 tasks created, 3 updated, 31 unchanged" in err, err
    tasks = client.tasks(project["id"])
    assert len(tasks) == 34 and sum(len(t["annotations"]) for t in tasks) == 3
    code, _, err = run("review", "pull", *server, "--into", str(corpus))
    assert code == 0 and (corpus / SEED_CONLLU.name).read_text(encoding="utf-8") == after


def test_a_wrong_token_is_one_line_without_the_token(label_studio: Server,
                                                     tmp_path: Path) -> None:
    corpus = copy_corpus(tmp_path)
    code, _, err = run("review", "pull", "--url", label_studio.url, "--project", PROJECT,
                       "--into", str(corpus), "--token", "wrong-token-value")
    assert code == 2 and "HTTP 401" in err and "wrong-token-value" not in err


def test_a_personal_access_token_works(label_studio: Server, tmp_path: Path) -> None:
    """Label Studio's default token kind (a JWT refresh token) is exchanged for access tokens."""
    admin = LabelStudio(label_studio.url, TOKEN)
    admin.request("POST", "/api/jwt/settings", {"api_tokens_enabled": True,
                                                "legacy_api_tokens_enabled": True})
    personal = admin.request("POST", "/api/token/")["token"]
    assert personal.count(".") == 2
    corpus = copy_corpus(tmp_path)
    code, out, err = run("review", "push", str(corpus), "--url", label_studio.url, "--project",
                         "personal token", "--token", personal, "--only", "label=LEGAL")
    assert code == 0, err
    assert "3 tasks created" in err and personal not in out + err
