"""Merging at scale: synthetic corpora with known duplicates, timed, measured and scored.

Usage: python benchmarks/merge_scale.py [--sizes 10000,100000,1000000] [--seed 0]

Each size runs in a fresh subprocess, so that its peak memory (the
process's ``ru_maxrss``: corpus, merge and result together) is its own.
The corpus is a world of happenings (meetings, visits, calls, agreements,
summits, statements, milestones) among a pool of people that grows with
the corpus; each happening is reported one to five times, in different
documents and outlets, with the names spelled differently (aliases, a
title in front, hyphens), the date at different precisions (day, month,
year, none but the publication date, a planned announcement before it;
statements, news of the day they are made, always carry their day),
with or without the place. Near misses are generated on purpose: the same
two people a year later, and the same person with another counterpart on
the same day.

Printed per size: events, seconds of `merge` alone (generation excluded;
wall clock and CPU time of the process, which a busy machine disturbs
less), peak memory, pairwise precision and recall against the known happenings,
and the growth of the time from the smallest to the largest size next to
the growth of n log n.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import math
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.gazetteer import known_people  # noqa: E402
from timeline.merge import merge_with_ids  # noqa: E402
from timeline.model import (  # noqa: E402
    Agreement,
    Amount,
    Call,
    Event,
    Meeting,
    Other,
    Person,
    Place,
    Source,
    Statement,
    Status,
    Summit,
    Visit,
    When,
    content_id,
    country_name,
)

COUNTRIES = tuple(sorted(country.alpha_3 for country in pycountry.countries))
CITIES = {
    "KAZ": "Astana",
    "CHN": "Beijing",
    "RUS": "Moscow",
    "UZB": "Tashkent",
    "KGZ": "Bishkek",
    "TJK": "Dushanbe",
    "TKM": "Ashgabat",
    "MNG": "Ulaanbaatar",
    "TUR": "Ankara",
    "IND": "New Delhi",
    "DEU": "Berlin",
    "FRA": "Paris",
    "USA": "Washington",
    "JPN": "Tokyo",
}
SYLLABLES = (
    "ka",
    "ra",
    "bek",
    "nur",
    "lan",
    "sul",
    "tan",
    "mir",
    "zha",
    "ol",
    "dar",
    "ai",
    "gul",
    "sen",
    "vik",
    "tor",
    "ming",
    "hao",
    "jun",
    "lei",
    "ser",
    "gei",
    "an",
    "ton",
    "mar",
    "ko",
    "yev",
    "ova",
)
TITLES = ("President", "Prime Minister", "Foreign Minister", "Minister", "Chairman")
KINDS = (
    ("meeting", 42),
    ("visit", 15),
    ("call", 12),
    ("agreement", 10),
    ("summit", 3),
    ("statement", 10),
    ("other", 8),
)
MILESTONE_WHAT = (
    "diplomatic relations",
    "strategic partnership",
    "border treaty",
    "visa-free regime",
    "consulate",
    "trade mission",
    "direct flights",
    "cultural centre",
    "free trade zone",
    "energy dialogue",
    "investment fund",
    "customs agreement",
    "research council",
    "rail link",
)
MILESTONE_HOW = (
    "established",
    "declared",
    "ratified",
    "introduced",
    "opened",
    "launched",
    "signed",
    "upgraded",
    "renewed",
    "suspended",
)
FORUM_WHERE = (
    "Caspian",
    "Eurasian",
    "Central Asian",
    "Turkic",
    "Pacific",
    "Arctic",
    "Danube",
    "Baltic",
    "Gulf",
    "Silk Road",
    "Aral",
    "Altai",
    "Himalayan",
    "Andean",
    "Sahel",
    "Nordic",
    "Balkan",
    "Black Sea",
    "Mekong",
    "Indian Ocean",
    "Atlantic",
    "Caucasus",
    "Volga",
    "Amur",
    "Persian",
    "Adriatic",
    "Alpine",
    "Carpathian",
    "Ural",
    "Tian Shan",
)
FORUM_WHAT = (
    "Economic Forum",
    "Security Council",
    "Energy Summit",
    "Trade Union",
    "Water Council",
    "Investment Forum",
    "Transport Summit",
    "Climate Council",
    "Digital Forum",
    "Health Summit",
    "Youth Forum",
    "Cooperation Council",
    "Leaders Summit",
    "Business Forum",
    "Science Council",
    "Tourism Forum",
    "Agriculture Summit",
    "Mining Forum",
    "Space Council",
    "Culture Forum",
)
FIRST_DAY = dt.date(2000, 1, 1)
DAYS = 30 * 365


class World:
    """People with the spellings the news uses for them."""

    def __init__(self, rng: random.Random, people: int) -> None:
        self.rng = rng
        self.spellings: list[tuple[str, ...]] = []
        self.countries: list[str] = []
        for known in known_people():
            if known.country in COUNTRIES:
                self.spellings.append((known.name, *known.aliases))
                self.countries.append(known.country)
        seen = set()
        while len(self.spellings) < people:
            first = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
            last = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
            if (first, last) in seen:
                continue
            seen.add((first, last))
            variants = (
                f"{first} {last}",
                f"{rng.choice(TITLES)} {first} {last}",
                f"{first}-{last[:2]} {last[2:]}" if len(last) > 4 else f"{first} {last}",
            )
            self.spellings.append(variants)
            self.countries.append(rng.choice(COUNTRIES))
        self._persons: dict[tuple[str, str], Person] = {}

    def person(self, index: int) -> Person:
        spelling = self.rng.choice(self.spellings[index])
        key = (spelling, self.countries[index])
        found = self._persons.get(key)
        if found is None:
            found = self._persons[key] = Person(name=spelling, country=self.countries[index])
        return found


_WHENS: dict[str, When] = {}
_PLACES: dict[str, Place] = {}


def _when(value: str) -> When:
    found = _WHENS.get(value)
    if found is None:
        found = _WHENS[value] = When.from_timex(value)
    return found


def _place(name: str) -> Place:
    found = _PLACES.get(name)
    if found is None:
        found = _PLACES[name] = Place(name=name)
    return found


def _happenings(rng: random.Random, world: World) -> Iterator[dict[str, object]]:
    """Happenings without end; now and then a near miss right after the happening it resembles."""
    people = len(world.spellings)
    kinds = [kind for kind, weight in KINDS for _ in range(weight)]
    milestones: set[tuple[object, ...]] = set()
    number = 0
    while True:
        kind = rng.choice(kinds)
        a, b = rng.sample(range(people), 2)
        day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
        happening: dict[str, object] = {"kind": kind, "actors": (a, b), "day": day, "number": number}
        happening["host"] = world.countries[b] if world.countries[b] != world.countries[a] else None
        if kind == "other":  # a milestone between two states happens once
            states = tuple(sorted(rng.sample(COUNTRIES, 2)))
            label = f"{rng.choice(MILESTONE_WHAT)} {rng.choice(MILESTONE_HOW)}"
            if (states, label) in milestones:
                continue
            milestones.add((states, label))
            happening.update(states=states, label=label)
        if kind == "summit":  # a forum meets once a year at most
            forum = f"{rng.choice(FORUM_WHERE)} {rng.choice(FORUM_WHAT)}"
            if (forum, day.year) in milestones:
                continue
            milestones.add((forum, day.year))
            happening.update(host=rng.choice(COUNTRIES), label=forum)
        happening["amount"] = rng.randrange(1, 500) * 10**7 if kind == "agreement" else None
        yield happening
        number += 1
        twin = rng.random()
        if twin < 0.05 and kind not in ("other", "summit"):  # the same two people a year later
            later = (
                day.replace(year=day.year + 1) if (day.month, day.day) != (2, 29) else day + dt.timedelta(366)
            )
            yield {**happening, "day": later, "number": number}
            number += 1
        elif twin < 0.10 and kind in ("meeting", "call", "visit", "agreement"):
            other = rng.randrange(people)  # the same person, another counterpart, the same day
            if other not in (a, b):
                host = world.countries[other] if world.countries[other] != world.countries[a] else None
                yield {**happening, "actors": (a, other), "number": number, "host": host}
                number += 1


def _report(
    rng: random.Random,
    world: World,
    happening: dict[str, object],
    number: int,
    document: str,
    planned: bool,
    same_document: dt.date | None = None,
) -> Event:
    kind = str(happening["kind"])
    day = happening["day"]
    assert isinstance(day, dt.date)
    a, b = happening["actors"]  # type: ignore[misc]
    host = happening["host"]
    if planned:
        published = day - dt.timedelta(days=rng.randrange(3, 40))
        value = rng.choice([day.isoformat(), "FUTURE_REF", f"{day.year}-{day.month:02d}"])
        status = Status.PLANNED
    else:
        published = day + dt.timedelta(days=rng.randrange(0, 4))
        roll = rng.random()
        value = (
            day.isoformat()
            if roll < 0.70 or kind == "statement"
            else f"{day.year}-{day.month:02d}"
            if roll < 0.82
            else str(day.year)
            if roll < 0.87
            else "XXXX-XX-XX"
        )
        status = Status.HAPPENED
    if kind == "other":
        value = str(day.year) if rng.random() < 0.8 else str(day.year + rng.choice((-1, 1)))
        published = day + dt.timedelta(days=rng.randrange(0, 3000))
        status = Status.HAPPENED
    published = published if same_document is None else same_document
    people = (world.person(a),) if kind == "statement" else (world.person(a), world.person(b))
    countries = tuple(sorted({world.countries[a], world.countries[b]}))
    if kind == "other":
        people = ()
        countries = happening["states"]  # type: ignore[assignment]
    place = (
        _place(CITIES.get(str(host)) or country_name(str(host)))
        if host and kind in ("meeting", "visit", "summit") and rng.random() < 0.6
        else None
    )
    common = {
        "id": content_id(document, str(number)),
        "title": f"{kind} {number}",
        "when": _when(value),
        "status": status,
        "participants": people,
        "countries": countries,
        "location": place,
        "sources": (
            Source(
                document=document,
                evidence="...",
                start=number % 97 * 200,
                end=number % 97 * 200 + 150,
                published=published,
                outlet=rng.choice(("Xinhua", "Kazinform", "TASS", "Reuters")),
            ),
        ),
    }
    if kind == "meeting":
        return Meeting(**common)  # type: ignore[arg-type]
    if kind == "visit":
        return Visit(**common, visitor=people[0], host_country=str(host) if host else None)  # type: ignore[arg-type]
    if kind == "call":
        return Call(**common, medium="phone")  # type: ignore[arg-type]
    if kind == "agreement":
        amount = happening["amount"]
        assert isinstance(amount, int)
        return Agreement(
            **common,
            instrument="cooperation agreement",  # type: ignore[arg-type]
            amount=Amount(value=float(amount), currency="USD", text=f"${amount}"),
        )
    if kind == "summit":
        return Summit(**common, name=str(happening["label"]))  # type: ignore[arg-type]
    if kind == "statement":
        return Statement(**common, label="statement")  # type: ignore[arg-type]
    return Other(**common, label=str(happening["label"]))  # type: ignore[arg-type]


def corpus(size: int, seed: int) -> tuple[list[Event], list[int]]:
    """`size` reports and, for each, the number of the happening it reports."""
    rng = random.Random(seed)
    world = World(rng, people=max(300, size // 40))
    reports: list[Event] = []
    truth: list[int] = []
    for happening in _happenings(rng, world):
        if len(reports) >= size:
            break
        copies = min(5, 1 + int(rng.expovariate(1.0)))
        planned_first = happening["kind"] in ("meeting", "visit", "summit") and rng.random() < 0.15
        for copy in range(copies):
            if len(reports) >= size:
                break
            number = len(reports)
            planned = planned_first and copy == 0
            if copy and not (planned_first and copy == 1) and rng.random() < 0.05:
                # now and then one article mentions the happening twice
                previous = reports[-1].sources[0]
                reports.append(
                    _report(rng, world, happening, number, previous.document, planned, previous.published)
                )
            else:
                reports.append(_report(rng, world, happening, number, f"doc-{number}", planned))
            truth.append(int(happening["number"]))  # type: ignore[call-overload]
    return reports, truth


def pair_scores(truth: list[int], predicted: list[str]) -> tuple[float, float]:
    """Pairwise precision and recall of a clustering against the true one."""

    def pairs(counts: Counter[object]) -> int:
        return sum(k * (k - 1) // 2 for k in counts.values())

    both = pairs(Counter(zip(truth, predicted, strict=True)))
    found, real = pairs(Counter(predicted)), pairs(Counter(truth))
    return (both / found if found else 1.0), (both / real if real else 1.0)


def run_one(size: int, seed: int) -> dict[str, float]:
    reports, truth = corpus(size, seed)
    gc.collect()
    gc.freeze()  # the corpus is long-lived: keep the collector from rescanning it
    start, start_cpu = time.perf_counter(), time.process_time()
    merged, where = merge_with_ids(reports)
    seconds, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    precision, recall = pair_scores(truth, [where[report.id] for report in reports])
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "size": len(reports),
        "events": len(merged),
        "seconds": seconds,
        "cpu": cpu,
        "peak_mb": peak_kb / 1024,
        "precision": precision,
        "recall": recall,
        "happenings": len(set(truth)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    if arguments.one:
        print(json.dumps(run_one(arguments.one, arguments.seed)))
        return 0
    sizes = [int(size) for size in arguments.sizes.split(",")]
    results = []
    print(
        f"{'reports':>9} {'happenings':>10} {'events':>9} {'seconds':>8} {'cpu s':>8} {'peak MB':>8} "
        f"{'precision':>9} {'recall':>7}"
    )
    for size in sizes:
        output = subprocess.run(
            [sys.executable, __file__, "--one", str(size), "--seed", str(arguments.seed)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        result = json.loads(output.strip().splitlines()[-1])
        results.append(result)
        print(
            f"{result['size']:>9,.0f} {result['happenings']:>10,.0f} {result['events']:>9,.0f} "
            f"{result['seconds']:>8.2f} {result['cpu']:>8.2f} {result['peak_mb']:>8.0f} "
            f"{result['precision']:>9.4f} {result['recall']:>7.4f}",
            flush=True,
        )
    if len(results) > 1:
        first, last = results[0], results[-1]
        n0, n1 = first["size"], last["size"]
        print(
            f"growth {n0:,.0f} -> {n1:,.0f}: time x{last['seconds'] / first['seconds']:.1f}, "
            f"cpu time x{last['cpu'] / first['cpu']:.1f}, n x{n1 / n0:.0f}, "
            f"n log n x{n1 * math.log(n1) / (n0 * math.log(n0)):.1f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
