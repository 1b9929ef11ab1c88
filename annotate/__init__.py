"""vicorpus: Vietnamese text -> UD CoNLL-U with entities -> Hugging Face dataset.

The Python API the `vicorpus` commands wrap, importable from here (each name is loaded on first
use, so `import annotate` stays fast and loads neither Stanza nor torch):

    from annotate import Parser, annotate_text, resolve_models
    print(annotate_text("Bộ Công an ban hành Thông tư số 15/2023/TT-BCA."))
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

# name -> the module that defines it, in the order data flows
_API = {
    "read_documents": "annotate.documents",
    "make_document": "annotate.documents",
    "Document": "annotate.documents",
    "resolve_models": "annotate.parse",
    "Parser": "annotate.parse",
    "annotate_text": "annotate.pipeline",
    "annotate_documents": "annotate.pipeline",
    "run": "annotate.pipeline",
    "tag_sentence": "annotate.entities",
    "entity_json": "annotate.entities",
    "read_conllu": "annotate.conllu_io",
    "write_conllu": "annotate.conllu_io",
    "read_corpus": "annotate.tokenlists",
    "to_tokenlist": "annotate.tokenlists",
    "validate_paths": "annotate.validate",
    "build_dataset": "annotate.dataset.build",
    "export_dataset": "annotate.dataset.export",
    "push_dataset": "annotate.dataset.push",
    "build_site": "annotate.view",
    "VicorpusError": "annotate.errors",
}
__all__ = list(_API)


def __getattr__(name: str) -> Any:
    if name not in _API:
        raise AttributeError(f"module 'annotate' has no attribute {name!r}")
    return getattr(import_module(_API[name]), name)


def __dir__() -> list[str]:
    return sorted([*__all__, "__version__"])
