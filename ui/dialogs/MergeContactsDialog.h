#pragma once

#include "model/ContactMerge.h"
#include "util/Error.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QLabel;
class QRadioButton;
class QUndoStack;
class QVBoxLayout;

namespace tend {
class Notebook;
}

namespace tend::gui {

// Contact ▸ Merge…: two contacts who are one person. Shows the fields they fill differently side
// by side, one choice per row (KEEP's preselected), the lists that will be combined and what moves
// (interactions, reminders). Merge pushes a MergeContactsCommand, so Edit ▸ Undo brings both back.
class MergeContactsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeContactsDialog)
public:
    MergeContactsDialog(Notebook &notebook, QUndoStack *undoStack, qint64 keepId, qint64 otherId,
                        QWidget *parent = nullptr);

    // False when either contact could not be read (loadError() says why).
    bool isLoaded() const { return m_loaded; }
    const Error &loadError() const { return m_loadError; }
    qint64 keepId() const { return m_keepId; }
    qint64 otherId() const { return m_otherId; }
    MergeChoices choices() const;
    // The choice of one conflicting field: KEEP's button, or OTHER's; null when the field agrees.
    QRadioButton *choiceButton(MergeField field, bool other) const;
    QString combinedText() const;
    QString movesText() const;

    // "Keep the other one": the two change sides, and every choice goes back to KEEP's.
    void swapSides();
    void accept() override;

private:
    void load();

    Notebook &m_notebook;
    QUndoStack *m_undoStack;
    qint64 m_keepId;
    qint64 m_otherId;
    bool m_loaded = false;
    Error m_loadError;
    MergePreview m_preview;
    QLabel *m_heading;
    QWidget *m_body = nullptr;
    QVBoxLayout *m_bodyLayout;
    QLabel *m_combined;
    QLabel *m_moves;
    QLabel *m_problem;
    QHash<MergeField, QButtonGroup *> m_groups;
};

} // namespace tend::gui
