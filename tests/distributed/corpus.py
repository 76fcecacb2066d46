"""A generated corpus of wire stories with known duplicates.

Each happening (a meeting, a visit, a phone call, a summit) is reported by
one to four outlets, each in its own words and with its own precision:
a full date, a weekday relative to the publication date, or an
announcement published before it. Beside them stand near misses that
must stay apart: the same leader meeting someone else that day, the same
two leaders meeting again weeks later.
"""

from __future__ import annotations

import datetime as dt
import random

import attrs

from timeline.model import Document

LEADERS = (
    ("Kassym-Jomart Tokayev", "Kazakh President", "Kazakhstan", "Astana"),
    ("Xi Jinping", "Chinese President", "China", "Beijing"),
    ("Vladimir Putin", "Russian President", "Russia", "Moscow"),
    ("Shavkat Mirziyoyev", "Uzbek President", "Uzbekistan", "Tashkent"),
    ("Sadyr Japarov", "Kyrgyz President", "Kyrgyzstan", "Bishkek"),
    ("Emomali Rahmon", "Tajik President", "Tajikistan", "Dushanbe"),
    ("Recep Tayyip Erdogan", "Turkish President", "Turkey", "Ankara"),
    ("Narendra Modi", "Indian Prime Minister", "India", "New Delhi"),
    ("Emmanuel Macron", "French President", "France", "Paris"),
    ("Olaf Scholz", "German Chancellor", "Germany", "Berlin"),
    ("Ilham Aliyev", "Azerbaijani President", "Azerbaijan", "Baku"),
    ("Alexander Lukashenko", "Belarusian President", "Belarus", "Minsk"),
)
FOREIGN_MINISTERS = (
    ("Wang Yi", "Chinese Foreign Minister"),
    ("Sergey Lavrov", "Russian Foreign Minister"),
    ("Hakan Fidan", "Turkish Foreign Minister"),
    ("Antony Blinken", "U.S. Secretary of State"),
)
SUMMITS = (
    ("Shanghai Cooperation Organization summit", "SCO summit"),
    ("Conference on Interaction and Confidence-Building Measures in Asia", "CICA summit"),
    ("Organization of Turkic States summit", "Turkic summit"),
)
OUTLETS = ("Xinhua", "Kazinform", "TASS", "Reuters", "Trend", "AKIpress", "Anadolu", "Interfax")
TOPICS = (
    "trade and investment",
    "energy and transport corridors",
    "regional security",
    "cultural and humanitarian ties",
    "cooperation in agriculture",
)
# Background paragraphs that wire stories carry around the news, to give articles a realistic length.
BACKGROUND = (
    "Bilateral trade reached {amount} billion dollars last year, according to official figures.",
    "Analysts noted that energy and transport remain the main areas of cooperation.",
    "The region has seen growing investment in logistics and processing over the past decade.",
    "Officials said that preparations for further contacts at various levels were under way.",
    "Exports of grain, metals and machinery have risen steadily since {year}.",
    "Experts expect the new rail and road corridors to shorten delivery times considerably.",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@attrs.frozen(slots=True, kw_only=True)
class Corpus:
    documents: tuple[Document, ...]
    happenings: int
    near_misses: int


def _month_day(day: dt.date) -> str:
    return f"{day:%B} {day.day}"


def _full(day: dt.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


class _Writer:
    def __init__(self, seed: int, background: int) -> None:
        self.random = random.Random(seed)
        self.background = background
        self.documents: list[Document] = []

    def publish(self, text: str, published: dt.date, outlet: str) -> None:
        number = len(self.documents)
        paragraphs = [
            self.random.choice(BACKGROUND).format(
                amount=self.random.randrange(2, 40), year=self.random.randrange(2005, 2020)
            )
            for _ in range(self.background)
        ]
        text = "\n\n".join([text, *paragraphs])
        self.documents.append(
            Document(
                text=text,
                published=published,
                outlet=outlet,
                id=f"wire-{number:05d}",
                url=f"https://news.example.org/{outlet.lower()}/{number:05d}",
            )
        )

    def outlets(self, count: int) -> list[str]:
        return self.random.sample(OUTLETS, count)

    def topic(self) -> str:
        return self.random.choice(TOPICS)

    def meeting(self, host: tuple[str, ...], guest: tuple[str, str], day: dt.date, reports: int) -> None:
        name, title, _country, city = host
        guest_name, guest_title = guest
        surname, guest_surname = name.split()[-1], guest_name.split()[-1]
        stories = [
            (
                f"{city.upper()}, {_month_day(day)} -- {title} {name} on {WEEKDAYS[day.weekday()]} met with "
                f"{guest_title} {guest_name} in {city}. The two sides discussed {self.topic()}.",
                day,
            ),
            (
                f"{surname} held talks with {guest_name} in {city} on {_full(day)}, the presidential press "
                f"service said. They focused on {self.topic()}.",
                day + dt.timedelta(days=1),
            ),
            (
                f"{title} {name} received {guest_title} {guest_name} on {_month_day(day)}. "
                f"{surname} and {guest_surname} agreed to expand {self.topic()}.",
                day + dt.timedelta(days=self.random.choice((0, 1, 2))),
            ),
            (
                f"{guest_name} met {name} in {city} on {WEEKDAYS[day.weekday()]}, discussing {self.topic()}.",
                day + dt.timedelta(days=1),
            ),
        ]
        for (text, published), outlet in zip(stories[:reports], self.outlets(reports), strict=True):
            self.publish(text, published, outlet)

    def visit(self, visitor: tuple[str, ...], host: tuple[str, ...], day: dt.date, reports: int) -> None:
        name, title, _country, _city = visitor
        _host_name, _host_title, country, city = host
        surname = name.split()[-1]
        announced = day - dt.timedelta(days=self.random.choice((3, 4, 5)))
        stories = [
            (f"{title} {name} arrived in {city} on {_full(day)} for a state visit to {country}.", day),
            (
                f"{title} {name} will pay a state visit to {country} next week, his office said on "
                f"{WEEKDAYS[announced.weekday()]}.",
                announced,
            ),
            (
                f"{surname} began a state visit to {country} on {WEEKDAYS[day.weekday()]}, "
                f"with talks on {self.topic()} expected.",
                day,
            ),
            (f"During his visit to {country} on {_month_day(day)}, {surname} toured {city}.", day),
        ]
        for (text, published), outlet in zip(stories[:reports], self.outlets(reports), strict=True):
            self.publish(text, published, outlet)

    def call(self, first: tuple[str, ...], second: tuple[str, ...], day: dt.date, reports: int) -> None:
        name, title, *_rest = first
        other, other_title, *_rest = second
        stories = [
            (
                f"{title} {name} held a telephone conversation with {other_title} {other} on "
                f"{_full(day)}, discussing {self.topic()}.",
                day,
            ),
            (
                f"{other.split()[-1]} and {name.split()[-1]} spoke by phone on {WEEKDAYS[day.weekday()]} "
                f"about {self.topic()}.",
                day + dt.timedelta(days=1),
            ),
            (f"In a phone call on {_month_day(day)}, {name} and {other} discussed {self.topic()}.", day),
        ]
        for (text, published), outlet in zip(stories[:reports], self.outlets(reports), strict=True):
            self.publish(text, published, outlet)

    def summit(self, summit: tuple[str, str], host: tuple[str, ...], day: dt.date, reports: int) -> None:
        full_name, short_name = summit
        _name, _title, _country, city = host
        leaders = self.random.sample(LEADERS, 2)
        stories = [
            (f"Leaders gathered in {city} for the {full_name} on {_full(day)}.", day),
            (
                f"{leaders[0][0]} and {leaders[1][0]} attended the {short_name} in {city} on "
                f"{WEEKDAYS[day.weekday()]}.",
                day,
            ),
            (f"The {short_name} opened in {city} on {_month_day(day)} with talks on {self.topic()}.", day),
            (f"Heads of state met at a summit in {city} on {_full(day)}.", day + dt.timedelta(days=1)),
        ]
        for (text, published), outlet in zip(stories[:reports], self.outlets(reports), strict=True):
            self.publish(text, published, outlet)


def generate(articles: int, *, seed: int = 7, background: int = 0) -> Corpus:
    """About `articles` wire stories: happenings with 1-4 reports each, and near misses.

    Each story carries `background` paragraphs of context after the news.
    """
    writer = _Writer(seed, background)
    pick = writer.random
    start = dt.date(2023, 1, 2)
    happenings = near_misses = 0
    while len(writer.documents) < articles:
        day = start + dt.timedelta(days=pick.randrange(3 * 365))
        reports = pick.choice((1, 2, 2, 3, 3, 4))
        kind = pick.choice(("meeting", "meeting", "visit", "call", "summit"))
        host, other = pick.sample(LEADERS, 2)
        happenings += 1
        if kind == "meeting":
            guest = pick.choice((*FOREIGN_MINISTERS, other[:2]))
            writer.meeting(host, guest, day, reports)
            if pick.random() < 0.3:
                # the same host meets someone else that day, and the same pair meets again weeks later
                others = [leader[:2] for leader in LEADERS if leader[0] not in (host[0], guest[0])]
                writer.meeting(host, pick.choice(others), day, 1)
                writer.meeting(host, guest, day + dt.timedelta(days=pick.randrange(20, 60)), 1)
                near_misses += 2
        elif kind == "visit":
            writer.visit(host, other, day, reports)
        elif kind == "call":
            writer.call(host, other, day, min(reports, 3))
        else:
            writer.summit(pick.choice(SUMMITS), host, day, reports)
    return Corpus(documents=tuple(writer.documents), happenings=happenings, near_misses=near_misses)
