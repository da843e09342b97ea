#!/usr/bin/env python3
"""Reads an .ics file Tend wrote with python3-icalendar, an independent parser, and prints what it
found in the first VTODO, and every VEVENT, as JSON. Fails (exit 1) on anything icalendar cannot
read."""
import datetime
import json
import sys

import icalendar

with open(sys.argv[1], "rb") as f:
    calendar = icalendar.Calendar.from_ical(f.read())
todos = calendar.walk("VTODO")
todo = todos[0] if todos else {}


def when(prop, component=None):
    value = (todo if component is None else component).get(prop)
    if value is None:
        return None
    dt = value.dt
    return {"type": "datetime" if isinstance(dt, datetime.datetime) else "date", "value": dt.isoformat(),
            "utc": isinstance(dt, datetime.datetime) and dt.utcoffset() == datetime.timedelta(0)}


def categories(value):
    # One CATEGORIES property with a list, or several: the same categories.
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    return [str(c) for v in values for c in v.cats]


alarms = []
for alarm in (todo.walk("VALARM") if todos else []):
    trigger = alarm.get("TRIGGER")
    alarms.append({"action": str(alarm.get("ACTION")), "trigger": str(trigger.dt),
                   "related": trigger.params.get("RELATED", "START"), "description": str(alarm.get("DESCRIPTION", ""))})

print(json.dumps({
    "version": str(calendar.get("VERSION")),
    "prodid": str(calendar.get("PRODID")),
    "todos": len(todos),
    "uid": str(todo.get("UID")),
    "summary": str(todo.get("SUMMARY", "")),
    "status": str(todo.get("STATUS", "")),
    "due": when("DUE"),
    "completed": when("COMPLETED"),
    "dtstamp": when("DTSTAMP"),
    "percent": int(todo.get("PERCENT-COMPLETE")) if todo.get("PERCENT-COMPLETE") is not None else None,
    "contact": str(todo.get("X-TEND-CONTACT", "")),
    "contact_uid": str(todo.get("X-TEND-CONTACT-UID", "")),
    "categories": categories(todo.get("CATEGORIES")),
    "alarms": alarms,
    "events": [{"uid": str(event.get("UID")), "summary": str(event.get("SUMMARY", "")),
                "description": str(event.get("DESCRIPTION", "")), "start": when("DTSTART", event),
                "end": when("DTEND", event), "dtstamp": when("DTSTAMP", event),
                "attendees": [str(a) for a in (event.get("ATTENDEE") if isinstance(event.get("ATTENDEE"), list)
                                               else [event.get("ATTENDEE")] if event.get("ATTENDEE") else [])]}
               for event in calendar.walk("VEVENT")],
}))
