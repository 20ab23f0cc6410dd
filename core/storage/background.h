#pragma once

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace tenant {

// The console's one way to the services: no SQL and no network call runs on
// the GUI thread (a guard in the GUI tests enforces it, see
// Database::guardsGuiThread()). Three forms of one runner:
//   runInBackground()    work on a pool thread, its result handed back later;
//   streamInBackground() the same for work that yields batches as it goes;
//   awaitInBackground()  for a step of a dialog's flow that cannot go on
//                        without the answer: the event loop keeps running
//                        (the window paints, timers fire; user input waits).

/// One background load at a time, the latest state winning: a load asked
/// for while one runs starts again once that one ends, and the stale result
/// is dropped (it may miss what changed meanwhile).
class LoadGate
{
public:
    /// True when the caller should start a load now; false while one runs.
    bool begin()
    {
        if (m_loading) {
            m_again = true;
            return false;
        }
        m_loading = true;
        return true;
    }
    /// Ends the running load; true when its result is stale and a new load
    /// must start instead of applying it.
    bool end()
    {
        m_loading = false;
        return std::exchange(m_again, false);
    }
    bool isLoading() const { return m_loading; }

private:
    bool m_loading = false;
    bool m_again = false;
};

/// Runs `work` on `pool` and hands its result to `done` on `context`'s
/// thread. If `context` is destroyed first, `done` is never called: the
/// watcher that would call it is `context`'s child and dies with it.
template<typename T>
void runInBackground(QThreadPool &pool, QObject *context, std::function<T()> work,
                     std::function<void(T)> done)
{
    auto result = std::make_shared<std::optional<T>>();
    // Shared, because QThreadPool takes a copyable std::function.
    auto promise = std::make_shared<QPromise<void>>();
    auto *watcher = new QFutureWatcher<void>(context);
    QObject::connect(watcher, &QFutureWatcher<void>::finished, context,
                     [watcher, result, done = std::move(done)] {
                         watcher->deleteLater();
                         if (result->has_value())
                             done(std::move(**result));
                     });
    watcher->setFuture(promise->future());
    pool.start([promise, result, work = std::move(work)] {
        promise->start();
        result->emplace(work());
        promise->finish();
    });
}

/// Runs `work` on `pool`; it calls its argument with each batch, which
/// reaches `onBatch` on the main thread in order, and then `done` with what
/// `work` returned. Nothing arrives once `context` (a main-thread object) is
/// destroyed.
template<typename Batch, typename R>
void streamInBackground(QThreadPool &pool, QObject *context,
                        std::function<R(const std::function<void(Batch &&)> &)> work,
                        std::function<void(Batch)> onBatch, std::function<void(R)> done)
{
    Q_ASSERT(context->thread() == QCoreApplication::instance()->thread());
    const QPointer<QObject> target(context);
    // Posted to the application object, which outlives every load, not to
    // `context`, which the main thread may delete while a batch is on its
    // way; whether it still exists is asked there, on its own thread.
    // Events to one receiver keep their order.
    auto post = [](std::function<void()> call) {
        QMetaObject::invokeMethod(QCoreApplication::instance(), std::move(call),
                                  Qt::QueuedConnection);
    };
    pool.start([post, target, work = std::move(work), onBatch = std::move(onBatch),
                done = std::move(done)] {
        const R result = work([&](Batch &&batch) {
            post([target, onBatch, batch = std::move(batch)]() mutable {
                if (target)
                    onBatch(std::move(batch));
            });
        });
        post([target, done, result] {
            if (target)
                done(result);
        });
    });
}

/// Runs `work` on `pool` and returns its result, the event loop running
/// meanwhile (user input excluded, so nothing starts twice). For a dialog
/// step that needs the answer before it can go on; models and pages use
/// runInBackground().
template<typename T> T awaitInBackground(QThreadPool &pool, std::function<T()> work)
{
    std::optional<T> result;
    QEventLoop loop;
    runInBackground<T>(pool, &loop, std::move(work), [&result, &loop](T value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    if (!result)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return std::move(*result);
}

} // namespace tenant
