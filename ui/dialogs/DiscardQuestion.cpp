#include "dialogs/DiscardQuestion.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace tend::gui {
namespace {
struct DiscardText
{
    Q_DECLARE_TR_FUNCTIONS(tend::gui::DiscardQuestion)
};
} // namespace

bool confirmDiscard(QWidget *parent, const QString &question)
{
    QMessageBox box(QMessageBox::Question, DiscardText::tr("Unsaved changes"), question, QMessageBox::NoButton, parent);
    box.setObjectName(u"discardQuestion"_s);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(DiscardText::tr("What you typed has not been saved."));
    QPushButton *discard = box.addButton(QMessageBox::Discard);
    QPushButton *keep = box.addButton(DiscardText::tr("&Keep editing"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == discard;
}

} // namespace tend::gui
