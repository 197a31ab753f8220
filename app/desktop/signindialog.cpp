// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/signindialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Casebook::App {

SignInDialog::SignInDialog(
    UseCases::Session session, std::optional<Core::Account> unlocking, QWidget *parent)
    : QDialog(parent), m_unlocking(std::move(unlocking))
{
    m_signIn = [session](const QString &name, QByteArray &password) mutable {
        return session.signIn(name, password);
    };
    build(session.demoHint());
}

SignInDialog::SignInDialog(
    SignIn signIn, const QString &hint, QWidget *parent, std::optional<Core::Account> unlocking)
    : QDialog(parent), m_signIn(std::move(signIn)), m_unlocking(std::move(unlocking))
{
    build(hint);
}

void SignInDialog::build(const QString &hint)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(m_unlocking ? tr("Casebook is locked") : tr("Sign in to Casebook"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(m_unlocking
            ? tr("The window is locked. Enter the password of %1 to go on.").arg(m_unlocking->name)
            : tr("The case records hold sensitive personal data: sign in with your account."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("signInName"));
    if (m_unlocking) {
        m_name->setText(m_unlocking->name);
        m_name->setReadOnly(true);
    }
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    if (!hint.isEmpty()) {
        auto *demo = new QLabel(hint, this);
        demo->setObjectName(QStringLiteral("signInDemoHint"));
        demo->setWordWrap(true);
        layout->addWidget(demo);
    }
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *ok = buttons->addButton(
        m_unlocking ? tr("&Unlock") : tr("&Sign in"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("signInButton"));
    ok->setDefault(true);
    if (m_unlocking)
        buttons->button(QDialogButtonBox::Cancel)->hide(); // a locked window stays locked
    layout->addWidget(buttons);
    connect(ok, &QPushButton::clicked, this, [this] {
        if (trySignIn())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (m_unlocking || !m_name->text().isEmpty() ? m_password : m_name)->setFocus();
    resize(460, sizeHint().height());
}

bool SignInDialog::trySignIn()
{
    QByteArray password = m_password->text().toUtf8();
    m_password->clear();
    auto account = m_signIn(m_name->text(), password);
    if (!account) {
        m_message->setText(account.error().message);
        return false;
    }
    if (m_unlocking && account->id != m_unlocking->id) {
        m_message->setText(tr("Only %1 can unlock this window.").arg(m_unlocking->name));
        return false;
    }
    m_account = *account;
    return true;
}

} // namespace Casebook::App
