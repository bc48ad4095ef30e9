#!/usr/bin/env python3
"""Validate data/real/reports.jsonl and data/real/groups.json and print corpus counts.

Usage: python3 tools/corpus/check_corpus.py [repo_root]
Exits with status 1 when a problem is found.
"""
import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2]
REPORTS = ROOT / "data/real/reports.jsonl"
GROUPS = ROOT / "data/real/groups.json"

REQUIRED = ["id", "url", "publisher", "published", "date_from", "language", "kind_of_source",
            "side_of_publisher", "group", "group_role", "origin_of_text", "text"]
OPTIONAL = ["title"]
LANGS = {"en", "ru", "uk"}
KINDS = {"wire", "reprint_aggregator", "national_outlet", "regional_outlet", "official_statement",
         "telegram_post", "state_media", "independent_media"}
SIDES = {"RU", "UA", "other"}
DATE_FROM = {"page", "url", "viina", "none"}
ROLES = {"carrier", "denial", None}
ORIGINS = {"pages", "viina"}
GROUP_KINDS = {"territorial_control", "advance", "withdrawal", "attack", "repelled_attack", "strike",
               "casualties", "prisoners", "recruitment", "other"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)?)?$")

errors = []


def err(msg):
    errors.append(msg)


reports = []
for n, line in enumerate(REPORTS.read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip():
        continue
    try:
        reports.append(json.loads(line))
    except json.JSONDecodeError as e:
        err(f"line {n}: invalid JSON ({e})")

groups = json.loads(GROUPS.read_text(encoding="utf-8"))
group_ids = {g["id"] for g in groups}

ids, urls, texts, url_text = set(), collections.Counter(), collections.Counter(), set()
for i, r in enumerate(reports, 1):
    rid = r.get("id", f"#{i}")
    for f in REQUIRED:
        if f not in r:
            err(f"{rid}: missing field {f}")
    extra = set(r) - set(REQUIRED) - set(OPTIONAL)
    if extra:
        err(f"{rid}: unexpected fields {sorted(extra)}")
    if rid != f"real-{i:04d}":
        err(f"{rid}: id out of sequence (expected real-{i:04d})")
    if rid in ids:
        err(f"{rid}: duplicate id")
    ids.add(rid)
    text = r.get("text") or ""
    if not text.strip():
        err(f"{rid}: empty text")
    if len(text) > 3000:
        err(f"{rid}: text longer than 3000 characters ({len(text)})")
    if "title" in r and not (r["title"] or "").strip():
        err(f"{rid}: empty title (omit the field instead)")
    if r.get("language") not in LANGS:
        err(f"{rid}: language {r.get('language')!r}")
    if r.get("kind_of_source") not in KINDS:
        err(f"{rid}: kind_of_source {r.get('kind_of_source')!r}")
    if r.get("side_of_publisher") not in SIDES:
        err(f"{rid}: side_of_publisher {r.get('side_of_publisher')!r}")
    if r.get("date_from") not in DATE_FROM:
        err(f"{rid}: date_from {r.get('date_from')!r}")
    if r.get("origin_of_text") not in ORIGINS:
        err(f"{rid}: origin_of_text {r.get('origin_of_text')!r}")
    pub = r.get("published")
    if pub is None:
        if r.get("date_from") != "none":
            err(f"{rid}: published is null but date_from is {r.get('date_from')!r}")
    else:
        if not ISO.match(pub):
            err(f"{rid}: published {pub!r} is not ISO 8601")
        elif not ("2022" <= pub[:4] <= "2026"):
            err(f"{rid}: published {pub!r} outside 2022-2026")
        if r.get("date_from") == "none":
            err(f"{rid}: published set but date_from is 'none'")
    if not (r.get("url") or "").startswith(("http://", "https://")):
        err(f"{rid}: url {r.get('url')!r}")
    if not (r.get("publisher") or "").strip():
        err(f"{rid}: empty publisher")
    g, role = r.get("group"), r.get("group_role")
    if role not in ROLES:
        err(f"{rid}: group_role {role!r}")
    if (g is None) != (role is None):
        err(f"{rid}: group and group_role must both be set or both be null")
    if g is not None and g not in group_ids:
        err(f"{rid}: group {g!r} not in groups.json")
    urls[r.get("url")] += 1
    texts[text] += 1
    key = (r.get("url"), text)
    if key in url_text:
        err(f"{rid}: duplicate url+text")
    url_text.add(key)

for u, c in urls.items():
    if c > 1:
        err(f"url used {c} times: {u}")
for t, c in texts.items():
    if c > 1:
        err(f"text used {c} times: {t[:60]!r}")

by_id = {r["id"]: r for r in reports}
for g in groups:
    for f in ["id", "statement", "origin", "kind", "place", "date", "carriers", "denials"]:
        if f not in g:
            err(f"group {g.get('id')}: missing {f}")
    if g.get("kind") not in GROUP_KINDS:
        err(f"group {g['id']}: kind {g.get('kind')!r}")
    if len(g.get("carriers", [])) < 3:
        err(f"group {g['id']}: fewer than 3 carriers")
    for role, key in (("carrier", "carriers"), ("denial", "denials")):
        listed = set(g.get(key, []))
        actual = {r["id"] for r in reports if r.get("group") == g["id"] and r.get("group_role") == role}
        if listed != actual:
            err(f"group {g['id']}: {key} {sorted(listed ^ actual)} disagree with reports.jsonl")
        for rid in listed:
            if rid not in by_id:
                err(f"group {g['id']}: unknown report {rid}")

# counts
C = collections.Counter
print(f"reports: {len(reports)}")
print("by language:", dict(C(r["language"] for r in reports)))
print("by origin_of_text:", dict(C(r["origin_of_text"] for r in reports)))
print("by kind_of_source:", dict(C(r["kind_of_source"] for r in reports).most_common()))
print("by side_of_publisher:", dict(C(r["side_of_publisher"] for r in reports)))
print("by year:", dict(sorted(C(r["published"][:4] if r["published"] else "undated" for r in reports).items())))
print("by date_from:", dict(C(r["date_from"] for r in reports)))
print("distinct publishers:", len({r["publisher"] for r in reports}))
dated = sorted(r["published"][:10] for r in reports if r["published"])
if dated:
    print(f"date range: {dated[0]} .. {dated[-1]}")
lens = sorted(len(r["text"]) for r in reports)
print(f"text length: min {lens[0]}, median {lens[len(lens)//2]}, max {lens[-1]}")
print(f"groups: {len(groups)}; with denials: {sum(1 for g in groups if g['denials'])}")
for g in groups:
    langs = sorted({by_id[x]['language'] for x in g['carriers'] + g['denials'] if x in by_id})
    print(f"  {g['id']}: {len(g['carriers'])} carriers, {len(g['denials'])} denials, languages {','.join(langs)}")
print(f"reports in groups: {sum(1 for r in reports if r['group'])}")

if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK")
