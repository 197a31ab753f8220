// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/print/formprinter.h"

#include "core/common/ownerfiles.h"
#include "core/common/rocdate.h"

#include <QFontMetricsF>
#include <QJsonObject>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <functional>
#include <memory>

namespace Casebook::Forms {

using namespace Casebook::Core;

namespace {

// A vertical slice of a page: laid out once, painted at any y.
struct Block
{
    double height = 0;
    std::function<void(QPainter &, double y)> paint;
    std::shared_ptr<Block> repeatHeader; // a table row repeats its table's header on a new page
    bool startsForm = false;
    bool keepWithNext = false; // a heading or a table's header never ends a page alone
};

constexpr double MinShrink = 0.75; // text shrinks to three quarters of its size before it wraps

class Layout
{
    Q_DECLARE_TR_FUNCTIONS(FormPrinter)

public:
    Layout(QPainter &painter, FormPrinter::Options options)
        : m_painter(painter), m_options(std::move(options))
    {
        const double dpi = painter.device()->logicalDpiY();
        m_mm = dpi / 25.4;
        m_pageWidth = painter.device()->width();
        m_pageHeight = painter.device()->height();
        m_body = font(10);
        m_small = font(8);
        m_section = font(11, true);
        m_title = font(16, true);
    }

    double mm(double v) const { return v * m_mm; }
    double width() const { return m_pageWidth; }
    double contentHeight() const { return m_pageHeight - footerHeight(); }
    double footerHeight() const { return mm(9); }

    QFont font(double points, bool bold = false) const
    {
        QFont f(m_options.fontFamily);
        f.setFamilies({m_options.fontFamily, QStringLiteral("Noto Serif CJK TC"),
            QStringLiteral("Noto Sans CJK TC")});
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }

    // Words wrap; a word wider than the cell (a long number, an e-mail address) breaks anywhere.
    int wrapOf(const QFont &f, double w, const QString &text) const
    {
        const QFontMetricsF fm(f, m_painter.device());
        const QRectF words = fm.boundingRect(QRectF(0, 0, w, 1e6), Qt::TextWordWrap, text);
        return words.width() > w + 0.5 ? Qt::TextWrapAnywhere : Qt::TextWordWrap;
    }

    QSizeF textSize(const QFont &f, double w, const QString &text) const
    {
        const QFontMetricsF fm(f, m_painter.device());
        if (text.isEmpty())
            return {0, fm.height()};
        return fm.boundingRect(QRectF(0, 0, w, 1e6), wrapOf(f, w, text), text).size();
    }

    double textHeight(const QFont &f, double w, const QString &text) const
    {
        return textSize(f, w, text).height();
    }

    // Draws text inside its cell: wrapped, then shrunk down to MinShrink; what still does not fit
    // is clipped to the cell and reported.
    void text(QPainter &p, const QRectF &r, const QFont &f, const QString &t, int flags) const
    {
        QFont font = f;
        const double base = f.pointSizeF();
        auto fits = [&](const QFont &candidate) {
            const QSizeF size = textSize(candidate, r.width(), t);
            return size.width() <= r.width() + 0.5 && size.height() <= r.height() + 0.5;
        };
        while (!fits(font) && font.pointSizeF() > base * MinShrink + 0.01)
            font.setPointSizeF(std::max(base * MinShrink, font.pointSizeF() - 0.5));
        if (!fits(font) && m_options.overflow)
            m_options.overflow(t);
        p.save();
        p.setClipRect(r.adjusted(-1, -1, 1, 1), Qt::IntersectClip);
        p.setFont(font);
        p.drawText(r, flags | wrapOf(font, r.width(), t), t);
        p.restore();
    }

    // The largest font, from f down to MinShrink of it, that keeps text on one line of width w.
    QFont oneLine(const QFont &f, double w, const QString &text) const
    {
        QFont font = f;
        const double base = f.pointSizeF();
        while (QFontMetricsF(font, m_painter.device()).horizontalAdvance(text) > w
            && font.pointSizeF() > base * MinShrink + 0.01)
            font.setPointSizeF(std::max(base * MinShrink, font.pointSizeF() - 0.5));
        return font;
    }

    void checkbox(QPainter &p, const QPointF &topLeft, double size, bool checked) const
    {
        const QRectF box(topLeft, QSizeF(size, size));
        p.drawRect(box);
        if (checked) {
            QPen pen = p.pen();
            pen.setWidthF(mm(0.35));
            p.save();
            p.setPen(pen);
            p.drawLine(QPointF(box.left() + size * 0.2, box.top() + size * 0.55),
                QPointF(box.left() + size * 0.42, box.bottom() - size * 0.2));
            p.drawLine(QPointF(box.left() + size * 0.42, box.bottom() - size * 0.2),
                QPointF(box.right() - size * 0.15, box.top() + size * 0.2));
            p.restore();
        }
    }

    // Choices drawn as a flow of boxes with labels; returns the height used (paint when p is set).
    double choices(QPainter *p, const QRectF &r, const FieldDef &f, const QList<Choice> &available,
        const QStringList &selected) const
    {
        const QFontMetricsF fm(m_body, m_painter.device());
        const double box = fm.ascent() * 0.8;
        const double line = fm.height() * 1.15;
        double x = r.left();
        double y = r.top();
        QList<Choice> options = available;
        if (f.type == FieldType::YesNo) {
            options = {Choice {QStringLiteral("1"), {QStringLiteral("是"), {}}},
                Choice {QStringLiteral("0"), {QStringLiteral("否"), {}}}};
        }
        double lineHeight = line;
        for (const Choice &c : options) {
            const QString label = c.label.zh;
            const double w = box + mm(1) + fm.horizontalAdvance(label) + mm(3);
            if (x + w > r.right() && x > r.left()) {
                x = r.left();
                y += lineHeight;
                lineHeight = line;
            }
            if (w > r.width()) {
                // Longer than the cell: its own line(s), the label wrapped beside its box.
                const QRectF labelRect(x + box + mm(1), y, r.width() - box - mm(1), 1e6);
                const double h = textHeight(m_body, labelRect.width(), label);
                if (p) {
                    checkbox(*p, QPointF(x, y + (fm.height() - box) / 2), box,
                        selected.contains(c.code));
                    text(*p, QRectF(labelRect.topLeft(), QSizeF(labelRect.width(), h)), m_body,
                        label, Qt::AlignLeft | Qt::AlignTop);
                }
                lineHeight = std::max(line, h + (line - fm.height()));
                x = r.right(); // the next choice starts a new line
                continue;
            }
            if (p) {
                checkbox(
                    *p, QPointF(x, y + (fm.height() - box) / 2), box, selected.contains(c.code));
                p->setFont(m_body);
                p->drawText(QPointF(x + box + mm(1), y + fm.ascent()), label);
            }
            x += w;
        }
        return y + lineHeight - r.top();
    }

    QPainter &m_painter;
    FormPrinter::Options m_options;
    double m_mm = 1;
    double m_pageWidth = 0;
    double m_pageHeight = 0;
    QFont m_body;
    QFont m_small;
    QFont m_section;
    QFont m_title;
};

QStringList codesOf(const QString &v)
{
    return v.isEmpty() ? QStringList() : v.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

// Lays out one form as blocks.
QList<std::shared_ptr<Block>> layoutForm(
    const Layout &L, const FormRecord &record, const FormPrinter::Options &options)
{
    QList<std::shared_ptr<Block>> blocks;
    const FormDefinition &def = record.definition();
    const double W = L.width();
    const double pad = L.mm(1.2);
    const double minRow = L.mm(8);
    const QFont tableFont = L.font(def.tableFontSize);

    // Title block: issuer, title, the form-code box and the case number.
    {
        auto b = std::make_shared<Block>();
        b->startsForm = true;
        const QString issuer = def.issuer.zh;
        const QString title = def.title.zh;
        // The title on one line, shrunk within limits; only a title longer than that wraps.
        const double titleW = W - L.mm(10);
        const QFont titleFont = L.oneLine(L.m_title, titleW, title);
        const double titleH = L.textHeight(titleFont, titleW, title);
        b->height = L.mm(7) + titleH + L.mm(10);
        const QString code = def.code;
        const QString caseNo = record.caseData().caseNo;
        const bool draft = FormPrinter::isDraft(record);
        b->paint = [&L, issuer, title, titleFont, titleW, code, caseNo, titleH, W, draft](
                       QPainter &p, double y) {
            L.text(p, QRectF(L.mm(36), y, W - L.mm(72), L.mm(6)), L.m_body, issuer,
                Qt::AlignHCenter | Qt::AlignVCenter);
            L.text(p, QRectF((W - titleW) / 2, y + L.mm(6), titleW, titleH), titleFont, title,
                Qt::AlignHCenter);
            const QRectF codeBox(W - L.mm(34), y, L.mm(34), L.mm(6));
            p.drawRect(codeBox);
            L.text(p, codeBox, L.m_small, code, Qt::AlignCenter);
            if (draft) {
                const QRectF draftBox(0, y, L.mm(34), L.mm(6));
                p.save();
                QPen pen = p.pen();
                pen.setWidthF(L.mm(0.5));
                p.setPen(pen);
                p.drawRect(draftBox);
                p.restore();
                L.text(
                    p, draftBox, L.font(10, true), QStringLiteral("草稿　未完成"), Qt::AlignCenter);
            }
            if (caseNo.isEmpty())
                return; // a report of no case
            const QString caseText = QStringLiteral("個案編號：") + caseNo;
            L.text(p, QRectF(0, y + L.mm(7) + titleH + L.mm(2), W, L.mm(6)), L.m_body, caseText,
                Qt::AlignLeft | Qt::AlignVCenter);
        };
        blocks << b;
    }

    for (const SectionDef &section : def.sections) {
        if (!section.title.zh.isEmpty()) {
            auto b = std::make_shared<Block>();
            b->keepWithNext = true;
            const QString t = section.title.zh;
            b->height = std::max(L.mm(7), L.textHeight(L.m_section, W - L.mm(3), t) + L.mm(1.5));
            b->paint = [&L, t, W](QPainter &p, double y) {
                const QRectF r(0, y, W,
                    std::max(L.mm(7), L.textHeight(L.m_section, W - L.mm(3), t) + L.mm(1.5)));
                p.fillRect(r, QColor(225, 225, 225));
                p.drawRect(r);
                L.text(p, r.adjusted(L.mm(2), 0, 0, 0), L.m_section, t,
                    Qt::AlignLeft | Qt::AlignVCenter);
            };
            blocks << b;
        }
        // Pack fields into rows by their width share.
        QList<QList<const FieldDef *>> rows;
        double used = 1.0;
        for (const FieldDef &f : section.fields) {
            if (!record.isVisible(f))
                continue;
            if (f.type == FieldType::Repeat || f.type == FieldType::LongText
                || used + f.width > 1.001) {
                rows.append(QList<const FieldDef *>());
                used = 0;
            }
            rows.last() << &f;
            used += (f.type == FieldType::Repeat || f.type == FieldType::LongText) ? 1.0 : f.width;
        }
        for (const auto &row : rows) {
            if (row.size() == 1 && row.first()->type == FieldType::Repeat) {
                const FieldDef &f = *row.first();
                // Column widths are relative to each other (the definition's width, 1 by default).
                QList<double> colX;
                QList<double> colW;
                double widthSum = 0;
                for (const FieldDef &c : f.columns)
                    widthSum += c.width;
                double cx = 0;
                for (const FieldDef &c : f.columns) {
                    colX << cx;
                    colW << W * c.width / widthSum;
                    cx += colW.last();
                }
                // header: the table's label and its column labels
                auto header = std::make_shared<Block>();
                double headH = 0;
                for (int i = 0; i < f.columns.size(); ++i) {
                    headH = std::max(headH,
                        L.textHeight(tableFont, colW.at(i) - 2 * pad, f.columns.at(i).label.zh));
                }
                headH += 2 * pad;
                const QString tableLabel = f.label.zh;
                const double labelH = L.mm(6);
                header->height = labelH + headH;
                header->keepWithNext = true;
                header->paint = [&L, f, colX, colW, headH, labelH, tableLabel, W, pad, tableFont](
                                    QPainter &p, double y) {
                    L.text(p, QRectF(0, y, W, labelH), L.m_body, tableLabel,
                        Qt::AlignLeft | Qt::AlignVCenter);
                    for (int i = 0; i < f.columns.size(); ++i) {
                        const QRectF cell(colX.at(i), y + labelH, colW.at(i), headH);
                        p.fillRect(cell, QColor(240, 240, 240));
                        p.drawRect(cell);
                        L.text(p, cell.adjusted(pad, pad, -pad, -pad), tableFont,
                            f.columns.at(i).label.zh, Qt::AlignCenter);
                    }
                };
                blocks << header;
                QJsonArray data = record.rows(f.id);
                const int emptyRows = data.isEmpty() ? 3 : 0; // blank lines to write on
                for (int r = 0; r < data.size() + emptyRows; ++r) {
                    QStringList cells;
                    double h = minRow;
                    const QJsonObject obj = r < data.size() ? data.at(r).toObject() : QJsonObject();
                    for (int i = 0; i < f.columns.size(); ++i) {
                        const FieldDef &c = f.columns.at(i);
                        cells << record.displayText(c, obj.value(c.id).toString(), options.mask);
                        h = std::max(h,
                            L.textHeight(tableFont, colW.at(i) - 2 * pad, cells.last()) + 2 * pad);
                    }
                    auto b = std::make_shared<Block>();
                    b->height = h;
                    b->repeatHeader = header;
                    QList<int> align; // numbers to the right
                    for (const FieldDef &c : f.columns) {
                        align << ((c.type == FieldType::Integer || c.type == FieldType::Number
                                      || c.type == FieldType::Money)
                                ? Qt::AlignRight
                                : Qt::AlignLeft);
                    }
                    b->paint
                        = [&L, cells, colX, colW, h, pad, tableFont, align](QPainter &p, double y) {
                              for (int i = 0; i < cells.size(); ++i) {
                                  const QRectF cell(colX.at(i), y, colW.at(i), h);
                                  p.drawRect(cell);
                                  L.text(p, cell.adjusted(pad, pad, -pad, -pad), tableFont,
                                      cells.at(i), align.at(i) | Qt::AlignVCenter);
                              }
                          };
                    blocks << b;
                }
                continue;
            }
            // An ordinary row: label cell and value cell per field.
            struct Cell
            {
                const FieldDef *field;
                double x;
                double w;
                double labelW;
                QString text;
                QStringList selected;
                QList<Choice> available;
            };
            QList<Cell> cells;
            double x = 0;
            double h = minRow;
            double total = 0;
            for (const FieldDef *f : row)
                total += f->type == FieldType::LongText ? 1.0 : f->width;
            for (const FieldDef *f : row) {
                const double share
                    = (f->type == FieldType::LongText ? 1.0 : f->width) / std::max(total, 1.0);
                const double w = (row.last() == f) ? W - x : W * share;
                const double labelW
                    = std::min(w * 0.4, L.mm(f->type == FieldType::Signature ? 30 : 34));
                Cell c {f, x, w, labelW, {}, {}, {}};
                const QString v = record.value(f->id);
                const QRectF valueRect(0, 0, w - labelW - 2 * pad, 1e6);
                double vh = 0;
                if (f->type == FieldType::Single || f->type == FieldType::Multi
                    || f->type == FieldType::YesNo) {
                    c.selected = codesOf(v);
                    c.available = record.choicesFor(*f);
                    vh = L.choices(nullptr, valueRect, *f, c.available, c.selected);
                } else {
                    c.text = record.displayText(*f, v, options.mask);
                    vh = L.textHeight(L.m_body, valueRect.width(), c.text);
                    if (f->type == FieldType::Signature)
                        vh = std::max(vh, L.mm(16));
                    if (f->type == FieldType::LongText)
                        vh = std::max(vh, L.mm(14));
                }
                const double lh = L.textHeight(L.m_body, labelW - 2 * pad, f->label.zh);
                h = std::max({h, vh + 2 * pad, lh + 2 * pad});
                cells << c;
                x += w;
            }
            auto b = std::make_shared<Block>();
            b->height = h;
            b->paint = [&L, cells, h, pad](QPainter &p, double y) {
                for (const Cell &c : cells) {
                    const QRectF label(c.x, y, c.labelW, h);
                    const QRectF value(c.x + c.labelW, y, c.w - c.labelW, h);
                    p.fillRect(label, QColor(245, 245, 245));
                    p.drawRect(label);
                    p.drawRect(value);
                    // No asterisk on paper: "required" is for the one who types, not the one who
                    // signs.
                    const QString labelText = c.field->label.zh;
                    L.text(p, label.adjusted(pad, pad, -pad, -pad), L.m_body, labelText,
                        Qt::AlignLeft | Qt::AlignVCenter);
                    const QRectF inner = value.adjusted(pad, pad, -pad, -pad);
                    const FieldType t = c.field->type;
                    if (t == FieldType::Single || t == FieldType::Multi || t == FieldType::YesNo) {
                        L.choices(&p, inner, *c.field, c.available, c.selected);
                    } else if (t == FieldType::Signature) {
                        L.text(p, inner, L.m_small, c.text, Qt::AlignRight | Qt::AlignBottom);
                    } else {
                        L.text(p, inner, L.m_body, c.text,
                            (t == FieldType::LongText ? Qt::AlignTop : Qt::AlignVCenter)
                                | Qt::AlignLeft);
                    }
                }
            };
            blocks << b;
        }
        // A little air between sections.
        auto gap = std::make_shared<Block>();
        gap->height = L.mm(2);
        gap->paint = [](QPainter &, double) {};
        blocks << gap;
    }
    return blocks;
}

} // namespace

bool FormPrinter::isDraft(const FormRecord &record)
{
    return record.isStored() && record.instance().status == QLatin1String("draft");
}

void FormPrinter::paintDraftMark(QPainter &painter, double width, double height, const QFont &font)
{
    // Across the page, light enough to read the form through it.
    painter.save();
    painter.translate(width / 2, height / 2);
    painter.rotate(-35);
    painter.setFont(font);
    painter.setPen(QColor(0, 0, 0, 40));
    const QRectF r(-width, -height / 4, 2 * width, height / 2);
    painter.drawText(r, Qt::AlignCenter, QStringLiteral("草稿"));
    painter.restore();
}

Result<int> FormPrinter::paint(
    QPagedPaintDevice &device, const QList<const FormRecord *> &forms, const Options &options)
{
    if (forms.isEmpty())
        return fail(Error::Kind::Invalid, tr("There is no form to print."));
    device.setPageSize(QPageSize(QPageSize::A4));
    // A document has one orientation: that of its first form (the wide report tables are
    // landscape).
    device.setPageOrientation(
        forms.first()->definition().landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    device.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(&device))
        return fail(Error::Kind::Io, tr("Cannot start printing."));
    QPen pen(Qt::black);
    Layout page(painter, options);
    pen.setWidthF(page.mm(0.2));
    painter.setPen(pen);

    int pagesPainted = 0;
    bool firstPage = true;
    for (const FormRecord *record : forms) {
        const auto blocks = layoutForm(page, *record, options);
        // Paginate: a block that does not fit starts a new page; table rows repeat their header
        // there.
        using Page = QList<std::pair<std::shared_ptr<Block>, double>>;
        QList<Page> pages(1);
        double y = 0;
        for (qsizetype k = 0; k < blocks.size(); ++k) {
            const auto &b = blocks.at(k);
            // A heading or table header goes to the next page with what follows it.
            double needed = b->height;
            for (qsizetype n = k; n + 1 < blocks.size() && blocks.at(n)->keepWithNext; ++n)
                needed += blocks.at(n + 1)->height;
            if (needed > page.contentHeight())
                needed = b->height; // a chain longer than a page breaks where it must
            if (y + needed > page.contentHeight() && y > 0) {
                pages.append(Page());
                y = 0;
                if (b->repeatHeader) {
                    pages.last().append(std::make_pair(b->repeatHeader, y));
                    y += b->repeatHeader->height;
                }
            }
            pages.last().append(std::make_pair(b, y));
            y += b->height;
        }
        const int total = static_cast<int>(pages.size());
        for (int i = 0; i < total; ++i) {
            if (!firstPage && !device.newPage())
                return fail(Error::Kind::Io, tr("Cannot add a page."));
            firstPage = false;
            painter.save();
            painter.setClipRect(QRectF(0, 0, page.width(), page.contentHeight()));
            if (isDraft(*record))
                paintDraftMark(painter, page.width(), page.contentHeight(), page.font(72, true));
            for (const auto &[block, top] : pages.at(i))
                block->paint(painter, top);
            painter.restore();
            const QRectF footer(
                0, page.m_pageHeight - page.footerHeight() + page.mm(2), page.width(), page.mm(6));
            page.text(painter, footer, page.m_small,
                (isDraft(*record) ? QStringLiteral("草稿　") : QString())
                    + QStringLiteral("第 %1 頁／共 %2 頁").arg(i + 1).arg(total),
                Qt::AlignCenter);
            page.text(painter, footer, page.m_small, record->definition().code,
                Qt::AlignRight | Qt::AlignVCenter);
            page.text(painter, footer, page.m_small, RocDate::formatShort(QDate::currentDate()),
                Qt::AlignLeft | Qt::AlignVCenter);
            ++pagesPainted;
        }
    }
    painter.end();
    return pagesPainted;
}

Result<int> FormPrinter::writePdf(
    const QString &path, const QList<const FormRecord *> &forms, const Options &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::Kind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    Core::restrictToOwner(file); // a filled form is a client's personal data
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Casebook"));
        if (!forms.isEmpty())
            writer.setTitle(forms.first()->definition().title.zh);
        auto r = paint(writer, forms, options);
        if (!r) {
            file.cancelWriting();
            return r;
        }
        pages = *r;
    }
    if (!file.commit())
        return fail(Error::Kind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return pages;
}

} // namespace Casebook::Forms
