// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/usecases/caseattachments.h"
#include "core/store/casestore.h"

#include <QTemporaryDir>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QPushButton;
class QTreeWidget;

namespace Casebook::App {

// The case's attachments (scanned, signed forms, photos of the workplace): listed with their state,
// added from a file, opened in the system's viewer from a private temporary folder, saved as a
// copy, withdrawn.
class AttachmentsPane : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentsPane(UseCases::CaseAttachments attachments, QWidget *parent = nullptr);
    ~AttachmentsPane() override;

    void setCase(const QString &caseId);
    // Removes the copies opened for viewing (on lock: nothing of the client stays in clear).
    void closeOpenedCopies();
    // The writes are made as ctx from now on (another user signed in).
    void actAs(Core::WriteContext ctx) { m_attachments.actAs(std::move(ctx)); }
    int count() const;

    // Test hooks: the file chosen to add (instead of a file dialog), and what opens a file (instead
    // of the system).
    void setFileChooser(std::function<QString()> chooser) { m_chooser = std::move(chooser); }
    void setOpener(std::function<bool(const QString &)> opener) { m_opener = std::move(opener); }

    void addFile(const QString &path);
    void openSelected();

Q_SIGNALS:
    void changed();
    void failed(const QString &message);

private:
    void reload();
    void saveCopy();
    void withdraw();

    UseCases::CaseAttachments m_attachments;
    QString m_caseId;
    QTreeWidget *m_list = nullptr;
    QComboBox *m_belongs = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    std::unique_ptr<QTemporaryDir>
        m_opened; // copies opened for viewing; removed when the client closes
    std::function<QString()> m_chooser;
    std::function<bool(const QString &)> m_opener;
};

} // namespace Casebook::App
