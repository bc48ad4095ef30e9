#!/usr/bin/env python3
"""Tabulate origin misses of `eval claims --verbose` by shape, per language.

usage: origin_shapes.py GOLD.jsonl VERBOSE.txt EXTRACT.json [--list SHAPE]

VERBOSE.txt is `triangulate eval claims GOLD --verbose` output; EXTRACT.json is `triangulate extract GOLD --format json`
(it gives where each predicted origin was written). A shape says where the gold origin's words stand against the claim
and what we took instead: the outlet's voice, a nearer or farther speaker, a body for its person, an outlet for its
speaker.
"""
import glob, json, re, sys
from collections import Counter, defaultdict

gold_path, verbose_path, extract_path = sys.argv[1:4]
listing = sys.argv[5] if len(sys.argv) > 5 and sys.argv[4] == "--list" else None
gold = {r["id"]: r for r in map(json.loads, open(gold_path, encoding="utf-8"))}
extract = {d["report"]["id"]: d for d in json.load(open(extract_path, encoding="utf-8"))}
REGISTRY = {}
for path in glob.glob("data/sources/*.json"):
    for entry in json.load(open(path, encoding="utf-8")):
        for name in [entry["name"], *entry.get("aliases", [])]:
            REGISTRY.setdefault(name.lower(), entry["id"])
line_re = re.compile(r"^(\S+) \[(\d+),(\d+)\) vs \[(\d+),(\d+)\) CHAIN expected (.*?), got (.*?): (.*)$")
PRONOUNS = {"he", "she", "it", "they", "он", "она", "оно", "они", "він", "вона", "воно", "вони", "його", "её", "ее", "їх", "їй", "ему", "йому"}


def sentence_index(text, pos):
    """Index of the sentence holding pos (a rough split at . ! ? and newlines)."""
    return len(re.findall(r"[.!?…]\s+|\n+", text[:pos]))


def last(chain):
    return chain.split(" <- ")[-1]


def kind_of(party):
    m = re.search(r"\((\w+)\)$", party)
    return m.group(1) if m else "?"


def shape(report, gclaim, pclaim):
    text = report["text"]
    gorigin = gclaim["origin"]
    porigin = pclaim["origin"]
    gkind = gorigin["kind"]
    pkind = porigin["kind"]
    cs, ce = gclaim["span"]
    words = gclaim.get("origin_words")
    gpos = None
    if words:
        # the occurrence of the origin words nearest the claim
        hits = [m.start() for m in re.finditer(re.escape(words), text)]
        if hits:
            gpos = min(hits, key=lambda h: 0 if cs <= h < ce else min(abs(h - cs), abs(h - ce)))
    csent = sentence_index(text, cs)
    title_end = text.find("\n")

    def where(pos):
        if pos is None:
            return "unlocated"
        if cs <= pos < ce:
            return "inside"
        s = sentence_index(text, pos)
        if 0 <= title_end and pos < title_end and cs > title_end:
            return "headline"
        if s == csent:
            return "same sentence"
        if s == csent + 1:
            return "next sentence"
        if s == csent - 1:
            return "previous sentence"
        return "earlier, farther" if pos < cs else "later, farther"

    gwhere = where(gpos)
    pw = porigin.get("written") or ""
    if pkind == "publisher":
        pronoun = words and words.split()[0].lower() in PRONOUNS
        return f"outlet for speaker: gold {gwhere}{' (pronoun)' if pronoun else ''}"
    if gkind == "publisher":
        pwhere = where(porigin.get("start"))
        pronoun = pw.split()[0].lower() in PRONOUNS if pw else False
        return f"speaker for outlet: ours {pwhere}{' (pronoun)' if pronoun else ''}"
    pwhere = where(porigin.get("start"))
    if gpos is not None and porigin.get("start") is not None and porigin["start"] < gpos + len(words) and gpos < porigin["end"]:
        how = "unresolved" if porigin.get("sourceId") is None else "resolved to another"
        return f"right words, {how}"
    if pw and pw.split()[0].lower() in PRONOUNS:
        return f"another: pronoun carried wrong ({gwhere})"
    if pkind in ("wire_agency", "independent_media", "state_media") and gkind not in ("wire_agency", "independent_media", "state_media"):
        return f"another: outlet for its speaker ({gwhere})"
    gperson = gkind in ("individual",) or (gorigin.get("name") and len(gorigin["name"].split()) in (2, 3) and gkind in ("official", "military_command") and not re.search(r"(?i)ministry|staff|command|forces|administration|service|council|office|group|officials|side|army|guard", gorigin["name"]))
    if gperson and pkind in ("official", "military_command", "unit") and porigin.get("name") and re.search(r"(?i)ministry|staff|command|forces|administration|service|council|office|group|army|guard|brigade|regiment", porigin["name"]):
        return f"another: body for its person ({gwhere}, ours {pwhere})"
    if gpos is not None and porigin.get("start") is not None:
        def dist(p):
            return 0 if cs <= p < ce else min(abs(p - cs), abs(p - ce))
        rel = "nearer" if dist(porigin["start"]) < dist(gpos) else "farther"
        return f"another: ours {rel} ({gwhere} vs ours {pwhere})"
    return f"another: ({gwhere} vs ours {pwhere})"


counts = defaultdict(Counter)
examples = defaultdict(list)
for line in open(verbose_path, encoding="utf-8"):
    m = line_re.match(line.rstrip("\n"))
    if not m:
        continue
    rid, gs, ge, ps, pe, expected, got, quote = m.groups()
    if last(expected) == last(got):
        continue
    report = gold[rid]
    gclaim = next(c for c in report["claims"] if c["span"] == [int(gs), int(ge)])
    pclaim = next(c for c in extract[rid]["claims"] if c["start"] == int(ps) and c["end"] == int(pe))
    known = REGISTRY.get(gclaim["origin"]["name"].lower())
    if known is not None and known == pclaim["origin"].get("sourceId"):
        continue
    s = shape(report, gclaim, pclaim)
    counts[s][report["language"]] += 1
    examples[s].append(f"{rid} exp {last(expected)} [{gclaim.get('origin_words')}] got {last(got)} [{pclaim['origin'].get('written')}]: {quote[:160]}")

total = Counter()
print(f"{'shape':70} {'en':>4} {'ru':>4} {'uk':>4} {'all':>4}")
for s, c in sorted(counts.items(), key=lambda kv: -sum(kv[1].values())):
    print(f"{s:70} {c['en']:4} {c['ru']:4} {c['uk']:4} {sum(c.values()):4}")
    total.update(c)
print(f"{'total':70} {total['en']:4} {total['ru']:4} {total['uk']:4} {sum(total.values()):4}")
if listing:
    for s, lines in examples.items():
        if listing in s:
            print(f"\n== {s}")
            print("\n".join(lines))
