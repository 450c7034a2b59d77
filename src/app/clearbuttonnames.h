#pragma once

class QWidget;

namespace formulary {

// A line edit's clear button is an icon without text, which a screen reader
// reads as an unnamed button: each one under `root` is named after its
// field ("Clear Search"). Call once the fields exist (after setupUi).
void nameClearButtons(QWidget *root);

} // namespace formulary
