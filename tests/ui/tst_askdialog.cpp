#include "TestSupport.h"

#include "dialogs/AskDialog.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::gui;

// The Ask dialog: the SMART checklist follows the typing, never blocks, and saving is undoable.
class TestAskDialog : public QObject
{
    Q_OBJECT
private slots:
    void theChecklistFollowsTheTyping()
    {
        test::TempNotebook nb(QDate(2026, 11, 2));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada Lovelace"_s);
        QUndoStack stack;
        AskDialog dialog(*nb.notebook, &stack, ada, u"Ada Lovelace"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QStringList lines = dialog.checklist();
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines.at(0).startsWith(u"○ Specific"_s), qPrintable(lines.join(u'|')));
        QVERIFY(lines.at(4).startsWith(u"✓ Time-bound"_s)); // a deadline a week on, by default

        auto *text = dialog.findChild<QLineEdit *>();
        QVERIFY(text);
        QTest::keyClicks(text, u"Could you review my talk proposal?"_s);
        lines = dialog.checklist();
        QVERIFY2(lines.at(0).startsWith(u"✓ Specific"_s), qPrintable(lines.join(u'|')));
        QVERIFY2(lines.at(2).startsWith(u"✓ Action-oriented"_s), qPrintable(lines.join(u'|')));
        QVERIFY2(lines.at(1).startsWith(u"○ Meaningful — "_s), qPrintable(lines.join(u'|')));
        dialog.findChild<QPlainTextEdit *>()->setPlainText(u"The CFP closes on Friday"_s);
        QVERIFY(dialog.checklist().at(1).startsWith(u"✓ Meaningful"_s));
        dialog.findChild<QCheckBox *>()->setChecked(false);
        QVERIFY2(dialog.checklist().at(4).startsWith(u"○ Time-bound — Add a deadline"_s), qPrintable(dialog.checklist().join(u'|')));
        text->setText(u"Review "_s + QString(400, u'x'));
        QVERIFY(dialog.checklist().at(0).contains(u"Over 300 characters"_s));
        dialog.accept(); // a hint, not a refusal
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(nb->asks()->constFirst().text.size(), 407);
    }

    void savingIsUndoableAndHintsDoNotBlock()
    {
        test::TempNotebook nb(QDate(2026, 11, 2));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada Lovelace"_s);
        QUndoStack stack;
        AskDialog dialog(*nb.notebook, &stack, ada, u"Ada Lovelace"_s);
        dialog.findChild<QLineEdit *>()->setText(u"Lunch sometime"_s); // no verb, no why: still saved
        dialog.findChild<QCheckBox *>()->setChecked(false);
        const QList<QRadioButton *> directions = dialog.findChildren<QRadioButton *>();
        directions.at(1)->setChecked(true);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.askId() > 0);
        auto ask = nb->ask(dialog.askId());
        QVERIFY(ask);
        QCOMPARE(ask->direction, AskDirection::Theirs);
        QVERIFY(!ask->deadline.isValid());
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), u"Ask Ada Lovelace"_s);
        stack.undo();
        QVERIFY(nb->asks()->isEmpty());
        stack.redo();
        QCOMPARE(nb->ask(dialog.askId())->text, u"Lunch sometime"_s);
    }

    void anEmptyAskIsExplainedNotSaved()
    {
        test::TempNotebook nb(QDate(2026, 11, 2));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada Lovelace"_s);
        QUndoStack stack;
        AskDialog dialog(*nb.notebook, &stack, ada, u"Ada Lovelace"_s);
        dialog.accept();
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QCOMPARE(stack.count(), 0);
        QVERIFY(nb->asks()->isEmpty());
    }
};

QTEST_MAIN(TestAskDialog)
#include "tst_askdialog.moc"
