#!/usr/bin/env python3
"""Agreement between the primary annotation and the second annotator's (docs/annotation.md).

    python3 tools/corpus/agreement.py          # per language and overall, as data/real/README.md reports them
    python3 tools/corpus/agreement.py --second annotation/second-heldout8.jsonl   # another second annotation

--second names the second annotator's file (relative to data/real/, default annotation/second.jsonl); the comparison
runs over the reports that file annotates.

Claims are paired as `eval claims` pairs them: each primary claim takes the unused second-annotator claim that overlaps
it most. Detection F1 treats the primary annotation as reference (F1 is symmetric). Over paired claims: kind, origin
(names compared after case, articles and punctuation are folded; the outlet's own voice by kind), relays exact (same
count, same names in order), hedge and negation. A last column compares origins once more with every name the source
registry (data/sources/*.json) lists for one source, its name and its aliases, taken as that source, as `eval claims`
resolves them: two spellings or two English names of one party that the registry knows agree there.
"""
import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "data/real"


def fold(name):
    name = (name or "").lower()
    name = re.sub(r"^(the|a|an) ", "", name)
    return re.sub(r"[^\w]+", " ", name).strip()


def same_party(a, b):
    if (a.get("kind") == "publisher") or (b.get("kind") == "publisher"):
        return a.get("kind") == b.get("kind")
    x, y = fold(a.get("name")), fold(b.get("name"))
    return x == y or (len(x) > 3 and len(y) > 3 and (x in y or y in x))


def registry_names():
    """Every folded name and alias of a registry source, mapped to the source's id."""
    names = {}
    for path in sorted((ROOT / "data/sources").glob("*.json")):
        for source in json.load(open(path, encoding="utf-8")):
            for name in [source["name"], *source.get("aliases", [])]:
                names.setdefault(fold(name), source["id"])
    return names


def same_source(a, b, names):
    """Whether two origins are one party, either as same_party reads them or as one registry source."""
    if same_party(a, b):
        return True
    x, y = names.get(fold(a.get("name"))), names.get(fold(b.get("name")))
    return x is not None and x == y


def overlap(a, b):
    return min(a[1], b[1]) - max(a[0], b[0])


def main():
    parser = argparse.ArgumentParser(description="Agreement between the primary and a second annotation.")
    parser.add_argument("--second", default="annotation/second.jsonl",
                        help="the second annotator's file, relative to data/real/ (default: %(default)s)")
    args = parser.parse_args()
    reports = {json.loads(l)["id"]: json.loads(l) for l in open(REAL / "reports.jsonl", encoding="utf-8") if l.strip()}
    primary = {}
    for path in (REAL / "annotation").glob("*.jsonl"):
        if path.name.startswith("second"):
            continue
        for line in open(path, encoding="utf-8"):
            if line.strip():
                record = json.loads(line)
                primary[record["id"]] = record
    second = [json.loads(l) for l in open(REAL / args.second, encoding="utf-8") if l.strip()]
    totals = defaultdict(lambda: defaultdict(int))
    names = registry_names()
    for record in second:
        language = reports[record["id"]]["language"]
        a_claims = primary[record["id"]]["claims"]
        b_claims = list(record["claims"])
        pairs = []
        for a in a_claims:
            best = max((b for b in b_claims if overlap(a["span"], b["span"]) > 0), key=lambda b: overlap(a["span"], b["span"]), default=None)
            if best is not None:
                b_claims.remove(best)
                pairs.append((a, best))
        for key in (language, "all"):
            t = totals[key]
            t["reports"] += 1
            t["a"] += len(a_claims)
            t["b"] += len(record["claims"])
            t["paired"] += len(pairs)
            for a, b in pairs:
                t["kind"] += a["kind"] == b["kind"]
                t["origin"] += same_party(a["origin"], b["origin"])
                t["origin_registry"] += same_source(a["origin"], b["origin"], names)
                t["relays"] += len(a["relays"]) == len(b["relays"]) and all(same_party(x, y) for x, y in zip(a["relays"], b["relays"]))
                t["hedge"] += bool(a["hedged"]) == bool(b["hedged"])
                t["negated"] += bool(a.get("negated")) == bool(b.get("negated"))
    print("| | reports | claims (primary / second) | detection F1 | kind | origin | relays exact | hedge | negation | origin, registry names |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for key in ("en", "ru", "uk", "all"):
        t = totals[key]
        p = t["paired"]
        f1 = 2 * p / (t["a"] + t["b"]) if t["a"] + t["b"] else 0
        share = lambda n: f"{n / p:.3f}" if p else "-"
        print(f"| {key} | {t['reports']} | {t['a']} / {t['b']} | {f1:.3f} | {share(t['kind'])} | {share(t['origin'])} | {share(t['relays'])} | {share(t['hedge'])} | {share(t['negated'])} | {share(t['origin_registry'])} |")


if __name__ == "__main__":
    main()
