"""iCalendar rendering of upcoming deadlines with icalendar.

One VEVENT per fixed deadline: a one-minute event at the deadline time in
Europe/Brussels (the usual "23:59"), or an all-day event when the page gives
no time, with a DISPLAY reminder three days before. DTSTAMP comes from the
data so the same catalogue gives byte-identical calendars.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from icalendar import Alarm, Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from opportunities.i18n import gettext

from .items import BRUSSELS, FeedItem, colon, deadline_start, plain_text

PRODID = "-//wbi-catalogue//Opportunites etudiantes Wallonie-Bruxelles//FR"
UID_DOMAIN = "opportunities.wbi-catalogue"
REMINDER_BEFORE = timedelta(days=3)
TIMED_EVENT_LENGTH = timedelta(minutes=1)


def brussels_vtimezone() -> Timezone:
    """Europe/Brussels as the EU summer-time rule (in force since 1996), compact and stable."""
    tz = Timezone()
    tz.add("tzid", "Europe/Brussels")
    tz.add("x-lic-location", "Europe/Brussels")
    daylight = TimezoneDaylight()
    daylight.add("tzname", "CEST")
    daylight.add("tzoffsetfrom", timedelta(hours=1))
    daylight.add("tzoffsetto", timedelta(hours=2))
    daylight.add("dtstart", datetime(1970, 3, 29, 2, 0, 0))
    daylight.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1SU"})
    standard = TimezoneStandard()
    standard.add("tzname", "CET")
    standard.add("tzoffsetfrom", timedelta(hours=2))
    standard.add("tzoffsetto", timedelta(hours=1))
    standard.add("dtstart", datetime(1970, 10, 25, 3, 0, 0))
    standard.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1SU"})
    tz.add_component(daylight)
    tz.add_component(standard)
    return tz


def deadline_uid(row: dict[str, Any]) -> str:
    return f"{row['opportunity_id']}-{row['date']}@{UID_DOMAIN}"


def deadline_event(row: dict[str, Any], item: FeedItem) -> Event:
    title = plain_text(row["title"])
    start = deadline_start(row)
    event = Event()
    event.add("uid", deadline_uid(row))
    event.add("dtstamp", item.updated)
    deadline = gettext("Date limite")
    event.add("summary", f"{deadline}{colon()} {title}")
    event.add("dtstart", start)
    if isinstance(start, datetime):
        event.add("dtend", start + TIMED_EVENT_LENGTH)
    else:
        event.add("dtend", start + timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    event.add("url", item.link)
    event.add("description", item.text)
    if row.get("kind"):
        event.add("categories", [row["kind"]])
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    reminder = gettext("Date limite dans 3 jours")
    alarm.add("description", f"{reminder}{colon()} {title}")
    alarm.add("trigger", -REMINDER_BEFORE)
    event.add_component(alarm)
    return event


def render_calendar(name: str, description: str, rows: list[dict[str, Any]], items: list[FeedItem]) -> bytes:
    """A VCALENDAR of the given deadline rows (with their feed items, in the same order)."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-caldesc", description)
    calendar.add("x-wr-timezone", str(BRUSSELS))
    calendar.add_component(brussels_vtimezone())
    for row, item in zip(rows, items, strict=True):
        calendar.add_component(deadline_event(row, item))
    return calendar.to_ical()



