"""A thin client for the parts of Label Studio's HTTP API that push and pull use.

Standard library only (urllib): a few JSON requests do not need a dependency. Both kinds of
Label Studio token work: a personal access token (a JWT refresh token, the default since 1.18)
is exchanged at /api/token/refresh/ for an access token sent as `Bearer`, refreshed again when
the server answers 401; a legacy API token is sent as `Token`. No token ever appears in a
message.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from annotate.review.layer import ReviewError

PAGE_SIZE = 500


class LabelStudio:
    """One Label Studio server, reached with one user's token."""

    def __init__(self, url: str, token: str, timeout: float = 120.0):
        self.url = url.rstrip("/")
        self._token = token
        self._personal = token.count(".") == 2  # a JWT: header.payload.signature
        self._access: str | None = None
        self.timeout = timeout

    def _authorization(self, renew: bool = False) -> str:
        if not self._personal:
            return f"Token {self._token}"
        if self._access is None or renew:
            answer = self._send("POST", "/api/token/refresh/", {"refresh": self._token}, None, {})
            self._access = answer["access"]
        return f"Bearer {self._access}"

    def request(self, method: str, path: str, payload: Any = None,
                query: dict[str, Any] | None = None) -> Any:
        """Send one request; the decoded JSON answer (None when empty). Raises ReviewError with
        the method, path and status (never the token)."""
        try:
            return self._send(method, path, payload, query,
                              {"Authorization": self._authorization()})
        except ReviewError as error:
            if not (self._personal and "HTTP 401" in str(error)):
                raise
        return self._send(method, path, payload, query,
                          {"Authorization": self._authorization(renew=True)})

    def _send(self, method: str, path: str, payload: Any, query: dict[str, Any] | None,
              auth: dict[str, str]) -> Any:
        address = self.url + path + ("?" + urllib.parse.urlencode(query) if query else "")
        body = None if payload is None else json.dumps(payload).encode("utf-8")
        headers = {**auth, "Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(address, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                raw = answer.read()
        except urllib.error.HTTPError as error:
            detail = error.read()[:300].decode("utf-8", "replace").replace("\n", " ")
            raise ReviewError(f"Label Studio {method} {path}: HTTP {error.code} {detail}") from error
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise ReviewError(f"Label Studio at {self.url} cannot be reached: {reason}") from error
        return json.loads(raw) if raw.strip() else None

    def _pages(self, path: str, query: dict[str, Any], key: str) -> list[dict]:
        """Every item of a paginated list (answers that are a plain list are one page)."""
        items: list[dict] = []
        page = 1
        while True:
            answer = self.request("GET", path, query={**query, "page": page,
                                                      "page_size": PAGE_SIZE})
            if isinstance(answer, list):
                return answer
            found = answer.get(key) or []
            items.extend(found)
            total = answer.get("total", answer.get("count"))
            if not found or (total is not None and len(items) >= total):
                return items
            page += 1

    def find_project(self, title: str) -> dict | None:
        """The project with this title, or None."""
        for project in self._pages("/api/projects/", {"title": title}, "results"):
            if project.get("title") == title:
                return project
        return None

    def create_project(self, title: str, config: str) -> dict:
        return self.request("POST", "/api/projects/", {"title": title, "label_config": config})

    def update_project(self, project_id: int, fields: dict) -> dict:
        return self.request("PATCH", f"/api/projects/{project_id}/", fields)

    def tasks(self, project_id: int) -> list[dict]:
        """The project's tasks with their data, predictions and annotations."""
        return self._pages("/api/tasks/", {"project": project_id, "fields": "all"}, "tasks")

    def import_tasks(self, project_id: int, tasks: list[dict]) -> Any:
        return self.request("POST", f"/api/projects/{project_id}/import", tasks)

    def update_task(self, task_id: int, data: dict) -> Any:
        return self.request("PATCH", f"/api/tasks/{task_id}/", {"data": data})

    def create_prediction(self, task_id: int, prediction: dict) -> Any:
        return self.request("POST", "/api/predictions/", {"task": task_id, **prediction})

    def delete_prediction(self, prediction_id: int) -> None:
        self.request("DELETE", f"/api/predictions/{prediction_id}/")

    def create_annotation(self, task_id: int, result: list[dict]) -> Any:
        return self.request("POST", f"/api/tasks/{task_id}/annotations/", {"result": result})

    def export(self, project_id: int) -> list[dict]:
        """The project's annotated tasks as Label Studio's JSON export."""
        return self.request("GET", f"/api/projects/{project_id}/export",
                            query={"exportType": "JSON"})

    def users(self) -> dict[int, str]:
        """User id -> email (or username)."""
        answer = self.request("GET", "/api/users/")
        items = answer.get("results", []) if isinstance(answer, dict) else answer
        return {u["id"]: u.get("email") or u.get("username") or f"user-{u['id']}" for u in items}
