// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/connectdialog.h"

#include "core/store/sqldialect.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Casebook::App {

ConnectDialog::ConnectDialog(const QString &address, const QString &problem, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to the shared store"));
    const Core::PostgresAddress a = Core::PostgresAddress::parse(address);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The bureau's shared store on its PostgreSQL server. Ask the "
                                "bureau for the server, the database and your database user."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_problem = new QLabel(problem, this);
    m_problem->setObjectName(QStringLiteral("connectProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setVisible(!problem.isEmpty());
    layout->addWidget(m_problem);
    auto *form = new QFormLayout;
    m_host = new QLineEdit(a.database.isEmpty() ? QString() : a.host, this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portEdit"));
    m_port->setRange(1, 65535);
    m_port->setValue(a.port);
    m_database = new QLineEdit(a.database, this);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_user = new QLineEdit(a.user, this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("not kept: asked at each start"));
    form->addRow(tr("&Server"), m_host);
    form->addRow(tr("P&ort"), m_port);
    form->addRow(tr("&Database"), m_database);
    form->addRow(tr("&User"), m_user);
    form->addRow(tr("&Password"), m_password);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("connectButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    // The first empty field takes the keyboard: the password when the address is known.
    for (QLineEdit *e : {m_host, m_database, m_user, m_password}) {
        if (e->text().isEmpty()) {
            e->setFocus();
            break;
        }
    }
}

QString ConnectDialog::address() const
{
    Core::PostgresAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.database = m_database->text().trimmed();
    a.user = m_user->text().trimmed();
    return a.toString();
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

void ConnectDialog::accept()
{
    QLineEdit *missing = nullptr;
    for (QLineEdit *e : {m_host, m_database, m_user}) {
        if (!missing && e->text().trimmed().isEmpty())
            missing = e;
    }
    if (missing) {
        m_problem->setText(tr("Fill in the server, the database and the user."));
        m_problem->show();
        missing->setFocus();
        return;
    }
    if (Core::PostgresAddress::parse(address()).database.isEmpty()) {
        m_problem->setText(tr("%1 is not a usable address.").arg(address()));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace Casebook::App
