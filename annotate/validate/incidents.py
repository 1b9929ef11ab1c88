"""Incidents: the problems a validation finds, as plain values."""

from __future__ import annotations

from dataclasses import asdict, dataclass

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Incident:
    """One problem: where it is (file, line, sentence), how bad, a stable code and a message."""

    severity: str
    code: str
    file: str
    line: int
    message: str
    sent_id: str | None = None

    def format(self) -> str:
        """The `file:line: [code] message` line the text output prints."""
        tag = "" if self.severity == ERROR else "warning: "
        return f"{self.file}:{self.line}: [{self.code}] {tag}{self.message}"

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict."""
        return asdict(self)
