// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/casestore.h"

#include <QCoreApplication>

#include <functional>

class QMessageBox;
class QWidget;

namespace Casebook::App {

// Tells the person who saved which fields another desk had changed while they edited: the
// values kept, and the conflicts opened for a decision (Sync › Conflicts).
class StaleWrites
{
    Q_DECLARE_TR_FUNCTIONS(StaleWrites)

public:
    // The message's text, one line a field; label names a field the writes left unlabelled.
    static QString describe(const QList<Core::StaleWrite> &stale,
        const std::function<QString(const Core::StaleWrite &)> &label = {});
    // Shows it window-modal without blocking (object name "staleWriteMessage"); null when there is
    // nothing to tell.
    static QMessageBox *tell(QWidget *parent, const QList<Core::StaleWrite> &stale,
        const std::function<QString(const Core::StaleWrite &)> &label = {});
};

} // namespace Casebook::App
