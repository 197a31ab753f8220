// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace Casebook::App {

// Where the bureau's shared store is (server, port, database, user) and the password for it: the
// address is remembered, the password only in this program's memory for this run (see
// Core::PostgresAddress::usePassword), never written.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    // address: the last one used (postgresql://user@host:port/db), or empty; problem: why the last
    // try failed, shown above the fields.
    explicit ConnectDialog(
        const QString &address = {}, const QString &problem = {}, QWidget *parent = nullptr);
    QString address() const;
    QString password() const;

public Q_SLOTS:
    void accept() override;

private:
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Casebook::App
