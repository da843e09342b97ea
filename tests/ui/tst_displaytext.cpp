#include "DisplayText.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::gui;

// How the window words dates, due days and roles in English (the C.UTF-8 locale of every suite):
// the %n messages get their English plural forms from tend_en, as in `tend` itself.
class TestDisplayText : public QObject
{
    Q_OBJECT
private slots:
    void dueDaysHaveEnglishPlurals();
    void datesFollowTheLocale();
    void rolesReadInline();
};

void TestDisplayText::dueDaysHaveEnglishPlurals()
{
    const QDate today(2026, 11, 23);
    QCOMPARE(text::dueWhen(1, today.addDays(-1), today), u"1 day overdue"_s);
    QCOMPARE(text::dueWhen(5, today.addDays(-5), today), u"5 days overdue"_s);
    QCOMPARE(text::dueWhen(12, today.addDays(-12), today), u"12 days overdue"_s);
    QCOMPARE(text::dueWhen(0, today, today), u"today"_s);
    QCOMPARE(text::dueWhen(-1, today.addDays(1), today), u"tomorrow"_s);
}

void TestDisplayText::datesFollowTheLocale()
{
    QCOMPARE(QLocale().name(), u"C"_s);
    QCOMPARE(text::longDate(QDate(2026, 11, 23)), u"Monday, 23 November"_s);
    const int year = QDate::currentDate().year();
    QCOMPARE(text::shortDate(QDate(year, 12, 7)), u"7 Dec"_s);
    QCOMPARE(text::shortDate(QDate(year - 1, 12, 7)), u"7 Dec %1"_s.arg(year - 1));
    QCOMPARE(text::dueWhen(-3, QDate(2026, 11, 26), QDate(2026, 11, 23)), u"Thu, 26 Nov"_s);

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(text::longDate(QDate(2026, 11, 23)), u"Monday, November 23"_s);
    QCOMPARE(text::shortDate(QDate(year, 12, 7)), u"Dec 7"_s);
    QCOMPARE(text::dueWhen(-3, QDate(2026, 11, 26), QDate(2026, 11, 23)), u"Thu, Nov 26"_s);
    QLocale::setDefault(QLocale::c());
}

// Stored keys are never shown: roles read as their labels, in the case a sentence wants.
void TestDisplayText::rolesReadInline()
{
    QCOMPARE(text::roles({Role::Mentor, Role::Sponsor}), u"mentor · sponsor"_s);
    QCOMPARE(displayName(Role::Mentor), u"Mentor"_s);
    QCOMPARE(inlineName(MetVia::WorkProgram), u"work program"_s);
    QCOMPARE(toKey(MetVia::WorkProgram), u"work-program"_s);
}

QTEST_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
