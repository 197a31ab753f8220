// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/stalewrites.h"

#include <QMessageBox>

namespace Casebook::App {

QString StaleWrites::describe(const QList<Core::StaleWrite> &stale,
    const std::function<QString(const Core::StaleWrite &)> &label)
{
    auto shown = [](const QString &value) {
        return value.isEmpty() ? tr("(empty)") : QStringLiteral("「%1」").arg(value);
    };
    QStringList lines;
    for (const Core::StaleWrite &w : stale) {
        QString name = w.label;
        if (name.isEmpty() && label)
            name = label(w);
        if (name.isEmpty())
            name = w.field;
        lines << (w.kept
                ? tr("%1: %2 changed it to %3 meanwhile; you left it as it was, so theirs "
                     "is kept.")
                      .arg(name, w.theirActor, shown(w.theirs))
                : tr("%1: you saw %2, %3 changed it to %4 meanwhile, and you saved %5. "
                     "Both are kept: decide which stands under Sync › Conflicts.")
                      .arg(name, shown(w.seen), w.theirActor, shown(w.theirs), shown(w.mine)));
    }
    return lines.join(QLatin1Char('\n'));
}

QMessageBox *StaleWrites::tell(QWidget *parent, const QList<Core::StaleWrite> &stale,
    const std::function<QString(const Core::StaleWrite &)> &label)
{
    if (stale.isEmpty())
        return nullptr;
    const bool conflicts = std::any_of(
        stale.begin(), stale.end(), [](const Core::StaleWrite &w) { return !w.kept; });
    auto *box = new QMessageBox(conflicts ? QMessageBox::Warning : QMessageBox::Information,
        tr("Changed at another desk"),
        conflicts ? tr("Someone else changed this record while you were editing it. Nothing is "
                       "lost: where you both changed a field, both values are kept until a person "
                       "decides.")
                  : tr("Someone else changed this record while you were editing it. Your changes "
                       "are saved, and theirs are kept."),
        QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("staleWriteMessage"));
    box->setInformativeText(describe(stale, label));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

} // namespace Casebook::App
