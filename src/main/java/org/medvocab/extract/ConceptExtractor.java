package org.medvocab.extract;

import java.util.List;
import java.util.function.Supplier;

import org.medvocab.ingest.SourceDocument;
import org.medvocab.layout.Layout;
import org.medvocab.layout.LayoutRegistry;
import org.medvocab.page.Boilerplate;
import org.medvocab.page.Page;

/**
 * The extract stage's entry point. The page's chrome is removed ({@link Boilerplate}) and the layout that fits
 * it best is found ({@link LayoutRegistry}); pages that a layout cuts into dictionary entries are read entry by
 * entry ({@link EntryExtractor}), other pages by the extractor of their document kind.
 */
public final class ConceptExtractor {
    private final EncyclopediaExtractor encyclopedia = new EncyclopediaExtractor();
    private final DictionaryExtractor dictionary = new DictionaryExtractor();
    private final EntryExtractor entries = new EntryExtractor();
    private final Boilerplate boilerplate = boilerplate();

    /** The content/chrome classifier the converter uses: a block's sentence-ness is whether the tagger finds a verb in it. */
    public static Boilerplate boilerplate() {
        return new Boilerplate(text -> Nlp.get().analyse(text, 0).tokens().stream().anyMatch(t -> t.is("VERB") || t.is("AUX")));
    }
    private final LayoutRegistry layouts = LayoutRegistry.standard();

    /** A word is dropped as a non-term only when the grounding rejects it and it has no noun reading at all. */
    static boolean mayBeTerm(String word) {
        return org.medvocab.ground.Grounder.get().isTerm(word) || org.medvocab.ground.WordNetLexicon.get().readings(word.toLowerCase(java.util.Locale.ROOT))
            .contains(org.medvocab.ground.WordNetLexicon.Reading.NOUN);
    }

    /** A page's content blocks and the layout that fits them best, found once per document. */
    private record Fit(Page content, Layout layout) {}

    private Fit fit(SourceDocument doc) {
        if (doc.page() == null) return null;
        Page content = boilerplate.content(doc.page());
        return new Fit(content, layouts.best(content));
    }

    public DocumentExtraction extract(SourceDocument doc) {
        Fit fit = fit(doc);
        DocumentExtraction ex = byLayout(doc, fit, false);
        DocumentKind kind = kindOf(doc, fit);
        if (ex == null) ex = byKind(doc, kind);
        finish(ex, doc);
        if (ex.terms().stream().anyMatch(t -> !t.definitions().isEmpty())) return ex;
        // a page the reading chosen for it defines nothing in is read the other ways before it is given up: by the
        // entries its best layout splits it into, then as the other kind of page when it was read as a dictionary
        // (it is no dictionary) or nothing was found; the first reading that defines something wins, else the first
        // that finds any term
        DocumentExtraction best = ex;
        List<Supplier<DocumentExtraction>> others = List.of(() -> byLayout(doc, fit, true),
            () -> byKind(doc, kind == DocumentKind.DICTIONARY ? DocumentKind.ENCYCLOPEDIA : DocumentKind.DICTIONARY));
        for (int i = 0; i < others.size(); i++) {
            if (i == others.size() - 1 && kind != DocumentKind.DICTIONARY && !best.terms().isEmpty()) break;
            DocumentExtraction found = others.get(i).get();
            if (found == null) continue;
            finish(found, doc);
            if (defines(found)) return found;
            if (best.terms().isEmpty() && !found.terms().isEmpty()) best = found;
        }
        return best;
    }

    /**
     * Whether another reading of a page found a definition of some term: a text that names the term or reads as a
     * gloss (a sentence about something else, taken for a definition of a page's file name, is none).
     */
    private static boolean defines(DocumentExtraction ex) {
        return ex.terms().stream().anyMatch(t -> t.definitions().stream().anyMatch(d ->
            (" " + Labels.key(d.text()) + " ").contains(" " + Labels.key(t.label()) + " ") || DefinitionRules.definitionShaped(d.text())));
    }

    /** How well an article layout must fit a page for its dictionary-like lines to be overruled. */
    private static final double ARTICLE_FIT = 0.6;

    /** The document's kind by its lines; numbered steps and bracketed names look like a dictionary's, but a page an article layout fits well is an article. */
    private DocumentKind kindOf(SourceDocument doc, Fit fit) {
        DocumentKind kind = KindDetector.detect(doc.text());
        return kind == DocumentKind.DICTIONARY && readsAsArticle(fit) ? DocumentKind.ENCYCLOPEDIA : kind;
    }

    private static boolean readsAsArticle(Fit fit) {
        return fit != null && fit.layout().article() && fit.layout().detect(fit.content()) >= ARTICLE_FIT;
    }

    private DocumentExtraction byKind(SourceDocument doc, DocumentKind kind) {
        return kind == DocumentKind.DICTIONARY ? dictionary.extract(doc) : encyclopedia.extract(doc, kind);
    }

    private static void finish(DocumentExtraction ex, SourceDocument doc) {
        ex.foldAbbreviations();
        ex.separateDefinedCompounds();
        ex.dropNonTerms(ConceptExtractor::mayBeTerm);
        ex.dropEverydaySenses();
        ex.reduceBroader();
        ex.placeBuiltWords();
        ex.dropPublishers(doc.text());
    }

    /**
     * The extraction of a page a dictionary-entry layout fits, or null for other pages; with {@code anyLayout}, of the
     * entries whichever layout fits best splits the page into.
     */
    private DocumentExtraction byLayout(SourceDocument doc, Fit fit, boolean anyLayout) {
        if (fit == null) return null;
        Page content = fit.content();
        Layout layout = fit.layout();
        if (!anyLayout && !layout.entriesOnly(content)) return null; // a dictionary page or a bare term list
        var found = layout.entries(content, doc.id());
        return found.isEmpty() ? null : entries.extract(doc, found);
    }
}
