"""Calendar arithmetic: a `DateExpr` plus the publication date -> a date and its precision.

Conventions (wire copy):
- weekdays: "on Friday" is the most recent Friday on or before publication (publication day
  itself when it is a Friday); "last Friday" the one strictly before; in future tense the
  next one on or after publication; "next Friday" the first strictly after.
- a month without a year ("in July") is the most recent such month up to publication, or
  the next one from publication in future tense; a day without a year ("Dec. 3") likewise,
  and the nearer of the two when the tense is unknown.
- precision "week": the date is the Monday of that week ("last week", "two weeks ago");
  "month"/"year": the first day of the period. A weekend is its Saturday, at day precision.
- method: "explicit" for calendar names (Dec. 3, July, 2015), "relative" for deictic days
  (yesterday, on Friday, two days ago), "period" for deictic coarse periods (last week,
  this month, earlier this year, three years ago).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .expressions import DateExpr

PAST_QUALIFIERS = frozenset({"last", "past", "previous", "the past", "the previous", "late last",
                             "early last"})
THIS_QUALIFIERS = frozenset({"this", "earlier this", "later this", "early this", "earlier in the",
                             "later in the"})
NEXT_QUALIFIERS = frozenset({"next", "coming", "the coming"})
FUTURE_WORDS = NEXT_QUALIFIERS | {"later this", "later in the", "tomorrow"}


@dataclass(frozen=True, slots=True)
class Resolved:
    date: date
    precision: str  # day | week | month | year
    method: str  # explicit | relative | period
    future: bool  # after the publication date (or says so: "later this year", "next week")


def resolve(expr: DateExpr, pub: date | None, direction: str = "unknown") -> Resolved | None:
    """direction: "past" | "future" | "unknown", the tense of the verb the expression
    modifies. Without a publication date only expressions that name their year resolve."""
    if pub is None:
        return _absolute(expr)
    if expr.kind in ("iso", "mdy", "dmy", "my") or (expr.kind == "year"):
        got = _absolute(expr)
        return None if got is None else _flag(got, pub, expr)
    got = _relative(expr, pub, direction)
    return None if got is None else _flag(got, pub, expr)


def monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _absolute(expr: DateExpr) -> Resolved | None:
    try:
        if expr.kind in ("iso", "mdy", "dmy") and expr.year and expr.month and expr.day:
            return Resolved(date(expr.year, expr.month, expr.day), "day", "explicit", False)
        if expr.kind == "my" and expr.year and expr.month:
            return Resolved(date(expr.year, expr.month, 1), "month", "explicit", False)
        if expr.kind == "year" and expr.year:
            return Resolved(date(expr.year, 1, 1), "year", "explicit", False)
    except ValueError:  # "Feb. 30, 2017"
        return None
    return None


def _relative(expr: DateExpr, pub: date, direction: str) -> Resolved | None:
    kind, q = expr.kind, expr.qualifier
    if kind in ("md", "dm"):
        d = _day_in_year(expr.month or 0, expr.day or 0, pub, direction)
        return None if d is None else Resolved(d, "day", "explicit", False)
    if kind == "month":
        y, m = _month_near(expr.month or 0, pub, direction)
        return Resolved(date(y, m, 1), "month", "explicit", False)
    if kind == "weekday":
        return Resolved(_weekday(expr.weekday or 0, q, pub, direction), "day", "relative", False)
    if kind == "relday":
        shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(q or "", 0)
        return Resolved(pub + timedelta(days=shift), "day", "relative", False)
    if kind == "ago" and expr.n:
        return _ago(expr.unit or "", expr.n, pub)
    if kind == "period":
        return _period(expr.unit or "", q or "", pub)
    return None


def _day_in_year(month: int, day: int, pub: date, direction: str) -> date | None:
    options = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            options.append(date(y, month, day))
        except ValueError:
            continue
    if not options:
        return None
    if direction == "future":
        later = [d for d in options if d >= pub]
        return min(later) if later else None
    if direction == "past":
        earlier = [d for d in options if d <= pub]
        return max(earlier) if earlier else None
    return min(options, key=lambda d: (abs((d - pub).days), d > pub))


def _month_near(month: int, pub: date, direction: str) -> tuple[int, int]:
    if direction == "future":
        return (pub.year, month) if month >= pub.month else (pub.year + 1, month)
    return (pub.year, month) if month <= pub.month else (pub.year - 1, month)


def _weekday(wd: int, q: str | None, pub: date, direction: str) -> date:
    back = (pub.weekday() - wd) % 7  # days since the most recent such weekday (0 = today)
    ahead = (wd - pub.weekday()) % 7
    if q == "last":
        return pub - timedelta(days=back or 7)
    if q == "next":
        return pub + timedelta(days=ahead or 7)
    if direction == "future":
        return pub + timedelta(days=ahead)
    return pub - timedelta(days=back)


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _ago(unit: str, n: int, pub: date) -> Resolved | None:
    if unit == "day":
        return Resolved(pub - timedelta(days=n), "day", "relative", False)
    if unit == "week":
        if n == 1:  # "a week ago": that day
            return Resolved(pub - timedelta(days=7), "day", "relative", False)
        return Resolved(monday(pub - timedelta(weeks=n)), "week", "period", False)
    if unit == "month":
        y, m = _add_months(pub.year, pub.month, -n)
        return Resolved(date(y, m, 1), "month", "period", False)
    if unit == "year":
        return Resolved(date(pub.year - n, 1, 1), "year", "period", False)
    return None


def _period(unit: str, q: str, pub: date) -> Resolved | None:
    step = -1 if q in PAST_QUALIFIERS else 1 if q in NEXT_QUALIFIERS else 0
    if q in ("over the", "at the") and unit != "weekend":
        return None
    if unit == "weekend":
        saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)  # on or before publication
        if step < 0 and pub.weekday() >= 5:
            saturday -= timedelta(days=7)
        elif step > 0:
            saturday += timedelta(days=7)
        return Resolved(saturday, "day", "relative", False)
    if unit == "week":
        return Resolved(monday(pub) + timedelta(weeks=step), "week", "period", False)
    if unit == "month":
        y, m = _add_months(pub.year, pub.month, step)
        return Resolved(date(y, m, 1), "month", "period", False)
    if unit == "year":
        return Resolved(date(pub.year + step, 1, 1), "year", "period", False)
    return None


def _flag(r: Resolved, pub: date, expr: DateExpr) -> Resolved:
    """Mark results that lie after publication, or that say they will."""
    start = {"day": pub, "week": monday(pub), "month": pub.replace(day=1),
             "year": pub.replace(month=1, day=1)}[r.precision]
    future = r.date > start or (expr.qualifier or "") in FUTURE_WORDS
    return r if future == r.future else Resolved(r.date, r.precision, r.method, future)
