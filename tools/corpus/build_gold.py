#!/usr/bin/env python3
"""Join the real reports, their primary annotation and the frozen split into the gold files `eval claims` reads.

    python3 tools/corpus/build_gold.py              # writes data/real/gold-<part>.jsonl for every part of the split
    python3 tools/corpus/build_gold.py heldout      # writes only data/real/gold-heldout.jsonl
    python3 tools/corpus/build_gold.py heldout2     # writes only data/real/gold-heldout2.jsonl
    python3 tools/corpus/build_gold.py heldout3     # writes only data/real/gold-heldout3.jsonl
    python3 tools/corpus/build_gold.py heldout4     # writes only data/real/gold-heldout4.jsonl
    python3 tools/corpus/build_gold.py heldout5     # writes only data/real/gold-heldout5.jsonl
    python3 tools/corpus/build_gold.py heldout6     # writes only data/real/gold-heldout6.jsonl
    python3 tools/corpus/build_gold.py heldout7     # writes only data/real/gold-heldout7.jsonl
    python3 tools/corpus/build_gold.py heldout8     # writes only data/real/gold-heldout8.jsonl

The parts are the keys of data/real/split.json except "second_annotation" (dev, test, heldout, heldout2, heldout3,
heldout4, heldout5, heldout6, heldout7 and heldout8). Each held-out part has one annotator (annotation/heldout.jsonl,
annotation/heldout2.jsonl, annotation/heldout3.jsonl, annotation/heldout4.jsonl, annotation/heldout5.jsonl,
annotation/heldout6.jsonl, annotation/heldout7.jsonl, annotation/heldout8.jsonl); a report needs only its primary
annotation to enter a gold file, so no second annotation is required or faked.

The primary annotation is every data/real/annotation/*.jsonl except second*.jsonl (the second annotator's, used
only for agreement). A report annotated twice in the primary files is an error.
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "data/real"


def main(argv):
    reports = {}
    for line in open(REAL / "reports.jsonl", encoding="utf-8"):
        if line.strip():
            report = json.loads(line)
            reports[report["id"]] = report
    split = json.load(open(REAL / "split.json", encoding="utf-8"))
    annotations = {}
    for path in sorted((REAL / "annotation").glob("*.jsonl")):
        if path.name.startswith("second"):
            continue
        for line in open(path, encoding="utf-8"):
            if not line.strip():
                continue
            record = json.loads(line)
            if record["id"] in annotations:
                sys.exit(f"{record['id']} is annotated twice ({path.name})")
            annotations[record["id"]] = record
    parts = argv or [part for part in split if part != "second_annotation"]
    for part in parts:
        if part not in split:
            sys.exit(f"{part}: no such part in data/real/split.json (parts: {', '.join(split)})")
        written = 0
        with open(REAL / f"gold-{part}.jsonl", "w", encoding="utf-8") as out:
            for report_id in split[part]:
                if report_id not in annotations:
                    continue
                report, record = reports[report_id], annotations[report_id]
                gold = {
                    "id": report_id,
                    "publisher": report["publisher"],
                    "url": report.get("url"),
                    "published": report.get("published"),
                    "language": report["language"],
                    "group": report.get("group"),
                    "group_role": report.get("group_role"),
                    "forwarded_from": report.get("forwarded_from", []),
                    "text": report["text"],
                    "claims": record["claims"],
                    "not_claims": record.get("not_claims", []),
                }
                out.write(json.dumps(gold, ensure_ascii=False) + "\n")
                written += 1
        missing = len(split[part]) - written
        print(f"{part}: {written} annotated reports" + (f" ({missing} not yet annotated)" if missing else ""))


if __name__ == "__main__":
    main(sys.argv[1:])
