#pragma once

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace tenant {

/// Runs `work` on `pool` and hands its result to `done` on `context`'s
/// thread. If `context` is destroyed first, `done` is never called: the
/// watcher that would call it is `context`'s child and dies with it.
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

} // namespace tenant
