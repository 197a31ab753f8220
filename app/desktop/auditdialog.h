// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/usecases/auditlog.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Casebook::App {

// The audit trail for a supervisor, a window or the bureau: who opened, printed, exported or
// searched whose file, filtered by person, user and days, and saved for a data-protection request.
class AuditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditDialog(UseCases::AuditLog log, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Test hook: the file to save to (instead of a file dialog).
    void setSaveChooser(std::function<QString(const QString &suggested)> chooser)
    {
        m_chooser = std::move(chooser);
    }

public Q_SLOTS:
    void reload();

private:
    void save(const QString &suffix);

    UseCases::AuditLog m_log;
    QLineEdit *m_person = nullptr;
    QComboBox *m_actor = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QList<QPushButton *> m_saveButtons;
    QList<UseCases::AuditLine> m_lines;
    std::function<QString(const QString &)> m_chooser;
};

} // namespace Casebook::App
