"""Reads Marginalia's training-data exports back with spaCy, the reader
people train with, and checks that both say the same.

    read_training.py EXPORT.jsonl EXPORT.conll

The spaCy / Prodigy JSONL: each line becomes a spaCy `Doc` built from its
`tokens` (their text and `ws`, the gaps between them kept as whitespace
tokens), whose text must be the line's `text`; each span goes through
`Doc.char_span` (strict alignment: it must cover whole tokens), and its
tokens must be the ones `token_start` and `token_end` name. The CoNLL-2003
file goes through `spacy convert` (its NER converter) into a `DocBin`.
The entities of the two, as (words, label), must be equal, in order.
Prints the entity count; exits non-zero, saying what differs, otherwise.
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin


def fail(message):
    print(f"read_training: {message}", file=sys.stderr)
    sys.exit(1)


def doc_of_line(nlp, task):
    """A Doc with the line's tokens whose text is the line's text."""
    text, tokens = task["text"], task["tokens"]
    words, spaces, index = [], [], []
    at = 0
    for t in tokens:
        if t["start"] > at:
            gap = text[at:t["start"]]
            if words and gap.startswith(" ") and not spaces[-1]:
                spaces[-1], gap = True, gap[1:]
            if gap:
                words.append(gap)
                spaces.append(False)
        index.append(len(words))
        words.append(t["text"])
        spaces.append(False)
        at = t["end"]
    if at < len(text):
        words.append(text[at:])
        spaces.append(False)
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    if doc.text != text:
        fail(f"the tokens of “{task['meta']['title']}” do not rebuild its text")
    return doc, index


def jsonl_entities(nlp, path):
    entities = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        task = json.loads(line)
        doc, index = doc_of_line(nlp, task)
        for s in task["spans"]:
            span = doc.char_span(s["start"], s["end"], label=s["label"], alignment_mode="strict")
            if span is None:
                fail(f"line {n}: span {s} does not cover whole tokens")
            if (span.start, span.end - 1) != (index[s["token_start"]], index[s["token_end"]]):
                fail(f"line {n}: span {s} names other tokens than it covers")
            if span.text != task["text"][s["start"]:s["end"]]:
                fail(f"line {n}: span {s} reads “{span.text}”")
            entities.append(([t.text for t in span if not t.is_space], s["label"]))
    return entities


def conll_entities(nlp, path):
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            [sys.executable, "-m", "spacy", "convert", str(path), out, "--converter", "ner", "--file-type", "spacy"],
            check=True, capture_output=True,
        )
        (converted,) = Path(out).glob("*.spacy")
        docs = DocBin().from_disk(converted).get_docs(nlp.vocab)
        return [([t.text for t in e], e.label_) for d in docs for e in d.ents]


def main():
    if len(sys.argv) != 3:
        fail("usage: read_training.py EXPORT.jsonl EXPORT.conll")
    nlp = spacy.blank("en")
    from_jsonl = jsonl_entities(nlp, sys.argv[1])
    from_conll = conll_entities(nlp, sys.argv[2])
    if from_jsonl != from_conll:
        diff = next(i for i, (a, b) in enumerate(zip(from_jsonl + [None], from_conll + [None])) if a != b)
        fail(f"entity {diff} differs: JSONL {from_jsonl[diff:diff + 1]} / CoNLL {from_conll[diff:diff + 1]}"
             f" ({len(from_jsonl)} / {len(from_conll)} entities)")
    print(json.dumps({"entities": len(from_jsonl), "labels": sorted({label for _, label in from_jsonl})}))


main()
