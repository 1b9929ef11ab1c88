"""vicorpus: Vietnamese text -> UD CoNLL-U with entities -> Hugging Face dataset."""

__version__ = "0.1.0"
