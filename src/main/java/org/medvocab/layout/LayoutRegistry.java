package org.medvocab.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.medvocab.page.Page;

/**
 * The table of layouts. {@link #standard()} holds one instance of each layout family; the best
 * layout for a page is the one with the highest {@link Layout#detect} score (the first registered
 * wins a tie). To add a layout: write the class, add one line to {@link #standard()}, add a fixture
 * folder {@code src/test/resources/layouts/<name>/}.
 */
public final class LayoutRegistry {
    private final List<Layout> layouts;

    /**
     * @param layouts the layouts, in order of preference on ties
     */
    public LayoutRegistry(List<Layout> layouts) {
        this.layouts = List.copyOf(layouts);
    }

    /** @return the registry of every layout family medvocab knows */
    public static LayoutRegistry standard() {
        List<Layout> all = new ArrayList<>();
        all.add(new WikiArticleLayout());
        all.add(new StackedDictionaryLayout());
        all.add(new OneLineEntryLayout());
        all.add(new LabelledEntryLayout());
        all.add(new SynsetLayout());
        all.add(new GlossaryLayout());
        all.add(new ExplainerLayout());
        all.add(new PlainProseLayout());
        return new LayoutRegistry(all);
    }

    /** @return the registered layouts */
    public List<Layout> layouts() {
        return Collections.unmodifiableList(layouts);
    }

    /**
     * @param name a layout name
     * @return the layout of that name
     */
    public Optional<Layout> byName(String name) {
        return layouts.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /**
     * The layout that fits a page best.
     *
     * @param page the content blocks of a page
     * @return the layout with the highest score
     */
    public Layout best(Page page) {
        Layout best = layouts.get(0);
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Layout layout : layouts) {
            double score = layout.detect(page);
            if (score > bestScore) {
                best = layout;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Cuts a page into entries with the layout that fits it best.
     *
     * @param page the content blocks of a page
     * @param documentId the file name or URL (topic of last resort), or null
     * @return the entries
     */
    public List<Entry> entries(Page page, String documentId) {
        return best(page).entries(page, documentId);
    }
}
