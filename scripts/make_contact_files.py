#!/usr/bin/env python3
"""Writes COUNT contacts as a vCard 3.0 file and as a LinkedIn Connections.csv into DIR, for timing
`tend import` (docs/performance.md). Usage: make_contact_files.py COUNT DIR"""
import os
import random
import sys

count, folder = int(sys.argv[1]), sys.argv[2]
random.seed(1)
first = ["Ada", "Grace", "Linus", "Barbara", "Alan", "Edsger", "Frances", "Donald", "Margaret", "Ken", "Radia", "Tim"]
last = ["Lovelace", "Hopper", "Torvalds", "Liskov", "Turing", "Dijkstra", "Allen", "Knuth", "Hamilton", "Thompson",
        "Perlman", "Berners-Lee"]
with open(os.path.join(folder, "contacts.vcf"), "w", newline="") as f:
    for i in range(count):
        given, family = random.choice(first), random.choice(last)
        f.write("BEGIN:VCARD\r\nVERSION:3.0\r\n")
        f.write(f"UID:card-{i}\r\nN:{family};{given};;;\r\nFN:{given} {family} {i}\r\n")
        f.write(f"item1.EMAIL;TYPE=INTERNET:{given.lower()}.{i}@example.org\r\nitem1.X-ABLabel:work\r\n")
        f.write(f"TEL;TYPE=CELL:+44 20 7946 {i % 10000:04d}\r\nORG:Org {i % 300}\r\nTITLE:Engineer\r\n")
        f.write(f"CATEGORIES:inner circle,group {i % 20}\r\nBDAY:--0{1 + i % 9}-1{i % 9}\r\n")
        f.write(f"ADR;TYPE=HOME:;;{i} Main St;Town;;12345;UK\r\n")
        f.write(f"NOTE:Met at a meetup\\, talked about compilers\r\nX-CUSTOM:kept {i}\r\nEND:VCARD\r\n")
with open(os.path.join(folder, "Connections.csv"), "w", encoding="utf-8-sig", newline="") as f:
    f.write('Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n')
    f.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n")
    for i in range(count):
        email = f"p{i}@example.org" if i % 7 == 0 else ""
        f.write(f"Person{i},Surname{i % 500},https://www.linkedin.com/in/p{i},{email},Company {i % 300},Engineer,13 Nov 2024\n")
