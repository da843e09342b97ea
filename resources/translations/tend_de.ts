<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>tend::BackupManager</name>
    <message>
        <source>%1 is damaged, so it was not copied: %2</source>
        <translation>%1 ist beschädigt und wurde deshalb nicht kopiert: %2</translation>
    </message>
    <message>
        <source>%1 is open in another program (perhaps the Tend window); close it and restore again. Nothing was changed.</source>
        <translation>%1 ist in einem anderen Programm geöffnet (vielleicht im Tend-Fenster). Schließe es und stelle dann erneut wieder her. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Die Datei %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is an empty database, not a Tend backup.</source>
        <translation>%1 ist eine leere Datenbank, keine Tend-Sicherung.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup to restore.</source>
        <translation>%1 ist die Datenbank selbst. Wähle eine Sicherung zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>Cannot restore to %1: the folder %2 does not exist.</source>
        <translation>Wiederherstellen nach %1 nicht möglich: Den Ordner %2 gibt es nicht.</translation>
    </message>
    <message>
        <source>The copy of %1 did not read back correctly; nothing was changed: %2</source>
        <translation>Die Kopie von %1 ließ sich nicht fehlerfrei zurücklesen. Es wurde nichts geändert: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1; nothing was restored.</source>
        <translation>%1 kann nicht entfernt werden. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 is not a file; choose a backup file to restore.</source>
        <translation>%1 ist keine Datei. Wähle eine Sicherungsdatei zum Wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>tend::BulkWriter</name>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>tend::CadenceRule</name>
    <message>
        <source>no nudges</source>
        <translation>keine Anstöße</translation>
    </message>
    <message>
        <source>no keep-in-touch cadence</source>
        <translation>kein Kontaktrhythmus</translation>
    </message>
    <message>
        <source>%1 (own cadence)</source>
        <translation>%1 (eigener Rhythmus)</translation>
    </message>
    <message>
        <source>%1 (tag: %2)</source>
        <translation>%1 (Schlagwort: %2)</translation>
    </message>
    <message>
        <source>%1 (role: %2)</source>
        <translation>%1 (Rolle: %2)</translation>
    </message>
</context>
<context>
    <name>tend::CascadeRows</name>
    <message>
        <source>Table %1 has a foreign key of several columns, which undoing a delete cannot follow yet.</source>
        <translation>Die Tabelle %1 hat einen Fremdschlüssel über mehrere Spalten, dem das Rückgängigmachen einer Löschung noch nicht folgen kann.</translation>
    </message>
</context>
<context>
    <name>tend::ConfigKey</name>
    <message>
        <source>%1: &quot;%2&quot; is not a kind of interaction; use one of %3.</source>
        <translation>%1: „%2“ ist keine Art von Interaktion. Verwende eine von %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a role; use one of %3.</source>
        <translation>%1: „%2“ ist keine Rolle. Verwende eine von %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a kind of date; use one of %3.</source>
        <translation>%1: „%2“ ist keine Art von Datum. Verwende eine von %3.</translation>
    </message>
    <message>
        <source>%1 cannot be none.</source>
        <translation>%1 kann nicht none sein.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a factor from 1 to %3, such as 1.5.</source>
        <translation>%1: „%2“ ist kein Faktor von 1 bis %3, etwa 1.5.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of days from 0 to %3.</source>
        <translation>%1: „%2“ ist keine Anzahl Tage von 0 bis %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of days from 1 to %3, or none.</source>
        <translation>%1: „%2“ ist weder eine Anzahl Tage von 1 bis %3 noch none.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting; the settings are follow-up.KIND, cadence.role.ROLE, cadence.tag.TAG, overdue-factor, lead.DATE and tray-digest (tend config list shows them).</source>
        <translation>„%1“ ist keine Einstellung. Die Einstellungen sind follow-up.KIND, cadence.role.ROLE, cadence.tag.TAG, overdue-factor, lead.DATE und tray-digest (tend config list zeigt sie).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a part of the digest; give any of %3, separated by commas, or none.</source>
        <translation>%1: „%2“ ist kein Teil der Übersicht. Gib beliebige von %3 an, durch Kommas getrennt, oder none.</translation>
    </message>
</context>
<context>
    <name>tend::ContactMerge</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Met via</source>
        <translation>Kennengelernt über</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Verbunden am</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>jeden Tag</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::ContactRepository</name>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
    <message>
        <source>No contact was named.</source>
        <translation>Es wurde kein Kontakt angegeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one contact; use the id or more of the name:
%2</source>
        <translation>„%1“ passt auf mehr als einen Kontakt. Gib die ID oder mehr vom Namen an:
%2</translation>
    </message>
    <message>
        <source>No contact matches &quot;%1&quot;.</source>
        <translation>Kein Kontakt passt auf „%1“.</translation>
    </message>
</context>
<context>
    <name>tend::DataLocation</name>
    <message>
        <source>This system has no folder for application data; use --db PATH.</source>
        <translation>Dieses System hat keinen Ordner für Anwendungsdaten. Verwende --db PATH.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>HOME is not set, so Tend cannot find its data folder; set HOME or use --db PATH.</source>
        <translation>HOME ist nicht gesetzt, daher findet Tend seinen Datenordner nicht. Setze HOME oder verwende --db PATH.</translation>
    </message>
    <message>
        <source>TEND_DB is set but empty; unset it or give it a file name.</source>
        <translation>TEND_DB ist gesetzt, aber leer. Entferne die Variable oder gib ihr einen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>tend::Database</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Tend database (it is not an SQLite file, or its start is damaged).</source>
        <translation>%1 ist keine Tend-Datenbank (keine SQLite-Datei, oder ihr Anfang ist beschädigt).</translation>
    </message>
    <message>
        <source>%1 is truncated: it should hold %2 bytes but has %3.</source>
        <translation>%1 ist abgeschnitten: Die Datei sollte %2 Bytes enthalten, hat aber %3.</translation>
    </message>
    <message>
        <source>%1 is truncated (shorter than an SQLite header).</source>
        <translation>%1 ist abgeschnitten (kürzer als ein SQLite-Dateikopf).</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht angelegt werden: Den Ordner %2 gibt es nicht.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>%1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <source>%1 could not be read as a database: %2</source>
        <translation>%1 konnte nicht als Datenbank gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not Tend&apos;s.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, nicht von Tend.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 is the notebook&apos;s own file; choose another place for the copy.</source>
        <translation>%1 ist die Datei des Notizbuchs selbst. Wähle einen anderen Ort für die Kopie.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name for the copy.</source>
        <translation>%1 ist ein Ordner. Wähle einen Dateinamen für die Kopie.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 gibt es bereits.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Copying the database to %1 failed: %2</source>
        <translation>Das Kopieren der Datenbank nach %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>row %1 of table %2 points to a missing row in %3</source>
        <translation>Zeile %1 der Tabelle %2 verweist auf eine fehlende Zeile in %3</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, a pipe or a socket); give Tend a file name for its notebook.</source>
        <translation>%1 ist keine normale Datei (sondern ein Gerät, eine Pipe oder ein Socket). Gib Tend einen Dateinamen für sein Notizbuch.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist.</source>
        <translation>%1 ist eine symbolische Verknüpfung auf %2, das es nicht gibt.</translation>
    </message>
    <message>
        <source>Cannot make %1 private to you; Tend keeps its notebook readable only by its owner.</source>
        <translation>%1 lässt sich nicht nur für dich lesbar machen; Tend hält sein Notizbuch nur für seine Besitzerin oder seinen Besitzer lesbar.</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
</context>
<context>
    <name>tend::DateTasks</name>
    <message>
        <source>%1 (turns %2)</source>
        <translation>%1 (wird %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln year(s))</source>
        <translation>
            <numerusform>%1 (%Ln Jahr)</numerusform>
            <numerusform>%1 (%Ln Jahre)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::DemoGenerator</name>
    <message>
        <source>Cancelled: no demo data was added.</source>
        <translation>Abgebrochen: Es wurden keine Demodaten hinzugefügt.</translation>
    </message>
    <message>
        <source>The demo needs at least one contact and no negative sizes.</source>
        <translation>Die Demo braucht mindestens einen Kontakt und keine negativen Größen.</translation>
    </message>
</context>
<context>
    <name>tend::Duplicates</name>
    <message>
        <source>Same e-mail: %1</source>
        <translation>Gleiche E-Mail: %1</translation>
    </message>
    <message>
        <source>Same phone: %1</source>
        <translation>Gleiche Telefonnummer: %1</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>Gleicher Name</translation>
    </message>
    <message>
        <source>Similar name</source>
        <translation>Ähnlicher Name</translation>
    </message>
</context>
<context>
    <name>tend::Import</name>
    <message>
        <source>%1 characters were cut to %2.</source>
        <translation>%1 Zeichen wurden auf %2 gekürzt.</translation>
    </message>
    <message>
        <source>The photo (%1 KB) could not be kept; it stays in the card.</source>
        <translation>Das Foto (%1 KB) konnte nicht übernommen werden; es bleibt in der Karte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address; it was left out.</source>
        <translation>„%1“ ist keine E-Mail-Adresse und wurde weggelassen.</translation>
    </message>
    <message>
        <source>A phone number of %1 characters was left out.</source>
        <translation>Eine Telefonnummer mit %1 Zeichen wurde weggelassen.</translation>
    </message>
    <message>
        <source>A link of %1 characters was left out.</source>
        <translation>Ein Link mit %1 Zeichen wurde weggelassen.</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 values were kept.</source>
        <translation>Nur die ersten %1 von %2 Werten wurden übernommen.</translation>
    </message>
</context>
<context>
    <name>tend::ImportantDate</name>
    <message>
        <source>birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>work anniversary</source>
        <translation>Arbeitsjubiläum</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date; write YYYY-MM-DD, or --MM-DD without a year.</source>
        <translation>%1: „%2“ ist kein Datum. Schreibe YYYY-MM-DD, oder --MM-DD ohne Jahr.</translation>
    </message>
    <message>
        <source>%1: %2 is not a day of the calendar.</source>
        <translation>%1: %2 ist kein Tag im Kalender.</translation>
    </message>
    <message>
        <source>The date %1 is not a day of the calendar.</source>
        <translation>Das Datum %1 ist kein Tag im Kalender.</translation>
    </message>
    <message>
        <source>A custom date needs a label, such as &quot;PhD defense&quot;.</source>
        <translation>Ein eigenes Datum braucht eine Bezeichnung, etwa „Disputation“.</translation>
    </message>
    <message>
        <source>The label is too long (at most %1 characters).</source>
        <translation>Die Bezeichnung ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
</context>
<context>
    <name>tend::InsightCallouts</name>
    <message numerus="yes">
        <source>%n time(s)</source>
        <comment>how often</comment>
        <translation>
            <numerusform>einmal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>No active sponsor: nobody in your notebook is a sponsor yet.</source>
        <translation>Kein aktiver Sponsor: Noch niemand in deinem Notizbuch ist Sponsor.</translation>
    </message>
    <message numerus="yes">
        <source>No active sponsor: nothing logged with any of your %n sponsor(s) in the last %1 days.</source>
        <translation>
            <numerusform>Kein aktiver Sponsor: In den letzten %1 Tagen wurde mit deinem Sponsor nichts erfasst.</numerusform>
            <numerusform>Kein aktiver Sponsor: In den letzten %1 Tagen wurde mit keinem deiner %n Sponsoren etwas erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>No active mentor: nobody in your notebook is a mentor yet.</source>
        <translation>Kein aktiver Mentor: Noch niemand in deinem Notizbuch ist Mentor.</translation>
    </message>
    <message numerus="yes">
        <source>No active mentor: nothing logged with any of your %n mentor(s) in the last %1 days.</source>
        <translation>
            <numerusform>Kein aktiver Mentor: In den letzten %1 Tagen wurde mit deinem Mentor nichts erfasst.</numerusform>
            <numerusform>Kein aktiver Mentor: In den letzten %1 Tagen wurde mit keinem deiner %n Mentoren etwas erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have received %1 and not given once in %2 days.</source>
        <translation>Du hast in %2 Tagen %1 etwas bekommen und kein einziges Mal gegeben.</translation>
    </message>
    <message>
        <source>You have received %1 and given %2 in %3 days.</source>
        <translation>Du hast in %3 Tagen %1 etwas bekommen und %2 gegeben.</translation>
    </message>
    <message>
        <source>You have given %1 and not received once in %2 days.</source>
        <translation>Du hast in %2 Tagen %1 gegeben und kein einziges Mal etwas bekommen.</translation>
    </message>
    <message>
        <source>You have given %1 and received %2 in %3 days.</source>
        <translation>Du hast in %3 Tagen %1 gegeben und %2 etwas bekommen.</translation>
    </message>
    <message>
        <source>Advice acted on but never reported back: %1. Tell them how it helped.</source>
        <translation>Umgesetzte Ratschläge ohne Rückmeldung: %1. Erzähl den Leuten, wie sie dir geholfen haben.</translation>
    </message>
</context>
<context>
    <name>tend::InteractionRepository</name>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no interaction with id %1.</source>
        <translation>Es gibt keine Interaktion mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>tend::MergeQueries</name>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der Nummer %1.</translation>
    </message>
</context>
<context>
    <name>tend::MigrationRunner</name>
    <message>
        <source>%1 was written by a newer version of Tend (schema %2; this Tend knows up to %3). It was left untouched; please update Tend.</source>
        <translation>%1 wurde von einer neueren Tend-Version geschrieben (Schema %2; diese Version kennt bis %3). Die Datei blieb unverändert. Bitte aktualisiere Tend.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Die Schemaversion von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Tend did not upgrade the database because the safety copy failed: %1</source>
        <translation>Tend hat die Datenbank nicht aktualisiert, weil die Sicherheitskopie fehlgeschlagen ist: %1</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Migration %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The migration file %1 is not named NNNN_name.sql (four digits, an underscore, lower-case letters, digits or underscores); this build of Tend is broken.</source>
        <translation>Die Migrationsdatei %1 heißt nicht NNNN_name.sql (vier Ziffern, ein Unterstrich, Kleinbuchstaben, Ziffern oder Unterstriche). Dieser Build von Tend ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The migration file %1 reuses the number %2; this build of Tend is broken.</source>
        <translation>Die Migrationsdatei %1 verwendet die Nummer %2 ein zweites Mal. Dieser Build von Tend ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The migration file %1 follows a gap: migration %2 is missing; this build of Tend is broken.</source>
        <translation>Vor der Migrationsdatei %1 ist eine Lücke: Migration %2 fehlt. Dieser Build von Tend ist fehlerhaft.</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>Zeile %1 von %2 verweist auf eine fehlende Zeile von %3</translation>
    </message>
    <message>
        <source>Migration %1 was not saved: %2 found %3</source>
        <translation>Migration %1 wurde nicht gespeichert: %2 hat %3 gefunden</translation>
    </message>
    <message>
        <source>Migration %1 did not start: foreign keys stayed on.</source>
        <translation>Migration %1 wurde nicht begonnen: Die Fremdschlüssel blieben eingeschaltet.</translation>
    </message>
    <message>
        <source>Starting migration %1: %2</source>
        <translation>Migration %1 wird begonnen: %2</translation>
    </message>
    <message>
        <source>Migration %1 contains %2; the runner gives every migration its own transaction.</source>
        <translation>Migration %1 enthält %2. Jede Migration bekommt bereits ihre eigene Transaktion.</translation>
    </message>
    <message>
        <source>Migration %1 sets PRAGMA foreign_keys, which does nothing inside its transaction; the runner turns foreign keys off around every migration.</source>
        <translation>Migration %1 setzt PRAGMA foreign_keys, was innerhalb ihrer Transaktion nichts bewirkt. Die Fremdschlüssel werden um jede Migration herum ohnehin ausgeschaltet.</translation>
    </message>
    <message>
        <source>Migration %1 could not be saved: %2</source>
        <translation>Migration %1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>tend::Notebook</name>
    <message>
        <source>The date %1 is more than a year ahead.</source>
        <translation>Das Datum %1 liegt mehr als ein Jahr in der Zukunft.</translation>
    </message>
    <message>
        <source>The follow-up delay</source>
        <translation>Die Frist bis zum Nachfassen</translation>
    </message>
    <message>
        <source>Enter a valid due date.</source>
        <translation>Gib ein gültiges Fälligkeitsdatum ein.</translation>
    </message>
    <message>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>Der Grund ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>The snooze</source>
        <translation>Das Verschieben</translation>
    </message>
    <message>
        <source>Reminder %1 is already %2; only open reminders can be snoozed.</source>
        <translation>Die Erinnerung %1 ist bereits %2. Nur offene Erinnerungen lassen sich verschieben.</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>Gib ein gültiges Datum ein.</translation>
    </message>
    <message>
        <source>%1 has no keep-in-touch cadence.</source>
        <translation>%1 hat keinen Kontaktrhythmus.</translation>
    </message>
    <message>
        <source>The look-ahead</source>
        <translation>Die Vorschau</translation>
    </message>
    <message>
        <source>The period</source>
        <translation>Der Zeitraum</translation>
    </message>
    <message>
        <source>Insights need a valid day to count back from.</source>
        <translation>Einblicke brauchen einen gültigen Tag, von dem aus zurückgezählt wird.</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
    <message>
        <source>The cadence</source>
        <translation>Der Rhythmus</translation>
    </message>
    <message>
        <source>Follow up on %1</source>
        <translation>Nachfassen (%1)</translation>
    </message>
    <message>
        <source>Follow up on %1: %2</source>
        <translation>Nachfassen (%1): %2</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Reminder %1 was already done.</source>
        <translation>Die Erinnerung %1 war bereits erledigt.</translation>
    </message>
    <message>
        <source>Reminder %1 was already dismissed.</source>
        <translation>Die Erinnerung %1 war bereits verworfen.</translation>
    </message>
    <message>
        <source>Reminder %1 was already done on %2.</source>
        <translation>Die Erinnerung %1 wurde bereits am %2 erledigt.</translation>
    </message>
    <message>
        <source>Reminder %1 was already dismissed on %2.</source>
        <translation>Die Erinnerung %1 wurde bereits am %2 verworfen.</translation>
    </message>
    <message>
        <source>The snoozed reminder</source>
        <translation>Die verschobene Erinnerung</translation>
    </message>
    <message>
        <source>The reminder</source>
        <translation>Die Erinnerung</translation>
    </message>
    <message>
        <source>The snoozed keep-in-touch nudge</source>
        <translation>Der verschobene Anstoß zur Kontaktpflege</translation>
    </message>
    <message>
        <source>The next keep-in-touch nudge</source>
        <translation>Der nächste Anstoß zur Kontaktpflege</translation>
    </message>
    <message numerus="yes">
        <source>%1 (strict: nothing was imported, since %n record(s) would be left out)</source>
        <translation>
            <numerusform>%1 (streng: Es wurde nichts importiert, weil ein Eintrag weggelassen würde)</numerusform>
            <numerusform>%1 (streng: Es wurde nichts importiert, weil %n Einträge weggelassen würden)</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON export</source>
        <translation>JSON-Export</translation>
    </message>
    <message>
        <source>interactions[%1]: the participant %2 is not among the contacts</source>
        <translation>interactions[%1]: Die teilnehmende Person %2 ist nicht unter den Kontakten</translation>
    </message>
    <message>
        <source>interactions[%1]: %2</source>
        <translation>interactions[%1]: %2</translation>
    </message>
    <message>
        <source>reminders[%1]: the contact %2 is not among the contacts</source>
        <translation>reminders[%1]: Der Kontakt %2 ist nicht unter den Kontakten</translation>
    </message>
    <message>
        <source>reminders[%1]: %2</source>
        <translation>reminders[%1]: %2</translation>
    </message>
    <message>
        <source>Contact #%1 cannot be merged with itself.</source>
        <translation>Kontakt #%1 kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>%1 and %2 cannot be merged: %3</source>
        <translation>%1 und %2 können nicht zusammengeführt werden: %3</translation>
    </message>
    <message>
        <source>Contact #%1 is in the notebook already: the merge was taken back before.</source>
        <translation>Kontakt #%1 ist schon im Notizbuch: Die Zusammenführung wurde bereits zurückgenommen.</translation>
    </message>
    <message>
        <source>A contact is always the same person as itself (#%1).</source>
        <translation>Ein Kontakt ist immer dieselbe Person wie er selbst (#%1).</translation>
    </message>
    <message>
        <source>The task has no due date Tend can use.</source>
        <translation>Die Aufgabe hat kein Fälligkeitsdatum, das Tend verwenden kann.</translation>
    </message>
    <message>
        <source>The task is not about a contact in Tend (it names no contact Tend knows).</source>
        <translation>Die Aufgabe betrifft keinen Kontakt in Tend (sie nennt keinen Kontakt, den Tend kennt).</translation>
    </message>
    <message>
        <source>A reminder cannot repeat every 0 days; use 1 or more.</source>
        <translation>Eine Erinnerung kann sich nicht alle 0 Tage wiederholen; verwende 1 oder mehr.</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 ist zu lang (höchstens %2 Zeichen).</translation>
    </message>
    <message>
        <source>%1 may not hold line breaks or control characters.</source>
        <translation>%1 darf keine Zeilenumbrüche oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>%1 may not hold control characters.</source>
        <translation>%1 darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>An item of advice is empty: say what the advice was.</source>
        <translation>Ein Ratschlag ist leer: Sag, was dir geraten wurde.</translation>
    </message>
    <message>
        <source>An item of advice</source>
        <translation>Ein Ratschlag</translation>
    </message>
    <message>
        <source>The ask&apos;s text</source>
        <translation>Der Text der Bitte</translation>
    </message>
    <message>
        <source>The action</source>
        <translation>Die Handlung</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <source>The deadline %1 is after the last day Tend can store.</source>
        <translation>Die Frist %1 liegt nach dem letzten Tag, den Tend speichern kann.</translation>
    </message>
    <message>
        <source>There is no interaction with id %1 for the ask to come from.</source>
        <translation>Es gibt keine Interaktion mit der ID %1, aus der die Bitte stammen könnte.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Die Notiz</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>The days before chasing</source>
        <translation>Die Frist bis zum Nachhaken</translation>
    </message>
    <message>
        <source>There is no interaction with id %1 to add advice to.</source>
        <translation>Es gibt keine Interaktion mit der ID %1, der ein Ratschlag hinzugefügt werden könnte.</translation>
    </message>
    <message>
        <source>Say what came of acting on the advice (--outcome).</source>
        <translation>Sag, was aus der Umsetzung des Ratschlags geworden ist (--outcome).</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>Das Ergebnis</translation>
    </message>
    <message>
        <source>Advice %1 is already %2.</source>
        <translation>Der Ratschlag %1 ist bereits %2.</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>Die Zusammenfassung</translation>
    </message>
    <message>
        <source>Advice %1 has not been acted on yet: mark it acted on, with its outcome, first.</source>
        <translation>Der Ratschlag %1 ist noch nicht umgesetzt: Markiere ihn zuerst als umgesetzt, mit seinem Ergebnis.</translation>
    </message>
    <message>
        <source>Advice %1 was already reported back.</source>
        <translation>Der Ratschlag %1 wurde bereits zurückgemeldet.</translation>
    </message>
    <message>
        <source>Told them how their advice helped: %1</source>
        <translation>Zurückgemeldet, wie der Rat geholfen hat: %1</translation>
    </message>
    <message>
        <source>A planned meeting is dated after today (%1); %2 is not.</source>
        <translation>Ein geplantes Treffen liegt nach dem heutigen Tag (%1); %2 tut das nicht.</translation>
    </message>
    <message>
        <source>no day</source>
        <translation>kein Tag</translation>
    </message>
    <message>
        <source>Interaction %1 is not a planned meeting: it is dated %2, not after today.</source>
        <translation>Die Interaktion %1 ist kein geplantes Treffen: Ihr Datum (%2) liegt nicht nach dem heutigen Tag.</translation>
    </message>
    <message>
        <source>A meeting that was held is dated today or earlier, not %1.</source>
        <translation>Ein Treffen, das stattgefunden hat, ist auf heute oder früher datiert, nicht auf %1.</translation>
    </message>
    <message>
        <source>Name at least one tag.</source>
        <translation>Nenne mindestens ein Schlagwort.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is no tag &quot;%1&quot;.</source>
        <translation>Es gibt kein Schlagwort „%1“.</translation>
    </message>
    <message>
        <source>There is no tag &quot;%1&quot;; tag a contact with it first.</source>
        <translation>Es gibt kein Schlagwort „%1“; gib es zuerst einem Kontakt.</translation>
    </message>
    <message>
        <source>Ask %1 is %2: its deadline no longer matters.</source>
        <translation>Bitte %1 ist %2: ihre Frist spielt keine Rolle mehr.</translation>
    </message>
    <message>
        <source>From the synced task list</source>
        <translation>Aus der synchronisierten Aufgabenliste</translation>
    </message>
    <message>
        <source>tag_cadences: %1</source>
        <translation>tag_cadences: %1</translation>
    </message>
    <message>
        <source>The important date %1 does not come again.</source>
        <translation>Das wichtige Datum %1 kommt nicht wieder.</translation>
    </message>
    <message>
        <source>There is no important date with id %1.</source>
        <translation>Es gibt kein wichtiges Datum mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 is not a day the important date %2 falls on.</source>
        <translation>%1 ist kein Tag, auf den das wichtige Datum %2 fällt.</translation>
    </message>
    <message>
        <source>Snooze to a day after today.</source>
        <translation>Verschiebe auf einen Tag nach heute.</translation>
    </message>
    <message>
        <source>A reminder of %1 can be snoozed to %2 at the latest: the date comes again on %3.</source>
        <translation>Eine Erinnerung an %1 lässt sich höchstens auf %2 verschieben: Das Datum kommt am %3 wieder.</translation>
    </message>
</context>
<context>
    <name>tend::Practice</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>not acted on yet</source>
        <translation>noch nicht umgesetzt</translation>
    </message>
    <message>
        <source>acted on, not reported back</source>
        <translation>umgesetzt, noch nicht zurückgemeldet</translation>
    </message>
    <message>
        <source>reported back</source>
        <translation>zurückgemeldet</translation>
    </message>
</context>
<context>
    <name>tend::PracticeRepository</name>
    <message>
        <source>There is no ask with id %1.</source>
        <translation>Es gibt keine Bitte mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no introduction with id %1.</source>
        <translation>Es gibt keine Vermittlung mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no advice with id %1.</source>
        <translation>Es gibt keinen Ratschlag mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>tend::Recurrence</name>
    <message>
        <source>%1: &quot;%2&quot; is not a repeat; write a number and d, w, m or y, as in 90d, 2w, 1m or 1y.</source>
        <translation>%1: „%2“ ist keine Wiederholung. Schreibe eine Zahl und d, w, m oder y (Tage, Wochen, Monate, Jahre), etwa 90d, 2w, 1m oder 1y.</translation>
    </message>
    <message>
        <source>%1: a reminder cannot repeat every 0 (&quot;%2&quot;); use 1 or more.</source>
        <translation>%1: Eine Erinnerung kann sich nicht alle 0 wiederholen („%2“); verwende 1 oder mehr.</translation>
    </message>
    <message>
        <source>%1: %2 is too far apart (at most %3).</source>
        <translation>%1: %2 ist ein zu großer Abstand (höchstens %3).</translation>
    </message>
</context>
<context>
    <name>tend::ReminderRepository</name>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no reminder with id %1.</source>
        <translation>Es gibt keine Erinnerung mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no interaction with id %1.</source>
        <translation>Es gibt keine Interaktion mit der ID %1.</translation>
    </message>
    <message>
        <source>The reminder refers to a contact or interaction that does not exist.</source>
        <translation>Die Erinnerung verweist auf einen Kontakt oder eine Interaktion, die es nicht gibt.</translation>
    </message>
</context>
<context>
    <name>tend::Tags</name>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Ein Schlagwort darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The tag &quot;%1…&quot; is too long (at most %2 characters).</source>
        <translation>Das Schlagwort „%1…“ ist zu lang (höchstens %2 Zeichen).</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; contains a control character.</source>
        <translation>Das Schlagwort „%1“ enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>Too many tags (at most %1).</source>
        <translation>Zu viele Schlagwörter (höchstens %1).</translation>
    </message>
</context>
<context>
    <name>tend::Transaction</name>
    <message>
        <source>The change was already finished.</source>
        <translation>Die Änderung war bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Saving the change</source>
        <translation>Speichern der Änderung</translation>
    </message>
</context>
<context>
    <name>tend::Validation</name>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1 ist zu lang (%2 Zeichen, höchstens %3).</translation>
    </message>
    <message>
        <source>%1 contains a NUL character, which Tend cannot store.</source>
        <translation>%1 enthält ein NUL-Zeichen, das Tend nicht speichern kann.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Gib einen Namen ein.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Der Name</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>Die Organisation</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Der Titel</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Wie ihr euch kennengelernt habt</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Die Notizen</translation>
    </message>
    <message>
        <source>Too many e-mail addresses (at most %1).</source>
        <translation>Zu viele E-Mail-Adressen (höchstens %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Too many phone numbers (at most %1).</source>
        <translation>Zu viele Telefonnummern (höchstens %1).</translation>
    </message>
    <message>
        <source>A phone number is empty.</source>
        <translation>Eine Telefonnummer ist leer.</translation>
    </message>
    <message>
        <source>A phone number</source>
        <translation>Eine Telefonnummer</translation>
    </message>
    <message>
        <source>Too many links (at most %1).</source>
        <translation>Zu viele Links (höchstens %1).</translation>
    </message>
    <message>
        <source>A link has no address.</source>
        <translation>Ein Link hat keine Adresse.</translation>
    </message>
    <message>
        <source>A link</source>
        <translation>Ein Link</translation>
    </message>
    <message>
        <source>A link&apos;s label</source>
        <translation>Die Beschriftung eines Links</translation>
    </message>
    <message>
        <source>The keep-in-touch cadence must be between 1 and %1 days.</source>
        <translation>Der Kontaktrhythmus muss zwischen 1 und %1 Tagen liegen.</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>Gib ein gültiges Datum ein.</translation>
    </message>
    <message>
        <source>The date %1 is out of range.</source>
        <translation>Das Datum %1 liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>Choose at least one person.</source>
        <translation>Wähle mindestens eine Person.</translation>
    </message>
    <message>
        <source>Too many people (at most %1).</source>
        <translation>Zu viele Personen (höchstens %1).</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>Die Zusammenfassung</translation>
    </message>
    <message>
        <source>The agenda</source>
        <translation>Die Agenda</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 days (got %4).</source>
        <translation>%1 muss zwischen %2 und %3 Tagen liegen (angegeben: %4).</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>a carriage return (U+000D)</source>
        <translation>einen Wagenrücklauf (U+000D)</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>einen Tabulator</translation>
    </message>
    <message>
        <source>%1 contains %2; it must be one line of text without control characters.</source>
        <translation>%1 enthält %2; es muss eine Zeile Text ohne Steuerzeichen sein.</translation>
    </message>
    <message>
        <source>%1 contains a control character (%2); only line breaks and tabs are allowed.</source>
        <translation>%1 enthält ein Steuerzeichen (%2); erlaubt sind nur Zeilenumbrüche und Tabulatoren.</translation>
    </message>
    <message>
        <source>An e-mail address</source>
        <translation>Eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>%1 would fall after %2, the last day Tend can schedule; nothing was changed.</source>
        <translation>%1 fiele nach den %2, den letzten Tag, den Tend planen kann. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The reminder</source>
        <translation>Die Erinnerung</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Der Grund</translation>
    </message>
    <message>
        <source>The duration must be from 1 to 1440 minutes (got %1).</source>
        <translation>Die Dauer muss zwischen 1 und 1440 Minuten liegen (angegeben: %1).</translation>
    </message>
    <message>
        <source>The rating must be from 1 to 5 (got %1).</source>
        <translation>Die Bewertung muss zwischen 1 und 5 liegen (angegeben: %1).</translation>
    </message>
</context>
<context>
    <name>tend::Vocabulary</name>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Therapeut</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>Coffee chat</source>
        <translation>Kaffeegespräch</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Vermittlung</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>interaction kind</comment>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>I gave</source>
        <translation>Ich habe gegeben</translation>
    </message>
    <message>
        <source>I received</source>
        <translation>Ich habe bekommen</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beides</translation>
    </message>
    <message>
        <source>Work program</source>
        <translation>Firmenprogramm</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ausbildung</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>how you met</comment>
        <translation>Anderswo</translation>
    </message>
    <message>
        <source>mentor</source>
        <comment>role, inside a sentence</comment>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>sponsor</source>
        <comment>role, inside a sentence</comment>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>coach</source>
        <comment>role, inside a sentence</comment>
        <translation>Coach</translation>
    </message>
    <message>
        <source>therapist</source>
        <comment>role, inside a sentence</comment>
        <translation>Therapeut</translation>
    </message>
    <message>
        <source>peer</source>
        <comment>role, inside a sentence</comment>
        <translation>Peer</translation>
    </message>
    <message>
        <source>coffee chat</source>
        <comment>interaction kind, inside a sentence</comment>
        <translation>Kaffeegespräch</translation>
    </message>
    <message>
        <source>call</source>
        <comment>interaction kind, inside a sentence</comment>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>video call</source>
        <comment>interaction kind, inside a sentence</comment>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <source>email</source>
        <comment>interaction kind, inside a sentence</comment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>message</source>
        <comment>interaction kind, inside a sentence</comment>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>meeting</source>
        <comment>interaction kind, inside a sentence</comment>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>event</source>
        <comment>interaction kind, inside a sentence</comment>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>introduction</source>
        <comment>interaction kind, inside a sentence</comment>
        <translation>Vermittlung</translation>
    </message>
    <message>
        <source>review</source>
        <comment>interaction kind, inside a sentence</comment>
        <translation>Review</translation>
    </message>
    <message>
        <source>other interaction</source>
        <comment>interaction kind, inside a sentence</comment>
        <translation>sonstige Interaktion</translation>
    </message>
    <message>
        <source>work program</source>
        <comment>how you met, inside a sentence</comment>
        <translation>Firmenprogramm</translation>
    </message>
    <message>
        <source>work</source>
        <comment>how you met, inside a sentence</comment>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>school</source>
        <comment>how you met, inside a sentence</comment>
        <translation>Ausbildung</translation>
    </message>
    <message>
        <source>community</source>
        <comment>how you met, inside a sentence</comment>
        <translation>Community</translation>
    </message>
    <message>
        <source>online</source>
        <comment>how you met, inside a sentence</comment>
        <translation>online</translation>
    </message>
    <message>
        <source>other</source>
        <comment>how you met, inside a sentence</comment>
        <translation>anderswo</translation>
    </message>
    <message>
        <source>open</source>
        <comment>reminder state, inside a sentence</comment>
        <translation>offen</translation>
    </message>
    <message>
        <source>done</source>
        <comment>reminder state, inside a sentence</comment>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>dismissed</source>
        <comment>reminder state, inside a sentence</comment>
        <translation>verworfen</translation>
    </message>
</context>
<context>
    <name>tend::cli</name>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unbekannte Option --%1.</translation>
    </message>
    <message>
        <source>--%1 was given more than once.</source>
        <translation>--%1 wurde mehr als einmal angegeben.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 nimmt keinen Wert.</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2).</source>
        <translation>--%1 braucht einen Wert (%2).</translation>
    </message>
    <message>
        <source>%1: unknown role &quot;%2&quot;; use one of: %3.</source>
        <translation>%1: unbekannte Rolle „%2“. Verwende eine von: %3.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannte Art „%1“. Verwende eine von: %2.</translation>
    </message>
    <message>
        <source>--direction: unknown direction &quot;%1&quot;; use one of: %2.</source>
        <translation>--direction: unbekannte Richtung „%1“. Verwende eine von: %2.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation>%1: „%2“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1: must be between %2 and %3 (got %4).</source>
        <translation>%1: muss zwischen %2 und %3 liegen (angegeben: %4).</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 aus %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The database it replaced was kept as %1.</source>
        <translation>Die ersetzte Datenbank wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged. SQLite found %n problem(s):</source>
        <translation>
            <numerusform>%1 ist beschädigt. SQLite hat ein Problem gefunden:</numerusform>
            <numerusform>%1 ist beschädigt. SQLite hat %n Probleme gefunden:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is healthy: the integrity and foreign-key checks found no problem (schema %2, %3, %4, %5).</source>
        <translation>%1 ist in Ordnung: Die Integritäts- und Fremdschlüsselprüfungen haben kein Problem gefunden (Schema %2, %3, %4, %5).</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n Interaktion</numerusform>
            <numerusform>%n Interaktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n Sicherung</numerusform>
            <numerusform>%n Sicherungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the database (checked first) to PATH, or to its backups folder.</source>
        <translation>Die Datenbank (zuerst geprüft) nach PATH kopieren, oder in ihren Sicherungsordner.</translation>
    </message>
    <message>
        <source>Replace the database with a checked backup; the current one is kept as a backup.</source>
        <translation>Die Datenbank durch eine geprüfte Sicherung ersetzen; die aktuelle wird als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source>Run the integrity and foreign-key checks; exit 1 if the database is damaged.</source>
        <translation>Die Integritäts- und Fremdschlüsselprüfungen ausführen; Exit-Code 1, wenn die Datenbank beschädigt ist.</translation>
    </message>
    <message>
        <source>the database file</source>
        <translation>die Datenbankdatei</translation>
    </message>
    <message>
        <source>act as if today were this day</source>
        <translation>so tun, als wäre heute dieser Tag</translation>
    </message>
    <message>
        <source>explain this command</source>
        <translation>diesen Befehl erklären</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand:</source>
        <translation>„%1“ braucht einen Unterbefehl:</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands:</source>
        <translation>Unbekannter Befehl „%1“. Befehle:</translation>
    </message>
    <message>
        <source>Run `tend %1 --help` for its usage.</source>
        <translation>Mit `tend %1 --help` siehst du, wie er aufgerufen wird.</translation>
    </message>
    <message>
        <source>Missing arguments.</source>
        <translation>Es fehlen Argumente.</translation>
    </message>
    <message>
        <source>Too many arguments: %1.</source>
        <translation>Zu viele Argumente: %1.</translation>
    </message>
    <message>
        <source>Usage: tend [--db PATH] [--today YYYY-MM-DD] %1 %2</source>
        <translation>Aufruf: tend [--db PATH] [--today YYYY-MM-DD] %1 %2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source> (repeatable)</source>
        <translation> (mehrfach möglich)</translation>
    </message>
    <message>
        <source>warning: the daily backup failed: %1</source>
        <translation>Warnung: Die tägliche Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>JSON statt Text ausgeben</translation>
    </message>
    <message>
        <source>No contacts.</source>
        <translation>Keine Kontakte.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>ROLLEN</translation>
    </message>
    <message>
        <source>ORGANISATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <source>LAST</source>
        <translation>ZULETZT</translation>
    </message>
    <message>
        <source>NEXT FOLLOW-UP</source>
        <translation>NÄCHSTES NACHFASSEN</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s) (own)</source>
        <translation>
            <numerusform>jeden Tag (eigener Rhythmus)</numerusform>
            <numerusform>alle %n Tage (eigener Rhythmus)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s) (from role)</source>
        <translation>
            <numerusform>jeden Tag (von der Rolle)</numerusform>
            <numerusform>alle %n Tage (von der Rolle)</numerusform>
        </translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation>E-Mails:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <source>Met via:</source>
        <translation>Kennengelernt über:</translation>
    </message>
    <message>
        <source>Keep in touch:</source>
        <translation>Kontakt halten:</translation>
    </message>
    <message>
        <source>Last interaction:</source>
        <translation>Letzte Interaktion:</translation>
    </message>
    <message>
        <source>Next follow-up:</source>
        <translation>Nächstes Nachfassen:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Updated %1 (#%2).</source>
        <translation>%1 (#%2) aktualisiert.</translation>
    </message>
    <message>
        <source>Archived %1 (#%2).</source>
        <translation>%1 (#%2) archiviert.</translation>
    </message>
    <message>
        <source>Unarchived %1 (#%2).</source>
        <translation>%1 (#%2) aus dem Archiv geholt.</translation>
    </message>
    <message>
        <source>Add a contact; prints the new id.</source>
        <translation>Einen Kontakt hinzufügen; gibt die neue ID aus.</translation>
    </message>
    <message>
        <source>List contacts by name.</source>
        <translation>Kontakte nach Namen auflisten.</translation>
    </message>
    <message>
        <source>only contacts with this role</source>
        <translation>nur Kontakte mit dieser Rolle</translation>
    </message>
    <message>
        <source>only archived contacts</source>
        <translation>nur archivierte Kontakte</translation>
    </message>
    <message>
        <source>archived contacts too</source>
        <translation>auch archivierte Kontakte</translation>
    </message>
    <message>
        <source>Show everything about one contact.</source>
        <translation>Alles über einen Kontakt zeigen.</translation>
    </message>
    <message>
        <source>Hide a contact from lists and nudges.</source>
        <translation>Einen Kontakt aus Listen und Anstößen ausblenden.</translation>
    </message>
    <message>
        <source>Bring an archived contact back.</source>
        <translation>Einen archivierten Kontakt zurückholen.</translation>
    </message>
    <message>
        <source>mentor, sponsor, coach, therapist or peer</source>
        <translation>mentor, sponsor, coach, therapist oder peer</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>eine Telefonnummer</translation>
    </message>
    <message>
        <source>a web page: LinkedIn, a site…</source>
        <translation>eine Webseite: LinkedIn, eine Website …</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>Berufsbezeichnung</translation>
    </message>
    <message>
        <source>where exactly: &quot;PyLadies meetup&quot;</source>
        <translation>wo genau: „PyLadies-Treffen“</translation>
    </message>
    <message>
        <source>keep in touch every DAYS days (overrides the roles&apos; cadence)</source>
        <translation>alle DAYS Tage Kontakt halten (statt des Rhythmus der Rollen)</translation>
    </message>
    <message>
        <source>free notes</source>
        <translation>freie Notizen</translation>
    </message>
    <message>
        <source>a new display name</source>
        <translation>ein neuer Anzeigename</translation>
    </message>
    <message>
        <source>use the roles&apos; cadence again</source>
        <translation>wieder den Rhythmus der Rollen verwenden</translation>
    </message>
    <message>
        <source>add an e-mail address</source>
        <translation>eine E-Mail-Adresse hinzufügen</translation>
    </message>
    <message>
        <source>remove an e-mail address</source>
        <translation>eine E-Mail-Adresse entfernen</translation>
    </message>
    <message>
        <source>--remove-email: %1 has no e-mail address %2.</source>
        <translation>--remove-email: %1 hat keine E-Mail-Adresse %2.</translation>
    </message>
    <message>
        <source>--cadence and --clear-cadence cannot be used together.</source>
        <translation>--cadence und --clear-cadence lassen sich nicht zusammen verwenden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n contact(s); the demo network would mix with them. Use another --db, or --force to add it anyway.</source>
        <translation>
            <numerusform>%1 enthält bereits einen Kontakt; das Demo-Netzwerk würde sich damit vermischen. Verwende eine andere --db, oder --force, um es trotzdem hinzuzufügen.</numerusform>
            <numerusform>%1 enthält bereits %n Kontakte; das Demo-Netzwerk würde sich damit vermischen. Verwende eine andere --db, oder --force, um es trotzdem hinzuzufügen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generating the demo network…</source>
        <translation>Das Demo-Netzwerk wird erzeugt …</translation>
    </message>
    <message>
        <source>Added %1, %2 and %3 in %4 s.</source>
        <translation>%1, %2 und %3 in %4 s hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n Erinnerung</numerusform>
            <numerusform>%n Erinnerungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill the database with a realistic synthetic network for trying Tend out.</source>
        <translation>Die Datenbank mit einem realistischen, erfundenen Netzwerk füllen, um Tend auszuprobieren.</translation>
    </message>
    <message>
        <source>how many contacts (default 150)</source>
        <translation>wie viele Kontakte (Vorgabe 150)</translation>
    </message>
    <message>
        <source>how many interactions (default 2500)</source>
        <translation>wie viele Interaktionen (Vorgabe 2500)</translation>
    </message>
    <message>
        <source>the same seed gives the same network (default 1)</source>
        <translation>derselbe Startwert ergibt dasselbe Netzwerk (Vorgabe 1)</translation>
    </message>
    <message>
        <source>add to a database that already has contacts</source>
        <translation>auch zu einer Datenbank hinzufügen, die schon Kontakte hat</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>--follow-up and --no-follow-up cannot be used together.</source>
        <translation>--follow-up und --no-follow-up lassen sich nicht zusammen verwenden.</translation>
    </message>
    <message>
        <source>Logged interaction %1: %2 with %3 on %4.</source>
        <translation>Interaktion %1 erfasst: %2 mit %3 am %4.</translation>
    </message>
    <message>
        <source>Follow-up due %1 (reminder %2).</source>
        <translation>Nachfassen fällig am %1 (Erinnerung %2).</translation>
    </message>
    <message>
        <source>No follow-up scheduled.</source>
        <translation>Kein Nachfassen geplant.</translation>
    </message>
    <message>
        <source>when it happened (default: today)</source>
        <translation>wann es war (Vorgabe: heute)</translation>
    </message>
    <message>
        <source>one line: what it was about</source>
        <translation>eine Zeile: worum es ging</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>what you planned to discuss</source>
        <translation>was du besprechen wolltest</translation>
    </message>
    <message>
        <source>gave, received or mutual: who helped whom (default: mutual)</source>
        <translation>gave, received oder mutual: wer wem geholfen hat (Vorgabe: mutual)</translation>
    </message>
    <message>
        <source>follow up after DAYS days instead of the kind&apos;s default</source>
        <translation>nach DAYS Tagen nachfassen statt nach der Vorgabe der Art</translation>
    </message>
    <message>
        <source>schedule no follow-up</source>
        <translation>kein Nachfassen planen</translation>
    </message>
    <message>
        <source>No good backup of it was found in %1. The damaged file was left as it is.</source>
        <translation>In %1 wurde keine intakte Sicherung davon gefunden. Die beschädigte Datei blieb, wie sie ist.</translation>
    </message>
    <message>
        <source>The damaged file was left as it is. The newest good backup is %1 (taken %2).
To restore it (the damaged file is kept among the backups):
  tend --db %3 restore %4</source>
        <translation>Die beschädigte Datei blieb, wie sie ist. Die neueste intakte Sicherung ist %1 (vom %2).
So stellst du sie wieder her (die beschädigte Datei wird bei den Sicherungen aufbewahrt):
  tend --db %3 restore %4</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>Nichts fällig.</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>FÄLLIG</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>KONTAKT</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>%1 has no keep-in-touch cadence, so there is no nudge k%2 to act on.</source>
        <translation>%1 hat keinen Kontaktrhythmus, also gibt es keinen Anstoß k%2.</translation>
    </message>
    <message>
        <source>snooze days</source>
        <translation>Tage zum Verschieben</translation>
    </message>
    <message>
        <source>Snoozed reminder %1 (%2) until %3.</source>
        <translation>Erinnerung %1 (%2) auf %3 verschoben.</translation>
    </message>
    <message>
        <source>Snoozed keep-in-touch %1 (%2) until %3.</source>
        <translation>Kontaktpflege %1 (%2) auf %3 verschoben.</translation>
    </message>
    <message>
        <source>Done: reminder %1 (%2, due %3).</source>
        <translation>Erledigt: Erinnerung %1 (%2, fällig am %3).</translation>
    </message>
    <message>
        <source>Done: keep-in-touch %1 (%2); the next nudge is due %3.</source>
        <translation>Erledigt: Kontaktpflege %1 (%2); der nächste Anstoß ist am %3 fällig.</translation>
    </message>
    <message>
        <source>Dismissed reminder %1 (%2, due %3).</source>
        <translation>Erinnerung %1 (%2, fällig am %3) verworfen.</translation>
    </message>
    <message>
        <source>Skipped keep-in-touch %1 (%2) this round; the next nudge is due %3.</source>
        <translation>Kontaktpflege %1 (%2) diesmal übersprungen; der nächste Anstoß ist am %3 fällig.</translation>
    </message>
    <message>
        <source>Give exactly one of --in DAYS or --on YYYY-MM-DD.</source>
        <translation>Gib genau eines von --in DAYS oder --on YYYY-MM-DD an.</translation>
    </message>
    <message>
        <source>Reminder %1: %2, due %3.</source>
        <translation>Erinnerung %1: %2, fällig am %3.</translation>
    </message>
    <message>
        <source>Follow-ups due by today (+DAYS) and lapsed keep-in-touch cadences, most overdue first.</source>
        <translation>Bis heute (+DAYS) fälliges Nachfassen und überschrittene Kontaktrhythmen, das am längsten Überfällige zuerst.</translation>
    </message>
    <message>
        <source>also what falls due in the next DAYS days</source>
        <translation>auch, was in den nächsten DAYS Tagen fällig wird</translation>
    </message>
    <message>
        <source>due in DAYS days</source>
        <translation>fällig in DAYS Tagen</translation>
    </message>
    <message>
        <source>due on this day</source>
        <translation>fällig an diesem Tag</translation>
    </message>
    <message>
        <source>what to do</source>
        <translation>was zu tun ist</translation>
    </message>
    <message numerus="yes">
        <source>You gave no help in the last %n day(s).</source>
        <translation>
            <numerusform>Du hast am letzten Tag niemandem geholfen.</numerusform>
            <numerusform>Du hast in den letzten %n Tagen niemandem geholfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>TIMES</source>
        <translation>MAL</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>MONAT</translation>
    </message>
    <message>
        <source>GAVE</source>
        <translation>GEGEBEN</translation>
    </message>
    <message>
        <source>RECEIVED</source>
        <translation>BEKOMMEN</translation>
    </message>
    <message>
        <source>Nothing stands out.</source>
        <translation>Nichts fällt auf.</translation>
    </message>
    <message numerus="yes">
        <source>Contacts per role; active: an interaction in the last %n day(s) (archived contacts left out)</source>
        <translation>
            <numerusform>Kontakte je Rolle; aktiv: eine Interaktion am letzten Tag (ohne archivierte Kontakte)</numerusform>
            <numerusform>Kontakte je Rolle; aktiv: eine Interaktion in den letzten %n Tagen (ohne archivierte Kontakte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Interactions per month by role (one with people of several roles counts for each role)</source>
        <translation>Interaktionen pro Monat nach Rolle (eine mit Menschen mehrerer Rollen zählt für jede Rolle)</translation>
    </message>
    <message>
        <source>What stands out</source>
        <translation>Was auffällt</translation>
    </message>
    <message>
        <source>%1 (with %2)</source>
        <translation>%1 (mit %2)</translation>
    </message>
    <message>
        <source>Nothing yet with %1.</source>
        <translation>Noch nichts mit %1.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>WAS</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>ZUSAMMENFASSUNG</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a number from 1 to 1000.</source>
        <translation>--limit: „%1“ ist keine Zahl von 1 bis 1000.</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Nichts passt auf „%1“.</translation>
    </message>
    <message>
        <source>MATCH</source>
        <translation>TREFFER</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>The people you gave to in the last DAYS days (default 30), most recent first.</source>
        <translation>Die Menschen, denen du in den letzten DAYS Tagen (Vorgabe 30) etwas gegeben hast, die jüngsten zuerst.</translation>
    </message>
    <message>
        <source>the window, in days back from today</source>
        <translation>der Zeitraum, in Tagen von heute zurück</translation>
    </message>
    <message>
        <source>Active contacts per role, twelve months of interactions by role and give and take, and what stands out.</source>
        <translation>Aktive Kontakte je Rolle, zwölf Monate Interaktionen nach Rolle und nach Geben und Nehmen, und was auffällt.</translation>
    </message>
    <message>
        <source>A contact&apos;s interactions and follow-ups, newest first.</source>
        <translation>Die Interaktionen und das Nachfassen eines Kontakts, das Neueste zuerst.</translation>
    </message>
    <message>
        <source>Contacts whose details or interactions mention the words, best match first.</source>
        <translation>Kontakte, deren Angaben oder Interaktionen die Wörter enthalten, der beste Treffer zuerst.</translation>
    </message>
    <message>
        <source>at most N contacts (default 20)</source>
        <translation>höchstens N Kontakte (Vorgabe 20)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>%1d overdue</source>
        <translation>%1 T. überfällig</translation>
    </message>
    <message>
        <source>in %1d</source>
        <translation>in %1 T.</translation>
    </message>
    <message>
        <source>Run `tend --help` for usage.</source>
        <translation>Mit `tend --help` siehst du, wie Tend aufgerufen wird.</translation>
    </message>
    <message>
        <source>the database file (default: $TEND_DB, else tend.db in the app-data folder)</source>
        <translation>die Datenbankdatei (Vorgabe: $TEND_DB, sonst tend.db im Ordner für Anwendungsdaten)</translation>
    </message>
    <message>
        <source>use the demo database instead of your own</source>
        <translation>die Demo-Datenbank statt der eigenen verwenden</translation>
    </message>
    <message>
        <source>this text; `tend COMMAND --help` explains one command</source>
        <translation>dieser Text; `tend COMMAND --help` erklärt einen Befehl</translation>
    </message>
    <message>
        <source>the version of Tend</source>
        <translation>die Version von Tend</translation>
    </message>
    <message>
        <source>Keep up with the people who help you grow: mentors, sponsors, coaches, therapists, peers.
With no command, Tend opens its window.</source>
        <translation>Bleib in Kontakt mit den Menschen, die dich wachsen lassen: Mentoren, Sponsoren, Coaches, Therapeuten, Peers.
Ohne Befehl öffnet Tend sein Fenster.</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>--%1 was given twice; give it once.</source>
        <translation>--%1 wurde zweimal angegeben. Gib es nur einmal an.</translation>
    </message>
    <message>
        <source>--db needs a file name; it was given an empty one.</source>
        <translation>--db braucht einen Dateinamen, es wurde aber ein leerer angegeben.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>%1 is an option of the window; commands do not take it.</source>
        <translation>%1 ist eine Option des Fensters. Befehle nehmen sie nicht an.</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>WO</translation>
    </message>
    <message>
        <source>Tend&apos;s window needs a display; use a command (tend --help).</source>
        <translation>Das Fenster von Tend braucht eine Anzeige. Verwende einen Befehl (tend --help).</translation>
    </message>
    <message>
        <source>Argument %1 is not valid text in this system&apos;s encoding (UTF-8, usually).</source>
        <translation>Argument %1 ist kein gültiger Text in der Kodierung dieses Systems (meist UTF-8).</translation>
    </message>
    <message>
        <source>--met-via: unknown value &quot;%1&quot;; use one of: %2, or none.</source>
        <translation>--met-via: unbekannter Wert „%1“. Verwende einen von: %2, oder none.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one option, such as --org ORG.</source>
        <translation>Nichts zu ändern: Gib mindestens eine Option an, etwa --org ORG.</translation>
    </message>
    <message>
        <source>Run `tend contact edit --help` for its options.</source>
        <translation>Mit `tend contact edit --help` siehst du seine Optionen.</translation>
    </message>
    <message>
        <source>Change the fields given, and only those (at least one).</source>
        <translation>Die angegebenen Felder ändern, und nur diese (mindestens eines).</translation>
    </message>
    <message>
        <source>work-program, work, school, community, online or other; none clears it</source>
        <translation>work-program, work, school, community, online oder other; none löscht es</translation>
    </message>
    <message>
        <source>remove every role</source>
        <translation>alle Rollen entfernen</translation>
    </message>
    <message>
        <source>--role and --no-roles cannot be used together.</source>
        <translation>--role und --no-roles lassen sich nicht zusammen verwenden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n record(s)</source>
        <translation>
            <numerusform>%1 (%2): ein Eintrag</numerusform>
            <numerusform>%1 (%2): %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged with an earlier record</source>
        <translation>
            <numerusform>%n mit einem früheren Eintrag zusammengeführt</numerusform>
            <numerusform>%n mit früheren Einträgen zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A backup from before the import: %1</source>
        <translation>Eine Sicherung von vor dem Import: %1</translation>
    </message>
    <message>
        <source>--format must be one of auto, vcard, linkedin, google, outlook, csv, json (got &quot;%1&quot;).</source>
        <translation>--format muss auto, vcard, linkedin, google, outlook, csv oder json sein (angegeben: „%1“).</translation>
    </message>
    <message>
        <source>--vcard-version must be 3.0 or 4.0 (got &quot;%1&quot;).</source>
        <translation>--vcard-version muss 3.0 oder 4.0 sein (angegeben: „%1“).</translation>
    </message>
    <message>
        <source>A JSON export is the whole notebook: --role and --tag do not apply.</source>
        <translation>Ein JSON-Export ist das ganze Notizbuch: --role und --tag gelten dafür nicht.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n item(s) to %1.</source>
        <translation>
            <numerusform>Einen Eintrag nach %1 geschrieben.</numerusform>
            <numerusform>%n Einträge nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring in contacts from vCard or CSV files, or restore a JSON export; a contact already here is updated, not added again.</source>
        <translation>Kontakte aus vCard- oder CSV-Dateien übernehmen oder einen JSON-Export zurückspielen; ein schon vorhandener Kontakt wird aktualisiert, nicht noch einmal angelegt.</translation>
    </message>
    <message>
        <source>what the files are; auto (the default) tells from their content</source>
        <translation>was die Dateien sind; auto (die Vorgabe) erkennt es am Inhalt</translation>
    </message>
    <message>
        <source>say what would happen, change nothing</source>
        <translation>sagen, was geschähe, nichts ändern</translation>
    </message>
    <message>
        <source>refuse everything when any record is damaged</source>
        <translation>alles ablehnen, wenn ein Eintrag beschädigt ist</translation>
    </message>
    <message>
        <source>Write contacts (vCard, CSV), open reminders (iCalendar) or the whole notebook (JSON) to FILE.</source>
        <translation>Kontakte (vCard, CSV), offene Erinnerungen (iCalendar) oder das ganze Notizbuch (JSON) nach FILE schreiben.</translation>
    </message>
    <message>
        <source>vcard, csv, ics or json; without it, from FILE&apos;s extension</source>
        <translation>vcard, csv, ics oder json; ohne Angabe aus der Endung von FILE</translation>
    </message>
    <message>
        <source>only contacts with this tag</source>
        <translation>nur Kontakte mit diesem Schlagwort</translation>
    </message>
    <message>
        <source>4.0 (the default) or 3.0, for programs that read 4.0 badly</source>
        <translation>4.0 (die Vorgabe) oder 3.0, für Programme, die 4.0 schlecht lesen</translation>
    </message>
    <message>
        <source>Say which format to write: --format vcard, csv, ics or json.</source>
        <translation>Sag, welches Format geschrieben werden soll: --format vcard, csv, ics oder json.</translation>
    </message>
    <message>
        <source>--format must be one of vcard, csv, ics, json (got &quot;%1&quot;).</source>
        <translation>--format muss vcard, csv, ics oder json sein (angegeben: „%1“).</translation>
    </message>
    <message>
        <source>%1 was named twice; logged once.</source>
        <translation>%1 wurde zweimal genannt und einmal erfasst.</translation>
    </message>
    <message>
        <source>%1 was named %2 times; logged once.</source>
        <translation>%1 wurde %2-mal genannt und einmal erfasst.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interaction id: use the number `tend timeline` shows (#7 is 7).</source>
        <translation>„%1“ ist keine Interaktions-ID: Verwende die Zahl, die `tend timeline` zeigt (#7 ist 7).</translation>
    </message>
    <message>
        <source>%1 with %2 on %3</source>
        <translation>%1 mit %2 am %3</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one of --kind, --date, --with, --direction, --summary, --agenda or --note.</source>
        <translation>Nichts zu ändern: Gib mindestens eine der Optionen --kind, --date, --with, --direction, --summary, --agenda oder --note an.</translation>
    </message>
    <message>
        <source>Run `tend interaction edit --help` for its usage.</source>
        <translation>Mit `tend interaction edit --help` siehst du, wie er aufgerufen wird.</translation>
    </message>
    <message>
        <source>Updated interaction %1: %2.</source>
        <translation>Interaktion %1 aktualisiert: %2.</translation>
    </message>
    <message>
        <source>Deleted interaction %1: %2 (%3).</source>
        <translation>Interaktion %1 gelöscht: %2 (%3).</translation>
    </message>
    <message>
        <source>  Summary: %1</source>
        <translation>  Zusammenfassung: %1</translation>
    </message>
    <message>
        <source>  Agenda: %1</source>
        <translation>  Agenda: %1</translation>
    </message>
    <message>
        <source>  Notes: %1</source>
        <translation>  Notizen: %1</translation>
    </message>
    <message>
        <source>Deleted its follow-up %1 (%2, due %3, %4).</source>
        <translation>Ihr Nachfassen %1 gelöscht (%2, fällig %3, %4).</translation>
    </message>
    <message>
        <source>Change a logged interaction (its id is the #N of `tend timeline`); follow-ups stay as they are.</source>
        <translation>Eine erfasste Interaktion ändern (ihre ID ist die #N aus `tend timeline`); Nachfassen bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>the kind of interaction, as for `tend log`</source>
        <translation>die Art der Interaktion, wie bei `tend log`</translation>
    </message>
    <message>
        <source>when it happened</source>
        <translation>wann sie stattfand</translation>
    </message>
    <message>
        <source>who took part, replacing the participants</source>
        <translation>wer teilnahm; ersetzt die Teilnehmenden</translation>
    </message>
    <message>
        <source>gave, received or mutual: who helped whom</source>
        <translation>gave, received oder mutual: wer wem geholfen hat</translation>
    </message>
    <message>
        <source>Delete a logged interaction and its follow-ups; prints everything it held.</source>
        <translation>Eine erfasste Interaktion samt ihrem Nachfassen löschen; gibt alles aus, was sie enthielt.</translation>
    </message>
    <message>
        <source>Closed the follow-up “%1” with %2 (reminder %3, due %4).</source>
        <translation>Nachfassen „%1“ mit %2 erledigt (Erinnerung %3, fällig %4).</translation>
    </message>
    <message>
        <source>Record an interaction and schedule its follow-up; marks the people&apos;s due follow-ups done.</source>
        <translation>Eine Interaktion erfassen und ihr Nachfassen planen; fälliges Nachfassen bei diesen Personen wird als erledigt markiert.</translation>
    </message>
    <message>
        <source>leave the people&apos;s due follow-ups open (by default logging marks them done)</source>
        <translation>fälliges Nachfassen der Personen offen lassen (sonst markiert das Erfassen es als erledigt)</translation>
    </message>
    <message>
        <source>--daily takes no PATH: the daily copy goes to the backups folder.</source>
        <translation>--daily nimmt keinen PFAD: Die tägliche Kopie kommt in den Sicherungsordner.</translation>
    </message>
    <message>
        <source>take the day&apos;s copy unless there is one (what the first command of a day starts in the background)</source>
        <translation>die Kopie des Tages anlegen, falls es noch keine gibt (was der erste Befehl eines Tages im Hintergrund startet)</translation>
    </message>
    <message>
        <source>warning: the daily backup could not be started: %1</source>
        <translation>Warnung: Die tägliche Sicherung konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Merged %1 (#%2) into %3 (#%4).</source>
        <translation>%1 (#%2) wurde mit %3 (#%4) zusammengeführt.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n interaction(s)</source>
        <translation>
            <numerusform>%n Begegnung verschoben</numerusform>
            <numerusform>%n Begegnungen verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s).</source>
        <translation>
            <numerusform>%n Erinnerung.</numerusform>
            <numerusform>%n Erinnerungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was dropped.</source>
        <translation>Nichts wurde verworfen.</translation>
    </message>
    <message>
        <source>Dropped (kept %1&apos;s):</source>
        <translation>Verworfen (die Angaben von %1 bleiben):</translation>
    </message>
    <message>
        <source>No possible duplicates.</source>
        <translation>Keine möglichen Dubletten.</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>WARUM</translation>
    </message>
    <message>
        <source>%1 (#%2) and %3 (#%4) may be duplicates again.</source>
        <translation>%1 (#%2) und %3 (#%4) können wieder als Dubletten gelten.</translation>
    </message>
    <message>
        <source>%1 (#%2) and %3 (#%4) are not duplicates: `tend contact duplicates` leaves them out.</source>
        <translation>%1 (#%2) und %3 (#%4) sind keine Dubletten: `tend contact duplicates` lässt sie weg.</translation>
    </message>
    <message>
        <source>Merge OTHER into KEEP: interactions, reminders, roles, tags, e-mails, phones and links move to KEEP, KEEP&apos;s fields win, and what was dropped is listed.</source>
        <translation>ANDERER in BEHALTEN zusammenführen: Begegnungen, Erinnerungen, Rollen, Schlagwörter, E-Mails, Telefonnummern und Links gehen an BEHALTEN, dessen Felder gewinnen, und das Verworfene wird aufgelistet.</translation>
    </message>
    <message>
        <source>List pairs of contacts that may be one person (same e-mail, same phone, similar name).</source>
        <translation>Paare von Kontakten auflisten, die eine Person sein könnten (gleiche E-Mail, gleiche Telefonnummer, ähnlicher Name).</translation>
    </message>
    <message>
        <source>Say two contacts are different people, so `contact duplicates` leaves the pair out.</source>
        <translation>Zwei Kontakte als verschiedene Personen markieren, damit `contact duplicates` das Paar weglässt.</translation>
    </message>
    <message>
        <source>list the pair again</source>
        <translation>das Paar wieder auflisten</translation>
    </message>
    <message>
        <source>open the window, quit once its first frame shows the notebook (for measuring start-up)</source>
        <translation>das Fenster öffnen und beenden, sobald sein erstes Bild das Notizbuch zeigt (zum Messen des Starts)</translation>
    </message>
    <message>
        <source>read the password from the first line of FILE</source>
        <translation>das Passwort aus der ersten Zeile von FILE lesen</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Die Passwortdatei %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Die Passwortdatei %1 ist leer.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Es wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Give the user name with --user.</source>
        <translation>Gib den Benutzernamen mit --user an.</translation>
    </message>
    <message>
        <source>%1: created &quot;%2&quot; at %3</source>
        <translation>%1: „%2“ unter %3 angelegt</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; at %3</source>
        <translation>%1: „%2“ unter %3</translation>
    </message>
    <message>
        <source>The password was not stored: %1</source>
        <translation>Das Passwort wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Give --password-file to each `tend sync`.</source>
        <translation>Gib bei jedem `tend sync` --password-file an.</translation>
    </message>
    <message>
        <source>The password is in the desktop keyring.</source>
        <translation>Das Passwort liegt im Schlüsselbund des Desktops.</translation>
    </message>
    <message>
        <source>Interaction notes, roles, tags and therapists stay on this machine; see `tend sync status`.</source>
        <translation>Notizen zu Begegnungen, Rollen, Schlagwörter und Therapeuten bleiben auf diesem Rechner; siehe `tend sync status`.</translation>
    </message>
    <message>
        <source>Sync is not set up: run `tend sync setup URL --user USER` first.</source>
        <translation>Der Abgleich ist nicht eingerichtet: Führe zuerst `tend sync setup URL --user USER` aus.</translation>
    </message>
    <message>
        <source>%1 Give the password with --password-file FILE, or run `tend sync setup` again.</source>
        <translation>%1 Gib das Passwort mit --password-file FILE an oder führe `tend sync setup` erneut aus.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed on either side.</source>
        <translation>Probelauf: Auf keiner Seite wurde etwas geändert.</translation>
    </message>
    <message>
        <source>  conflict in %1, %2: here &quot;%3&quot;, on the server &quot;%4&quot;</source>
        <translation>  Konflikt bei %1, %2: hier „%3“, auf dem Server „%4“</translation>
    </message>
    <message>
        <source>Sync is not set up: run `tend sync setup URL --user USER`.</source>
        <translation>Der Abgleich ist nicht eingerichtet: Führe `tend sync setup URL --user USER` aus.</translation>
    </message>
    <message>
        <source>  never synced</source>
        <translation>  noch nie abgeglichen</translation>
    </message>
    <message>
        <source>  last sync %1: all went through</source>
        <translation>  letzter Abgleich %1: alles übertragen</translation>
    </message>
    <message>
        <source>  last sync %1: %2</source>
        <translation>  letzter Abgleich %1: %2</translation>
    </message>
    <message>
        <source>%1 (with their notes)</source>
        <translation>%1 (mit ihren Notizen)</translation>
    </message>
    <message numerus="yes">
        <source>Shared: %n contact(s)</source>
        <translation>
            <numerusform>Geteilt: %n Kontakt</numerusform>
            <numerusform>Geteilt: %n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Roles whose contacts are shared: %1.</source>
        <translation>Rollen, deren Kontakte geteilt werden: %1.</translation>
    </message>
    <message>
        <source>Kept on this machine: %1.</source>
        <translation>Bleiben auf diesem Rechner: %1.</translation>
    </message>
    <message>
        <source>Never sent: interaction notes and agendas, roles, tags, cadences, how you met.</source>
        <translation>Nie gesendet: Notizen und Agenden von Begegnungen, Rollen, Schlagwörter, Rhythmen, wie ihr euch kennengelernt habt.</translation>
    </message>
    <message>
        <source>find the address book and task list on a CardDAV/CalDAV server and use them</source>
        <translation>Adressbuch und Aufgabenliste auf einem CardDAV-/CalDAV-Server finden und verwenden</translation>
    </message>
    <message>
        <source>the user name on the server</source>
        <translation>der Benutzername auf dem Server</translation>
    </message>
    <message>
        <source>the address book to use (default: the only one, or &quot;Tend&quot;, made if missing)</source>
        <translation>das zu verwendende Adressbuch (Standard: das einzige oder „Tend“, das bei Bedarf angelegt wird)</translation>
    </message>
    <message>
        <source>the task list to use (default: the only one, or &quot;Tend&quot;, made if missing)</source>
        <translation>die zu verwendende Aufgabenliste (Standard: die einzige oder „Tend“, die bei Bedarf angelegt wird)</translation>
    </message>
    <message>
        <source>send and receive what changed since the last sync</source>
        <translation>senden und empfangen, was sich seit dem letzten Abgleich geändert hat</translation>
    </message>
    <message>
        <source>say what would change, change nothing</source>
        <translation>sagen, was sich ändern würde, nichts ändern</translation>
    </message>
    <message>
        <source>the account, the last sync, and what is shared</source>
        <translation>das Konto, der letzte Abgleich und was geteilt wird</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id of %2: use the number its list shows.</source>
        <translation>„%1“ ist keine ID für %2: Verwende die Zahl, die die Liste zeigt.</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 unset; now %2.</source>
        <translation>%1 zurückgesetzt; jetzt %2.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>SET BY</source>
        <translation>GESETZT VON</translation>
    </message>
    <message>
        <source>you</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>Change a setting: days, &quot;none&quot; for no nudges from a cadence, or a factor such as 1.5.</source>
        <translation>Eine Einstellung ändern: Tage, „none“ für keine Anstöße aus einem Rhythmus, oder ein Faktor wie 1.5.</translation>
    </message>
    <message>
        <source>Take back a setting: its default applies again.</source>
        <translation>Eine Einstellung zurücknehmen: Ihre Vorgabe gilt wieder.</translation>
    </message>
    <message>
        <source>Every setting, with its value and who set it.</source>
        <translation>Alle Einstellungen, mit ihrem Wert und wer sie gesetzt hat.</translation>
    </message>
    <message>
        <source>only contacts met this way</source>
        <translation>nur Kontakte, die du so kennengelernt hast</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of date; use one of %2.</source>
        <translation>„%1“ ist keine Art von Datum. Verwende eine von %2.</translation>
    </message>
    <message>
        <source>A custom date takes a label and a day: tend date add CONTACT custom LABEL DATE.</source>
        <translation>Ein eigenes Datum braucht eine Bezeichnung und einen Tag: tend date add CONTACT custom LABEL DATE.</translation>
    </message>
    <message>
        <source>Give the day after the kind: tend date add CONTACT %1 DATE.</source>
        <translation>Gib den Tag nach der Art an: tend date add CONTACT %1 DATE.</translation>
    </message>
    <message>
        <source>Date %1: %2&apos;s %3, %4.</source>
        <translation>Datum %1: %3 von %2, %4.</translation>
    </message>
    <message>
        <source>No important dates.</source>
        <translation>Keine wichtigen Daten.</translation>
    </message>
    <message>
        <source>NEXT</source>
        <translation>NÄCHSTES</translation>
    </message>
    <message>
        <source>YEARS</source>
        <translation>JAHRE</translation>
    </message>
    <message>
        <source>Add an important date: YYYY-MM-DD, or --MM-DD without a year.</source>
        <translation>Ein wichtiges Datum hinzufügen: YYYY-MM-DD, oder --MM-DD ohne Jahr.</translation>
    </message>
    <message>
        <source>Important dates of the next DAYS days (default: a year), soonest first.</source>
        <translation>Wichtige Daten der nächsten DAYS Tage (Vorgabe: ein Jahr), das nächste zuerst.</translation>
    </message>
    <message>
        <source>how far ahead to look</source>
        <translation>wie weit vorausgeschaut wird</translation>
    </message>
    <message>
        <source>--minutes: &quot;%1&quot; is not a duration from 1 to 1440 minutes.</source>
        <translation>--minutes: „%1“ ist keine Dauer von 1 bis 1440 Minuten.</translation>
    </message>
    <message>
        <source>--rating: &quot;%1&quot; is not a rating from 1 to 5.</source>
        <translation>--rating: „%1“ ist keine Bewertung von 1 bis 5.</translation>
    </message>
    <message>
        <source>a planned meeting</source>
        <translation>ein geplantes Treffen</translation>
    </message>
    <message>
        <source>how long it took</source>
        <translation>wie lange es gedauert hat</translation>
    </message>
    <message>
        <source>how useful it was, from 1 to 5</source>
        <translation>wie hilfreich es war, von 1 bis 5</translation>
    </message>
    <message>
        <source>an item of advice received</source>
        <translation>ein erhaltener Ratschlag</translation>
    </message>
    <message>
        <source>the planned meeting this was: it becomes the record, dated today</source>
        <translation>das geplante Treffen, das dies war: Es wird zum Eintrag, datiert auf heute</translation>
    </message>
    <message>
        <source>An ask needs a deadline: --by YYYY-MM-DD.</source>
        <translation>Eine Bitte braucht eine Frist: --by YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Added ask %1 to %2, due %3.</source>
        <translation>Bitte %1 an %2 hinzugefügt, fällig am %3.</translation>
    </message>
    <message>
        <source>Added ask %1 from %2, to answer by %3.</source>
        <translation>Bitte %1 von %2 hinzugefügt, zu beantworten bis %3.</translation>
    </message>
    <message>
        <source>No asks.</source>
        <translation>Keine Bitten.</translation>
    </message>
    <message>
        <source>WHO ASKED</source>
        <translation>WER BAT</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STAND</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>BIS</translation>
    </message>
    <message>
        <source>ASK</source>
        <translation>BITTE</translation>
    </message>
    <message>
        <source>I did</source>
        <translation>ich</translation>
    </message>
    <message>
        <source>they did</source>
        <translation>die Person</translation>
    </message>
    <message>
        <source>an ask</source>
        <translation>eine Bitte</translation>
    </message>
    <message>
        <source>Ask %1 to %2 is now %3.</source>
        <translation>Die Bitte %1 an %2 ist jetzt %3.</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>was passiert ist</translation>
    </message>
    <message>
        <source>Record a request: what is asked, why, the action and the deadline.</source>
        <translation>Eine Bitte erfassen: worum gebeten wird, warum, die Handlung und die Frist.</translation>
    </message>
    <message>
        <source>the deadline (today or later)</source>
        <translation>die Frist (heute oder später)</translation>
    </message>
    <message>
        <source>why it matters</source>
        <translation>warum es wichtig ist</translation>
    </message>
    <message>
        <source>the concrete action asked for</source>
        <translation>die konkrete Handlung, um die gebeten wird</translation>
    </message>
    <message>
        <source>they asked me (default: I asked them)</source>
        <translation>die Person hat mich gebeten (Vorgabe: ich habe sie gebeten)</translation>
    </message>
    <message>
        <source>List asks, earliest deadline first.</source>
        <translation>Bitten auflisten, die früheste Frist zuerst.</translation>
    </message>
    <message>
        <source>only open and answered asks</source>
        <translation>nur offene und beantwortete Bitten</translation>
    </message>
    <message>
        <source>only this person&apos;s asks</source>
        <translation>nur die Bitten dieser Person</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>Mark an ask answered.</source>
        <translation>Eine Bitte als beantwortet markieren.</translation>
    </message>
    <message>
        <source>Mark an ask declined.</source>
        <translation>Eine Bitte als abgelehnt markieren.</translation>
    </message>
    <message>
        <source>Mark an ask done.</source>
        <translation>Eine Bitte als erledigt markieren.</translation>
    </message>
    <message>
        <source>Withdraw an ask.</source>
        <translation>Eine Bitte zurückziehen.</translation>
    </message>
    <message>
        <source>Proposed introduction %1 of %2 and %3; %2 is asked first.</source>
        <translation>Vermittlung %1 zwischen %2 und %3 vorgeschlagen; %2 wird zuerst gefragt.</translation>
    </message>
    <message>
        <source>an introduction</source>
        <translation>eine Vermittlung</translation>
    </message>
    <message>
        <source>Introduction %1 of %2 and %3: %4 (logged interaction %5).</source>
        <translation>Vermittlung %1 zwischen %2 und %3: %4 (Interaktion %5 erfasst).</translation>
    </message>
    <message>
        <source>No introductions.</source>
        <translation>Keine Vermittlungen.</translation>
    </message>
    <message>
        <source>FIRST</source>
        <translation>ERSTE</translation>
    </message>
    <message>
        <source>SECOND</source>
        <translation>ZWEITE</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>SEIT</translation>
    </message>
    <message>
        <source>Introduction %1: %2 and %3</source>
        <translation>Vermittlung %1: %2 und %3</translation>
    </message>
    <message>
        <source>State: %1 (since %2)</source>
        <translation>Stand: %1 (seit %2)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>  %1  %2 → %3</source>
        <translation>  %1  %2 → %3</translation>
    </message>
    <message>
        <source>Propose a double opt-in introduction of A and B; A is asked first.</source>
        <translation>Eine Vermittlung mit beidseitiger Zustimmung zwischen A und B vorschlagen; A wird zuerst gefragt.</translation>
    </message>
    <message>
        <source>why they should meet</source>
        <translation>warum sie sich kennenlernen sollten</translation>
    </message>
    <message>
        <source>Take an introduction&apos;s next step, logging it with the person it concerns.</source>
        <translation>Den nächsten Schritt einer Vermittlung gehen und ihn bei der betroffenen Person erfassen.</translation>
    </message>
    <message>
        <source>the person asked said no</source>
        <translation>die gefragte Person hat abgelehnt</translation>
    </message>
    <message>
        <source>List introductions.</source>
        <translation>Vermittlungen auflisten.</translation>
    </message>
    <message>
        <source>only those in progress</source>
        <translation>nur laufende</translation>
    </message>
    <message>
        <source>Show an introduction and its steps.</source>
        <translation>Eine Vermittlung und ihre Schritte zeigen.</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>einen Ratschlag</translation>
    </message>
    <message>
        <source>Advice %1 acted on. Tell %2 how it helped: `tend advice reported %1`.</source>
        <translation>Ratschlag %1 umgesetzt. Erzähl %2, wie er geholfen hat: `tend advice reported %1`.</translation>
    </message>
    <message>
        <source>Advice %1 reported back and closed (logged interaction %2).</source>
        <translation>Ratschlag %1 zurückgemeldet und abgeschlossen (Interaktion %2 erfasst).</translation>
    </message>
    <message>
        <source>No advice.</source>
        <translation>Keine Ratschläge.</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>ADVICE</source>
        <translation>RATSCHLAG</translation>
    </message>
    <message>
        <source>Mark advice acted on, with what came of it; Tend then proposes telling them.</source>
        <translation>Einen Ratschlag als umgesetzt markieren, mit dem, was daraus wurde; Tend schlägt dann vor, es der Person zu erzählen.</translation>
    </message>
    <message>
        <source>what came of acting on it</source>
        <translation>was aus der Umsetzung wurde</translation>
    </message>
    <message>
        <source>Log that you told them how the advice helped (given), and close it.</source>
        <translation>Erfassen, dass du der Person erzählt hast, wie der Rat geholfen hat (gegeben), und ihn abschließen.</translation>
    </message>
    <message>
        <source>one line for the logged interaction</source>
        <translation>eine Zeile für die erfasste Interaktion</translation>
    </message>
    <message>
        <source>List advice received and whether it was reported back.</source>
        <translation>Erhaltene Ratschläge auflisten, und ob sie zurückgemeldet wurden.</translation>
    </message>
    <message>
        <source>only advice not reported back yet</source>
        <translation>nur noch nicht zurückgemeldete Ratschläge</translation>
    </message>
    <message>
        <source>only advice from this person</source>
        <translation>nur Ratschläge von dieser Person</translation>
    </message>
    <message>
        <source>A planned meeting needs its day: --date YYYY-MM-DD.</source>
        <translation>Ein geplantes Treffen braucht seinen Tag: --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Planned meeting %1: %2 with %3 on %4.</source>
        <translation>Geplantes Treffen %1: %2 mit %3 am %4.</translation>
    </message>
    <message>
        <source>It has no agenda yet: `tend agenda %1 TEXT`.</source>
        <translation>Es hat noch keine Agenda: `tend agenda %1 TEXT`.</translation>
    </message>
    <message>
        <source>Agenda of interaction %1 set.</source>
        <translation>Agenda der Interaktion %1 festgelegt.</translation>
    </message>
    <message>
        <source>Plan a meeting: an interaction dated after today, with an agenda.</source>
        <translation>Ein Treffen planen: eine Interaktion nach dem heutigen Tag, mit einer Agenda.</translation>
    </message>
    <message>
        <source>the day of the meeting (after today)</source>
        <translation>der Tag des Treffens (nach heute)</translation>
    </message>
    <message>
        <source>what you mean to discuss</source>
        <translation>was du besprechen willst</translation>
    </message>
    <message>
        <source>one line: what it is about</source>
        <translation>eine Zeile: worum es geht</translation>
    </message>
    <message>
        <source>Set the agenda of a planned meeting (or of any interaction).</source>
        <translation>Die Agenda eines geplanten Treffens (oder einer beliebigen Interaktion) festlegen.</translation>
    </message>
    <message>
        <source>A planned meeting took place: it becomes the record, dated today, agenda kept.</source>
        <translation>Ein geplantes Treffen hat stattgefunden: Es wird zum Eintrag, datiert auf heute; die Agenda bleibt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, überfällig</translation>
    </message>
    <message>
        <source>Next: reminder %1, due %2.</source>
        <translation>Als Nächstes: Erinnerung %1, fällig am %2.</translation>
    </message>
    <message>
        <source>--from-completion needs --every.</source>
        <translation>--from-completion braucht --every.</translation>
    </message>
    <message>
        <source>Reminder %1: %2, due %3, repeating every %4.</source>
        <translation>Erinnerung %1: %2, fällig am %3, wiederholt sich alle %4.</translation>
    </message>
    <message>
        <source>Add a follow-up of your own, once or repeating.</source>
        <translation>Ein eigenes Nachfassen hinzufügen, einmalig oder wiederkehrend.</translation>
    </message>
    <message>
        <source>repeat every N days, weeks, months or years; done schedules the next</source>
        <translation>alle N Tage, Wochen, Monate oder Jahre wiederholen; done plant das nächste</translation>
    </message>
    <message>
        <source>count the next one from the day it is done, not from when it was due</source>
        <translation>das nächste ab dem Tag zählen, an dem es erledigt wird, nicht ab der Fälligkeit</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>keine Schlagwörter</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>No tags.</source>
        <translation>Keine Schlagwörter.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>SCHLAGWORT</translation>
    </message>
    <message>
        <source>CONTACTS</source>
        <translation>KONTAKTE</translation>
    </message>
    <message>
        <source>CADENCE</source>
        <translation>RHYTHMUS</translation>
    </message>
    <message>
        <source>Merged tag &quot;%1&quot; into the existing tag &quot;%2&quot;: %3 contact(s) now carry it.</source>
        <translation>Schlagwort „%1“ mit dem vorhandenen Schlagwort „%2“ zusammengeführt: %3 Kontakt(e) tragen es jetzt.</translation>
    </message>
    <message>
        <source>Renamed tag &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Schlagwort „%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Tag a contact.</source>
        <translation>Einem Kontakt Schlagwörter geben.</translation>
    </message>
    <message>
        <source>Take tags off a contact.</source>
        <translation>Schlagwörter von einem Kontakt entfernen.</translation>
    </message>
    <message>
        <source>Every tag, with its number of contacts and its cadence.</source>
        <translation>Alle Schlagwörter, mit der Zahl ihrer Kontakte und ihrem Rhythmus.</translation>
    </message>
    <message>
        <source>Rename a tag; into an existing tag, the two merge and no contact loses it.</source>
        <translation>Ein Schlagwort umbenennen; heißt es danach wie ein vorhandenes, werden beide zusammengeführt, und kein Kontakt verliert es.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id from `tend due`: a follow-up is a number (12), a keep-in-touch nudge a k and the contact&apos;s id (k7), an important date a d and the date&apos;s id (d3).</source>
        <translation>„%1“ ist keine ID aus `tend due`: Ein Nachfassen ist eine Zahl (12), ein Anstoß zur Kontaktpflege ein k und die ID des Kontakts (k7), ein wichtiges Datum ein d und die ID des Datums (d3).</translation>
    </message>
    <message>
        <source>Snoozed d%1 (%2, %3 on %4) until %5.</source>
        <translation>d%1 (%2, %3 am %4) auf %5 verschoben.</translation>
    </message>
    <message>
        <source>Done: d%1 (%2, %3 on %4).</source>
        <translation>Erledigt: d%1 (%2, %3 am %4).</translation>
    </message>
    <message>
        <source>Dismissed d%1 (%2, %3 on %4) for this year.</source>
        <translation>d%1 (%2, %3 am %4) für dieses Jahr verworfen.</translation>
    </message>
    <message>
        <source>print JSON instead of text; each &quot;id&quot; is what done, snooze and dismiss take: a number for a follow-up (12), a string for a nudge (&quot;k7&quot;) or a date (&quot;d3&quot;)</source>
        <translation>JSON statt Text ausgeben; jede „id“ ist das, was done, snooze und dismiss erwarten: eine Zahl für ein Nachfassen (12), eine Zeichenkette für einen Anstoß (&quot;k7&quot;) oder ein Datum (&quot;d3&quot;)</translation>
    </message>
    <message>
        <source>Mark a follow-up done (12), a keep-in-touch nudge kept (k7), or a date&apos;s reminder done (d3).</source>
        <translation>Ein Nachfassen als erledigt markieren (12), einen Anstoß zur Kontaktpflege als wahrgenommen (k7) oder die Erinnerung an ein Datum als erledigt (d3).</translation>
    </message>
    <message>
        <source>Drop a follow-up without doing it, or skip a nudge (k7) or a date (d3) this round.</source>
        <translation>Ein Nachfassen verwerfen, ohne es zu erledigen, oder einen Anstoß (k7) oder ein Datum (d3) für diese Runde überspringen.</translation>
    </message>
    <message>
        <source>Move a follow-up, a nudge (k7) or a date&apos;s reminder (d3) to today + DAYS.</source>
        <translation>Ein Nachfassen, einen Anstoß (k7) oder die Erinnerung an ein Datum (d3) auf heute + DAYS verschieben.</translation>
    </message>
    <message>
        <source>Print one setting (follow-up.KIND, cadence.role.ROLE, cadence.tag.TAG, overdue-factor, lead.DATE, tray-digest).</source>
        <translation>Eine Einstellung ausgeben (follow-up.KIND, cadence.role.ROLE, cadence.tag.TAG, overdue-factor, lead.DATE, tray-digest).</translation>
    </message>
    <message>
        <source>Tend&apos;s window (%1) could not start: %2</source>
        <translation>Tends Fenster (%1) ließ sich nicht starten: %2</translation>
    </message>
</context>
<context>
    <name>tend::datestore</name>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no important date with id %1.</source>
        <translation>Es gibt kein wichtiges Datum mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>tend::durable</name>
    <message>
        <source>%1 %2: %3.</source>
        <extracomment>%1 what failed (&quot;Cannot open&quot;), %2 the file, %3 the system&apos;s reason (&quot;No space left on device&quot;)</extracomment>
        <translation>%2: %1 (%3).</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>Cannot flush to disk</source>
        <translation>Schreiben auf die Platte nicht möglich</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 private to you.</source>
        <translation>Der Ordner %1 kann nicht nur für dich lesbar gemacht werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 gibt es bereits.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>%1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot create</source>
        <translation>Anlegen nicht möglich</translation>
    </message>
    <message>
        <source>Cannot replace</source>
        <translation>Ersetzen nicht möglich</translation>
    </message>
</context>
<context>
    <name>tend::exchange::JsonBackup</name>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Tag (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an instant (YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>„%1“ ist kein Zeitpunkt (JJJJ-MM-TTTHH:MM:SSZ)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the values Tend knows</source>
        <translation>„%1“ ist keiner der Werte, die Tend kennt</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role</source>
        <translation>„%1“ ist keine Rolle</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>this JSON file is not a Tend export (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>diese JSON-Datei ist kein Tend-Export (kein &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>this export is of format version %1; this Tend reads version %2</source>
        <translation>dieser Export hat die Formatversion %1; diese Tend-Version liest Version %2</translation>
    </message>
    <message>
        <source>must be %1, its position in the list</source>
        <translation>muss %1 sein, seine Stelle in der Liste</translation>
    </message>
    <message>
        <source>names no interaction of this file</source>
        <translation>nennt keine Interaktion dieser Datei</translation>
    </message>
    <message>
        <source>must name two different contacts by UID</source>
        <translation>muss zwei verschiedene Kontakte per UID nennen</translation>
    </message>
    <message>
        <source>names no contact of this file</source>
        <translation>nennt keinen Kontakt dieser Datei</translation>
    </message>
    <message>
        <source>names no row of this file</source>
        <translation>nennt keine Zeile dieser Datei</translation>
    </message>
    <message>
        <source>is not a field Tend knows</source>
        <translation>ist kein Feld, das Tend kennt</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>names no earlier reminder of this file</source>
        <translation>nennt keine frühere Erinnerung dieser Datei</translation>
    </message>
    <message>
        <source>must be a number of days (0 for none)</source>
        <translation>muss eine Anzahl Tage sein (0 für keine)</translation>
    </message>
</context>
<context>
    <name>tend::files::ExchangeFiles</name>
    <message>
        <source>%1: the file is %2; Tend reads files of at most %3.</source>
        <translation>%1: Die Datei ist %2 groß; Tend liest Dateien von höchstens %3.</translation>
    </message>
</context>
<context>
    <name>tend::gui::AddContactCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>tend::gui::AddReminderCommand</name>
    <message>
        <source>Remind me about %1</source>
        <translation>Erinnere mich an %1</translation>
    </message>
</context>
<context>
    <name>tend::gui::AdviceCommand</name>
    <message>
        <source>Tell %1 how the advice helped</source>
        <translation>%1 erzählen, wie der Rat geholfen hat</translation>
    </message>
    <message>
        <source>Mark advice from %1 acted on</source>
        <translation>Ratschlag von %1 als umgesetzt markieren</translation>
    </message>
</context>
<context>
    <name>tend::gui::ArchiveContactsCommand</name>
    <message>
        <source>Archive %1</source>
        <translation>%1 archivieren</translation>
    </message>
    <message>
        <source>Unarchive %1</source>
        <translation>%1 aus dem Archiv holen</translation>
    </message>
</context>
<context>
    <name>tend::gui::AskCommand</name>
    <message>
        <source>Ask %1</source>
        <translation>Bitte (%1)</translation>
    </message>
    <message>
        <source>Mark the ask to %1 %2</source>
        <translation>Bitte an %1 als %2 markieren</translation>
    </message>
</context>
<context>
    <name>tend::gui::AskDialog</name>
    <message>
        <source>I am asking %1</source>
        <translation>Ich bitte %1</translation>
    </message>
    <message>
        <source>%1 asked me</source>
        <translation>%1 hat mich gebeten</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Ask · %1</source>
        <translation>Bitte · %1</translation>
    </message>
    <message>
        <source>Could you review my talk proposal?</source>
        <translation>Könntest du meinen Vortragsvorschlag durchsehen?</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>Worum gebeten wird</translation>
    </message>
    <message>
        <source>The call for papers closes on Friday</source>
        <translation>Die Einreichungsfrist endet am Freitag</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <source>Read the abstract and say what is unclear</source>
        <translation>Lies die Kurzfassung und sag mir, was unklar ist</translation>
    </message>
    <message>
        <source>The action</source>
        <translation>Die Handlung</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>Bi&amp;tte</translation>
    </message>
    <message>
        <source>&amp;Why it matters</source>
        <translation>&amp;Warum es wichtig ist</translation>
    </message>
    <message>
        <source>A&amp;ction</source>
        <translation>&amp;Handlung</translation>
    </message>
    <message>
        <source>SMART</source>
        <translation>SMART</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>○ %1 — %2</source>
        <translation>○ %1 — %2</translation>
    </message>
</context>
<context>
    <name>tend::gui::ConfigCommand</name>
    <message>
        <source>Change preferences</source>
        <translation>Einstellungen ändern</translation>
    </message>
</context>
<context>
    <name>tend::gui::ContactDialog</name>
    <message>
        <source>&amp;Own cadence: every</source>
        <translation>Eigener &amp;Rhythmus: alle</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>ada@example.org, ada@work.example</source>
        <translation>ada@example.org, ada@arbeit.example</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <source>Met via</source>
        <translation>Kennengelernt über</translation>
    </message>
    <message>
        <source>e.g. PyLadies meetup</source>
        <translation>z. B. PyLadies-Treffen</translation>
    </message>
    <message>
        <source>Where you met</source>
        <translation>Wo ihr euch kennengelernt habt</translation>
    </message>
    <message>
        <source>Keep-in-touch cadence in days</source>
        <translation>Kontaktrhythmus in Tagen</translation>
    </message>
    <message>
        <source>Use an own keep-in-touch cadence</source>
        <translation>Einen eigenen Kontaktrhythmus verwenden</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>&amp;E-mails</source>
        <translation>&amp;E-Mail-Adressen</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Or&amp;ganisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source>&amp;Met via</source>
        <translation>&amp;Kennengelernt über</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Kontakt halten</translation>
    </message>
    <message>
        <source>no reminder to keep in touch</source>
        <translation>keine Erinnerung zur Kontaktpflege</translation>
    </message>
    <message numerus="yes">
        <source>(role default: every %Ln day(s))</source>
        <translation>
            <numerusform>(Vorgabe der Rolle: jeden Tag)</numerusform>
            <numerusform>(Vorgabe der Rolle: alle %Ln Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>role default: every %Ln day(s)</source>
        <translation>
            <numerusform>Vorgabe der Rolle: jeden Tag</numerusform>
            <numerusform>Vorgabe der Rolle: alle %Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <source>%1 may already be in your notebook.</source>
        <translation>%1 steht vielleicht schon in deinem Notizbuch.</translation>
    </message>
    <message>
        <source>&amp;Open Existing</source>
        <translation>Vorhandenen ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save Anyway</source>
        <translation>Trotzdem &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Add Anyway</source>
        <translation>Trotzdem &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Note&amp;s</source>
        <translation>Noti&amp;zen</translation>
    </message>
</context>
<context>
    <name>tend::gui::ContactPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Give and receive</source>
        <translation>Geben und Nehmen</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>Interaktion &amp;erfassen …</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Interaktion erfassen</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <source>Archive contact</source>
        <translation>Kontakt archivieren</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>gave %1 · received %2</source>
        <translation>gegeben %1 · bekommen %2</translation>
    </message>
    <message>
        <source> · last gave: %1</source>
        <translation> · zuletzt gegeben: %1</translation>
    </message>
    <message>
        <source>   — so far you&apos;ve only received from %1</source>
        <translation>   — bisher hast du von %1 nur bekommen</translation>
    </message>
    <message>
        <source>   — you&apos;ve only received from %1 this past year</source>
        <translation>   — im letzten Jahr hast du von %1 nur bekommen</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>met via: %1</source>
        <translation>kennengelernt über: %1</translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>letzter Kontakt %1</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Aus dem Archiv &amp;holen</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>A&amp;rchivieren</translation>
    </message>
    <message>
        <source>Archived %1 · Ctrl+Z to undo</source>
        <translation>%1 archiviert · Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Unarchived %1</source>
        <translation>%1 aus dem Archiv geholt</translation>
    </message>
    <message>
        <source>Delete %1 and the interactions only they took part in?

You can undo this with Ctrl+Z.</source>
        <translation>%1 löschen, samt den Interaktionen, an denen nur diese Person beteiligt war?

Mit Strg+Z kannst du das rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deleted %1 · Ctrl+Z to undo</source>
        <translation>%1 gelöscht · Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Done · %1</source>
        <translation>Erledigt · %1</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Verschoben auf %1</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>&amp;Verschieben …</translation>
    </message>
    <message>
        <source>&amp;Delete interaction</source>
        <translation>Interaktion &amp;löschen</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Mark the follow-up done</source>
        <translation>Nachfassen als erledigt markieren</translation>
    </message>
    <message>
        <source>Snooze the follow-up</source>
        <translation>Nachfassen verschieben</translation>
    </message>
    <message>
        <source>Delete the interaction</source>
        <translation>Interaktion löschen</translation>
    </message>
    <message>
        <source>Nothing logged with %1 yet. After your next chat, call or e-mail, press “Log interaction…” (Ctrl+L) to note what you talked about; Tend will remind you to follow up.</source>
        <translation>Mit %1 ist noch nichts erfasst. Drücke nach eurem nächsten Gespräch, Anruf oder eurer nächsten E-Mail „Interaktion erfassen …“ (Strg+L) und notiere, worüber ihr gesprochen habt; Tend erinnert dich ans Nachfassen.</translation>
    </message>
    <message>
        <source>Edit the interaction</source>
        <translation>Interaktion bearbeiten</translation>
    </message>
    <message>
        <source>Could not open the interaction.</source>
        <translation>Die Interaktion konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>keep in touch: %1</source>
        <translation>Kontakt halten: %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>tend::gui::ContactPicker</name>
    <message>
        <source>%1 — %2</source>
        <comment>a contact in the picker: name — roles, organisation</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add “%1” as new contact…</source>
        <translation>„%1“ als neuen Kontakt hinzufügen …</translation>
    </message>
    <message>
        <source>No contact is called “%1”. Check the spelling, or add them as a new contact.</source>
        <translation>Kein Kontakt heißt „%1“. Prüfe die Schreibweise oder füge die Person als neuen Kontakt hinzu.</translation>
    </message>
    <message>
        <source>More than %1 match — pick one, or type more of the name.</source>
        <translation>Mehr als %1 passen – wähle eine Person aus oder tippe mehr vom Namen.</translation>
    </message>
    <message numerus="yes">
        <source>%n match — pick one.</source>
        <translation>
            <numerusform>%n passt – wähle aus.</numerusform>
            <numerusform>%n passen – wähle eine Person aus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Last interaction</source>
        <translation>Letzte Interaktion</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nächstes Nachfassen</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Past cadence by</source>
        <translation>Rhythmus überschritten um</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %Ln day(s)</source>
        <translation>
            <numerusform>fällig in %Ln Tag</numerusform>
            <numerusform>fällig in %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep in touch every %Ln day(s); next on %1</source>
        <translation>
            <numerusform>Kontakt halten jeden Tag; nächstes Mal am %1</numerusform>
            <numerusform>Kontakt halten alle %Ln Tage; nächstes Mal am %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::ContactsView</name>
    <message>
        <source>Show &amp;archived</source>
        <translation>Archivierte &amp;zeigen</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte suchen</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Aus den Augen verloren</translation>
    </message>
    <message>
        <source>Sort by how far past their keep-in-touch cadence people are</source>
        <translation>Danach sortieren, wie weit Menschen über ihren Kontaktrhythmus hinaus sind</translation>
    </message>
    <message>
        <source>Sort by losing touch</source>
        <translation>Nach „Aus den Augen verloren“ sortieren</translation>
    </message>
    <message>
        <source>Show archived contacts</source>
        <translation>Archivierte Kontakte zeigen</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Neuer Kontakt …</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>Unarchived %1</source>
        <translation>%1 aus dem Archiv geholt</translation>
    </message>
    <message>
        <source>Archived %1 · Ctrl+Z to undo</source>
        <translation>%1 archiviert · Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Show only contacts with the role “%1” (several roles: any of them)</source>
        <translation>Nur Kontakte mit der Rolle „%1“ zeigen (mehrere Rollen: eine davon genügt)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Archive %Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt &amp;archivieren</numerusform>
            <numerusform>%Ln Kontakte &amp;archivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name, organisation, e-mail…</source>
        <translation>Nach Name, Organisation, E-Mail filtern …</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Contacts shown</source>
        <translation>Angezeigte Kontakte</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln contact(s) shown</source>
        <translation>
            <numerusform>%1 von %Ln Kontakt angezeigt</numerusform>
            <numerusform>%1 von %Ln Kontakten angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Un&amp;archive %Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt zur&amp;ückholen</numerusform>
            <numerusform>%Ln Kontakte zur&amp;ückholen</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Zur&amp;ückholen</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>Show only contacts with this tag</source>
        <translation>Nur Kontakte mit diesem Schlagwort zeigen</translation>
    </message>
    <message>
        <source>Filter by how you met</source>
        <translation>Danach filtern, wie ihr euch kennengelernt habt</translation>
    </message>
    <message>
        <source>Met anywhere</source>
        <translation>Überall kennengelernt</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>Tagged %1 “%2” · Ctrl+Z to undo</source>
        <translation>Schlagwort „%2“ an %1 vergeben · Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Removed the tag “%2” from %1 · Ctrl+Z to undo</source>
        <translation>Schlagwort „%2“ von %1 entfernt · Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>Schlagwort &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Schlagwort für %1</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Schlagwort:</translation>
    </message>
    <message>
        <source>Remove ta&amp;g…</source>
        <translation>Schlagwort &amp;entfernen …</translation>
    </message>
    <message>
        <source>Remove a tag from %1</source>
        <translation>Schlagwort von %1 entfernen</translation>
    </message>
</context>
<context>
    <name>tend::gui::DatePickerDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Verschieben auf</translation>
    </message>
</context>
<context>
    <name>tend::gui::DateReminderCommand</name>
    <message>
        <source>Mark %1&apos;s date done</source>
        <translation>Datum von %1 als erledigt markieren</translation>
    </message>
    <message>
        <source>Snooze %1&apos;s date</source>
        <translation>Datum von %1 verschieben</translation>
    </message>
</context>
<context>
    <name>tend::gui::DeleteContactCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>tend::gui::DeleteInteractionCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>tend::gui::DiscardQuestion</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>What you typed has not been saved.</source>
        <translation>Was du eingegeben hast, ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>tend::gui::DismissDuplicateCommand</name>
    <message>
        <source>Not duplicates: %1 and %2</source>
        <translation>Keine Dubletten: %1 und %2</translation>
    </message>
</context>
<context>
    <name>tend::gui::DueDigest</name>
    <message numerus="yes">
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>%Ln Erinnerung fällig</numerusform>
            <numerusform>%Ln Erinnerungen fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln thing(s) due</source>
        <translation>
            <numerusform>%Ln Sache fällig</numerusform>
            <numerusform>%Ln Sachen fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to keep in touch with</source>
        <translation>
            <numerusform>%Ln Person zur Kontaktpflege</numerusform>
            <numerusform>%Ln Personen zur Kontaktpflege</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln date(s) coming up</source>
        <translation>
            <numerusform>%Ln Datum steht an</numerusform>
            <numerusform>%Ln Daten stehen an</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ask(s), introduction(s) or thank-you(s) due</source>
        <translation>
            <numerusform>%Ln Bitte, Vermittlung oder Dank fällig</numerusform>
            <numerusform>%Ln Bitten, Vermittlungen oder Dankeschöns fällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::DuplicatesDialog</name>
    <message>
        <source>Possible Duplicates</source>
        <translation>Mögliche Dubletten</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Dubletten</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>&amp;Not Duplicates</source>
        <translation>&amp;Keine Dubletten</translation>
    </message>
    <message>
        <source>Looking for contacts that may be one person…</source>
        <translation>Suche nach Kontakten, die eine Person sein könnten…</translation>
    </message>
    <message>
        <source>No possible duplicates.</source>
        <translation>Keine möglichen Dubletten.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of contacts may be one person each.</source>
        <translation>
            <numerusform>%n Kontaktpaar könnte jeweils eine Person sein.</numerusform>
            <numerusform>%n Kontaktpaare könnten jeweils eine Person sein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::DuplicatesModel</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Maybe the same as</source>
        <translation>Vielleicht dieselbe Person wie</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>tend::gui::EditContactCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>tend::gui::EditInteractionCommand</name>
    <message>
        <source>Edit %1 with %2</source>
        <translation>%1 mit %2 bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>tend::gui::ErrorDialog</name>
    <message>
        <source>Another program is writing to the notebook. Wait a moment and try again.</source>
        <translation>Ein anderes Programm schreibt gerade in das Notizbuch. Warte einen Moment und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Check that you may write to the notebook file and its folder.</source>
        <translation>Prüfe, ob du in die Notizbuchdatei und ihren Ordner schreiben darfst.</translation>
    </message>
    <message>
        <source>Free some disk space, then try again.</source>
        <translation>Gib etwas Speicherplatz frei und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>Restore the notebook from a copy: Tend keeps them in the &quot;backups&quot; folder beside it.</source>
        <translation>Stelle das Notizbuch aus einer Kopie wieder her: Tend bewahrt sie im Ordner „backups“ daneben auf.</translation>
    </message>
    <message>
        <source>Install the newer version of Tend that wrote this notebook.</source>
        <translation>Installiere die neuere Tend-Version, die dieses Notizbuch geschrieben hat.</translation>
    </message>
    <message>
        <source>It may have been changed from another window or the command line.</source>
        <translation>Vielleicht wurde es in einem anderen Fenster oder auf der Befehlszeile geändert.</translation>
    </message>
    <message>
        <source>Correct the entry and try again.</source>
        <translation>Korrigiere die Eingabe und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Nothing was changed. Try again; if it keeps failing, check the disk.</source>
        <translation>Es wurde nichts geändert. Versuche es noch einmal; wenn es weiter fehlschlägt, prüfe die Platte.</translation>
    </message>
    <message>
        <source>Tend</source>
        <translation>Tend</translation>
    </message>
    <message>
        <source>It may already have been done, here or from the command line.</source>
        <translation>Vielleicht ist es schon erledigt, hier oder auf der Befehlszeile.</translation>
    </message>
    <message>
        <source>Nothing was changed. Check the values you entered and try again.</source>
        <translation>Es wurde nichts geändert. Prüfe deine Eingaben und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Check the connection and the server address, then try again.</source>
        <translation>Prüfe die Verbindung und die Serveradresse und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>Check the user name and password for the server.</source>
        <translation>Prüfe Benutzername und Passwort für den Server.</translation>
    </message>
</context>
<context>
    <name>tend::gui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>vCard 4.0 (contacts)</source>
        <translation>vCard 4.0 (Kontakte)</translation>
    </message>
    <message>
        <source>vCard 3.0 (contacts, for older phones and Apple programs)</source>
        <translation>vCard 3.0 (Kontakte, für ältere Telefone und Apple-Programme)</translation>
    </message>
    <message>
        <source>CSV (contacts, Google&apos;s columns)</source>
        <translation>CSV (Kontakte, Googles Spalten)</translation>
    </message>
    <message>
        <source>iCalendar (follow-ups, keep-in-touch days and planned meetings)</source>
        <translation>iCalendar (Nachfassen, Kontakttage und geplante Treffen)</translation>
    </message>
    <message>
        <source>JSON (the whole notebook, to restore)</source>
        <translation>JSON (das ganze Notizbuch, zum Wiederherstellen)</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n contact(s))</source>
        <translation>
            <numerusform>%1 (%n Kontakt)</numerusform>
            <numerusform>%1 (%n Kontakte)</numerusform>
        </translation>
    </message>
    <message>
        <source>No role ticked: every role.</source>
        <translation>Keine Rolle angekreuzt: alle Rollen.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Only these roles:</source>
        <translation>Nur diese Rollen:</translation>
    </message>
    <message>
        <source>Only the &amp;tag:</source>
        <translation>Nur das &amp;Schlagwort:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-Dateien (*.vcf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Tend could not export to %1.</source>
        <translation>Tend konnte nicht nach %1 exportieren.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) and meeting(s) to %1</source>
        <translation>
            <numerusform>%n Aufgabe oder Treffen nach %1 exportiert</numerusform>
            <numerusform>%n Aufgaben und Treffen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1</source>
        <translation>
            <numerusform>%n Kontakt nach %1 exportiert</numerusform>
            <numerusform>%n Kontakte nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::GuiMain</name>
    <message>
        <source>Tend</source>
        <translation>Tend</translation>
    </message>
    <message>
        <source>Tend could not open the notebook</source>
        <translation>Tend konnte das Notizbuch nicht öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Creating the demo network…</source>
        <translation>Das Demo-Netzwerk wird erstellt …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Tend could not create the demo network.</source>
        <translation>Tend konnte das Demo-Netzwerk nicht erstellen.</translation>
    </message>
    <message>
        <source>Restored from the backup; the damaged notebook was kept as %1</source>
        <translation>Aus der Sicherung wiederhergestellt; das beschädigte Notizbuch wurde als %1 aufbewahrt</translation>
    </message>
    <message>
        <source>demo network</source>
        <translation>Demo-Netzwerk</translation>
    </message>
</context>
<context>
    <name>tend::gui::HelpedModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Gave</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Last gave</source>
        <translation>Zuletzt gegeben</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Bekommen</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Zuletzt bekommen</translation>
    </message>
</context>
<context>
    <name>tend::gui::HelpedView</name>
    <message>
        <source>Helped lately</source>
        <translation>Zuletzt geholfen</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;90 days</source>
        <translation>&amp;90 Tage</translation>
    </message>
    <message>
        <source>&amp;365 days</source>
        <translation>&amp;365 Tage</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Bilanz</translation>
    </message>
    <message>
        <source>People you helped and who helped you</source>
        <translation>Menschen, denen du geholfen hast, und die dir geholfen haben</translation>
    </message>
    <message>
        <source>You give far more than you receive — who could help you?</source>
        <translation>Du gibst weit mehr, als du bekommst – wer könnte dir helfen?</translation>
    </message>
    <message>
        <source>You receive far more than you give — who could you help?</source>
        <translation>Du bekommst weit mehr, als du gibst – wem könntest du helfen?</translation>
    </message>
    <message>
        <source>A healthy balance.</source>
        <translation>Eine gesunde Balance.</translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln day(s)</source>
        <translation>
            <numerusform>Letzter Tag</numerusform>
            <numerusform>Letzte %Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing logged in the last %Ln day(s).</source>
        <translation>
            <numerusform>Am letzten Tag wurde nichts erfasst.</numerusform>
            <numerusform>In den letzten %Ln Tagen wurde nichts erfasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last %Ln day(s) you gave %1 and received %2, across %3.</source>
        <translation>
            <numerusform>Am letzten Tag hast du %1 gegeben und %2 bekommen, verteilt auf %3.</numerusform>
            <numerusform>In den letzten %Ln Tagen hast du %1 gegeben und %2 bekommen, verteilt auf %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s)</source>
        <comment>how often</comment>
        <translation>
            <numerusform>einmal</numerusform>
            <numerusform>%Ln-mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>3&amp;0 days</source>
        <translation>3&amp;0 Tage</translation>
    </message>
    <message>
        <source>Open the contact</source>
        <translation>Kontakt öffnen</translation>
    </message>
</context>
<context>
    <name>tend::gui::ImportCommand</name>
    <message numerus="yes">
        <source>Import %Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt importieren</numerusform>
            <numerusform>%Ln Kontakte importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing again…</source>
        <translation>Erneut importieren…</translation>
    </message>
    <message>
        <source>Taking the import back…</source>
        <translation>Der Import wird zurückgenommen…</translation>
    </message>
</context>
<context>
    <name>tend::gui::ImportDialog</name>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Wie erkannt</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Erste Zeilen</translation>
    </message>
    <message>
        <source>Skipped records and warnings</source>
        <translation>Übersprungene Einträge und Warnungen</translation>
    </message>
    <message>
        <source>No record is skipped.</source>
        <translation>Kein Eintrag wird übersprungen.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Skipped and warnings:</source>
        <translation>Ü&amp;bersprungen und Warnungen:</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird gelesen…</numerusform>
            <numerusform>%n Dateien werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Nichts zu importieren.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <source>Merged with an earlier row</source>
        <translation>Mit einer früheren Zeile zusammengeführt</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln neu</numerusform>
            <numerusform>%Ln neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln aktualisiert</numerusform>
            <numerusform>%Ln aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unverändert</numerusform>
            <numerusform>%Ln unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged with an earlier row</source>
        <translation>
            <numerusform>%Ln mit einer früheren Zeile zusammengeführt</numerusform>
            <numerusform>%Ln mit früheren Zeilen zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln übersprungen</numerusform>
            <numerusform>%Ln übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %Ln record(s)</source>
        <translation>
            <numerusform>%1 (%2): %Ln Eintrag</numerusform>
            <numerusform>%1 (%2): %Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %Ln row(s). Nothing has changed yet.</source>
        <translation>
            <numerusform>Die ersten %1 von %Ln Zeile. Noch wurde nichts geändert.</numerusform>
            <numerusform>Die ersten %1 von %Ln Zeilen. Noch wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Noch wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
    <message>
        <source>Backup from before: %1</source>
        <translation>Sicherung von vorher: %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import abgebrochen: Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The import failed; nothing was changed. %1</source>
        <translation>Der Import ist fehlgeschlagen; nichts wurde geändert. %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>tend::gui::InsightsModel</name>
    <message>
        <source>Gave</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Bekommen</translation>
    </message>
</context>
<context>
    <name>tend::gui::InsightsView</name>
    <message>
        <source>Interactions per month by role</source>
        <translation>Interaktionen pro Monat nach Rolle</translation>
    </message>
    <message>
        <source>Gave and received per month</source>
        <translation>Gegeben und bekommen pro Monat</translation>
    </message>
    <message>
        <source>Gave</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Bekommen</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <source>What stands out</source>
        <translation>Was auffällt</translation>
    </message>
    <message>
        <source>Interactions per month by role · %1</source>
        <translation>Interaktionen pro Monat nach Rolle · %1</translation>
    </message>
    <message>
        <source>Gave and received per month · %1</source>
        <translation>Gegeben und bekommen pro Monat · %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: gave %2, received %3</source>
        <translation>%1: %2 gegeben, %3 bekommen</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Active: an interaction in the last %Ln day(s). Archived contacts are left out.</source>
        <translation>
            <numerusform>Aktiv: eine Interaktion am letzten Tag. Archivierte Kontakte zählen nicht mit.</numerusform>
            <numerusform>Aktiv: eine Interaktion in den letzten %Ln Tagen. Archivierte Kontakte zählen nicht mit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing stands out: sponsors and mentors are active, and give and take are in balance over the last %Ln day(s).</source>
        <translation>
            <numerusform>Nichts fällt auf: Sponsoren und Mentoren sind aktiv, und Geben und Nehmen sind am letzten Tag im Gleichgewicht.</numerusform>
            <numerusform>Nichts fällt auf: Sponsoren und Mentoren sind aktiv, und Geben und Nehmen sind in den letzten %Ln Tagen im Gleichgewicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::IntroductionCommand</name>
    <message>
        <source>Introduce %1 to %2</source>
        <translation>%1 an %2 vermitteln</translation>
    </message>
    <message>
        <source>Introduction of %1 and %2 declined</source>
        <translation>Vermittlung von %1 und %2 abgelehnt</translation>
    </message>
    <message>
        <source>Next step of introducing %1 and %2</source>
        <translation>Nächster Schritt der Vermittlung von %1 und %2</translation>
    </message>
</context>
<context>
    <name>tend::gui::IntroductionDialog</name>
    <message>
        <source>Introduce · %1</source>
        <translation>Vermitteln · %1</translation>
    </message>
    <message>
        <source>Ask each of them before you put them in touch. Tend reminds you of the next step and of anyone who has not answered.</source>
        <translation>Frag beide, bevor du sie miteinander in Kontakt bringst. Tend erinnert dich an den nächsten Schritt und an alle, die noch nicht geantwortet haben.</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Namen eingeben …</translation>
    </message>
    <message>
        <source>Introduce to</source>
        <translation>Vermitteln an</translation>
    </message>
    <message>
        <source>Why they should meet: what each can offer the other</source>
        <translation>Warum sie sich kennenlernen sollten: was jede Seite der anderen bieten kann</translation>
    </message>
    <message>
        <source>Introduce</source>
        <translation>Vermitteln</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;An</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Warum</translation>
    </message>
    <message>
        <source>Ask first</source>
        <translation>Zuerst fragen</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Vorschlagen</translation>
    </message>
    <message>
        <source>the other person</source>
        <translation>die andere Person</translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation>%1, dann %2</translation>
    </message>
    <message>
        <source>Pick who to introduce %1 to.</source>
        <translation>Wähle, an wen du %1 vermitteln möchtest.</translation>
    </message>
</context>
<context>
    <name>tend::gui::LogInteractionCommand</name>
    <message>
        <source>Log %1 with %2</source>
        <translation>%1 mit %2 erfassen</translation>
    </message>
    <message>
        <source>Log %1</source>
        <translation>%1 erfassen</translation>
    </message>
</context>
<context>
    <name>tend::gui::LogInteractionDialog</name>
    <message>
        <source>I &amp;received</source>
        <translation>Ich habe &amp;bekommen</translation>
    </message>
    <message>
        <source>&amp;Both</source>
        <translation>Beide&amp;s</translation>
    </message>
    <message>
        <source>Re&amp;mind me to follow up in</source>
        <translation>An Nachfassen er&amp;innern in</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Interaktion erfassen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Namen eingeben …</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Type a name and press Enter to add the person; add as many as took part.</source>
        <translation>Gib einen Namen ein und drücke die Eingabetaste, um die Person hinzuzufügen; füge alle hinzu, die dabei waren.</translation>
    </message>
    <message>
        <source>What was it about?</source>
        <translation>Worum ging es?</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What you planned to talk about</source>
        <translation>Worüber du sprechen wolltest</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Anything worth remembering (Ctrl+Enter saves)</source>
        <translation>Alles, was du dir merken willst (Strg+Eingabe speichert)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Follow up in days</source>
        <translation>Nachfassen in Tagen</translation>
    </message>
    <message>
        <source>Remind me to follow up</source>
        <translation>An Nachfassen erinnern</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation>&amp;Mit</translation>
    </message>
    <message>
        <source>Who helped whom</source>
        <translation>Wer hat wem geholfen</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>Ag&amp;enda</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Speichern (Eingabe)</translation>
    </message>
    <message>
        <source>(default for %1)</source>
        <translation>(Vorgabe für %1)</translation>
    </message>
    <message>
        <source>(no follow-up by default for %1)</source>
        <translation>(für %1 ist kein Nachfassen vorgegeben)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>I ga&amp;ve</source>
        <translation>Ich &amp;gab</translation>
    </message>
    <message>
        <source>Mark the follow-up done</source>
        <translation>Nachfassen als erledigt markieren</translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation>Interaktion bearbeiten</translation>
    </message>
    <message>
        <source>Save the changes (Enter)</source>
        <translation>Änderungen speichern (Eingabe)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>M&amp;ark %1 and %n more done</source>
        <translation>
            <numerusform>%1 und ein weiteres als er&amp;ledigt markieren</numerusform>
            <numerusform>%1 und %n weitere als er&amp;ledigt markieren</numerusform>
        </translation>
    </message>
    <message>
        <source>M&amp;ark %1 done</source>
        <translation>%1 als er&amp;ledigt markieren</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (fällig %2)</translation>
    </message>
    <message>
        <source>Saving marks these follow-ups done:
%1</source>
        <translation>Beim Speichern wird dieses Nachfassen als erledigt markiert:
%1</translation>
    </message>
    <message>
        <source>Discard your changes to this interaction?</source>
        <translation>Deine Änderungen an dieser Interaktion verwerfen?</translation>
    </message>
    <message>
        <source>Discard this interaction?</source>
        <translation>Diese Interaktion verwerfen?</translation>
    </message>
    <message>
        <source>Advice you received, one item a line</source>
        <translation>Erhaltene Ratschläge, einer pro Zeile</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Ratschläge</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source> of 5</source>
        <translation> von 5</translation>
    </message>
    <message>
        <source>How useful</source>
        <translation>Wie hilfreich</translation>
    </message>
    <message>
        <source>How use&amp;ful</source>
        <translation>Wie &amp;hilfreich</translation>
    </message>
    <message>
        <source>Dura&amp;tion</source>
        <translation>Da&amp;uer</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>then every week</source>
        <translation>dann jede Woche</translation>
    </message>
    <message>
        <source>then every 2 weeks</source>
        <translation>dann alle 2 Wochen</translation>
    </message>
    <message>
        <source>then every month</source>
        <translation>dann jeden Monat</translation>
    </message>
    <message>
        <source>then every 3 months</source>
        <translation>dann alle 3 Monate</translation>
    </message>
    <message>
        <source>then every year</source>
        <translation>dann jedes Jahr</translation>
    </message>
    <message>
        <source>Repeat the follow-up</source>
        <translation>Nachfassen wiederholen</translation>
    </message>
</context>
<context>
    <name>tend::gui::MainWindow</name>
    <message>
        <source>Tend</source>
        <translation>Tend</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Helped lately</source>
        <translation>Zuletzt geholfen</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Neuer Kontakt …</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>Interaktion &amp;erfassen …</translation>
    </message>
    <message>
        <source>Back &amp;Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Back Up &amp;To…</source>
        <translation>Sichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>Open the &amp;demo network</source>
        <translation>&amp;Demo-Netzwerk öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>&amp;Helped lately</source>
        <translation>&amp;Zuletzt geholfen</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Einblicke</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Zu&amp;rück</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Log interaction with…</source>
        <translation>Interaktion &amp;erfassen mit …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Tend</source>
        <translation>Ü&amp;ber Tend</translation>
    </message>
    <message>
        <source>&amp;Show Tend</source>
        <translation>Tend &amp;zeigen</translation>
    </message>
    <message>
        <source>Logged · follow-up on %1</source>
        <translation>Erfasst · Nachfassen am %1</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>Could not open the contact.</source>
        <translation>Der Kontakt konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>no backup yet</source>
        <translation>noch keine Sicherung</translation>
    </message>
    <message>
        <source>last backup %1</source>
        <translation>letzte Sicherung %1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Tend could not back up the notebook.</source>
        <translation>Tend konnte das Notizbuch nicht sichern.</translation>
    </message>
    <message>
        <source>Backed up to %1 in the backups folder</source>
        <translation>Als %1 im Sicherungsordner gesichert</translation>
    </message>
    <message>
        <source>Tend notebook %1.db</source>
        <translation>Tend-Notizbuch %1.db</translation>
    </message>
    <message>
        <source>Back Up To</source>
        <translation>Sichern unter</translation>
    </message>
    <message>
        <source>Tend notebooks (*.db);;All files (*)</source>
        <translation>Tend-Notizbücher (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Tend could not back up the notebook to %1.</source>
        <translation>Tend konnte das Notizbuch nicht nach %1 sichern.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <source>Tend cannot restore the notebook from %1.</source>
        <translation>Tend kann das Notizbuch nicht aus %1 wiederherstellen.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the notebook with the copy in %1?</source>
        <translation>Das Notizbuch durch die Kopie in %1 ersetzen?</translation>
    </message>
    <message>
        <source>The current notebook will be kept as a backup in %1, so nothing is lost. Changes made after the copy was taken will not be in the restored notebook, and Undo starts afresh.</source>
        <translation>Das aktuelle Notizbuch wird als Sicherung in %1 aufbewahrt, es geht also nichts verloren. Änderungen, die nach der Kopie gemacht wurden, fehlen im wiederhergestellten Notizbuch, und „Rückgängig“ beginnt von vorn.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Today, %1 due</source>
        <translation>Heute, %1 fällig</translation>
    </message>
    <message>
        <source>Contacts, %1</source>
        <translation>Kontakte, %1</translation>
    </message>
    <message>
        <source>Could not read the notebook: %1</source>
        <translation>Das Notizbuch konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Tend could not read part of the notebook.</source>
        <translation>Tend konnte einen Teil des Notizbuchs nicht lesen.</translation>
    </message>
    <message>
        <source>Could not start Tend on the demo network.</source>
        <translation>Tend konnte nicht mit dem Demo-Netzwerk gestartet werden.</translation>
    </message>
    <message>
        <source>About Tend</source>
        <translation>Über Tend</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due</source>
        <translation>
            <numerusform>%Ln fällig</numerusform>
            <numerusform>%Ln fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert …</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>A backup is already being made.</source>
        <translation>Es wird bereits eine Sicherung erstellt.</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Zur&amp;ückholen</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>On Today</source>
        <translation>Auf „Heute“</translation>
    </message>
    <message>
        <source>On Contacts</source>
        <translation>Auf „Kontakte“</translation>
    </message>
    <message>
        <source>On a contact’s page</source>
        <translation>Auf der Seite eines Kontakts</translation>
    </message>
    <message>
        <source>On Helped lately</source>
        <translation>Auf „Zuletzt geholfen“</translation>
    </message>
    <message>
        <source>On Insights</source>
        <translation>Auf „Einblicke“</translation>
    </message>
    <message>
        <source>In the search</source>
        <translation>In der Suche</translation>
    </message>
    <message>
        <source>Tend %1
A notebook for the people who help you grow.

Your notebook: %2

Copyright © 2026 the Tend authors. Tend is free software under the GNU General Public License, version 3 or later; it comes with no warranty.
Built with Qt %3.</source>
        <translation>Tend %1
Ein Notizbuch für die Menschen, die dich wachsen lassen.

Dein Notizbuch: %2

Copyright © 2026 die Tend-Autorinnen und -Autoren. Tend ist freie Software unter der GNU General Public License, Version 3 oder neuer, ohne jede Gewährleistung.
Erstellt mit Qt %3.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Remind me…</source>
        <translation>Er&amp;innern lassen …</translation>
    </message>
    <message numerus="yes">
        <source> · %n follow-up(s) done</source>
        <translation>
            <numerusform> · ein Nachfassen erledigt</numerusform>
            <numerusform> · %n-mal Nachfassen erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder for %1 on %2</source>
        <translation>Erinnerung für %1 am %2</translation>
    </message>
    <message>
        <source>Undid: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Redid: %1</source>
        <translation>Wiederholt: %1</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>Find D&amp;uplicates…</source>
        <translation>D&amp;ubletten finden…</translation>
    </message>
    <message>
        <source>Could not open the contacts to merge.</source>
        <translation>Die zusammenzuführenden Kontakte konnten nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Contact files (*.vcf *.vcard *.csv *.json)</source>
        <translation>Kontaktdateien (*.vcf *.vcard *.csv *.json)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>vCard-Dateien (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON exports of Tend (*.json)</source>
        <translation>JSON-Exporte von Tend (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message numerus="yes">
        <source>Sync left %n conflict(s): click the sync state in the status bar to choose.</source>
        <translation>
            <numerusform>Der Abgleich hat %n Konflikt hinterlassen: Klicke auf den Abgleichstatus in der Statusleiste, um zu wählen.</numerusform>
            <numerusform>Der Abgleich hat %n Konflikte hinterlassen: Klicke auf den Abgleichstatus in der Statusleiste, um zu wählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>Jetzt &amp;abgleichen</translation>
    </message>
    <message>
        <source>Sync &amp;Settings…</source>
        <translation>Abgleich-Einstellun&amp;gen …</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>As&amp;k…</source>
        <translation>Bi&amp;tte …</translation>
    </message>
    <message>
        <source>Manage &amp;tags…</source>
        <translation>Schlagwörter &amp;verwalten …</translation>
    </message>
    <message>
        <source>Ask of %1 saved</source>
        <translation>Bitte (%1) gespeichert</translation>
    </message>
    <message>
        <source>&amp;Introduce…</source>
        <translation>Ver&amp;mitteln …</translation>
    </message>
    <message>
        <source>Introduction of %1 proposed · it is on Today</source>
        <translation>Vermittlung von %1 vorgeschlagen · sie steht unter Heute</translation>
    </message>
</context>
<context>
    <name>tend::gui::MergeContactsCommand</name>
    <message>
        <source>Merge %1 into %2</source>
        <translation>%1 mit %2 zusammenführen</translation>
    </message>
</context>
<context>
    <name>tend::gui::MergeContactsDialog</name>
    <message>
        <source>Merge Contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Keep the Other One</source>
        <translation>&amp;Den anderen behalten</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>%1 (#%2) stays. %3 (#%4) is merged into them and removed.</source>
        <translation>%1 (#%2) bleibt. %3 (#%4) wird damit zusammengeführt und entfernt.</translation>
    </message>
    <message>
        <source>They agree on every field they both fill in.</source>
        <translation>Sie stimmen in jedem Feld überein, das beide ausfüllen.</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Abweichende Felder</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Combined:</source>
        <translation>Zusammengefasst:</translation>
    </message>
    <message>
        <source>Moves to %1: %2 and %3.</source>
        <translation>Geht an %1: %2 und %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n Begegnung</numerusform>
            <numerusform>%n Begegnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n Erinnerung</numerusform>
            <numerusform>%n Erinnerungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::NotebookCommand</name>
    <message>
        <source>Could not undo “%1”.</source>
        <translation>„%1“ konnte nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Could not redo “%1”.</source>
        <translation>„%1“ konnte nicht wiederholt werden.</translation>
    </message>
    <message>
        <source>Could not carry out “%1”.</source>
        <translation>„%1“ ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>tend::gui::NotebookSession</name>
    <message>
        <source>Tend</source>
        <translation>Tend</translation>
    </message>
    <message>
        <source>Tend could not open the notebook again after the restore.</source>
        <translation>Tend konnte das Notizbuch nach dem Wiederherstellen nicht wieder öffnen.</translation>
    </message>
    <message>
        <source>The notebook it replaced was kept as %1.</source>
        <translation>Das ersetzte Notizbuch wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Tend could not restore the notebook from %1. Nothing was changed.</source>
        <translation>Tend konnte das Notizbuch nicht aus %1 wiederherstellen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Aus %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>The notebook was restored from %1.</source>
        <translation>Das Notizbuch wurde aus %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Keep Working</source>
        <translation>Weiterarbeiten</translation>
    </message>
</context>
<context>
    <name>tend::gui::NudgeCommand</name>
    <message>
        <source>Mark in touch with %1</source>
        <translation>Kontakt mit %1 vermerken</translation>
    </message>
    <message>
        <source>Snooze nudge for %1</source>
        <translation>Anstoß für %1 verschieben</translation>
    </message>
</context>
<context>
    <name>tend::gui::PracticePanel</name>
    <message>
        <source>Asks, introductions and advice</source>
        <translation>Bitten, Vermittlungen und Ratschläge</translation>
    </message>
    <message>
        <source>Enter or double-click takes the next step; right-click for the others</source>
        <translation>Eingabetaste oder Doppelklick geht den nächsten Schritt; Rechtsklick zeigt die anderen</translation>
    </message>
    <message>
        <source>%1 · Ctrl+Z to undo</source>
        <translation>%1 · Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Acted on the advice</source>
        <translation>Ratschlag umgesetzt</translation>
    </message>
    <message>
        <source>What came of it? Tend then reminds you to tell them.</source>
        <translation>Was ist daraus geworden? Tend erinnert dich dann daran, es der Person zu erzählen.</translation>
    </message>
    <message>
        <source>They asked: %1</source>
        <translation>Bitte an dich: %1</translation>
    </message>
    <message>
        <source>You asked: %1</source>
        <translation>Deine Bitte: %1</translation>
    </message>
    <message>
        <source>%1 · by %2</source>
        <translation>%1 · bis %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Mark &amp;answered</source>
        <translation>Als &amp;beantwortet markieren</translation>
    </message>
    <message>
        <source>Mark d&amp;one</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>Mark &amp;declined</source>
        <translation>Als &amp;abgelehnt markieren</translation>
    </message>
    <message>
        <source>Mark &amp;withdrawn</source>
        <translation>Als &amp;zurückgezogen markieren</translation>
    </message>
    <message>
        <source>&amp;Next step: %1</source>
        <translation>&amp;Nächster Schritt: %1</translation>
    </message>
    <message>
        <source>%1 &amp;declined</source>
        <translation>%1 hat a&amp;bgelehnt</translation>
    </message>
    <message>
        <source>Introduction to %1 · %2</source>
        <translation>Vermittlung an %1 · %2</translation>
    </message>
    <message>
        <source>They introduced you · %1</source>
        <translation>Hat dich vermittelt · %1</translation>
    </message>
    <message>
        <source>They introduced you: %1 · %2</source>
        <translation>Hat dich vermittelt: %1 · %2</translation>
    </message>
    <message>
        <source>Advice: %1 · %2</source>
        <translation>Ratschlag: %1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Acted on…</source>
        <translation>&amp;Umgesetzt …</translation>
    </message>
    <message>
        <source>&amp;Reported back</source>
        <translation>&amp;Zurückgemeldet</translation>
    </message>
</context>
<context>
    <name>tend::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follow up after</source>
        <translation>Nachfassen nach</translation>
    </message>
    <message>
        <source>Keep in touch every</source>
        <translation>Kontakt halten alle</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Schlagwort: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source> × the cadence</source>
        <translation> × Rhythmus</translation>
    </message>
    <message>
        <source>Overdue factor</source>
        <translation>Überfälligkeitsfaktor</translation>
    </message>
    <message>
        <source>A nudge is overdue at</source>
        <translation>Ein Anstoß ist überfällig bei</translation>
    </message>
    <message>
        <source>Remind me of important dates</source>
        <translation>An wichtige Daten erinnern</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Geburtstage</translation>
    </message>
    <message>
        <source>Work anniversaries</source>
        <translation>Arbeitsjubiläen</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigene Daten</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source> days (none)</source>
        <translation> Tage (aus)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Share contacts and reminders with your phone through your own CardDAV and CalDAV server; private notes stay here.</source>
        <translation>Teile Kontakte und Erinnerungen über deinen eigenen CardDAV- und CalDAV-Server mit deinem Telefon; private Notizen bleiben hier.</translation>
    </message>
    <message>
        <source>&amp;Sync Settings…</source>
        <translation>&amp;Abgleich-Einstellungen …</translation>
    </message>
    <message>
        <source>Announce in the tray</source>
        <translation>Im Benachrichtigungsfeld ankündigen</translation>
    </message>
    <message>
        <source>&amp;Follow-ups and reminders</source>
        <translation>&amp;Nachfassen und Erinnerungen</translation>
    </message>
    <message>
        <source>&amp;Keep-in-touch nudges</source>
        <translation>Anstöße zur &amp;Kontaktpflege</translation>
    </message>
    <message>
        <source>&amp;Important dates</source>
        <translation>&amp;Wichtige Daten</translation>
    </message>
    <message>
        <source>&amp;Asks, introductions and thank-yous</source>
        <translation>&amp;Bitten, Vermittlungen und Dankeschöns</translation>
    </message>
</context>
<context>
    <name>tend::gui::RecoveryOffer</name>
    <message>
        <source>Tend could not open the notebook</source>
        <translation>Tend konnte das Notizbuch nicht öffnen</translation>
    </message>
    <message>
        <source>No good backup of it was found in %1. The damaged file was left as it is, at %2.</source>
        <translation>In %1 wurde keine intakte Sicherung davon gefunden. Die beschädigte Datei blieb, wie sie ist, unter %2.</translation>
    </message>
    <message>
        <source>The damaged file was left as it is. The newest good backup is %1 (taken %2).

Restoring it replaces the damaged notebook; the damaged file is kept in %3.</source>
        <translation>Die beschädigte Datei blieb, wie sie ist. Die neueste intakte Sicherung ist %1 (vom %2).

Das Wiederherstellen ersetzt das beschädigte Notizbuch; die beschädigte Datei wird in %3 aufbewahrt.</translation>
    </message>
    <message>
        <source>Restore the backup from %1</source>
        <translation>Sicherung von %1 wiederherstellen</translation>
    </message>
    <message>
        <source>No good backup of the notebook was found.</source>
        <translation>Es wurde keine intakte Sicherung des Notizbuchs gefunden.</translation>
    </message>
    <message>
        <source>Tend</source>
        <translation>Tend</translation>
    </message>
</context>
<context>
    <name>tend::gui::ReminderCommand</name>
    <message>
        <source>Complete follow-up with %1</source>
        <translation>Nachfassen bei %1 erledigen</translation>
    </message>
    <message>
        <source>Dismiss follow-up with %1</source>
        <translation>Nachfassen bei %1 verwerfen</translation>
    </message>
    <message>
        <source>Snooze follow-up with %1</source>
        <translation>Nachfassen bei %1 verschieben</translation>
    </message>
    <message>
        <source>Reschedule follow-up with %1</source>
        <translation>Nachfassen bei %1 neu ansetzen</translation>
    </message>
</context>
<context>
    <name>tend::gui::ReminderDialog</name>
    <message>
        <source>Remind me about %1</source>
        <translation>Erinnere mich an %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Discard this reminder?</source>
        <translation>Diese Erinnerung verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Count from the day it is done</source>
        <translation>Ab dem Tag der Erledigung &amp;zählen</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Wiederholen alle</translation>
    </message>
    <message>
        <source>R&amp;epeat</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>tend::gui::RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There are no backups in %1 yet. You can choose a copy elsewhere.</source>
        <translation>In %1 gibt es noch keine Sicherungen. Du kannst eine Kopie an einem anderen Ort wählen.</translation>
    </message>
    <message>
        <source>Copies in %1, newest first:</source>
        <translation>Kopien in %1, die neueste zuerst:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen …</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Datei wählen …</translation>
    </message>
    <message>
        <source>Choose a Copy of the Notebook</source>
        <translation>Eine Kopie des Notizbuchs wählen</translation>
    </message>
    <message>
        <source>Tend notebooks (*.db);;All files (*)</source>
        <translation>Tend-Notizbücher (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>daily copy</source>
        <translation>tägliche Kopie</translation>
    </message>
    <message>
        <source>backed up by you</source>
        <translation>von dir gesichert</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vor einer Aktualisierung</translation>
    </message>
    <message>
        <source>notebook replaced by a restore</source>
        <translation>durch ein Wiederherstellen ersetztes Notizbuch</translation>
    </message>
    <message>
        <source>before a bulk change</source>
        <translation>vor einer Massenänderung</translation>
    </message>
</context>
<context>
    <name>tend::gui::RoleCard</name>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>%1 active of %2</source>
        <translation>%1 aktiv von %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tend::gui::SearchResultsModel</name>
    <message>
        <source>agenda of a %1 on %2</source>
        <translation>Agenda: %1 am %2</translation>
    </message>
    <message>
        <source>notes of a %1 on %2</source>
        <translation>Notizen: %1 am %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
</context>
<context>
    <name>tend::gui::SearchView</name>
    <message>
        <source>Search names, notes, summaries and agendas…</source>
        <translation>Namen, Notizen, Zusammenfassungen und Agenden durchsuchen …</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>Type a few letters of a name, or of something that was said.</source>
        <translation>Tippe ein paar Buchstaben eines Namens oder von etwas, das gesagt wurde.</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <source>The first %1 people; type more to narrow it down.</source>
        <translation>Die ersten %1 Personen. Tippe weiter, um einzugrenzen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>tend::gui::SingleInstance</name>
    <message>
        <source>Tend is already open on this notebook, but is not responding.</source>
        <translation>Tend ist mit diesem Notizbuch schon geöffnet, reagiert aber nicht.</translation>
    </message>
</context>
<context>
    <name>tend::gui::SnoozeMenu</name>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>&amp;Tomorrow</source>
        <translation>&amp;Morgen</translation>
    </message>
    <message>
        <source>In &amp;3 days</source>
        <translation>In &amp;3 Tagen</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>&amp;Nächste Woche</translation>
    </message>
    <message>
        <source>&amp;Pick a date…</source>
        <translation>&amp;Datum wählen …</translation>
    </message>
</context>
<context>
    <name>tend::gui::SyncConflictsDialog</name>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Sync Conflicts</source>
        <translation>Abgleichkonflikte</translation>
    </message>
    <message>
        <source>These were changed both here and on the server. Nothing was overwritten: choose what to keep, and it goes to both.</source>
        <translation>Diese wurden hier und auf dem Server geändert. Nichts wurde überschrieben: Wähle, was bleiben soll, und es geht an beide Seiten.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird abgeglichen…</translation>
    </message>
    <message>
        <source>No conflicts are left.</source>
        <translation>Es sind keine Konflikte mehr offen.</translation>
    </message>
    <message>
        <source>In Tend: %1</source>
        <translation>In Tend: %1</translation>
    </message>
    <message>
        <source>On the server: %1</source>
        <translation>Auf dem Server: %1</translation>
    </message>
    <message>
        <source>&amp;Keep These</source>
        <translation>Diese &amp;behalten</translation>
    </message>
</context>
<context>
    <name>tend::gui::SyncController</name>
    <message>
        <source>Sync is not set up.</source>
        <translation>Der Abgleich ist nicht eingerichtet.</translation>
    </message>
    <message>
        <source>%1 Enter the password in File ▸ Sync Settings.</source>
        <translation>%1 Gib das Passwort unter Datei ▸ Abgleich-Einstellungen ein.</translation>
    </message>
    <message>
        <source>Sync is off</source>
        <translation>Abgleich aus</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht abgeglichen</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird abgeglichen…</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Abgeglichen um %1</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Abgleichproblem</translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflict(s)</source>
        <translation>
            <numerusform>%n Abgleichkonflikt</numerusform>
            <numerusform>%n Abgleichkonflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Tend keeps the password until it closes; enter it here again next time.</source>
        <translation>%1 Tend behält das Passwort, bis es geschlossen wird; gib es beim nächsten Mal hier erneut ein.</translation>
    </message>
    <message>
        <source>The password is in the desktop keyring.</source>
        <translation>Das Passwort liegt im Schlüsselbund des Desktops.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tend::gui::SyncIndicator</name>
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Click to choose what to keep.</source>
        <translation>Klicke, um zu wählen, was bleiben soll.</translation>
    </message>
    <message>
        <source>Click to sync now.</source>
        <translation>Klicke, um jetzt abzugleichen.</translation>
    </message>
</context>
<context>
    <name>tend::gui::SyncSettingsDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Sync when Tend &amp;opens</source>
        <translation>Beim Ö&amp;ffnen von Tend abgleichen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>CardDAV and CalDAV server</source>
        <translation>CardDAV- und CalDAV-Server</translation>
    </message>
    <message>
        <source>dav.example.org</source>
        <translation>dav.example.org</translation>
    </message>
    <message>
        <source>the only one, or &quot;Tend&quot;</source>
        <translation>das einzige oder „Tend“</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Address book:</source>
        <translation>&amp;Adressbuch:</translation>
    </message>
    <message>
        <source>&amp;Task list:</source>
        <translation>A&amp;ufgabenliste:</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation>Was geteilt wird</translation>
    </message>
    <message>
        <source>Sent for each shared contact: the name, e-mails, phones, links, organisation and title. Never sent: interaction notes and agendas, roles, tags, cadences and how you met.</source>
        <translation>Für jeden geteilten Kontakt gesendet: Name, E-Mail-Adressen, Telefonnummern, Links, Organisation und Titel. Nie gesendet: Notizen und Agenden von Begegnungen, Rollen, Schlagwörter, Rhythmen und wie ihr euch kennengelernt habt.</translation>
    </message>
    <message>
        <source>Ada Lovelace</source>
        <translation>Ada Lovelace</translation>
    </message>
    <message>
        <source>Send the slides</source>
        <translation>Folien schicken</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Share contacts</source>
        <translation>Kontakte teilen</translation>
    </message>
    <message>
        <source>With their notes</source>
        <translation>Mit ihren Notizen</translation>
    </message>
    <message>
        <source>Share %1 contacts</source>
        <translation>Kontakte mit der Rolle %1 teilen</translation>
    </message>
    <message>
        <source>Share the notes of %1 contacts</source>
        <translation>Die Notizen der Kontakte mit der Rolle %1 teilen</translation>
    </message>
    <message>
        <source>Contacts that have a role not shared stay on this machine, and so do reminders about them. Therapists are not shared unless you tick them.</source>
        <translation>Kontakte mit einer nicht geteilten Rolle bleiben auf diesem Rechner, ebenso die Erinnerungen zu ihnen. Therapeuten werden nur geteilt, wenn du sie ankreuzt.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>only when asked</source>
        <translation>nur auf Wunsch</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Abgleichen &amp;alle:</translation>
    </message>
    <message>
        <source>Sync is off. Enter your server to share contacts and reminders with your phone.</source>
        <translation>Der Abgleich ist aus. Gib deinen Server ein, um Kontakte und Erinnerungen mit deinem Telefon zu teilen.</translation>
    </message>
    <message>
        <source>Contacts: &quot;%1&quot; at %2</source>
        <translation>Kontakte: „%1“ unter %2</translation>
    </message>
    <message>
        <source>Reminders: &quot;%1&quot; at %2</source>
        <translation>Erinnerungen: „%1“ unter %2</translation>
    </message>
    <message>
        <source>Enter the server, your user name and your password.</source>
        <translation>Gib den Server, deinen Benutzernamen und dein Passwort ein.</translation>
    </message>
    <message>
        <source>Looking for your address books and task lists…</source>
        <translation>Suche nach deinen Adressbüchern und Aufgabenlisten…</translation>
    </message>
    <message>
        <source>Stop Sharing</source>
        <translation>Nicht mehr teilen</translation>
    </message>
    <message numerus="yes">
        <source>The next sync deletes %n contact(s) from the server: those with the role %1. Tend keeps them.</source>
        <translation>
            <numerusform>Der nächste Abgleich löscht %n Kontakt vom Server: den mit der Rolle %1. Tend behält ihn.</numerusform>
            <numerusform>Der nächste Abgleich löscht %n Kontakte vom Server: die mit der Rolle %1. Tend behält sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sharing settings were not saved.</source>
        <translation>Die Einstellungen zum Teilen wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>A reminder reaches the phone as a task: &quot;%1&quot;, with its due date. So do the deadlines of asks and the answers you owe: the ask&apos;s text, not why it matters or its notes.</source>
        <translation>Eine Erinnerung kommt als Aufgabe aufs Telefon: „%1“, mit ihrem Fälligkeitsdatum. Ebenso die Fristen deiner Bitten und die Antworten, die du schuldest: der Text der Bitte, nicht warum sie zählt oder ihre Notizen.</translation>
    </message>
</context>
<context>
    <name>tend::gui::TagCommand</name>
    <message>
        <source>Tag %1 “%2”</source>
        <translation>Schlagwort „%2“ an %1 vergeben</translation>
    </message>
    <message>
        <source>Remove the tag “%2” from %1</source>
        <translation>Schlagwort „%2“ von %1 entfernen</translation>
    </message>
    <message>
        <source>Rename the tag “%1” to “%2”</source>
        <translation>Schlagwort „%1“ in „%2“ umbenennen</translation>
    </message>
</context>
<context>
    <name>tend::gui::TagManagerDialog</name>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln contact(s))</source>
        <translation>
            <numerusform>%1 (%Ln Kontakt)</numerusform>
            <numerusform>%1 (%Ln Kontakte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged “%1” into the existing tag “%2”: %Ln contact(s) carry it now.</source>
        <translation>
            <numerusform>„%1“ mit dem vorhandenen Schlagwort „%2“ zusammengeführt: %Ln Kontakt trägt es jetzt.</numerusform>
            <numerusform>„%1“ mit dem vorhandenen Schlagwort „%2“ zusammengeführt: %Ln Kontakte tragen es jetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>„%1“ in „%2“ umbenannt.</translation>
    </message>
</context>
<context>
    <name>tend::gui::TimelineDelegate</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Snooze ▾</source>
        <translation>Verschieben ▾</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>tend::gui::TimelineModel</name>
    <message>
        <source>gave</source>
        <translation>gegeben</translation>
    </message>
    <message>
        <source>received</source>
        <translation>bekommen</translation>
    </message>
    <message>
        <source>mutual</source>
        <translation>gegenseitig</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Also with: %1</source>
        <translation>Auch mit: %1</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a closed reminder: its state and the day it was closed</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>tend::gui::TodayDelegate</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Snooze ▾</source>
        <translation>Verschieben ▾</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Zugestimmt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>tend::gui::TodayModel</name>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Kontakt halten</translation>
    </message>
    <message>
        <source>follow up</source>
        <translation>nachfassen</translation>
    </message>
    <message numerus="yes">
        <source>Coming up (%Ln day(s))</source>
        <translation>
            <numerusform>Demnächst (%Ln Tag)</numerusform>
            <numerusform>Demnächst (%Ln Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keep in touch (every %Ln day(s))</source>
        <translation>
            <numerusform>Kontakt halten (jeden Tag)</numerusform>
            <numerusform>Kontakt halten (alle %Ln Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation>%1 geplant</translation>
    </message>
    <message>
        <source>Planned %1: %2</source>
        <translation>%1 geplant: %2</translation>
    </message>
    <message>
        <source>Birthdays and dates</source>
        <translation>Geburtstage und Daten</translation>
    </message>
    <message>
        <source>%1 · turns %2</source>
        <translation>%1 · wird %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln year(s)</source>
        <translation>
            <numerusform>%1 · %Ln Jahr</numerusform>
            <numerusform>%1 · %Ln Jahre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::TodayView</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>+ &amp;Log interaction</source>
        <translation>+ Interaktion &amp;erfassen</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Interaktion erfassen</translation>
    </message>
    <message>
        <source>Log a chat, call or intro (Ctrl+L)</source>
        <translation>Ein Gespräch, einen Anruf oder eine Vermittlung erfassen (Strg+L)</translation>
    </message>
    <message>
        <source>Due follow-ups and nudges</source>
        <translation>Fälliges Nachfassen und Anstöße</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>Nichts fällig.</translation>
    </message>
    <message>
        <source>Log a chat with someone you met this week?</source>
        <translation>Ein Gespräch mit jemandem erfassen, den du diese Woche getroffen hast?</translation>
    </message>
    <message>
        <source>Log a chat</source>
        <translation>Gespräch erfassen</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>&amp;Verschieben …</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>&amp;Interaktion erfassen …</translation>
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation>Kontakt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translation>Heute · %1</translation>
    </message>
    <message>
        <source>Done · %1</source>
        <translation>Erledigt · %1</translation>
    </message>
    <message>
        <source>Snoozed %1 until %2</source>
        <translation>%1 auf %2 verschoben</translation>
    </message>
    <message>
        <source>Lo&amp;g a chat…</source>
        <translation>Ein Gespräch er&amp;fassen …</translation>
    </message>
    <message>
        <source>Dismissed “%1” with %2</source>
        <translation>„%1“ mit %2 verworfen</translation>
    </message>
    <message>
        <source>De&amp;clined</source>
        <translation>&amp;Abgelehnt</translation>
    </message>
    <message>
        <source>Could not read the ask</source>
        <translation>Die Bitte konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the introduction</source>
        <translation>Die Vermittlung konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the advice</source>
        <translation>Der Ratschlag konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Declined · %1 · Ctrl+Z to undo</source>
        <translation>Abgelehnt · %1 · Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Done · %1 · Ctrl+Z to undo</source>
        <translation>Erledigt · %1 · Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>&amp;Answered</source>
        <translation>&amp;Beantwortet</translation>
    </message>
    <message>
        <source>&amp;Agreed</source>
        <translation>&amp;Zugestimmt</translation>
    </message>
</context>
<context>
    <name>tend::gui::TrayNotifier</name>
    <message>
        <source>Tend · nothing due</source>
        <translation>Tend · nichts fällig</translation>
    </message>
    <message>
        <source>Tend</source>
        <translation>Tend</translation>
    </message>
</context>
<context>
    <name>tend::gui::WelcomePage</name>
    <message>
        <source>Welcome to Tend</source>
        <translation>Willkommen bei Tend</translation>
    </message>
    <message>
        <source>Keep up with the mentors, sponsors, coaches and peers who help you grow.
Log a chat, and Tend reminds you to follow up.</source>
        <translation>Bleib in Kontakt mit den Mentoren, Sponsoren, Coaches und Peers, die dich wachsen lassen.
Erfasse ein Gespräch, und Tend erinnert dich ans Nachfassen.</translation>
    </message>
    <message>
        <source>&amp;Add your first contact…</source>
        <translation>&amp;Ersten Kontakt hinzufügen …</translation>
    </message>
    <message>
        <source>Add your first contact</source>
        <translation>Ersten Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Open the &amp;demo network</source>
        <translation>Demo-Netzwerk ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the demo network</source>
        <translation>Demo-Netzwerk öffnen</translation>
    </message>
    <message>
        <source>A made-up network in its own notebook: your notes are not touched</source>
        <translation>Ein erfundenes Netzwerk in einem eigenen Notizbuch: Deine Notizen bleiben unberührt</translation>
    </message>
</context>
<context>
    <name>tend::gui::text</name>
    <message>
        <source>today %1</source>
        <translation>heute %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>gestern %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) overdue</source>
        <translation>
            <numerusform>%Ln Tag überfällig</numerusform>
            <numerusform>%Ln Tage überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::ical::TaskExport</name>
    <message numerus="yes">
        <source>Keep in touch (every %n day(s))</source>
        <translation>
            <numerusform>In Kontakt bleiben (jeden Tag)</numerusform>
            <numerusform>In Kontakt bleiben (alle %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>Mit: %1</translation>
    </message>
</context>
<context>
    <name>tend::ical::TodoMapping</name>
    <message>
        <source>It is not iCalendar data.</source>
        <translation>Es sind keine iCalendar-Daten.</translation>
    </message>
    <message>
        <source>The calendar object holds no task (VTODO).</source>
        <translation>Das Kalenderobjekt enthält keine Aufgabe (VTODO).</translation>
    </message>
    <message>
        <source>The task cannot be read: %1</source>
        <translation>Die Aufgabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The task has no UID.</source>
        <translation>Die Aufgabe hat keine UID.</translation>
    </message>
    <message>
        <source>The task&apos;s UID is %1, not %2.</source>
        <translation>Die UID der Aufgabe ist %1, nicht %2.</translation>
    </message>
</context>
<context>
    <name>tend::io</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1; the card (lines %2–%3) is left out</source>
        <translation>%1; die Karte (Zeilen %2–%3) wird ausgelassen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start a property; the line is ignored</source>
        <translation>mit „%1“ beginnt keine Eigenschaft; die Zeile wird ignoriert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a base64 character; the value is left out</source>
        <translation>„%1“ ist kein Base64-Zeichen; der Wert wird ausgelassen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date Tend can read</source>
        <translation>„%1“ ist kein Datum, das Tend lesen kann</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date Tend can use; it stays in the card only</source>
        <translation>„%1“ ist kein Datum, mit dem Tend etwas anfangen kann; es bleibt nur in der Karte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a way of meeting Tend knows</source>
        <translation>„%1“ ist keine Art des Kennenlernens, die Tend kennt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an encoding Tend knows</source>
        <translation>„%1“ ist keine Zeichenkodierung, die Tend kennt</translation>
    </message>
    <message>
        <source>CHARSET &apos;%1&apos; is not one Tend knows; the text was read as UTF-8 or Windows-1252</source>
        <translation>den CHARSET „%1“ kennt Tend nicht; der Text wurde als UTF-8 oder Windows-1252 gelesen</translation>
    </message>
    <message>
        <source>Contacts (CSV)</source>
        <translation>Kontakte (CSV)</translation>
    </message>
    <message>
        <source>END:VCARD without a BEGIN:VCARD is ignored</source>
        <translation>END:VCARD ohne BEGIN:VCARD wird ignoriert</translation>
    </message>
    <message>
        <source>Google Contacts (CSV)</source>
        <translation>Google Kontakte (CSV)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>LinkedIn connections (CSV)</source>
        <translation>LinkedIn-Kontakte (CSV)</translation>
    </message>
    <message>
        <source>Outlook contacts (CSV)</source>
        <translation>Outlook-Kontakte (CSV)</translation>
    </message>
    <message>
        <source>QUOTED-PRINTABLE sequence &apos;%1&apos; is not hexadecimal</source>
        <translation>die QUOTED-PRINTABLE-Folge „%1“ ist nicht hexadezimal</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>a parameter&apos;s quotes are never closed; the value is read from the first &apos;:&apos;</source>
        <translation>die Anführungszeichen eines Parameters werden nie geschlossen; der Wert wird ab dem ersten „:“ gelesen</translation>
    </message>
    <message>
        <source>a quoted field that begins on this line is never closed; the row is left out</source>
        <translation>ein Feld in Anführungszeichen, das in dieser Zeile beginnt, wird nie geschlossen; die Zeile wird ausgelassen</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>Zeile %1 (%2)</translation>
    </message>
    <message>
        <source>line %1: a line of %2 is longer than the %3 Tend reads; the file was not imported</source>
        <translation>Zeile %1: eine Zeile von %2 ist länger als die %3, die Tend liest; die Datei wurde nicht importiert</translation>
    </message>
    <message>
        <source>no header row found: none of the first %1 rows names a column Tend knows (such as First Name, Last Name, Name, E-mail or Company)</source>
        <translation>keine Kopfzeile gefunden: keine der ersten %1 Zeilen nennt eine Spalte, die Tend kennt (etwa Vorname, Nachname, Name, E-Mail oder Firma)</translation>
    </message>
    <message>
        <source>text outside BEGIN:VCARD … END:VCARD is ignored</source>
        <translation>Text außerhalb von BEGIN:VCARD … END:VCARD wird ignoriert</translation>
    </message>
    <message>
        <source>the base64 data is cut short or has &apos;=&apos; in the middle; the value is left out</source>
        <translation>die Base64-Daten sind abgeschnitten oder haben ein „=“ in der Mitte; der Wert wird ausgelassen</translation>
    </message>
    <message>
        <source>the card has no name, organisation, e-mail or phone; it is left out</source>
        <translation>die Karte hat weder Namen noch Organisation, E-Mail-Adresse oder Telefonnummer; sie wird ausgelassen</translation>
    </message>
    <message>
        <source>the card that begins here has no END:VCARD; it is left out</source>
        <translation>die Karte, die hier beginnt, hat kein END:VCARD; sie wird ausgelassen</translation>
    </message>
    <message>
        <source>the file is %1, more than the %2 Tend imports; it was not read</source>
        <translation>die Datei ist %1 groß, mehr als die %2, die Tend importiert; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>the row has %1 fields and the header %2; the last %3 are ignored</source>
        <translation>die Zeile hat %1 Felder und die Kopfzeile %2; die letzten %3 werden ignoriert</translation>
    </message>
    <message>
        <source>the row has no name, organisation, e-mail or phone; it is left out</source>
        <translation>die Zeile hat weder Namen noch Organisation, E-Mail-Adresse oder Telefonnummer; sie wird ausgelassen</translation>
    </message>
    <message>
        <source>the text is not valid %1; some characters could not be read</source>
        <translation>der Text ist kein gültiges %1; einige Zeichen ließen sich nicht lesen</translation>
    </message>
    <message>
        <source>there is no BEGIN:VCARD … END:VCARD card in the file</source>
        <translation>die Datei enthält keine Karte BEGIN:VCARD … END:VCARD</translation>
    </message>
    <message>
        <source>this is a JSON file; contacts are imported from vCard and CSV files, and a Tend JSON backup is restored instead</source>
        <translation>dies ist eine JSON-Datei; Kontakte werden aus vCard- und CSV-Dateien importiert, und eine JSON-Sicherung von Tend wird stattdessen wiederhergestellt</translation>
    </message>
    <message>
        <source>this is not a file Tend can import: neither a vCard nor a CSV with a header row of contact columns</source>
        <translation>diese Datei kann Tend nicht importieren: sie ist weder eine vCard noch eine CSV-Datei mit einer Kopfzeile aus Kontaktspalten</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message numerus="yes">
        <source>%1 (strict: the whole file is refused, since %n record(s) would be left out)</source>
        <translation>
            <numerusform>%1 (streng: die ganze Datei wird abgelehnt, weil %n Eintrag ausgelassen würde)</numerusform>
            <numerusform>%1 (streng: die ganze Datei wird abgelehnt, weil %n Einträge ausgelassen würden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::parse</name>
    <message>
        <source>%1: &quot;%2&quot; is not a date; use YYYY-MM-DD.</source>
        <translation>%1: „%2“ ist kein Datum. Verwende YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1: %2 is not a day of the calendar.</source>
        <translation>%1: %2 ist kein Tag im Kalender.</translation>
    </message>
    <message>
        <source>%1: %2 is too far in the past.</source>
        <translation>%1: %2 liegt zu weit in der Vergangenheit.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of days.</source>
        <translation>%1: „%2“ ist keine Anzahl von Tagen.</translation>
    </message>
    <message>
        <source>%1: must be between %2 and %3 days (got %4).</source>
        <translation>%1: muss zwischen %2 und %3 Tagen liegen (angegeben: %4).</translation>
    </message>
</context>
<context>
    <name>tend::practice::AskRules</name>
    <message>
        <source>Ask %1 is already %2.</source>
        <translation>Die Bitte %1 ist bereits %2.</translation>
    </message>
    <message>
        <source>Ask %1 is %2, so it cannot become %3.</source>
        <translation>Die Bitte %1 ist %2 und kann deshalb nicht %3 werden.</translation>
    </message>
    <message>
        <source>The ask&apos;s text is empty: say what is asked.</source>
        <translation>Der Text der Bitte ist leer: Sag, worum du bittest.</translation>
    </message>
    <message>
        <source>The deadline %1 is in the past (today is %2).</source>
        <translation>Die Frist %1 liegt in der Vergangenheit (heute ist %2).</translation>
    </message>
</context>
<context>
    <name>tend::practice::AskTasks</name>
    <message>
        <source>Answer their ask: %1</source>
        <translation>Auf die Bitte antworten: %1</translation>
    </message>
    <message>
        <source>Your ask: %1</source>
        <translation>Deine Bitte: %1</translation>
    </message>
    <message>
        <source>Their ask: %1</source>
        <translation>Ihre Bitte: %1</translation>
    </message>
</context>
<context>
    <name>tend::practice::IntroductionFlow</name>
    <message>
        <source>Introduction %1 is %2: only someone who has been asked can decline.</source>
        <translation>Die Vermittlung %1 steht auf „%2“: Nur wer gefragt wurde, kann ablehnen.</translation>
    </message>
    <message>
        <source>Asked %1 about an introduction to %2</source>
        <translation>%1 nach einer Vermittlung an %2 gefragt</translation>
    </message>
    <message>
        <source>%1 declined an introduction to %2</source>
        <translation>%1 hat eine Vermittlung an %2 abgelehnt</translation>
    </message>
    <message>
        <source>%1 agreed to an introduction to %2</source>
        <translation>%1 ist mit einer Vermittlung an %2 einverstanden</translation>
    </message>
    <message>
        <source>Introduced %1 and %2</source>
        <translation>%1 und %2 miteinander bekannt gemacht</translation>
    </message>
    <message>
        <source>Followed up on the introduction of %1 and %2</source>
        <translation>Bei der Vermittlung von %1 und %2 nachgefasst</translation>
    </message>
    <message>
        <source>Introduction %1 is %2; it has no further step.</source>
        <translation>Die Vermittlung %1 steht auf „%2“; es gibt keinen weiteren Schritt.</translation>
    </message>
    <message>
        <source>%1 cannot be introduced to themselves.</source>
        <translation>%1 kann nicht mit sich selbst bekannt gemacht werden.</translation>
    </message>
    <message>
        <source>%1 is archived; unarchive them before introducing them.</source>
        <translation>%1 ist archiviert. Hol den Kontakt aus dem Archiv, bevor du vermittelst.</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation>wartet auf %1</translation>
    </message>
    <message>
        <source>%1 agreed; %2 not asked yet</source>
        <translation>%1 ist einverstanden; %2 noch nicht gefragt</translation>
    </message>
    <message>
        <source>both agreed; not introduced yet</source>
        <translation>beide einverstanden; noch nicht bekannt gemacht</translation>
    </message>
    <message>
        <source>introduced</source>
        <translation>bekannt gemacht</translation>
    </message>
    <message>
        <source>followed up</source>
        <translation>nachgefasst</translation>
    </message>
    <message>
        <source>declined by %1</source>
        <translation>von %1 abgelehnt</translation>
    </message>
</context>
<context>
    <name>tend::practice::PracticeQueries</name>
    <message>
        <source>You owe %1 an answer: %2</source>
        <translation>Du schuldest %1 eine Antwort: %2</translation>
    </message>
    <message>
        <source>Deadline of your ask to %1: %2</source>
        <translation>Frist deiner Bitte an %1: %2</translation>
    </message>
    <message>
        <source>Deadline of %1&apos;s ask: %2</source>
        <translation>Frist der Bitte von %1: %2</translation>
    </message>
    <message>
        <source>Chase %1 about the introduction to %2</source>
        <translation>Bei %1 wegen der Vermittlung an %2 nachhaken</translation>
    </message>
    <message>
        <source>Ask %1 how the introduction to %2 went</source>
        <translation>%1 fragen, wie die Vermittlung an %2 gelaufen ist</translation>
    </message>
    <message>
        <source>Tell %1 how their advice helped: %2</source>
        <translation>%1 erzählen, wie der Rat geholfen hat: %2</translation>
    </message>
    <message>
        <source>Meeting with %1 tomorrow has no agenda</source>
        <translation>Das Treffen mit %1 morgen hat keine Agenda</translation>
    </message>
    <message>
        <source>Meeting with %1 on %2 has no agenda</source>
        <translation>Das Treffen mit %1 am %2 hat keine Agenda</translation>
    </message>
    <message>
        <source>Introduce %1 and %2: both agreed</source>
        <translation>%1 und %2 miteinander bekannt machen: beide sind einverstanden</translation>
    </message>
    <message>
        <source>Ask %1 whether they would like an introduction to %2</source>
        <translation>%1 fragen, ob eine Vermittlung an %2 erwünscht ist</translation>
    </message>
</context>
<context>
    <name>tend::practice::SmartCheck</name>
    <message>
        <source>Specific</source>
        <translation>Spezifisch</translation>
    </message>
    <message>
        <source>Say exactly what you are asking for.</source>
        <translation>Sag genau, worum du bittest.</translation>
    </message>
    <message>
        <source>Over %1 characters: a shorter request is easier to say yes to.</source>
        <translation>Über %1 Zeichen: Zu einer kürzeren Bitte sagt man leichter Ja.</translation>
    </message>
    <message>
        <source>Meaningful</source>
        <translation>Bedeutsam</translation>
    </message>
    <message>
        <source>Say why it matters to you: people help more when they know.</source>
        <translation>Sag, warum es dir wichtig ist: Menschen helfen lieber, wenn sie es wissen.</translation>
    </message>
    <message>
        <source>Action-oriented</source>
        <translation>Handlungsorientiert</translation>
    </message>
    <message>
        <source>Start the action with a verb: review, introduce, share…</source>
        <translation>Beginne die Handlung mit einem Verb: prüfen, vorstellen, teilen …</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>Realistisch</translation>
    </message>
    <message>
        <source>The deadline has passed.</source>
        <translation>Die Frist ist verstrichen.</translation>
    </message>
    <message>
        <source>More than a year away: is there a nearer first step?</source>
        <translation>Mehr als ein Jahr entfernt: Gibt es einen näheren ersten Schritt?</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>Terminiert</translation>
    </message>
    <message>
        <source>Add a deadline, so both of you know when.</source>
        <translation>Setze eine Frist, damit ihr beide wisst, bis wann.</translation>
    </message>
</context>
<context>
    <name>tend::reports</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>jeden Tag</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>keep in touch (%1; last contact %2)</source>
        <translation>Kontakt halten (%1; letzter Kontakt %2)</translation>
    </message>
    <message>
        <source>keep in touch (%1; no contact logged yet)</source>
        <translation>Kontakt halten (%1; noch kein Kontakt erfasst)</translation>
    </message>
    <message>
        <source>keep in touch (%1; snoozed until %2)</source>
        <translation>Kontakt halten (%1; verschoben bis %2)</translation>
    </message>
</context>
<context>
    <name>tend::sql</name>
    <message>
        <source>%1: the database is in use by another program and stayed locked; try again in a moment.</source>
        <translation>%1: Die Datenbank wird von einem anderen Programm verwendet und blieb gesperrt. Versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1: the database cannot be written (read-only file or folder).</source>
        <translation>%1: Die Datenbank kann nicht geschrieben werden (schreibgeschützte Datei oder schreibgeschützter Ordner).</translation>
    </message>
    <message>
        <source>%1: the disk is full; nothing was changed.</source>
        <translation>%1: Die Platte ist voll. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: the database file is damaged (%2).</source>
        <translation>%1: Die Datenbankdatei ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>%1: the database file could not be read or written (%2).</source>
        <translation>%1: Die Datenbankdatei konnte nicht gelesen oder geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>Running a database statement</source>
        <translation>Ausführen einer Datenbankanweisung</translation>
    </message>
    <message>
        <source>Preparing a database statement</source>
        <translation>Vorbereiten einer Datenbankanweisung</translation>
    </message>
    <message>
        <source>A database query returned no row.</source>
        <translation>Eine Datenbankabfrage hat keine Zeile geliefert.</translation>
    </message>
    <message>
        <source>%1: it refers to a contact, interaction or reminder that does not exist; nothing was changed.</source>
        <translation>%1: Es verweist auf einen Kontakt, eine Interaktion oder eine Erinnerung, die es nicht gibt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: it would duplicate an entry that already exists; nothing was changed.</source>
        <translation>%1: Es würde einen bestehenden Eintrag doppeln. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: a required value is missing; nothing was changed.</source>
        <translation>%1: Ein nötiger Wert fehlt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: a value is outside what the notebook can store (a date beyond the year 9999, or a number out of range); nothing was changed.</source>
        <translation>%1: Ein Wert liegt außerhalb dessen, was das Notizbuch speichern kann (ein Datum nach dem Jahr 9999 oder eine zu große Zahl). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: %2; nothing was changed.</source>
        <translation>%1: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: the change breaks a rule of the notebook; nothing was changed.</source>
        <translation>%1: Die Änderung verletzt eine Regel des Notizbuchs. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: stopped before it finished; nothing was changed.</source>
        <translation>%1: Vor dem Ende abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: a value is too large to store; nothing was changed.</source>
        <translation>%1: Ein Wert ist zu groß zum Speichern. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database connection is closed or not an SQLite one.</source>
        <translation>Die Datenbankverbindung ist geschlossen oder keine SQLite-Verbindung.</translation>
    </message>
</context>
<context>
    <name>tend::sync::ContactLocalStore</name>
    <message>
        <source>No synced contact has the UID %1.</source>
        <translation>Kein abgeglichener Kontakt hat die UID %1.</translation>
    </message>
    <message>
        <source>The card has no name Tend can show.</source>
        <translation>Die Karte hat keinen Namen, den Tend anzeigen kann.</translation>
    </message>
</context>
<context>
    <name>tend::sync::Keyring</name>
    <message>
        <source>The desktop keyring holds no sync password for this account.</source>
        <translation>Der Schlüsselbund des Desktops enthält kein Abgleich-Passwort für dieses Konto.</translation>
    </message>
    <message>
        <source>The desktop keyring refused access to the sync password.</source>
        <translation>Der Schlüsselbund des Desktops hat den Zugriff auf das Abgleich-Passwort verweigert.</translation>
    </message>
    <message>
        <source>The desktop keyring could not be used: %1.</source>
        <translation>Der Schlüsselbund des Desktops ließ sich nicht verwenden: %1.</translation>
    </message>
</context>
<context>
    <name>tend::sync::NotebookStatusStore</name>
    <message>
        <source>The synced collection is no longer set up; run the sync setup again.</source>
        <translation>Die abgeglichene Sammlung ist nicht mehr eingerichtet; richte den Abgleich erneut ein.</translation>
    </message>
</context>
<context>
    <name>tend::sync::ReminderLocalStore</name>
    <message>
        <source>No synced reminder has the UID %1.</source>
        <translation>Keine abgeglichene Erinnerung hat die UID %1.</translation>
    </message>
</context>
<context>
    <name>tend::sync::RemoteListing</name>
    <message>
        <source>The server sent it empty.</source>
        <translation>Der Server hat es leer geschickt.</translation>
    </message>
</context>
<context>
    <name>tend::sync::SyncDecision</name>
    <message>
        <source>Several resources on the server carry this UID; remove the extra copies there.</source>
        <translation>Mehrere Einträge auf dem Server tragen diese UID; entferne dort die überzähligen Kopien.</translation>
    </message>
    <message>
        <source>Several items in Tend carry this UID.</source>
        <translation>Mehrere Einträge in Tend tragen diese UID.</translation>
    </message>
</context>
<context>
    <name>tend::sync::SyncRunner</name>
    <message>
        <source>Sync stopped; what was done so far is kept, and the next sync goes on from there.</source>
        <translation>Abgleich angehalten; was bisher erledigt wurde, bleibt, und der nächste Abgleich macht dort weiter.</translation>
    </message>
    <message>
        <source>The item is no longer in Tend; sync again to see what is left.</source>
        <translation>Der Eintrag ist nicht mehr in Tend; gleiche erneut ab, um zu sehen, was übrig ist.</translation>
    </message>
    <message>
        <source>The item is no longer on the server; sync again to see what is left.</source>
        <translation>Der Eintrag ist nicht mehr auf dem Server; gleiche erneut ab, um zu sehen, was übrig ist.</translation>
    </message>
    <message>
        <source>It changed on the server again while Tend was syncing it; the next sync takes it up.</source>
        <translation>Er hat sich auf dem Server erneut geändert, während Tend ihn abglich; der nächste Abgleich nimmt ihn auf.</translation>
    </message>
    <message>
        <source>The server holds another item (UID %1) where this one was expected.</source>
        <translation>Der Server hat einen anderen Eintrag (UID %1) dort, wo dieser erwartet wurde.</translation>
    </message>
    <message>
        <source>Internal error: %1 was not at hand for &quot;%2&quot;.</source>
        <translation>Interner Fehler: %1 lag für „%2“ nicht vor.</translation>
    </message>
    <message>
        <source>Tend could not write this item for the server: %1</source>
        <translation>Tend konnte diesen Eintrag nicht für den Server schreiben: %1</translation>
    </message>
    <message>
        <source>Tend could not merge the two versions: %1</source>
        <translation>Tend konnte die beiden Fassungen nicht zusammenführen: %1</translation>
    </message>
</context>
<context>
    <name>tend::sync::SyncSession</name>
    <message>
        <source>The server has no calendar home for this user, so Tend cannot make a task list.</source>
        <translation>Der Server hat keinen Kalenderbereich für diesen Benutzer, daher kann Tend keine Aufgabenliste anlegen.</translation>
    </message>
    <message>
        <source>The server has no address book home for this user, so Tend cannot make an address book.</source>
        <translation>Der Server hat keinen Adressbuchbereich für diesen Benutzer, daher kann Tend kein Adressbuch anlegen.</translation>
    </message>
    <message>
        <source>Sync is not set up: run `tend sync setup URL --user USER` first.</source>
        <translation>Der Abgleich ist nicht eingerichtet: Führe zuerst `tend sync setup URL --user USER` aus.</translation>
    </message>
    <message numerus="yes">
        <source>sent %n</source>
        <translation>
            <numerusform>%n gesendet</numerusform>
            <numerusform>%n gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received %n</source>
        <translation>
            <numerusform>%n empfangen</numerusform>
            <numerusform>%n empfangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merged %n</source>
        <translation>
            <numerusform>%n zusammengeführt</numerusform>
            <numerusform>%n zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n Konflikt zu lösen</numerusform>
            <numerusform>%n Konflikte zu lösen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) skipped</source>
        <translation>
            <numerusform>%n Eintrag übersprungen</numerusform>
            <numerusform>%n Einträge übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; stopped: %2</source>
        <translation>%1; angehalten: %2</translation>
    </message>
</context>
<context>
    <name>tend::sync::VCardCodec</name>
    <message numerus="yes">
        <source>it holds %n cards</source>
        <translation>
            <numerusform>sie enthält %n Karte</numerusform>
            <numerusform>sie enthält %n Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not one vCard: %1.</source>
        <translation>Das ist nicht genau eine vCard: %1.</translation>
    </message>
    <message>
        <source>The card has no UID.</source>
        <translation>Die Karte hat keine UID.</translation>
    </message>
</context>
<context>
    <name>tend::sync::dav::DavClient</name>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>„%1“ ist keine Serveradresse.</translation>
    </message>
    <message>
        <source>Tend talks to %1 only over https://: plain http:// would send your password and your contacts readable by anyone on the way. (Plain http:// is allowed only to this computer: localhost or 127.0.0.1.)</source>
        <translation>Tend spricht mit %1 nur über https://: Einfaches http:// würde dein Passwort und deine Kontakte für jeden auf dem Weg lesbar senden. (Einfaches http:// ist nur zu diesem Rechner erlaubt: localhost oder 127.0.0.1.)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) address.</source>
        <translation>„%1“ ist keine http(s)-Adresse.</translation>
    </message>
    <message>
        <source>HTTP %1, %2 %3</source>
        <translation>HTTP %1, %2 %3</translation>
    </message>
    <message>
        <source>The server refused the user name or password</source>
        <translation>Der Server hat Benutzername oder Passwort abgelehnt</translation>
    </message>
    <message>
        <source>The server does not allow this user to do that</source>
        <translation>Der Server erlaubt diesem Benutzer das nicht</translation>
    </message>
    <message>
        <source>The server has nothing at that address</source>
        <translation>Der Server hat unter dieser Adresse nichts</translation>
    </message>
    <message>
        <source>The server does not allow that here</source>
        <translation>Der Server erlaubt das hier nicht</translation>
    </message>
    <message>
        <source>The server refused because something it needs is missing</source>
        <translation>Der Server hat abgelehnt, weil etwas fehlt, das er braucht</translation>
    </message>
    <message>
        <source>It changed on the server in the meantime</source>
        <translation>Es hat sich inzwischen auf dem Server geändert</translation>
    </message>
    <message>
        <source>The server refused it as too large</source>
        <translation>Der Server hat es als zu groß abgelehnt</translation>
    </message>
    <message>
        <source>The server does not accept this kind of data</source>
        <translation>Der Server nimmt diese Art von Daten nicht an</translation>
    </message>
    <message>
        <source>The server has run out of space</source>
        <translation>Der Server hat keinen Platz mehr</translation>
    </message>
    <message>
        <source>The server failed; try again later</source>
        <translation>Der Server ist gescheitert; versuche es später noch einmal</translation>
    </message>
    <message>
        <source>The server answered with an error</source>
        <translation>Der Server hat mit einem Fehler geantwortet</translation>
    </message>
    <message>
        <source>The server redirected Tend more than %1 times, starting from %2.</source>
        <translation>Der Server hat Tend mehr als %1-mal umgeleitet, ausgehend von %2.</translation>
    </message>
    <message>
        <source>The server tried to send Tend from a secure address to an insecure one (%1).</source>
        <translation>Der Server wollte Tend von einer sicheren zu einer unsicheren Adresse schicken (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer to %1 %2 is larger than %3 MB; Tend stopped reading it.</source>
        <translation>Die Antwort des Servers auf %1 %2 ist größer als %3 MB; Tend hat aufgehört, sie zu lesen.</translation>
    </message>
    <message>
        <source>Nothing answers at %1 (connection refused): is the server running?</source>
        <translation>Unter %1 antwortet nichts (Verbindung abgelehnt): Läuft der Server?</translation>
    </message>
    <message>
        <source>The server name %1 could not be found: check the address and the connection.</source>
        <translation>Der Servername %1 wurde nicht gefunden: Prüfe die Adresse und die Verbindung.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up: %2. Tend trusts the certificates this system trusts.</source>
        <translation>Eine sichere Verbindung zu %1 ließ sich nicht aufbauen: %2. Tend vertraut den Zertifikaten, denen dieses System vertraut.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2.</source>
        <translation>%1 war nicht erreichbar: %2.</translation>
    </message>
</context>
<context>
    <name>tend::sync::dav::DavCollection</name>
    <message>
        <source>The server kept truncating its list of changes to %1 after %2 requests.</source>
        <translation>Der Server hat seine Liste der Änderungen an %1 auch nach %2 Anfragen immer wieder gekürzt.</translation>
    </message>
    <message>
        <source>The server&apos;s list of changes to %1 carries no sync-token.</source>
        <translation>Die Liste der Änderungen an %1 vom Server trägt kein sync-token.</translation>
    </message>
    <message>
        <source>The server truncated its list of changes to %1 without moving on.</source>
        <translation>Der Server hat seine Liste der Änderungen an %1 gekürzt, ohne weiterzukommen.</translation>
    </message>
</context>
<context>
    <name>tend::sync::dav::DavRemoteStore</name>
    <message>
        <source>The server listed it but did not send it.</source>
        <translation>Der Server hat es aufgeführt, aber nicht geschickt.</translation>
    </message>
</context>
<context>
    <name>tend::sync::dav::DavXml</name>
    <message>
        <source>The server&apos;s answer is not readable XML (line %1: %2).</source>
        <translation>Die Antwort des Servers ist kein lesbares XML (Zeile %1: %2).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a WebDAV multistatus.</source>
        <translation>Die Antwort des Servers ist kein WebDAV-Multistatus.</translation>
    </message>
</context>
<context>
    <name>tend::sync::dav::Discovery</name>
    <message>
        <source>No server address given.</source>
        <translation>Keine Serveradresse angegeben.</translation>
    </message>
    <message>
        <source>%1 does not look like a CardDAV or CalDAV server: it names no user principal (tried the address itself, /.well-known/carddav, /.well-known/caldav and /).</source>
        <translation>%1 sieht nicht wie ein CardDAV- oder CalDAV-Server aus: Er nennt keinen Benutzer-Principal (versucht: die Adresse selbst, /.well-known/carddav, /.well-known/caldav und /).</translation>
    </message>
    <message>
        <source>The server names no address book home or calendar home for %1.</source>
        <translation>Der Server nennt keinen Adressbuch- oder Kalenderbereich für %1.</translation>
    </message>
    <message>
        <source>The server refused to create &quot;%1&quot; in %2.</source>
        <translation>Der Server hat abgelehnt, „%1“ in %2 anzulegen.</translation>
    </message>
    <message>
        <source>The server has several of these: %1. Name the one Tend should use.</source>
        <translation>Der Server hat mehrere davon: %1. Nenne den, den Tend verwenden soll.</translation>
    </message>
</context>
<context>
    <name>tend::work::Worker</name>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: Es wurde nichts geändert.</translation>
    </message>
</context>
</TS>
