package org.medvocab.extract;

import org.medvocab.page.WordRelations;

import java.util.regex.Pattern;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

import org.medvocab.extract.Lexicon.Section;
import org.medvocab.ingest.SourceDocument;

/**
 * Encyclopedia articles (and plain prose): a title, a lead paragraph whose first sentence defines the title
 * term, sections with headings (edit links dropped), glossary-style lists, and site chrome that is skipped.
 */
public final class EncyclopediaExtractor {

    public DocumentExtraction extract(SourceDocument doc, DocumentKind kind) {
        DocumentExtraction ex = new DocumentExtraction(doc, kind);
        ex.readWithoutMarkup(); // an article saved as its wiki source: bold quotes, links and footnotes are no words of it
        String text = ex.text();
        List<Line> lines = Line.unwrap(Line.split(text));
        TopicFinder.Topic found = TopicFinder.find(lines, doc.title(), doc.id());
        // a site's name on the first line, which the text never writes, gives way to the name the text is about
        String title = cleanTitle(org.medvocab.layout.Topic.supportedOr(doc.page(), doc.id(), found.title()));
        String topicLabel = topicLabel(title, text);
        ex.topic(topicLabel);
        TermRecord topic = ex.term(topicLabel);
        topic.properName(TextRules.writtenAsProperName(text, topicLabel));
        Article article = new Article(ex, topic, lines, Labels.key(title));
        for (int i = found.bodyStart(); i < lines.size(); i++) {
            if (!article.line(i)) break;
        }
        ex.applyAbbreviations();
        ex.applyMentions();
        return ex;
    }

    private static final int MAX_SOURCE_LINE = 100;
    private static final Pattern COMMA_RUN_IN = Pattern.compile("^([\\p{L}][^,.;:]{1,60}),\\s+(\\p{Lu}\\p{Ll}.{8,})$");
    private static final Pattern NAVIGATION_LINE = Pattern.compile("(?i)navigation\\s*:.*|languages\\s*:.*");
    private static final Pattern TRAILING_COLON = Pattern.compile("[:\\s]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DEFINITION_WORDS = Pattern.compile("definition|description");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?]$");
    private static final Pattern PRONOUN_START = Pattern.compile("(?i)^(?:they|it)\\b.*");

    /** What reading an article remembers from line to line: the section, the lead, the topic's genus head. */
    private final class Article {
        final DocumentExtraction ex;
        final TermRecord topic;
        final List<Line> lines;
        final String titleKey;
        Section section = Section.LEAD;
        boolean definedInLead;
        boolean glossOnlyInLead;    // the lead's definition so far is a bare gloss (perhaps a caption), no sentence naming the topic
        boolean paragraphOpening;   // the sentence read first in its paragraph
        String kindsShort;          // the short form of the class whose kinds are listed ("DM"), or null
        boolean runInGloss;         // the line being read is the topic's gloss, its name run in before it and cut off
        boolean listOpened;         // the lines since a sentence that opened a list ("... is made up of these parts:")
        WordRelations.Relation wordRelation; // the heading captions the words under it as narrower or broader ones
        boolean kindsListed;        // the list was opened by a sentence or a heading about kinds ("Types", "classified into:")
        String kindsClass;          // while items of a list of kinds follow its opening sentence: the class they are kinds of
        boolean itemOfList;         // the line being read is one of them
        Section listSection;        // what the sentence that opened the list names its items as ("components:"), or null
        boolean leadRead;
        String genusHead;
        int lineIndex;

        Article(DocumentExtraction ex, TermRecord topic, List<Line> lines, String titleKey) {
            this.ex = ex;
            this.topic = topic;
            this.lines = lines;
            this.titleKey = titleKey;
        }

        /** Reads line {@code i}; false when the article ends there (a navigation footer). */
        boolean line(int i) {
            lineIndex = i;
            Line line = lines.get(i);
            String text = line.text();
            // the title again, or framed ("What is X?"); "Types of X" is a heading over X's kinds
            if (text.isEmpty() || Labels.key(text).equals(titleKey)
                || Labels.key(cleanTitle(text)).equals(titleKey) && !TextRules.namesKinds(text)) return true;
            if (NAVIGATION_LINE.matcher(text).matches()) return false;
            if (sourceOrRow(line, text)) return true;
            String heading = Chrome.editHeading(text);
            if (heading == null && Chrome.isChrome(text)) return true;
            if (heading == null && isHeading(lines, i)) heading = TRAILING_COLON.matcher(text).replaceAll("");
            if (heading != null) {
                heading(heading);
                return true;
            }
            if (Chrome.isChrome(text) || section == Section.CHROME || section == Section.SKIP) return true;
            if (isResourcesLine(text, ex.topic())) return true;
            Matcher gl = TextRules.GLOSSARY.matcher(text);
            boolean listItem = TextRules.LIST_ITEM.matcher(text).matches();
            // "Colonoscopy: A procedure in which ...": the topic run in before its gloss, which is read as the lead's prose
            // "Definition 2: a drug that ...": one of the topic's senses under its caption, a lead of its own
            boolean senseCaption = gl.matches() && TextRules.SENSE_CAPTION.matcher(gl.group(1).strip()).matches();
            if (senseCaption) definedInLead = false;
            boolean topicRunIn = gl.matches() && (gl.group(2) == null || TextRules.SENSE_QUALIFIER.matcher(gl.group(2)).matches()) && (senseCaption || Labels.key(gl.group(1)).equals(Labels.key(topic.label()))
                && section == Section.LEAD) && GLOSS_START.matcher(gl.group(3)).lookingAt();
            // "WIDGET: "She fitted the widget ..."": the word captioned over a quotation of it in use
            if (gl.matches() && DefinitionRules.isExample(gl.group(3))) return true;
            // "Your colostomy: a guide for patients and families": the page's subtitle, which names the page's kind
            if (gl.matches() && PAGE_GENUS.matcher(gl.group(3).strip()).lookingAt()) return true;
            if (gl.matches() && captionedRow(gl, line)) return true;
            if (kindsClass != null && kindItem(line, text)) return true;
            kindsClass = null;
            runInGloss = topicRunIn;
            String commaGloss = topicRunIn ? null : commaRunIn(text);
            if (commaGloss != null) {
                runInGloss = true;
                text = commaGloss;
                listItem = false;
            } else if (topicRunIn) {
                text = gl.group(3);
                listItem = false;
            } else if (gl.matches() && SPACES.split(gl.group(1).strip()).length <= 6 && !gl.group(1).contains(",")) {
                if (glossary(ex, topic, gl.group(1).strip(), gl.group(2), gl.group(3), line, section)) return true;
                text = gl.group(3);   // "Label: There are ...": a labelled sentence about the topic, read as prose
                listItem = false;
                // "Usage: A widget is ...": like a source's line, a caption opens a block that may define the topic again
                if (definesTopic(text, topic)) definedInLead = false;
            }
            // lines written without bullets under "... made up of these parts:" are its items while they read as ones
            itemOfList = listOpened;
            if (TextRules.opensList(text)) listSection = listSection(text);
            kinds(text, !listItem && nextIsListItem(i));
            listOpened = TextRules.opensList(text) || listOpened && GLOSS_START.matcher(text).lookingAt();
            if (!listOpened && !listItem) listSection = null;
            if (!listedNames(line, text, listItem)) body(line, text, listItem);
            return true;
        }

        /** "angioplasty, Therapeutic opening of a blocked blood vessel.": the lead's gloss after the topic and a comma, else null. */
        private String commaRunIn(String text) {
            Matcher comma = COMMA_RUN_IN.matcher(text);
            return section == Section.LEAD && comma.matches() && Labels.key(comma.group(1)).equals(Labels.key(topic.label()))
                ? comma.group(2) : null;
        }

        /**
         * A line that opens a list of kinds ("The main types of ostomies are:") or announces them ("There are three main
         * types of anemia."): the class whose kinds the lines below name.
         */
        private void kinds(String text, boolean listBelow) {
            // "... you will find three varieties of walking frames." right over a list: the list names those kinds
            if (TextRules.opensList(text) || listBelow && namesKindsOfTopic(text)) {
                kindsListed = TextRules.namesKinds(text);
                if (kindsListed) kindsClass = kindsClass(text);
            }
            Matcher thereAre = TextRules.THERE_ARE_KINDS.matcher(text);
            if (thereAre.matches()) {
                kindsListed = true;
                kindsClass = Labels.singularPhrase(thereAre.group(1).toLowerCase(Locale.ROOT));
                kindsShort = thereAre.group(2);
            }
        }

        /** "... three varieties of walking frames": a sentence naming kinds of the page's topic. */
        private boolean namesKindsOfTopic(String text) {
            Matcher kinds = KINDS_OF_NAME.matcher(text);
            while (kinds.find()) {
                if (Labels.key(Labels.singularPhrase(kinds.group(1))).equals(Labels.key(topic.label()))) return true;
            }
            return false;
        }

        /**
         * A source's line on a page of several sources (each source's block may define the topic again in its lead), or
         * a summary box's row (not read under a skipped section: "Etymology", "ATP: adenosine triphosphate, ...").
         */
        private boolean sourceOrRow(Line line, String text) {
            if (text.length() < MAX_SOURCE_LINE && KindDetector.SOURCE_LINE.matcher(text).matches()) {
                section = Section.LEAD;
                definedInLead = false;
                return true;
            }
            InfoboxRules.Row row = InfoboxRules.row(text);
            if (row == null) return false;
            if (section != Section.SKIP && section != Section.CHROME) InfoboxRules.apply(row, topic, ex, ex.evidence(line.start(), line.end()));
            return true;
        }

        /**
         * "Exact Synonyms: A ; B", "Type of: device": a caption of related words run in before them names the topic's
         * (a bare "Synonyms" over a thesaurus box's many words does not). False when the line is no such row.
         */
        private boolean captionedRow(Matcher gl, Line line) {
            InfoboxRules.Role captioned = gl.group(2) == null ? InfoboxRules.captionRole(WordRelations.caption(gl.group(1))) : null;
            if (captioned == null || WordRelations.thesaurusBox(gl.group(1), gl.group(3))) return false;
            InfoboxRules.apply(new InfoboxRules.Row(captioned, gl.group(3)), topic, ex, ex.evidence(line.start(), line.end()));
            return true;
        }

        /** Whether the next line with text is an item of a list. */
        private boolean nextIsListItem(int i) {
            for (int j = i + 1; j < lines.size(); j++) {
                String t = lines.get(j).text().strip();
                if (!t.isEmpty()) return TextRules.LIST_ITEM.matcher(t).matches();
            }
            return false;
        }

        /** The class a sentence opening a list of kinds names ("The main types of ostomies are:"), else the topic's. */
        private String kindsClass(String opener) {
            Matcher kinds = KINDS_OF.matcher(opener);
            if (kinds.find()) return Labels.singularPhrase(kinds.group(1).toLowerCase(Locale.ROOT));
            Matcher classified = CLASSIFIED_INTO.matcher(opener);
            if (!classified.find()) return topic.label();
            String subject = classified.group(1).toLowerCase(Locale.ROOT);
            return Lexicon.DETERMINERS.contains(subject) ? topic.label() : Labels.singularPhrase(subject);
        }

        /**
         * "1. Ileostomy: This involves bringing ...": an item of a list of kinds that names a kind and says what it is.
         * The kind is a narrower term of the list's class, defined by the item. False when the line is no such item.
         */
        private boolean kindItem(Line line, String text) {
            Matcher li = TextRules.LIST_ITEM.matcher(text);
            String item = li.matches() ? li.group(1) : text;
            Matcher pair = TextRules.GLOSSARY.matcher(item);
            // listed, or a paragraph of its own under the announcement: a sentence naming a kind
            if (!pair.matches()) return NamingRules.kindSentence(item, kindsClass, kindsShort, ex,
                line.start() + Math.max(0, line.text().indexOf(item)), line.end());
            if (SPACES.split(pair.group(1).strip()).length > 4 || pair.group(1).contains(",")) return false;
            Phrases.Term name = Phrases.clean(pair.group(1).strip());
            if (name == null || Labels.key(name.label()).equals(Labels.key(kindsClass))) return false;
            Evidence ev = ex.evidence(line.start() + line.text().indexOf(pair.group(3)), line.end());
            TermRecord kind = ex.term(Labels.singularPhrase(name.label())).mention(ev);
            kind.addBroader(ex.term(kindsClass).label(), ev);
            String def = pair.group(3).strip();
            kind.addDefinition(def, ev);
            for (Nlp.Sentence st : sentences(def, ev.start())) {
                RelationRules.apply(st.text(), ex.evidence(st.start(), st.end()), kind, Section.GENERAL, true, true, ex);
            }
            return true;
        }

        private void heading(String heading) {
            kindsClass = null;
            kindsListed = TextRules.namesKinds(heading);
            Section named = Lexicon.section(heading);
            // "Hyponyms for the word X", "Synonyms of X": a dictionary's caption over names related to its word
            wordRelation = named == Section.GENERAL ? WordRelations.caption(heading).orElse(null) : null;
            if (wordRelation == WordRelations.Relation.SYNONYMS) named = Section.SYNONYMS;
            // a tagline or credit over the article ("From X, the free encyclopedia") does not end the lead
            if (section == Section.LEAD && !leadRead && named == Section.GENERAL) return;
            section = named;
            if (section == Section.GENERAL && DEFINITION_WORDS.matcher(heading.toLowerCase(Locale.ROOT)).matches()) section = Section.LEAD;
        }

        /** Lines under a synonyms or see-also heading: names, not prose. True when the line was one. */
        private boolean listedNames(Line line, String text, boolean listItem) {
            Evidence ev = ex.evidence(line.start(), line.end());
            if (section == Section.SYNONYMS && SPACES.split(text).length <= 40 && !ENDS_SENTENCE.matcher(text).matches()) {
                String items = listItem ? TextRules.LIST_ITEM.matcher(text).replaceFirst("$1") : text;
                for (String item : TextRules.LIST_SEPARATOR.split(items)) {
                    Phrases.Term t = Phrases.clean(item);
                    if (t != null && t.label().split(" ").length <= 6) topic.addAltLabel(TextRules.lowerUnlessProper(item.strip()), ev);
                }
                return true;
            }
            if (listItem && wordRelation != null && wordRelation != WordRelations.Relation.SYNONYMS) {
                Matcher li = TextRules.LIST_ITEM.matcher(text);
                Phrases.Term t = li.matches() && SPACES.split(li.group(1).strip()).length <= RELATED_WORD_MAX_WORDS ? Phrases.clean(li.group(1)) : null;
                if (t == null || RelationRules.isTopic(t.label(), topic)) return true;
                TermRecord named = ex.term(t.label()).mention(ev);
                if (wordRelation == WordRelations.Relation.NARROWER) named.addBroader(topic.label(), ev);
                else topic.addBroader(named.label(), ev);
                return true;
            }
            if (listItem && (section == Section.SEE_ALSO || section == Section.RELATED)) {
                Matcher li = TextRules.LIST_ITEM.matcher(text);
                li.matches();
                // "Papule, is a small raised spot ..." under "What kinds are there?": a sentence, read as prose
                if (SPACES.split(li.group(1).strip()).length > RELATED_WORD_MAX_WORDS && TextRules.hasFiniteVerb(li.group(1))) return false;
                // under "Types", "Soft collar" on a page about cervical collars: a kind of the topic, not just a related term
                if (section == Section.RELATED && kindsListed && NamingRules.listedKind(li.group(1), topic, ex, ev, true) != null) return true;
                Phrases.Term t = Phrases.clean(li.group(1));
                if (t != null) topic.addCrossRef(section == Section.SEE_ALSO ? CrossRefKind.SEE_ALSO : CrossRefKind.RELATED_TERM, t.label(), ev);
                return true;
            }
            return section == Section.SEE_ALSO && SPACES.split(text).length <= 5 && !text.endsWith(".");
        }

        /** A paragraph or list item of prose: its sentences in order, with what the paragraph is about so far. */
        private void body(Line line, String text, boolean listItem) {
            String prose = listItem ? TextRules.LIST_ITEM.matcher(text).replaceFirst("$1") : text;
            if (listItem || itemOfList) {
                RelationRules.sectionListItem(prose, listSection != null ? listSection : section, topic, ex, ex.evidence(line.start(), line.end()));
            }
            if (listItem) {
                if (NamingRules.listedKind(prose, topic, ex, ex.evidence(line.start(), line.end()), kindsListed) != null) return;
                if (itemDefines(prose, line)) return;
            }
            leadRead |= section == Section.LEAD && !listItem && SPACES.split(prose).length >= LEAD_WORDS && TextRules.hasFiniteVerb(prose);
            int offset = line.start() + (line.text().length() - prose.length());
            Paragraph paragraph = new Paragraph();
            // "End colostomy. The bowel is cut ..." under "Types of colostomy": a kind's name run in before what is said of it
            Matcher runIn = kindsListed && !listItem ? RUN_IN_NAME.matcher(prose) : null;
            if (runIn != null && runIn.matches()) {
                TermRecord kind = NamingRules.listedKind(runIn.group(1), topic, ex, ex.evidence(line.start(), line.end()), true);
                if (kind != null) {
                    paragraph.subject = kind;
                    prose = runIn.group(2);
                    offset += runIn.start(2);
                }
            }
            for (Nlp.Sentence s : sentences(prose, offset)) sentence(s.text(), ex.evidence(s.start(), s.end()), paragraph);
        }

        /**
         * "• Vesicle, is a raised spot holding fluid. Its ...": a list item that opens with a term's name and a copula
         * with an article defines that term by its first sentence, as a glossary's row does.
         */
        private boolean itemDefines(String prose, Line line) {
            Matcher m = ITEM_IS.matcher(prose.strip());
            if (!m.matches() || RelationRules.isTopic(m.group(1), topic) || !Lexicon.termShaped(m.group(1))
                || !org.medvocab.ground.Grounder.get().isTerm(m.group(1))) return false;
            List<Nlp.Sentence> first = sentences(prose, line.start() + (line.text().length() - prose.length()));
            if (first.isEmpty()) return false;
            Nlp.Sentence st = first.get(0);
            Evidence ev = ex.evidence(st.start(), st.end());
            TermRecord term = TextRules.definedBy(st.text(), ex.term(TextRules.lowerUnlessProper(m.group(1))).mention(ev), ev);
            RelationRules.apply(st.text(), ev, term, Section.GENERAL, true, true, ex);
            return true;
        }

        private void sentence(String st, Evidence ev, Paragraph p) {
            // "n." split from its sense by the sentence splitter: a part of speech, which opens nothing
            if (POS_ALONE.matcher(st).matches()) return;
            // "It is also called a spinal tap or LP.": the pronoun names what the paragraph is about
            Matcher pronounNaming = PRONOUN_NAMING.matcher(st);
            if (pronounNaming.lookingAt()) st = (p.subject != null ? p.subject : topic).label() + st.substring(pronounNaming.end(1));
            TextRules.abbreviations(st, ex, ev);
            ex.applyTopicAbbreviations(topic);
            MentionRules.apply(st, topic, ex, ev);
            // "See digestive system.", "(Compare X.)": the article refers its reader to another entry
            if (TextRules.refersOn(st)) TextRules.crossRefs(st, topic, ev);
            TermRecord opening = DiscourseRules.openingTerm(st, topic, ex);
            if (opening != null) p.openingClass = opening;
            DiscourseRules.example(st, p.openingClass, topic, ex, ev);
            TermRecord subset = DiscourseRules.subsetName(st, p.previous, topic, ex, ev);
            paragraphOpening = p.previous == null;
            p.previous = st;
            if (subset != null) {
                p.subject = subset;
                return;
            }
            TermRecord named = NamingRules.apply(st, topic, ex, ev);
            if (named != null && named != topic && !TextRules.namesTopic(st, topic)) {
                p.subject = named;
                RelationRules.apply(st, ev, named, Section.GENERAL, true, false, ex);
                return;
            }
            TermRecord defined = definesOtherTerm(st, topic, ex, ev);
            if (defined != null) {
                p.subject = defined;
                return;
            }
            if (p.subject != null && PRONOUN_START.matcher(st).matches()) {
                RelationRules.apply(st, ev, p.subject, section == Section.INDICATIONS ? Section.GENERAL : section, true, false, ex);
                return;
            }
            topicSentence(st, ev);
        }

        /**
         * "A device placed around a limb to ...": a page that opens with a bare gloss defines its topic with it; so does
         * each paragraph a page of several dictionaries' glosses opens with one (no head line between them), and the gloss
         * after a run-in headword, which may open with a capital noun ("Therapeutic opening of ..."). A sentence that
         * names the topic again by its head noun ("The pen consists of a dial ...") or as a preposition's object is about
         * it, not a gloss.
         */
        private boolean bareGloss(String st) {
            String gloss = DefinitionRules.withoutNounMark(st);
            return section == Section.LEAD && (!definedInLead || paragraphOpening) && !itemOfList && !TextRules.opensList(gloss)
                && (GLOSS_START.matcher(gloss).lookingAt() || runInGloss && paragraphOpening)
                && SPACES.split(gloss).length >= (Character.isUpperCase(gloss.charAt(0)) ? 3 : BARE_GLOSS_MIN_WORDS)
                && (!TextRules.namesTopic(gloss, topic) || runInGloss && paragraphOpening)
                // "A quick pass over Walker (mobility), ...": a sentence that names the topic as a preposition's object speaks
                // about it
                && (runInGloss || !namesAsObject(gloss, topic.label()))
                && !Labels.key(gloss).startsWith("the " + Phrases.head(topic.label()) + " ")
                // "The only preparation required before X is to fast": after the topic was defined, a paragraph opening
                // with a sentence of its own subject and copula is no further gloss
                && !(definedInLead && ownSubject(gloss))
                && DefinitionRules.definitionShaped(gloss);
        }

        private static final Pattern RELATIVE_WORD = Pattern.compile("(?i)\\b(?:that|which|who|whom|whose|where|when)\\b");

        /** A sentence "Subject is ..." whose subject holds no relative clause (a gloss's verbs sit in one). */
        private static boolean ownSubject(String text) {
            String subject = TextRules.copulaSubject(text);
            return subject != null && !RELATIVE_WORD.matcher(subject).find() && SPACES.split(subject).length >= 2;
        }

        /**
         * Whether the label stands in the text after a verb or a preposition ("The doctor found a small X", "a quick pass
         * over X"): a clause that speaks of the topic, where a subject naming it ("The tube feeding pump delivers ...")
         * may still gloss it.
         */
        private static boolean namesAsObject(String text, String label) {
            Matcher m = Pattern.compile("(?i)\\b" + Pattern.quote(label) + "\\b").matcher(text);
            if (!m.find() || m.start() == 0) return false;
            return Nlp.get().analyse(text, 0).tokens().stream().filter(t -> t.end() <= m.start())
                .anyMatch(t -> t.is("VERB") || t.is("AUX") || t.is("ADP") || Phrases.POSTMODIFIER_PREPOSITIONS.contains(t.lower()));
        }

        /** A sentence about the topic: its synonyms, genus and definition, then its relations. */
        private void topicSentence(String st, Evidence ev) {
            if (bareGloss(st)) {
                DefinitionRules.define(ex, topic, st, ev.start(), ev.end());
                glossOnlyInLead = !definedInLead || glossOnlyInLead;
                definedInLead = true;
                return;
            }
            boolean names = TextRules.namesTopic(st, topic);
            boolean subject = TextRules.topicSubject(st, topic, genusHead);
            // "In form, the curette is a small hand tool": what the thing looks like, not what kind it is
            String genusPhrase = subject && !TextRules.describesLook(st) ? TextRules.copulaGenus(st) : null;
            if (subject) TextRules.otherNamesOrKinds(st, topic, ex, ev);
            if (subject) DefinitionRules.spellings(st, topic, ev); // "X is also spelled Y", "X (Y in the UK) is ..." 
            String nameFor = TextRules.nameFor(st, topic.label());
            if (nameFor != null) topic.addAltLabel(TextRules.lowerUnlessProper(nameFor), ev);
            // "Called also X.": another name of what the paragraph defines; "electronic X" names a kind of it, no synonym
            else if (TextRules.NAMES_ONLY.matcher(st).lookingAt()) TextRules.synonyms(st).stream()
                .filter(a -> !TextRules.namesAKindOf(a, topic.label()))
                .forEach(a -> topic.addAltLabel(TextRules.lowerUnlessProper(a), ev));
            if (subject) TextRules.notConfused(st, topic, ev);
            if (genusPhrase != null && !names && !TextRules.copulaWithArticle(st)) {
                // "It is sodium bicarbonate, ...": a bare noun phrase after the copula names the topic again
                // ("It is most often plastic": after an adverb it says what the thing is made of or like)
                Phrases.Term same = Phrases.clean(Phrases.phraseAt(genusPhrase, 0));
                if (same != null && same.label().split(" ").length <= 5 && nounPhrase(same.label()) && !opensWithAdverb(genusPhrase)) {
                    topic.addAltLabel(same.label(), ev);
                }
                genusPhrase = null;
            }
            // "X is also called Y": a sentence that names the topic again says nothing of what it is
            if (genusPhrase != null && NAMING_GENUS.matcher(genusPhrase).lookingAt()) genusPhrase = null;
            // "It is a surgical procedure that ...", after a lead sentence that only named the topic: its definition
            boolean pronounDefinition = genusPhrase != null && !names && section == Section.LEAD && !definedInLead
                && IT_IS_A.matcher(st).lookingAt() && !paragraphOpening;
            boolean defining = false;
            if (genusPhrase != null) {
                Genus g = Genus.of(genusPhrase);
                if (g != null) {
                    topic.kind(g.kind());
                    if (genusHead == null && g.kind() != null) genusHead = g.head();
                    if (g.broaderIn(ex) != null) topic.addBroader(g.broader(), ev);
                }
                // (a sentence naming the topic as its subject defines it after a bare gloss too: "Diagram of an X: the
                // processor sits ..." under a title was an image's caption)
                if ((names || pronounDefinition) && section == Section.LEAD
                        && (!definedInLead || names && glossOnlyInLead || sectionIsDefinition(lines, lineIndex))) {
                    topic.addDefinition(st, ev);
                    definedInLead = true;
                    glossOnlyInLead = false;
                    defining = true;
                }
            }
            // in the sentence that defines the topic, a relative clause describes the topic
            boolean speaksForTopic = subject || TextRules.quantifiedFamily(st, topic, genusHead);
            RelationRules.apply(st, ev, topic, section, speaksForTopic, names && genusPhrase != null, ex);
            // the body part the defining sentence places the topic in ("an incision made in the eardrum")
            if (defining) RelationRules.placeInArticleDefinition(st, ev, topic, ex);
            // "It is characterized by inflammation of the small airways": the lead goes on to say what the condition is
            else if (section == Section.LEAD && definedInLead && CHARACTERIZED.matcher(st).lookingAt()
                && (IT_SUBJECT.matcher(st).lookingAt() || TextRules.opensWith(st, topic.label()))) {
                RelationRules.placeInArticleDefinition(st, ev, topic, ex);
            }
        }
    }

    /** "It is characterized by ...", "Bronchiolitis is marked by ...": a sentence naming the signs that make a condition. */
    private static final Pattern CHARACTERIZED = Pattern.compile("(?i)^(?:it|this|the\\s+\\S+|\\S+(?:\\s+\\S+){0,3}?)\\s+(?:is|are)\\s+(?:\\w+ly\\s+)?(?:characteri[sz]ed|marked|defined)\\s+by\\b");
    /** A sentence whose subject is "It" or "This condition". */
    private static final Pattern IT_SUBJECT = Pattern.compile("(?i)^(?:it|this(?:\\s+(?:condition|disease|disorder|illness|infection))?)\\s");

    private static boolean opensWithAdverb(String phrase) {
        List<Nlp.Token> tokens = Nlp.get().analyse(phrase, 0).tokens();
        return !tokens.isEmpty() && tokens.get(0).is("ADV");
    }

    /** What a copula says when it only gives another name: "is also called Y", "is known as Y". */
    private static final Pattern NAMING_GENUS = Pattern.compile("(?i)(?:also\\s+|sometimes\\s+|commonly\\s+|often\\s+)?(?:" + TextRules.NAMING_VERBS + ")\\b");
    /** "It is a ...": the pronoun standing for the topic, the copula and an article. */
    private static final Pattern IT_IS_A = Pattern.compile("It\\s+is\\s+(?:an?|one)\\s");

    /** "The three main types of ostomies are:": the class a list of kinds is of. */
    private static final Pattern KINDS_OF = Pattern.compile("(?i)\\b(?:" + TextRules.KIND_NOUNS + ")\\s+of\\s+"
        + "(?:the\\s+)?([\\p{L}\\-]+(?:\\s+[\\p{L}\\-]+){0,2}?)\\s+(?:are|include|is|exist)\\b");
    /** "types of walking frames,": the class kinds are named of, up to a comma or the end of the clause. */
    private static final Pattern KINDS_OF_NAME = Pattern.compile("(?i)\\b(?:" + TextRules.KIND_NOUNS + ")\\s+of\\s+"
        + "(?:the\\s+)?([\\p{L}\\-]+(?:\\s+[\\p{L}\\-]+){0,2}?)(?=\\s*[,.;:]|\\s*$)");
    /** "Braces can be classified into:": the class, as the subject of the classifying verb. */
    private static final Pattern CLASSIFIED_INTO = Pattern.compile("(?i)(?:^|,\\s*)(?:the\\s+)?([\\p{L}\\-]+(?:\\s+[\\p{L}\\-]+){0,2}?)\\s+(?:can|may|are)\\s+"
        + "(?:be\\s+)?(?:classified|divided|subdivided|categori[sz]ed|grouped)\\b");

    /** The most words a name under a caption of related words has. */
    private static final int RELATED_WORD_MAX_WORDS = 5;

    /** A gloss without an article ("inflammation of a vein ...") is a definition only when this long: a shorter one is a tagline. */
    private static final int BARE_GLOSS_MIN_WORDS = 5;
    /** A part of speech alone: "n.", "noun", "adj." */
    private static final java.util.regex.Pattern POS_ALONE = java.util.regex.Pattern.compile("(?i)^(?:n|noun|adj|adjective|v|verb)\\.?$");

    /** How a dictionary gloss starts: an article or quantifier and a lower-case word, or a lower-case word. */
    private static final java.util.regex.Pattern GLOSS_START = java.util.regex.Pattern.compile("^(?:(?:An?|Any|One|The)\\s+)?\\p{Ll}");

    /** What a paragraph's sentences refer back to. */
    private static final class Paragraph {
        TermRecord subject;       // a term the paragraph defines, which "They"/"It" then refer to
        TermRecord openingClass;  // a term found earlier that the paragraph's sentences open with
        String previous;          // the sentence before
    }

    /** "Splint Resources", "Splint images": a site's link box about the topic. */
    private static boolean isResourcesLine(String line, String topic) {
        return line.toLowerCase(Locale.ROOT).matches(java.util.regex.Pattern.quote(topic.toLowerCase(Locale.ROOT))
            + "\\s+(?:resources|links|gallery|images|videos)");
    }

    private static final java.util.Set<Section> LIST_SECTIONS = java.util.EnumSet.of(Section.COMPONENTS, Section.INDICATIONS, Section.RISKS);

    /** "... share several components:": what a sentence that opens a list names its items as, when a section would; else null. */
    private static Section listSection(String opening) {
        Section s = Lexicon.section(org.medvocab.page.Words.lastWord(opening));
        return LIST_SECTIONS.contains(s) ? s : null;
    }

    private static boolean sectionIsDefinition(List<Line> lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            String t = lines.get(j).text();
            if (t.isEmpty()) continue;
            String h = Chrome.editHeading(t);
            if (h == null) h = t;
            if (DEFINITION_WORDS.matcher(h.toLowerCase(Locale.ROOT)).matches()) return true;
            if (isHeading(lines, j)) return false;
        }
        return false;
    }

    private static final java.util.regex.Pattern SHORT_FORM = java.util.regex.Pattern.compile("(?=(?:.*\\p{Lu}){2})[\\p{L}\\p{N}+\\-]{2,8}");
    private static final java.util.regex.Pattern OWN_SUBJECT = java.util.regex.Pattern.compile(
        "\\s*(?:there|it|they|this|these|those|its|their|we|you)\\s", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** "A widget is ...", "Widgets are ...": a sentence whose subject before its copula is the topic. */
    private static boolean definesTopic(String text, TermRecord topic) {
        Matcher m = TextRules.COPULA.matcher(text.strip());
        return m.matches() && Labels.key(TextRules.LEADING_ARTICLE_CI.matcher(m.group(1).strip()).replaceFirst("")).equals(Labels.key(topic.label()));
    }

    private static final Pattern ENDS_WITH_DATE_WORD = Pattern.compile("(?i).*\\b(?:by|on|at|date|updated|modified)$");
    private static final Pattern ABBREVIATION_CHARS = Pattern.compile("[\\p{L}\\p{N}+\\-/]{2,12}");
    private static final Pattern LEADING_COPULA = Pattern.compile("(?i)^(?:is|are)\\s+");

    /** A glossary line "Term: definition"; false when the line is not one (its text is then read as prose). */
    private boolean glossary(DocumentExtraction ex, TermRecord topic, String termText, String abbr, String def, Line line, Section section) {
        // "ATP (Adenosine Triphosphate): ...": a short form with its full form in brackets; the full form is the term
        if (abbr != null && SHORT_FORM.matcher(termText).matches() && abbr.strip().contains(" ")
            && Character.toLowerCase(abbr.strip().charAt(0)) == Character.toLowerCase(termText.charAt(0))) {
            String shortForm = termText;
            termText = TextRules.lowerUnlessProper(abbr.strip());
            abbr = shortForm;
        }
        // "Correct Usage Prevents Falls: ...", "Cane vs. Walking Stick: ...": a headline or a comparison over a point, no term
        if (COMPARISON.matcher(termText).find() || headline(termText)) return false;
        // "Quad Canes for Stability: ...": the name before what it is for
        termText = PURPOSE_TAIL.matcher(termText).replaceFirst("");
        Phrases.Term t = Phrases.clean(termText);
        if (t == null || !definitionLike(def) || ENDS_WITH_DATE_WORD.matcher(termText).matches()) return false;
        // "Sign up: our free weekly newsletter", "Flu season: what the early data show": a teaser addressing the reader or
        // a question, no gloss
        if (TEASER_START.matcher(def).lookingAt()) return false;
        // "Diversity: There are several ...": a sentence with a subject of its own after a caption, not a definition
        if (OWN_SUBJECT.matcher(def).lookingAt()) return false;
        String label = t.label();
        // "In plain English: A widget is a ...": a caption over a sentence whose subject is the topic, not a term
        if (!Labels.key(label).equals(Labels.key(topic.label())) && definesTopic(def, topic)) return false;
        Evidence ev = ex.evidence(line.start() + line.text().indexOf(def), line.end());
        boolean same = Labels.key(label).equals(Labels.key(topic.label()));
        TermRecord term = same ? topic : ex.term(label);
        term.mention(ev);
        if (abbr != null && ABBREVIATION_CHARS.matcher(abbr).matches()) term.addAltLabel(Abbreviations.singularShortForm(abbr), ev);
        String definition = TextRules.withoutCrossRefs(def);
        term.addDefinition(definition, ev);
        TextRules.crossRefs(def, term, ev);
        Genus g = Genus.of(LEADING_COPULA.matcher(definition).replaceFirst(""));
        if (g != null) {
            term.kind(g.kind());
            if (g.broaderIn(ex) != null && !Labels.key(g.broader()).equals(Labels.key(Phrases.head(label)))) term.addBroader(g.broader(), ev);
        }
        boolean first = true;
        for (Nlp.Sentence s : sentences(def, ev.start())) {
            // "Cystitis: Inflammation of the bladder.": the gloss places the condition it defines, as a dictionary's sense
            // does (a procedure's or a device's glossary gloss names the parts it works on, left to the relation rules)
            // (the page's own subject: a glossary of other terms on the page glosses them in passing)
            if (first && same && (term.kind() == TopClass.CONDITION || g != null && RelationRules.conditionNoun(g.head()))) {
                RelationRules.placeInDefinition(s.text(), ex.evidence(s.start(), s.end()), term, ex);
            }
            first = false;
            RelationRules.apply(s.text(), ex.evidence(s.start(), s.end()), term, Section.GENERAL, false, true, ex);
        }
        if (!same && (section == Section.SEE_ALSO || section == Section.RELATED)) {
            topic.addCrossRef(section == Section.SEE_ALSO ? CrossRefKind.SEE_ALSO : CrossRefKind.RELATED_TERM, label, ev);
        }
        return true;
    }

    /** A copula or modal: "Proper Fitting Is Essential" says something, it names nothing. */
    private static final Pattern HEADLINE_VERB = Pattern.compile("(?i)\\s(?:is|are|was|were|can|should|must|will|may)\\s");

    /**
     * A caption that says something: a copula or modal, or after its first word a word WordNet reads only as a verb
     * ("Correct Usage Prevents Falls", "Specialized Handles Exist"). A tagger misreads title-cased names ("Infusion Set"),
     * so the verb must be one WordNet knows no noun for.
     */
    private static boolean headline(String caption) {
        if (HEADLINE_VERB.matcher(" " + caption + " ").find()) return true;
        String[] w = SPACES.split(caption.strip());
        for (int i = 1; i < w.length; i++) {
            if (org.medvocab.ground.WordNetLexicon.get().onlyAs(w[i], org.medvocab.ground.WordNetLexicon.Reading.VERB)) return true;
        }
        return false;
    }

    private static final Pattern COMPARISON = Pattern.compile("(?i)\\s(?:vs\\.?|versus)\\s");
    private static final Pattern PURPOSE_TAIL = Pattern.compile("(?i)\\s+for\\s+\\S.*$");

    /** "Vesicle, is a ...", "Bulla is the ...": a name of one to four words, a copula and an article. */
    private static final Pattern ITEM_IS = Pattern.compile("^(\\p{L}[\\p{L}\\-]*(?:\\s+\\p{L}[\\p{L}\\-]*){0,3}),?\\s+(?:is|are)\\s+(?:an?|the)\\s+\\S.*");
    private static final Pattern TERM_ABBREVIATION_IS = Pattern.compile("^([\\p{L}][\\p{L}\\p{N}\\- ]{2,60}?)\\s*\\(([^()]{1,12})\\)\\s+(?:is|are)\\s+(?:an?|one|the)\\b.*");

    /**
     * "Widget blockers (WBs) are a group of drugs that ...": a sentence that introduces another term with its
     * abbreviation and defines it. The term gets the definition, genus and relations; returns it, or null.
     */
    private static TermRecord definesOtherTerm(String sentence, TermRecord topic, DocumentExtraction ex, Evidence ev) {
        Matcher m = TERM_ABBREVIATION_IS.matcher(sentence);
        if (!m.matches()) {
            TermRecord kind = definesKind(sentence, topic, ex, ev);
            return kind != null ? kind : definesNamedTerm(sentence, topic, ex, ev);
        }
        Phrases.Term t = Phrases.clean(m.group(1));
        if (t == null || RelationRules.isTopic(t.label(), topic)) return null;
        TermRecord term = TextRules.definedBy(sentence, ex.term(t.label()).mention(ev), ev);
        RelationRules.apply(sentence, ev, term, Section.GENERAL, true, true, ex);
        return term;
    }

    /** A subject that points back or to one case ("The procedure", "This test", "It"), no term's name. */
    private static final Pattern DEICTIC_SUBJECT = Pattern.compile("(?i)^(?:the|this|that|these|those|it|they|its|their|our|your|such|each|one|some|most|many|all)\\b");
    private static final Pattern ARTICLE_GENUS = Pattern.compile("(?i)^(?:an?|one)\\s+\\p{L}");

    /**
     * "Trabeculectomy is an operation that creates a new drainage channel ...": a sentence in an article whose subject
     * is a name the medical lexicon knows (or the page has named) and whose copula is followed by an article and a genus
     * defines that name, wherever it stands.
     */
    private static TermRecord definesNamedTerm(String sentence, TermRecord topic, DocumentExtraction ex, Evidence ev) {
        String subject = TextRules.copulaSubject(sentence);
        String st = sentence.strip();
        if (subject == null || !st.startsWith(subject) || DEICTIC_SUBJECT.matcher(st).lookingAt() || SPACES.split(subject).length > 4) return null;
        // cheap tests first: this runs on every sentence with a copula
        String genus = TextRules.copulaGenus(sentence);
        if (genus == null || !ARTICLE_GENUS.matcher(genus.strip()).lookingAt()) return null;
        Phrases.Term t = Phrases.clean(subject);
        if (t == null || RelationRules.isTopic(t.label(), topic)) return null;
        boolean known = ex.has(t.label())
            || org.medvocab.ground.Grounder.get().assess(t.label()).evidence() == org.medvocab.ground.Grounding.Evidence.LEXICON;
        if (!known || !nounPhrase(t.label()) || Genus.of(genus) == null) return null;
        TermRecord term = TextRules.definedBy(sentence, ex.term(t.label()).mention(ev), ev);
        RelationRules.apply(sentence, ev, term, Section.GENERAL, true, true, ex);
        return term;
    }

    /**
     * "Unstable angina is unexpected chest pain of increasing intensity ...": a sentence whose subject is the topic's
     * name with a modifier before it, and whose copula is followed by a genus, defines a kind of the topic.
     */
    private static TermRecord definesKind(String sentence, TermRecord topic, DocumentExtraction ex, Evidence ev) {
        String subject = TextRules.copulaSubject(sentence);
        if (subject == null || !sentence.strip().regionMatches(true, 0, subject, 0, subject.length())) return null;
        Phrases.Term t = Phrases.clean(subject);
        if (t == null || RelationRules.isTopic(t.label(), topic) || !TextRules.namesAKindOf(t.label(), topic.label())) return null;
        String genus = TextRules.copulaGenus(sentence);
        Genus g = genus == null ? null : Genus.of(genus);
        if (g == null) return null;
        TermRecord kind = ex.term(t.label()).mention(ev);
        kind.addDefinition(sentence, ev);
        kind.addBroader(topic.label(), ev);
        if (kind.kind() == null) kind.kind(topic.kind());
        RelationRules.apply(sentence, ev, kind, Section.GENERAL, true, true, ex);
        return kind;
    }

    /** A definition has at least one lower-case word of four letters or more (not a name, date or code). */
    /** A lead paragraph has at least this many words (shorter lines are taglines and captions). */
    private static final int LEAD_WORDS = 12;

    /** What opens a teaser or a question rather than a gloss: the reader's or the site's pronoun, a question word. */
    private static final Pattern TEASER_START = Pattern.compile("(?i)(?:our|your|my|we|you|us|what|how|why|when|where|who|here's|here\\s+is)\\b");

    private static final java.util.regex.Pattern DEFINITION_WORD = java.util.regex.Pattern.compile("(?<![\\p{L}])\\p{Ll}{4,}");

    static boolean definitionLike(String text) {
        return DEFINITION_WORD.matcher(text).find();
    }

    /** True when every word of a phrase is tagged as a noun, adjective or number and it ends in a noun. */
    static boolean nounPhrase(String phrase) {
        List<Nlp.Token> toks = Nlp.get().analyse(phrase, 0).tokens();
        if (toks.isEmpty() || !toks.get(toks.size() - 1).isNoun()) return false;
        for (Nlp.Token t : toks) {
            if (!(t.isNoun() || t.is("ADJ") || t.is("NUM") || t.is("X") || t.is("PUNCT"))) return false;
        }
        return true;
    }

    static List<Nlp.Sentence> sentences(String text, int offset) {
        return Nlp.get().sentences(text, offset);
    }

    private static final Pattern SITE_SUFFIX = Pattern.compile("(?i)\\s*[|\u2013\u2014-]\\s*(?:wiki\\w*|wikipedia|encyclopedia|dictionary)\\b.*$");

    /** A respelling after a title's word: "[cir·rho·sis]", "\\ˈten·dən\\", "/ˈtɛndən/". */
    private static final Pattern PRONUNCIATION_TAIL = Pattern.compile("\\s*(?:\\[[^\\]]*\\]|\\\\[^\\\\]*\\\\|/[^/\\s][^/]*/)\\s*$");

    /** Drops decorations around a page title ("What is X?", "X - Wikipedia", "Definition of "X" [pron]"). */
    static String cleanTitle(String title) {
        String t = SITE_SUFFIX.matcher(title.strip()).replaceAll("");
        t = org.medvocab.page.PlainTextSegmenter.QUESTION_TAIL.matcher(org.medvocab.page.PlainTextSegmenter.QUESTION_LEAD.matcher(t).replaceFirst("")).replaceFirst("");
        String bare = PRONUNCIATION_TAIL.matcher(t.strip()).replaceFirst("");
        if (!bare.isEmpty()) t = bare;
        bare = org.medvocab.page.PlainTextSegmenter.WHAT_THE_PAGE_GIVES.matcher(t.strip()).replaceFirst("");
        if (!bare.isBlank()) t = bare;
        return org.medvocab.page.PlainTextSegmenter.unquoted(t);
    }

    private static final Pattern SPACED_PARENTHESES = Pattern.compile("\\s*\\(.*?\\)\\s*");
    private static final Pattern TITLE_ARTICLE = Pattern.compile("^(?:An?|an?|The|the)\\s+(?=\\p{Ll})");
    private static final Pattern UNCLOSED_PARENTHESIS = Pattern.compile("\\s*\\([^)]*$");

    /** The topic label: the title in the casing the body uses, singular. */
    static String topicLabel(String title, String body) {
        // "Blister (from French ... is the ...": a bracket the page never closed ends the name all the same
        String t = UNCLOSED_PARENTHESIS.matcher(SPACED_PARENTHESES.matcher(title).replaceAll(" ")).replaceFirst("").strip();
        // "A pill organizer", "the spleen": an article before a title's noun is no part of its name
        t = TITLE_ARTICLE.matcher(t).replaceFirst("");
        if (t.isEmpty()) t = title.strip();
        // a title in capitals ("SPLINT") whose word the text writes in lower case is not an abbreviation
        if (t.length() > 4 && t.equals(t.toUpperCase(Locale.ROOT)) && body.contains(t.toLowerCase(Locale.ROOT))) t = t.toLowerCase(Locale.ROOT);
        String singular = Labels.singularPhrase(t);
        if (TextRules.writtenAsProperName(body, singular) || Labels.hasInnerCapital(singular.split(" ")[0])) return singular;
        StringBuilder sb = new StringBuilder();
        for (String w : singular.split(" ")) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(Phrases.casing(w));
        }
        return sb.toString();
    }

    private static final Pattern ENDS_PUNCTUATED = Pattern.compile(".*[.,;!?]$");
    private static final Pattern ENDS_SENTENCE_OR_COLON = Pattern.compile(".*[.!?:]$");

    /** A short line without end punctuation, followed by prose, is a section heading. */
    private static final int QUESTION_HEADING_MAX_WORDS = 12;
    /** What a subtitle calls the page itself: "a guide for ...", "an introduction", "information for patients". */
    private static final Pattern PAGE_GENUS = Pattern.compile("(?i)^(?:(?:an?|the|your|our)\\s+)?(?:\\p{L}+\\s+)?(?:guide|leaflet|booklet|handbook|fact\\s?sheet|overview|introduction|information|resource)s?\\b");
    /** "It is also called ...", "This is sometimes known as ...": a pronoun subject of a naming sentence. */
    private static final Pattern PRONOUN_NAMING = Pattern.compile("^(It|This)(?=\\s+(?:is|was)\\s+(?:(?:also|sometimes|often|commonly|usually)\\s+)*(?:called|known\\s+as|referred\\s+to\\s+as|termed)\\b)");
    /** A name of up to four words closed by a full stop or colon, then a sentence: a run-in name. */
    private static final Pattern RUN_IN_NAME = Pattern.compile("^(\\p{L}[\\p{L}'’-]*(?:\\s[\\p{L}'’-]+){0,3})[.:]\\s+(\\p{Lu}.*)$");

    private static java.util.Optional<String> nextNonEmpty(List<Line> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).text().isEmpty()) return java.util.Optional.of(lines.get(j).text());
        }
        return java.util.Optional.empty();
    }

    /** "3. Types of colostomy": a numbered line of a few capitalised words, no sentence. */
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^\\d{1,2}[.)]\\s+(\\p{Lu}[^.!:;]{0,60}\\??)$");
    private static final int NUMBERED_HEADING_MAX_WORDS = 8;

    /** A numbered section's heading: a numbered short line with prose, not another item, under it. */
    private static boolean numberedHeading(List<Line> lines, int i) {
        Matcher m = NUMBERED_HEADING.matcher(lines.get(i).text());
        if (!m.matches() || SPACES.split(m.group(1)).length > NUMBERED_HEADING_MAX_WORDS) return false;
        return nextNonEmpty(lines, i).map(n -> !TextRules.LIST_ITEM.matcher(n).matches() || !n.matches("^\\d.*")).orElse(false);
    }

    static boolean isHeading(List<Line> lines, int i) {
        if (numberedHeading(lines, i)) return true;
        String t = lines.get(i).text();
        if (t.isEmpty() || t.length() > 60 || TextRules.LIST_ITEM.matcher(t).matches()) return false;
        if (Lexicon.isKnownHeading(TRAILING_COLON.matcher(t).replaceAll(""))) return true;
        // "What are the risks?", "Why is it done?": an explainer's question on a line of its own over the answer
        if (t.endsWith("?") && Character.isUpperCase(t.charAt(0)) && SPACES.split(t).length <= QUESTION_HEADING_MAX_WORDS) {
            return nextNonEmpty(lines, i).map(n -> !n.endsWith("?")).orElse(false);
        }
        if (ENDS_PUNCTUATED.matcher(t).matches() || t.contains(":") && !t.endsWith(":")) return false;
        // "The term X comes from:": a sentence that introduces a list, not a heading
        if (t.endsWith(":") && SPACES.split(t).length >= 3 && TextRules.hasFiniteVerb(t)) return false;
        if (!Character.isUpperCase(t.charAt(0)) || SPACES.split(t).length > 5) return false;
        for (int j = i + 1; j < lines.size(); j++) {
            String n = lines.get(j).text();
            if (n.isEmpty()) continue;
            // "Common Types" over bulleted items: a heading over its list ("It also keeps" over them is a sentence's start)
            return n.length() > t.length() + 20 && ENDS_SENTENCE_OR_COLON.matcher(n).matches()
                || TextRules.LIST_ITEM.matcher(n).matches() && !TextRules.hasFiniteVerb(t);
        }
        return false;
    }
}
