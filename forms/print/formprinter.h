// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "forms/model/formrecord.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

class QFont;
class QPagedPaintDevice;
class QPainter;

namespace Casebook::Forms {

// Prints any form definition with its values on A4: title and form code, bordered grids, check
// boxes, ROC dates, signature boxes, repeating rows flowing across pages and 第N頁／共M頁. One
// renderer for all forms.
class FormPrinter
{
    Q_DECLARE_TR_FUNCTIONS(FormPrinter)

public:
    // The font is named explicitly: AR PL UMing TW gives an exact PDF text layer (TOOLCHAIN.md §4).
    static constexpr auto DefaultFont = "AR PL UMing TW";

    struct Options
    {
        QString fontFamily = QString::fromLatin1(DefaultFont);
        bool mask = true; // apply the definitions' masking
        // Told each text that does not fit its cell even wrapped and shrunk (it is clipped there).
        std::function<void(const QString &text)> overflow;
    };

    // A stored form not marked complete: printed with 草稿 on every page.
    static bool isDraft(const FormRecord &record);

    // Paints the forms, each starting on a new page; returns the number of pages.
    static Core::Result<int> paint(
        QPagedPaintDevice &device, const QList<const FormRecord *> &forms, const Options &options);
    // Writes a PDF atomically (temporary file, then rename); returns the number of pages.
    static Core::Result<int> writePdf(
        const QString &path, const QList<const FormRecord *> &forms, const Options &options);

private:
    static void paintDraftMark(QPainter &painter, double width, double height, const QFont &font);
};

} // namespace Casebook::Forms
