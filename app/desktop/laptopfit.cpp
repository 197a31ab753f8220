// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/laptopfit.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QEvent>
#include <QMainWindow>
#include <QScreen>
#include <QWidget>

namespace Casebook::App {

namespace {

// The combo or spin box a widget is, or is part of (the line edit inside a spin box).
QWidget *chooser(QObject *object)
{
    for (auto *w = qobject_cast<QWidget *>(object); w; w = w->parentWidget()) {
        if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w))
            return w;
        if (w->isWindow())
            break;
    }
    return nullptr;
}

constexpr int FrameAllowance = 40; // a title bar and borders the screen's area does not show yet

} // namespace

void LaptopFit::install()
{
    if (!qApp || qApp->property("casebookLaptopFit").toBool())
        return;
    qApp->setProperty("casebookLaptopFit", true);
    qApp->installEventFilter(new LaptopFit(qApp));
}

namespace {

// Moves (and if it must, shrinks) a window so that it lies inside its screen's available area.
void keepOnScreen(QWidget *window)
{
    QScreen *screen = window->screen();
    if (!screen || window->isMaximized() || window->isFullScreen())
        return;
    const QRect area = screen->availableGeometry();
    const QRect frame = window->frameGeometry();
    const QSize margins = frame.size() - window->size();
    const QSize room = area.size() - margins;
    if (window->width() > room.width() || window->height() > room.height())
        window->resize(window->size().boundedTo(room));
    QRect moved(frame.topLeft(), window->size() + margins);
    moved.moveLeft(std::clamp(moved.left(), area.left(), area.right() + 1 - moved.width()));
    moved.moveTop(std::clamp(moved.top(), area.top(), area.bottom() + 1 - moved.height()));
    if (moved.topLeft() != frame.topLeft())
        window->move(moved.topLeft());
}

} // namespace

void LaptopFit::resize(QWidget *window, QSize preferred)
{
    QScreen *screen = window->screen();
    if (window->parentWidget() && window->parentWidget()->window()->screen())
        screen = window->parentWidget()->window()->screen();
    if (!screen) {
        window->resize(preferred);
        return;
    }
    const QRect area = screen->availableGeometry();
    const QSize room(area.width() - FrameAllowance / 2, area.height() - FrameAllowance);
    const QSize size = preferred.boundedTo(room).expandedTo(window->minimumSize());
    window->resize(size);
    QRect frame(QPoint(), size);
    const QWidget *parent = window->parentWidget() ? window->parentWidget()->window() : nullptr;
    frame.moveCenter(parent && parent->isVisible() ? parent->geometry().center() : area.center());
    // Kept inside the screen, the title bar above its top edge never.
    frame.moveLeft(std::clamp(frame.left(), area.left(), area.right() - size.width()));
    frame.moveTop(
        std::clamp(frame.top(), area.top() + FrameAllowance / 2, area.bottom() - size.height()));
    window->move(frame.topLeft());
}

bool LaptopFit::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Polish:
        // The wheel must not give a chooser the focus (Qt::WheelFocus would, before the rule
        // below).
        if (auto *w = chooser(watched); w == watched && w->focusPolicy() == Qt::WheelFocus)
            w->setFocusPolicy(Qt::StrongFocus);
        break;
    case QEvent::Show:
        // A window that grew after it was placed (a table filled in) is moved back on screen.
        // (Dialogs and main windows only: menus, pop-ups and tips place themselves.)
        if (auto *w = qobject_cast<QWidget *>(watched);
            w && w->isWindow() && (qobject_cast<QDialog *>(w) || qobject_cast<QMainWindow *>(w)))
            keepOnScreen(w);
        break;
    case QEvent::Wheel:
        if (QWidget *w = chooser(watched); w && !w->hasFocus()) {
            // Not for this box: ignored, so the wheel goes on to the scroll area around it.
            event->ignore();
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Casebook::App
