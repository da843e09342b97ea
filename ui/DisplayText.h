#pragma once

#include "model/Vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// How Tend words dates, roles and due days on screen: always through the user's locale.
namespace tend::gui::text {

QString shortDate(QDate date, QDate today); // "7 Dec", "7. Dez." (with the year when not today's year)
QString longDate(QDate date);           // "Monday, 23 November", "Montag, 23. November"
// When a backup was taken: "today 09:12", "yesterday 18:40", "7 Dec 09:12" (locale order and time).
QString backupTime(const QDateTime &at, QDate today);
QString roles(const QList<Role> &roles); // "mentor · sponsor" (inlineName, translated)
QString dueWhen(int overdueDays, QDate due, QDate today); // "5 days overdue", "today", "Thu, 26 Nov"
QString firstName(const QString &name);
// A tooltip that shows `text` exactly: tooltips guess rich text, so user text is escaped.
QString plainToolTip(const QString &text);

// User text for places that may parse markup on their own (tray tooltips, desktop notifications):
// a zero-width space after every "<" and "&" so no tag or entity forms, while it reads the same.
QString inertMarkup(const QString &text);
// User text in a button, check box or menu entry, which read '&' as a mnemonic: "&&" shows "&".
QString literalAmpersands(QString text);

} // namespace tend::gui::text
