#include "TestSupport.h"

#include "models/TimelineModel.h"
#include "models/TodayModel.h"
#include "views/ContactPage.h"
#include "views/PracticePanel.h"
#include "views/TodayView.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPainter>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::gui;

class TestContactPage : public QObject
{
    Q_OBJECT
private slots:
    void markupInNamesAndNotesIsShownAsText();
    void timelineIsNewestFirstWithDirection();
    void balanceCountsGivesAndReceives();
    void balanceCallsOutAYearOfOnlyReceiving();
    void thePhotoIsShownBesideTheName();
    void openAsksIntroductionsAndAdviceAreShown();
    void eachRowTakesItsNextStepUndoably();
};

// The window marks advice acted on and reported back, moves asks and takes an introduction's
// steps from the contact page; each is one undoable step.
void TestContactPage::eachRowTakesItsNextStepUndoably()
{
    test::TempNotebook notebook;
    Notebook &nb = *notebook.notebook;
    const qint64 ada = test::addContact(nb, u"Ada Lovelace"_s);
    const qint64 bo = test::addContact(nb, u"Bo Li"_s);
    Interaction coffee;
    coffee.kind = InteractionKind::Coffee;
    coffee.date = QDate(2026, 11, 20);
    coffee.participants = {{ada, {}}};
    coffee.advice = {u"Shorten the abstract"_s};
    QVERIFY(nb.logInteraction(coffee, FollowUpChoice::none()));
    Ask ask;
    ask.contact.id = ada;
    ask.direction = AskDirection::Theirs;
    ask.text = u"Read my cover letter"_s;
    ask.deadline = QDate(2026, 11, 30);
    const qint64 askId = *nb.addAsk(ask);
    const qint64 introId = *nb.addIntroduction(ada, bo, u"Both write compilers"_s);

    QUndoStack stack;
    gui::ContactPage page(nb, &stack);
    page.show();
    page.showContact(ada);
    PracticePanel *panel = page.practicePanel();
    auto rowOf = [panel](const QString &start) {
        for (int row = 0; row < panel->list()->count(); ++row)
            if (panel->list()->item(row)->text().startsWith(start))
                return row;
        return -1;
    };

    // Their ask: answered first, and never "withdrawn" (the user did not make it).
    int row = rowOf(u"They asked: Read my cover letter"_s);
    QVERIFY(row >= 0);
    QCOMPARE(panel->stepsOf(row), (QStringList{u"Mark &answered"_s, u"Mark d&one"_s, u"Mark &declined"_s}));
    QVERIFY(panel->takeStep(row, 0));
    QCOMPARE(nb.ask(askId)->state, AskState::Answered);

    // The introduction: Ada is asked first; she can decline once asked.
    row = rowOf(u"Introduction to Bo Li"_s);
    QCOMPARE(panel->stepsOf(row).size(), 1);
    QVERIFY(panel->takeStep(row, 0));
    QCOMPARE(nb.introduction(introId)->state, IntroState::AskedFirst);
    row = rowOf(u"Introduction to Bo Li"_s);
    QCOMPARE(panel->stepsOf(row).size(), 2);
    QCOMPARE(panel->stepsOf(row).at(1), u"Ada Lovelace &declined"_s);

    // Advice: acted on, with what came of it; then reported back, which logs what the user gave.
    row = rowOf(u"Advice: Shorten the abstract"_s);
    QCOMPARE(panel->stepsOf(row), QStringList{u"&Acted on…"_s});
    QVERIFY(panel->takeStep(row, 0, u"The talk was accepted"_s));
    const qint64 adviceId = nb.adviceItems()->first().id;
    QCOMPARE(nb.advice(adviceId)->state, AdviceState::ActedOn);
    row = rowOf(u"Advice: Shorten the abstract"_s);
    QVERIFY2(panel->list()->item(row)->text().endsWith(u": The talk was accepted"_s), qPrintable(panel->list()->item(row)->text()));
    QCOMPARE(panel->stepsOf(row), QStringList{u"&Reported back"_s});
    const int interactionsBefore = nb.timeline(ada)->size();
    QVERIFY(panel->takeStep(row, 0));
    QCOMPARE(nb.advice(adviceId)->state, AdviceState::ReportedBack);
    QCOMPARE(nb.timeline(ada)->size(), interactionsBefore + 1);
    QVERIFY(panel->stepsOf(rowOf(u"Advice: Shorten the abstract"_s)).isEmpty());

    // Undo walks every step back, in order.
    stack.undo();
    QCOMPARE(nb.advice(adviceId)->state, AdviceState::ActedOn);
    QCOMPARE(nb.timeline(ada)->size(), interactionsBefore);
    stack.undo();
    QCOMPARE(nb.advice(adviceId)->state, AdviceState::Open);
    QVERIFY(nb.advice(adviceId)->outcome.isEmpty());
    stack.undo();
    QCOMPARE(nb.introduction(introId)->state, IntroState::Proposed);
    stack.undo();
    QCOMPARE(nb.ask(askId)->state, AskState::Open);
    QVERIFY(!stack.canUndo());
    QVERIFY(page.practiceText().contains(u"Advice: Shorten the abstract · not acted on yet"_s));
}

// Issue 9: beside the timeline, the person's open asks, introductions and advice (as plain text).
void TestContactPage::openAsksIntroductionsAndAdviceAreShown()
{
    test::TempNotebook notebook; // today is 2026-11-23
    const qint64 ada = test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
    const qint64 bo = test::addContact(*notebook.notebook, u"Bo <b>Li</b>"_s);
    QUndoStack stack;
    gui::ContactPage page(*notebook.notebook, &stack);
    page.show();
    page.showContact(ada);
    QVERIFY(page.practiceText().isEmpty());

    Ask ask;
    ask.contact.id = ada;
    ask.text = u"Review my talk"_s;
    QVERIFY(notebook->addAsk(ask));
    ask.text = u"Closed one"_s;
    const qint64 closed = *notebook->addAsk(ask);
    QVERIFY(notebook->moveAsk(closed, AskState::Withdrawn).ok());
    const qint64 intro = *notebook->addIntroduction(ada, bo, {});
    QVERIFY(notebook->advanceIntroduction(intro));
    Interaction coffee;
    coffee.kind = InteractionKind::Coffee;
    coffee.date = QDate(2026, 11, 20);
    coffee.participants = {{ada, {}}};
    coffee.advice = {u"Shorten the abstract"_s};
    QVERIFY(notebook->logInteraction(coffee, FollowUpChoice::none()));

    const QString text = page.practiceText();
    QVERIFY2(text.contains(u"You asked: Review my talk · open"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"Closed one"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Introduction to Bo <b>Li</b> · waiting for Ada Lovelace"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"They introduced you"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Advice: Shorten the abstract · not acted on yet"_s), qPrintable(text));
    page.showContact(bo);
    QVERIFY2(page.practiceText().contains(u"Introduction to Ada Lovelace"_s), qPrintable(page.practiceText()));
    QVERIFY(!page.practiceText().contains(u"Advice"_s));

    // Bo introduced the user to someone: an intro received from Bo. One planned ahead does not count yet.
    Interaction introduced;
    introduced.kind = InteractionKind::Intro;
    introduced.direction = Direction::Received;
    introduced.date = QDate(2026, 11, 18);
    introduced.participants = {{bo, {}}};
    introduced.summary = u"Introduced me to Grace's team"_s;
    QVERIFY(notebook->logInteraction(introduced, FollowUpChoice::none()));
    introduced.date = QDate(2026, 11, 30);
    introduced.summary = u"Planned"_s;
    QVERIFY(notebook->planMeeting(introduced));
    page.showContact(bo);
    QVERIFY2(page.practiceText().contains(u"They introduced you: Introduced me to Grace's team · "_s),
             qPrintable(page.practiceText()));
    QVERIFY2(!page.practiceText().contains(u"Planned"_s), qPrintable(page.practiceText()));
}

void TestContactPage::markupInNamesAndNotesIsShownAsText()
{
    test::TempNotebook notebook;
    Contact contact;
    contact.name = u"<b>x</b>"_s;
    contact.notes = u"<i>secret</i> <a href=\"http://evil\">link</a>"_s;
    const qint64 id = *notebook->addContact(contact);
    QVERIFY(notebook->addReminder(id, QDate(2026, 11, 23), u"<h1>big</h1>"_s));

    QUndoStack stack;
    gui::ContactPage page(*notebook.notebook, &stack);
    page.showContact(id);
    QCOMPARE(page.nameLabel()->textFormat(), Qt::PlainText);
    QCOMPARE(page.nameLabel()->text(), u"<b>x</b>"_s);
    for (QLabel *label : page.findChildren<QLabel *>())
        if (label->text().contains(u'<'))
            QCOMPARE(label->textFormat(), Qt::PlainText);

    // Today's delegate draws the raw name; the model hands it over untouched, and the row is
    // wider than it would be if the tags had been swallowed by a rich-text renderer.
    TodayView today(*notebook.notebook, &stack);
    today.resize(700, 400);
    QTRY_VERIFY_WITH_TIMEOUT(today.model()->hasLoaded(), 10'000);
    const QModelIndex row = today.model()->index(1);
    QCOMPARE(row.data(TodayModel::NameRole).toString(), u"<b>x</b>"_s);
    QCOMPARE(row.data(TodayModel::ReasonRole).toString(), u"<h1>big</h1>"_s);
    // Tooltips guess rich text: user text in them is escaped.
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(u"&lt;h1&gt;big&lt;/h1&gt;"_s));
    QImage image(700, 200, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QStyleOptionViewItem option;
    option.initFrom(today.listView());
    option.rect = QRect(0, 0, 700, 60);
    option.widget = today.listView();
    today.listView()->itemDelegate()->paint(&painter, option, row);
    painter.end();
    int inked = 0; // columns with text in the name line
    for (int x = 20; x < 300; ++x)
        for (int y = 5; y < 25; ++y)
            if (image.pixelColor(x, y).lightness() < 128) {
                ++inked;
                break;
            }
    QVERIFY2(inked > QFontMetrics(option.font).horizontalAdvance(u"x"_s) * 3,
             "the tags are drawn, not interpreted");
}

void TestContactPage::timelineIsNewestFirstWithDirection()
{
    test::TempNotebook notebook;
    const qint64 ada = test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
    Interaction older;
    older.date = QDate(2026, 10, 2);
    older.participants = {{ada, {}}};
    older.direction = Direction::Gave;
    older.summary = u"Intro to Grace"_s;
    QVERIFY(notebook->logInteraction(older, FollowUpChoice::none()));
    Interaction newer = older;
    newer.date = QDate(2026, 11, 13);
    newer.direction = Direction::Received;
    newer.summary = u"Career options"_s;
    newer.agenda = u"1. sponsorship"_s;
    newer.notes = u"Follow up about the talk"_s;
    QVERIFY(notebook->logInteraction(newer, FollowUpChoice::none()));

    TimelineModel model(*notebook.notebook);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContact(ada);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(TimelineModel::SummaryRole).toString(), u"Career options"_s);
    QVERIFY(model.index(0).data(TimelineModel::TitleRole).toString().contains(u"received"_s));
    QVERIFY(model.index(0).data(TimelineModel::DetailsRole).toString().contains(u"Agenda: 1. sponsorship"_s));
    QVERIFY(model.index(0).data(TimelineModel::DetailsRole).toString().contains(u"Notes: Follow up about the talk"_s));
    QVERIFY(model.index(1).data(TimelineModel::TitleRole).toString().contains(u"gave"_s));
}

void TestContactPage::balanceCountsGivesAndReceives()
{
    test::TempNotebook notebook;
    const qint64 ada = test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
    for (Direction direction : {Direction::Gave, Direction::Received, Direction::Received, Direction::Mutual}) {
        Interaction chat;
        chat.date = QDate(2026, 11, 1);
        chat.participants = {{ada, {}}};
        chat.direction = direction;
        QVERIFY(notebook->logInteraction(chat, FollowUpChoice::none()));
    }
    TimelineModel model(*notebook.notebook);
    model.setContact(ada);
    QCOMPARE(model.balance().gave, 2);
    QCOMPARE(model.balance().received, 3);
}

void TestContactPage::balanceCallsOutAYearOfOnlyReceiving()
{
    test::TempNotebook notebook; // today is 2026-11-23
    const qint64 ada = test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
    const auto log = [&](QDate date, Direction direction) {
        Interaction chat;
        chat.date = date;
        chat.participants = {{ada, {}}};
        chat.direction = direction;
        QVERIFY(notebook->logInteraction(chat, FollowUpChoice::none()));
    };
    QUndoStack stack;
    gui::ContactPage page(*notebook.notebook, &stack);
    const auto balanceText = [&page] {
        for (QLabel *label : page.findChildren<QLabel *>()) {
            if (label->accessibleName() == u"Give and receive"_s)
                return label->text();
        }
        return QString();
    };

    log(QDate(2026, 10, 1), Direction::Received);
    page.showContact(ada);
    QVERIFY2(balanceText().contains(u"so far you've only received from Ada"_s), qPrintable(balanceText()));

    log(QDate(2025, 11, 23), Direction::Gave); // 365 days ago: outside the year
    QVERIFY2(balanceText().contains(u"only received from Ada this past year"_s), qPrintable(balanceText()));

    log(QDate(2025, 11, 24), Direction::Gave); // 364 days ago: inside it
    QVERIFY2(!balanceText().contains(u"only received"_s), qPrintable(balanceText()));
    QVERIFY(balanceText().startsWith(u"gave 2 · received 1"_s));
}

void TestContactPage::thePhotoIsShownBesideTheName()
{
    test::TempNotebook notebook;
    QImage picture(300, 200, QImage::Format_RGB32); // wider than tall: the middle square is shown
    picture.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(picture.save(&buffer, "PNG"));
    Contact withPhoto;
    withPhoto.name = u"Ada Lovelace"_s;
    withPhoto.photo = ContactPhoto{png, u"image/png"_s};
    const qint64 ada = *notebook->addContact(withPhoto);
    Contact without;
    without.name = u"Grace Hopper"_s;
    const qint64 grace = *notebook->addContact(without);

    QUndoStack stack;
    gui::ContactPage page(*notebook.notebook, &stack);
    page.resize(800, 600);
    page.show();
    page.showContact(ada);
    QLabel *photo = page.photoLabel();
    QVERIFY(photo->isVisible());
    const QPixmap shown = photo->pixmap();
    QVERIFY(!shown.isNull());
    QCOMPARE(shown.width(), shown.height());
    // Drawn at the screen's pixel density, shown at the label's logical size.
    QCOMPARE(shown.devicePixelRatio(), page.devicePixelRatioF());
    QCOMPARE(qRound(shown.width() / shown.devicePixelRatio()), photo->width());
    QVERIFY(photo->width() >= page.nameLabel()->fontMetrics().height());
    const QImage pixels = shown.toImage();
    QCOMPARE(pixels.pixelColor(pixels.width() / 2, pixels.height() / 2), QColor(Qt::red));
    QCOMPARE(pixels.pixelColor(0, 0).alpha(), 0); // a rounded corner

    page.showContact(grace);
    QVERIFY(!photo->isVisible());
    QVERIFY(photo->pixmap().isNull());
}

QTEST_MAIN(TestContactPage)
#include "tst_contactpage.moc"
