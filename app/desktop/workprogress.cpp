// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/workprogress.h"

#include <QWidget>

namespace Casebook::App {

WorkProgress::WorkProgress(
    QWidget *parent, const QString &label, std::chrono::milliseconds showAfter)
    : m_dialog(new QProgressDialog(
        label, tr("Cancel"), 0, static_cast<int>(Core::Progress::Scale), parent))
{
    m_dialog->setObjectName(QStringLiteral("workProgress"));
    m_dialog->setWindowTitle(QCoreApplication::applicationName());
    // Modal to its window: the window's data cannot change under the work, and setValue lets the
    // dialog (and its 取消) be painted and pressed while the work runs.
    m_dialog->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    m_dialog->setMinimumDuration(static_cast<int>(showAfter.count()));
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setValue(0); // starts the clock of showAfter
}

WorkProgress::~WorkProgress()
{
    delete m_dialog.data();
}

Core::Progress WorkProgress::progress() const
{
    QPointer<QProgressDialog> dialog = m_dialog;
    return Core::Progress([dialog](qint64 done, qint64 total) {
        if (!dialog)
            return false;
        if (total > 0) {
            const qint64 scaled
                = std::clamp(done, qint64 {0}, total) * Core::Progress::Scale / total;
            // One short of the end until the work is over: a full bar with the work still running
            // looks like a hang.
            dialog->setValue(static_cast<int>(std::min(scaled, Core::Progress::Scale - 1)));
        }
        return !dialog->wasCanceled();
    });
}

bool WorkProgress::wasCancelled() const
{
    return !m_dialog || m_dialog->wasCanceled();
}

} // namespace Casebook::App
