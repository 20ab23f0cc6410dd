#pragma once

// For GUI tests (they link tenant_ui): a demo registry on a fresh database,
// shown in a real main window whose first load has finished.
#include "demo/demodata.h"
#include "mainwindow.h"
#include "testdatabase.h"
#include "workspace.h"

#include <QSignalSpy>
#include <QTest>

namespace tenant::test {

struct DemoConsole
{
    DatabaseUrl url;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<ui::MainWindow> window;

    /// Opens, seeds and shows; false (with the reason logged) if any step fails.
    bool open(TestDatabase &databases, const QString &actor = QStringLiteral("gui-tester"))
    {
        url = databases.fresh();
        workspace = std::make_unique<Workspace>(url);
        workspace->setActor(actor);
        if (const Status opened = workspace->open(); !opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return false;
        }
        if (const Status seeded = DemoData::seed(*workspace); !seeded) {
            qWarning("%s", qPrintable(seeded.error().message));
            return false;
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

} // namespace tenant::test
