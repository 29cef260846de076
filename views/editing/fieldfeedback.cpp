#include "fieldfeedback.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace dyad {

namespace {

QColor errorColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    return dark ? QColor(0xff, 0x80, 0x80) : QColor(0xc0, 0x1c, 0x1c);
}

} // namespace

QLabel *createErrorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, errorColor(palette));
    label->setPalette(palette);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &message)
{
    if (label->text() != message)
        label->setText(message);
    label->setVisible(!message.isEmpty());
}

QWidget *fieldWithError(QWidget *field, QLabel *errorLabel, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(errorLabel);
    box->setFocusProxy(field);  // so a form label's shortcut reaches the field
    return box;
}

void showAsReadOnly(QLineEdit *edit)
{
    QPalette palette = edit->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    edit->setPalette(palette);
}

QLabel *createHintLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace dyad
