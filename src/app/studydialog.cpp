#include "app/studydialog.h"

#include "app/announcement.h"
#include "app/appstyle.h"
#include "store/storageerror.h"

#include "ui_studydialog.h"

#include <QLocale>
#include <QPushButton>
#include <QRandomGenerator>
#include <QShortcut>

namespace formulary {
namespace {

constexpr int kDrillLength = 10;

QFont scaled(QFont font, qreal factor, QFont::Weight weight = QFont::Normal)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setWeight(weight);
    return font;
}

void setTextColor(QLabel *label, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

} // namespace

StudyDialog::StudyDialog(StudySchedule &schedule, const QList<Bookmark> &bookmarks, const ContentDatabase *content,
                         QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StudyDialog>())
    , m_schedule(schedule)
    , m_bookmarks(bookmarks)
    , m_content(content)
    , m_session(schedule, bookmarks, QDateTime::currentDateTimeUtc())
{
    m_ui->setupUi(this);
    for (const Bookmark &bookmark : bookmarks) {
        if (!m_drugSlugs.contains(bookmark.drugSlug))
            m_drugSlugs.append(bookmark.drugSlug);
    }
    for (QLabel *label : {m_ui->cardProgress, m_ui->cardDrug, m_ui->drillProgress})
        label->setForegroundRole(QPalette::PlaceholderText);
    m_ui->cardQuestion->setFont(scaled(font(), 1.35, QFont::DemiBold));
    m_ui->drillQuestion->setFont(scaled(font(), 1.35, QFont::DemiBold));
    m_ui->cardAnswer->setFont(scaled(font(), 1.1));
    m_ui->drillFeedback->setFont(scaled(font(), 1.05, QFont::DemiBold));
    m_ui->cardAnswerArea->viewport()->setAutoFillBackground(false);
    m_ui->cardAnswer->setAutoFillBackground(false);

    connect(m_ui->showAnswerButton, &QPushButton::clicked, this, &StudyDialog::revealAnswer);
    connect(m_ui->knewButton, &QPushButton::clicked, this, [this] { answerCard(true); });
    connect(m_ui->missedButton, &QPushButton::clicked, this, [this] { answerCard(false); });
    connect(m_ui->nextButton, &QPushButton::clicked, this, &StudyDialog::nextDrillQuestion);
    connect(m_ui->pages, &QTabWidget::currentChanged, this, [this] {
        if (currentPage() == Page::Drill && !m_drillStarted)
            startDrill();
    });

    // The keys work wherever focus is in the dialog.
    const auto shortcut = [this](const QKeySequence &key, auto slot) {
        auto *s = new QShortcut(key, this);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_Space), [this] { onSpace(); });
    shortcut(QKeySequence(Qt::Key_Right), [this] { onArrow(true); });
    shortcut(QKeySequence(Qt::Key_Left), [this] { onArrow(false); });
    shortcut(QKeySequence(Qt::Key_Return), [this] { onSpace(); });
    shortcut(QKeySequence(Qt::Key_Enter), [this] { onSpace(); });
    for (int number = 1; number <= 9; ++number) {
        shortcut(QKeySequence(Qt::Key(Qt::Key_0 + number)), [this, number] {
            if (currentPage() == Page::Drill)
                choose(number - 1);
        });
    }
    showCard();
}

StudyDialog::~StudyDialog() = default;

void StudyDialog::showPage(Page page)
{
    m_ui->pages->setCurrentWidget(page == Page::Cards ? m_ui->cardsPage : m_ui->drillPage);
}

StudyDialog::Page StudyDialog::currentPage() const
{
    return m_ui->pages->currentWidget() == m_ui->drillPage ? Page::Drill : Page::Cards;
}

QLabel *StudyDialog::answerLabel() const
{
    return m_ui->cardAnswer;
}

QLabel *StudyDialog::feedbackLabel() const
{
    return m_ui->drillFeedback;
}

void StudyDialog::showCard()
{
    const bool finished = m_session.isFinished();
    m_ui->cardRule->setVisible(!finished);
    m_ui->knewButton->setVisible(!finished);
    m_ui->missedButton->setVisible(!finished);
    m_ui->showAnswerButton->setVisible(!finished);
    if (finished) {
        m_ui->cardDrug->clear();
        m_ui->cardProgress->clear();
        QString summary;
        if (m_bookmarks.isEmpty()) {
            m_ui->cardQuestion->setText(tr("Nothing to study yet"));
            summary = tr(
                "Bookmark questions in a drug's FAQs (click the star or press Ctrl+D); they become cards here.");
        } else {
            m_ui->cardQuestion->setText(m_session.reviewed() > 0 ? tr("Done for now") : tr("No cards are due"));
            if (m_session.reviewed() > 0)
                summary =
                    tr("Cards gone through: %1; known at once: %2.").arg(m_session.reviewed()).arg(m_session.known())
                    + QLatin1Char(' ');
            const QDateTime next = m_session.nextDue(QDateTime::currentDateTimeUtc());
            if (next.isValid())
                summary +=
                    tr("The next card is due %1.").arg(QLocale().toString(next.toLocalTime(), QLocale::ShortFormat));
        }
        m_ui->cardAnswer->setText(summary);
        m_ui->cardAnswer->show();
        return;
    }
    const StudySchedule::Card &card = m_session.current();
    m_ui->cardProgress->setText(
        tr("Cards left: %1 · box %2 of %3").arg(m_session.remaining()).arg(card.box).arg(StudySchedule::BoxCount));
    QString drug = card.bookmark.drugTitle;
    if (card.bookmark.missing)
        drug += QStringLiteral(" · ") + tr("no longer on the drug's page");
    m_ui->cardDrug->setText(drug);
    m_ui->cardQuestion->setText(card.bookmark.question);
    QString answer = card.bookmark.answer;
    if (!card.bookmark.note.isEmpty())
        answer += QStringLiteral("\n\n") + tr("Your note: %1").arg(card.bookmark.note);
    m_ui->cardAnswer->setText(answer);
    m_ui->cardAnswer->setVisible(m_session.isAnswerShown());
    m_ui->showAnswerButton->setEnabled(!m_session.isAnswerShown());
    m_ui->knewButton->setEnabled(m_session.isAnswerShown());
    m_ui->missedButton->setEnabled(m_session.isAnswerShown());
}

void StudyDialog::revealAnswer()
{
    m_session.showAnswer();
    showCard();
    // Heard where the focus is, on the Knew It / Didn't Know buttons.
    if (m_session.isAnswerShown())
        announce(m_ui->cardAnswer, tr("Answer: %1").arg(m_ui->cardAnswer->text()));
}

void StudyDialog::answerCard(bool knewIt)
{
    try {
        if (!m_session.answer(knewIt, QDateTime::currentDateTimeUtc()))
            return;
    } catch (const StorageError &e) {
        // Most likely the bookmark was removed while it was being studied.
        m_session.skip();
        showCard();
        m_ui->cardProgress->setText(tr("The last card could not be saved and was skipped: %1").arg(e.text()));
        return;
    }
    showCard();
}

void StudyDialog::startDrill()
{
    m_drillStarted = true;
    QList<DrillQuestion> questions;
    if (m_content) {
        try {
            questions = makeSideEffectDrill(*m_content, m_drugSlugs, kDrillLength,
                                            QRandomGenerator::global()->generate());
        } catch (const StorageError &) {
            questions.clear(); // shown as "No drill yet"; the window's status tells about the database
        }
    }
    m_drill = DrillSession(questions);
    showDrillQuestion();
}

void StudyDialog::showDrillQuestion()
{
    qDeleteAll(m_choices);
    m_choices.clear();
    m_ui->drillFeedback->clear();
    if (m_drill.questionCount() == 0) {
        m_ui->drillProgress->clear();
        m_ui->drillQuestion->setText(tr("No drill yet"));
        m_ui->drillFeedback->setText(tr("The drill asks which of your bookmarked drugs lists a side effect. Bookmark "
                                        "questions of at least two drugs whose pages list side effects."));
        setTextColor(m_ui->drillFeedback, palette().color(QPalette::WindowText));
        m_ui->nextButton->hide();
        return;
    }
    if (m_drill.isFinished()) {
        m_ui->drillProgress->clear();
        m_ui->drillQuestion->setText(tr("%1 of %2 right").arg(m_drill.score()).arg(m_drill.answered()));
        m_ui->nextButton->setText(tr("Start Again (Space)"));
        m_ui->nextButton->show();
        m_ui->nextButton->setEnabled(true);
        return;
    }
    const DrillQuestion &question = m_drill.current();
    m_ui->drillProgress->setText(tr("Question %1 of %2 · %3 right so far")
                                     .arg(m_drill.currentNumber())
                                     .arg(m_drill.questionCount())
                                     .arg(m_drill.score()));
    m_ui->drillQuestion->setText(tr("Which of these drugs lists “%1” as a side effect?").arg(question.term));
    for (int i = 0; i < question.drugs.size(); ++i) {
        auto *button = new QPushButton(
            QStringLiteral("&%1   %2")
                .arg(i + 1)
                .arg(QString(question.drugs.at(i)).replace(QLatin1Char('&'), QLatin1String("&&"))),
            m_ui->drillPage);
        button->setAutoDefault(false);
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 6px 10px;"));
        connect(button, &QPushButton::clicked, this, [this, i] { choose(i); });
        m_ui->choicesLayout->addWidget(button);
        m_choices.append(button);
    }
    m_ui->nextButton->setText(tr("Next (Space)"));
    m_ui->nextButton->show();
    m_ui->nextButton->setEnabled(false);
}

void StudyDialog::choose(int index)
{
    const std::optional<bool> right = m_drill.choose(index);
    if (!right)
        return;
    const DrillQuestion &question = m_drill.current();
    QStringList listing;
    for (int i : question.correct)
        listing.append(question.drugs.at(i));
    for (int i = 0; i < m_choices.size(); ++i) {
        QPushButton *button = m_choices.at(i);
        const bool correct = m_drill.isCorrect(i);
        if (correct || i == index)
            button->setText(QStringLiteral("%1   %2").arg(
                correct ? QStringLiteral("✓") : QStringLiteral("✗"),
                QString(question.drugs.at(i)).replace(QLatin1Char('&'), QLatin1String("&&"))));
        button->setEnabled(correct || i == index);
        button->setCheckable(true);
        button->setChecked(i == index);
    }
    const QString lists = QLocale().createSeparatedList(listing);
    if (*right) {
        m_ui->drillFeedback->setText(tr("Right. “%1” is listed by: %2.").arg(question.term, lists));
        setTextColor(m_ui->drillFeedback, appstyle::positive(palette()));
    } else {
        m_ui->drillFeedback->setText(
            tr("Not %1. “%2” is listed by: %3.").arg(question.drugs.at(index), question.term, lists));
        setTextColor(m_ui->drillFeedback, appstyle::negative(palette()));
    }
    m_ui->drillProgress->setText(tr("Question %1 of %2 · %3 right so far")
                                     .arg(m_drill.currentNumber())
                                     .arg(m_drill.questionCount())
                                     .arg(m_drill.score()));
    m_ui->nextButton->setEnabled(true);
}

void StudyDialog::nextDrillQuestion()
{
    if (m_drill.isFinished()) {
        startDrill();
        return;
    }
    if (!m_drill.chosen())
        return;
    m_drill.next();
    showDrillQuestion();
}

void StudyDialog::onSpace()
{
    if (currentPage() == Page::Drill) {
        nextDrillQuestion();
        return;
    }
    if (!m_session.isFinished() && !m_session.isAnswerShown())
        revealAnswer();
}

void StudyDialog::onArrow(bool right)
{
    if (currentPage() == Page::Drill) {
        if (right)
            nextDrillQuestion();
        return;
    }
    if (m_session.isAnswerShown())
        answerCard(right);
}

} // namespace formulary
