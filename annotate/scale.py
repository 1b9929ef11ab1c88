"""Running `vicorpus annotate` at scale: worker processes, resumable runs (and Ray Data,
optionally: `annotate.ray_pipeline`).

This module only *drives* the pipeline: `annotate.pipeline` forms the batches the
single-process run forms (input order, `batch_size` paragraphs) and keeps reading, sentence
numbering, entities and writing in this process; the batches are parsed elsewhere:

- `WorkerPool`: N spawned processes, each building its own `Parser` from the model spec (a
  loaded parser cannot be pickled) with `torch.set_num_threads(T)`; batches are handed out in
  order, at most 2N in flight, and come back in order, so the output is the same bytes as with
  one process. A worker that dies fails the documents of the batch it was parsing (they are
  reported and the run exits 1); it is restarted and the run goes on.
- `Manifest`: `.OUT.vicorpus-manifest.jsonl` beside the output folder OUT (so that OUT holds
  only CoNLL-U), one line per output file written completely, with
  a hash of its documents (id, text, metadata) and of the run's settings (model files, speed,
  batch size, entities, vicorpus version). A rerun skips the documents of those files, so an
  interrupted run (Ctrl-C, kill -9, power loss) continues where it stopped.
- `JsonlResume`: the same for one JSONL output file, line by line (see the class).
"""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import os
import queue
import resource
import shutil
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import wait
from pathlib import Path
from typing import IO, Any

from annotate import __version__
from annotate.atomic import atomic_write, new_file_mode
from annotate.documents import Document
from annotate.errors import InputError, ModelError, VicorpusError
from annotate.parse import ModelSet, Parser
from annotate.pipeline import ParsedBatch, Summary, output_name, run

log = logging.getLogger(__name__)

MANIFEST = ".vicorpus-manifest.jsonl"


def manifest_path(out_dir: Path) -> Path:
    """Where the resume manifest of output folder `out_dir` lives: beside it."""
    out_dir = out_dir.absolute()
    return out_dir.parent / f".{out_dir.name}{MANIFEST}"
# a worker dying this many times per worker slot means something other than one bad batch
MAX_RESTARTS_PER_WORKER = 3


def cpu_count() -> int:
    """Cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def plan_workers(workers: int | str, threads: int | None) -> tuple[int, int]:
    """(workers, threads per worker) from `--workers N|auto` and `--threads T`: auto is
    cores / T; T defaults to cores / N (at least 1)."""
    cores = cpu_count()
    if workers == "auto":
        per = threads or 1
        return max(1, cores // per), per
    count = int(workers)
    if count < 1:
        raise ValueError("--workers must be at least 1")
    return count, threads or max(1, cores // count)


@dataclass(frozen=True)
class ParserSpec:
    """What a worker needs to build its own parser."""

    models: ModelSet
    threads: int | None
    batch_size: int
    speed: str = "exact"
    device: str = "cpu"

    def build(self) -> Parser:
        return Parser(self.models, threads=self.threads, batch_size=self.batch_size,
                      speed=self.speed, device=self.device)


def peak_rss_mb() -> float:
    """This process's peak resident memory, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _serve(tasks: Any, results: Any, spec: ParserSpec) -> None:
    """A worker: build the parser, then parse (seq, batch) tasks until None; a reader thread
    takes tasks off the pipe at once, so the parent never blocks sending one."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    parser = spec.build()
    parser.load()
    inbox: queue.Queue = queue.Queue()

    def read() -> None:
        while True:
            try:
                item = tasks.recv()
            except EOFError:
                item = None
            inbox.put(item)
            if item is None:
                return

    threading.Thread(target=read, daemon=True).start()
    while (item := inbox.get()) is not None:
        seq, batch = item
        try:
            payload: Any = ("ok", parser.parse_batch(batch))
        except Exception as error:  # noqa: BLE001 - a batch that fails fails its documents only
            payload = ("error", f"{type(error).__name__}: {error}")
        results.send((seq, *payload, peak_rss_mb()))


class WorkerPool:
    """N worker processes parsing batches in order (see the module docstring). Use as a context
    manager; `run_batches` is a `BatchRunner` for `annotate.pipeline`."""

    def __init__(self, spec: ParserSpec, workers: int):
        self.spec = spec
        self.size = workers
        self.peak_mb: dict[int, float] = {}
        self._context = multiprocessing.get_context("spawn")
        self._workers: list[dict[str, Any]] = []
        self._restarts = 0

    def _start(self, slot: int) -> dict[str, Any]:
        task_read, task_write = self._context.Pipe(duplex=False)
        result_read, result_write = self._context.Pipe(duplex=False)
        process = self._context.Process(target=_serve, args=(task_read, result_write, self.spec),
                                        name=f"vicorpus-worker-{slot}", daemon=True)
        process.start()
        task_read.close()
        result_write.close()
        return {"slot": slot, "process": process, "tasks": task_write, "results": result_read,
                "outstanding": deque()}

    def __enter__(self) -> WorkerPool:
        self._workers = [self._start(slot) for slot in range(self.size)]
        return self

    def __exit__(self, *exc: object) -> None:
        for worker in self._workers:
            try:
                worker["tasks"].send(None)
                worker["tasks"].close()
            except OSError:
                pass
        for worker in self._workers:
            worker["process"].join(timeout=5 if exc[0] is None else 0.5)
            if worker["process"].is_alive():
                worker["process"].terminate()
                worker["process"].join()
        self._workers = []

    def workers(self) -> list[tuple[int, int]]:
        """(process id, batches outstanding) of each worker."""
        return [(w["process"].pid, len(w["outstanding"])) for w in self._workers]

    def run_batches(self, batches: Iterable[list[tuple[str, int]] | None]
                    ) -> Iterator[ParsedBatch | VicorpusError | None]:
        """Parse batches in the workers; yields their results in input order, with at most
        2N batches between the one read last and the one yielded next."""
        source = iter(batches)
        done: dict[int, ParsedBatch | VicorpusError | None] = {}
        issued = yielded = 0
        exhausted = False
        while True:
            while not exhausted and issued - yielded < 2 * self.size:
                batch = next(source, StopIteration)
                if batch is StopIteration:
                    exhausted = True
                    break
                if batch is None:
                    done[issued] = None
                else:
                    worker = min(self._workers, key=lambda w: len(w["outstanding"]))
                    self._send(worker, issued, batch)
                issued += 1
            while yielded in done:
                yield done.pop(yielded)
                yielded += 1
            if exhausted and yielded == issued:
                return
            if yielded < issued:
                self._collect(done)

    def _send(self, worker: dict[str, Any], seq: int, batch: list[tuple[str, int]]) -> None:
        worker["outstanding"].append((seq, batch))
        try:
            worker["tasks"].send((seq, batch))
        except OSError:
            pass  # it died: its sentinel reports it and the batch is sent again

    def _collect(self, done: dict[int, Any]) -> None:
        """Wait for a result or a worker's death; record what came."""
        handles = {}
        for worker in self._workers:
            handles[worker["results"]] = worker
            handles[worker["process"].sentinel] = worker
        for ready in wait(list(handles)):
            worker = handles[ready]
            if not any(w is worker for w in self._workers):
                continue  # replaced a moment ago
            if ready is worker["results"]:
                if not self._receive(worker, done):
                    self._replace(worker, done)
                continue
            while worker["results"].poll() and self._receive(worker, done):
                pass  # results it sent before it died
            self._replace(worker, done)

    def _receive(self, worker: dict[str, Any], done: dict[int, Any]) -> bool:
        """Record one result; False when the worker's pipe is closed (it died)."""
        try:
            seq, status, payload, peak = worker["results"].recv()
        except (EOFError, OSError):
            return False
        worker["outstanding"].popleft()
        self.peak_mb[worker["slot"]] = max(self.peak_mb.get(worker["slot"], 0.0), peak)
        done[seq] = payload if status == "ok" else InputError(f"parser failed: {payload}")
        return True

    def _replace(self, worker: dict[str, Any], done: dict[int, Any]) -> None:
        """A dead worker: fail the batch it was parsing, restart it, resend the rest."""
        process = worker["process"]
        process.join()
        self._restarts += 1
        if self._restarts > MAX_RESTARTS_PER_WORKER * self.size:
            raise ModelError(f"worker processes keep dying (last exit code {process.exitcode})")
        outstanding = worker["outstanding"]
        if outstanding:
            seq, _ = outstanding.popleft()
            done[seq] = InputError(
                f"worker process died (exit code {process.exitcode}) while parsing this document")
            log.warning("worker %s died (exit code %s)", worker["slot"], process.exitcode)
        fresh = self._start(worker["slot"])
        self._workers = [fresh if w is worker else w for w in self._workers]
        for seq, batch in outstanding:
            self._send(fresh, seq, batch)


def settings_key(models: ModelSet, batch_size: int, entities: bool, speed: str = "exact",
                 device: str = "cpu") -> str:
    """A hash of everything besides the input that decides the output: the model files,
    speed mode, device, batch size, entities and vicorpus version."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(json.dumps([models.kwargs, batch_size, entities, speed, device, __version__],
                             sort_keys=True, default=str).encode())
    files = [Path(v) for k, v in sorted(models.kwargs.items()) if k.endswith("_path")]
    for path in files:
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    if not files and "dir" in models.kwargs:  # a Stanza resources tree: its files' sizes and times
        for path in sorted(Path(models.kwargs["dir"]).rglob("*.pt")):
            stat = path.stat()
            digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def documents_key(documents: Iterable[Document]) -> str:
    """A hash of documents' ids, texts and metadata."""
    digest = hashlib.blake2b(digest_size=16)
    for document in documents:
        digest.update(json.dumps([document.id, document.source, document.metadata],
                                 sort_keys=True, ensure_ascii=False).encode())
    return digest.hexdigest()


def read_manifest(path: Path) -> Iterator[dict[str, Any]]:
    """The entries of a resume manifest, if there is one (a line cut short by a crash is
    left out)."""
    if not path.is_file():
        return
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            try:
                yield json.loads(line)
            except ValueError:
                continue


class Manifest:
    """The resume record of an output folder: which files hold which documents, written by
    which settings. Lines are appended (and synced) as files are renamed into place."""

    def __init__(self, out_dir: Path, settings: str, overwrite: bool = False):
        self.out_dir = out_dir
        self.path = manifest_path(out_dir)
        self.settings = settings
        self.entries: dict[str, tuple[str, int]] = {}
        for stale in out_dir.glob(".*.conllu.*.tmp"):  # files a killed run was writing
            stale.unlink(missing_ok=True)
        if overwrite:
            self.path.unlink(missing_ok=True)
        else:
            for entry in read_manifest(self.path):
                if entry.get("settings") == settings:
                    self.entries[entry["file"]] = (entry["documents"], entry["bytes"])
                else:
                    self.entries.pop(entry.get("file"), None)

    def is_done(self, name: str, documents: list[Document]) -> bool:
        """True when `name` was written completely from exactly these documents."""
        entry = self.entries.get(name)
        if entry is None:
            return False
        path = self.out_dir / name
        return path.is_file() and path.stat().st_size == entry[1] \
            and entry[0] == documents_key(documents)

    def record(self, name: str, documents: list[Document]) -> None:
        """Note that `name` now holds these documents completely."""
        self.out_dir.mkdir(parents=True, exist_ok=True)
        line = json.dumps({"file": name, "documents": documents_key(documents),
                           "bytes": (self.out_dir / name).stat().st_size,
                           "settings": self.settings, "ids": [d.id for d in documents][:3]},
                          ensure_ascii=False)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")
            handle.flush()
            os.fsync(handle.fileno())


class JsonlResume:
    """Resume for a JSONL output file OUT: its lines go to `.OUT.vicorpus-partial` beside it,
    each recorded in the manifest with a hash of its document and of itself. A rerun keeps the
    longest run of lines (of the partial file, or of OUT when an earlier run finished) that
    still match the first documents of the input and a valid manifest, skips those documents,
    appends the rest, and renames the partial file into place at the end, so OUT is only ever a
    finished run. Lines are checked on resume rather than synced as they are written: a line
    that a crash or power loss cut or lost ends the run kept there."""

    def __init__(self, out: Path, settings: str, overwrite: bool = False):
        self.out = out.absolute()
        self.partial = self.out.parent / f".{self.out.name}.vicorpus-partial"
        self.manifest = manifest_path(self.out)
        self.settings = settings
        self._keys = bytearray()  # the kept lines' document hashes, 16 bytes each
        self._digests = bytearray()  # and their own hashes
        self._ends: list[int] = []  # where each kept line ends in the partial file
        self._seen = 0
        self._resuming = True
        self._handle: IO[bytes] | None = None
        self._log: IO[str] | None = None
        if overwrite:
            self.manifest.unlink(missing_ok=True)
            self.partial.unlink(missing_ok=True)
        entries = self._entries()
        base = self.partial if self.partial.is_file() else self.out if self.out.is_file() else None
        end = 0
        if base is not None and entries:
            with base.open("rb") as handle:
                for (key, digest), line in zip(entries, handle):
                    if _line_hash(line) != digest:
                        break
                    end += len(line)
                    self._keys += bytes.fromhex(key)
                    self._digests += bytes.fromhex(digest)
                    self._ends.append(end)
        self.out.parent.mkdir(parents=True, exist_ok=True)
        if base is self.out:  # a finished run: its kept lines become the partial file
            shutil.copyfile(self.out, self.partial)
        self._cut(len(self._ends))  # the partial file cut to the lines kept

    def _entries(self) -> list[tuple[str, str]]:
        """The manifest's (document hash, line hash) pairs for these settings, in order."""
        entries = []
        for entry in read_manifest(self.manifest):
            if entry.get("settings") != self.settings:
                return []
            entries.append((entry["documents"], entry["line"]))
        return entries

    def _cut(self, count: int) -> None:
        """Keep the first `count` lines (partial file and manifest); new lines follow them."""
        del self._keys[16 * count:], self._digests[16 * count:], self._ends[count:]
        with self.partial.open("ab") as target:
            target.truncate(self._ends[-1] if self._ends else 0)
        with atomic_write(self.manifest) as handle:
            for k in range(count):
                handle.write(self._entry(_hex(self._keys, k), _hex(self._digests, k)))

    def _entry(self, key: str, digest: str) -> str:
        return json.dumps({"documents": key, "line": digest, "settings": self.settings}) + "\n"

    def skip(self, document: Document) -> bool:
        """True for a document whose line is kept (only ever the first documents)."""
        k = self._seen
        self._seen += 1
        if self._resuming and k < len(self._ends) \
                and _hex(self._keys, k) == documents_key([document]):
            return True
        if self._resuming:  # lines from here on are written again
            self._resuming = False
            if k < len(self._ends):
                self._cut(k)
        return False

    def write(self, document: Document, line: str) -> None:
        """Append a document's line and record it."""
        if self._handle is None:
            self._handle = self.partial.open("ab")
            self._log = self.manifest.open("a", encoding="utf-8")
        data = line.encode("utf-8")
        self._handle.write(data)
        self._handle.flush()
        self._log.write(self._entry(documents_key([document]), _line_hash(data)))  # type: ignore[union-attr]
        self._log.flush()  # type: ignore[union-attr]

    def finish(self) -> None:
        """Rename the partial file into place as OUT."""
        self.close()
        with self.partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        try:  # the mode of the file replaced, else that of a new file
            os.chmod(self.partial, self.out.stat().st_mode & 0o7777)
        except FileNotFoundError:
            os.chmod(self.partial, new_file_mode())
        os.replace(self.partial, self.out)

    def close(self) -> None:
        for handle in (self._handle, self._log):
            if handle is not None:
                handle.close()
        self._handle = self._log = None


def _hex(digests: bytearray, k: int) -> str:
    """The `k`-th 16-byte digest of `digests`, in hex."""
    return digests[16 * k:16 * k + 16].hex()


def _line_hash(line: bytes) -> str:
    return hashlib.blake2b(line, digest_size=16).hexdigest()


def resumable(documents: Iterable[Document | InputError], manifest: Manifest,
              shard_size: int | None) -> tuple[Iterator[Document | InputError], Any]:
    """The documents (read ahead one output file's worth at a time) and a `skip` predicate that
    is true for the documents of files the manifest says are already complete."""
    done: set[int] = set()
    size = shard_size or 1

    def stream() -> Iterator[Document | InputError]:
        unit: list[Document] = []
        held: list[Document | InputError] = []
        number = 0

        def flush() -> Iterator[Document | InputError]:
            if unit and manifest.is_done(output_name(number - len(unit), unit[0], shard_size),
                                         unit):
                done.update(id(d) for d in unit)
            yield from held

        for item in documents:
            held.append(item)
            if isinstance(item, Document):
                unit.append(item)
                number += 1
                if len(unit) == size:
                    yield from flush()
                    unit, held = [], []
        yield from flush()

    def skip(document: Document) -> bool:
        if id(document) in done:
            done.discard(id(document))
            return True
        return False

    return stream(), skip


def annotate_at_scale(documents: Iterable[Document | InputError], spec: ParserSpec, out: Path,
                      fmt: str = "conllu", entities: bool = True, workers: int = 1,
                      shard_size: int | None = None, overwrite: bool = False,
                      progress: Any = None, on_error: Any = None, ray: str | None = None,
                      resume_jsonl: bool = True) -> tuple[Summary, dict[int, float]]:
    """`annotate.pipeline.run` with `workers` processes (or, with `ray` set to an address or
    "local", `workers` Ray actors) and, for CoNLL-U folders, resume; returns the summary and
    each worker's peak memory in MB (empty for one process)."""
    parser = spec.build()
    skip = on_written = jsonl = None
    settings = settings_key(spec.models, spec.batch_size, entities, spec.speed, spec.device)
    if fmt == "conllu":
        manifest = Manifest(out, settings, overwrite)
        documents, skip = resumable(documents, manifest, shard_size)
        on_written = manifest.record
    elif resume_jsonl:
        jsonl = JsonlResume(out, settings, overwrite)
        skip = jsonl.skip
    try:
        summary, peaks = _run(documents, spec, parser, out, fmt, entities, workers, shard_size,
                              progress, on_error, ray, skip, on_written, jsonl)
    finally:
        if jsonl is not None:
            jsonl.close()
    if jsonl is not None:
        jsonl.finish()
    return summary, peaks


def _run(documents: Iterable[Document | InputError], spec: ParserSpec, parser: Parser, out: Path,
         fmt: str, entities: bool, workers: int, shard_size: int | None, progress: Any,
         on_error: Any, ray: str | None, skip: Any, on_written: Any, jsonl: JsonlResume | None
         ) -> tuple[Summary, dict[int, float]]:
    """`annotate.pipeline.run` here, on worker processes or on Ray."""
    kwargs = {"fmt": fmt, "entities": entities, "progress": progress, "on_error": on_error,
              "shard_size": shard_size, "skip": skip, "on_written": on_written,
              "jsonl_writer": jsonl.write if jsonl is not None else None}
    if ray is not None:
        from annotate.ray_pipeline import RayDataRunner

        with RayDataRunner(spec, workers, None if ray == "local" else ray) as runner:
            summary = run(documents, parser, out, runner=runner.run_batches, **kwargs)
            peaks = runner.peak_mb()
        return summary, peaks
    if workers <= 1:
        return run(documents, parser, out, **kwargs), {}
    with WorkerPool(spec, workers) as pool:
        summary = run(documents, parser, out, runner=pool.run_batches, **kwargs)
    return summary, dict(pool.peak_mb)
