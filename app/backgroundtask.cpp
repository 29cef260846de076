#include "backgroundtask.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace dyad {

void BackgroundTask::run(QWidget *parent, const QString &label, const Work &work)
{
    std::atomic<int> percent{0};
    std::atomic<bool> cancelled{false};
    const auto progress = [&](int value) {
        percent.store(value, std::memory_order_relaxed);
        return !cancelled.load(std::memory_order_relaxed);
    };
    std::unique_ptr<QThread> thread(QThread::create([&] { work(progress); }));

    QProgressDialog dialog(label, QCoreApplication::translate("dyad::BackgroundTask", "Cancel"), 0, 100, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] { cancelled = true; });

    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] { dialog.setValue(percent.load(std::memory_order_relaxed)); });
    poll.start(50);
    thread->start();
    if (!thread->isFinished())
        loop.exec();
    thread->wait();
}

} // namespace dyad
