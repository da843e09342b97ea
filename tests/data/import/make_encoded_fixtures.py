#!/usr/bin/env python3
"""Writes the import fixtures whose bytes matter: legacy charsets, UTF-16, CR CR LF line ends.

The other fixtures in this folder are plain text files, edited by hand. Run this from anywhere
after changing one of the texts below; it rewrites the files next to it.
"""
import base64
import pathlib

here = pathlib.Path(__file__).resolve().parent
JPEG = base64.b64decode("/9j/4AAQSkZJRgABAQAAAQABAAAAAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSYn/9k=")
PNG = base64.b64decode("iVBORw0KGgoAAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0=")


def qp(text, charset):
    return "".join(c if c.isascii() and c.isalnum() or c in " .,-" else
                   "".join("=%02X" % b for b in c.encode(charset)) for c in text)


def base64_lines(data, indent=" ", width=40):
    encoded = base64.b64encode(data).decode()
    return [indent + encoded[i:i + width] for i in range(0, len(encoded), width)]


def write(name, lines, newline="\r\n", encoding="utf-8", bom=b""):
    data = bom + (newline.join(lines) + newline).encode(encoding) if isinstance(lines[0], str) else None
    (here / name).write_bytes(data)


def write_mixed(name, parts, newline=b"\r\n"):
    """Lines as bytes or str (UTF-8); each line its own encoding, as 2.1 files are."""
    out = b""
    for part in parts:
        out += (part if isinstance(part, bytes) else part.encode("utf-8")) + newline
    (here / name).write_bytes(out)


# vCard 2.1 as Outlook writes it: windows-1252 in QUOTED-PRINTABLE with soft breaks and a literal
# tab, a base64 photo closed by the blank line 2.1 expects; then a card whose photo has no blank
# line and no indentation, with an undeclared windows-1252 byte; then undeclared UTF-8.
write_mixed("vcard/v21_outlook_windows1252.vcf", [
    "BEGIN:VCARD",
    "VERSION:2.1",
    "N;LANGUAGE=de;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Brandt;" + qp("Jürgen", "cp1252") + ";;Dr.;",
    "FN;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Dr. " + qp("Jürgen", "cp1252") + " Brandt",
    "ORG:Brandt Consulting;Sales",
    "TITLE:Managing Director",
    "TEL;WORK;VOICE:+49 30 1234567",
    "TEL;CELL;VOICE:+49 170 7654321",
    "EMAIL;PREF;INTERNET:juergen@brandt.example",
    "EMAIL;INTERNET:j.brandt@home.example",
    "NOTE;ENCODING=QUOTED-PRINTABLE:First line=0D=0ASecond line with a literal\ttab and a so=",
    "ft break that goes=",
    " on.",
    "ADR;WORK;PREF;ENCODING=QUOTED-PRINTABLE;CHARSET=Windows-1252:;;Hauptstra=DFe 5;Berlin;;10115;=",
    "Deutschland",
    "BDAY:19700310",
    "X-MS-ANNIVERSARY:20010623",
    "PHOTO;TYPE=JPEG;ENCODING=BASE64:",
    *base64_lines(JPEG, indent=" "),
    "",
    "X-MS-OL-DEFAULT-POSTAL-ADDRESS:2",
    "REV:20240101T120000Z",
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:2.1",
    b"N:M\xfcller;Hans",
    "TEL;HOME:555 0100",
    "PHOTO;ENCODING=BASE64;TYPE=PNG:" + base64.b64encode(PNG).decode()[:24],
    base64.b64encode(PNG).decode()[24:],
    "EMAIL;INTERNET:hans@mueller.example",
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:2.1",
    "FN:Zoë Ng",
    "N:Ng;Zoë",
    "CATEGORIES:Mentors;Conference",
    "END:VCARD",
])

# vCard 2.1 from a Japanese phone: Shift_JIS declared by CHARSET, raw and QUOTED-PRINTABLE.
sjis = lambda s: s.encode("shift_jis")
write_mixed("vcard/v21_shift_jis.vcf", [
    "BEGIN:VCARD",
    "VERSION:2.1",
    b"FN;CHARSET=SHIFT_JIS:" + sjis("山田 太郎"),
    b"N;CHARSET=SHIFT_JIS:" + sjis("山田;太郎;;;"),
    b"SOUND;X-IRMC-N;CHARSET=SHIFT_JIS:" + "ﾔﾏﾀﾞ;ﾀﾛｳ;;;".encode("shift_jis"),
    "NOTE;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:" + qp("ソフト開発", "shift_jis")[:21] + "=",
    qp("ソフト開発", "shift_jis")[21:],
    "ADR;HOME;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:;;" + qp("東京都渋谷区", "shift_jis") + ";;;150-0002;",
    "TEL;CELL:090-1234-5678",
    "END:VCARD",
])

# vCard 3.0 from iOS: CR CR LF line ends, item groups with Apple labels, a year-less leap-day
# birthday, a folded base64 photo.
apple = [
    "BEGIN:VCARD",
    "VERSION:3.0",
    "PRODID:-//Apple Inc.//iOS 17.1//EN",
    "N:Lovelace;Ada;Augusta;;",
    "FN:Ada Lovelace",
    "ORG:Analytical Engines;",
    "item1.EMAIL;type=INTERNET;type=pref:ada@engines.example",
    "item1.X-ABLabel:_$!<Other>!$_",
    "item2.EMAIL;type=INTERNET:ada@poetry.example",
    "item2.X-ABLabel:Poetry",
    "TEL;type=CELL;type=VOICE;type=pref:+44 20 7946 0000",
    "item3.TEL:+44 20 7946 0001",
    "item3.X-ABLabel:_$!<AssistantPhone>!$_",
    "item4.URL;type=pref:https\\://ada.example/notes",
    "item4.X-ABLabel:_$!<HomePage>!$_",
    "item5.ADR;type=HOME;type=pref:;;12 St James's Square;London;;SW1Y 4JH;United Kingdom",
    "item5.X-ABADR:gb",
    "BDAY;X-APPLE-OMIT-YEAR=1604:1604-02-29",
    "NOTE:Met at the Royal Society\\, 1833.\\nWrites notes on Babbage\\;s engine.",
    "CATEGORIES:mentor,mathematics",
]
photo_b64 = base64.b64encode(JPEG).decode()
apple += ["PHOTO;ENCODING=b;TYPE=JPEG:" + photo_b64[:40]]
apple += [" " + photo_b64[i:i + 40] for i in range(40, len(photo_b64), 40)]
apple += [
    "X-ABUID:5AD380FD-B2DE-4261-BA99-DE1D1DB52FBE\\:ABPerson",
    "END:VCARD",
]
(here / "vcard/v30_apple_crcrlf.vcf").write_bytes(("\r\r\n".join(apple) + "\r\r\n").encode("utf-8"))

# The same two cards in UTF-16: little-endian with a mark, big-endian without (as Apple's
# Address Book wrote it).
utf16_cards = [
    "BEGIN:VCARD",
    "VERSION:3.0",
    "N:MonteĽda;Ǽgean;;;",
    "FN:Ǽgean MonteĽda",
    "EMAIL;TYPE=INTERNET:aegean@example.org",
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:3.0",
    "FN:李小龍",
    "N:李;小龍;;;",
    "NOTE:生日快乐 🎉",
    "END:VCARD",
]
write("vcard/v30_utf16le_bom.vcf", utf16_cards, encoding="utf-16-le", bom=b"\xff\xfe")
write("vcard/v30_utf16be_nobom.vcf", utf16_cards, encoding="utf-16-be")

# Thunderbird's CSV export in German, as Windows writes it: windows-1252, CRLF, a trailing comma.
thunderbird_header = ("Vorname,Nachname,Anzeigename,Spitzname,Primäre E-Mail-Adresse,Sekundäre E-Mail-Adresse,"
                      "Messenger-Name,Tel. dienstlich,Tel. privat,Fax-Nummer,Pager-Nummer,Mobil-Tel.-Nr.,"
                      "Privat: Adresse,Privat: Adresse 2,Privat: Ort,Privat: Bundesland,Privat: PLZ,Privat: Land,"
                      "Dienstlich: Adresse,Dienstlich: Adresse 2,Dienstlich: Ort,Dienstlich: Bundesland,"
                      "Dienstlich: PLZ,Dienstlich: Land,Arbeitstitel,Abteilung,Organisation,Webseite 1,Webseite 2,"
                      "Geburtsjahr,Geburtsmonat,Geburtstag,Benutzerdef. 1,Benutzerdef. 2,Benutzerdef. 3,"
                      "Benutzerdef. 4,Notizen,")
thunderbird_rows = [
    "Jürgen,Groß,Jürgen Groß,Jü,juergen@gross.example,jg@privat.example,,+49 89 123,+49 89 456,,,+49 171 999,"
    "Lindenstraße 3,,München,Bayern,80331,Deutschland,,,,,,,Geschäftsführer,Vertrieb,Groß & Söhne GmbH,"
    "https://gross.example,,1968,11,30,,,,,\"Trifft man auf der Messe; spricht gern über Öfen.\",",
    "Ömer,Öztürk,,,,omer@example.com,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,",
    ",,Stadtwerke Überlingen,,info@stadtwerke.example,,,+49 7551 0,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,",
]
(here / "csv/thunderbird_de_windows1252.csv").write_bytes(
    ("\r\n".join([thunderbird_header] + thunderbird_rows) + "\r\n").encode("cp1252"))

# A tab-separated sheet saved as "Unicode text" (UTF-16LE with a mark).
unicode_text = ["Name\tE-mail\tPhone\tCompany", "Ana Lima\tana@lima.example\t+55 11 5555 0000\tLima & Filhos",
                "Łukasz Nowak\tlukasz@nowak.example\t\tNowak sp. z o.o."]
write("csv/utf16le_tabs.csv", unicode_text, encoding="utf-16-le", bom=b"\xff\xfe")
