#pragma once

#include <QString>

class QLabel;
class QLineEdit;
class QWidget;

namespace dyad {

// The small red line under a form field that says what is wrong with it. It is hidden
// while there is nothing to say, so a valid form takes no extra room.
QLabel *createErrorLabel(const QString &objectName, QWidget *parent);
void showError(QLabel *label, const QString &message);

// The field with its error label underneath, as one widget for a form row.
QWidget *fieldWithError(QWidget *field, QLabel *errorLabel, QWidget *parent);

// A read-only field (an id that cannot change) drawn on the window's colour, not as an input.
void showAsReadOnly(QLineEdit *edit);

// A grey note beside or under a field ("12 Sep 2017", "ISO 3166-1 alpha-3 for states").
QLabel *createHintLabel(const QString &objectName, QWidget *parent);

} // namespace dyad
