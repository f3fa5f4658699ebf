package org.medvocab.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextSegmenterTest {

    private static List<String> shapes(Page page) {
        return page.blocks().stream().map(b -> b.type() + (b.type() == BlockType.HEADING ? "(" + b.level() + ")" : "")
                + (b.marker() != null ? " " + b.marker() : "") + ": " + b.text()).toList();
    }

    /** Every block's text maps back, character by character, to the same characters of the document. */
    private static void assertOffsetsMapBack(Page page) {
        for (Block b : page.blocks()) {
            for (int i = 0; i < b.text().length(); i++) {
                char c = b.text().charAt(i);
                if (c != ' ') {
                    assertEquals(c, page.text().charAt(b.offsetOf(i)), "char " + i + " of " + b);
                }
            }
            assertTrue(b.start() <= b.end() && b.end() <= page.text().length(), b.toString());
        }
    }

    @Test
    void aBareNumberBeforeALowerCaseGlossIsASense() {
        Page page = PlainTextSegmenter.segment("Sprain\n\n1 an injury to a ligament from a sudden twist of a joint [syn: wrench]\n"
                + "2 a twist that strains a joint without breaking it\n");
        assertEquals(2, page.blocks().stream().filter(b -> b.type() == BlockType.NUMBERED_ITEM).count(), page::describe);
    }

    @Test
    void wordNetSensesNumberedWithinTheirPartOfSpeechRunOnOverWrappedLines() {
        Page page = PlainTextSegmenter.segment("n 1: a swelling of a joint from a sudden twist, often of an\n"
                + "ankle or a wrist;\n"
                + "usually treated with rest and cold [syn: sprain,\n"
                + "wrench]\n"
                + "2: the act of twisting a joint too far\n");
        assertEquals(List.of("NUMBERED_ITEM n 1:: a swelling of a joint from a sudden twist, often of an ankle or a wrist; usually "
                + "treated with rest and cold [syn: sprain, wrench]", "NUMBERED_ITEM 2:: the act of twisting a joint too far"),
            shapes(page));
        assertOffsetsMapBack(page);
    }

    @Test
    void aListOfShortItemsEachEndingWithASemicolonStaysAList() {
        Page page = PlainTextSegmenter.segment("Signs\n\nfever;\ncough;\nheadache.\n");
        assertEquals(4, page.blocks().size(), page::describe);
    }

    @Test
    void aBracketedNoteJoinsTheSenseItFollowsButACreditDoesNot() {
        Page page = PlainTextSegmenter.segment("Sprain \\Sprain\\, n.\n(a) A sudden twist of a joint that tears its ligaments.\n"
                + "[Written also spraine.]\n[1913 Webster]\n");
        assertTrue(shapes(page).contains("NUMBERED_ITEM (a): A sudden twist of a joint that tears its ligaments. [Written also spraine.]"),
            page::describe);
    }

    @Test
    void aLineEndingWithASourceCreditEndsItsSense() {
        Page page = PlainTextSegmenter.segment("Sprain \\Sprain\\, n.\nA sudden twist of a joint that tears its ligaments. [1913 Webster]\n"
                + "a strain of a muscle from overuse [PJC]\n");
        assertEquals(3, page.blocks().size(), page::describe);
    }

    @Test
    void wikitextHeadingsAndRawMarkup() {
        String text = "= Gravel pump =\n\n"
                + "{{Infobox machine\n| name = x\n| image = y.png }}\n"
                + "A '''gravel pump''' is a [[centrifugal pump|rotary pump]] that moves [[slurry]].<ref>Some book</ref>\n\n"
                + "== Uses ==\n"
                + "* quarries\n** deep pits\n";
        Page page = PlainTextSegmenter.segment(text);
        assertEquals(List.of("TITLE: Gravel pump",
                "PARAGRAPH: A gravel pump is a rotary pump that moves slurry.",
                "HEADING(2): Uses", "LIST_ITEM: quarries", "LIST_ITEM: deep pits"), shapes(page));
        assertEquals(2, page.blocks().get(4).depth());
        assertEquals("Gravel pump", page.title().orElseThrow().text());
        assertOffsetsMapBack(page);
    }

    @Test
    void editLinksHashHeadingsBulletsAndSeparators() {
        String text = "Windmill\n\nHistory[edit | edit source]\nOld mills ground grain for villages.\n\n"
                + "Parts\n\n[edit]\n\n# Sails\n\n  • the cap turns\n  - the tail fan\n\n* * *\n\n[edit] See also\n";
        Page page = PlainTextSegmenter.segment(text);
        assertEquals(List.of("TITLE: Windmill", "HEADING(2): History", "PARAGRAPH: Old mills ground grain for villages.",
                "HEADING(2): Parts", "HEADING(1): Sails", "LIST_ITEM: the cap turns",
                "LIST_ITEM: the tail fan", "SEPARATOR: * * *", "HEADING(2): See also"), shapes(page));
        assertOffsetsMapBack(page);
    }

    @Test
    void numberedSensesInTheirCommonForms() {
        String text = "kettle\n\n1. noun a pot for boiling water\n1.1 a large metal drum\n[n] a hollow in the ground\n"
                + "a. a kettledrum\n2) a cauldron\n";
        Page page = PlainTextSegmenter.segment(text);
        List<Block> items = page.blocks(BlockType.NUMBERED_ITEM);
        assertEquals(List.of("1.", "1.1", "[n]", "a.", "2)"), items.stream().map(Block::marker).toList());
        assertEquals("noun a pot for boiling water", items.get(0).text());
        assertOffsetsMapBack(page);
    }

    @Test
    void attributionsAndInfoboxRows() {
        String text = "from The Big Book of Tools\n\nSource: Workshop Handbook\n\n— Tool Makers Guild\n\n"
                + "Hand dictionary. 1999.\n\nAcronym: TBT\n\nMaterial | Steel |\n\nWeightHeavy, about ten kilos\n"
                + "ColourGrey\n\nfrom Latin nebula, mist\n";
        Page page = PlainTextSegmenter.segment(text);
        List<String> s = shapes(page);
        assertEquals("ATTRIBUTION: from The Big Book of Tools", s.get(0));
        assertEquals("ATTRIBUTION: Source: Workshop Handbook", s.get(1));
        assertEquals("ATTRIBUTION: — Tool Makers Guild", s.get(2));
        assertEquals("ATTRIBUTION: Hand dictionary. 1999.", s.get(3));
        List<Block> rows = page.blocks(BlockType.INFOBOX_ROW);
        assertEquals(List.of("Acronym", "Material", "Weight", "Colour"), rows.stream().map(Block::label).toList());
        assertEquals(List.of("TBT", "Steel", "Heavy, about ten kilos", "Grey"), rows.stream().map(Block::value).toList());
        assertFalse(s.get(s.size() - 1).startsWith("ATTRIBUTION"), "an etymology is no attribution: " + s);
    }

    @Test
    void hardWrappedLinesJoinAndSplitWordsRejoin() {
        String text = "Sundial\nA sundial shows the time of day from the position of a\nshadow cast by a gno-\nmon onto "
                + "a marked plate (or\nDial Face). Sundials are old.\nParts\nThe gnomon is the part that casts the shadow.\n";
        Page page = PlainTextSegmenter.segment(text);
        assertEquals(List.of("TITLE: Sundial",
                "PARAGRAPH: A sundial shows the time of day from the position of a shadow cast by a gnomon onto a marked "
                        + "plate (or Dial Face). Sundials are old.",
                "HEADING(2): Parts", "PARAGRAPH: The gnomon is the part that casts the shadow."), shapes(page));
        Block para = page.blocks().get(1);
        int m = para.text().indexOf("gnomon");
        assertEquals('g', text.charAt(para.offsetOf(m)));
        assertEquals('m', text.charAt(para.offsetOf(m + 3)), "the 'm' after the dropped hyphen maps to the next line");
        assertOffsetsMapBack(page);
    }

    @Test
    void titleIsTheLineTheLeadParagraphOpensWith() {
        String text = "Tool Finder\n\nBrowse all tools\n\nBench vise\n\nA bench vise is a clamp fixed to a workbench that "
                + "holds a piece of work steady while it is shaped.\n";
        Page page = PlainTextSegmenter.segment(text);
        assertEquals("Bench vise", page.title().orElseThrow().text());
        assertEquals(2, page.blocks(BlockType.HEADING).size());
    }

    @Test
    void questionHeadingsAndEmptyText() {
        Page page = PlainTextSegmenter.segment("What is a lathe?\nA lathe turns a piece of wood or metal against a "
                + "cutting tool so that it can be shaped evenly all round.\nHow is it driven?\nBy a motor and a belt.\n");
        assertEquals("What is a lathe?", page.title().orElseThrow().text());
        assertEquals("How is it driven?", page.blocks(BlockType.HEADING).get(0).text());
        assertEquals("lathe", PlainTextSegmenter.topicOf("What is a lathe?"));
        assertTrue(PlainTextSegmenter.segment("").blocks().isEmpty());
        assertTrue(PlainTextSegmenter.segment("\n\n  \n").blocks().isEmpty());
    }

    @Test
    void aShortNumberedLineOverProseIsASectionHeadingAndAContentsListStaysAList() {
        Page page = PlainTextSegmenter.segment("Contents\n1. What is a stoma?\n2. Types of stoma\n\n1. What is a stoma?\nA stoma is an opening on the belly made in an operation.\n");
        java.util.List<Block> blocks = page.blocks();
        org.junit.jupiter.api.Assertions.assertEquals(BlockType.NUMBERED_ITEM, blocks.stream().filter(b -> b.text().equals("Types of stoma")).findFirst().orElseThrow().type());
        assertTrue(blocks.get(blocks.size() - 2).type().isHeading(), blocks::toString); // a heading (here the first, so the title)
    }

    @Test
    void aHeadLineOfWordAndPartOfSpeechAndRespellingsWithAudioButtons() {
        assertEquals("pulse oximetry", HeadLines.headwordBeforePartOfSpeech("pulse oximetry noun"));
        assertEquals("stent", HeadLines.headwordBeforePartOfSpeech("stent noun [C]"));
        assertEquals(null, HeadLines.headwordBeforePartOfSpeech("Types of noun"));
        assertTrue(HeadLines.isPronunciation("/ˈsplɪnt/ 🔊 UK   /ˈsplɪnt/ 🔊 US"));
        assertTrue(HeadLines.isPartOfSpeech("verb (cast, casting)"));
    }

    @Test
    void aLineBackAtTheOuterIndentOpensTheNextItemOfAHangingList() {
        Page page = PlainTextSegmenter.segment("Kinds:\n"
                + "   plain bandage\n"
                + "      a strip of woven cloth wound round a limb to hold a dressing in place\n"
                + "   crepe bandage\n"
                + "      a stretchy bandage that gives light support to a sprained joint\n");
        List<String> texts = page.blocks().stream().map(b -> b.text()).toList();
        assertEquals(List.of("Kinds:", "plain bandage a strip of woven cloth wound round a limb to hold a dressing in place",
                "crepe bandage a stretchy bandage that gives light support to a sprained joint"), texts, page::describe);
        assertOffsetsMapBack(page);
    }

    @Test
    void aDashLedNoteIsNoHeading() {
        Page page = PlainTextSegmenter.segment("splint\n\n: a rigid strip that keeps a broken bone from moving\n\n— called also surgical splint\n");
        assertTrue(page.blocks().stream().filter(b -> b.text().startsWith("—")).noneMatch(b -> b.type().isHeading()), page::describe);
    }

    @Test
    void onAPageOfFieldsACaptionAndTheLinesOfItsValueAreOneRow() {
        Page page = PlainTextSegmenter.segment("sling\nPart of speech:\nnoun\nDefinition:\nA wide band of cloth that holds up an injured arm.\n"
                + "Synonyms:\narm sling\ntriangular bandage\nShare\n");
        List<String> texts = page.blocks().stream().map(b -> b.text()).toList();
        assertTrue(texts.contains("Part of speech: noun"), page::describe);
        assertTrue(texts.contains("Definition: A wide band of cloth that holds up an injured arm."), page::describe);
        assertTrue(texts.contains("Synonyms: arm sling  triangular bandage"), page::describe);
        assertTrue(texts.contains("Share"), page::describe);
        assertOffsetsMapBack(page);
    }

    @Test
    void aListCaptionOverItsItemsIsNoFieldOnAPageWithoutEntryFields() {
        Page page = PlainTextSegmenter.segment("sling\n\na band of cloth that holds up an injured arm\n\nTypes:\n"
                + "collar and cuff sling\nbroad arm sling\n");
        assertTrue(page.blocks().stream().anyMatch(b -> b.text().equals("Types:")), page::describe);
    }

    @Test
    void aPrintedDictionarysHeadOnALineOfItsOwnRunsOnIntoItsGloss() {
        Page page = PlainTextSegmenter.segment("splint (splint) n.\na rigid strip bound to a limb to keep a broken bone still. The lightest\n"
                + "(inflatable) splints are filled with air.\n");
        assertEquals(List.of("splint (splint) n. a rigid strip bound to a limb to keep a broken bone still. The lightest "
                + "(inflatable) splints are filled with air."), page.blocks().stream().map(b -> b.text()).toList(), page::describe);
        assertOffsetsMapBack(page);
    }
}
