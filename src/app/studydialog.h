#pragma once

#include "study/drillsession.h"
#include "study/studysession.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;

namespace Ui {
class StudyDialog;
}

namespace formulary {

class ContentDatabase;

// Study mode. Cards: the bookmarked FAQs that are due, question first, the
// answer on Space, then Right for "knew it" and Left for "didn't", scheduled
// in Leitner boxes. Drill: which of the bookmarked drugs lists a side
// effect, answered with the number keys.
class StudyDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Cards, Drill };

    // `schedule` must outlive the dialog; `content` is read only here.
    StudyDialog(StudySchedule &schedule, const QList<Bookmark> &bookmarks, const ContentDatabase *content,
                QWidget *parent = nullptr);
    ~StudyDialog() override;

    void showPage(Page page);
    // The content the drill is made from (not owned; null while there is none).
    void setContentDatabase(const ContentDatabase *content) { m_content = content; }
    Page currentPage() const;

    const StudySession &session() const { return m_session; }
    const DrillSession &drill() const { return m_drill; }
    QLabel *answerLabel() const;
    QLabel *feedbackLabel() const;
    QList<QPushButton *> choiceButtons() const { return m_choices; }

private:
    void showCard();
    void revealAnswer();
    void answerCard(bool knewIt);
    void startDrill();
    void showDrillQuestion();
    void choose(int index);
    void nextDrillQuestion();
    void onSpace();
    void onArrow(bool right);

    std::unique_ptr<Ui::StudyDialog> m_ui;
    StudySchedule &m_schedule;
    QList<Bookmark> m_bookmarks;
    QStringList m_drugSlugs;
    const ContentDatabase *m_content;
    StudySession m_session;
    DrillSession m_drill;
    QList<QPushButton *> m_choices;
    bool m_drillStarted = false;
};

} // namespace formulary
