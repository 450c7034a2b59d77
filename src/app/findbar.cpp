#include "app/findbar.h"

#include "app/clearbuttonnames.h"

#include "ui_findbar.h"

#include <QKeyEvent>

namespace formulary {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FindBar>())
{
    m_ui->setupUi(this);
    nameClearButtons(this);
    m_ui->findField->installEventFilter(this);
    connect(m_ui->findField, &QLineEdit::textChanged, this, &FindBar::textChanged);
    connect(m_ui->nextButton, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_ui->previousButton, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_ui->closeButton, &QToolButton::clicked, this, &FindBar::close);
}

FindBar::~FindBar() = default;

QString FindBar::text() const
{
    return m_ui->findField->text();
}

void FindBar::activate()
{
    show();
    m_ui->findField->setFocus(Qt::ShortcutFocusReason);
    m_ui->findField->selectAll();
}

void FindBar::setStatus(const QString &status, bool notFound)
{
    m_ui->statusLabel->setText(status);
    // A translucent tint over the field's own base stays legible in a dark
    // palette; an empty palette hands the field back to the system's.
    QPalette palette;
    if (notFound)
        palette.setColor(QPalette::Base, QColor::fromRgbF(0.9f, 0.3f, 0.3f, 0.25f));
    m_ui->findField->setPalette(palette);
}

void FindBar::close()
{
    hide();
    emit closed();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->findField && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                emit findPrevious();
            else
                emit findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace formulary
