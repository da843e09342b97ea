#pragma once

#include <QApplication>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace tend::test {

// Answers the next modal widget of type T that opens (a QMessageBox, a dialog run by exec()):
// polls the event loop until one is active, then calls `answer` with it once. For UI tests only.
template<typename T>
void answerNextModal(QObject *context, std::function<void(T *)> answer)
{
    auto *poll = new QTimer(context);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, context, [poll, answer] {
        if (auto *modal = qobject_cast<T *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            answer(modal);
        }
    });
    poll->start();
}

} // namespace tend::test
