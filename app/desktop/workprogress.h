// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/progress.h"

#include <QCoreApplication>
#include <QPointer>
#include <QProgressDialog>

#include <chrono>

class QWidget;

namespace Casebook::App {

// The window a person sees while work that can take longer than half a second runs (a report over
// the whole store, an export, a conversion): shown only once the work has lasted showAfter, with
// a bar and 取消. progress() is what the work is handed; 取消 makes it answer "stop", and the work
// returns Error::Kind::Cancelled with nothing changed. The window goes when this goes.
class WorkProgress
{
    Q_DECLARE_TR_FUNCTIONS(WorkProgress)

public:
    static constexpr std::chrono::milliseconds DefaultShowAfter {500};

    WorkProgress(QWidget *parent, const QString &label,
        std::chrono::milliseconds showAfter = DefaultShowAfter);
    ~WorkProgress();
    WorkProgress(const WorkProgress &) = delete;
    WorkProgress &operator=(const WorkProgress &) = delete;

    Core::Progress progress() const;
    bool wasCancelled() const;
    QProgressDialog *dialog() const { return m_dialog; }

private:
    QPointer<QProgressDialog> m_dialog;
};

} // namespace Casebook::App
