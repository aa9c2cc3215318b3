from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from kildespor.extract.dates import parse_date_line, parse_relative_age
from kildespor.extract.vocabulary import load_vocabulary

VOCAB = load_vocabulary("da")


@pytest.mark.parametrize(
    ("line", "expected", "clock"),
    [
        ("11/03/2022", date(2022, 3, 11), None),
        ("11.03.2022", date(2022, 3, 11), None),
        ("4. marts 2022", date(2022, 3, 4), None),
        ("04 januar 2010 kl. 08.50", date(2010, 1, 4), time(8, 50)),
        ("Publiceret 12.05.2023 kl. 14:32", date(2023, 5, 12), time(14, 32)),
        ("fredag d. 11. marts 2022", date(2022, 3, 11), None),
        ("March 4, 2022", date(2022, 3, 4), None),
        ("4 March 2022", date(2022, 3, 4), None),
        ("2022-03-04", date(2022, 3, 4), None),
        ("Opdateret 3. okt. 2021", date(2021, 10, 3), None),
    ],
)
def test_parse_date_line_formats(line: str, expected: date, clock: time | None) -> None:
    parsed = parse_date_line(line, VOCAB)
    assert parsed is not None
    assert parsed.value == expected
    assert parsed.time == clock


@pytest.mark.parametrize(
    "line",
    [
        "Papiret er dateret 4. marts 2022, og den er adresseret til ministeren.",
        "Han blev født 4. marts 1960 i Aarhus",
        "32/13/2022",
        "Lukasjenkos soldater nægter at gå i krig",
    ],
)
def test_parse_date_line_rejects_sentences(line: str) -> None:
    assert parse_date_line(line, VOCAB) is None


def test_parse_date_line_marks_update() -> None:
    parsed = parse_date_line("Opdateret 12.05.2023 kl. 16:01", VOCAB)
    assert parsed is not None and parsed.is_update


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("132 uger siden", timedelta(weeks=132)),
        ("for 3 timer siden", timedelta(hours=3)),
        ("i går", timedelta(days=1)),
        ("I dag", timedelta(0)),
        ("for to dage siden", timedelta(days=2)),
        ("2 days ago", timedelta(days=2)),
    ],
)
def test_parse_relative_age(line: str, expected: timedelta) -> None:
    assert parse_relative_age(line, VOCAB) == expected


@pytest.mark.parametrize("line", ["for længe siden", "132 bananer siden", "i morgen"])
def test_parse_relative_age_rejects(line: str) -> None:
    assert parse_relative_age(line, VOCAB) is None
