#pragma once

#include <QDialog>
#include <QHash>
#include <QMap>

#include "model/DigestParts.h"

class QCheckBox;
class QDoubleSpinBox;
class QSpinBox;
class QUndoStack;

namespace tend {
class Notebook;
}

namespace tend::gui {

// Edit ▸ Preferences: the settings `tend config` changes — follow-up delay per kind, cadence per
// role and per tag ("None": no nudges from that rule), the overdue factor and the lead time of
// each kind of important date, and what the tray announces. OK pushes one undoable step with the
// keys that changed.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
public:
    PreferencesDialog(Notebook &notebook, QUndoStack *undoStack, QWidget *parent = nullptr);

    // The field of a setting key ("cadence.role.mentor"), for tests; null when none shows it.
    QSpinBox *daysField(const QString &key) const { return m_days.value(key); }
    QDoubleSpinBox *overdueFactorField() const { return m_factor; }
    QCheckBox *digestField(DigestPart part) const { return m_digest.value(part); }

    void accept() override;

signals:
    // The Sync group's button: the account and what is shared have a dialog of their own.
    void syncSettingsRequested();

private:
    QSpinBox *addDays(const QString &key, int minimum, bool noneAllowed);

    Notebook &m_notebook;
    QUndoStack *m_undoStack;
    QHash<QString, QSpinBox *> m_days;
    QHash<QString, QString> m_before; // key → the value shown when the dialog opened
    QDoubleSpinBox *m_factor;
    QMap<DigestPart, QCheckBox *> m_digest;
    QString m_digestBefore;
    QString digestChosen() const;
};

} // namespace tend::gui
