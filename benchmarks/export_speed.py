"""Speed and peak memory of every export on a large synthetic timeline.

    python benchmarks/export_speed.py [--events 100000]

Builds ``--events`` synthetic events (every kind; day, multi-day, time,
week, month, season, year and unknown dates; one to three reports each from
a pool of outlets) and writes them as JSON, iCalendar, Markdown and
TimelineJS, each format in its own process so that its peak memory (maximum
resident set size) is its own. Prints seconds, output size, peak memory and
the time relative to the JSON export measured in the same run. The target
for iCalendar is 10 s for 100,000 events.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable

import timeline
from timeline import (
    Agreement,
    Amount,
    Call,
    DocumentRef,
    Event,
    Meeting,
    Organization,
    Other,
    Person,
    Place,
    Source,
    Statement,
    Status,
    Summit,
    Timeline,
    Visit,
    When,
)

FORMATS: dict[str, Callable[[Timeline], bytes]] = {
    "json": lambda t: timeline.to_json(t).encode(),
    "ics": timeline.to_ics,
    "markdown": lambda t: timeline.to_markdown(t).encode(),
    "timelinejs": lambda t: timeline.to_timelinejs(t).encode(),
}
PEOPLE = [
    Person(name="Kassym-Jomart Tokayev", title="President", country="KAZ"),
    Person(name="Xi Jinping", title="President", country="CHN"),
    Person(name="Wang Yi", title="Foreign Minister", country="CHN"),
    Person(name="Murat Nurtleu", title="Foreign Minister", country="KAZ"),
    Person(name="Emomali Rahmon", title="President", country="TJK"),
    Person(name="Shavkat Mirziyoyev", title="President", country="UZB"),
]
ORGANIZATIONS = [Organization(name="Shanghai Cooperation Organisation", acronym="SCO", international=True)]
PLACES = [
    Place(name=name, country=code)
    for name, code in [
        ("Astana", "KAZ"),
        ("Beijing", "CHN"),
        ("Dushanbe", "TJK"),
        ("Tashkent", "UZB"),
        ("Urumqi", "CHN"),
    ]
]
OUTLETS = ["Xinhua", "The Astana Times", "Daryo", "Kazinform", "AKIpress", "Trend", "ANKASAM", "Akorda"]
WORDS = [
    "talks",
    "cooperation",
    "investment",
    "energy",
    "transport",
    "trade",
    "security",
    "visit",
    "agreement",
    "forum",
]


def _when(rng: random.Random) -> When:
    day = dt.date(1995, 1, 1) + dt.timedelta(days=rng.randrange(30 * 365))
    roll = rng.random()
    if roll < 0.55:
        return When.day(day)
    if roll < 0.65:
        return When.span(day, day + dt.timedelta(days=rng.randint(1, 4)))
    if roll < 0.70:
        return When.from_timex(f"{day.isoformat()}T{rng.randint(8, 20):02d}:00")
    if roll < 0.75:
        return When.from_timex(f"{day.year}-W{rng.randint(1, 52):02d}")
    if roll < 0.85:
        return When.from_timex(f"{day.year}-{day.month:02d}")
    if roll < 0.88:
        return When.from_timex(f"{day.year}-{rng.choice(['SP', 'SU', 'FA', 'WI'])}")
    if roll < 0.95:
        return When.from_timex(str(day.year), rng.choice([None, "START", "END"]))
    return When.from_timex(rng.choice([f"XXXX-{day.month:02d}-{day.day:02d}", "FUTURE_REF", "PAST_REF"]))


def synthetic_timeline(count: int, seed: int = 0) -> Timeline:
    rng = random.Random(seed)
    documents = [
        DocumentRef(
            id=f"doc-{number}",
            published=dt.date(1995, 1, 1) + dt.timedelta(days=rng.randrange(30 * 365)),
            url=f"https://news.example.org/{number}/story.html",
            outlet=rng.choice(OUTLETS),
        )
        for number in range(max(count // 20, 1))
    ]
    kinds: list[type[Event]] = [Meeting, Visit, Agreement, Summit, Call, Statement, Other]
    events: list[Event] = []
    for number in range(count):
        kind = kinds[number % len(kinds)]
        people = tuple(rng.sample(PEOPLE, rng.randint(1, 3)))
        title = f"{people[0].name} {rng.choice(WORDS)} {rng.choice(WORDS)} #{number}"
        reports = rng.sample(documents, min(len(documents), rng.randint(1, 3)))
        sources = tuple(
            Source(
                document=d.id,
                evidence=f"{title}, officials said on {d.published}.",
                start=100,
                end=160,
                url=d.url,
                outlet=d.outlet,
                published=d.published,
            )
            for d in reports
        )
        extra: dict[str, object] = {
            Visit: {"visitor": people[0], "host_country": "KAZ", "visit_type": "official"},
            Agreement: {
                "instrument": "memorandum",
                "amount": Amount(value=1.5e9, currency="USD", text="$1.5 billion"),
            },
            Summit: {"name": "SCO summit"},
            Call: {"medium": "phone"},
            Statement: {"label": "joint statement"},
            Other: {"label": "milestone"},
        }.get(kind, {})
        events.append(
            kind(
                id=f"ev-{number:08d}",
                title=title,
                when=_when(rng),
                status=rng.choice([Status.HAPPENED] * 8 + [Status.PLANNED, Status.CANCELLED]),
                participants=(*people, *ORGANIZATIONS[: number % 2]),
                countries=tuple({p.country for p in people if p.country}),
                location=rng.choice([None, *PLACES]),
                sources=sources,
                **extra,  # type: ignore[arg-type]
            )
        )
    return Timeline(events=events, documents=documents)


def measure(name: str, count: int) -> dict[str, float]:
    """Runs in a child process: one export of `count` events."""
    start = time.perf_counter()
    chronology = synthetic_timeline(count)
    built = time.perf_counter() - start
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    data = FORMATS[name](chronology)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "seconds": seconds,
        "build_seconds": built,
        "bytes": len(data),
        "baseline_mb": baseline / 1024,
        "peak_mb": peak / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--child", choices=sorted(FORMATS), help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        print(json.dumps(measure(arguments.child, arguments.events)))
        return
    results = {}
    for name in FORMATS:
        child = subprocess.run(
            [sys.executable, __file__, "--events", str(arguments.events), "--child", name],
            capture_output=True,
            text=True,
            check=True,
        )
        results[name] = json.loads(child.stdout)
    print(
        f"{arguments.events:,} synthetic events (building them took "
        f"{results['json']['build_seconds']:.1f} s, {results['json']['baseline_mb']:.0f} MB resident)"
    )
    print(
        f"{'format':<11} {'seconds':>8} {'x JSON':>7} {'events/s':>10} {'output MB':>10} "
        f"{'peak MB':>8} {'+ MB':>6}"
    )
    for name, result in results.items():
        ratio = result["seconds"] / results["json"]["seconds"]
        rate = arguments.events / result["seconds"]
        print(
            f"{name:<11} {result['seconds']:>8.2f} {ratio:>7.2f} {rate:>10,.0f} "
            f"{result['bytes'] / 1e6:>10.1f} {result['peak_mb']:>8.0f} "
            f"{result['peak_mb'] - result['baseline_mb']:>6.0f}"
        )
    verdict = "within" if results["ics"]["seconds"] <= 10 * arguments.events / 100_000 else "OVER"
    print(f"iCalendar: {verdict} the target of 10 s per 100,000 events")


if __name__ == "__main__":
    main()
