#include "TestSupport.h"

#include "models/ContactTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::gui;

class TestContactTableModel : public QObject
{
    Q_OBJECT
private slots:
    void passesTheModelTester();
    void loadsLazilyInPages();
    void sortsByHeaderAndLosingTouch();
    void markupIsPlainData();
};

void TestContactTableModel::passesTheModelTester()
{
    test::TempNotebook notebook;
    for (int i = 0; i < 30; ++i)
        test::addContact(*notebook.notebook, u"Person %1"_s.arg(i, 2, 10, QChar(u'0')), {Role::Peer});
    ContactTableModel model(*notebook.notebook);
    model.setPageSize(7);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(QString(), {}, false);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 30);
    model.sort(ContactTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(model.contactName(0), u"Person 29"_s);
    model.setFilter(u"Person 1"_s, {}, false);
    QVERIFY(model.rowCount() > 0);
    test::addContact(*notebook.notebook, u"Person 1x"_s); // a change reloads through the tester too
}

void TestContactTableModel::loadsLazilyInPages()
{
    test::TempNotebook notebook;
    for (int i = 0; i < 1000; ++i) {
        Contact contact;
        contact.name = u"Contact %1"_s.arg(i, 4, 10, QChar(u'0'));
        QVERIFY(notebook->addContact(contact));
    }
    ContactTableModel model(*notebook.notebook);
    QVERIFY(model.rowCount() <= ContactTableModel::defaultPageSize);
    QCOMPARE(model.rowCount(), ContactTableModel::defaultPageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * ContactTableModel::defaultPageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.contactName(999), u"Contact 0999"_s);
    // No duplicates or gaps across page boundaries.
    for (int row = 0; row < 1000; ++row)
        QCOMPARE(model.contactName(row), u"Contact %1"_s.arg(row, 4, 10, QChar(u'0')));
}

void TestContactTableModel::sortsByHeaderAndLosingTouch()
{
    test::TempNotebook notebook;
    const qint64 ada = test::addContact(*notebook.notebook, u"Ada"_s, {}, 30);
    const qint64 bob = test::addContact(*notebook.notebook, u"Bob"_s, {}, 30);
    for (auto [id, date] : {std::pair{ada, QDate(2026, 10, 1)}, std::pair{bob, QDate(2026, 6, 1)}}) {
        Interaction chat;
        chat.date = date;
        chat.participants = {{id, {}}};
        QVERIFY(notebook->logInteraction(chat, FollowUpChoice::none()));
    }
    ContactTableModel model(*notebook.notebook);
    QCOMPARE(model.contactName(0), u"Ada"_s);
    model.sort(ContactTableModel::LastInteractionColumn, Qt::AscendingOrder);
    QCOMPARE(model.contactName(0), u"Bob"_s);
    model.setLosingTouch(true);
    QVERIFY(model.isLosingTouch());
    QCOMPARE(model.contactName(0), u"Bob"_s); // furthest past the cadence first
}

void TestContactTableModel::markupIsPlainData()
{
    test::TempNotebook notebook;
    test::addContact(*notebook.notebook, u"<b>x</b>"_s);
    ContactTableModel model(*notebook.notebook);
    QCOMPARE(model.index(0, ContactTableModel::NameColumn).data().toString(), u"<b>x</b>"_s);
}

QTEST_MAIN(TestContactTableModel)
#include "tst_contacttablemodel.moc"
