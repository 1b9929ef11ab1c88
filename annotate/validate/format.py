"""CoNLL-U format checks of one sentence block, matching the official UD validator's levels 1-2."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from annotate.validate.incidents import ERROR, WARNING, Incident
from annotate.validate.parallel_id import ParallelIds
from annotate.validate.reader import Block

UPOS = frozenset(
    ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"]
)
UDEPRELS = frozenset(
    ["acl", "advcl", "advmod", "amod", "appos", "aux", "case", "cc", "ccomp", "clf", "compound", "conj", "cop", "csubj", "dep", "det", "discourse", "dislocated", "expl", "fixed", "flat", "goeswith", "iobj", "list", "mark", "nmod", "nsubj", "nummod", "obj", "obl", "orphan", "parataxis", "punct", "reparandum", "root", "vocative", "xcomp"]
)
COLNAMES = ("ID", "FORM", "LEMMA", "UPOS", "XPOS", "FEATS", "HEAD", "DEPREL", "DEPS", "MISC")
NO_SPACE_COLS = (0, 3, 4, 5, 6, 7, 8)

WORD_ID = re.compile(r"[1-9][0-9]*")
MWT_ID = re.compile(r"([1-9][0-9]*)-([1-9][0-9]*)")
EMPTY_ID = re.compile(r"([0-9]+)\.([1-9][0-9]*)")
HEAD = re.compile(r"0|[1-9][0-9]*")
EHEAD = re.compile(r"(0|[1-9][0-9]*)(\.[1-9][0-9]*)?")
DEPREL = re.compile(r"[a-z]+(:[a-z]+)?")
EDEPREL = re.compile(r"[a-z]+(:[a-z]+)?(:[^\W\d_A-Z]+(_[^\W\d_A-Z]+)*)?(:[a-z]+)?")
FEATVAL = re.compile(r"([A-Z][A-Za-z0-9]*(?:\[[a-z0-9]+\])?)=([A-Z0-9][A-Za-z0-9]*(?:,[A-Z0-9][A-Za-z0-9]*)*)")
WS = re.compile(r"\s")
WS2 = re.compile(r"\s\s")
NON_TAB_WS = re.compile(r"[^\S\t]")
BAD_EDGE = re.compile(r"^\s|\s$|\s\s")
SENT_ID = re.compile(r"#\s*sent_id\s*=\s*(\S+)")
TEXT = re.compile(r"#\s*text\s*=\s*(.*)")
NEWDOC = re.compile(r"#\s*newdoc(?:\s+(\S+))?")
NEWPAR = re.compile(r"#\s*newpar(?:\s+(\S+))?")
NEWDOC_ID = re.compile(r"#\s*newdoc\s+id\s*=\s*(\S+)")
MISC_KNOWN = re.compile(r"SpaceAfter|Lang|Translit|LTranslit|Gloss|LId|LDeriv|Ref")
MISC_TYPO = re.compile(r"\s*(spaceafter|lang|translit|ltranslit|gloss|lid|lderiv|ref)\s*", re.IGNORECASE)

Report = Callable[..., None]  # err(code, message[, severity]) of one line


@dataclass
class Sentence:
    """What later checks need from a sentence: ids, text, and its word lines (ID is an integer)."""

    sent_id: str | None
    text: str | None
    text_line: int
    newdoc_id: str | None
    first_line: int
    words: list[tuple[int, list[str]]] = field(default_factory=list)


class FormatChecker:
    """Checks sentence blocks of one or more files; keeps the little state levels 1-2 need."""

    def __init__(self, lang: str = "vi") -> None:
        self.lang = lang
        self.parallel_ids = ParallelIds()
        self.sent_ids: set[str] = set()
        self.spaceafterno_in_effect = False
        self.seen_egraph = 0  # line of the first sentence with enhanced DEPS
        self.seen_no_egraph = 0  # line of the first sentence without

    def check(self, block: Block, path: str, out: list[Incident]) -> Sentence:
        """Append the format incidents of `block` to `out` and return the sentence's view."""
        sent = self._comments(block, path, out)
        rows: list[tuple[int, list[str]]] = []
        columns_ok = True
        for lineno, line in block.tokens:
            cols = line.split("\t")
            if len(cols) != 10:
                out.append(self._err("number-of-columns", path, lineno, sent,
                                     f"The line has {len(cols)} columns but 10 are expected."))
                columns_ok = False
                continue
            self._whitespace(cols, path, lineno, sent, out)
            rows.append((lineno, cols))
        if not columns_ok:
            return sent
        ids_ok = self._id_sequence(rows, path, sent, out)
        for lineno, cols in rows:
            self._fields(cols, path, lineno, sent, out)
        sent.words = [(lineno, cols) for lineno, cols in rows if WORD_ID.fullmatch(cols[0])]
        if ids_ok:
            self._heads(rows, path, sent, out)
            self._egraph(rows, path, sent, out)
            self._text(block, rows, path, sent, out)
        return sent

    @staticmethod
    def _err(code: str, path: str, line: int, sent: Sentence, message: str,
             severity: str = ERROR) -> Incident:
        return Incident(severity, code, path, line, message, sent.sent_id)

    def _comments(self, block: Block, path: str, out: list[Incident]) -> Sentence:
        sent_ids: list[tuple[int, str]] = []
        texts: list[tuple[int, str]] = []
        newdocs = newpars = 0
        newdoc_id = None
        for lineno, c in block.comments:
            m = SENT_ID.fullmatch(c)
            if m:
                sent_ids.append((lineno, m.group(1)))
            elif c.startswith(("# sent_id", "#sent_id")):
                out.append(Incident(ERROR, "invalid-sent-id", path, lineno,
                                    f"Spurious sent_id line {c!r}: expected '# sent_id = ID'."))
            m = TEXT.fullmatch(c)
            if m:
                texts.append((lineno, m.group(1)))
            if NEWDOC.fullmatch(c):  # as udtools counts them: '# newdoc id = x' does not match
                newdocs += 1
            m = NEWDOC_ID.fullmatch(c)
            if m:
                newdoc_id = m.group(1)
            if NEWPAR.fullmatch(c):
                newpars += 1
        first = block.tokens[0][0] if block.tokens else block.first_line
        sid = sent_ids[0][1] if len(sent_ids) == 1 else None
        sent = Sentence(sid, texts[0][1] if texts else None, texts[0][0] if texts else first,
                        newdoc_id, first)
        if not sent_ids:
            out.append(self._err("missing-sent-id", path, first, sent, "Missing the sent_id attribute."))
        elif len(sent_ids) > 1:
            out.append(self._err("multiple-sent-id", path, sent_ids[1][0], sent, "Multiple sent_id attributes."))
        else:
            lineno, s = sent_ids[0]
            if s in self.sent_ids:
                out.append(self._err("non-unique-sent-id", path, lineno, sent, f"Non-unique sent_id {s!r}."))
            self.sent_ids.add(s)
            if s.count("/") > 1 or ("/" in s and self.lang != "ud"):
                out.append(self._err("slash-in-sent-id", path, lineno, sent,
                                     f"The forward slash is reserved for parallel treebanks: {s!r}."))
        self.parallel_ids.check(block.comments, path, first, sid, out)
        if newdocs > 1:
            out.append(self._err("multiple-newdoc", path, first, sent, "Multiple newdoc attributes."))
        if newpars > 1:
            out.append(self._err("multiple-newpar", path, first, sent, "Multiple newpar attributes."))
        if (newdocs or newpars) and self.spaceafterno_in_effect:
            out.append(self._err("spaceafter-newdocpar", path, first, sent,
                                 "A document or paragraph starts after SpaceAfter=No on the last token."))
        if not texts:
            out.append(self._err("missing-text", path, first, sent, "Missing the text attribute."))
        elif len(texts) > 1:
            out.append(self._err("multiple-text", path, texts[1][0], sent, "Multiple text attributes."))
        elif not texts[0][1]:
            out.append(self._err("empty-text", path, texts[0][0], sent, "The text attribute must not be empty."))
        elif texts[0][1][-1].isspace():
            out.append(self._err("text-trailing-whitespace", path, texts[0][0], sent,
                                 "The text attribute must not end with whitespace."))
        return sent

    def _whitespace(self, cols: list[str], path: str, lineno: int, sent: Sentence,
                    out: list[Incident]) -> None:
        if not (
            "-" in cols[0]
            or "" in cols
            or NON_TAB_WS.search("\t".join((cols[0], *cols[3:9])))
            or BAD_EDGE.search(cols[1])
            or BAD_EDGE.search(cols[2])
            or BAD_EDGE.search(cols[9])
        ):
            return  # fast path: nothing to report on this line
        is_mwt = MWT_ID.fullmatch(cols[0]) is not None
        for i, value in enumerate(cols):
            name = COLNAMES[i]
            if is_mwt and i in (1, 2) and WS.search(value):
                out.append(self._err("invalid-whitespace-mwt", path, lineno, sent,
                                     f"White space not allowed in multiword token {value!r}."))
            elif i in NO_SPACE_COLS and WS.search(value):
                out.append(self._err("invalid-whitespace", path, lineno, sent,
                                     f"White space not allowed in column {name}: {value!r}."))
            elif not value:
                out.append(self._err("empty-column", path, lineno, sent, f"Empty value in column {name}."))
            else:
                if value[0].isspace():
                    out.append(self._err("leading-whitespace", path, lineno, sent,
                                         f"Leading whitespace in column {name}: {value!r}."))
                if value[-1].isspace():
                    out.append(self._err("trailing-whitespace", path, lineno, sent,
                                         f"Trailing whitespace in column {name}: {value!r}."))
                if WS2.search(value):
                    out.append(self._err("repeated-whitespace", path, lineno, sent,
                                         f"Repeated whitespace in column {name}: {value!r}."))

    def _id_sequence(self, rows: list[tuple[int, list[str]]], path: str, sent: Sentence,
                     out: list[Incident]) -> bool:
        ok = True
        words: list[int] = []
        tokens: list[tuple[int, int, int]] = []
        current, next_empty = 0, 1
        covered: set[int] = set()
        for lineno, cols in rows:
            cid = cols[0]
            if WORD_ID.fullmatch(cid):
                next_empty = 1
                current = int(cid)
                words.append(current)
                if not (tokens and tokens[-1][0] <= current <= tokens[-1][1]):
                    tokens.append((current, current, lineno))
            elif m := MWT_ID.fullmatch(cid):
                next_empty = 1
                beg, end = int(m.group(1)), int(m.group(2))
                if not ((not words and beg >= 1) or (words and beg >= words[-1] + 1)):
                    out.append(self._err("misplaced-word-interval", path, lineno, sent,
                                         "Multiword range not before its first word."))
                    ok = False
                    continue
                span = set(range(beg, end + 1))
                if covered & span:
                    out.append(self._err("overlapping-word-intervals", path, lineno, sent,
                                         f"Range overlaps with others: {cid}."))
                    ok = False
                covered |= span
                tokens.append((beg, end, lineno))
            elif m := EMPTY_ID.fullmatch(cid):
                word_id, empty_id = int(m.group(1)), int(m.group(2))
                if word_id != current or empty_id != next_empty:
                    out.append(self._err("misplaced-empty-node", path, lineno, sent,
                                         f"Empty node id {cid}, expected {current}.{next_empty}."))
                    ok = False
                next_empty += 1
                if word_id == current and tokens and word_id < tokens[-1][0]:
                    out.append(self._err("misplaced-empty-node", path, lineno, sent,
                                         f"Empty node {cid} must come before multiword token."))
                    ok = False
            else:
                out.append(self._err("invalid-word-id", path, lineno, sent, f"Unexpected ID format {cid!r}."))
                ok = False
        if words != list(range(1, len(words) + 1)):
            out.append(self._err("word-id-sequence", path, sent.first_line, sent,
                                 "Words do not form a sequence 1, 2, 3..."))
            ok = False
        for beg, end, lineno in tokens:
            if end < beg:
                out.append(self._err("reversed-word-interval", path, lineno, sent,
                                     f"Spurious token interval {beg}-{end}."))
                ok = False
            elif beg < 1 or end > len(words):
                out.append(self._err("word-interval-out", path, lineno, sent,
                                     f"Token interval {beg}-{end} out of range."))
                ok = False
        return ok

    def _fields(self, cols: list[str], path: str, lineno: int, sent: Sentence,
                out: list[Incident]) -> None:
        # IDs are checked by _id_sequence; here "-" marks a range and "." an empty node.
        def err(code: str, message: str, severity: str = ERROR) -> None:
            out.append(self._err(code, path, lineno, sent, message, severity))

        if "-" in cols[0]:
            for i in range(2, 9):
                if cols[i] != "_" and not (i == 5 and cols[i] == "Typo=Yes"):
                    err("mwt-nonempty-field", f"A multiword token must have '_' in {COLNAMES[i]}.")
            self._misc(cols[9], err)
            return
        empty = "." in cols[0]
        if empty:
            for i in (6, 7):
                if cols[i] != "_":
                    err("empty-node-nonempty-field", f"An empty node must have '_' in {COLNAMES[i]}.")
        if not (empty and cols[3] == "_") and cols[3] not in UPOS:
            err("unknown-upos", f"Unknown UPOS tag {cols[3]!r}.")
        self._feats(cols[5], err)
        if not empty:
            if not DEPREL.fullmatch(cols[7]):
                err("invalid-deprel", f"Invalid DEPREL {cols[7]!r}.")
            elif cols[7].split(":")[0] not in UDEPRELS:
                err("unknown-udeprel", f"Unknown main DEPREL type {cols[7]!r}.")
        self._deps(cols, err)
        self._misc(cols[9], err)

    @staticmethod
    def _feats(feats: str, err: Report) -> None:
        if feats == "_":
            return
        items = feats.split("|")
        if [f.lower() for f in items] != sorted(f.lower() for f in items):
            err("unsorted-features", f"Morphological features must be sorted: {feats!r}.")
        names = set()
        for f in items:
            m = FEATVAL.fullmatch(f)
            if m is None:
                err("invalid-feature", f"Spurious morphological feature {f!r}.")
                continue
            names.add(m.group(1))
            values = m.group(2).split(",")
            if len(values) != len(set(values)):
                err("repeated-feature-value", f"Repeated feature values: {f!r}.")
            if [v.lower() for v in values] != sorted(v.lower() for v in values):
                err("unsorted-feature-values", f"Feature values must be sorted: {f!r}.")
        if len(names) != len(items) and all(FEATVAL.fullmatch(f) for f in items):
            err("repeated-feature", f"Repeated features: {feats!r}.")

    @staticmethod
    def _deps(cols: list[str], err: Report) -> None:
        deps = cols[8]
        if deps == "_":
            return
        pairs = []
        for item in deps.split("|"):
            head, sep, rel = item.partition(":")
            if not sep or not EHEAD.fullmatch(head):
                err("invalid-deps", f"Failed to parse DEPS {deps!r}.")
                return
            if not EDEPREL.fullmatch(rel):
                err("invalid-edeprel", f"Invalid enhanced relation type {rel!r}.")
            elif rel.split(":")[0] not in UDEPRELS and rel.split(":")[0] != "ref":
                err("unknown-eudeprel", f"Unknown main relation type in {item!r}.")
            pairs.append((float(head) if "." in head else int(head), rel))
        heads = [h for h, _ in pairs]
        if heads != sorted(heads):
            err("unsorted-deps", f"DEPS not sorted by head index: {deps!r}.")
        else:
            for (h1, d1), (h2, d2) in pairwise(pairs):
                if h1 == h2 and d2 < d1:
                    err("unsorted-deps-2", f"DEPS of head {h1} not sorted by relation: {deps!r}.")
                elif h1 == h2 and d1 == d2:
                    err("repeated-deps", f"Repeated DEPS relation {h1}:{d1}.")
        own = cols[0]
        if any(item.partition(":")[0] == own for item in deps.split("|")):
            err("deps-self-loop", f"Self-loop in DEPS for {own}.")

    @staticmethod
    def _misc(misc: str, err: Report) -> None:
        if misc == "_":
            return
        seen: set[str] = set()
        for item in misc.split("|"):
            key, sep, value = item.partition("=")
            if not key:
                if not sep:
                    err("empty-misc", "Empty attribute in MISC.", WARNING)
                else:
                    err("empty-misc-key", f"Empty MISC attribute name in {item!r}.", WARNING)
            if not sep:
                continue
            if key[:1].isspace() or key[-1:].isspace() or value[:1].isspace() or value[-1:].isspace():
                err("misc-extra-space", f"Extra space in MISC attribute {item!r}.", WARNING)
            if MISC_KNOWN.fullmatch(key):
                if key in seen:
                    err("repeated-misc", f"MISC attribute {key!r} occurs twice.")
                seen.add(key)
            elif MISC_TYPO.fullmatch(key):
                err("misc-attr-typo", f"Possible typo in MISC attribute {item!r}.", WARNING)

    def _heads(self, rows: list[tuple[int, list[str]]], path: str, sent: Sentence,
               out: list[Incident]) -> None:
        ids = {cols[0] for _, cols in rows if "-" not in cols[0]}
        heads: dict[int, int] = {}
        roots: list[int] = []
        for lineno, cols in rows:
            if "-" in cols[0]:
                continue
            if "." not in cols[0]:
                if not HEAD.fullmatch(cols[6]):
                    out.append(self._err("invalid-head", path, lineno, sent, f"Invalid HEAD {cols[6]!r}."))
                elif cols[6] != "0" and cols[6] not in ids:
                    out.append(self._err("unknown-head", path, lineno, sent,
                                         f"Undefined HEAD (no such ID) {cols[6]!r}."))
                else:
                    wid, head = int(cols[0]), int(cols[6])
                    if wid == head:
                        out.append(self._err("head-self-loop", path, lineno, sent, f"HEAD == ID for {wid}."))
                    heads[wid] = head
                    if head == 0:
                        roots.append(wid)
                    if (head == 0) != (cols[7].split(":")[0] == "root"):
                        # UD checks this at level 3, so it is a warning here (level 2 accepts it).
                        code = "0-is-not-root" if head == 0 else "root-is-not-0"
                        out.append(self._err(code, path, lineno, sent,
                                             "DEPREL must be 'root' if and only if HEAD is 0.", WARNING))
            if cols[8] != "_":
                for item in cols[8].split("|"):
                    head = item.partition(":")[0]
                    if EHEAD.fullmatch(head) and head != "0" and head not in ids:
                        out.append(self._err("unknown-ehead", path, lineno, sent,
                                             f"Undefined enhanced head {head!r}."))
        n_words = sum(1 for _, cols in rows if WORD_ID.fullmatch(cols[0]))
        if len(heads) != n_words:
            return
        if len(roots) > 1:
            out.append(self._err("multiple-roots", path, sent.first_line, sent, f"Multiple root words: {roots}."))
            return
        reached = {0}
        children: dict[int, list[int]] = {}
        for w, h in heads.items():
            children.setdefault(h, []).append(w)
        stack = [0]
        while stack:
            for c in children.get(stack.pop(), ()):
                if c not in reached:
                    reached.add(c)
                    stack.append(c)
        unreachable = sorted(set(heads) - reached)
        if unreachable:
            out.append(self._err("non-tree", path, sent.first_line, sent,
                                 f"Non-tree structure: words {unreachable} are not reachable from the root."))

    def _egraph(self, rows: list[tuple[int, list[str]]], path: str, sent: Sentence,
                out: list[Incident]) -> None:
        """Enhanced graph: present in all sentences or none, and connected from the root."""
        nodes = [(lineno, cols) for lineno, cols in rows if "-" not in cols[0]]
        exists = any("." in cols[0] or cols[8] != "_" for _, cols in nodes)
        if exists and not self.seen_egraph:
            self.seen_egraph = sent.first_line
            if self.seen_no_egraph:
                out.append(self._err("edeps-only-sometimes", path, sent.first_line, sent,
                                     f"Enhanced graph must be empty: empty DEPS on line {self.seen_no_egraph}."))
        elif not exists and not self.seen_no_egraph:
            self.seen_no_egraph = sent.first_line
            if self.seen_egraph:
                out.append(self._err("edeps-only-sometimes", path, sent.first_line, sent,
                                     f"Enhanced graph cannot be empty: DEPS on line {self.seen_egraph}."))
        if not exists:
            return
        children: dict[str, set[str]] = {}
        for _, cols in nodes:
            if cols[8] == "_":
                continue
            for item in cols[8].split("|"):
                head, sep, _rel = item.partition(":")
                if not sep or not EHEAD.fullmatch(head):
                    return  # reported as invalid-deps
                children.setdefault(head, set()).add(cols[0])
        reached: set[str] = set()
        stack = ["0"]
        while stack:
            for child in children.get(stack.pop(), ()):
                if child not in reached:
                    reached.add(child)
                    stack.append(child)
        unreachable = [(lineno, cols[0]) for lineno, cols in nodes if cols[0] not in reached]
        if unreachable:
            out.append(self._err("unconnected-egraph", path, unreachable[0][0], sent,
                                 f"Enhanced graph is not connected: {[n for _, n in unreachable]} not reachable."))

    def _text(self, block: Block, rows: list[tuple[int, list[str]]], path: str, sent: Sentence,
              out: list[Incident]) -> None:
        if sent.text is None:
            return
        stext = sent.text
        skip: set[str] = set()
        mismatch = False
        for lineno, cols in rows:
            misc = cols[9]
            if "NoSpaceAfter=Yes" in misc:
                out.append(self._err("nospaceafter-yes", path, lineno, sent,
                                     "'NoSpaceAfter=Yes' should be 'SpaceAfter=No'."))
            items = misc.split("|")
            if any(x.startswith("SpaceAfter=") and x != "SpaceAfter=No" for x in items):
                out.append(self._err("spaceafter-value", path, lineno, sent,
                                     "Unexpected value of the SpaceAfter attribute in MISC."))
            if "." in cols[0]:
                if "SpaceAfter=No" in misc:
                    out.append(self._err("spaceafter-empty-node", path, lineno, sent,
                                         "'SpaceAfter=No' cannot occur with empty nodes."))
                continue
            if "-" in cols[0] and (m := MWT_ID.fullmatch(cols[0])):
                skip.update(str(i) for i in range(int(m.group(1)), int(m.group(2)) + 1))
            elif cols[0] in skip:
                if "SpaceAfter=No" in misc:
                    out.append(self._err("spaceafter-mwt-node", path, lineno, sent,
                                         "'SpaceAfter=No' cannot occur with words of a multiword token."))
                continue
            if mismatch:
                continue
            if not stext.startswith(cols[1]):
                out.append(self._err("text-form-mismatch", path, lineno, sent,
                                     f"FORM {cols[1]!r} does not match the text at {stext[:len(cols[1]) + 20]!r}."))
                mismatch = True
                continue
            stext = stext[len(cols[1]):]
            if "SpaceAfter=No" in items:
                self.spaceafterno_in_effect = True
            else:
                self.spaceafterno_in_effect = False
                if stext and not stext[0].isspace():
                    out.append(self._err("missing-spaceafter", path, lineno, sent,
                                         f"'SpaceAfter=No' is missing on node {cols[0]}."))
                stext = stext.lstrip()
        if stext and not mismatch:
            out.append(self._err("text-extra-chars", path, sent.text_line, sent,
                                 f"Extra characters at the end of the text: {stext!r}."))
