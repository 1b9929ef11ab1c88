"""Review and interchange: the entity layer out to annotation tools and people's corrections back.

One module per format, each a writer and a reader over the same review units
(`corpus.py`: sentences with their text, word spans and entities): `labelstudio.py` (tasks,
labeling config, exported annotations), `brat.py` (standoff), `conll2002.py` (token/tag
columns). `layer.py` turns reviewed character spans into entities (snapped to words, values
recomputed by the annotators) and `apply.py` writes them into the CoNLL-U, nothing else
changed. `agreement.py` compares two versions; `client.py` and `sync.py` talk to a Label Studio
server, the only modules that touch the network.
"""
