#include "app/sectionshortcuts.h"

namespace formulary::sectionshortcuts {

const QList<KindShortcut> &all()
{
    static const QList<KindShortcut> shortcuts = {
        {SectionKind::Usage, QKeySequence(Qt::ALT | Qt::Key_U)},
        {SectionKind::Dosage, QKeySequence(Qt::ALT | Qt::Key_D)},
        {SectionKind::SideEffects, QKeySequence(Qt::ALT | Qt::Key_S)},
        {SectionKind::HowItWorks, QKeySequence(Qt::ALT | Qt::Key_W)},
        {SectionKind::Precautions, QKeySequence(Qt::ALT | Qt::Key_P)},
        {SectionKind::Faqs, QKeySequence(Qt::ALT | Qt::Key_Q)},
    };
    return shortcuts;
}

QKeySequence forKind(SectionKind kind)
{
    for (const KindShortcut &shortcut : all()) {
        if (shortcut.kind == kind)
            return shortcut.keys;
    }
    return {};
}

} // namespace formulary::sectionshortcuts
