#include "TestSupport.h"

#include "MainWindow.h"
#include "models/SearchResultsModel.h"
#include "views/ContactPage.h"
#include "views/SearchView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPixmap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::gui;

// Ctrl+F in the window: the same search as `tend search`, saying where each hit is.
class TestSearchView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::keepSettingsIn(m_config); }
    void ctrlFSearchesNotesAndAgendasAndSaysWhere();

private:
    QTemporaryDir m_config;
};

void TestSearchView::ctrlFSearchesNotesAndAgendasAndSaysWhere()
{
    test::TempNotebook notebook;
    const qint64 una = test::addContact(*notebook.notebook, u"Ünal Kaya"_s, {Role::Mentor});
    const qint64 zoe = test::addContact(*notebook.notebook, u"Zoë Ng"_s, {Role::Peer});
    Interaction chat;
    chat.kind = InteractionKind::Coffee;
    chat.date = QDate(2026, 11, 20);
    chat.participants = {{zoe, {}}};
    chat.agenda = u"<b>sponsorship</b> &amp; <script>x</script>"_s;
    QVERIFY(notebook->logInteraction(chat, FollowUpChoice::none()).ok());

    MainWindow window(*notebook.notebook);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SearchResultsModel *model = window.searchView()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Search);
    QTRY_COMPARE(QApplication::focusWidget(), window.searchView()->searchField());

    QSignalSpy searched(model, &SearchResultsModel::searched);
    QTest::keyClicks(window.searchView()->searchField(), u"unal"_s); // the accent folded
    QVERIFY(searched.wait(5000));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0).data(SearchResultsModel::ContactIdRole).toLongLong(), una);
    QCOMPARE(model->index(0).data(SearchResultsModel::WhereRole).toString(), u"name"_s);

    window.searchView()->searchField()->clear();
    searched.clear();
    QTest::keyClicks(window.searchView()->searchField(), u"spons"_s); // a prefix, in an agenda
    QVERIFY(searched.wait(5000));
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex hit = model->index(0);
    QCOMPARE(hit.data(SearchResultsModel::ContactIdRole).toLongLong(), zoe);
    QCOMPARE(hit.data(SearchResultsModel::PlaceRole).toInt(), int(SearchHit::Place::Agenda));
    QVERIFY2(hit.data(SearchResultsModel::WhereRole).toString().startsWith(u"agenda of a coffee chat"_s),
             qPrintable(hit.data(SearchResultsModel::WhereRole).toString()));
    // The user's text stays plain: the markup is there as typed, and the match is a range of it.
    const QString snippet = hit.data(SearchResultsModel::SnippetRole).toString();
    QCOMPARE(snippet, chat.agenda);
    const auto ranges = hit.data(SearchResultsModel::HighlightsRole).value<QList<TextRange>>();
    QCOMPARE(ranges.size(), 1);
    QCOMPARE(snippet.mid(ranges.first().start, ranges.first().length), u"sponsorship"_s);

    // The delegate paints it (the excerpt through a plain-text layout).
    QListView *list = window.searchView()->listView();
    QPixmap canvas(list->viewport()->size());
    list->viewport()->render(&canvas);
    QVERIFY(!canvas.isNull());

    // Enter opens the person.
    list->setFocus();
    list->setCurrentIndex(hit);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(window.currentPage(), MainWindow::Page::Contact);
    QCOMPARE(window.contactPage()->contactId(), zoe);
}

QTEST_MAIN(TestSearchView)
#include "tst_searchview.moc"
