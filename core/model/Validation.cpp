#include "model/Validation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tend {
namespace {

// Checks that moved here from Notebook keep its translation context.
struct NotebookText
{
    Q_DECLARE_TR_FUNCTIONS(tend::Notebook)
};

struct ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(tend::Validation)
};

// How a message names a character a field cannot hold.
QString characterName(QChar c)
{
    if (c == u'\n' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
        return ValidationText::tr("a line break");
    if (c == u'\r')
        return ValidationText::tr("a carriage return (U+000D)");
    if (c == u'\t')
        return ValidationText::tr("a tab");
    return u"U+"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0').toUpper();
}

void checkText(QList<FieldProblem> &problems, const QString &field, const QString &label, const QString &text,
               int maxLength, TextShape shape = TextShape::OneLine)
{
    if (text.size() > maxLength) {
        problems.append({field, ValidationText::tr("%1 is too long (%2 characters; at most %3).")
                                    .arg(label).arg(text.size()).arg(maxLength)});
    } else if (text.contains(QChar(u'\0'))) {
        problems.append({field, ValidationText::tr("%1 contains a NUL character, which Tend cannot store.").arg(label)});
    } else if (const qsizetype at = firstForbiddenCharacter(text, shape); at >= 0) {
        problems.append({field, shape == TextShape::OneLine
                                    ? ValidationText::tr("%1 contains %2; it must be one line of text without "
                                                         "control characters.").arg(label, characterName(text.at(at)))
                                    : ValidationText::tr("%1 contains a control character (%2); only line breaks and "
                                                         "tabs are allowed.").arg(label, characterName(text.at(at)))});
    }
}

} // namespace

qsizetype firstForbiddenCharacter(const QString &text, TextShape shape)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (shape == TextShape::MultiLine && (c == u'\n' || c == u'\t'))
            continue;
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return i;
    }
    return -1;
}

bool looksLikeEmail(const QString &email)
{
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at != email.lastIndexOf(u'@') || at == email.size() - 1)
        return false;
    for (const QChar c : email) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    const QStringView domain = QStringView(email).mid(at + 1);
    return domain.contains(u'.') && !domain.startsWith(u'.') && !domain.endsWith(u'.');
}

QStringList uniqueEmails(const QStringList &emails)
{
    QStringList unique;
    QStringList seen;
    for (const QString &email : emails) {
        const QString key = email.trimmed().toCaseFolded();
        if (seen.contains(key))
            continue;
        seen.append(key);
        unique.append(email);
    }
    return unique;
}

QList<FieldProblem> validateContact(const Contact &contact)
{
    QList<FieldProblem> problems;
    if (contact.name.trimmed().isEmpty())
        problems.append({u"name"_s, ValidationText::tr("Enter a name.")});
    checkText(problems, u"name"_s, ValidationText::tr("The name"), contact.name, limits::nameLength);
    checkText(problems, u"organisation"_s, ValidationText::tr("The organisation"), contact.organisation, limits::shortTextLength);
    checkText(problems, u"title"_s, ValidationText::tr("The title"), contact.title, limits::shortTextLength);
    checkText(problems, u"met-via"_s, ValidationText::tr("How you met"), contact.metViaDetail, limits::shortTextLength);
    checkText(problems, u"notes"_s, ValidationText::tr("The notes"), contact.notes, limits::notesLength,
              TextShape::MultiLine);

    if (contact.emails.size() > limits::listLength)
        problems.append({u"emails"_s, ValidationText::tr("Too many e-mail addresses (at most %1).").arg(limits::listLength)});
    for (const QString &email : contact.emails) {
        if (firstForbiddenCharacter(email, TextShape::OneLine) >= 0) {
            checkText(problems, u"emails"_s, ValidationText::tr("An e-mail address"), email, limits::emailLength);
            break;
        }
        if (email.size() > limits::emailLength || !looksLikeEmail(email)) {
            problems.append({u"emails"_s, ValidationText::tr("\"%1\" is not an e-mail address.").arg(email.left(80))});
            break;
        }
    }
    if (contact.phones.size() > limits::listLength)
        problems.append({u"phones"_s, ValidationText::tr("Too many phone numbers (at most %1).").arg(limits::listLength)});
    for (const QString &phone : contact.phones) {
        if (phone.trimmed().isEmpty()) {
            problems.append({u"phones"_s, ValidationText::tr("A phone number is empty.")});
            break;
        }
        checkText(problems, u"phones"_s, ValidationText::tr("A phone number"), phone, limits::phoneLength);
    }
    if (contact.links.size() > limits::listLength)
        problems.append({u"links"_s, ValidationText::tr("Too many links (at most %1).").arg(limits::listLength)});
    for (const ContactLink &link : contact.links) {
        if (link.url.trimmed().isEmpty()) {
            problems.append({u"links"_s, ValidationText::tr("A link has no address.")});
            break;
        }
        checkText(problems, u"links"_s, ValidationText::tr("A link"), link.url, limits::urlLength);
        checkText(problems, u"links"_s, ValidationText::tr("A link's label"), link.label, limits::shortTextLength);
    }
    if (contact.cadenceDays && (*contact.cadenceDays < 1 || *contact.cadenceDays > limits::maxDays)) {
        problems.append({u"cadence"_s, ValidationText::tr("The keep-in-touch cadence must be between 1 and %1 days.")
                                           .arg(limits::maxDays)});
    }
    return problems;
}

QList<FieldProblem> validateInteraction(const Interaction &interaction)
{
    QList<FieldProblem> problems;
    if (!interaction.date.isValid())
        problems.append({u"date"_s, ValidationText::tr("Enter a valid date.")});
    else if (interaction.date.year() < 1900 || interaction.date.year() > 9000)
        problems.append({u"date"_s, ValidationText::tr("The date %1 is out of range.")
                                        .arg(interaction.date.toString(Qt::ISODate))});
    if (interaction.participants.isEmpty())
        problems.append({u"participants"_s, ValidationText::tr("Choose at least one person.")});
    if (interaction.participants.size() > limits::listLength)
        problems.append({u"participants"_s, ValidationText::tr("Too many people (at most %1).").arg(limits::listLength)});
    checkText(problems, u"summary"_s, ValidationText::tr("The summary"), interaction.summary, limits::shortTextLength);
    checkText(problems, u"notes"_s, ValidationText::tr("The notes"), interaction.notes, limits::notesLength,
              TextShape::MultiLine);
    checkText(problems, u"agenda"_s, ValidationText::tr("The agenda"), interaction.agenda, limits::notesLength,
              TextShape::MultiLine);
    if (interaction.durationMinutes && (*interaction.durationMinutes < 1 || *interaction.durationMinutes > 1440))
        problems.append({u"minutes"_s, ValidationText::tr("The duration must be from 1 to 1440 minutes (got %1).")
                                           .arg(*interaction.durationMinutes)});
    if (interaction.rating && (*interaction.rating < 1 || *interaction.rating > 5))
        problems.append({u"rating"_s, ValidationText::tr("The rating must be from 1 to 5 (got %1).").arg(*interaction.rating)});
    return problems;
}

Status firstProblem(const QList<FieldProblem> &problems)
{
    if (problems.isEmpty())
        return {};
    return Error::invalid(problems.constFirst().message);
}

Status checkSchedulable(QDate day, const QString &what)
{
    if (day.isValid() && day > limits::lastStorableDay()) {
        return Error{Error::Code::Constraint,
                     ValidationText::tr("%1 would fall after %2, the last day Tend can schedule; nothing was changed.")
                         .arg(what, limits::lastStorableDay().toString(Qt::ISODate))};
    }
    return {};
}

Status checkReminder(QDate due, const QString &reason)
{
    if (!due.isValid())
        return Error::invalid(NotebookText::tr("Enter a valid due date."));
    if (auto storable = checkSchedulable(due, ValidationText::tr("The reminder")); !storable)
        return storable;
    if (reason.size() > limits::shortTextLength)
        return Error::invalid(NotebookText::tr("The reason is too long (at most %1 characters).").arg(limits::shortTextLength));
    QList<FieldProblem> problems;
    checkText(problems, u"reason"_s, ValidationText::tr("The reason"), reason, limits::shortTextLength);
    return firstProblem(problems);
}

Status checkInteraction(const Interaction &interaction, QDate today)
{
    if (auto valid = firstProblem(validateInteraction(interaction)); !valid)
        return valid;
    if (interaction.date > today.addYears(1))
        return Error::invalid(NotebookText::tr("The date %1 is more than a year ahead.").arg(interaction.date.toString(Qt::ISODate)));
    return {};
}

Status checkDays(int days, const QString &what, int minimum)
{
    if (days < minimum || days > limits::maxDays)
        return Error::invalid(ValidationText::tr("%1 must be between %2 and %3 days (got %4).")
                                  .arg(what).arg(minimum).arg(limits::maxDays).arg(days));
    return {};
}

} // namespace tend
