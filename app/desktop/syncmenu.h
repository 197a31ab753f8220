// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/usecases/acting.h"
#include "app/usecases/syncdecisions.h"
#include "core/store/casestore.h"

#include <QObject>

class QMenu;
class QWidget;

namespace Casebook::App {

// The Sync menu: device keys, identity, enrolment, export and import of bundles, conflicts and
// probable duplicates. Its actions ask with dialogs over the window and report by message().
class SyncMenu : public QObject
{
    Q_OBJECT

public:
    // acting: who the exports and decisions are made as.
    SyncMenu(Core::CaseStore &store, UseCases::ActingSource acting, QMenu *menu, QWidget *window);

Q_SIGNALS:
    // Bundles imported, conflicts decided or duplicates merged: the window reloads.
    void storeChanged();
    void message(const QString &text, int milliseconds);

private:
    void done(const QString &title, const QString &text);
    UseCases::SyncDecisions decisions() const;
    Core::CaseStore &m_store;
    UseCases::ActingSource m_acting;
    QMenu *m_menu;
    QWidget *m_window;
};

} // namespace Casebook::App
