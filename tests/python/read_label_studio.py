"""Hands Marginalia's Label Studio tasks to label-studio-converter, the
reader Label Studio's users convert with, and checks what it reads.

    read_label_studio.py EXPORT.json

The converter (its JSON_MIN conversion, given a labelling
config naming every label of the file) must give, for each task, exactly
the task's confirmed highlights (`annotations`: offsets, text, labels);
the offsets must be UTF-16 code units, as Label Studio's editor counts
them, so that the text at them is the highlight's text; and every engine
suggestion (`predictions`) must lie on the text in the same way. Prints
the counts; exits non-zero, saying what differs, otherwise.
"""
import json
import sys
import tempfile
from pathlib import Path

from label_studio_converter import Converter


def fail(message):
    print(f"read_label_studio: {message}", file=sys.stderr)
    sys.exit(1)


def at_utf16(text, start, end):
    units = text.encode("utf-16-le")
    return units[2 * start:2 * end].decode("utf-16-le")


def main():
    if len(sys.argv) != 2:
        fail("usage: read_label_studio.py EXPORT.json")
    tasks = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    results = lambda t, field: [r for a in t[field] for r in a["result"]]
    labels = sorted({l for t in tasks for f in ("annotations", "predictions") for r in results(t, f) for l in r["value"]["labels"]})
    for t in tasks:
        for r in results(t, "annotations") + results(t, "predictions"):
            v = r["value"]
            if at_utf16(t["data"]["text"], v["start"], v["end"]) != v["text"]:
                fail(f"task {t['id']}: {v} is not at its UTF-16 offsets")
    config = '<View><Labels name="label" toName="text">{}</Labels><Text name="text" value="$text"/></View>'.format(
        "".join(f'<Label value="{l}"/>' for l in labels))
    with tempfile.TemporaryDirectory() as work:
        (Path(work) / "config.xml").write_text(config, encoding="utf-8")
        converter = Converter(config=str(Path(work) / "config.xml"), project_dir=None)
        converter.convert_to_json_min(sys.argv[1], work, is_dir=False)
        read = json.loads((Path(work) / "result.json").read_text(encoding="utf-8"))
    if len(read) != len(tasks):
        fail(f"the converter read {len(read)} tasks of {len(tasks)}")
    confirmed = 0
    for t, item in zip(sorted(tasks, key=lambda t: t["id"]), sorted(read, key=lambda i: i["id"])):
        want = sorted((r["value"]["start"], r["value"]["end"], r["value"]["text"], tuple(r["value"]["labels"])) for r in results(t, "annotations"))
        got = sorted((v["start"], v["end"], v["text"], tuple(v["labels"])) for v in item.get("label", []))
        if want != got:
            fail(f"task {t['id']}: the converter read {got[:3]}… for {want[:3]}…")
        if item["text"] != t["data"]["text"]:
            fail(f"task {t['id']}: the converter read another text")
        confirmed += len(want)
    print(json.dumps({"tasks": len(tasks), "confirmed": confirmed,
                      "suggested": sum(len(results(t, "predictions")) for t in tasks), "labels": labels}))


main()
