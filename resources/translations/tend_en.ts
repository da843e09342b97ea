<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>tend::ContactMerge</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::DateTasks</name>
    <message numerus="yes">
        <source>%1 (%Ln year(s))</source>
        <translation>
            <numerusform>%1 (%Ln year)</numerusform>
            <numerusform>%1 (%Ln years)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::InsightCallouts</name>
    <message numerus="yes">
        <source>%n time(s)</source>
        <comment>how often</comment>
        <translation>
            <numerusform>once</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No active sponsor: nothing logged with any of your %n sponsor(s) in the last %1 days.</source>
        <translation>
            <numerusform>No active sponsor: nothing logged with your sponsor in the last %1 days.</numerusform>
            <numerusform>No active sponsor: nothing logged with any of your %n sponsors in the last %1 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No active mentor: nothing logged with any of your %n mentor(s) in the last %1 days.</source>
        <translation>
            <numerusform>No active mentor: nothing logged with your mentor in the last %1 days.</numerusform>
            <numerusform>No active mentor: nothing logged with any of your %n mentors in the last %1 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::Notebook</name>
    <message numerus="yes">
        <source>%1 (strict: nothing was imported, since %n record(s) would be left out)</source>
        <translation>
            <numerusform>%1 (strict: nothing was imported, since a record would be left out)</numerusform>
            <numerusform>%1 (strict: nothing was imported, since %n records would be left out)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::cli</name>
    <message numerus="yes">
        <source>%1 is damaged. SQLite found %n problem(s):</source>
        <translation>
            <numerusform>%1 is damaged. SQLite found one problem:</numerusform>
            <numerusform>%1 is damaged. SQLite found %n problems:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n backup</numerusform>
            <numerusform>%n backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s) (own)</source>
        <translation>
            <numerusform>every day (own)</numerusform>
            <numerusform>every %n days (own)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s) (from role)</source>
        <translation>
            <numerusform>every day (from role)</numerusform>
            <numerusform>every %n days (from role)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n contact(s); the demo network would mix with them. Use another --db, or --force to add it anyway.</source>
        <translation>
            <numerusform>%1 already holds a contact; the demo network would mix with it. Use another --db, or --force to add it anyway.</numerusform>
            <numerusform>%1 already holds %n contacts; the demo network would mix with them. Use another --db, or --force to add it anyway.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You gave no help in the last %n day(s).</source>
        <translation>
            <numerusform>You gave no help in the last day.</numerusform>
            <numerusform>You gave no help in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contacts per role; active: an interaction in the last %n day(s) (archived contacts left out)</source>
        <translation>
            <numerusform>Contacts per role; active: an interaction in the last day (archived contacts left out)</numerusform>
            <numerusform>Contacts per role; active: an interaction in the last %n days (archived contacts left out)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n record(s)</source>
        <translation>
            <numerusform>%1 (%2): %n record</numerusform>
            <numerusform>%1 (%2): %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged with an earlier record</source>
        <translation>
            <numerusform>%n merged with an earlier record</numerusform>
            <numerusform>%n merged with earlier records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n item(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n item to %1.</numerusform>
            <numerusform>Wrote %n items to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n interaction(s)</source>
        <translation>
            <numerusform>Moved %n interaction</numerusform>
            <numerusform>Moved %n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s).</source>
        <translation>
            <numerusform>%n reminder.</numerusform>
            <numerusform>%n reminders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shared: %n contact(s)</source>
        <translation>
            <numerusform>Shared: %n contact</numerusform>
            <numerusform>Shared: %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::ContactDialog</name>
    <message numerus="yes">
        <source>(role default: every %Ln day(s))</source>
        <translation>
            <numerusform>(role default: every day)</numerusform>
            <numerusform>(role default: every %Ln days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>role default: every %Ln day(s)</source>
        <translation>
            <numerusform>role default: every day</numerusform>
            <numerusform>role default: every %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::ContactPicker</name>
    <message numerus="yes">
        <source>%n match — pick one.</source>
        <translation>
            <numerusform>%n match — pick it.</numerusform>
            <numerusform>%n match — pick one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::ContactTableModel</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %Ln day(s)</source>
        <translation>
            <numerusform>due in %Ln day</numerusform>
            <numerusform>due in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep in touch every %Ln day(s); next on %1</source>
        <translation>
            <numerusform>Keep in touch every day; next on %1</numerusform>
            <numerusform>Keep in touch every %Ln days; next on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::ContactsView</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Archive %Ln contact(s)</source>
        <translation>
            <numerusform>&amp;Archive %Ln contact</numerusform>
            <numerusform>&amp;Archive %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln contact(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln contact shown</numerusform>
            <numerusform>%1 of %Ln contacts shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Un&amp;archive %Ln contact(s)</source>
        <translation>
            <numerusform>Un&amp;archive %Ln contact</numerusform>
            <numerusform>Un&amp;archive %Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::DueDigest</name>
    <message numerus="yes">
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>%Ln follow-up due</numerusform>
            <numerusform>%Ln follow-ups due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln thing(s) due</source>
        <translation>
            <numerusform>%Ln thing due</numerusform>
            <numerusform>%Ln things due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to keep in touch with</source>
        <translation>
            <numerusform>%Ln to keep in touch with</numerusform>
            <numerusform>%Ln to keep in touch with</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln date(s) coming up</source>
        <translation>
            <numerusform>%Ln date coming up</numerusform>
            <numerusform>%Ln dates coming up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ask(s), introduction(s) or thank-you(s) due</source>
        <translation>
            <numerusform>%Ln ask, introduction or thank-you due</numerusform>
            <numerusform>%Ln asks, introductions or thank-yous due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n pair(s) of contacts may be one person each.</source>
        <translation>
            <numerusform>%n pair of contacts may be one person.</numerusform>
            <numerusform>%n pairs of contacts may be one person each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::ExportDialog</name>
    <message numerus="yes">
        <source>%1 (%n contact(s))</source>
        <translation>
            <numerusform>%1 (%n contact)</numerusform>
            <numerusform>%1 (%n contacts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) and meeting(s) to %1</source>
        <translation>
            <numerusform>Exported %n task or meeting to %1</numerusform>
            <numerusform>Exported %n tasks and meetings to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1</source>
        <translation>
            <numerusform>Exported %n contact to %1</numerusform>
            <numerusform>Exported %n contacts to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::HelpedView</name>
    <message numerus="yes">
        <source>Last %Ln day(s)</source>
        <translation>
            <numerusform>Last day</numerusform>
            <numerusform>Last %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing logged in the last %Ln day(s).</source>
        <translation>
            <numerusform>Nothing logged in the last day.</numerusform>
            <numerusform>Nothing logged in the last %Ln days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last %Ln day(s) you gave %1 and received %2, across %3.</source>
        <translation>
            <numerusform>In the last day you gave %1 and received %2, across %3.</numerusform>
            <numerusform>In the last %Ln days you gave %1 and received %2, across %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s)</source>
        <comment>how often</comment>
        <translation>
            <numerusform>once</numerusform>
            <numerusform>%Ln times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::ImportCommand</name>
    <message numerus="yes">
        <source>Import %Ln contact(s)</source>
        <translation>
            <numerusform>Import %Ln contact</numerusform>
            <numerusform>Import %Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::ImportDialog</name>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Reading %n file…</numerusform>
            <numerusform>Reading %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln new</numerusform>
            <numerusform>%Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged with an earlier row</source>
        <translation>
            <numerusform>%Ln merged with an earlier row</numerusform>
            <numerusform>%Ln merged with earlier rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %Ln record(s)</source>
        <translation>
            <numerusform>%1 (%2): %Ln record</numerusform>
            <numerusform>%1 (%2): %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %Ln row(s). Nothing has changed yet.</source>
        <translation>
            <numerusform>The first %1 of %Ln row. Nothing has changed yet.</numerusform>
            <numerusform>The first %1 of %Ln rows. Nothing has changed yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::InsightsView</name>
    <message numerus="yes">
        <source>Active: an interaction in the last %Ln day(s). Archived contacts are left out.</source>
        <translation>
            <numerusform>Active: an interaction in the last day. Archived contacts are left out.</numerusform>
            <numerusform>Active: an interaction in the last %Ln days. Archived contacts are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing stands out: sponsors and mentors are active, and give and take are in balance over the last %Ln day(s).</source>
        <translation>
            <numerusform>Nothing stands out: sponsors and mentors are active, and give and take are in balance over the last day.</numerusform>
            <numerusform>Nothing stands out: sponsors and mentors are active, and give and take are in balance over the last %Ln days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::LogInteractionDialog</name>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>M&amp;ark %1 and %n more done</source>
        <translation>
            <numerusform>M&amp;ark %1 and %n more done</numerusform>
            <numerusform>M&amp;ark %1 and %n more done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::MainWindow</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due</source>
        <translation>
            <numerusform>%Ln due</numerusform>
            <numerusform>%Ln due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n follow-up(s) done</source>
        <translation>
            <numerusform> · %n follow-up done</numerusform>
            <numerusform> · %n follow-ups done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync left %n conflict(s): click the sync state in the status bar to choose.</source>
        <translation>
            <numerusform>Sync left %n conflict: click the sync state in the status bar to choose.</numerusform>
            <numerusform>Sync left %n conflicts: click the sync state in the status bar to choose.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::MergeContactsDialog</name>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::SearchView</name>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::SyncController</name>
    <message numerus="yes">
        <source>%n sync conflict(s)</source>
        <translation>
            <numerusform>%n sync conflict</numerusform>
            <numerusform>%n sync conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::SyncSettingsDialog</name>
    <message numerus="yes">
        <source>The next sync deletes %n contact(s) from the server: those with the role %1. Tend keeps them.</source>
        <translation>
            <numerusform>The next sync deletes %n contact from the server: the one with the role %1. Tend keeps it.</numerusform>
            <numerusform>The next sync deletes %n contacts from the server: those with the role %1. Tend keeps them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::TagManagerDialog</name>
    <message numerus="yes">
        <source>%1 (%Ln contact(s))</source>
        <translation>
            <numerusform>%1 (%Ln contact)</numerusform>
            <numerusform>%1 (%Ln contacts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged “%1” into the existing tag “%2”: %Ln contact(s) carry it now.</source>
        <translation>
            <numerusform>Merged “%1” into the existing tag “%2”: %Ln contact carries it now.</numerusform>
            <numerusform>Merged “%1” into the existing tag “%2”: %Ln contacts carry it now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::TodayModel</name>
    <message numerus="yes">
        <source>Coming up (%Ln day(s))</source>
        <translation>
            <numerusform>Coming up (%Ln day)</numerusform>
            <numerusform>Coming up (%Ln days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keep in touch (every %Ln day(s))</source>
        <translation>
            <numerusform>keep in touch (every day)</numerusform>
            <numerusform>keep in touch (every %Ln days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln year(s)</source>
        <translation>
            <numerusform>%1 · %Ln year</numerusform>
            <numerusform>%1 · %Ln years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::gui::text</name>
    <message numerus="yes">
        <source>%Ln day(s) overdue</source>
        <translation>
            <numerusform>%Ln day overdue</numerusform>
            <numerusform>%Ln days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::ical::TaskExport</name>
    <message numerus="yes">
        <source>Keep in touch (every %n day(s))</source>
        <translation>
            <numerusform>Keep in touch (every day)</numerusform>
            <numerusform>Keep in touch (every %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::io</name>
    <message numerus="yes">
        <source>%1 (strict: the whole file is refused, since %n record(s) would be left out)</source>
        <translation>
            <numerusform>%1 (strict: the whole file is refused, since %n record would be left out)</numerusform>
            <numerusform>%1 (strict: the whole file is refused, since %n records would be left out)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::reports</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::sync::SyncSession</name>
    <message numerus="yes">
        <source>sent %n</source>
        <translation>
            <numerusform>sent %n</numerusform>
            <numerusform>sent %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received %n</source>
        <translation>
            <numerusform>received %n</numerusform>
            <numerusform>received %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merged %n</source>
        <translation>
            <numerusform>merged %n</numerusform>
            <numerusform>merged %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) skipped</source>
        <translation>
            <numerusform>%n item skipped</numerusform>
            <numerusform>%n items skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tend::sync::VCardCodec</name>
    <message numerus="yes">
        <source>it holds %n cards</source>
        <translation>
            <numerusform>it holds %n card</numerusform>
            <numerusform>it holds %n cards</numerusform>
        </translation>
    </message>
</context>
</TS>
