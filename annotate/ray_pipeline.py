"""`vicorpus annotate --ray`: the annotation as a Ray Data pipeline, on a local Ray or a cluster.

- **Reading**: local paths are read by the driver as without Ray; paths with a scheme
  (`s3://`, `gs://`, `file://` ...) are read by `ray.data.read_binary_files` (any file system
  Ray reads), one file per read task with no CPU reserved (`num_cpus=0`: actors hold every CPU
  and a read task that waits for one hangs the run), and turned into documents by the same code
  as local files (`annotate.documents`), so ids, metadata and error lines are the same.
- **Parsing**: the driver forms the batches a one-process run forms (input order,
  `batch_size` paragraphs, as `annotate.pipeline` does: Stanza's output depends on which
  paragraphs share a batch), one dataset row per batch, and `map_batches` parses the rows in an
  actor pool (`ActorPoolStrategy`, one parser per actor built once, `num_cpus` = threads per
  actor, `num_gpus=1` with `device="cuda"`). Rows come back in order (`preserve_order`), so
  numbering, entities and writing stay in the driver, through the same writer code, and the
  output is the same bytes as the local path's.
- Ray Data cannot take rows from a Python generator, so the batches go in windows of
  `window` batches per actor (one dataset each): memory stays bounded by the window, and
  each window's actors load the model once (seconds against minutes of parsing).

vicorpus and its model must be installed on every node (in the image, or via `runtime_env`).
"""

from __future__ import annotations

import itertools
import logging
import os
import pickle
from collections.abc import Iterable, Iterator
from typing import Any

from annotate.documents import JSONL_SUFFIXES, TEXT_SUFFIXES, Document, documents_from_bytes
from annotate.errors import InputError, ModelError, VicorpusError
from annotate.pipeline import ParsedBatch
from annotate.scale import ParserSpec, peak_rss_mb

log = logging.getLogger(__name__)
# the files a folder URI gives (a named file must end so too), as `annotate.documents` reads them
EXTENSIONS = [suffix.lstrip(".") for suffix in TEXT_SUFFIXES + JSONL_SUFFIXES]
# batches per actor in one window (one Ray Data execution; see the module docstring)
WINDOW = 128


def _ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401 - needs pyarrow, which vicorpus[ray] brings
    except ImportError as error:
        raise ModelError(f"--ray needs Ray Data ({error}): pip install 'vicorpus[ray]'") from error
    return ray


def _quiet() -> int:
    """Ray's log level: errors only, unless vicorpus runs with -v."""
    level = logging.INFO if log.isEnabledFor(logging.INFO) else logging.ERROR
    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(level)
    return level


def _data_context(ray: Any) -> None:
    """Ray Data settings for these pipelines: rows in order, no progress bars of its own."""
    _quiet()
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True
    context.enable_progress_bars = False
    context.print_on_execution_start = False


def read_uri(uri: str) -> Iterator[Document | InputError]:
    """The documents of the file a URI names (`s3://bucket/a.jsonl.gz`; a folder URI gives its
    .txt and .jsonl files, also .gz, sorted), read by Ray Data and parsed as local files are
    (`annotate.documents.documents_from_bytes`); a file that cannot be read yields an
    InputError."""
    ray = _ray()
    _data_context(ray)
    scheme = uri.split("://", 1)[0]
    try:
        dataset = ray.data.read_binary_files(uri, include_paths=True, num_cpus=0,
                                             file_extensions=EXTENSIONS)
        for row in dataset.iter_rows():
            origin = row["path"] if "://" in row["path"] else f"{scheme}://{row['path']}"
            yield from documents_from_bytes(origin, row["bytes"])
    except (ray.exceptions.RayError, OSError, ValueError) as error:
        yield InputError(f"cannot read: {_last_line(error)}", uri)


def _last_line(error: BaseException) -> str:
    """An exception as one line: its type and the last line of its message (Ray's errors
    carry the remote traceback above it)."""
    lines = str(error).strip().splitlines()
    return f"{type(error).__name__}: {lines[-1]}" if lines else type(error).__name__


class RayDataRunner:
    """Batches parsed by `map_batches` in a Ray Data actor pool of `actors` parsers; results
    come back in input order (see the module docstring). Use as a context manager (it starts a
    local Ray when none is running and `address` is None); `run_batches` is a `BatchRunner`."""

    def __init__(self, spec: ParserSpec, actors: int, address: str | None = None,
                 object_store_mb: int = 512, window: int = WINDOW):
        self._ray = _ray()
        self.spec = spec
        self.size = actors
        self.window = window
        self._address = address
        self._object_store_mb = object_store_mb
        self._started = False
        self._peaks: dict[int, float] = {}

    def __enter__(self) -> RayDataRunner:
        ray = self._ray
        if not ray.is_initialized():
            if self._address:
                ray.init(address=self._address, log_to_driver=False, logging_level=_quiet())
            else:  # a local Ray with one CPU per actor thread, its object store capped
                ray.init(num_cpus=self.size * (self.spec.threads or 1), include_dashboard=False,
                         object_store_memory=self._object_store_mb * 2**20, log_to_driver=False,
                         logging_level=_quiet())
            self._started = True
        _data_context(ray)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._started:
            self._ray.shutdown()
            self._started = False

    def peak_mb(self) -> dict[int, float]:
        """The actors' peak memory, in MB: the `actors` largest (each window's actors are new
        processes)."""
        return dict(enumerate(sorted(self._peaks.values(), reverse=True)[:self.size]))

    def run_batches(self, batches: Iterable[list[tuple[str, int]] | None]
                    ) -> Iterator[ParsedBatch | VicorpusError | None]:
        """Parse batches in windows of `window` x actors; yields results in input order."""
        source = iter(batches)
        while window := list(itertools.islice(source, self.window * self.size)):
            yield from self._run_window(window)

    def _run_window(self, window: list[list[tuple[str, int]] | None]
                    ) -> Iterator[ParsedBatch | VicorpusError | None]:
        ray = self._ray
        rows = [{"seq": seq, "batch": pickle.dumps(batch)}
                for seq, batch in enumerate(window) if batch is not None]
        if not rows:
            yield from window  # all None: every document of the window is already written
            return
        dataset = ray.data.from_items(rows).map_batches(
            _BatchParser,
            fn_constructor_args=(self.spec,),
            batch_size=1,
            batch_format="pyarrow",
            compute=ray.data.ActorPoolStrategy(size=min(self.size, len(rows))),
            num_cpus=self.spec.threads or 1,
            num_gpus=1 if self.spec.device == "cuda" else 0,
        )
        results = iter(dataset.iter_rows())
        failure: VicorpusError | None = None
        for seq, batch in enumerate(window):
            if batch is None:
                yield None
                continue
            if failure is None:
                try:
                    row = next(results)
                except ray.exceptions.RayError as error:
                    failure = InputError(f"Ray Data failed: {_last_line(error)}")
            if failure is not None:
                yield failure
                continue
            if row["seq"] != seq:
                raise RuntimeError(f"Ray Data returned batch {row['seq']} for batch {seq}: "
                                   "is DataContext.execution_options.preserve_order off?")
            self._peaks[row["pid"]] = max(self._peaks.get(row["pid"], 0.0), row["peak_mb"])
            result = pickle.loads(row["result"])
            yield result if row["ok"] else InputError(f"parser failed: {result}")


class _BatchParser:
    """The `map_batches` class: one parser per actor, built once; one batch per row in, its
    parse (or the error's message) out, pickled."""

    def __init__(self, spec: ParserSpec):
        self.parser = spec.build()
        self.parser.load()

    def __call__(self, table: Any) -> dict[str, list[Any]]:
        out: dict[str, list[Any]] = {"seq": [], "ok": [], "result": [], "pid": [],
                                     "peak_mb": []}
        for seq, blob in zip(table.column("seq").to_pylist(), table.column("batch").to_pylist()):
            try:
                ok, result = True, self.parser.parse_batch(pickle.loads(blob))
            except Exception as error:  # noqa: BLE001 - a batch that fails fails its documents
                ok, result = False, f"{type(error).__name__}: {error}"
            out["seq"].append(seq)
            out["ok"].append(ok)
            out["result"].append(pickle.dumps(result))
            out["pid"].append(os.getpid())
            out["peak_mb"].append(peak_rss_mb())
        return out
