#pragma once

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

namespace tenant {

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

} // namespace tenant
