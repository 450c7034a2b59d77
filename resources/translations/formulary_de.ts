<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BookmarkCommands</name>
    <message>
        <location filename="../../src/app/bookmarkcommands.cpp" line="+27"/>
        <source>Bookmark “%1”</source>
        <translation>Lesezeichen für „%1“</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Remove Bookmark “%1”</source>
        <translation>Lesezeichen für „%1“ entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Bookmarks (%1)</source>
        <translation>Lesezeichen entfernen (%1)</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <location filename="../../ui/bookmarkspanel.ui" line="+29"/>
        <location line="+3"/>
        <source>Filter bookmarks</source>
        <translation>Lesezeichen filtern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Arrangement</source>
        <translation>Anordnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By drug</source>
        <translation>Nach Arzneimittel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By date added</source>
        <translation>Nach Aufnahmedatum</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bookmarked questions</source>
        <translation>Fragen mit Lesezeichen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note of your own</source>
        <translation>Eine eigene Notiz</translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <location filename="../../src/app/clearbuttonnames.cpp" line="+21"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear “%1”</source>
        <translation>„%1“ leeren</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/comparedialog.ui" line="+23"/>
        <source>Drugs compared</source>
        <translation>Verglichene Arzneimittel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print comparison</source>
        <translation>Vergleich drucken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export P&amp;DF…</source>
        <translation>Als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export comparison to PDF</source>
        <translation>Vergleich als PDF exportieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close comparison</source>
        <translation>Vergleich schließen</translation>
    </message>
</context>
<context>
    <name>ContentDatabase</name>
    <message>
        <location filename="../../src/store/contentdatabase.cpp" line="+263"/>
        <source>schema version %1, expected %2; import the pages again</source>
        <translation>Schemaversion %1, erwartet %2; importieren Sie die Seiten erneut</translation>
    </message>
</context>
<context>
    <name>FaqExtractor</name>
    <message>
        <location filename="../../src/parse/faqextractor.cpp" line="+213"/>
        <source>text before the first question of the FAQs; kept as written</source>
        <translation>Text vor der ersten Frage der FAQ; unverändert übernommen</translation>
    </message>
</context>
<context>
    <name>FaqMarkup</name>
    <message>
        <location filename="../../src/render/faqmarkup.cpp" line="+65"/>
        <source>Remove the bookmark (Ctrl+D)</source>
        <translation>Lesezeichen entfernen (Strg+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmark this question (Ctrl+D)</source>
        <translation>Lesezeichen für diese Frage setzen (Strg+D)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ui/findbar.ui" line="+6"/>
        <source>Find in section</source>
        <translation>Im Abschnitt suchen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Text to find</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find in this monograph</source>
        <translation>In dieser Monographie suchen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
</context>
<context>
    <name>FrontMatter</name>
    <message>
        <location filename="../../src/parse/frontmatter.cpp" line="+170"/>
        <source>front matter opened here is never closed with &apos;---&apos;; the file is read as Markdown</source>
        <translation>der hier begonnene Front-Matter-Block wird nie mit &apos;---&apos; geschlossen; die Datei wird als Markdown gelesen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>front matter line not understood; kept as written</source>
        <translation>Front-Matter-Zeile nicht verstanden; unverändert übernommen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&apos;%1&apos; is given again; the first value is used, this one kept</source>
        <translation>„%1“ ist erneut angegeben; der erste Wert gilt, dieser bleibt erhalten</translation>
    </message>
</context>
<context>
    <name>ImportQuestion</name>
    <message>
        <location filename="../../src/app/importquestion.cpp" line="+24"/>
        <source>The library as it is now is kept: File → Restore Previous Library brings it back.</source>
        <translation>Die Bibliothek, wie sie jetzt ist, wird aufbewahrt: Datei → Frühere Bibliothek wiederherstellen holt sie zurück.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot Import the Folder</source>
        <translation>Ordner kann nicht importiert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1.

Nothing was changed.</source>
        <translation>%1.

Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a Source?</source>
        <translation>Quelle hinzufügen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add %1 to the library? %2 pages are read from it. The %3 drugs already in the library stay as they are.

File → Sources… lists the folders of the library and removes one. %4</source>
        <translation>%1 zur Bibliothek hinzufügen? Daraus werden %2 Seiten gelesen. Die %3 Arzneimittel, die schon in der Bibliothek sind, bleiben, wie sie sind.

Datei → Quellen… listet die Ordner der Bibliothek auf und entfernt einen. %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add to Library</source>
        <translation>Zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take Drugs Away?</source>
        <translation>Arzneimittel entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing %1 again takes away %2 of the %3 drugs imported from it: their pages are no longer in the folder. %4 pages are read from it; the drugs of other folders stay.

%5</source>
        <translation>Ein erneuter Import von %1 entfernt %2 der %3 daraus importierten Arzneimittel: ihre Seiten liegen nicht mehr im Ordner. Daraus werden %4 Seiten gelesen; die Arzneimittel anderer Ordner bleiben.

%5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import and Take Away</source>
        <translation>Importieren und entfernen</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../src/import/importreport.cpp" line="+89"/>
        <source>Import failed: %1
The previous database was left as it was.</source>
        <translation>Import fehlgeschlagen: %1
Die bisherige Datenbank bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import cancelled; the previous database was left as it was.</source>
        <translation>Import abgebrochen; die bisherige Datenbank bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files: %2 imported, %3 with warnings, %4 unchanged, %5 skipped.</source>
        <translation>%1 Dateien: %2 importiert, %3 mit Warnungen, %4 unverändert, %5 übersprungen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>skipped %1: %2</source>
        <translation>übersprungen %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Side effects: %1 listed; %2 kept as notes or sentences, not indexed.
By frequency: %3.
With a percentage band: %4; a body system: %5; an ingredient: %6.
%7 terms; %8 variants folded as the pages pair them, %9 by the reviewed table.</source>
        <translation>Nebenwirkungen: %1 aufgeführt; %2 als Hinweise oder Sätze behalten, nicht indiziert.
Nach Häufigkeit: %3.
Mit Prozentbereich: %4; mit Organsystem: %5; mit Wirkstoff: %6.
%7 Begriffe; %8 Varianten zusammengeführt, wie die Seiten sie paaren, %9 durch die geprüfte Tabelle.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../ui/importreportdialog.ui" line="+14"/>
        <source>Import Report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import summary</source>
        <translation>Zusammenfassung des Imports</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show only pages with &amp;warnings or skipped</source>
        <translation>Nur Seiten mit &amp;Warnungen oder übersprungene Seiten anzeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome of each file</source>
        <translation>Ergebnis je Datei</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../../src/import/pagejob.cpp" line="+39"/>
        <source>file is larger than %1 MiB</source>
        <translation>Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>cannot read the file: %1</source>
        <translation>Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>a link to %1, which does not exist</source>
        <translation>eine Verknüpfung auf %1, das es nicht gibt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <location filename="../../src/import/titlewarnings.cpp" line="+33"/>
        <source>same title &quot;%1&quot; as %2; both are kept (this one as &quot;%3&quot;, the other as &quot;%4&quot;)</source>
        <translation>gleicher Titel „%1“ wie %2; beide bleiben erhalten (diese Seite als „%3“, die andere als „%4“)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>same title &quot;%1&quot; as %2 other pages (%3 and %4 more); all are kept, this one as &quot;%5&quot;</source>
        <translation>gleicher Titel „%1“ wie %2 andere Seiten (%3 und %4 weitere); alle bleiben erhalten, diese Seite als „%5“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same title &quot;%1&quot; as %2 other pages (%3); all are kept, this one as &quot;%4&quot;</source>
        <translation>gleicher Titel „%1“ wie %2 andere Seiten (%3); alle bleiben erhalten, diese Seite als „%4“</translation>
    </message>
    <message>
        <location filename="../../src/import/importer.cpp" line="+33"/>
        <source>%1: not a readable folder</source>
        <translation>%1: kein lesbarer Ordner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Formulary content database</source>
        <translation>%1 ist keine Inhaltsdatenbank von Formulary</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot create the folder for the database</source>
        <translation>%1: der Ordner für die Datenbank kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 is inside %2, a source of the library already; import %2 again to refresh it</source>
        <translation>%1 liegt in %2, das schon eine Quelle der Bibliothek ist; importieren Sie %2 erneut, um es aufzufrischen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds %2, a source of the library already; remove that source first (File → Sources…, or formulary sources remove)</source>
        <translation>%1 enthält %2, das schon eine Quelle der Bibliothek ist; entfernen Sie zuerst diese Quelle (Datei → Quellen… oder formulary sources remove)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1: the new database holds %2 drugs where %3 were imported; the previous database is kept</source>
        <translation>%1: Die neue Datenbank enthält %2 Arzneimittel, importiert wurden aber %3; die bisherige Datenbank bleibt erhalten</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the folder is gone; its drugs are kept until the source is removed</source>
        <translation>der Ordner ist nicht mehr da; seine Arzneimittel bleiben erhalten, bis die Quelle entfernt wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder cannot be read; its drugs are kept until the source is removed</source>
        <translation>der Ordner kann nicht gelesen werden; seine Arzneimittel bleiben erhalten, bis die Quelle entfernt wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>installed with the program</source>
        <translation>mit dem Programm installiert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: another import into this database is running</source>
        <translation>%1: in diese Datenbank läuft bereits ein anderer Import</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1: not a source of the library %2</source>
        <translation>%1: keine Quelle der Bibliothek %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+37"/>
        <source>%1: an import into this database is running</source>
        <translation>%1: ein Import in diese Datenbank läuft</translation>
    </message>
    <message>
        <location filename="../../src/import/importpipeline.cpp" line="+101"/>
        <source>the previously imported version of this page is kept</source>
        <translation>die zuvor importierte Fassung dieser Seite bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../../src/import/importer.cpp" line="-221"/>
        <source>cannot read this folder; the pages imported from it before are kept as they were</source>
        <translation>Ordner kann nicht gelesen werden; die zuvor daraus importierten Seiten bleiben unverändert erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read this folder; no page in it was imported</source>
        <translation>Ordner kann nicht gelesen werden; es wurde keine Seite daraus importiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file&apos;s name is not valid UTF-8; rename the file to import it</source>
        <translation>der Dateiname ist kein gültiges UTF-8; benennen Sie die Datei um, um sie zu importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder&apos;s name is not valid UTF-8; rename it to import the pages in it</source>
        <translation>der Ordnername ist kein gültiges UTF-8; benennen Sie den Ordner um, um die Seiten darin zu importieren</translation>
    </message>
    <message>
        <location filename="../../src/import/databaseswap.cpp" line="+32"/>
        <location line="+13"/>
        <source>%1: cannot copy the previous database: %2</source>
        <translation>%1: Die bisherige Datenbank kann nicht kopiert werden: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: cannot keep the previous database</source>
        <translation>%1: die bisherige Datenbank kann nicht aufbewahrt werden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: cannot replace the database</source>
        <translation>%1: die Datenbank kann nicht ersetzt werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: there is no previous database to restore</source>
        <translation>%1: es gibt keine frühere Datenbank zum Wiederherstellen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: cannot restore the previous database</source>
        <translation>%1: die frühere Datenbank kann nicht wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.ui" line="+71"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+102"/>
        <source>&amp;Import Folder…</source>
        <translation>Ordner &amp;importieren…</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Recent Drugs</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Sources…</source>
        <translation>&amp;Quellen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folders the library holds pages of: add, refresh or remove one</source>
        <translation>Die Ordner, aus denen die Bibliothek Seiten enthält: einen hinzufügen, auffrischen oder entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restore Previous Library</source>
        <translation>Frühere Bibliothek &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring back the library as it was before the last import or source removal; restoring again undoes it</source>
        <translation>Holt die Bibliothek zurück, wie sie vor dem letzten Import oder dem Entfernen einer Quelle war; ein erneutes Wiederherstellen macht es rückgängig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See the whole monograph as it prints, and print it from there</source>
        <translation>Die ganze Monographie so sehen, wie sie gedruckt wird, und von dort drucken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print Section…</source>
        <translation>Abschnitt &amp;drucken…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print &amp;Monograph…</source>
        <translation>&amp;Monographie drucken…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export Section to PDF…</source>
        <translation>Abschnitt als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Mono&amp;graph to PDF…</source>
        <translation>Monographie als PDF expor&amp;tieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find in Monograph…</source>
        <translation>In Monographie &amp;suchen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find Pre&amp;vious</source>
        <translation>R&amp;ückwärts suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Search Drugs</source>
        <translation>Arznei&amp;mittel suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Compare Selected Drugs…</source>
        <translation>Ausgewählte Arzneimittel &amp;vergleichen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare 2 to 4 drugs selected in the search results (Ctrl+click or Shift+Down chooses several)</source>
        <translation>Vergleicht 2 bis 4 in den Suchergebnissen ausgewählte Arzneimittel (Strg+Klick oder Umschalt+Pfeil nach unten wählt mehrere)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Next Section</source>
        <translation>&amp;Nächster Abschnitt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Previous Section</source>
        <translation>Vor&amp;heriger Abschnitt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Search Tips</source>
        <translation>&amp;Suchtipps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to search: names, a drug with a topic, side effects, and the filters that limit a search to one kind of section</source>
        <translation>Wie man sucht: Namen, ein Arzneimittel mit einem Thema, Nebenwirkungen und die Filter, die eine Suche auf eine Art von Abschnitt beschränken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Formulary</source>
        <translation>&amp;Über Formulary</translation>
    </message>
</context>
<context>
    <name>MonographPage</name>
    <message>
        <location filename="../../src/render/monographpage.cpp" line="+64"/>
        <source>%1 More Sections</source>
        <translation>%1 weitere Abschnitte</translation>
    </message>
</context>
<context>
    <name>MonographView</name>
    <message>
        <location filename="../../ui/monographview.ui" line="+45"/>
        <source>Drug name</source>
        <translation>Name des Arzneimittels</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Generic name</source>
        <translation>Wirkstoff</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Source file and import date</source>
        <translation>Quelldatei und Importdatum</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Quick facts</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the page says on pregnancy, breastfeeding, contraindications and interactions, each linked to its section</source>
        <translation>Was die Seite zu Schwangerschaft, Stillzeit, Gegenanzeigen und Wechselwirkungen sagt, jeweils mit ihrem Abschnitt verknüpft</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Ingredient:</source>
        <translation>&amp;Inhaltsstoff:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ingredient</source>
        <translation>Inhaltsstoff</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ingredient whose sections the tabs show (Alt+I)</source>
        <translation>Der Inhaltsstoff, dessen Abschnitte die Reiter zeigen (Alt+I)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Section text</source>
        <translation>Abschnittstext</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Disclaimer</source>
        <translation>Haftungsausschluss</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show the whole disclaimer</source>
        <translation>Den ganzen Haftungsausschluss zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the whole disclaimer, or only its first line</source>
        <translation>Den ganzen Haftungsausschluss zeigen oder nur seine erste Zeile</translation>
    </message>
</context>
<context>
    <name>PageParser</name>
    <message>
        <location filename="../../src/parse/pageparser.cpp" line="+230"/>
        <source>raw HTML is shown as text, not interpreted</source>
        <translation>HTML-Code wird als Text angezeigt, nicht interpretiert</translation>
    </message>
    <message>
        <location line="+288"/>
        <source>the heading &apos;%1&apos; differs from the front matter&apos;s title &apos;%2&apos;; kept in the introduction</source>
        <translation>die Überschrift „%1“ weicht vom Titel „%2“ im Front Matter ab; sie bleibt in der Einleitung erhalten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>text before the first section is kept as the introduction</source>
        <translation>Text vor dem ersten Abschnitt wird als Einleitung übernommen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no &apos;# Title&apos; heading; the title comes from the front matter or the file name</source>
        <translation>keine Titelüberschrift (&apos;# Titel&apos;); der Titel stammt aus dem Front Matter oder dem Dateinamen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; is not a standard section; kept under its own heading</source>
        <translation>„%1“ ist kein Standardabschnitt; unter eigener Überschrift übernommen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no questions recognised in this FAQs section; kept as text</source>
        <translation>in diesem FAQ-Abschnitt wurden keine Fragen erkannt; als Text übernommen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>file is larger than %1 MiB</source>
        <translation>Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file is UTF-16; save it as UTF-8</source>
        <translation>Datei ist in UTF-16 gespeichert; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>file is empty</source>
        <translation>Datei ist leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file contains a NUL byte; it is not a text page</source>
        <translation>Datei enthält ein NUL-Byte; sie ist keine Textseite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file is not valid UTF-8 (first bad byte on this line); save it as UTF-8</source>
        <translation>Datei ist kein gültiges UTF-8 (erstes ungültiges Byte in dieser Zeile); speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a paragraph of so many links among emphasis and code marks (up to this line) that reading it would take minutes</source>
        <translation>ein Absatz mit so vielen Links zwischen Hervorhebungs- und Codezeichen (bis zu dieser Zeile), dass ihn zu lesen Minuten dauern würde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a table row of more than %1 cells; the tables of its section are shown as the text they are written with</source>
        <translation>eine Tabellenzeile mit mehr als %1 Zellen; die Tabellen ihres Abschnitts werden als Text gezeigt, so wie sie geschrieben sind</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no recognisable section (Usage, Dosage, Side Effects, …); the page begins: &quot;%1…&quot;</source>
        <translation>kein erkennbarer Abschnitt (Usage, Dosage, Side Effects, …); die Seite beginnt mit: „%1…“</translation>
    </message>
</context>
<context>
    <name>QuickFacts</name>
    <message>
        <location filename="../../src/render/quickfacts.cpp" line="+194"/>
        <source>Pregnancy</source>
        <translation>Schwangerschaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breastfeeding</source>
        <translation>Stillzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contraindications</source>
        <translation>Gegenanzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions</source>
        <translation>Wechselwirkungen</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/searchpanel.ui" line="+43"/>
        <source>Search drugs</source>
        <translation>Arzneimittel suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a drug name or words from its monograph; Up and Down choose a result, Enter opens it</source>
        <translation>Geben Sie den Namen eines Arzneimittels oder Wörter aus seiner Monographie ein; mit den Pfeiltasten nach oben und unten wählen Sie ein Ergebnis, die Eingabetaste öffnet es</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search drugs (Ctrl+K)</source>
        <translation>Arzneimittel suchen (Strg+K)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Number of results</source>
        <translation>Anzahl der Ergebnisse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <location filename="../../src/search/searchquery.cpp" line="+185"/>
        <source>Words in &quot;double quotes&quot; are found only side by side, in that order and as typed: &quot;hair loss&quot;.</source>
        <translation>Wörter in &quot;doppelten Anführungszeichen&quot; werden nur nebeneinander gefunden, in dieser Reihenfolge und wie getippt: &quot;hair loss&quot;.</translation>
    </message>
</context>
<context>
    <name>SectionKind</name>
    <message>
        <location filename="../../src/parse/sectionkind.cpp" line="+17"/>
        <source>Introduction</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generic Name</source>
        <translation>Wirkstoff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dosage</source>
        <translation>Dosierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side Effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it Works</source>
        <translation>Wirkungsweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precautions</source>
        <translation>Vorsichtsmaßnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAQs</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclaimer</source>
        <translation>Haftungsausschluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>SideEffectsByFrequency</name>
    <message>
        <location filename="../../src/render/sideeffectsbyfrequency.cpp" line="+13"/>
        <source>Common</source>
        <translation>Häufig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Less common</source>
        <translation>Gelegentlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rare</source>
        <translation>Selten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serious</source>
        <translation>Schwerwiegend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frequency not stated</source>
        <translation>Häufigkeit nicht angegeben</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>By frequency, as the labels on this page state it</source>
        <translation>Nach Häufigkeit, wie die Überschriften dieser Seite sie angeben</translation>
    </message>
</context>
<context>
    <name>SideEffectsDialog</name>
    <message>
        <location filename="../../ui/sideeffectsdialog.ui" line="+14"/>
        <source>Side Effects Across Drugs</source>
        <translation>Nebenwirkungen über alle Arzneimittel</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+6"/>
        <source>Filter side effects</source>
        <translation>Nebenwirkungen filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the side effects whose name or another name contains the words typed; Down moves to the list</source>
        <translation>Zeigt die Nebenwirkungen, deren Name oder anderer Name die eingegebenen Wörter enthält; Pfeil nach unten wechselt in die Liste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each side effect with how many drugs list it, as common and as serious; Enter lists its drugs</source>
        <translation>Jede Nebenwirkung mit der Zahl der Arzneimittel, die sie nennen, als häufig und als schwerwiegend; Eingabe listet ihre Arzneimittel auf</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;How often:</source>
        <translation>&amp;Wie häufig:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How often</source>
        <translation>Wie häufig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows only the drugs whose pages list the side effect as this frequency</source>
        <translation>Zeigt nur die Arzneimittel, deren Seiten die Nebenwirkung mit dieser Häufigkeit nennen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Co&amp;mpare Selected Drugs</source>
        <translation>Ausgewählte Arzneimittel ver&amp;gleichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens the 2 to 4 drugs selected in the list side by side; Ctrl+click or Shift+arrows select them</source>
        <translation>Öffnet die 2 bis 4 in der Liste ausgewählten Arzneimittel nebeneinander; Strg+Klick oder Umschalt+Pfeiltasten wählen sie aus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Drugs listing the side effect</source>
        <translation>Arzneimittel, die die Nebenwirkung nennen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each drug with how often its page says the side effect occurs and the item as written; Enter opens the drug on its Side Effects tab</source>
        <translation>Jedes Arzneimittel mit der Häufigkeit laut Seite und dem Eintrag, wie er geschrieben steht; Eingabe öffnet das Arzneimittel auf seinem Reiter Nebenwirkungen</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../ui/sourcesdialog.ui" line="+14"/>
        <source>Library Sources</source>
        <translation>Quellen der Bibliothek</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The library holds the pages of these folders. Importing a folder adds it or refreshes it; removing one takes its drugs out of the library, which File → Restore Previous Library brings back.</source>
        <translation>Die Bibliothek enthält die Seiten dieser Ordner. Ein Import fügt einen Ordner hinzu oder frischt ihn auf; das Entfernen nimmt seine Arzneimittel aus der Bibliothek, Datei → Frühere Bibliothek wiederherstellen holt sie zurück.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Source folders</source>
        <translation>Quellordner</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drugs</source>
        <translation>Arzneimittel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add Folder…</source>
        <translation>Ordner &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Auffrischen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the chosen folder again</source>
        <translation>Den gewählten Ordner erneut importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the chosen folder and its drugs out of the library</source>
        <translation>Den gewählten Ordner samt seinen Arzneimitteln aus der Bibliothek nehmen</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <location filename="../../src/store/internal/sqliteconnection.cpp" line="+24"/>
        <source>no such database</source>
        <translation>Datenbank nicht vorhanden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the Qt SQLite driver gave no handle</source>
        <translation>der SQLite-Treiber von Qt lieferte kein Handle</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>database schema version %1 is newer than this program&apos;s (%2); use a newer version of Formulary</source>
        <translation>Datenbankschema-Version %1 ist neuer als die dieses Programms (%2); verwenden Sie eine neuere Version von Formulary</translation>
    </message>
</context>
<context>
    <name>StudyDialog</name>
    <message>
        <location filename="../../ui/studydialog.ui" line="+14"/>
        <source>Study Bookmarked FAQs</source>
        <translation>Fragen mit Lesezeichen lernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Cards</source>
        <translation>&amp;Karteikarten</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>← Didn&apos;t Know</source>
        <translation>← Nicht gewusst</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show Answer (Space)</source>
        <translation>Antwort zeigen (Leertaste)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Knew It →</source>
        <translation>Gewusst →</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Side-Effect &amp;Drill</source>
        <translation>Nebenwirkungs-&amp;Quiz</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Drill question</source>
        <translation>Quizfrage</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Next (Space)</source>
        <translation>Weiter (Leertaste)</translation>
    </message>
</context>
<context>
    <name>SynonymTable</name>
    <message>
        <location filename="../../src/parse/synonymtable.cpp" line="+30"/>
        <source>cannot read this line: %1</source>
        <translation>diese Zeile ist nicht lesbar: %1</translation>
    </message>
</context>
<context>
    <name>UserDatabase</name>
    <message>
        <location filename="../../src/store/userdatabase.cpp" line="+78"/>
        <source>%1: cannot create its folder</source>
        <translation>%1: der Ordner dafür kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the file is read-only; bookmarks cannot be saved</source>
        <translation>die Datei ist schreibgeschützt; Lesezeichen können nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>bookmarkexport</name>
    <message>
        <location filename="../../src/study/bookmarkexport.cpp" line="+66"/>
        <source># Bookmarked FAQs</source>
        <translation># Fragen mit Lesezeichen</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>no &apos;%1&apos; column in the header</source>
        <translation>keine Spalte „%1“ in der Kopfzeile</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no drug or no question; record skipped</source>
        <translation>kein Arzneimittel oder keine Frage; Datensatz übersprungen</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../src/cli/bookmarkscommand.cpp" line="+36"/>
        <source>List, export or import bookmarked FAQs.

  formulary bookmarks list
  formulary bookmarks export markdown|csv|anki [FILE]
  formulary bookmarks import FILE.csv</source>
        <translation>Listet Fragen mit Lesezeichen auf, exportiert oder importiert sie.

  formulary bookmarks list
  formulary bookmarks export markdown|csv|anki [FILE]
  formulary bookmarks import FILE.csv</translation>
    </message>
    <message>
        <location filename="../../src/cli/commandparser.cpp" line="+22"/>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location filename="../../src/cli/bookmarkscommand.cpp" line="+4"/>
        <source>list, export or import.</source>
        <translation>list, export oder import.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user database (default: %1).</source>
        <translation>Die Benutzerdatenbank (Standard: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Content database to look the FAQs up in (default: your own import, else the shipped one).</source>
        <translation>Inhaltsdatenbank, in der die Fragen nachgeschlagen werden (Standard: Ihr eigener Import, sonst die mitgelieferte).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>formulary bookmarks: expected &apos;list&apos;, &apos;export FORMAT [FILE]&apos; or &apos;import FILE.csv&apos;; see &apos;formulary bookmarks --help&apos;</source>
        <translation>formulary bookmarks: erwartet wird &apos;list&apos;, &apos;export FORMAT [FILE]&apos; oder &apos;import FILE.csv&apos;; siehe &apos;formulary bookmarks --help&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>formulary bookmarks: unknown export format &apos;%1&apos;; one of: markdown, csv, anki</source>
        <translation>formulary bookmarks: unbekanntes Exportformat &apos;%1&apos;; möglich sind: markdown, csv, anki</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+29"/>
        <source>formulary bookmarks: %1: %2</source>
        <translation>formulary bookmarks: %1: %2</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1 bookmarks added, %2 already there.</source>
        <translation>%1 Lesezeichen hinzugefügt, %2 bereits vorhanden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no longer in the content; last known text kept)</source>
        <translation>(nicht mehr im Inhalt; letzter bekannter Text aufbewahrt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot write to standard output: %1</source>
        <translation>Schreiben in die Standardausgabe nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/cli.cpp" line="+21"/>
        <source>Formulary: a drug-information browser.

Without a command, opens the browser window, or brings the one already open
to the front; --query TEXT puts TEXT in its search field.

Commands:
  import DIR [--db FILE] [--report FILE.json] [--full] [--quiet | --verbose]
         [--source-label TEXT] [--replace]
        Import a folder of Markdown drug pages (searched recursively for
        .md and .markdown files) into the library: a new folder is added as a
        source beside the others, one imported before is refreshed (its pages
        gone from it are taken away, other sources untouched). Exit status: 0
        when every page was imported (warnings allowed), 1 when some page was
        skipped or the import failed (the previous database is then kept), 2 for
        a usage error. A refresh that would take away more than %1 of the folder&apos;s
        drugs changes nothing and ends with status 1 unless --replace is given.
        A folder inside a source, or holding one, is refused.
  sources [list | remove FOLDER] [--db FILE]
        List the library&apos;s source folders with their drugs, marking those that
        cannot be read now (their drugs are kept), or remove one with its drugs.
  restore [--db FILE]
        Bring back the library as it was before the last import or removal; the
        one it replaces takes its place, so restoring again undoes it.
  show NAME [--section KIND] [--db FILE]
        Print one drug&apos;s monograph as plain text. NAME is a drug&apos;s exact
        name (case and accents ignored) or its slug. KIND is a section kind:
        generic-name, usage, dosage, side-effects, how-it-works, precautions,
        faqs, disclaimer, introduction or other. Exit status 1 for an unknown NAME or KIND.
  search QUERY [--db FILE] [--limit N] [--json]
        Search as the search box does and print the results best first: exact
        names, names with a word starting with QUERY, combinations containing it,
        &quot;did you mean&quot; suggestions, then section text with a snippet. A drug named
        with a topic (&apos;clonazepam dose&apos;, &apos;side effects of amlodipine&apos;) comes first,
        on that topic&apos;s section. A filter limits the text search to one kind of
        section and leaves names out:
        side: (side effects), faqs:, usage:, dosage:, how: (how it works),
        precautions:, generic:, other:, e.g. &apos;formulary search side:drowsiness&apos;.
        Exit status 1 when nothing, or only suggestions, was found.
  bookmarks list | export markdown|csv|anki [FILE] | import FILE.csv [--user-db FILE] [--db FILE]
        List your bookmarked FAQs (those whose FAQ is no longer in the content
        are marked, with their last known text), export them to Markdown, CSV
        or Anki-importable TSV (to FILE or standard output), or import a CSV
        export, skipping bookmarks already there.
  side-effects [TERM] [--frequency CLASS] [--db FILE] [--limit N] [--json]
        Without TERM, the side effects the pages list, with how many drugs list
        each, most listed first; with TERM, the drugs that list it, with how often
        and the item as written. Exit status 1 when no page lists TERM.

Run &apos;formulary COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Formulary: ein Nachschlagewerk für Arzneimittelinformationen.

Ohne Befehl öffnet Formulary das Browserfenster oder holt das bereits geöffnete
in den Vordergrund; --query TEXT setzt TEXT in dessen Suchfeld.

Befehle:
  import DIR [--db FILE] [--report FILE.json] [--full] [--quiet | --verbose]
         [--source-label TEXT] [--replace]
        Importiert einen Ordner mit Markdown-Arzneimittelseiten (rekursiv nach
        .md- und .markdown-Dateien durchsucht) in die Bibliothek: ein neuer
        Ordner kommt als Quelle neben die anderen, ein schon importierter wird
        aufgefrischt (seine aus dem Ordner verschwundenen Seiten werden entfernt,
        andere Quellen bleiben unberührt). Exit-Status: 0, wenn jede Seite
        importiert wurde (Warnungen erlaubt), 1, wenn eine Seite übersprungen
        wurde oder der Import fehlschlug (die bisherige Datenbank bleibt dann
        erhalten), 2 bei einem Aufruffehler.
        Ein Auffrischen, das mehr als %1 der Arzneimittel des Ordners entfernen
        würde, ändert nichts und endet mit Status 1, außer mit --replace.
        Ein Ordner innerhalb einer Quelle oder einer, der eine enthält, wird
        abgelehnt.
  sources [list | remove FOLDER] [--db FILE]
        Listet die Quellordner der Bibliothek mit ihren Arzneimitteln auf und
        kennzeichnet die, die gerade nicht lesbar sind (ihre Arzneimittel
        bleiben erhalten), oder entfernt einen samt seinen Arzneimitteln.
  restore [--db FILE]
        Holt die Bibliothek zurück, wie sie vor dem letzten Import oder
        Entfernen war; die ersetzte tritt an ihre Stelle, ein erneutes restore
        macht es rückgängig.
  show NAME [--section KIND] [--db FILE]
        Gibt die Monographie eines Arzneimittels als reinen Text aus. NAME ist
        der genaue Name eines Arzneimittels (Groß- und Kleinschreibung sowie
        Akzente spielen keine Rolle) oder sein Kurzname (Slug). KIND ist eine
        Abschnittsart: generic-name, usage, dosage, side-effects, how-it-works,
        precautions, faqs, disclaimer, introduction oder other. Exit-Status 1
        bei unbekanntem NAME oder KIND.
  search QUERY [--db FILE] [--limit N] [--json]
        Sucht wie das Suchfeld und gibt die Ergebnisse aus, die besten zuerst:
        genaue Namen, Namen mit einem Wort, das mit QUERY beginnt, Kombinationen,
        die es enthalten, „Meinten Sie“-Vorschläge, dann Abschnittstext mit
        Textauszug. Ein Arzneimittel mit einem Thema (&apos;clonazepam dose&apos;,
        &apos;side effects of amlodipine&apos;) steht zuerst, auf dem Abschnitt des
        Themas. Ein Filter beschränkt die Textsuche auf eine Abschnittsart
        und lässt die Namen weg: side: (Nebenwirkungen), faqs:, usage:, dosage:,
        how: (Wirkungsweise), precautions:, generic:, other:, zum Beispiel
        &apos;formulary search side:drowsiness&apos;. Exit-Status 1, wenn nichts oder nur
        Vorschläge gefunden wurden.
  bookmarks list | export markdown|csv|anki [FILE] | import FILE.csv [--user-db FILE] [--db FILE]
        Listet Ihre Fragen mit Lesezeichen auf (Fragen, die nicht mehr im
        Inhalt stehen, werden mit ihrem letzten bekannten Text gekennzeichnet),
        exportiert sie als Markdown, CSV oder von Anki importierbares TSV (nach
        FILE oder auf die Standardausgabe) oder importiert einen CSV-Export und
        überspringt dabei bereits vorhandene Lesezeichen.
  side-effects [TERM] [--frequency CLASS] [--db FILE] [--limit N] [--json]
        Ohne TERM die Nebenwirkungen, die die Seiten aufführen, mit der Zahl
        der Arzneimittel, die sie jeweils nennen, die meistgenannten zuerst; mit
        TERM die Arzneimittel, die sie nennen, mit Häufigkeit und dem Eintrag,
        wie er geschrieben steht. Exit-Status 1, wenn keine Seite TERM nennt.

Die Optionen eines Befehls zeigt &apos;formulary COMMAND --help&apos;.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Open the window with TEXT in its search field, or show TEXT in the window already open.</source>
        <translation>Öffnet das Fenster mit TEXT im Suchfeld oder zeigt TEXT im bereits geöffneten Fenster.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>formulary: %1; see &apos;formulary --help&apos;</source>
        <translation>formulary: %1; siehe &apos;formulary --help&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+55"/>
        <source>formulary: unknown command &apos;%1&apos;; see &apos;formulary --help&apos;</source>
        <translation>formulary: unbekannter Befehl &apos;%1&apos;; siehe &apos;formulary --help&apos;</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The database cannot be read. If it is your content database, &apos;formulary import DIR&apos; builds it again from the pages; your bookmarks are kept apart and are not touched.</source>
        <translation>Die Datenbank kann nicht gelesen werden. Ist es Ihre Inhaltsdatenbank, baut &apos;formulary import DIR&apos; sie aus den Seiten neu auf; Ihre Lesezeichen liegen getrennt davon und bleiben unberührt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>import, sources, restore, show, search, bookmarks or side-effects</source>
        <translation>import, sources, restore, show, search, bookmarks oder side-effects</translation>
    </message>
    <message>
        <location filename="../../src/cli/importcommand.cpp" line="+35"/>
        <source>Import a folder of Markdown drug pages.</source>
        <translation>Importiert einen Ordner mit Markdown-Arzneimittelseiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder of Markdown pages.</source>
        <translation>Ordner mit Markdown-Seiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content database to write (default: %1).</source>
        <translation>Zu schreibende Inhaltsdatenbank (Standard: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the per-file outcomes as JSON to FILE.</source>
        <translation>Schreibt das Ergebnis jeder Datei als JSON nach FILE.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parse every page again, even those unchanged since the last import.</source>
        <translation>Liest jede Seite neu ein, auch die seit dem letzten Import unveränderten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print only skipped pages and errors.</source>
        <translation>Gibt nur übersprungene Seiten und Fehler aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also print every warning, with its file and line.</source>
        <translation>Gibt auch jede Warnung mit Datei und Zeile aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record TEXT as where the pages come from, instead of DIR&apos;s absolute path.</source>
        <translation>Vermerkt TEXT statt des absoluten Pfads von DIR als Herkunft der Seiten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh DIR even when more than %1 of the drugs imported from it before are no longer in it and would be taken away.</source>
        <translation>Frischt DIR auch dann auf, wenn mehr als %1 der zuvor daraus importierten Arzneimittel nicht mehr darin liegen und entfernt würden.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>formulary import: %1. Nothing was changed.</source>
        <translation>formulary import: %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>formulary import: refreshing %1 would take away %2 of the %3 drugs imported from it into %4: their pages are no longer in it. Nothing was changed. Add --replace to import it all the same; the library it replaces is then kept, and &apos;formulary restore&apos; brings it back.</source>
        <translation>formulary import: ein Auffrischen von %1 würde %2 der %3 daraus in %4 importierten Arzneimittel entfernen: ihre Seiten liegen nicht mehr darin. Es wurde nichts geändert. Mit --replace wird trotzdem importiert; die ersetzte Bibliothek wird dann aufbewahrt, und &apos;formulary restore&apos; holt sie zurück.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>formulary import: expected one folder, got %1 arguments; see &apos;formulary import --help&apos;</source>
        <translation>formulary import: ein Ordner erwartet, %1 Argumente erhalten; siehe &apos;formulary import --help&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>formulary import: %1: %2</source>
        <translation>formulary import: %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such folder</source>
        <translation>Ordner nicht vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a readable folder</source>
        <translation>kein lesbarer Ordner</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Importing… %1/%2</source>
        <translation>Import läuft… %1/%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>formulary import: cannot write the report %1: %2</source>
        <translation>formulary import: der Bericht %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run with --verbose, or write --report FILE.json, to see the warnings.
</source>
        <translation>Mit --verbose oder --report FILE.json sehen Sie die Warnungen.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database: %1 (%2 s)
</source>
        <translation>Datenbank: %1 (%2 s)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added %1 as a source beside the library&apos;s %2 other drugs.
</source>
        <translation>%1 als Quelle neben den %2 anderen Arzneimitteln der Bibliothek hinzugefügt.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 drugs not in %2 were taken away; the library before this import is kept, and &apos;formulary restore&apos; brings it back.
</source>
        <translation>%1 Arzneimittel, die nicht in %2 liegen, wurden entfernt; die Bibliothek vor diesem Import wird aufbewahrt, und &apos;formulary restore&apos; holt sie zurück.
</translation>
    </message>
    <message>
        <location filename="../../src/cli/searchcommand.cpp" line="+75"/>
        <source>What to look for.</source>
        <translation>Wonach gesucht wird.</translation>
    </message>
    <message>
        <location filename="../../src/cli/commandparser.cpp" line="+22"/>
        <source>Content database to read (default: your own import, else the shipped one).</source>
        <translation>Zu lesende Inhaltsdatenbank (Standard: Ihr eigener Import, sonst die mitgelieferte).</translation>
    </message>
    <message>
        <location filename="../../src/cli/searchcommand.cpp" line="-14"/>
        <source>Search drug names and section text, as the search box does, and print the results
best first: exact names, names with a word starting with the query, combinations
containing it, &quot;did you mean&quot; suggestions, then matches in section text with a
snippet. A query that names a drug and a topic (&apos;clonazepam dose&apos;, &apos;side effects
of amlodipine&apos;, &apos;clonazepam alcohol&apos;) lists that drug first, on the section the
topic asks for, then the combinations that contain it.
Prefix a word with a filter to search only one kind of section:

%1
With a filter, names are not listed. Put -- before a QUERY that starts with -.
Exit status: 0 when something was found,
1 when nothing was (suggestions alone count as nothing) or the database could
not be read, 2 for a usage error.</source>
        <translation>Durchsucht Arzneimittelnamen und Abschnittstext wie das Suchfeld und gibt die
Ergebnisse aus, die besten zuerst: genaue Namen, Namen mit einem Wort, das mit
der Suche beginnt, Kombinationen, die es enthalten, „Meinten Sie“-Vorschläge,
dann Treffer im Abschnittstext mit Textauszug. Eine Suche, die ein Arzneimittel
und ein Thema nennt (&apos;clonazepam dose&apos;, &apos;side effects of amlodipine&apos;,
&apos;clonazepam alcohol&apos;), führt dieses Arzneimittel zuerst auf, auf dem
Abschnitt, nach dem das Thema fragt, dann die Kombinationen, die es enthalten.
Ein Filter vor einem Wort
durchsucht nur eine Abschnittsart:

%1
Mit einem Filter werden keine Namen aufgeführt. Setzen Sie -- vor eine QUERY,
die mit - beginnt.
Exit-Status: 0, wenn etwas gefunden wurde,
1, wenn nichts gefunden wurde (Vorschläge allein zählen als nichts) oder die
Datenbank nicht lesbar war, 2 bei einem Aufruffehler.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print at most N results (default %1; 0 for all).</source>
        <translation>Gibt höchstens N Ergebnisse aus (Standard: %1; 0 für alle).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the results as JSON: {&quot;query&quot;, &quot;section&quot;, &quot;total&quot;, &quot;results&quot;: [{&quot;group&quot;, &quot;name&quot;, &quot;slug&quot;, &quot;section&quot;, &quot;heading&quot;, &quot;snippet&quot;, &quot;snippetHtml&quot;}]}.</source>
        <translation>Gibt die Ergebnisse als JSON aus: {&quot;query&quot;, &quot;section&quot;, &quot;total&quot;, &quot;results&quot;: [{&quot;group&quot;, &quot;name&quot;, &quot;slug&quot;, &quot;section&quot;, &quot;heading&quot;, &quot;snippet&quot;, &quot;snippetHtml&quot;}]}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>formulary search: search for what? see &apos;formulary search --help&apos;</source>
        <translation>formulary search: wonach suchen? siehe &apos;formulary search --help&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>formulary search: --limit wants a number of results, not &apos;%1&apos;</source>
        <translation>formulary search: --limit erwartet eine Anzahl von Ergebnissen, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>  (did you mean?)</source>
        <translation>  (meinten Sie?)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of %2 results; --limit N shows more</source>
        <translation>%1 von %2 Ergebnissen; --limit N zeigt mehr</translation>
    </message>
    <message>
        <location filename="../../src/cli/showcommand.cpp" line="+26"/>
        <source>Print one drug&apos;s monograph as plain text.</source>
        <translation>Gibt die Monographie eines Arzneimittels als reinen Text aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The drug&apos;s name or slug.</source>
        <translation>Name oder Kurzname (Slug) des Arzneimittels.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print only the sections of this kind (usage, side-effects, …).</source>
        <translation>Gibt nur die Abschnitte dieser Art aus (usage, side-effects, …).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>formulary show: which drug? see &apos;formulary show --help&apos;</source>
        <translation>formulary show: welches Arzneimittel? siehe &apos;formulary show --help&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>formulary show: unknown section kind &apos;%1&apos;; one of: %2</source>
        <translation>formulary show: unbekannte Abschnittsart &apos;%1&apos;; möglich sind: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>formulary show: no drug named &apos;%1&apos; in %2</source>
        <translation>formulary show: kein Arzneimittel namens &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Source: %1 (imported %2)
</source>
        <translation>Quelle: %1 (importiert %2)
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>formulary show: %1 has no %2 section</source>
        <translation>formulary show: %1 hat keinen Abschnitt %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/output.cpp" line="+70"/>
        <source>formulary %1: cannot write to standard output: %2</source>
        <translation>formulary %1: Schreiben in die Standardausgabe nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/sideeffectscommand.cpp" line="+80"/>
        <source>Side effects across drugs. Without TERM, the side effects the pages list, with how many
drugs list each (and how many as common, and as serious), most listed first. With TERM,
the drugs that list it, one a line, with how often the page says it occurs and the
item as the page writes it. TERM is matched as search matches words: case, accents and
plurals do not matter, a synonym the pages state finds its side effect (&apos;hair loss&apos;
finds alopecia), and the beginning of one term is enough.
Exit status: 0 when something was found, 1 for a TERM no page lists (with suggestions)
or a database that cannot be read, 2 for a usage error.</source>
        <translation>Nebenwirkungen über alle Arzneimittel. Ohne TERM die Nebenwirkungen, die die Seiten aufführen,
mit der Zahl der Arzneimittel, die sie jeweils nennen (und wie viele davon als häufig und als
schwerwiegend), die meistgenannten zuerst. Mit TERM die Arzneimittel, die sie nennen, eines je
Zeile, mit der Häufigkeit laut Seite und dem Eintrag, wie die Seite ihn schreibt. TERM wird wie
bei der Suche verglichen: Groß- und Kleinschreibung, Akzente und Plural spielen keine Rolle, ein
Synonym, das die Seiten nennen, findet seine Nebenwirkung (&apos;hair loss&apos; findet Alopezie), und der
Anfang eines einzigen Begriffs genügt.
Exit-Status: 0, wenn etwas gefunden wurde, 1 für einen TERM, den keine Seite nennt (mit
Vorschlägen), oder eine nicht lesbare Datenbank, 2 bei einem Aufruffehler.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A side effect, e.g. drowsiness.</source>
        <translation>Eine Nebenwirkung, z. B. drowsiness.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only listings of this frequency: common, less-common, rare or serious.</source>
        <translation>Nur Einträge dieser Häufigkeit: common, less-common, rare oder serious.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print at most N lines (default %1; 0 for all).</source>
        <translation>Höchstens N Zeilen ausgeben (Standard %1; 0 für alle).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print JSON: without TERM {&quot;terms&quot;: [{&quot;term&quot;, &quot;synonyms&quot;, &quot;drugs&quot;, &quot;common&quot;, &quot;serious&quot;}]}, with TERM {&quot;term&quot;, &quot;synonyms&quot;, &quot;drugs&quot;: [{&quot;name&quot;, &quot;slug&quot;, &quot;frequency&quot;, &quot;band&quot;, &quot;group&quot;, &quot;line&quot;, &quot;text&quot;}]}.</source>
        <translation>JSON ausgeben: ohne TERM {&quot;terms&quot;: [{&quot;term&quot;, &quot;synonyms&quot;, &quot;drugs&quot;, &quot;common&quot;, &quot;serious&quot;}]}, mit TERM {&quot;term&quot;, &quot;synonyms&quot;, &quot;drugs&quot;: [{&quot;name&quot;, &quot;slug&quot;, &quot;frequency&quot;, &quot;band&quot;, &quot;group&quot;, &quot;line&quot;, &quot;text&quot;}]}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>formulary side-effects: --limit wants a number of lines, not &apos;%1&apos;</source>
        <translation>formulary side-effects: --limit erwartet eine Zeilenzahl, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>formulary side-effects: unknown frequency &apos;%1&apos;; one of: common, less-common, rare, serious</source>
        <translation>formulary side-effects: unbekannte Häufigkeit &apos;%1&apos;; eine von: common, less-common, rare, serious</translation>
    </message>
    <message>
        <location line="+42"/>
        <source> DRUGS  COMMON  SERIOUS  SIDE EFFECT</source>
        <translation> ARZNEI HÄUFIG  SCHWER   NEBENWIRKUNG</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+58"/>
        <source>(also: %1)</source>
        <translation>(auch: %1)</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>%1 of %2 side effects; --limit N shows more</source>
        <translation>%1 von %2 Nebenwirkungen; --limit N zeigt mehr</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>formulary side-effects: &apos;%1&apos; begins several side effects: %2</source>
        <translation>formulary side-effects: &apos;%1&apos; ist der Anfang mehrerer Nebenwirkungen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>formulary side-effects: no page lists &apos;%1&apos;; did you mean: %2?</source>
        <translation>formulary side-effects: keine Seite nennt &apos;%1&apos;; meinten Sie: %2?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>formulary side-effects: no page lists &apos;%1&apos;</source>
        <translation>formulary side-effects: keine Seite nennt &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <location line="+160"/>
        <source>%1: listed by %n drug(s)</source>
        <translation>
            <numerusform>%1: von %n Arzneimittel genannt</numerusform>
            <numerusform>%1: von %n Arzneimitteln genannt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 drugs; --limit N shows more</source>
        <translation>%1 von %2 Arzneimitteln; --limit N zeigt mehr</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="+54"/>
        <source>formulary: cannot start the window (%1): %2</source>
        <translation>formulary: das Fenster kann nicht gestartet werden (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location filename="../../src/cli/restorecommand.cpp" line="+15"/>
        <source>Bring back the library as it was before the last import. The library it replaces is kept in its place, so that restoring again undoes it.</source>
        <translation>Holt die Bibliothek zurück, wie sie vor dem letzten Import war. Die ersetzte Bibliothek wird an ihrer Stelle aufbewahrt, sodass erneutes Wiederherstellen es rückgängig macht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content database to restore (default: %1).</source>
        <translation>Wiederherzustellende Inhaltsdatenbank (Standard: %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>formulary restore: unexpected argument &apos;%1&apos;; see &apos;formulary restore --help&apos;</source>
        <translation>formulary restore: unerwartetes Argument &apos;%1&apos;; siehe &apos;formulary restore --help&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>formulary restore: %1</source>
        <translation>formulary restore: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored %1: %2 drugs, imported from %3.
</source>
        <translation>%1 wiederhergestellt: %2 Arzneimittel, importiert aus %3.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored %1.
</source>
        <translation>%1 wiederhergestellt.
</translation>
    </message>
    <message>
        <location filename="../../src/cli/sourcescommand.cpp" line="+19"/>
        <source>formulary sources: %1</source>
        <translation>formulary sources: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1	1 drug	imported %2</source>
        <translation>%1	1 Arzneimittel	importiert %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1	%2 drugs	imported %3</source>
        <translation>%1	%2 Arzneimittel	importiert %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>formulary sources: %1 holds no source; &apos;formulary import DIR&apos; adds one</source>
        <translation>formulary sources: %1 enthält keine Quelle; &apos;formulary import DIR&apos; fügt eine hinzu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>formulary sources remove: %1. Nothing was changed; &apos;formulary sources list&apos; shows the sources.</source>
        <translation>formulary sources remove: %1. Es wurde nichts geändert; &apos;formulary sources list&apos; zeigt die Quellen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 drug taken away</source>
        <translation>1 Arzneimittel entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 drugs taken away</source>
        <translation>%1 Arzneimittel entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed the source %1: %2. The library before is kept, and &apos;formulary restore&apos; brings it back.</source>
        <translation>Quelle %1 entfernt: %2. Die Bibliothek davor wird aufbewahrt, und &apos;formulary restore&apos; holt sie zurück.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List the folders the library holds pages of, or remove one with the drugs imported from it.</source>
        <translation>Listet die Ordner auf, aus denen die Bibliothek Seiten enthält, oder entfernt einen samt den daraus importierten Arzneimitteln.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;list&apos; (the default), or &apos;remove&apos; and the folder as &apos;list&apos; shows it.</source>
        <translation>&apos;list&apos; (Standard) oder &apos;remove&apos; und der Ordner, wie &apos;list&apos; ihn zeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content database (default: %1).</source>
        <translation>Inhaltsdatenbank (Standard: %1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>formulary sources: expected &apos;list&apos; or &apos;remove FOLDER&apos;, got &apos;%1&apos;; see &apos;formulary sources --help&apos;</source>
        <translation>formulary sources: &apos;list&apos; oder &apos;remove FOLDER&apos; erwartet, &apos;%1&apos; erhalten; siehe &apos;formulary sources --help&apos;</translation>
    </message>
</context>
<context>
    <name>formulary</name>
    <message>
        <location filename="../../src/render/drugcomparison.cpp" line="+77"/>
        <source>%1 More Sections</source>
        <translation>%1 weitere Abschnitte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not on this page</source>
        <translation>Nicht auf dieser Seite</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Listed for every drug</source>
        <translation>Bei jedem Arzneimittel aufgeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed for some of the drugs</source>
        <translation>Bei einigen der Arzneimittel aufgeführt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listed for %1 only</source>
        <translation>Nur bei %1 aufgeführt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Side Effects Compared</source>
        <translation>Nebenwirkungen im Vergleich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of these pages lists side effects.</source>
        <translation>Keine dieser Seiten führt Nebenwirkungen auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side effect</source>
        <translation>Nebenwirkung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 more side effects are not shown here; each drug&apos;s page lists them all.</source>
        <translation>%1 weitere Nebenwirkungen werden hier nicht gezeigt; die Seite jedes Arzneimittels führt sie alle auf.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This page has no disclaimer.</source>
        <translation>Diese Seite hat keinen Haftungsausschluss.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: %1 · Imported %2</source>
        <translation>Quelle: %1 · Importiert %2</translation>
    </message>
</context>
<context>
    <name>formulary::BookmarkModel</name>
    <message>
        <location filename="../../src/study/bookmarkmodel.cpp" line="+29"/>
        <source>Bookmarks are unavailable.</source>
        <translation>Lesezeichen sind nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bookmark could not be saved: %1</source>
        <translation>Das Lesezeichen konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The bookmarks could not be read: %1</source>
        <translation>Die Lesezeichen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The bookmarks could not be looked up in the drug database: %1</source>
        <translation>Die Lesezeichen konnten in der Arzneimitteldatenbank nicht nachgeschlagen werden: %1</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The bookmark on “%1” could not be brought back.</source>
        <translation>Das Lesezeichen zu „%1“ konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Bookmarked questions: %1</source>
        <translation>Fragen mit Lesezeichen: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No longer on %1&apos;s page; this is its last known text.</source>
        <translation>Nicht mehr auf der Seite von %1; dies ist der letzte bekannte Text.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drug</source>
        <translation>Arzneimittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
</context>
<context>
    <name>formulary::BookmarksController</name>
    <message>
        <location filename="../../src/app/bookmarkscontroller.cpp" line="+47"/>
        <source>Bookmarks are unavailable: %1</source>
        <translation>Lesezeichen sind nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Bookmark Question</source>
        <translation>Frage als &amp;Lesezeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bookmark the question at the cursor in the FAQs, or remove its bookmark (Ctrl+D)</source>
        <translation>Setzt ein Lesezeichen für die Frage an der Cursorposition in den FAQ oder entfernt es (Strg+D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Study Bookmarked FAQs…</source>
        <translation>Fragen mit Lesezeichen ler&amp;nen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Side-Effect &amp;Drill…</source>
        <translation>Nebenwirkungs-&amp;Quiz…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport Bookmarks…</source>
        <translation>Lesezeichen e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import &amp;Bookmarks…</source>
        <translation>&amp;Lesezeichen importieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+187"/>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>&amp;Bookmarks Panel</source>
        <translation>Lesezeichen-&amp;Seitenleiste</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+38"/>
        <source>Removed the bookmark on “%1” (Ctrl+Z brings it back)</source>
        <translation>Lesezeichen für „%1“ entfernt (Strg+Z stellt es wieder her)</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Bookmarked “%1”</source>
        <translation>Lesezeichen für „%1“ gesetzt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a drug&apos;s FAQs to bookmark a question.</source>
        <translation>Öffnen Sie die FAQ eines Arzneimittels, um ein Lesezeichen für eine Frage zu setzen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bookmarks are for the questions in a drug&apos;s FAQs: open its FAQs tab first.</source>
        <translation>Lesezeichen gibt es für die Fragen in den FAQ eines Arzneimittels: Öffnen Sie zuerst dessen FAQ-Reiter.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Removed bookmarks: %1 (Ctrl+Z brings them back)</source>
        <translation>Lesezeichen entfernt: %1 (Strg+Z stellt sie wieder her)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The drug database cannot be read: %1</source>
        <translation>Die Arzneimitteldatenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not in this database.</source>
        <translation>„%1“ ist nicht in dieser Datenbank.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“%1” is no longer on %2&apos;s page.</source>
        <translation>„%1“ steht nicht mehr auf der Seite von %2.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Bookmarks Unavailable</source>
        <translation>Lesezeichen nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your bookmarks cannot be opened, so bookmarking is turned off for now. Everything else works as usual.</source>
        <translation>Ihre Lesezeichen lassen sich nicht öffnen, daher sind Lesezeichen vorerst ausgeschaltet. Alles andere funktioniert wie gewohnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1

Move the file aside, or make it writable, and start Formulary again to bookmark questions; a new file is made when there is none.</source>
        <translation>%1

Verschieben Sie die Datei oder machen Sie sie beschreibbar und starten Sie Formulary neu, um Lesezeichen zu setzen; fehlt die Datei, wird eine neue angelegt.</translation>
    </message>
</context>
<context>
    <name>formulary::BookmarksPanel</name>
    <message>
        <location filename="../../src/app/bookmarkspanel.cpp" line="+39"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected bookmarks (Delete); Ctrl+Z brings them back</source>
        <translation>Entfernt die ausgewählten Lesezeichen (Entf); Strg+Z stellt sie wieder her</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>No longer on the drug&apos;s page; this is its last known text.</source>
        <translation>Nicht mehr auf der Seite des Arzneimittels; dies ist der letzte bekannte Text.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No bookmarks yet. In a drug&apos;s FAQs, click the star before a question, or press Ctrl+D, to keep it here.</source>
        <translation>Noch keine Lesezeichen. Klicken Sie in den FAQ eines Arzneimittels auf den Stern vor einer Frage oder drücken Sie Strg+D, um sie hier aufzubewahren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No bookmark matches “%1”.</source>
        <translation>Kein Lesezeichen passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>formulary::CompareDialog</name>
    <message>
        <location filename="../../src/app/comparedialog.cpp" line="+38"/>
        <source>Compare %1</source>
        <translation>Vergleich: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Print Comparison</source>
        <translation>Vergleich drucken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export Comparison to PDF</source>
        <translation>Vergleich als PDF exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export to PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>comparison</source>
        <translation>vergleich</translation>
    </message>
</context>
<context>
    <name>formulary::ImportController</name>
    <message>
        <location filename="../../src/app/importcontroller.cpp" line="+37"/>
        <source>Reading the pages in %1…</source>
        <translation>Die Seiten in %1 werden gelesen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling; the current database is kept…</source>
        <translation>Wird abgebrochen; die aktuelle Datenbank bleibt erhalten…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Importing page %1 of %2…</source>
        <translation>Seite %1 von %2 wird importiert…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %1%: page %2 of %3</source>
        <translation>%1 % eingelesen: Seite %2 von %3</translation>
    </message>
</context>
<context>
    <name>formulary::ImportReportDialog</name>
    <message>
        <location filename="../../src/app/importreportdialog.cpp" line="+18"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported with warnings</source>
        <translation>Mit Warnungen importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Folder: %1
Database: %2</source>
        <translation>Ordner: %1
Datenbank: %2</translation>
    </message>
</context>
<context>
    <name>formulary::MainWindow</name>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="+90"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Back (Alt+Left)</source>
        <translation>Zurück (Alt+Links)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward (Alt+Right)</source>
        <translation>Vorwärts (Alt+Rechts)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Side &amp;Effects Across Drugs…</source>
        <translation>&amp;Nebenwirkungen über alle Arzneimittel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse the side effects the pages list, and the drugs that list each</source>
        <translation>Die Nebenwirkungen durchsuchen, die die Seiten aufführen, und die Arzneimittel, die sie jeweils nennen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Side Effects by &amp;Frequency</source>
        <translation>Nebenwirkungen nach &amp;Häufigkeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show a drug&apos;s side effects grouped as common, less common, rare and serious above the page&apos;s own text</source>
        <translation>Die Nebenwirkungen eines Arzneimittels nach häufig, gelegentlich, selten und schwerwiegend geordnet über dem Text der Seite zeigen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The desktop&apos;s colours, dark or high-contrast included</source>
        <translation>Die Farben der Arbeitsumgebung, auch dunkel oder mit hohem Kontrast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark text on a light page</source>
        <translation>Dunkle Schrift auf heller Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light text on a dark page, for reading at night</source>
        <translation>Helle Schrift auf dunkler Seite, zum Lesen am Abend</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No database: %1</source>
        <translation>Keine Datenbank: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1 drug loaded from %1</source>
        <translation>1 Arzneimittel aus %1 geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 drugs loaded from %2</source>
        <translation>%1 Arzneimittel aus %2 geladen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The drug database cannot be read (%1). File → Import Folder… builds it again from the pages; your bookmarks are kept apart.</source>
        <translation>Die Arzneimitteldatenbank kann nicht gelesen werden (%1). Datei → Ordner importieren… baut sie aus den Seiten neu auf; Ihre Lesezeichen liegen getrennt davon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drug database damaged: %1</source>
        <translation>Arzneimitteldatenbank beschädigt: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The drug database could not be opened (%1). Import a folder of Markdown drug pages to begin.</source>
        <translation>Die Arzneimitteldatenbank konnte nicht geöffnet werden (%1). Importieren Sie zu Beginn einen Ordner mit Markdown-Arzneimittelseiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These are the sample pages that come with Formulary. Import your own folder of Markdown drug pages to look them up here; they are read once and kept in a database of your own.</source>
        <translation>Dies sind die Beispielseiten, die Formulary mitbringt. Importieren Sie Ihren eigenen Ordner mit Markdown-Arzneimittelseiten, um darin nachzuschlagen; die Seiten werden einmal eingelesen und in einer eigenen Datenbank aufbewahrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a drug&apos;s name, or words from its monograph, in the search field; Up and Down choose a result and Enter opens it. Ctrl+K returns to the search field from anywhere.</source>
        <translation>Geben Sie im Suchfeld den Namen eines Arzneimittels oder Wörter aus seiner Monographie ein; mit den Pfeiltasten nach oben und unten wählen Sie ein Ergebnis, die Eingabetaste öffnet es. Strg+K führt von überall zurück zum Suchfeld.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>“%1” is not in this database.</source>
        <translation>„%1“ ist nicht in dieser Datenbank.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>No drugs opened yet</source>
        <translation>Noch keine Arzneimittel geöffnet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 has no %2 section.</source>
        <translation>%1 hat keinen Abschnitt „%2“.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 drugs are selected: Compare shows %2 at most.</source>
        <translation>%1 Arzneimittel sind ausgewählt: Der Vergleich zeigt höchstens %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select %1 to %2 drugs to compare them.</source>
        <translation>Wählen Sie %1 bis %2 Arzneimittel aus, um sie zu vergleichen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>These drugs are not in this database.</source>
        <translation>Diese Arzneimittel sind nicht in dieser Datenbank.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import a Folder of Drug Pages</source>
        <translation>Ordner mit Arzneimittelseiten importieren</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Restore Previous Library</source>
        <translation>Frühere Bibliothek wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored the previous library: %1 drugs. Restore again to undo.</source>
        <translation>Frühere Bibliothek wiederhergestellt: %1 Arzneimittel. Erneutes Wiederherstellen macht es rückgängig.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import cancelled; the database was left as it was.</source>
        <translation>Import abgebrochen; die Datenbank bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import finished: %1</source>
        <translation>Import abgeschlossen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export Monograph to PDF</source>
        <translation>Monographie als PDF exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Section to PDF</source>
        <translation>Abschnitt als PDF exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type any part of a drug&apos;s name: the results follow as you type, and a misspelt name offers “did you mean”. Up and Down choose a result, Enter opens it, Esc clears the field.

Add what you want to know to a drug&apos;s name — “clonazepam dose”, “cefuroxime side effects”, “oxybutynin pregnancy” — and the drug comes first, opened on that section.

Every word must be found, in any of its forms: “dose” also finds “dosage” and “dosing”. Pages that have the words as typed come first.

A side effect (“drowsiness”, “hair loss”) lists first the drugs whose Side Effects list it, under any of its names; Ctrl+Shift+E shows it across all drugs.

A filter word limits the search to one kind of section, e.g. “side:rash” or “faqs: alcohol”:

%1</source>
        <translation>Tippen Sie einen beliebigen Teil eines Arzneimittelnamens: Die Ergebnisse folgen beim Tippen, und ein falsch geschriebener Name bietet „Meinten Sie“ an. Pfeil hoch und runter wählen ein Ergebnis, Eingabe öffnet es, Esc leert das Feld.

Fügen Sie dem Namen hinzu, was Sie wissen möchten – „clonazepam dose“, „cefuroxime side effects“, „oxybutynin pregnancy“ –, und das Arzneimittel steht zuerst, geöffnet auf diesem Abschnitt.

Jedes Wort muss vorkommen, in einer seiner Formen: „dose“ findet auch „dosage“ und „dosing“. Seiten mit den Wörtern wie getippt kommen zuerst.

Eine Nebenwirkung („drowsiness“, „hair loss“) listet zuerst die Arzneimittel, deren Nebenwirkungen sie nennen, unter jedem ihrer Namen; Strg+Umschalt+E zeigt sie über alle Arzneimittel.

Ein Filterwort beschränkt die Suche auf eine Art von Abschnitt, z. B. „side:rash“ oder „faqs: alcohol“:

%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search Tips</source>
        <translation>Suchtipps</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Formulary</source>
        <translation>Über Formulary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Formulary&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A drug-information browser for folders of Markdown drug pages.&lt;/p&gt;&lt;p&gt;The pages are shown as written. They are not medical advice.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Formulary&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Ein Nachschlagewerk für Arzneimittelinformationen aus Ordnern mit Markdown-Arzneimittelseiten.&lt;/p&gt;&lt;p&gt;Die Seiten werden so angezeigt, wie sie geschrieben sind. Sie ersetzen keine ärztliche oder pharmazeutische Beratung.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>formulary::MonographView</name>
    <message>
        <location filename="../../src/app/monographprinter.cpp" line="+41"/>
        <location filename="../../src/app/monographview.cpp" line="+109"/>
        <source>Generic name: %1</source>
        <translation>Wirkstoff: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/app/monographview.cpp" line="+3"/>
        <source>Source: %1 · Imported %2</source>
        <translation>Quelle: %1 · importiert am %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Print Preview: %1</source>
        <translation>Druckvorschau: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print Section</source>
        <translation>Abschnitt drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print Monograph</source>
        <translation>Monographie drucken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No monograph is open.</source>
        <translation>Es ist keine Monographie geöffnet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../src/app/monographview.cpp" line="+435"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>(in %1)</source>
        <translation>(in %1)</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Remove the bookmark of “%1” (Ctrl+D)</source>
        <translation>Lesezeichen von „%1“ entfernen (Strg+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmark this question: “%1” (Ctrl+D)</source>
        <translation>Diese Frage als Lesezeichen speichern: „%1“ (Strg+D)</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in this section</source>
        <translation>Nicht in diesem Abschnitt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more in other sections</source>
        <translation>
            <numerusform>%n weiterer in anderen Abschnitten</numerusform>
            <numerusform>%n weitere in anderen Abschnitten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Show only the disclaimer&apos;s first line</source>
        <translation>Nur die erste Zeile des Haftungsausschlusses zeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole disclaimer</source>
        <translation>Den ganzen Haftungsausschluss zeigen</translation>
    </message>
</context>
<context>
    <name>formulary::ResultDelegate</name>
    <message>
        <location filename="../../src/app/resultdelegate.cpp" line="+33"/>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Exact name</source>
        <translation>Genauer Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names starting with it</source>
        <translation>Namen, die damit beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Combinations with it</source>
        <translation>Kombinationen damit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did you mean</source>
        <translation>Meinten Sie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the text</source>
        <translation>Im Text</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1?</source>
        <translation>%1?</translation>
    </message>
</context>
<context>
    <name>formulary::SearchPanel</name>
    <message>
        <location filename="../../src/app/searchpanel.cpp" line="+43"/>
        <source>%1, from %2</source>
        <translation>%1, aus %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A drug&apos;s name, or words from its monograph.
Words in &quot;quotes&quot; are found side by side, as typed.
A filter word such as side: or faqs: searches one kind of section only.</source>
        <translation>Der Name eines Arzneimittels oder Wörter aus seiner Monographie.
Wörter in &quot;Anführungszeichen&quot; werden nebeneinander gefunden, wie getippt.
Ein Filterwort wie side: oder faqs: durchsucht nur eine Abschnittsart.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The list stops here: the drug database cannot be read (%1)</source>
        <translation>Die Liste endet hier: Die Arzneimitteldatenbank kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>No database</source>
        <translation>Keine Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 drug</source>
        <translation>1 Arzneimittel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 drugs</source>
        <translation>%1 Arzneimittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 result</source>
        <translation>1 Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 results</source>
        <translation>%1 Ergebnisse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” across drugs (Ctrl+Shift+E)</source>
        <translation>„%1“ über alle Arzneimittel (Strg+Umschalt+E)</translation>
    </message>
</context>
<context>
    <name>formulary::SideEffectListingModel</name>
    <message>
        <location filename="../../src/study/sideeffectlistingmodel.cpp" line="+65"/>
        <source>Common</source>
        <translation>Häufig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Less common</source>
        <translation>Weniger häufig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rare</source>
        <translation>Selten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serious</source>
        <translation>Schwerwiegend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Drug</source>
        <translation>Arzneimittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often</source>
        <translation>Wie häufig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed under</source>
        <translation>Aufgeführt unter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the page writes it</source>
        <translation>Wie die Seite es schreibt</translation>
    </message>
</context>
<context>
    <name>formulary::SideEffectTermModel</name>
    <message>
        <location filename="../../src/study/sideeffecttermmodel.cpp" line="+56"/>
        <source>%1 (also: %2)</source>
        <translation>%1 (auch: %2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Side effect</source>
        <translation>Nebenwirkung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drugs</source>
        <translation>Arzneimittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Common</source>
        <translation>Häufig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serious</source>
        <translation>Schwerwiegend</translation>
    </message>
</context>
<context>
    <name>formulary::SideEffectsDialog</name>
    <message>
        <location filename="../../src/app/sideeffectsdialog.cpp" line="+61"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose a side effect to see the drugs that list it.</source>
        <translation>Wählen Sie eine Nebenwirkung, um die Arzneimittel zu sehen, die sie nennen.</translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>%1: listed by %n drug(s)</source>
        <translation>
            <numerusform>%1: von %n Arzneimittel genannt</numerusform>
            <numerusform>%1: von %n Arzneimitteln genannt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(also written: %1)</source>
        <translation>(auch geschrieben: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drugs listing %1</source>
        <translation>Arzneimittel, die %1 nennen</translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>%1 of %n side effect(s)</source>
        <translation>
            <numerusform>%1 von %n Nebenwirkung</numerusform>
            <numerusform>%1 von %n Nebenwirkungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>formulary::SourcesDialog</name>
    <message>
        <location filename="../../src/app/sourcesdialog.cpp" line="+53"/>
        <source>Can be read</source>
        <translation>Lesbar</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Remove the Source?</source>
        <translation>Quelle entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the library? It takes away the %2 drugs imported from it; the %3 drugs of other folders stay.

The library as it is now is kept: File → Restore Previous Library brings it back.</source>
        <translation>%1 aus der Bibliothek entfernen? Damit gehen die %2 daraus importierten Arzneimittel; die %3 Arzneimittel anderer Ordner bleiben.

Die Bibliothek, wie sie jetzt ist, wird aufbewahrt: Datei → Frühere Bibliothek wiederherstellen holt sie zurück.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove Source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Remove the Source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed %1 from the library: %2 drugs taken away. File → Restore Previous Library brings them back.</source>
        <translation>%1 aus der Bibliothek entfernt: %2 Arzneimittel entfernt. Datei → Frühere Bibliothek wiederherstellen holt sie zurück.</translation>
    </message>
</context>
<context>
    <name>formulary::StudyDialog</name>
    <message>
        <location filename="../../src/app/studydialog.cpp" line="+120"/>
        <source>Nothing to study yet</source>
        <translation>Noch nichts zu lernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmark questions in a drug&apos;s FAQs (click the star or press Ctrl+D); they become cards here.</source>
        <translation>Setzen Sie Lesezeichen für Fragen in den FAQ eines Arzneimittels (Stern anklicken oder Strg+D drücken); hier werden daraus Karteikarten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done for now</source>
        <translation>Fürs Erste geschafft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No cards are due</source>
        <translation>Keine Karten fällig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The next card is due %1.</source>
        <translation>Die nächste Karte ist am %1 fällig.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Cards gone through: %1; known at once: %2.</source>
        <translation>Durchgearbeitete Karten: %1; auf Anhieb gewusst: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cards left: %1 · box %2 of %3</source>
        <translation>Verbleibende Karten: %1 · Fach %2 von %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no longer on the drug&apos;s page</source>
        <translation>nicht mehr auf der Seite des Arzneimittels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your note: %1</source>
        <translation>Ihre Notiz: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The last card could not be saved and was skipped: %1</source>
        <translation>Die letzte Karte konnte nicht gespeichert werden und wurde übersprungen: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No drill yet</source>
        <translation>Noch kein Quiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The drill asks which of your bookmarked drugs lists a side effect. Bookmark questions of at least two drugs whose pages list side effects.</source>
        <translation>Das Quiz fragt, bei welchem Ihrer Arzneimittel mit Lesezeichen eine Nebenwirkung aufgeführt ist. Setzen Sie Lesezeichen für Fragen von mindestens zwei Arzneimitteln, deren Seiten Nebenwirkungen aufführen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 right</source>
        <translation>%1 von %2 richtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start Again (Space)</source>
        <translation>Neu beginnen (Leertaste)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+51"/>
        <source>Question %1 of %2 · %3 right so far</source>
        <translation>Frage %1 von %2 · bisher %3 richtig</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Which of these drugs lists “%1” as a side effect?</source>
        <translation>Bei welchem dieser Arzneimittel ist „%1“ als Nebenwirkung aufgeführt?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Next (Space)</source>
        <translation>Weiter (Leertaste)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Right. “%1” is listed by: %2.</source>
        <translation>Richtig. „%1“ ist aufgeführt bei: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not %1. “%2” is listed by: %3.</source>
        <translation>Nicht %1. „%2“ ist aufgeführt bei: %3.</translation>
    </message>
</context>
<context>
    <name>formulary::bookmarktransfer</name>
    <message>
        <location filename="../../src/app/bookmarktransfer.cpp" line="+42"/>
        <source>Markdown, to read and print (*.md)</source>
        <translation>Markdown, zum Lesen und Drucken (*.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, to keep and import again (*.csv)</source>
        <translation>CSV, zum Aufbewahren und erneuten Importieren (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anki, to import as Basic cards (*.txt)</source>
        <translation>Anki, zum Import als Karten vom Typ „Einfach“ (*.txt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bookmarks could not be saved.</source>
        <translation>Die Lesezeichen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Exported the bookmarks (%1) to %2</source>
        <translation>Lesezeichen (%1) nach %2 exportiert</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>From %1: %2.</source>
        <translation>Aus %1: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>bookmarks</source>
        <translation>lesezeichen</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+29"/>
        <source>Export Bookmarks</source>
        <translation>Lesezeichen exportieren</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>added %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped %1 already bookmarked</source>
        <translation>übersprungen, weil bereits vorhanden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not read %1 of its records</source>
        <translation>nicht lesbare Datensätze: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The bookmarks could not be exported.

%1</source>
        <translation>Die Lesezeichen konnten nicht exportiert werden.

%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>Import Bookmarks</source>
        <translation>Lesezeichen importieren</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Bookmarks exported as CSV (*.csv);;All files (*)</source>
        <translation>Als CSV exportierte Lesezeichen (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>formulary::drugcomparison</name>
    <message>
        <location filename="../../src/render/drugcomparison.cpp" line="+25"/>
        <source>common</source>
        <translation>häufig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>less common</source>
        <translation>weniger häufig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rare</source>
        <translation>selten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>serious</source>
        <translation>schwerwiegend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>listed</source>
        <translation>aufgeführt</translation>
    </message>
</context>
</TS>
