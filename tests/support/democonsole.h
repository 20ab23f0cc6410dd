#pragma once

// For GUI tests (they link tenant_ui): a demo registry on a fresh database,
// shown in a real main window whose first load has finished.
#include "demodata.h"
#include "mainwindow.h"
#include "testdatabase.h"
#include "workspace.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <functional>

namespace tenant::test {

struct DemoConsole
{
    DatabaseUrl url;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<ui::MainWindow> window;

    /// Opens, seeds and shows; false (with the reason logged) if any step fails.
    bool open(TestDatabase &databases, const QString &actor = QStringLiteral("gui-tester"))
    {
        url = databases.migrated();
        workspace = std::make_unique<Workspace>(url);
        workspace->setActor(actor);
        {
            const Database::DirectAccess setUp; // the test's own, not the console's
            if (const Status opened = workspace->open(); !opened) {
                qWarning("%s", qPrintable(opened.error().message));
                return false;
            }
            if (const Status seeded = DemoData::seed(*workspace); !seeded) {
                qWarning("%s", qPrintable(seeded.error().message));
                return false;
            }
        }
        window = std::make_unique<ui::MainWindow>(*workspace, true);
        QSignalSpy loaded(window.get(), &ui::MainWindow::loaded);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        // The load may finish while the window is being exposed.
        return !loaded.isEmpty() || loaded.wait(10000);
    }

    /// The window goes first: its models refer to the workspace.
    void close()
    {
        window.reset();
        workspace.reset();
    }
};

/// Runs `interact` on the next modal dialog of type D, from inside its event
/// loop. Polls, so it also finds a dialog that opens after another closes.
template<typename D> void whenDialogOpens(QObject *context, std::function<void(D *)> interact)
{
    auto *poll = new QTimer(context);
    const QDeadlineTimer deadline(10000);
    QObject::connect(poll, &QTimer::timeout, context, [poll, deadline, interact] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog && !deadline.hasExpired())
            return;
        poll->stop();
        poll->deleteLater();
        QVERIFY2(dialog, "the expected dialog did not open");
        interact(dialog);
    });
    poll->start(5);
}

} // namespace tenant::test
