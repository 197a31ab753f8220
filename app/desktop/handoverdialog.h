// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/usecases/handover.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;

namespace Casebook::App {

// The handover (交接) of a leaving coach's open cases to a successor, with the list both sign.
class HandoverDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HandoverDialog(UseCases::Handover handover, QWidget *parent = nullptr);

    // Test hook: where the list is saved (instead of a file dialog).
    void setSaveChooser(std::function<QString(const QString &suggested)> chooser)
    {
        m_chooser = std::move(chooser);
    }

public Q_SLOTS:
    void handOver();

Q_SIGNALS:
    // The cases moved: the window shows them anew.
    void handedOver(const QString &message);

private:
    void updateCount();

    UseCases::Handover m_handover;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_go = nullptr;
    std::function<QString(const QString &)> m_chooser;
};

} // namespace Casebook::App
