"""Near-duplicate filter: precision/recall on constructed pairs, a threshold sweep, throughput.

    .venv/bin/python benchmarks/dedup.py [--docs 20000] [--threshold 0.6]

Pairs are built from the sample corpus (examples/basra2008/reports.jsonl, 18 reports on one
offensive) and a few unrelated texts written here:
- positives: a report and a rewrite of it: dateline added, outlet boilerplate added or
  removed, sentences edited (word swaps, clauses cut or added), paragraphs reordered, a
  paragraph cut, a sentence of the desk's own added, and combinations (wire rewrites);
- hard negatives: two different reports of the corpus on the same event (the same offensive,
  actors and places, often the same day), pairs where one report reuses a background
  paragraph of the other, follow-up stories (three paragraphs of their own, then two
  paragraphs lifted from the earlier report), and templated agency copy (one template,
  different place, day, unit, numbers and second incident: other events in the same words);
- easy negatives: a report and an unrelated story.
The filter is the store's: shared LSH band key AND estimated Jaccard >= threshold AND not
`distinct_incidents` (the sweep also shows it without that guard).
Throughput: `Store.add_documents` of a synthetic corpus (reworded sentence mixes, 10% rewrites)
with the filter on and off, into an empty store and then a second run of 6,500 documents (1,500
rewrites of stored stories) into the filled store; and signature computation alone against
`datasketch.MinHash.bulk`. Rates are given per wall second and per CPU second (steadier on a
shared machine).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np
from datasketch import MinHash

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitroom.records import Document  # noqa: E402
from sitroom.store import Store  # noqa: E402
from sitroom.store.dedup import (  # noqa: E402
    DEFAULT_THRESHOLD, SAME_TEXT_SIMILARITY, MinHasher, distinct_incidents, incident_markers, shingle_words)

CORPUS = ROOT / "examples" / "basra2008" / "reports.jsonl"

UNRELATED = [
    "The city council approved a new budget on Thursday that raises spending on schools and roads while cutting "
    "the number of administrative posts. The mayor said the plan would be paid for with higher parking fees and a "
    "small increase in the property tax. Opposition members argued that the fee increase would hurt small shops in "
    "the old town, where most customers arrive by car. The budget also sets aside money to repair two bridges that "
    "engineers closed last winter after cracks were found in their supports. Work on the first bridge is due to "
    "begin in the spring and last about eight months, the transport department said.",
    "Heavy rain flooded several villages in the river valley over the weekend, forcing hundreds of families to leave "
    "their homes, emergency officials said on Monday. Rescue teams used boats to reach farms cut off by the water, "
    "and the regional government opened schools as temporary shelters. Forecasters expect more rain later in the "
    "week, and engineers are checking the dams upstream. Farmers said much of the wheat harvest had been lost in the "
    "low fields near the river, and they asked the government for compensation before the next planting season.",
    "The national football team won its qualifying match on Saturday with two goals in the second half, keeping its "
    "hopes alive for next year's tournament. The coach praised the young defenders who started in place of injured "
    "players and said the team had shown patience after a slow first half. Thousands of fans celebrated in the "
    "capital's main square late into the night. The team plays its last qualifying game away next month and needs a "
    "draw to finish second in the group, ahead of its neighbours on goal difference.",
    "The central bank left its main interest rate unchanged on Wednesday, saying inflation had slowed for a third "
    "month but remained above its target. The governor told reporters that food prices were still rising quickly and "
    "that the bank would watch the effect of the recent fall in the currency. Economists had expected the decision. "
    "Business groups had asked for a cut to help exporters, who say borrowing costs are holding back investment in "
    "new factories. The bank's next meeting is in six weeks, when it will also publish new growth forecasts.",
]

SWAPS = {"said": "stated", "on": "on", "soldiers": "troops", "killed": "left dead", "Monday": "Monday morning",
         "attacked": "assaulted", "officials": "authorities", "city": "town", "fighting": "clashes",
         "government": "authorities", "militia": "militiamen", "forces": "units", "began": "started",
         "police": "policemen", "army": "military", "told": "informed", "after": "following"}
BOILERPLATE = ["Reporting by {a}; Writing by {b}; Editing by {c}",
               "© 2008 {outlet}. All rights reserved.",
               "Click here for more coverage of the region.",
               "Read more: full coverage of the fighting"]
NAMES = ["Hana Saleh", "Omar Karim", "Lina Haddad", "Sami Aziz", "Maya Nasser", "Yusuf Rahim"]


# Agency copy written from a template: different incidents in the same words. Merging two of
# them would lose an event, so they are the hardest negatives.
TEMPLATE = ("A roadside bomb struck a {unit} patrol in {place} on {day}, killing {killed} {victims} and "
            "wounding {wounded} others, a police officer in {province} said. The officer, who spoke on condition "
            "of anonymity because he was not authorised to talk to reporters, said the bomb was hidden under a "
            "pile of rubbish beside the road. No group claimed responsibility for the attack. In a separate "
            "incident, gunmen {second} in {other}, police said. {closing}")
SLOTS = {
    "unit": ["police", "army", "joint", "border guard"], "place": ["Kut", "Hilla", "Amara", "Diwaniya", "Samawa"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday"], "killed": ["two", "three", "four", "five"],
    "victims": ["soldiers", "policemen", "civilians"], "wounded": ["six", "seven", "eleven", "nine"],
    "province": ["Wasit province", "Babil province", "Maysan province", "the province"],
    "second": ["killed a shopkeeper", "wounded two guards at a checkpoint", "kidnapped an engineer",
               "shot dead a local council member"],
    "other": ["Nasiriyah", "Kut", "Basra", "Diyala"],
    "closing": ["Violence in the area has fallen since last year.", "Attacks on patrols have risen this month.",
                "The road was closed for several hours.", "Security forces sealed off the area."],
}


def templated_story(rng: random.Random) -> str:
    return TEMPLATE.format(**{slot: rng.choice(values) for slot, values in SLOTS.items()})


@dataclass
class Pair:
    kind: str
    a: str
    b: str
    duplicate: bool


# ---- rewriting -----------------------------------------------------------------------------
def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def sentences(paragraph: str) -> list[str]:
    return re.split(r"(?<=[.!?\"])\s+(?=[A-Z\"])", paragraph.strip())


def add_dateline(text: str, rng: random.Random) -> str:
    place = rng.choice(["BASRA, Iraq", "BAGHDAD", "NAJAF, Iraq", "KUT"])
    return f"{place} ({rng.choice(['Wire', 'AP', 'Gulf Monitor'])}) — {text}"


def add_boilerplate(text: str, rng: random.Random) -> str:
    a, b, c = rng.sample(NAMES, 3)
    lines = [line.format(a=a, b=b, c=c, outlet="Tigris Wire") for line in rng.sample(BOILERPLATE, 2)]
    return text + "\n\n" + "\n".join(lines)


def edit_sentences(text: str, rng: random.Random, count: int) -> str:
    """Edit `count` sentences the way a desk rewrites wire copy: swap words, cut or add a clause."""
    paras = [sentences(p) for p in paragraphs(text)]
    spots = [(i, j) for i, p in enumerate(paras) for j in range(len(p))]
    for i, j in rng.sample(spots, min(count, len(spots))):
        words = paras[i][j].split()
        action = rng.choice(["swap", "cut", "add"])
        if action == "swap":
            words = [SWAPS.get(w, w) for w in words]
            if words == paras[i][j].split() and len(words) > 4:  # nothing to swap: reword the opening
                words = ["Meanwhile,"] + [words[0].lower()] + words[1:]
        elif action == "cut" and len(words) > 10:
            cut = rng.randrange(4, len(words) - 3)
            words = words[:cut] + words[cut + 3:]
        else:
            at = rng.randrange(1, max(2, len(words)))
            words = words[:at] + rng.choice([["reportedly"], ["according", "to", "witnesses,"], ["again"]]) + words[at:]
        paras[i][j] = " ".join(words)
    return "\n\n".join(" ".join(p) for p in paras)


def reorder(text: str, rng: random.Random) -> str:
    paras = paragraphs(text)
    if len(paras) > 2:
        i = rng.randrange(1, len(paras) - 1)
        paras[i], paras[i + 1] = paras[i + 1], paras[i]
    return "\n\n".join(paras)


def cut_paragraph(text: str, rng: random.Random) -> str:
    paras = paragraphs(text)
    if len(paras) > 2:
        del paras[rng.randrange(1, len(paras))]
    return "\n\n".join(paras)


CONTEXT = ["The offices of the prime minister and of the American embassy in Baghdad declined to comment on the report.",
           "A spokesman for the Interior Ministry, Major General Abdul Karim Khalaf, said more units would follow.",
           "The United Nations mission in Iraq called on all sides to protect civilians in Basra and Nasiriyah."]


def add_context(text: str, rng: random.Random) -> str:
    """A desk adds a sentence of its own (new names) at the end of a paragraph."""
    paras = paragraphs(text)
    i = rng.randrange(len(paras))
    paras[i] = paras[i] + " " + rng.choice(CONTEXT)
    return "\n\n".join(paras)


REWRITES: dict[str, Callable[[str, random.Random], str]] = {
    "dateline": add_dateline,
    "boilerplate added": add_boilerplate,
    "edit 2 sentences": lambda t, r: edit_sentences(t, r, 2),
    "edit 4 sentences": lambda t, r: edit_sentences(t, r, 4),
    "reorder paragraphs": reorder,
    "cut a paragraph": cut_paragraph,
    "wire rewrite (dateline+boilerplate+2 edits+reorder)":
        lambda t, r: add_boilerplate(add_dateline(reorder(edit_sentences(t, r, 2), r), r), r),
    "heavy rewrite (dateline+3 edits+cut paragraph)":
        lambda t, r: add_dateline(cut_paragraph(edit_sentences(t, r, 3), r), r),
    "own sentence added + a paragraph cut": lambda t, r: cut_paragraph(add_context(t, r), r),
}


def build_pairs(reports: list[dict], rng: random.Random) -> list[Pair]:
    texts = [r["text"] for r in reports]
    pairs = [Pair(kind, text, rewrite(text, rng), True) for text in texts for kind, rewrite in REWRITES.items()]
    pairs += [Pair("boilerplate removed", add_boilerplate(add_dateline(t, rng), rng), t, True) for t in texts]
    for i, first in enumerate(reports):
        for second in reports[i + 1:]:
            days = abs((_day(first) - _day(second)))
            kind = "same event, same/next day" if days <= 1 else "same event, other day"
            pairs.append(Pair(kind, first["text"], second["text"], False))
    for i, text in enumerate(texts):  # another report that reuses this one's background paragraph
        other = texts[(i + 1) % len(texts)]
        background = paragraphs(text)[-2]
        pairs.append(Pair("shares a background paragraph", text, other + "\n\n" + background, False))
    for i, text in enumerate(texts):  # a follow-up story: its own lead and two paragraphs, then two of this one's
        other = paragraphs(texts[(i + 3) % len(texts)])
        reused = paragraphs(text)[1:3]
        pairs.append(Pair("follow-up reusing two paragraphs", text, "\n\n".join(other[:3] + reused), False))
    templated = [templated_story(rng) for _ in range(400)]
    pairs += [Pair("templated agency copy, other incident", a, b, False)
              for a, b in zip(templated[0::2], templated[1::2]) if a != b]
    pairs += [Pair("unrelated story", t, u, False) for t in texts for u in UNRELATED]
    return pairs


def _day(report: dict) -> int:
    return int(report["date"].replace("-", ""))


# ---- evaluation ----------------------------------------------------------------------------
def pair_scores(pairs: list[Pair], hasher: MinHasher) -> tuple[np.ndarray, np.ndarray]:
    """Estimated Jaccard of each pair and whether the pair shares an LSH band key."""
    signatures = hasher.signatures([t for p in pairs for t in (p.a, p.b)])
    first, second = np.stack(signatures[0::2]), np.stack(signatures[1::2])
    estimate = (first == second).mean(axis=1)
    banded = (hasher.band_keys(first) == hasher.band_keys(second)).any(axis=1)
    return estimate, banded


def distinct_pairs(pairs: list[Pair]) -> np.ndarray:
    """Whether the store's incident-marker guard tells the two texts apart."""
    return np.array([distinct_incidents(incident_markers(p.a), incident_markers(p.b)) for p in pairs])


def exact_jaccard(a: str, b: str, k: int) -> float:
    def grams(text: str) -> set[tuple[str, ...]]:
        words = shingle_words(text)
        return {tuple(words[i:i + k]) for i in range(len(words) - k + 1)}
    first, second = grams(a), grams(b)
    return len(first & second) / len(first | second)


def prf(predicted: np.ndarray, truth: np.ndarray) -> tuple[float, float, float]:
    tp = int((predicted & truth).sum())
    precision = tp / max(1, int(predicted.sum()))
    recall = tp / max(1, int(truth.sum()))
    return precision, recall, 2 * precision * recall / max(1e-9, precision + recall)


def report_quality(pairs: list[Pair], threshold: float) -> None:
    truth = np.array([p.duplicate for p in pairs])
    hasher = MinHasher()
    estimate, banded = pair_scores(pairs, hasher)
    distinct = distinct_pairs(pairs) & (estimate < SAME_TEXT_SIMILARITY)
    exact = np.array([exact_jaccard(p.a, p.b, hasher.shingle_size) for p in pairs])
    print(f"{len(pairs)} pairs: {int(truth.sum())} positives, {int((~truth).sum())} negatives; "
          f"k={hasher.shingle_size}, num_perm={hasher.num_perm}, bands={hasher.bands}x{hasher.rows}, "
          f"threshold {threshold}")
    print(f"mean |estimated - exact Jaccard| = {np.abs(estimate - exact).mean():.3f}")
    print("\nper kind: exact Jaccard min/median/max; share flagged at the threshold (filter = shared band"
          " key + estimate >= threshold + incident-marker guard), and without the guard:")
    flagged = banded & (estimate >= threshold) & ~distinct
    unguarded = banded & (estimate >= threshold)
    for kind in dict.fromkeys(p.kind for p in pairs):
        mask = np.array([p.kind == kind for p in pairs])
        values = exact[mask]
        print(f"  {'DUP ' if truth[mask][0] else 'diff'} {kind:55s} n={mask.sum():3d} "
              f"J {values.min():.2f}/{np.median(values):.2f}/{values.max():.2f}  "
              f"flagged {flagged[mask].mean():4.0%}  (no guard {unguarded[mask].mean():4.0%})")
    print(f"\nthreshold sweep, k={hasher.shingle_size} num_perm={hasher.num_perm}:"
          "  precision  recall  F1   | without the guard: precision  recall  F1")
    for t in (0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        guarded = prf(banded & (estimate >= t) & ~distinct, truth)
        plain = prf(banded & (estimate >= t), truth)
        print(f"  {'*' if abs(t - threshold) < 1e-9 else ' '} {t:.1f}   " + "  ".join(f"{v:.3f}" for v in guarded)
              + "   |   " + "  ".join(f"{v:.3f}" for v in plain))
    print("\nother settings at the threshold (with the guard):  precision  recall  F1")
    for k, perms, bands in ((3, 128, 32), (4, 64, 16), (4, 128, 32), (4, 256, 64), (5, 64, 16), (5, 128, 32)):
        est, band = pair_scores(pairs, MinHasher(num_perm=perms, shingle_size=k, bands=bands))
        guard = distinct_pairs(pairs) & (est < SAME_TEXT_SIMILARITY)
        values = prf(band & (est >= threshold) & ~guard, truth)
        print(f"  k={k} num_perm={perms:3d} bands={bands:2d}x{perms // bands}   " + "  ".join(f"{v:.3f}" for v in values))


def report_store_check(reports: list[dict], threshold: float, rng: random.Random) -> None:
    """The same judgement through the store: originals, then one rewrite of each per kind."""
    originals = [Document(id=r["id"], text=r["text"], source=r["source"]) for r in reports]
    rewrites = [Document(id=f"{r['id']}~{n}", text=rewrite(r["text"], rng), source="Rewrite Desk")
                for n, rewrite in enumerate(REWRITES.values()) for r in reports]
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "check.duckdb", keep_open=True,
                                                     near_duplicate_threshold=threshold) as store:
        first = store.add_documents(originals)
        second = store.add_documents(rewrites)
    print(f"\nthrough the store: {len(originals)} corpus reports -> {first};"
          f" {len(rewrites)} rewrites of them -> {second}")


# ---- throughput ----------------------------------------------------------------------------
def synthetic_corpus(reports: list[dict], count: int, rng: random.Random) -> list[Document]:
    """Stories of 3-5 paragraphs of corpus sentences, each sentence reworded at two random words
    (so two stories rarely share long word runs, as in real news); every tenth is a rewrite of
    an earlier story."""
    pool = [s.split() for r in reports for p in paragraphs(r["text"]) for s in sentences(p)]
    pool += [s.split() for t in UNRELATED for s in sentences(t)]
    vocabulary = sorted({w for sentence in pool for w in sentence})

    def reworded(words: list[str]) -> str:
        words = list(words)
        for _ in range(2):
            words[rng.randrange(len(words))] = rng.choice(vocabulary)
        return " ".join(words)

    docs: list[Document] = []
    for n in range(count):
        if docs and n % 10 == 9:
            text = rng.choice(list(REWRITES.values()))(rng.choice(docs).text, rng)
        else:
            text = "\n\n".join(" ".join(reworded(s) for s in rng.sample(pool, 3)) for _ in range(rng.randint(3, 5)))
        docs.append(Document(id=f"doc-{n:07d}", text=text, source=rng.choice(["A", "B", "C"])))
    return docs


def timed(work: Callable[[], object]) -> tuple[object, float, float]:
    """The result, wall seconds and CPU seconds (all threads of this process) of `work()`.
    CPU time is the steadier figure on a shared machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def rate(count: int, wall: float, cpu: float) -> str:
    return f"{count / wall:>7,.0f} docs/s wall, {count / cpu:>7,.0f} docs per CPU-second"


def report_throughput(reports: list[dict], count: int, threshold: float, rng: random.Random) -> None:
    docs = synthetic_corpus(reports, count, rng)
    words = sum(len(d.text.split()) for d in docs) / len(docs)
    print(f"\nthroughput on {count:,} synthetic documents (~{words:.0f} words, 10% rewrites), one process:")
    texts = [d.text for d in docs]
    _, wall, cpu = timed(lambda: MinHasher().signatures(texts))
    print(f"  signatures, sitroom MinHasher (numpy batch):  {rate(count, wall, cpu)}")
    sample = texts[:2000]

    def datasketch_bulk() -> None:
        shingled = [[" ".join(w[i:i + 5]).encode() for i in range(len(w) - 4)] for w in map(shingle_words, sample)]
        MinHash.bulk(shingled, num_perm=128)
    _, wall, cpu = timed(datasketch_bulk)
    print(f"  signatures, datasketch MinHash.bulk (sha1):   {rate(len(sample), wall, cpu)}")
    later = synthetic_corpus(reports, 5000, random.Random(11))  # a second run: new stories and rewrites
    later += [Document(id=f"late-{n}", text=rewrite(docs[n * 7 % len(docs)].text, rng), source="D")
              for n, rewrite in enumerate(list(REWRITES.values()) * 125)]
    later = [Document(id=f"run2-{d.id}", text=d.text, source=d.source) for d in later]
    for near in (False, True):
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(Path(tmp) / "bench.duckdb", keep_open=True, near_duplicates=near,
                          near_duplicate_threshold=threshold)
            stats, wall, cpu = timed(lambda: store.add_documents(docs))
            label = "on " if near else "off"
            print(f"  add_documents, near-duplicates {label}, empty store:   {rate(count, wall, cpu)}  {stats}")
            stats, wall, cpu = timed(lambda: store.add_documents(later))
            print(f"  add_documents, near-duplicates {label}, second run:    {rate(len(later), wall, cpu)}  {stats}")
            store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20000, help="synthetic documents for the throughput run")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    args = parser.parse_args()
    reports = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(7)
    report_quality(build_pairs(reports, rng), args.threshold)
    report_store_check(reports, args.threshold, rng)
    report_throughput(reports, args.docs, args.threshold, rng)


if __name__ == "__main__":
    main()
