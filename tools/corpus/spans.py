#!/usr/bin/env python3
"""Fill and check the spans of an annotation file against the corpus texts (docs/annotation.md).

    python3 tools/corpus/spans.py data/real/annotation/A1.jsonl            # fill missing spans, check all, rewrite
    python3 tools/corpus/spans.py --check data/real/annotation/A1.jsonl    # check only; exit 1 on any problem

A claim or not-claim without "span" gets one from its "quote": the first occurrence in the report's text at or after
"after" (a Python character offset, default 0). Spans are UTF-16 code units, as docs/annotation.md says. A quote that occurs nowhere, or a span whose text differs from its quote, is
an error naming the report and the quote.
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load_texts():
    texts = {}
    with open(ROOT / "data/real/reports.jsonl", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                report = json.loads(line)
                texts[report["id"]] = report["text"]
    return texts


def utf16_length(text):
    """Length in UTF-16 code units, the unit of every span (a character outside the BMP counts twice)."""
    return len(text.encode("utf-16-le")) // 2


def utf16_slice(text, start, end):
    return text.encode("utf-16-le")[2 * start:2 * end].decode("utf-16-le", errors="replace")


def fill(item, text, where):
    quote = item.get("quote")
    if quote is None:
        return [f"{where}: no quote"]
    if "span" not in item or item["span"] is None:
        at = text.find(quote, item.get("after", 0))
        if at < 0:
            return [f"{where}: quote not found in text: {quote[:80]!r}"]
        start = utf16_length(text[:at])
        item["span"] = [start, start + utf16_length(quote)]
        item.pop("after", None)
    start, end = item["span"]
    if utf16_slice(text, start, end) != quote:
        return [f"{where}: span [{start},{end}) is {utf16_slice(text, start, end)[:60]!r}, quote is {quote[:60]!r}"]
    return []


def main(argv):
    check_only = "--check" in argv
    paths = [a for a in argv if not a.startswith("--")]
    texts = load_texts()
    problems = []
    for path in paths:
        records = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
        for record in records:
            text = texts.get(record["id"])
            if text is None:
                problems.append(f"{path}: unknown report {record['id']}")
                continue
            for n, claim in enumerate(record.get("claims", [])):
                problems += fill(claim, text, f"{record['id']} claim {n}")
            for n, other in enumerate(record.get("not_claims", [])):
                problems += fill(other, text, f"{record['id']} not-claim {n}")
        if not check_only:
            with open(path, "w", encoding="utf-8") as f:
                for record in records:
                    f.write(json.dumps(record, ensure_ascii=False) + "\n")
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
