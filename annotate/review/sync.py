"""Push review units to a Label Studio project and pull its annotations back.

Tasks are matched by `data.vicorpus_key` (the sent_id, paragraph or document id), so pushing
again updates a task's text and its vicorpus prediction instead of adding a second task; the
annotations people made stay.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from annotate.review.apply import ImportReport, apply_reviews
from annotate.review.client import LabelStudio
from annotate.review.corpus import Unit
from annotate.review.labelstudio import labeling_config, read_tasks, tasks
from annotate.review.layer import ReviewError

VERSION_PREFIX = "vicorpus-"


@dataclass
class PushReport:
    """What a push did."""

    project_id: int
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    def line(self) -> str:
        return (f"project {self.project_id}: {self.created} tasks created, {self.updated} "
                f"updated, {self.unchanged} unchanged")


def project_id(client: LabelStudio, title: str, create: bool = False) -> int:
    """The id of the project titled `title` (created with the labeling config when `create`,
    its config brought up to date when it exists); raises ReviewError when there is none."""
    config = labeling_config()
    project = client.find_project(title)
    if project is None:
        if not create:
            raise ReviewError(f"Label Studio has no project titled {title!r}")
        return int(client.create_project(title, config)["id"])
    if create and project.get("label_config") != config:
        client.update_project(project["id"], {"label_config": config})
    return int(project["id"])


def _results(prediction: dict) -> list:
    return sorted((r["value"]["start"], r["value"]["end"], tuple(r["value"]["labels"]))
                   for r in prediction.get("result") or [])


def push(client: LabelStudio, title: str, found: list[Unit]) -> PushReport:
    """Create or update the project's tasks from `found`."""
    report = PushReport(project_id(client, title, create=True))
    existing = {t["data"].get("vicorpus_key"): t for t in client.tasks(report.project_id)}
    new = []
    for item in tasks(found):
        old = existing.get(item["data"]["vicorpus_key"])
        if old is None:
            new.append(item)
            continue
        prediction = item["predictions"][0]
        ours = [p for p in old.get("predictions") or []
                if isinstance(p, dict) and str(p.get("model_version", "")).startswith(VERSION_PREFIX)]
        same_data = old["data"] == item["data"]
        same_prediction = len(ours) == 1 and ours[0].get("model_version") == \
            prediction["model_version"] and _results(ours[0]) == _results(prediction)
        if same_data and same_prediction:
            report.unchanged += 1
            continue
        if not same_data:
            client.update_task(old["id"], item["data"])
        if not same_prediction:
            for p in ours:
                client.delete_prediction(p["id"])
            client.create_prediction(old["id"], prediction)
        report.updated += 1
    if new:
        client.import_tasks(report.project_id, new)
        report.created = len(new)
    return report


def pull(client: LabelStudio, title: str, into: list[str | Path], prefer: str | None = None,
         strict: bool = False) -> ImportReport:
    """Write the project's annotations into the corpus `into`."""
    report = ImportReport()
    exported = client.export(project_id(client, title))
    reviews = read_tasks(exported, prefer, client.users(), report, client.url, strict)
    return apply_reviews(into, reviews, strict, report)
