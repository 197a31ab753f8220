// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/usecases/session.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;

namespace Casebook::App {

// Who is at the keyboard: asked before the window shows anything, and again to unlock it (then
// only the same user's password).
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    using SignIn = std::function<Core::Result<Core::Account>(const QString &, QByteArray &)>;
    // unlocking: the account whose window is locked (the name is fixed).
    SignInDialog(UseCases::Session session, std::optional<Core::Account> unlocking = std::nullopt,
        QWidget *parent = nullptr);
    // Before a store is open (an encrypted one is unlocked by the sign-in): signIn does the work,
    // hint is the demo store's note.
    SignInDialog(SignIn signIn, const QString &hint, QWidget *parent = nullptr,
        std::optional<Core::Account> unlocking = std::nullopt);
    std::optional<Core::Account> account() const { return m_account; }
    // Tries to sign in with what is typed (the button's and Enter's action).
    bool trySignIn();

private:
    void build(const QString &hint);
    SignIn m_signIn;
    std::optional<Core::Account> m_unlocking;
    std::optional<Core::Account> m_account;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Casebook::App
