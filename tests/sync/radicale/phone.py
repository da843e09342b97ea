#!/usr/bin/env python3
"""The other side of the sync tests: a second, independent client (python3-caldav), standing in
for the phone. Each command does one thing to the server and prints what it read as JSON.

    phone.py USER PASSWORD put-card COLLECTION_URL NAME.vcf UID FN [EMAIL]
    phone.py USER PASSWORD edit-card CARD_URL PROPERTY VALUE
    phone.py USER PASSWORD drop-property CARD_URL PROPERTY   every line of that property goes
    phone.py USER PASSWORD delete-card CARD_URL
    phone.py USER PASSWORD put-raw CARD_URL TEXT       TEXT as the resource, whatever it holds
    phone.py USER PASSWORD show-card CARD_URL          the card as the server holds it
    phone.py USER PASSWORD list-cards COLLECTION_URL   every card in the collection, by URL
    phone.py USER PASSWORD complete-task CALENDAR_URL UID
    phone.py USER PASSWORD show-task CALENDAR_URL UID
    phone.py USER PASSWORD move-task CALENDAR_URL UID YYYY-MM-DD   the task's DUE becomes that day
    phone.py USER PASSWORD delete-task CALENDAR_URL UID
    phone.py USER PASSWORD list-tasks CALENDAR_URL    every task's UID, summary, due and status
    phone.py serve      one command a line on stdin (a JSON list of the words above), one JSON
                        answer a line on stdout, {"error": "..."} when it failed; ends at EOF

The tests use `serve`, so that Python and caldav load once per suite.
"""
import datetime
import json
import re
import sys

import caldav
import icalendar


def card(uid, name, email):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "UID:" + uid, "FN:" + name, "N:" + name + ";;;;"]
    if email:
        lines.append("EMAIL;TYPE=INTERNET:" + email)
    lines += ["X-PHONE-RINGTONE:marimba", "END:VCARD", ""]
    return "\r\n".join(lines)


def unfolded(text):
    return text.replace("\r\n ", "").replace("\n ", "")


def run(argv):
    user, password, command, *args = argv
    client = caldav.DAVClient(url=args[0], username=user, password=password, timeout=10)
    if command == "put-card":
        collection, name, uid, fn, *rest = args
        url = collection.rstrip("/") + "/" + name
        response = client.request(url, "PUT", card(uid, fn, rest[0] if rest else ""),
                                  {"Content-Type": "text/vcard; charset=utf-8", "If-None-Match": "*"})
        return {"status": response.status, "url": url}
    elif command == "edit-card":
        url, prop, value = args
        got = client.request(url, "GET")
        etag = got.headers.get("ETag")
        raw = got.raw.decode("utf-8") if isinstance(got.raw, bytes) else got.raw
        lines = [line for line in unfolded(raw).splitlines() if line]
        replaced = False
        for i, line in enumerate(lines):
            if line.split(":", 1)[0].split(";", 1)[0].upper() == prop.upper():
                lines[i] = prop + ":" + value
                replaced = True
        if not replaced:
            lines.insert(len(lines) - 1, prop + ":" + value)
        headers = {"Content-Type": "text/vcard; charset=utf-8"}
        if etag:
            headers["If-Match"] = etag
        response = client.request(url, "PUT", "\r\n".join(lines) + "\r\n", headers)
        return {"status": response.status}
    elif command == "drop-property":
        url, prop = args
        got = client.request(url, "GET")
        raw = got.raw.decode("utf-8") if isinstance(got.raw, bytes) else got.raw
        lines = [line for line in unfolded(raw).splitlines()
                 if line and line.split(":", 1)[0].split(";", 1)[0].upper() != prop.upper()]
        headers = {"Content-Type": "text/vcard; charset=utf-8"}
        if got.headers.get("ETag"):
            headers["If-Match"] = got.headers.get("ETag")
        response = client.request(url, "PUT", "\r\n".join(lines) + "\r\n", headers)
        return {"status": response.status}
    elif command == "delete-card":
        response = client.request(args[0], "DELETE")
        return {"status": response.status}
    elif command == "put-raw":
        url, text = args
        response = client.request(url, "PUT", text, {"Content-Type": "text/vcard; charset=utf-8"})
        return {"status": response.status, "answer": str(response.raw)[:300]}
    elif command == "show-card":
        got = client.request(args[0], "GET")
        raw = got.raw.decode("utf-8") if isinstance(got.raw, bytes) else got.raw
        return {"status": got.status, "card": unfolded(raw)}
    elif command == "list-cards":
        body = '<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>'
        response = client.request(args[0], "PROPFIND", body, {"Depth": "1", "Content-Type": "application/xml"})
        raw = response.raw.decode("utf-8") if isinstance(response.raw, bytes) else response.raw
        base = args[0].split("/", 3)
        origin = "/".join(base[:3])
        hrefs = sorted(origin + href for href in re.findall(r"<(?:[A-Za-z0-9]+:)?href>([^<]+\.vcf)</", raw))
        cards = {}
        for href in hrefs:
            got = client.request(href, "GET")
            text = got.raw.decode("utf-8") if isinstance(got.raw, bytes) else got.raw
            cards[href] = unfolded(text)
        return {"cards": cards}
    elif command == "move-task":
        calendar_url, uid, day = args
        todo = client.calendar(url=calendar_url).todo_by_uid(uid)
        calendar = icalendar.Calendar.from_ical(todo.data)
        vtodo = calendar.walk("VTODO")[0]
        del vtodo["DUE"]
        vtodo.add("DUE", datetime.date.fromisoformat(day))
        todo.data = calendar.to_ical().decode("utf-8")
        todo.save()
        return {"status": 204}
    elif command == "delete-task":
        calendar_url, uid = args
        client.calendar(url=calendar_url).todo_by_uid(uid).delete()
        return {"status": 204}
    elif command == "list-tasks":
        tasks = {}
        for todo in client.calendar(url=args[0]).todos(include_completed=True):
            vtodo = icalendar.Calendar.from_ical(todo.data).walk("VTODO")[0]
            due = vtodo.get("DUE")
            tasks[str(vtodo.get("UID"))] = {"summary": str(vtodo.get("SUMMARY", "")),
                                            "due": due.dt.isoformat() if due else None,
                                            "status": str(vtodo.get("STATUS", ""))}
        return {"tasks": tasks}
    elif command in ("complete-task", "show-task"):
        calendar_url, uid = args
        calendar = client.calendar(url=calendar_url)
        todo = calendar.todo_by_uid(uid)
        if command == "complete-task":
            todo.complete()
            todo = calendar.todo_by_uid(uid)
        vtodo = icalendar.Calendar.from_ical(todo.data).walk("VTODO")[0]
        due = vtodo.get("DUE")
        completed = vtodo.get("COMPLETED")
        return {
            "summary": str(vtodo.get("SUMMARY", "")),
            "due": due.dt.isoformat() if due else None,
            "status": str(vtodo.get("STATUS", "")),
            "completed": completed.dt.isoformat() if completed else None,
            "alarms": len(vtodo.walk("VALARM")),
        }
    raise ValueError("unknown command " + command)


def serve():
    for line in sys.stdin:
        try:
            answer = run(json.loads(line))
        except Exception as error:  # reported to the test, which fails with it
            answer = {"error": "%s: %s" % (type(error).__name__, error)}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    if sys.argv[1:] == ["serve"]:
        serve()
    else:
        print(json.dumps(run(sys.argv[1:])))
