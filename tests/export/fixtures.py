"""A hand-made timeline of realistic events, and a fixed set of hostile ones.

`sample_timeline` covers every event kind, every date precision the exports
treat differently (day, time, multi-day range, week, month, season,
quarter, half, year, decade, modifiers, year-less and vague dates), every
status, merged events with several sources, and documents with and without
dates and URLs. `hostile_timeline` puts text that breaks naive writers in
every free-text field.
"""

from __future__ import annotations

import datetime as dt

from timeline import (
    Agreement,
    Amount,
    Attribution,
    Call,
    Document,
    DocumentRef,
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

TOKAYEV = Person(name="Kassym-Jomart Tokayev", title="President", country="KAZ")
XI = Person(name="Xi Jinping", title="President", country="CHN")
WANG_YI = Person(name="Wang Yi", title="Foreign Minister", country="CHN")
NURTLEU = Person(name="Murat Nurtleu", title="Deputy Prime Minister and Foreign Minister", country="KAZ")
RAHMON = Person(name="Emomali Rahmon", title="President", country="TJK")
MAO_NING = Person(name="Mao Ning", title="Foreign Ministry Spokesperson", country="CHN")
ZOU = Person(name="Zou Jiayi", title="President of the AIIB", country="CHN")
AIIB = Organization(name="Asian Infrastructure Investment Bank", acronym="AIIB", international=True)
SCO = Organization(name="Shanghai Cooperation Organisation", acronym="SCO", international=True)
SAMRUK = Organization(name="Samruk-Kazyna", country="KAZ")

ASTANA = Place(name="Astana", country="KAZ")
BEIJING = Place(name="Beijing", country="CHN")
DUSHANBE = Place(name="Dushanbe", country="TJK")
URUMQI = Place(name="Urumqi", country="CHN")

XINHUA = DocumentRef(
    id="xinhua-2024-05-21",
    published=dt.date(2024, 5, 21),
    published_from="metadata",
    url="https://english.www.gov.cn/news/202405/21/content_WS664ea0adc6d0868f4e8e75c1.html",
    outlet="Xinhua (via english.www.gov.cn)",
    title="Kazakh President Tokayev meets with Chinese FM",
)
ASTANA_TIMES = DocumentRef(
    id="astanatimes-112068", url="https://astanatimes.com/?p=112068", outlet="The Astana Times"
)
ANKASAM = DocumentRef(
    id="ankasam-2024-07",
    published=dt.date(2024, 7, 2),
    published_from="text",
    url="https://www.ankasam.org/anka-analizler/cinin-kazakistan-ve-tacikistanla-isbirligi-arayislari/?lang=en",
    outlet="ANKASAM",
)
DARYO = DocumentRef(
    id="daryo-2024-06-27",
    published=dt.date(2024, 6, 27),
    published_from="metadata",
    url="https://daryo.uz/en/2024/06/27/kazakhstan-and-china-advance-investment-cooperation-in-urumqi-talks",
    outlet="Daryo",
)
AKORDA = DocumentRef(id="akorda-2024-07-03", published=dt.date(2024, 7, 3), outlet="Akorda")
UNDATED = DocumentRef(id="daryo-undated", outlet="Daryo")


def _source(document: DocumentRef, evidence: str, start: int = 0) -> Source:
    return Source(
        document=document.id,
        evidence=evidence,
        start=start,
        end=start + len(evidence),
        url=document.url,
        outlet=document.outlet,
        published=document.published,
    )


def sample_events() -> list[object]:
    """Realistic events of every kind, precision and status."""
    return [
        Meeting(
            id="ev-tokayev-wang-2024-05-20",
            title="Tokayev meets Chinese Foreign Minister Wang Yi",
            when=When.from_timex("2024-05-20"),
            participants=(TOKAYEV, WANG_YI),
            countries=("KAZ", "CHN"),
            location=ASTANA,
            sources=(
                _source(
                    XINHUA,
                    "Kazakh President Kassym-Jomart Tokayev on Monday met here with Chinese "
                    "Foreign Minister Wang Yi.",
                    120,
                ),
            ),
        ),
        Meeting(
            id="ev-wang-nurtleu-2024-05-20",
            title="Wang Yi holds talks with Murat Nurtleu",
            when=When.from_timex("2024-05-20T15:00"),
            participants=(WANG_YI, NURTLEU),
            countries=("KAZ", "CHN"),
            location=ASTANA,
            sources=(
                _source(
                    XINHUA,
                    "Wang also held talks with Kazakhstan's Deputy Prime Minister and "
                    "Foreign Minister Murat Nurtleu.",
                    1400,
                ),
            ),
        ),
        Visit(
            id="ev-xi-state-visit-kaz-2024-07",
            title="Xi Jinping's state visit to Kazakhstan",
            when=When.from_timex("2024-07-02/2024-07-04"),
            status=Status.HAPPENED,
            participants=(XI, TOKAYEV),
            countries=("CHN", "KAZ"),
            location=ASTANA,
            visitor=XI,
            host_country="KAZ",
            visit_type="state",
            sources=(
                _source(
                    ANKASAM,
                    "Chinese President Xi Jinping will soon pay official visits to meet with "
                    "Kazakh President Kassym Jomart Tokayev and Tajik President Emomali Rahmon.",
                    300,
                ),
                _source(AKORDA, "Xi Jinping arrived in Astana on a state visit on July 2.", 10),
            ),
            attributions=(
                Attribution(field="when", value="2024-07-02/2024-07-04", documents=(AKORDA.id,)),
                Attribution(field="status", value="planned", documents=(ANKASAM.id,)),
                Attribution(field="status", value="happened", documents=(AKORDA.id,)),
            ),
        ),
        Visit(
            id="ev-xi-visit-tjk-2024-07",
            title="Xi Jinping to visit Tajikistan",
            when=When.from_timex("2024-07-05"),
            status=Status.PLANNED,
            participants=(XI, RAHMON),
            countries=("CHN", "TJK"),
            location=DUSHANBE,
            visitor=XI,
            host_country="TJK",
            visit_type="state",
            sources=(_source(ANKASAM, "Xi's visit to Tajikistan will be the first in five years.", 900),),
        ),
        Visit(
            id="ev-cancelled-visit-2024-w40",
            title="Planned visit of a Kazakh trade delegation to Urumqi",
            when=When.from_timex("2024-W40"),
            status=Status.CANCELLED,
            countries=("KAZ", "CHN"),
            location=URUMQI,
            host_country="CHN",
            visit_type="working",
            sources=(
                _source(
                    DARYO, "The delegation's trip to Urumqi planned for early October was called off.", 2100
                ),
            ),
        ),
        Statement(
            id="ev-mao-ning-2024-07-01",
            title="China announces Xi's visits to Kazakhstan and Tajikistan",
            when=When.from_timex("2024-07-01"),
            participants=(MAO_NING,),
            countries=("CHN", "KAZ", "TJK"),
            location=BEIJING,
            label="visits announced",
            sources=(
                _source(
                    ANKASAM,
                    "On July 1, 2024, Chinese Foreign Ministry Spokesperson Mao Ning stated "
                    "that Chinese President Xi Jinping will soon pay official visits.",
                    0,
                ),
            ),
        ),
        Meeting(
            id="ev-ma-zhumangarin-2024-06-25",
            title="Ma Xingrui and Serik Zhumangarin discuss investment in Urumqi",
            when=When.from_timex("2024-06-25"),
            participants=(
                Person(name="Ma Xingrui", title="Party Secretary of Xinjiang", country="CHN"),
                Person(name="Serik Zhumangarin", title="Deputy Prime Minister", country="KAZ"),
            ),
            countries=("CHN", "KAZ"),
            location=URUMQI,
            sources=(
                _source(
                    DARYO,
                    "A stride in investment cooperation between Kazakhstan and China was "
                    "proposed on June 25 during a bilateral meeting held in Urumqi.",
                    0,
                ),
            ),
        ),
        Summit(
            id="ev-sco-summit-2024-07",
            title="SCO summit in Astana",
            when=When.from_timex("2024-07-03/2024-07-04"),
            participants=(SCO, XI, TOKAYEV),
            countries=("KAZ", "CHN", "RUS", "TJK", "KGZ", "UZB"),
            location=ASTANA,
            name="Council of Heads of State of the SCO",
            sources=(_source(AKORDA, "The SCO summit opens in Astana on July 3.", 400),),
        ),
        Call(
            id="ev-call-2024-q1",
            title="Phone call between Tokayev and Xi",
            when=When.from_timex("2024-Q1"),
            participants=(TOKAYEV, XI),
            countries=("KAZ", "CHN"),
            medium="phone",
            sources=(_source(AKORDA, "Earlier this year the two leaders spoke by phone.", 800),),
        ),
        Statement(
            id="ev-tajik-community-2023-05",
            title="China and Tajikistan announce a community with a shared future",
            when=When.from_timex("2023-05"),
            participants=(XI, RAHMON),
            countries=("CHN", "TJK"),
            label="community with a shared future",
            sources=(
                _source(
                    ANKASAM,
                    "In May 2023, the two leaders jointly announced the establishment of a "
                    "China-Tajikistan community with a shared future.",
                    2500,
                ),
            ),
        ),
        Meeting(
            id="ev-xi-tokayev-2023",
            title="Xi and Tokayev meet in Xi'an",
            when=When.from_timex("2023"),
            participants=(XI, TOKAYEV),
            countries=("CHN", "KAZ"),
            location=Place(name="Xi'an", country="CHN"),
            sources=(
                _source(ANKASAM, "In 2023, the two state leaders met twice in Xi'an and Beijing.", 2700),
            ),
        ),
        Summit(
            id="ev-forum-2023-su",
            title="Kazakhstan-China business forum",
            when=When.from_timex("2023-SU"),
            countries=("KAZ", "CHN"),
            name="Kazakhstan-China Business Council",
            sources=(_source(DARYO, "The business council met last summer.", 3000),),
        ),
        Agreement(
            id="ev-samruk-loan-2011",
            title="China lends $1.7 billion to Samruk-Kazyna",
            when=When.from_timex("2011", "START"),
            participants=(SAMRUK,),
            countries=("CHN", "KAZ"),
            instrument="loan",
            parties=("China", "Samruk-Kazyna"),
            amount=Amount(value=1.7e9, currency="USD", text="$1.7 billion"),
            sources=(
                _source(
                    ANKASAM,
                    "In early 2011, for example, Beijing provided a $1.7 billion loan for "
                    "Kazakhstan's National Welfare Fund Samruk-Kazyna.",
                    3300,
                ),
            ),
        ),
        Agreement(
            id="ev-tajik-highway-2006-h2",
            title="Investment agreements on the Tajikistan-China highway",
            when=When.from_timex("2006-H2"),
            countries=("CHN", "TJK"),
            instrument="investment agreement",
            sources=(
                _source(
                    ANKASAM,
                    "In 2006, investment agreements were signed on the reconstruction of "
                    "the Tajikistan-China highway.",
                    3600,
                ),
            ),
        ),
        Other(
            id="ev-relations-1992",
            title="Kazakhstan and China establish diplomatic relations",
            when=When.from_timex("1992-01-03"),
            countries=("CHN", "KAZ"),
            label="establishment of diplomatic relations",
            sources=(
                _source(UNDATED, "Diplomatic ties between Beijing and Astana were solidified in 1991.", 500),
                _source(ANKASAM, "in the 32 years since the establishment of diplomatic relations", 4000),
            ),
            attributions=(
                Attribution(field="when", value="1991", documents=(UNDATED.id,)),
                Attribution(field="when", value="1992-01-03", documents=(ANKASAM.id,)),
            ),
        ),
        Other(
            id="ev-sco-founding-2001",
            title="Founding of the Shanghai Cooperation Organisation",
            when=When.from_timex("2001-06-15"),
            participants=(SCO,),
            countries=("CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"),
            location=Place(name="Shanghai", country="CHN"),
            label="founding of the SCO",
            sources=(
                _source(
                    UNDATED,
                    "The two nations stand as pioneering members of the Shanghai "
                    "Cooperation Organisation (SCO).",
                    700,
                ),
            ),
        ),
        Statement(
            id="ev-silk-road-1990s",
            title="Revival of overland trade along the old Silk Road",
            when=When.from_timex("199"),
            countries=("CHN", "KAZ"),
            sources=(_source(UNDATED, "Overland trade revived in the 1990s.", 900),),
        ),
        Meeting(
            id="ev-tokayev-cai-feb-9",
            title="Tokayev meets Sunwah Group Chairman Cai Guanxian",
            when=When.from_timex("XXXX-02-09"),
            participants=(
                TOKAYEV,
                Person(name="Cai Guanxian", title="Chairman of Sunwah Group"),
                Organization(name="Sunwah Group", country="HKG"),
            ),
            countries=("KAZ", "CHN"),
            location=ASTANA,
            sources=(
                _source(
                    ASTANA_TIMES,
                    "high-level talks on Feb. 9 between President Kassym-Jomart "
                    "Tokayev and Sunwah Group Chairman Cai Guanxian",
                    10,
                ),
            ),
        ),
        Agreement(
            id="ev-aiib-framework",
            title="Kazakhstan and the AIIB sign a Partnership Framework Agreement",
            countries=("KAZ",),
            location=ASTANA,
            participants=(AIIB, ZOU),
            instrument="Partnership Framework Agreement",
            parties=("Kazakhstan", "Asian Infrastructure Investment Bank"),
            sources=(
                _source(ASTANA_TIMES, "He welcomed the signing of a Partnership Framework Agreement", 900),
            ),
        ),
        Summit(
            id="ev-interregional-forum",
            title="Third Kazakhstan-China interregional cooperation forum",
            when=When.from_timex("FUTURE_REF"),
            status=Status.PLANNED,
            countries=("KAZ", "CHN"),
            location=URUMQI,
            name="Forum of interregional cooperation 'Kazakhstan - China'",
            sources=(
                _source(
                    DARYO,
                    "The upcoming third forum of interregional cooperation "
                    "'Kazakhstan - China' in Urumqi marks a pivotal moment",
                    1500,
                ),
            ),
        ),
    ]


def sample_timeline() -> Timeline:
    documents = [XINHUA, ASTANA_TIMES, ANKASAM, DARYO, AKORDA, UNDATED]
    return Timeline(events=sample_events(), documents=documents)  # type: ignore[arg-type]


HOSTILE_TEXTS = (
    "Talks; agreed, signed\nBEGIN:VEVENT\nUID:evil\nEND:VEVENT",
    "END:VCALENDAR\r\nBEGIN:VCALENDAR",
    "back\\slash \\n \\, \\; and a trailing backslash\\",
    "pipes | in | a | table |\n| --- | --- |",
    "<script>alert('x')</script> <img src=x onerror=alert(1)> &amp; &lt;",
    "*bold* _em_ `code` ``` [link](javascript:alert(1)) ![img](x) [ref]: https://x.org",
    "# heading\n- item\n1. numbered\n> quote\n===",
    "controls \x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\x9f end",
    "emoji 🇰🇿🤝🇨🇳 👨‍👩‍👧 and combining é́",
    "Mermaid: colon; semicolon # hash %% comment %%{init: {}}%% section x",
    "long " + "x" * 400 + " é" * 200,
    "$1.7 billion and $5 billion ~strike~ ~~strike~~ a\u2028b\u2029c",
    "   ",
)


def hostile_events() -> list[object]:
    """Events with hostile text in the title, the names, the place, the evidence and the ids."""
    events: list[object] = []
    for number, text in enumerate(HOSTILE_TEXTS):
        person = Person(name=text if text.strip() else "x", title=text, country="KAZ")
        source = Source(
            document=f"doc;{number},\n{text[:20]}",
            evidence=text,
            start=0,
            end=len(text),
            url="https://example.org/news?id=" + str(number) + "&q=(a%20b)" if number % 2 else "javascript:x",
            outlet=text,
            published=dt.date(2024, 1, 1) + dt.timedelta(days=number),
        )
        when = [
            "2024-05-20",
            "2024-05",
            "2024",
            "2024-07-02/2024-07-04",
            "XXXX-02-09",
            "FUTURE_REF",
            "2024-W21",
            "0100-01-01",
            "9998",
            "2024-SU",
        ][number % 10]
        events.append(
            Meeting(
                id=f"ev-{number}; {text[:30]}",
                title=text,
                when=When.from_timex(when),
                status=list(Status)[number % 3],
                participants=(person, Organization(name=text if text.strip() else "y", acronym=text)),
                countries=("KAZ", "CHN"),
                location=Place(name=text if text.strip() else "z", country="COD"),
                sources=(source, source),
                attributions=(
                    Attribution(field="when", value=text or "v", documents=("a",)),
                    Attribution(field="when", value="other " + text, documents=("b",)),
                ),
            )
        )
    events.append(
        Other(
            id="ev-same-id",
            title="First of two events with one id",
            label=HOSTILE_TEXTS[0],
            when=When.from_timex("2024-01-01"),
        )
    )
    events.append(
        Other(
            id="ev-same-id",
            title="Second of two events with one id",
            label=HOSTILE_TEXTS[1],
            when=When.from_timex("2024-01-02"),
        )
    )
    return events


def hostile_timeline() -> Timeline:
    documents = [Document(text=text, id=f"doc-{n}", outlet=text).ref for n, text in enumerate(HOSTILE_TEXTS)]
    return Timeline(events=hostile_events(), documents=documents)  # type: ignore[arg-type]
