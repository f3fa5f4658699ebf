package org.medvocab.layout;

import java.util.List;
import org.medvocab.page.Page;

/**
 * A family of page layouts (wiki article, glossary, stacked dictionary, ...): recognises itself on a
 * page and cuts the page into entries. Layouts read a page whose chrome is already removed
 * ({@code Boilerplate.content}). A new layout is one class, one line in {@link LayoutRegistry} and
 * one fixture folder {@code src/test/resources/layouts/<name>/}.
 */
public interface Layout {

    /** @return the layout's name, also the name of its fixture folder ("wiki-article") */
    String name();

    /**
     * How well the page fits this layout.
     *
     * @param page the content blocks of a page
     * @return a score in 0..1; the registry picks the highest
     */
    double detect(Page page);

    /**
     * Cuts the page into entries.
     *
     * @param page the content blocks of a page
     * @param documentId the file name or URL of the document (a topic of last resort), or null
     * @return the entries, in page order
     */
    List<Entry> entries(Page page, String documentId);

    /**
     * Whether the page is nothing but this layout's entries, so that the entries are all a reader needs (a
     * dictionary page, a bare term list); an article that only contains some entries is read as an article.
     *
     * @param page the content blocks of a page
     * @return true when the entries stand for the whole page; false by default
     */
    default boolean entriesOnly(Page page) {
        return false;
    }

    /**
     * Whether the page, when this layout fits it well, is an article: running prose under headings that sentence
     * rules read whole, whatever dictionary-like lines (numbered steps, bracketed names) it holds. False by default.
     *
     * @return true for article layouts (wiki article, explainer)
     */
    default boolean article() {
        return false;
    }

    /**
     * Cuts the page into entries without a document name.
     *
     * @param page the content blocks of a page
     * @return the entries, in page order
     */
    default List<Entry> entries(Page page) {
        return entries(page, null);
    }
}
