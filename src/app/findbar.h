#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class FindBar;
}

namespace formulary {

// The find-in-page strip under the section text: a field, previous and next,
// and how many matches there are. The monograph view does the finding.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);
    ~FindBar() override;

    QString text() const;
    // Shows the bar with the field focused and its text selected.
    void activate();
    void setStatus(const QString &status, bool notFound);

signals:
    void textChanged(const QString &text);
    void findNext();
    void findPrevious();
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void close();

    std::unique_ptr<Ui::FindBar> m_ui;
};

} // namespace formulary
