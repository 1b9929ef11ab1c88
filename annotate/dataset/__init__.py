"""CoNLL-U corpus <-> Hugging Face dataset folder (parquet shards + generated card), and push.

`build_dataset` streams CoNLL-U files into per-split parquet shards with a README.md card;
`export_dataset` writes the CoNLL-U files back byte for byte; `push_dataset` uploads a folder.
"""
