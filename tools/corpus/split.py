#!/usr/bin/env python3
"""The frozen split of the real-report corpus and the reports chosen for a second annotation (docs/annotation.md).

    python3 tools/corpus/split.py            # prints counts; writes data/real/split.json

A report is in the test split when SHA-256("triangulate-real-v1:" + its group id, or its own id when it is in no
group), its first two bytes read big-endian, modulo 100, is below 30. The second annotator's fifth is chosen the
same way with the prefix "triangulate-second-v1:" and the report's own id, below 20.

The "heldout" and "heldout2" keys (every key starting with "heldout") are later splits gathered apart
(data/real/README.md): their ids are read back from split.json and kept as they are, outside test, dev and the second
annotation, so re-running this script never moves them.
"""
import hashlib
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def bucket(prefix, key):
    digest = hashlib.sha256((prefix + key).encode("utf-8")).digest()
    return int.from_bytes(digest[:2], "big") % 100


def main():
    split_path = ROOT / "data/real/split.json"
    previous = json.load(open(split_path, encoding="utf-8")) if split_path.exists() else {}
    heldouts = {key: ids for key, ids in previous.items() if key.startswith("heldout")}
    kept_apart = {report_id for ids in heldouts.values() for report_id in ids}
    corpus = [json.loads(line) for line in open(ROOT / "data/real/reports.jsonl", encoding="utf-8") if line.strip()]
    reports = [report for report in corpus if report["id"] not in kept_apart]
    split = {}
    second = []
    for report in reports:
        key = report.get("group") or report["id"]
        split[report["id"]] = "test" if bucket("triangulate-real-v1:", key) < 30 else "dev"
        if bucket("triangulate-second-v1:", report["id"]) < 20:
            second.append(report["id"])
    counts = Counter((split[r["id"]], r["language"]) for r in reports)
    for (part, language), n in sorted(counts.items()):
        print(f"{part} {language} {n}")
    print(f"second annotation: {len(second)} reports")
    for key, ids in heldouts.items():
        print(f"{key} (kept as listed): {len(ids)} reports")
    out = {"test": sorted(i for i, s in split.items() if s == "test"),
           "dev": sorted(i for i, s in split.items() if s == "dev"),
           "second_annotation": sorted(second)}
    out.update(heldouts)
    with open(split_path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
