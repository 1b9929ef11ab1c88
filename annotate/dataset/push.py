"""Upload a dataset folder to the Hugging Face Hub in one commit.

The token comes from HF_TOKEN or the user's stored login (huggingface_hub.get_token) and is
passed to the hub client only: never printed, logged or put in an error message.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from huggingface_hub import HfApi, get_token
from huggingface_hub.errors import HfHubHTTPError, HTTPError

from annotate.dataset.shards import DATA_DIR
from annotate.errors import DatasetError

log = logging.getLogger(__name__)
UPLOADED = ("README.md", f"{DATA_DIR}/*.parquet")


@dataclass
class PushResult:
    """The files pushed (or that would be, in a dry run) with their sizes, and the commit URL."""

    files: list[tuple[str, int]]
    url: str | None = None


def dataset_files(folder: Path) -> list[tuple[str, int]]:
    """(relative path, size in bytes) of the files a push uploads: the card and the shards."""
    folder = Path(folder)
    files = sorted(p for pattern in UPLOADED for p in folder.glob(pattern) if p.is_file())
    if not (folder / "README.md").is_file() or len(files) < 2:
        raise DatasetError("not a dataset folder (needs README.md and data/*.parquet)", folder)
    return [(p.relative_to(folder).as_posix(), p.stat().st_size) for p in files]


def push_dataset(
    folder: Path,
    repo_id: str,
    private: bool = False,
    revision: str | None = None,
    commit_message: str | None = None,
    dry_run: bool = False,
) -> PushResult:
    """Create the dataset repo `repo_id` if needed and upload the folder in one commit;
    with `dry_run`, only list the files. Raises DatasetError without a token or on failure."""
    files = dataset_files(folder)
    if dry_run:
        return PushResult(files)
    token = get_token()
    if not token:
        raise DatasetError("no Hugging Face token: set HF_TOKEN or run `hf auth login`")
    api = HfApi(token=token)
    try:
        api.create_repo(repo_id, repo_type="dataset", private=private, exist_ok=True)
        if revision is not None:
            api.create_branch(repo_id, repo_type="dataset", branch=revision, exist_ok=True)
        commit = api.upload_folder(
            folder_path=str(folder),
            repo_id=repo_id,
            repo_type="dataset",
            revision=revision,
            commit_message=commit_message or f"Upload {Path(folder).name} with vicorpus",
            allow_patterns=list(UPLOADED),
        )
    except (HfHubHTTPError, HTTPError, OSError, ValueError) as error:
        message = str(error).replace(token, "***").splitlines()[0] if str(error) else ""
        raise DatasetError(f"push to {repo_id} failed: {type(error).__name__}: {message}") from None
    url = getattr(commit, "commit_url", None) or str(commit)
    log.info("pushed %d files to %s", len(files), repo_id)
    return PushResult(files, url)
