// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/attachmentspane.h"

#include "core/cases/attachmentrepository.h"
#include "core/common/rocdate.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Casebook::App {

using Core::AttachmentRepository;

AttachmentsPane::AttachmentsPane(UseCases::CaseAttachments attachments, QWidget *parent)
    : QWidget(parent), m_attachments(std::move(attachments))
{
    setObjectName(QStringLiteral("attachmentsPane"));
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Belongs to:"), this));
    m_belongs = new QComboBox(this);
    m_belongs->setObjectName(QStringLiteral("attachmentBelongs"));
    header->addWidget(m_belongs, 1);
    auto *add = new QPushButton(tr("&Attach a file…"), this);
    add->setObjectName(QStringLiteral("attachButton"));
    header->addWidget(add);
    layout->addLayout(header);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("attachmentsList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {tr("Title"), tr("Type"), tr("Size"), tr("Added"), tr("Belongs to"), tr("State")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("openAttachmentButton"));
    m_save = new QPushButton(tr("Save a &copy…"), this);
    m_save->setObjectName(QStringLiteral("saveAttachmentButton"));
    m_remove = new QPushButton(tr("&Withdraw…"), this);
    m_remove->setObjectName(QStringLiteral("withdrawAttachmentButton"));
    buttons->addWidget(
        new QLabel(
            tr("PDF, JPEG or PNG, at most %1 MB each.").arg(AttachmentRepository::MaxBytes >> 20),
            this),
        1);
    for (QPushButton *b : {m_open, m_save, m_remove})
        buttons->addWidget(b);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString path = m_chooser
            ? m_chooser()
            : QFileDialog::getOpenFileName(this, tr("Attach a file to the case"), {},
                tr("Scans and photos (*.pdf *.jpg *.jpeg *.png);;All files (*)"));
        if (!path.isEmpty())
            addFile(path);
    });
    connect(m_open, &QPushButton::clicked, this, &AttachmentsPane::openSelected);
    connect(m_save, &QPushButton::clicked, this, &AttachmentsPane::saveCopy);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentsPane::withdraw);
    connect(m_list, &QTreeWidget::itemActivated, this, &AttachmentsPane::openSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        const bool any = m_list->currentItem() != nullptr;
        for (QPushButton *b : {m_open, m_save, m_remove})
            b->setEnabled(any);
    });
    setCase({});
}

AttachmentsPane::~AttachmentsPane() = default;

int AttachmentsPane::count() const
{
    return m_list->topLevelItemCount();
}

void AttachmentsPane::setCase(const QString &caseId)
{
    m_caseId = caseId;
    setEnabled(!caseId.isEmpty());
    reload();
}

void AttachmentsPane::reload()
{
    m_list->clear();
    m_belongs->clear();
    for (QPushButton *b : {m_open, m_save, m_remove})
        b->setEnabled(false);
    if (m_caseId.isEmpty())
        return;
    m_belongs->addItem(tr("The case"), QString());
    auto listed = m_attachments.list(m_caseId);
    if (!listed) {
        Q_EMIT failed(listed.error().message);
        return;
    }
    QHash<QString, QString> formNames;
    for (const auto &[id, name] : listed->forms) {
        formNames.insert(id, name);
        m_belongs->addItem(name, id);
    }
    const QLocale locale;
    for (const Core::Attachment &a : std::as_const(listed->attachments)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, a.title);
        item->setToolTip(0, a.fileName);
        item->setText(1, AttachmentRepository::typeName(a.mediaType));
        item->setText(2, locale.formattedDataSize(a.size, 1, QLocale::DataSizeTraditionalFormat));
        item->setText(3, tr("%1 by %2").arg(Core::RocDate::formatShort(a.addedOn), a.addedBy));
        item->setText(4,
            a.instanceId.isEmpty() ? tr("The case")
                                   : formNames.value(a.instanceId, tr("A removed form")));
        item->setText(5,
            a.partsHere < a.parts ? tr("Arriving (%1 of %2 parts)").arg(a.partsHere).arg(a.parts)
                                  : tr("Whole"));
        item->setData(0, Qt::UserRole, a.id);
        item->setData(1, Qt::UserRole, a.mediaType);
    }
}

void AttachmentsPane::addFile(const QString &path)
{
    auto id = m_attachments.add(m_caseId, m_belongs->currentData().toString(), path);
    if (!id) {
        Q_EMIT failed(id.error().message);
        return;
    }
    reload();
    Q_EMIT changed();
}

void AttachmentsPane::openSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString id = item->data(0, Qt::UserRole).toString();
    auto content = m_attachments.content(id);
    if (!content) {
        Q_EMIT failed(content.error().message);
        return;
    }
    // A private folder (owner only) that is removed with its copies when the client closes.
    if (!m_opened || !m_opened->isValid()) {
        m_opened = std::make_unique<QTemporaryDir>(
            QDir::temp().filePath(QStringLiteral("casebook-XXXXXX")));
    }
    const QString path = m_opened->filePath(
        id.left(8) + AttachmentRepository::extensionFor(item->data(1, Qt::UserRole).toString()));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || f.write(*content) != content->size()) {
        Q_EMIT failed(tr("Cannot write a copy to open: %1").arg(f.errorString()));
        return;
    }
    f.close();
    if (auto r = m_attachments.copied(id, tr("opened")); !r) { // no copy without a trace
        QFile::remove(path);
        Q_EMIT failed(r.error().message);
        return;
    }
    const bool opened
        = m_opener ? m_opener(path) : QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    if (!opened)
        Q_EMIT failed(tr("No program on this computer opens %1 files.").arg(item->text(1)));
}

void AttachmentsPane::saveCopy()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    auto content = m_attachments.content(item->data(0, Qt::UserRole).toString());
    if (!content) {
        Q_EMIT failed(content.error().message);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy of the attachment"),
        item->text(0) + AttachmentRepository::extensionFor(item->data(1, Qt::UserRole).toString()));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || f.write(*content) != content->size()) {
        Q_EMIT failed(tr("Cannot write %1: %2").arg(path, f.errorString()));
        return;
    }
    if (auto r = m_attachments.copied(item->data(0, Qt::UserRole).toString(), path); !r)
        Q_EMIT failed(r.error().message);
}

void AttachmentsPane::closeOpenedCopies()
{
    m_opened.reset(); // the folder and the copies in it are removed
}

void AttachmentsPane::withdraw()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    if (QMessageBox::question(this, tr("Withdraw the attachment"),
            tr("Withdraw %1 from the case? The log keeps it; it is no longer listed or printed.")
                .arg(item->text(0)))
        != QMessageBox::Yes)
        return;
    if (auto r = m_attachments.withdraw(item->data(0, Qt::UserRole).toString()); !r) {
        Q_EMIT failed(r.error().message);
        return;
    }
    reload();
    Q_EMIT changed();
}

} // namespace Casebook::App
