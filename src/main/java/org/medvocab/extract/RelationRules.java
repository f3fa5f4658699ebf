package org.medvocab.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medvocab.ground.WordNetLexicon;

import org.medvocab.extract.Lexicon.Section;

/**
 * Domain relations from sentence patterns ("inserted into X", "consists of X", "may cause X", "indicated for
 * X", "in patients with X") and from the section a sentence stands in (Indications, Risks, Mechanism, ...).
 */
final class RelationRules {
    private RelationRules() {}

    /** "surface (plasma) membrane": a bracketed word before the last word of a noun phrase. */
    private static final Pattern BRACKETED_WORD = Pattern.compile("(?<![\\p{L}\\p{N}+])([\\p{L}\\p{N}+\\-]+) \\(([\\p{L}\\-]+)\\) ([\\p{L}\\-]+)\\b"
        + "(?=\\s*(?:[.,;:)]|$)|\\s(?i:is|are|was|were|of|in|and|or|that|which|with|to|from|for|by|on|at|into|out)\\b)");

    private record Trigger(Pattern pattern, RelationKind kind, boolean anySubject) {}

    private static Trigger t(String regex, RelationKind kind, boolean anySubject) {
        return new Trigger(Pattern.compile("(?i)\\b(?:" + regex + ")\\s+"), kind, anySubject);
    }

    /** Patterns that hold in any section when the sentence is about the topic. */
    private static final List<Trigger> SENTENCE = List.of(
        t("(?:inserted|introduced|implanted)\\s+(?:\\w+ly\\s+){0,2}(?:in|into|through|via)(?:\\s+the)?"
            + "|(?:placed|put|introduced|delivered|passed|fed|goes|go|runs|run|passes|travels|travel)\\s+(?:\\w+ly\\s+)?(?:through|via|by way of)(?:\\s+the)?", RelationKind.INSERTION_SITE, false),
        t("(?:advanced|threaded|passed|positioned|placed|located|situated|seated|lodged|lies|sits|resides|found|implanted|held|kept|retained|anchored)\\s+(?:up\\s+|down\\s+)?(?:in|into|within|inside|to|across)(?:\\s+the)?"
            // "inserted through the abdominal wall directly into the bladder": the way in, then where it ends up
            // "goes through the nose to the stomach": a way through, then the place it reaches
            + "|(?:inserted|introduced|passed|placed|floated|advanced|threaded|guided|led|put|fed|goes|go|runs|run|passes|travels|travel)\\s+(?:\\w+ly\\s+)?(?:through|via)\\s+(?:(?!\\b(?:from|to|with|by|for|which|that|who|is|are)\\b)[^,.;]){1,50}?\\s(?:\\w+ly\\s+)?(?:into(?:\\s+the)?|to\\s+the)", RelationKind.LOCATION, false),
        // "an instrument for examining the external ear", "for viewing the interior of the larynx": what it looks at
        t("(?:for|in|to)\\s+(?:\\w+ly\\s+)?(?:examin(?:e|ing)|inspect(?:ing)?|view(?:ing)?|visuali[sz](?:e|ing)|look(?:ing)?\\s+(?:into|at|inside))"
            // "used in examining or operating upon the interior of ...": a second verb on the same place
            + "(?:\\s+(?:or|and)\\s+\\w+ing(?:\\s+(?:on|upon|in|into))?)?(?:\\s+the)?(?:\\s+(?:interior|inside|inner surface|lining)\\s+of)?(?:\\s+the)?", RelationKind.LOCATION, false),
        // "occurs in the lungs", ", often in the legs" (not "often in response to cold air": what sets it off is no place)
        // "It affects the larynx, trachea and bronchi": the parts a condition affects are where it is
        t("(?:(?:occurs?|occurring|forms?|formed|forming|develops?|developing|arises?|arising)\\s+(?:\\w+ly\\s+)?in|(?:affects|affecting)(?=\\s+the\\s)|,\\s*(?:most\\s+)?(?:commonly|usually|typically|mainly|mostly|often|frequently)\\s+in)(?!\\s+(?:response|reaction|association|combination|addition|relation|cases?|patients|people|persons|children|adults|men|women|infants|some|many|most|about)\\b)(?:\\s+the)?", RelationKind.LOCATION, false),
        t("(?:consists?|consisting|composed|made up|comprised)\\s+of|equipped with|fitted with|(?:through|by) (?:the )?(?:use|means) of|comprises|contains|to which(?=[^.]*\\b(?:attached|connected|fitted|joined|fixed|coupled)\\b)|embodying|incorporating|comprising", RelationKind.COMPONENT, false),
        // "There is a small risk of X": in an article, an existential risk statement is about the article's topic
        t("^there\\s+(?:is|are)\\s+(?:also\\s+)?(?:an?\\s+)?(?:(?:small|slight|low|high|increased|higher|some|serious)\\s+)?(?:risks?|chance|danger)\\s+of"
            // "Complications, including embolisms and tearing, are rare": an article's complications are its topic's
            + "|^(?:possible\\s+|rare\\s+|serious\\s+)?(?:complications|risks|side effects),?\\s+(?:including|include|such as)", RelationKind.RISK, true),
        t("(?:may|can|could|might|will|often|also|commonly|sometimes|rarely)\\s+(?:also\\s+)?(?:cause|lead to|result in|produce|trigger|induce)|causes? (?:include|includes|are)|causes|(?:may|can|could|might) be associated with|complications? (?:include|includes|are|such as)|risks? (?:include|includes|of)", RelationKind.RISK, false),
        t("indicated\\s+(?:for|in)|(?:support|help|manage|benefit)\\s+(?:patients|people|individuals|those) (?:with|who have|suffering from)|used\\s+(?:to treat (?:patients|people|individuals|those) (?:with|who have|suffering from)|to treat|in the treatment of|for the treatment of|to manage|to support patients with)|treats|(?:in|for|by|of) (?:patients|people|persons|individuals|adults|children|infants|those|an? (?:person|patient|individual)) (?:with|undergoing|who have|who has|having|suffering from)|bridge to"
            + "|(?:procedure|treatment|therapy|technique|method|operation|surgery|device|drug|medication)s?\\s+(?:used\\s+)?(?:to treat|for treating)"
            + "|(?:as )?(?:an?|the) (?:(?:primary|main|first-line|standard|common|usual|effective)\\s+)?(?:treatment|therapy|cure|intervention|remedy) for"
            // "to relieve pain", "pain relief in conditions such as cancer"
            + "|(?:relieves?|relieving|relief of|relief from)|(?:in )?(?:conditions|diseases|disorders|illnesses)(?= such as| like| including)"
            // "it may be used to reduce increased intracranial pressure": what a procedure is done against
            + "|(?:used|performed|done|given|carried out)\\s+to\\s+(?:reduce(?![^.;,]*\\bto\\b)|relieve|lower|control|correct|prevent|diagnose|detect)"
            // "for the removal of foreign bodies", "for the diagnosis of glaucoma" (a body part removed is a place, not this)
            + "|for\\s+(?:the\\s+)?(?:removal|extraction|treatment|relief|prevention|diagnosis|detection|correction)\\s+of"
            // "used as a nonsurgical approach to treat X": the purpose, however the sentence gets to it
            + "|(?:approach|option|way|means|alternative|choice)\\s+(?:used\\s+)?to\\s+treat"
            // "Such machines may be used during open-heart surgery": the procedure a device serves in
            + "|(?:used|needed|required)\\s+during(?:\\s+an?|\\s+the)?", RelationKind.INDICATION, false),
        t("(?:device|equipment|machine|apparatus|instrument)s?\\s+used(?:\\s+\\w+){0,4}?\\s+(?:is|are)(?:\\s+(?:an?|the))?", RelationKind.COMPONENT, true),
        t("by the action of|(?:requires|uses|needs|consumes) energy (?:in the form of|from)|(?:driven|powered|energized|fuelled|fueled)\\s+by|(?:using|uses|use)\\s+energy\\s+(?:derived\\s+)?from", RelationKind.MECHANISM, false));

    /** Patterns that hold inside a section of the matching kind, whatever the sentence's subject. */
    private static final List<Trigger> SECTION = List.of(
        t("include|includes|including|such as|cause|causes|lead to|result in|risk of|risks of", RelationKind.RISK, true),
        t("(?:in|for) patients (?:with|undergoing|who have|having|suffering from)|indicated (?:for|in)|treat (?:patients|people|individuals|those) (?:with|who have|suffering from)|treat|treatment of|bridge to|used (?:for|in|during)|include|includes|such as", RelationKind.INDICATION, true),
        t("(?:through|by) (?:the )?(?:use|means) of|consists? of|composed of|made up of|equipped with|uses|using|contains|includes|including", RelationKind.COMPONENT, true));

    private static final Pattern SHORT_PARENTHESES = Pattern.compile("\\s*\\([^()]{1,40}\\)");

    /**
     * Applies the rules to one sentence.
     *
     * @param topicSubject whether the sentence is about the topic (its subject is the topic or a pronoun for it)
     * @param definitional whether the sentence is a definition of the topic (relative clauses then describe it)
     */
    static void apply(String sentence, Evidence ev, TermRecord topic, Section section, boolean topicSubject,
                      boolean definitional, DocumentExtraction ex) {
        sentence = bracketNames(sentence, ev, topic, ex);
        if (deviceTopic(topic)) designParts(sentence, ev, topic, ex);
        if (deviceTopic(topic) && (topicSubject || definitional)) possessedParts(sentence, ev, topic, ex);
        if ((topicSubject || definitional) && topic.kind() != TopClass.CONDITION) {
            reliefOf(sentence, ev, topic, ex);
            usedForConditions(sentence, ev, topic, ex);
        }
        // "A goes to B, while a C goes to D": the contrasting clause has a subject of its own
        Matcher contrast = CONTRAST.matcher(sentence);
        if (contrast.find()) {
            contrastClause(sentence.substring(contrast.end()), ev, topic, section, ex);
            sentence = sentence.substring(0, contrast.start()) + ".";
        }
        sentence = specifics(sentence);
        // short parenthetical asides ("(VAD)", "(usually ...)") would cut noun phrases short
        sentence = SHORT_PARENTHESES.matcher(sentence).replaceAll("");
        types(sentence, ev, topic, ex);
        kindsSuchAs(sentence, ev, topic, ex);
        includedKinds(sentence, ev, ex);
        partsOfTopic(sentence, ev, topic, ex);
        variants(sentence, ev, topic, ex);
        TopClass topicKind = topic.kind();
        if (definitional) partOfWhole(sentence, ev, topic, ex);
        if (topicKind == TopClass.PROCEDURE) includedParts(PROCEDURE_USES, sentence, ev, topic, ex);
        if ((topicSubject || definitional) && (deviceTopic(topic) || topicKind == TopClass.PROCEDURE)) {
            includedParts(INCLUDES, sentence, ev, topic, ex);
            // "a flexible tube with an inflatable balloon tip": in a device's definition, what its genus comes with
            if (definitional && topicKind == TopClass.DEVICE) includedParts(GENUS_WITH, sentence, ev, topic, ex);
        }
        sentenceTriggers(sentence, ev, topic, section, topicSubject, definitional, ex);
        sectionTriggers(sentence, ev, topic, section, ex);
    }

    /** Where a definition turns from the thing to its uses or a second clause: "used to", "for draining", a comma. */
    private static final Pattern PURPOSE = Pattern.compile("(?i)\\b(?:in order to|used (?:to|for|in)|for [a-z]+ing)\\b|[;:,]");

    /** What a procedure does to the part it names ("to remove the tonsils"): that part is where it acts. */
    private static final String ACTING_ON_PART = "remove|excise|cut out|repair|drain|replace|reconstruct";

    /** A preposition of place or of the part affected, and its article. */
    private static final Pattern PLACE_PREPOSITION = Pattern.compile("(?i)\\b(?:(into|in|of|within|inside|around|on|onto|through|across"
        + "|over|upon|between|under|beneath|behind|near)\\s+(?:the\\s+|an?\\s+|one's\\s+|its\\s+|their\\s+)?"
        // "to" with an article: "to the heart"; "to compress" is a purpose
        + "|(to)\\s+(?:the|an?|one's|its|their)\\s+"
        // "an operation to remove the tonsils": the part a procedure removes or repairs is where it acts
        + "|to\\s+(" + ACTING_ON_PART + ")\\s+(?:part of\\s+|all of\\s+)?(?:the\\s+|an?\\s+|one's\\s+|its\\s+|their\\s+)?)");

    private static final Pattern ACTS_ON_PART = Pattern.compile("(?i)(?:" + ACTING_ON_PART + ")\\b.*");

    /**
     * The definition before its infinitive of purpose ("a band pulled tight around a limb to stop the flow of blood
     * through an artery"): the places after it are what the thing acts on, not where it is. The tagger tells the
     * infinitive's "to" from the preposition ("to the heart"); a procedure's "to remove the tonsils" names its place.
     */
    private static String beforePurpose(String sentence) {
        List<Nlp.Token> tokens = Nlp.get().analyse(sentence, 0).tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Nlp.Token to = tokens.get(i);
            Nlp.Token verb = tokens.get(i + 1);
            if (to.lower().equals("to") && to.is("PART") && verb.is("VERB")
                    && !ACTS_ON_PART.matcher(sentence.substring(verb.start())).matches()) {
                return sentence.substring(0, to.start());
            }
        }
        return sentence;
    }

    /**
     * "an opening into the trachea", "a bandage placed around a limb": the definition of a device or a procedure that
     * names a specific body part after a preposition says where the thing is, acts or goes in. General words for
     * places ("the body", "a cavity") say nothing of where; a device goes in through "into", "through" and "in".
     */
    static void placeInDefinition(String sentence, Evidence ev, TermRecord topic, DocumentExtraction ex) {
        placeInDefinition(sentence, ev, topic, ex, true);
    }

    /**
     * The same for the sentence that defines an article's topic, where a device's place is left to the verbs of the
     * article's sentences ("inserted into", "sits in"): its definition's "in the stomach" may be where it goes or
     * where it stays, which a dictionary's one-line sense cannot tell either but an article goes on to say.
     */
    static void placeInArticleDefinition(String sentence, Evidence ev, TermRecord topic, DocumentExtraction ex) {
        placeInDefinition(sentence, ev, topic, ex, false);
    }

    private static void placeInDefinition(String sentence, Evidence ev, TermRecord topic, DocumentExtraction ex, boolean devices) {
        if (!devices && deviceTopic(topic)) return;
        // a condition "of the heart" may be of its rhythm or its function: a condition's place is what it occurs "in"
        boolean condition = topic.kind() == TopClass.CONDITION
            || topic.kind() != TopClass.DEVICE && topic.kind() != TopClass.PROCEDURE && kindByName(topic) == TopClass.CONDITION;
        // a word's ending ("-ostomy", "-scopy") says procedure whatever noun its definition opens with ("construction")
        boolean procedure = topic.kind() == TopClass.PROCEDURE
            || topic.kind() != TopClass.DEVICE && kindByName(topic) == TopClass.PROCEDURE;
        if (!(deviceTopic(topic) || procedure || condition)) return;
        // what the thing is for ("... to measure pulmonary artery pressure") names other places than its own
        Matcher purpose = PURPOSE.matcher(sentence);
        if (purpose.find()) sentence = sentence.substring(0, purpose.start());
        sentence = beforePurpose(sentence);
        // "... in the pleural cavity resulting in the collapse of the lung": what a condition leads to is not where it is
        Matcher consequence = CONSEQUENCE.matcher(sentence);
        if (condition && !deviceTopic(topic) && consequence.find()) sentence = sentence.substring(0, consequence.start());
        Matcher m = PLACE_PREPOSITION.matcher(sentence);
        boolean partOfPlace = false; // "inflammation of the lining of the stomach": the part's "of" goes on to the organ
        while (m.find()) {
            boolean of = OF.matcher(m.group()).lookingAt();
            String before = wordBefore(sentence, m.start());
            boolean chained = partOfPlace && of && Lexicon.PART_NOUNS.contains(Labels.singular(before.toLowerCase(Locale.ROOT)));
            partOfPlace = condition && of && (chained || conditionNoun(before));
            if (condition && !deviceTopic(topic) && !CONDITION_PLACE.matcher(m.group()).lookingAt()
                && !(of && (chained || conditionNoun(before)))) continue;
            // "the work of the heart and lungs": each part
            for (String item : Phrases.coordinated(Phrases.phraseAt(sentence, m.end()))) placeOf(item, m, ev, topic, ex);
        }
    }

    /** Where a condition's definition turns to what it causes or comes from. */
    private static final Pattern CONSEQUENCE = Pattern.compile("(?i)\\b(?:resulting\\s+in|leading\\s+to|causing|caused\\s+by|due\\s+to|followed\\s+by)\\b");

    /** The prefix of the Cell Ontology's identifiers in the medical lexicon. */
    private static final String CELL_ONTOLOGY = "CL";

    /** The prepositions that place a condition: "a clot in a blood vessel", "within the lens". */
    private static final Pattern CONDITION_PLACE = Pattern.compile("(?i)(?:in|within|inside)\\s");
    private static final Pattern OF = Pattern.compile("(?i)of\\s");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}\\-]+)\\s*$");

    /** The word just before a position, or "". */
    private static String wordBefore(String sentence, int at) {
        Matcher w = LAST_WORD.matcher(sentence.substring(0, at));
        return w.find() ? w.group(1) : "";
    }

    /**
     * "inflammation of the meninges", "a chronic disease of the liver": a noun of disease or of a bodily process before
     * "of" names the part the condition is in (a condition "of the heart's rhythm" names no part, which the body-part
     * test of the phrase then says).
     */
    static boolean conditionNoun(String word) {
        if (word.isEmpty()) return false;
        String w = Labels.singular(word.toLowerCase(Locale.ROOT));
        TopClass k = Lexicon.kindOfHead(w);
        if (k != null) return k == TopClass.CONDITION;
        List<String> files = WordNetLexicon.get().lexFiles(w);
        if (files.isEmpty()) return false;
        // "enlargement": a noun made from a verb names first the act, then the state it leaves; a condition is the state
        String sense = files.get(0).equals("noun.act") && files.size() > 1 ? files.get(1) : files.get(0);
        return CONDITION_LEX_FILES.contains(files.get(0)) || CONDITION_LEX_FILES.contains(sense);
    }

    /** WordNet's files of states and processes: "inflammation", "enlargement", "narrowing". */
    private static final java.util.Set<String> CONDITION_LEX_FILES = java.util.Set.of("noun.state", "noun.process");

    /**
     * The kind the topic's head word says ("thrombosis": a condition, "tracheostomy": a procedure), else the kind the
     * medical lexicon gives the whole name ("otitis media", whose last word says nothing), or null.
     */
    private static TopClass kindByName(TermRecord topic) {
        TopClass byHead = Lexicon.kindOfHead(Phrases.head(topic.label()));
        if (byHead != null) return byHead;
        org.medvocab.ground.Grounding g = org.medvocab.ground.Grounder.get().assess(topic.label());
        if (g.evidence() != org.medvocab.ground.Grounding.Evidence.LEXICON) return null;
        return g.kind().map(k -> TopClass.valueOf(k.name())).orElse(null);
    }

    /**
     * Whether a name is of a body part: the medical lexicon knows the whole name as anatomy, or its head
     * says so, unless the lexicon knows the whole name as something else ("foreign body" is a condition, though its head
     * is "body").
     */
    private static boolean namesBodyPart(String label) {
        org.medvocab.ground.Grounding g = org.medvocab.ground.Grounder.get().assess(label);
        if (g.evidence() == org.medvocab.ground.Grounding.Evidence.LEXICON && g.kind().isPresent()) {
            // "foreign body" is a condition though its head is "body"; "ear canal" is anatomy though a canal is a waterway;
            // a kind of cell ("red blood cells", "erythrocytes": the Cell Ontology names them) is what a condition acts on, not where
            return g.kind().get() == org.medvocab.link.Kind.ANATOMY && !g.knownIn(CELL_ONTOLOGY);
        }
        return Lexicon.bodyPart(Phrases.head(label));
    }

    /** One place a definition's preposition names, if it is a specific body part and not a substance. */
    private static void placeOf(String item, Matcher m, Evidence ev, TermRecord topic, DocumentExtraction ex) {
        Phrases.Term t = Phrases.clean(item);
        if (t == null || isTopic(t.label(), topic) || t.label().split(" ").length > 3 || !DefinitionRules.isNounPhrase(t.label())) return;
        String key = Labels.key(t.label());
        String head = Phrases.head(t.label());
        if (Lexicon.GENERAL_PLACES.contains(key) || !namesBodyPart(t.label())) return;
        // blood, insulin: what the body holds or makes is not a place
        if (org.medvocab.ground.WordNetLexicon.get().isA(Labels.singular(head.toLowerCase(Locale.ROOT)), "substance")) return;
        if (topic.relations().stream().anyMatch(r -> Labels.key(r.target()).equals(key))) return;
        String prep = (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
        boolean goesIn = prep.equals("into") || prep.equals("through") || prep.equals("in");
        addOne(ex, topic, deviceTopic(topic) && goesIn ? RelationKind.INSERTION_SITE : RelationKind.LOCATION, t, ev);
    }

    /** "a kidney stone (nephrolith)": one lower-case noun in brackets after a noun phrase is its technical name. */
    private static final Pattern TECHNICAL_NAME = Pattern.compile("\\b((?:[a-z][a-z\\-]+\\s){0,2}[a-z][a-z\\-]+)\\s\\(([a-z][a-z\\-]{4,})\\)");
    /** "kinds of X", "an X called Y": terms the sentence names. */
    private static final Pattern NAMES_A_TERM = Pattern.compile("(?i)\\b(?:types|forms|kinds|cases|varieties)\\s+of\\s+|\\b(?:called|termed|named)\\s+(?:an?\\s+)?");

    private static final Pattern SYMBOL_LIKE = Pattern.compile(".*[+\\p{N}].*|\\p{Lu}\\p{Ll}?");

    /** Names given in brackets and by "called": the terms they name; returns the sentence with preferred names in place. */
    private static String bracketNames(String sentence, Evidence ev, TermRecord topic, DocumentExtraction ex) {
        // "surface (plasma) membrane": the bracketed word gives the preferred name of the same thing
        Matcher alt = BRACKETED_WORD.matcher(sentence);
        StringBuilder sb = new StringBuilder();
        while (alt.find()) {
            String preferred = alt.group(2) + " " + alt.group(3);
            if (Character.isLowerCase(alt.group(2).charAt(0)) && Lexicon.kindOfHead(alt.group(3)) != null) {
                boolean symbol = SYMBOL_LIKE.matcher(alt.group(1)).matches();
                String written = Phrases.casing(alt.group(1)) + " " + Phrases.casing(alt.group(3));
                // "closed (endonasal) rhinoplasty": the name written out stays the term's unless only the bracketed one
                // is an established name ("surface (plasma) membrane")
                if (!symbol && !Phrases.establishedNoun(preferred)) {
                    ex.term(Labels.singularPhrase(written)).mention(ev).addAltLabel(Labels.singularPhrase(preferred), ev);
                    continue;
                }
                // "Na+ (sodium) ions": a symbol is an alternative label on its own; a word pairs with the head
                String other = symbol ? alt.group(1) : written;
                ex.term(Labels.singularPhrase(Phrases.casing(alt.group(2)) + " " + Phrases.casing(alt.group(3)))).mention(ev)
                    .addAltLabel(other, ev);
                alt.appendReplacement(sb, Matcher.quoteReplacement(preferred));
            }
        }
        alt.appendTail(sb);
        String out = sb.toString();
        Matcher gloss = TECHNICAL_NAME.matcher(out);
        sb = new StringBuilder();
        while (gloss.find()) {
            String word = gloss.group(2);
            if (word.endsWith("ly") || Lexicon.NON_TERMS.contains(word) || Lexicon.QUALIFIERS.contains(word)) continue;
            Phrases.Term np = Phrases.clean(gloss.group(1));
            // "a metal tube (cannula)": words for a made thing's form say what it looks like, the bracket what it is
            if (Lexicon.isGenericGenus(Phrases.head(gloss.group(1))) && (Lexicon.kindOfHead(word) != null || Lexicon.artifact(word))) {
                gloss.appendReplacement(sb, Matcher.quoteReplacement(word));
                ex.term(Labels.singularPhrase(word)).mention(ev);
                continue;
            }
            if (np == null || Lexicon.kindOfHead(Phrases.head(np.label())) == null && Lexicon.kindOfHead(word) == null) continue;
            ex.term(Labels.singularPhrase(word)).mention(ev).addAltLabel(np.label(), ev);
        }
        gloss.appendTail(sb);
        out = sb.toString();
        Matcher named = NAMES_A_TERM.matcher(out);
        while (named.find()) {
            Phrases.Term t = Phrases.clean(Phrases.phraseAt(out, named.end()));
            if (t == null || isTopic(t.label(), topic) || t.label().split(" ").length > 4) continue;
            if (EncyclopediaExtractor.nounPhrase(t.label())) ex.term(t.label()).mention(ev);
        }
        return out;
    }

    /** The sentence patterns, when the sentence is about the topic (or the pattern holds for any subject). */
    private static void sentenceTriggers(String sentence, Evidence ev, TermRecord topic, Section section, boolean topicSubject,
                                         boolean definitional, DocumentExtraction ex) {
        boolean conditionTopic = topic.kind() == TopClass.CONDITION;
        for (Trigger tr : SENTENCE) {
            boolean place = tr.kind() == RelationKind.INSERTION_SITE || tr.kind() == RelationKind.LOCATION;
            if (!(topicSubject || definitional || tr.anySubject() || place)) continue;
            if (tr.kind() == RelationKind.INDICATION && conditionTopic) continue;
            Matcher m = tr.pattern().matcher(sentence);
            while (m.find()) {
                // "... will have a cannula inserted into a vein": the participle right after the topic is about it
                if (!(topicSubject || definitional || tr.anySubject()) && !topicRightBefore(sentence, m.start(), topic)) continue;
                if (negated(sentence, m.start())) continue;
                if (!definitional && inRelativeClause(sentence, m.start())) continue;
                if (tr.kind() == RelationKind.RISK && section == Section.INDICATIONS) continue;
                add(ex, topic, tr.kind(), sentence, m.end(), ev, false);
            }
        }
    }

    /** Whether the text just before {@code at} ends with the topic's name ("a cannula| inserted into ..."). */
    private static boolean topicRightBefore(String sentence, int at, TermRecord topic) {
        String before = Labels.key(sentence.substring(0, at));
        String key = Labels.key(topic.label());
        return !key.isEmpty() && (before.equals(key) || before.endsWith(" " + key));
    }

    /** The section patterns: inside a risks, indications, components or mechanism section, whatever the subject. */
    private static void sectionTriggers(String sentence, Evidence ev, TermRecord topic, Section section, DocumentExtraction ex) {
        RelationKind sectionKind = switch (section) {
            case RISKS -> RelationKind.RISK;
            case INDICATIONS -> RelationKind.INDICATION;
            case COMPONENTS, MECHANISM -> RelationKind.COMPONENT;
            default -> null;
        };
        if (sectionKind == null) return;
        if (sectionKind == RelationKind.RISK) reportedHarm(sentence, ev, topic, ex);
        boolean conditionTopic = topic.kind() == TopClass.CONDITION;
        for (Trigger tr : SECTION) {
            if (tr.kind() != sectionKind) continue;
            Matcher m = tr.pattern().matcher(sentence);
            while (m.find()) {
                if (negated(sentence, m.start())) continue;
                if (sectionKind == RelationKind.INDICATION && conditionTopic) {
                    // "Treatment may include A, B and C" in a condition article: A, B, C are indicated for the topic.
                    for (Phrases.Term term : Phrases.terms(Phrases.phraseAt(sentence, m.end()))) {
                        if (isTopic(term.label(), topic)) continue;
                        ex.term(term.label()).mention(ev).addRelation(RelationKind.INDICATION, topic.label(), term.qualifier(), ev);
                    }
                } else {
                    add(ex, topic, sectionKind, sentence, m.end(), ev, true);
                }
            }
        }
    }

    /** "Injury to the aortic valve has been reported ...": a harm that is the subject of a report or occurrence verb. */
    private static final Pattern REPORTED_HARM = Pattern.compile("^(?<np>[A-Z][^,;:()]{2,60}?)\\s+(?:"
        + "(?:has|have) (?:also )?been (?:reported|described|observed|seen|noted|documented)"
        + "|(?:may|can|could|might) (?:also )?(?:occur|develop|happen|follow)|(?:also )?(?:occurs?|develops?)\\b"
        + "|(?:is|are) (?:a )?(?:rare|common|frequent|uncommon|possible|known|recognized|recognised)\\b)");
    /** "injury to the aortic valve" -> "aortic valve injury": the harm of a named part is named after the part. */
    private static final Pattern HARM_OF_PART = Pattern.compile("(?i)^(?<harm>[a-z]+) (?:to|of) (?:the |a |an )?(?<part>[a-z][a-z\\- ]{2,40})$");

    private static void reportedHarm(String sentence, Evidence ev, TermRecord topic, DocumentExtraction ex) {
        Matcher m = REPORTED_HARM.matcher(sentence);
        if (!m.find()) return;
        String np = m.group("np").strip();
        Matcher part = HARM_OF_PART.matcher(np);
        if (part.matches() && Lexicon.kindOfHead(part.group("harm")) == TopClass.CONDITION
            && part.group("part").split(" ").length <= 3) np = part.group("part") + " " + part.group("harm").toLowerCase(Locale.ROOT);
        Phrases.Term term = Phrases.clean(np);
        if (term == null || isTopic(term.label(), topic) || term.label().split(" ").length > 4) return;
        if (Lexicon.kindOfHead(Phrases.head(term.label())) != TopClass.CONDITION) return;
        addOne(ex, topic, RelationKind.RISK, term, ev);
    }

    private static final Pattern TYPES = Pattern.compile("(?i)\\b(?:two|three|four|five|several|many|various|different)\\s+"
        + "(?:main\\s+|major\\s+|principal\\s+|basic\\s+)?(?:types|kinds|forms|ways|classes|categories|varieties)"
        + "(?:\\s+of\\s+(?<of>[^:,;\u2013\u2014]{1,60}?))?(?:\\s*:|,?\\s+(?:such as|like|including|namely)|(?<dash>\\s+[\u2013\u2014]))\\s*(?<items>.+)$");
    /** "Primary osteoporosis can be of ", "X comes in ", "X has ": the subject before a count of types. */
    private static final Pattern TYPES_SUBJECT = Pattern.compile("(?i)^\\s*([\\p{L}][\\p{L}\\- ]{1,50}?)\\s+(?:can|may)?\\s*(?:be|is|are|comes?|has|have)(?:\\s+(?:of|in))?\\s*$");
    /** "A variety of Xs are available, including A, B and C": the things of which there are several, then the list. */
    private static final Pattern VARIETY = Pattern.compile("(?i)\\b(?:an?\\s+(?:wide\\s+|large\\s+)?(?:variety|range|number|choice)\\s+of|several|many|various|different)\\s+"
        + "(?<of>[\\p{L}][\\p{L}\\- ]{1,40}?)\\s+(?:are|is)\\s+(?:\\w+ly\\s+)?(?:available|used|made|sold|in use)\\s*,?\\s+(?:such as|like|including|namely)\\s+(?<items>.+)$");
    /** What follows a list and is not part of it: ", each serving ...", ", which ...". */
    private static final Pattern LIST_TAIL = Pattern.compile("(?i),\\s*(?:each|which|all|both|that|who|where|while)\\b.*$");

    private static final Pattern TRAILING_SPACES_COMMAS = Pattern.compile("[,\\s]+$");
    private static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");
    private static final Pattern TRAILING_STOP = Pattern.compile("[.;]\\s*$");

    /** "... done in one of two ways: A or B" / "There are three types: A, B and C": the items are kinds of the topic. */
    private static void types(String sentence, Evidence ev, TermRecord topic, DocumentExtraction ex) {
        Matcher m = TYPES.matcher(sentence);
        boolean found = m.find();
        if (!found) {
            m = VARIETY.matcher(sentence);
            found = m.find();
        }
        if (!found) return;
        // "several classes of ATPases, like ...": the items are kinds of what the sentence names, else of the topic
        Phrases.Term of = m.group("of") == null ? null : Phrases.clean(m.group("of"));
        // "Primary osteoporosis can be of two major types: ...": the items are kinds of the subject, itself a kind of the topic
        Matcher subject = TYPES_SUBJECT.matcher(sentence.substring(0, m.start()));
        Phrases.Term named = of == null && subject.matches() ? Phrases.clean(subject.group(1)) : null;
        boolean subjectKind = named != null && !isTopic(named.label(), topic) && TextRules.namesAKindOf(named.label(), topic.label());
        if (subjectKind) ex.term(named.label()).mention(ev).addBroader(topic.label(), ev);
        String broader = subjectKind ? named.label() : of == null || of.label().split(" ").length > 4 ? topic.label() : of.label();
        String items = m.group("items");
        // "The two types of X – A, and B – are ...": a list between dashes ends at the second dash
        if (m.pattern() == TYPES && m.group("dash") != null) {
            int end = items.indexOf(items.contains("\u2014") ? '\u2014' : '\u2013');
            if (end < 0) return;
            items = TRAILING_SPACES_COMMAS.matcher(items.substring(0, end)).replaceAll("");
        }
        String body = " " + Labels.key(ex.text()) + " ";
        String list = TRAILING_STOP.matcher(LIST_TAIL.matcher(items).replaceFirst("")).replaceAll("");
        // after "a variety of Xs ... including" every comma parts an item (no adjectives stacked before a head)
        List<String> listed = m.pattern() == VARIETY ? Phrases.items(LEADING_THE.matcher(list.strip()).replaceFirst(""))
            : Phrases.coordinated(list);
        // "the ring, inflatable, doughnut and Gellhorn": when one bare item leaves the head out, they all do
        boolean elided = listed.stream().map(i -> LEADING_THE.matcher(i.strip()).replaceFirst(""))
            .anyMatch(i -> !elidedHead(i, broader, body).equals(i));
        for (String item : listed) {
            String bare = LEADING_THE.matcher(item.strip()).replaceFirst("");
            boolean headAdded = elided && !bare.contains(" ");
            Phrases.Term t = Phrases.clean(headAdded ? bare + " " + Phrases.head(broader) : elidedHead(item.strip(), broader, body));
            // "Gellhorn" written with a capital inside a sentence is a name: "Gellhorn pessary" keeps it
            if (t != null && headAdded && Character.isUpperCase(bare.charAt(0))) t = new Phrases.Term(bare + " " + Phrases.head(broader), t.qualifier());
            // a kind may be named with its defining phrase: "heart failure with reduced ejection fraction"
            if (t == null || isTopic(t.label(), topic) || t.label().split(" ").length > 7) continue;
            ex.term(t.label()).mention(ev).kind(topic.kind()).addBroader(broader, ev);
        }
    }

    /**
     * "diffuse goitres, such as colloid and toxic", "other forms such as nodular goitres": Hearst's "such as" after
     * a plural whose head is the topic's head (or a word for kinds), the list ending at a dash, bracket or stop.
     */
    private static final Pattern SUCH_AS_KINDS = Pattern.compile(
        "(?i)\\b(?<of>[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s*[\u2014\u2013,(]?\\s*such as\\s+(?<items>[^\u2014\u2013.;:()]+)");
    private static final java.util.Set<String> KIND_WORDS = java.util.Set.of("form", "type", "kind", "variety", "class");

    /**
     * Kinds of the topic listed after "such as": each item is a kind of the plural before it when that plural is the
     * topic's head with a qualifier ("diffuse goitres": itself a kind of the topic) or a word for kinds ("other forms":
     * of the topic); a bare adjective among the items takes the topic's head ("toxic" is "toxic goitre").
     */
    private static void kindsSuchAs(String sentence, Evidence ev, TermRecord topic, DocumentExtraction ex) {
        String head = Labels.key(Phrases.head(topic.label()));
        Matcher m = SUCH_AS_KINDS.matcher(sentence);
        while (m.find()) {
            String[] of = Labels.key(m.group("of")).split(" ");
            String ofHead = of[of.length - 1];
            boolean ofTopic = ofHead.equals(head) && of.length == 2, ofKinds = KIND_WORDS.contains(ofHead);
            if (!ofTopic && !ofKinds) continue;
            String broader = ofTopic ? Labels.singularPhrase(m.group("of").strip().toLowerCase(Locale.ROOT)) : topic.label();
            if (ofTopic && !isTopic(broader, topic)) ex.term(broader).mention(ev).kind(topic.kind()).addBroader(topic.label(), ev);
            for (String item : Phrases.items(TRAILING_SPACES_COMMAS.matcher(m.group("items")).replaceAll(""))) {
                String bare = LEADING_THE.matcher(item.strip()).replaceFirst("");
                if (bare.isEmpty() || bare.split(" ").length > 3) continue;
                boolean named = Labels.key(Phrases.head(bare)).equals(head);
                Phrases.Term t = Phrases.clean(named ? bare : bare + " " + Phrases.head(topic.label()));
                if (t == null || isTopic(t.label(), topic) || !Labels.key(Phrases.head(t.label())).equals(head)) continue;
                ex.term(t.label()).mention(ev).kind(topic.kind()).addBroader(broader, ev);
            }
        }
    }

    /** "Bacterial X includes A X and B X": a subject, a verb of inclusion, the list. */
    private static final Pattern SUBJECT_INCLUDES = Pattern.compile(
        "(?i)^(?:the\\s+)?([\\p{L}][\\p{L}\\-]*(?:\\s+[\\p{L}][\\p{L}\\-]*){1,3})\\s+(?:includes?|comprises?|encompasses|covers)\\s+(.+)$");

    /**
     * "Bacterial meningitis includes meningococcal meningitis and tuberculous meningitis": when every item ends in the
     * head of the subject, a name of several words, the items are kinds of the subject ("Symptoms include fever and
     * headache" names no kinds: the items do not share the head).
     */
    private static void includedKinds(String sentence, Evidence ev, DocumentExtraction ex) {
        Matcher m = SUBJECT_INCLUDES.matcher(TRAILING_STOP.matcher(sentence.strip()).replaceAll(""));
        if (!m.matches()) return;
        Phrases.Term subject = Phrases.clean(m.group(1));
        if (subject == null || !subject.label().contains(" ")) return;
        String head = Labels.key(Phrases.head(subject.label()));
        List<Phrases.Term> kinds = new java.util.ArrayList<>();
        for (String item : Phrases.coordinated(m.group(2))) {
            Phrases.Term t = Phrases.clean(item.strip());
            if (t == null || !t.label().contains(" ") || !Labels.key(Phrases.head(t.label())).equals(head)
                || Labels.key(t.label()).equals(Labels.key(subject.label()))) return;
            kinds.add(t);
        }
        if (kinds.isEmpty()) return;
        TermRecord whole = ex.term(subject.label()).mention(ev);
        for (Phrases.Term t : kinds) ex.term(t.label()).mention(ev).kind(whole.kind()).addBroader(whole.label(), ev);
    }

    /**
     * "three types: knife, drum and motor-driven" (of dermatomes): a one-word item that only qualifies the head it
     * leaves out, a word that may be an adjective or one the page writes before that head ("drum dermatome"), names
     * item + head.
     */
    private static String elidedHead(String item, String broader, String pageKey) {
        if (item.isEmpty() || item.contains(" ")) return item;
        String head = Phrases.head(broader);
        String named = item + " " + head;
        String key = Labels.key(item);
        boolean adjective = WordNetLexicon.get().readings(key).contains(WordNetLexicon.Reading.ADJECTIVE)
            || key.contains("-") && key.endsWith("ed");
        return adjective || pageKey.contains(" " + Labels.key(named) + " ") ? named : item;
    }

    /** ", while a gastrostomy tube is ...": a clause that contrasts another subject with the sentence's own. */
    private static final Pattern CONTRAST = Pattern.compile(",\\s+(?:while|whereas)\\s+(?=(?:an?|the|its|their|it|they)\\s)");

    private static final Pattern PRONOUN_START = Pattern.compile("(?s)^(?:It|They|Its|Their)\\b.*");

    private static void contrastClause(String clause, Evidence ev, TermRecord topic, Section section, DocumentExtraction ex) {
        String text = Character.toUpperCase(clause.charAt(0)) + clause.substring(1);
        if (PRONOUN_START.matcher(text).matches()) {
            apply(text, ev, topic, section, true, false, ex);
            return;
        }
        Phrases.Term subject = Phrases.clean(Phrases.phraseAt(text, 0));
        if (subject == null || subject.label().split(" ").length > 4) return;
        if (isTopic(subject.label(), topic)) {
            apply(text, ev, topic, section, true, false, ex);
        } else if (SENTENCE.stream().anyMatch(tr -> tr.pattern().matcher(text).find()) && EncyclopediaExtractor.nounPhrase(subject.label())) {
            apply(text, ev, ex.term(subject.label()).mention(ev), section, true, false, ex);
        }
    }

    /** A bracket of names: "(subclavian vein or axillary vein)". */
    private static final Pattern NAMES_BRACKET = Pattern.compile("\\(([\\p{L}][\\p{L}\\- ,]{2,60})\\)");
    /** What may stand between two brackets of one list: ", chest ", ", or the groin ". */
    private static final Pattern BETWEEN_BRACKETS = Pattern.compile(",?\\s*(?:(?:and|or)\\s+)?(?:the\\s+)?[\\p{L}\\- ]{1,30}\\s*");

    /**
     * "sited in arteries of the wrist (radial artery), arm (brachial artery or ulnar artery)": brackets that
     * name members of a plural class word before them are what the sentence is about; they replace the class word and
     * its places, so the members become the targets.
     */
    static String specifics(String sentence) {
        Matcher b = NAMES_BRACKET.matcher(sentence);
        if (!b.find()) return sentence;
        List<String> first = Phrases.coordinated(b.group(1));
        if (first.isEmpty()) return sentence;
        String head = Phrases.head(first.get(0).strip()).toLowerCase(Locale.ROOT);
        String before = sentence.substring(0, b.start()).toLowerCase(Locale.ROOT);
        int generic = Math.max(lastWord(before, head + "s"), lastWord(before, head + "es"));
        if (generic < 0 || b.start() - generic > 40 || !sameHead(first, head)) return sentence;
        List<String> names = new java.util.ArrayList<>(first);
        int end = b.end();
        while (b.find()) {
            if (!BETWEEN_BRACKETS.matcher(sentence.substring(end, b.start())).matches()) break;
            List<String> more = Phrases.coordinated(b.group(1));
            if (!sameHead(more, head)) break;
            names.addAll(more);
            end = b.end();
        }
        String list = names.size() == 1 ? names.get(0).strip()
            : String.join(", ", names.subList(0, names.size() - 1).stream().map(String::strip).toList()) + " and " + names.get(names.size() - 1).strip();
        return sentence.substring(0, generic) + list + sentence.substring(end);
    }

    /** Where {@code word} last stands as a whole word in {@code text}, or -1. */
    private static int lastWord(String text, String word) {
        for (int at = text.lastIndexOf(word); at >= 0; at = text.lastIndexOf(word, at - 1)) {
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + word.length();
            if (startOk && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) return at;
            if (at == 0) break;
        }
        return -1;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static boolean sameHead(List<String> names, String head) {
        if (names.isEmpty()) return false;
        for (String n : names) if (!Phrases.head(n.strip()).equalsIgnoreCase(head) || SPACES.split(n.strip()).length > 4) return false;
        return true;
    }

    /** "the mouthpiece of the device": a made thing named as belonging to the topic (by its head or as "the device"). */
    private static final Pattern PART_OF = Pattern.compile("(?i)\\bthe\\s+((?:[a-z\\-]+\\s+){0,2}[a-z\\-]+)\\s+of\\s+(?:the|this|that|each|every|a|an)\\s+([a-z\\-]+)\\b");

    private static void partsOfTopic(String sentence, Evidence ev, TermRecord topic, DocumentExtraction ex) {
        Matcher m = PART_OF.matcher(sentence);
        String head = Phrases.head(topic.label()).toLowerCase(Locale.ROOT);
        while (m.find()) {
            String whole = Labels.singular(m.group(2).toLowerCase(Locale.ROOT));
            boolean topicWhole = whole.equals(head) || topic.kind() == TopClass.DEVICE && Lexicon.isGenericGenus(whole)
                && Lexicon.kindOfHead(whole) == TopClass.DEVICE;
            Phrases.Term part = topicWhole ? Phrases.clean(m.group(1)) : null;
            if (part == null || isTopic(part.label(), topic) || !Lexicon.artifact(Phrases.head(part.label()))) continue;
            addOne(ex, topic, RelationKind.COMPONENT, part, ev);
        }
    }

    /**
     * "includes a reservoir and a pump", "includes the insertion of a stent", "delivers it through a tube called a
     * cannula": what a device or procedure includes or works through, when it is a made thing.
     */
    private static final Pattern INCLUDES = Pattern.compile("(?i)\\b(?:(?:includes|include|including)\\s+(?:(?:the\\s+)?(?:insertion|placement|use|implantation|fitting)\\s+of\\s+)?"
        + "|through\\s+(?=an?\\s))");

    /**
     * "During the procedure, a thin tube called a catheter is inserted ...", "... inserted into the artery with a catheter
     * and a balloon": the made things a procedure is done with.
     */
    private static final Pattern PROCEDURE_USES = Pattern.compile("(?i)^(?:during|in|for)\\s+(?:the|this|a|an|each)\\s+(?:procedure|operation|treatment|intervention|technique|\\w+plasty|\\w+tomy|\\w+scopy)\\s*,\\s*(?=an?\\s)"
        + "|\\b(?:inserted|placed|guided|threaded|passed|advanced|introduced|pushed|injected|delivered|performed|done|carried out)\\s+[^.;]{0,60}?\\bwith\\s+(?=an?\\s)");

    private static final Pattern GENUS_WITH = Pattern.compile("(?i)\\b(?:is|are)\\s+(?:an?\\s+)(?:[a-z\\-]+,?\\s+){0,3}?[a-z\\-]+\\s+with\\s+(?=(?:an?|one|two|three|several)\\s)");

    private static final Pattern HAS_COORDINATION = Pattern.compile("(?s).*(?:,|\\bor\\b|\\band\\b).*");

    private static void includedParts(Pattern cue, String sentence, Evidence ev, TermRecord topic, DocumentExtraction ex) {
        Matcher m = cue.matcher(sentence);
        while (m.find()) {
            if (negated(sentence, m.start()) || VARIANTS.matcher(sentence.substring(0, m.start())).find()) continue;
            String rest = sentence.substring(m.end());
            Matcher called = CALLED.matcher(rest);
            // "through a tube": one thing; "includes A, B and C": a list
            boolean one = m.group().regionMatches(true, 0, "through", 0, 7);
            String list = called.find() ? Phrases.listAt(rest, called.end()) : one ? Phrases.phraseAt(sentence, m.end()) : Phrases.listAt(sentence, m.end());
            if (one && HAS_COORDINATION.matcher(list).matches()) continue;   // "through a nasogastric, ... or gastrostomy tube": a choice, not a part
            for (String item : Phrases.coordinated(list)) {
                Phrases.Term t = Phrases.clean(partBeforePartNoun(item));
                if (t == null || isTopic(t.label(), topic) || !Lexicon.artifact(Phrases.head(t.label()))) continue;
                addOne(ex, topic, RelationKind.COMPONENT, t, ev);
            }
        }
    }

    /**
     * "Modern variations include triple-lumen catheters", "Other examples include the nasal X": the subject names kinds of
     * the topic, so items named like the topic are narrower, not parts; other made things they include are parts.
     */
    private static final Pattern VARIANTS = Pattern.compile("(?i)\\b(?:types|kinds|forms|variations|variants|versions|models|designs|varieties|examples)\\s*$");
    private static final Pattern VARIANTS_INCLUDE = Pattern.compile("(?i)^(?:(?:the|its|their|some|many|newer|modern|recent|common|other)\\s+){0,2}"
        + "(?:types|kinds|forms|variations|variants|versions|models|designs|varieties|examples)\\s+(?:include|includes|are)\\s+");

    private static void variants(String sentence, Evidence ev, TermRecord topic, DocumentExtraction ex) {
        Matcher m = VARIANTS_INCLUDE.matcher(sentence);
        if (!m.find()) return;
        String head = Phrases.head(topic.label());
        for (String item : Phrases.coordinated(Phrases.listAt(sentence, m.end()))) {
            Phrases.Term t = Phrases.clean(item);
            if (t == null || isTopic(t.label(), topic) || t.label().split(" ").length > 5) continue;
            // "Newer models include a dose counter": a feature, not a kind, unless it is named like the topic
            if (!Phrases.head(t.label()).equalsIgnoreCase(head)) {
                if (Lexicon.artifact(Phrases.head(t.label())) && topic.kind() == TopClass.DEVICE) addOne(ex, topic, RelationKind.COMPONENT, t, ev);
                continue;
            }
            ex.term(t.label()).mention(ev).kind(topic.kind()).addBroader(topic.label(), ev);
        }
    }

    /** "an inflatable balloon tip" -> "an inflatable balloon": a made thing that forms a part (tip, end, wall) of the whole. */
    private static String partBeforePartNoun(String item) {
        String[] w = SPACES.split(item.strip());
        if (w.length < 2 || !Lexicon.PART_NOUNS.contains(Labels.singular(w[w.length - 1].toLowerCase(Locale.ROOT)))) return item;
        return Lexicon.artifact(w[w.length - 2]) ? String.join(" ", java.util.Arrays.copyOf(w, w.length - 1)) : item;
    }

    /** "a flexible plastic tube called a cannula": the name after "called" is the part. */
    private static final Pattern CALLED = Pattern.compile("(?i)^(?:an?\\s+)?(?:(?!also\\b)[a-z\\-]+,?\\s+){0,4}?(?<!,\\s)(?:called|named|termed|known as)\\s+");

    /** "The basic design is the same: a barrel with a plunger at one end ...": a sentence about the topic's build. */
    private static final Pattern DESIGN = Pattern.compile("(?i)^(?:the|its|their)\\s+(?:basic\\s+|general\\s+|usual\\s+|overall\\s+)?(?:design|structure|construction|make-up|makeup)\\b[^:.;]{0,40}:\\s*");
    /** "into which a syringe can be loaded": a made thing the device holds. */
    private static final Pattern HOLDS = Pattern.compile("(?i)\\b(?:into|in|onto|to)\\s+which\\s+(?=an?\\s+[^.;]{1,40}?\\s+(?:can|may|is|are)\\s+(?:be\\s+)?(?:loaded|fitted|placed|inserted|attached|mounted|connected))"
        // "into which fits an obturator": the part after an inverted verb of fitting
        + "|\\b(?:into|in|onto)\\s+which\\s+(?:fits|fit|slides|passes|goes)\\s+(?=an?\\s)");
    private static final Pattern ARTICLE_NP = Pattern.compile("(?i)\\b(?:a|an)\\s+");

    /** A device, by its kind or, while its kind is still open, by a made-thing head noun ("eye mist pump"). */
    private static boolean deviceTopic(TermRecord topic) {
        return topic.kind() == TopClass.DEVICE || topic.kind() == null && Lexicon.artifact(Phrases.head(topic.label()));
    }

    private static void designParts(String sentence, Evidence ev, TermRecord topic, DocumentExtraction ex) {
        Matcher design = DESIGN.matcher(sentence);
        Matcher holds = HOLDS.matcher(sentence);
        int from = design.lookingAt() ? design.end() : holds.find() ? holds.end() : -1;
        if (from < 0) return;
        String rest = sentence.substring(from);
        Matcher np = ARTICLE_NP.matcher(rest);
        while (np.find()) {
            Phrases.Term t = Phrases.clean(Phrases.phraseAt(rest, np.end()));
            if (t == null || isTopic(t.label(), topic) || t.label().split(" ").length > 3 || !Lexicon.artifact(Phrases.head(t.label()))) continue;
            addOne(ex, topic, RelationKind.COMPONENT, t, ev);
            if (design.hitEnd() || !design.lookingAt()) break;   // "into which a X can be loaded": one thing
        }
    }

    /** "Cochlear implants use a sound processor", "An inhaler has a pressurized canister": the device's verb of having. */
    private static final Pattern HAS_PART = Pattern.compile("(?i)^[^,.;:]{0,60}?\\s(?:has|have|uses|use|contains|contain|features|feature|incorporates)\\s+"
        + "(?:an?|one|two|three|a\\s+pair\\s+of)\\s+");

    /**
     * A sentence whose subject is a device and whose verb is one of having names a part: a made thing (WordNet files
     * its head as an artifact), not what the device does or holds for the patient ("has a high success rate").
     */
    private static void possessedParts(String sentence, Evidence ev, TermRecord topic, DocumentExtraction ex) {
        Matcher m = HAS_PART.matcher(sentence);
        if (!m.lookingAt()) return;
        // the object read on its own: in the sentence "uses a feeding set" may tag "feeding" as a verb
        Phrases.Term t = Phrases.clean(Phrases.phraseAt(sentence.substring(m.end()), 0));
        if (t == null || isTopic(t.label(), topic) || t.label().split(" ").length > 3 || !Lexicon.artifact(Phrases.head(t.label()))) return;
        addOne(ex, topic, RelationKind.COMPONENT, t, ev);
    }

    /** "to provide continuous pain relief": the complaint relieved is what the topic is used for. */
    private static final Pattern RELIEF = Pattern.compile("(?i)\\b(?:provide|provides|providing|give|gives|giving|for|offer|offers)\\s+(?:(?:continuous|rapid|fast|quick|effective|long-lasting|temporary|short-term|long-term)\\s+)?([a-z]+)\\s+relief\\b");

    private static void reliefOf(String sentence, Evidence ev, TermRecord topic, DocumentExtraction ex) {
        Matcher m = RELIEF.matcher(sentence);
        while (m.find()) {
            Phrases.Term t = Phrases.clean(m.group(1));
            if (t != null && !isTopic(t.label(), topic) && !negated(sentence, m.start())) addOne(ex, topic, RelationKind.INDICATION, t, ev);
        }
    }

    /** "are used for", "is mainly prescribed in", "is worn for": what the thing serves, when it names conditions. */
    private static final Pattern USED_FOR = Pattern.compile("(?i)\\b(?:is|are|be|been)\\s+(?:\\w+ly\\s+|also\\s+)?"
        + "(?:used|prescribed|recommended|worn|applied|needed|given)\\s+(?:for|in)\\s+(?!the\\s+(?:treatment|management|care)\\b)");

    /**
     * "Splints are used for fractures, sprains and some tendon injuries": the conditions a thing is used for are its
     * indications. Only items that name conditions count ("used for feeding", "used in hospitals" name none).
     */
    private static void usedForConditions(String sentence, Evidence ev, TermRecord topic, DocumentExtraction ex) {
        Matcher m = USED_FOR.matcher(sentence);
        while (m.find()) {
            if (negated(sentence, m.start())) continue;
            for (String item : Phrases.coordinated(Phrases.phraseAt(sentence, m.end()))) {
                Phrases.Term t = Phrases.clean(item);
                if (t != null && !isTopic(t.label(), topic) && namesCondition(t.label())) addOne(ex, topic, RelationKind.INDICATION, t, ev);
            }
        }
    }

    /** Whether a name is of a condition: the medical lexicon or WordNet (a state) knows it as one, else its head word says so. */
    private static boolean namesCondition(String label) {
        org.medvocab.ground.Grounding g = org.medvocab.ground.Grounder.get().assess(label);
        if (g.kind().isPresent()) {
            return g.kind().get() == org.medvocab.link.Kind.CONDITION;
        }
        return Lexicon.kindOfHead(Labels.singular(Phrases.head(label).toLowerCase(Locale.ROOT))) == TopClass.CONDITION;
    }

    /**
     * "- Hypoxemic respiratory failure with a ratio of ...": a list item under an indications or risks heading that
     * opens with a condition names an indication or a risk of the topic.
     */
    static void sectionListItem(String item, Section section, TermRecord topic, DocumentExtraction ex, Evidence ev) {
        if (section == Section.COMPONENTS) {
            componentItem(item, topic, ex, ev);
            return;
        }
        RelationKind kind = section == Section.INDICATIONS ? RelationKind.INDICATION : section == Section.RISKS ? RelationKind.RISK : null;
        if (kind == null || topic.kind() == TopClass.CONDITION) return;
        Phrases.Term t = Phrases.clean(Phrases.phraseAt(item, 0));
        if (kind == RelationKind.INDICATION && opensWithVerb(item)) {
            purposeItem(item, topic, ex, ev);
            return;
        }
        if (t == null || isTopic(t.label(), topic) || t.label().split(" ").length > 5) return;
        // "Back pain or soreness where ...", "Dizziness or vertigo": each condition of the opening coordination
        List<String> parts = org.medvocab.ground.MedicalLexicon.get().contains(t.label()) ? List.of(t.label())
            : Phrases.coordinated(Phrases.phraseAt(item, 0));
        for (String part : parts) {
            Phrases.Term p = Phrases.clean(part);
            if (p == null || isTopic(p.label(), topic)) continue;
            boolean condition = Lexicon.kindOfHead(Phrases.head(p.label())) == TopClass.CONDITION
                || org.medvocab.ground.Grounder.get().kind(p.label()).map(k -> k.name().equals(TopClass.CONDITION.name())).orElse(false);
            if (condition) addOne(ex, topic, kind, p, ev);
        }
    }

    private static boolean opensWithVerb(String item) {
        List<Nlp.Token> tokens = Nlp.get().analyse(item.strip(), 0).tokens();
        return !tokens.isEmpty() && tokens.get(0).is("VERB");
    }

    /** Where a purpose names what it is about: "look for infection, such as meningitis", "check for bleeding in the brain". */
    private static final Pattern PURPOSE_OBJECT = Pattern.compile("(?i)\\b(?:for|of|in|such as|including|like|from|with)\\s+(?:an?\\s+|the\\s+)?");

    /**
     * "Look for infection, such as meningitis", "Help diagnose multiple sclerosis": an item under an indications heading
     * that says what the thing is done to do names its indications in the conditions the medical lexicon knows in it.
     */
    private static void purposeItem(String item, TermRecord topic, DocumentExtraction ex, Evidence ev) {
        java.util.List<Integer> starts = new java.util.ArrayList<>();
        Matcher m = PURPOSE_OBJECT.matcher(item);
        while (m.find()) starts.add(m.end());
        // "Help diagnose multiple sclerosis": the object of the verb itself
        List<Nlp.Token> tokens = Nlp.get().analyse(item.strip(), 0).tokens();
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i - 1).is("VERB") && !tokens.get(i).is("VERB") && !tokens.get(i).is("ADP")) starts.add(item.indexOf(item.strip()) + tokens.get(i).start());
        }
        for (int at : starts) {
            for (String phrase : Phrases.coordinated(Phrases.phraseAt(item, at))) {
                Phrases.Term t = Phrases.clean(phrase);
                if (t == null || isTopic(t.label(), topic) || t.label().split(" ").length > 5) continue;
                org.medvocab.ground.Grounding g = org.medvocab.ground.Grounder.get().assess(t.label());
                if (g.evidence() == org.medvocab.ground.Grounding.Evidence.LEXICON
                        && g.kind().map(k -> k == org.medvocab.link.Kind.CONDITION).orElse(false)) {
                    addOne(ex, topic, RelationKind.INDICATION, t, ev);
                }
            }
        }
    }

    /**
     * An item listed as a device's part ("A microphone that picks up sound." under "... share several components:" or a
     * "Components" heading): the made thing it opens with is a component.
     */
    private static void componentItem(String item, TermRecord topic, DocumentExtraction ex, Evidence ev) {
        if (!deviceTopic(topic)) return;
        Phrases.Term t = Phrases.clean(Phrases.phraseAt(TextRules.LEADING_ARTICLE_CI.matcher(item.strip()).replaceFirst(""), 0));
        if (t == null || isTopic(t.label(), topic) || t.label().split(" ").length > 4 || !Lexicon.artifact(Phrases.head(t.label()))) return;
        addOne(ex, topic, RelationKind.COMPONENT, t, ev);
    }

    /** "The part of the insulin pump that ...": a definition that makes the term a part of a named whole. */
    private static final Pattern PART_OF_WHOLE = Pattern.compile("(?i)^(?:the|a|an|one)\\s+(?:\\w+\\s+)?(?:part|component|section|portion|piece)\\s+of\\s+(?:the|a|an|any)\\s+");

    private static void partOfWhole(String sentence, Evidence ev, TermRecord term, DocumentExtraction ex) {
        Matcher m = PART_OF_WHOLE.matcher(sentence.strip());
        if (!m.lookingAt()) return;
        Phrases.Term whole = Phrases.clean(Phrases.phraseAt(sentence.strip(), m.end()));
        if (whole == null || isTopic(whole.label(), term) || whole.label().split(" ").length > 4) return;
        ex.term(whole.label()).mention(ev).addRelation(RelationKind.COMPONENT, term.label(), null, ev);
    }

    /** "including light": the cue before a list's first example. */
    private static final Pattern EXAMPLE_CUE = Pattern.compile("(?i)^\\s*(?:including|such as|like|e\\.g\\.,?|for example,?|namely)\\s+");

    /** "both acute and chronic urinary retention": "both" only stresses the coordination. */
    private static final Pattern BOTH = Pattern.compile("(?i)^both\\s+(?=\\S+\\s+and\\s)");

    /** "scar tissue growing back over the graft, a problem known as graft stenosis": the name given to what was described. */
    private static final Pattern NAMED_AFTER = Pattern.compile("(?i)^[^.;]{0,80}?,\\s+(?:an?|the)\\s+(?:condition|disorder|disease|complication|problem|process|phenomenon|state)\\s+(?:known as|called|termed|referred to as)\\s+");

    private static final Pattern EXAMPLES_LEAD = Pattern.compile("(?i)^[^;]{0,50}?\\b(?:such as|including|like|e\\.g\\.,?|for example,?)\\s+");
    private static final Pattern OR_ARTICLE = Pattern.compile("(?s).*,\\s*or\\s+(?:the|a|an)\\s+.*");

    private static void add(DocumentExtraction ex, TermRecord topic, RelationKind kind, String sentence, int from,
                            Evidence ev, boolean sectionRule) {
        Matcher named = NAMED_AFTER.matcher(sentence.substring(from));
        if (named.find()) from += named.end();
        Matcher called = CALLED.matcher(sentence.substring(from));
        if (called.find()) from += called.end();
        String phrase = BOTH.matcher(Phrases.listAt(sentence, from)).replaceFirst("");
        // "conditions such as A, B and C": the examples are the targets
        phrase = EXAMPLES_LEAD.matcher(phrase).replaceFirst("");
        List<String> items = Phrases.coordinated(phrase);
        // "X, or the Y of Z": an appositive gloss that defines X, not a second item.
        if (items.size() == 2 && OR_ARTICLE.matcher(phrase).matches()) {
            Phrases.Term first = Phrases.clean(items.get(0));
            String gloss = items.get(1).strip();
            if (first != null) {
                ex.term(first.label()).mention(ev).addDefinition(gloss, ev);
                addOne(ex, topic, kind, first, ev);
            }
            return;
        }
        if (kind == RelationKind.COMPONENT && items.size() == 1) items = partsAfterClause(sentence, from, items);
        for (String item : items) {
            Phrases.Term term = Phrases.clean(EXAMPLE_CUE.matcher(item).replaceFirst(""));
            if (term == null || isTopic(term.label(), topic)) continue;
            if (sectionRule && kind == RelationKind.COMPONENT && !componentLike(term.label())) continue;
            addOne(ex, topic, kind, term, ev);
        }
    }

    /** ", and a pressure gauge that ...": the next part, named after the first part's relative clause. */
    private static final Pattern AND_NEXT_PART = Pattern.compile("(?i),\\s+and\\s+(?=(?:an?|the)\\s)");
    private static final Pattern RELATIVE_AFTER = Pattern.compile("(?i)^\\s*(?:that|which|with|to)\\b");

    /**
     * "consists of an inflatable cuff that is wrapped around the arm, and a pressure gauge that ...": when the one part
     * read so far has a clause of its own after it, the parts named after ", and a ..." are parts too.
     */
    private static List<String> partsAfterClause(String sentence, int from, List<String> items) {
        String first = Phrases.phraseAt(sentence, from);
        int end = sentence.indexOf(first, from);
        if (first.isEmpty() || end < 0 || !RELATIVE_AFTER.matcher(sentence.substring(end + first.length())).lookingAt()) return items;
        List<String> out = new java.util.ArrayList<>(items);
        Matcher m = AND_NEXT_PART.matcher(sentence).region(end + first.length(), sentence.length());
        if (m.find()) {
            String next = Phrases.phraseAt(sentence, m.end());
            if (!next.isEmpty()) out.add(next);
        }
        return out;
    }

    /** What WordNet files under these is a stuff, an event or a quality, never a part of a made thing. */
    private static final java.util.Set<String> NOT_PARTS = java.util.Set.of("noun.substance", "noun.phenomenon", "noun.process",
        "noun.attribute", "noun.act", "noun.event", "noun.state", "noun.feeling");

    private static void addOne(DocumentExtraction ex, TermRecord topic, RelationKind kind, Phrases.Term term, Evidence ev) {
        String label = kind == RelationKind.COMPONENT ? stripParticiple(term.label()) : term.label();
        if (label == null) return;
        label = groundedCore(label);
        // "in people with weakened hearts": once the describing word is gone, an organ is left, and an organ is no indication
        if (kind == RelationKind.INDICATION && namesBodyPart(label)) return;
        // "inserted into a body cavity": a general word for a place says how a thing is used, not where
        if ((kind == RelationKind.INSERTION_SITE || kind == RelationKind.LOCATION) && Lexicon.GENERAL_PLACES.contains(Labels.key(label))) return;
        // "driven by steam or by mains power": a device works with these (stuff, events), they are not its parts
        if (kind == RelationKind.COMPONENT && deviceTopic(topic) && Lexicon.kindOfHead(Phrases.head(label)) != TopClass.DEVICE
            && org.medvocab.ground.WordNetLexicon.get().kindLexFile(Labels.singular(Phrases.head(label).toLowerCase(Locale.ROOT))).map(NOT_PARTS::contains).orElse(false)) return;
        topic.addRelation(kind, label, term.qualifier(), ev);
        // the kind a relation implies is only a default: the model stage applies it when nothing else is known
        ex.term(label).mention(ev).kind(Lexicon.kindOfHead(Phrases.head(label)));
    }

    /** Words for a condition's course or severity: they describe one case, not a kind, unless the name is known with them. */
    private static final java.util.Set<String> COURSE = java.util.Set.of("acute", "chronic", "severe", "mild", "moderate",
        "profound", "recurrent", "persistent", "transient", "progressive");

    /** "acute viral pneumonia" -> "viral pneumonia" when the medical lexicon knows the rest but not the whole ("chronic kidney disease" stays). */
    private static String groundedCore(String label) {
        String[] w = label.split(" ");
        if (w.length < 3 || !COURSE.contains(w[0].toLowerCase(Locale.ROOT))) return label;
        String rest = String.join(" ", java.util.Arrays.copyOfRange(w, 1, w.length));
        var lexicon = org.medvocab.ground.MedicalLexicon.get();
        return !lexicon.contains(label) && lexicon.contains(rest) ? rest : label;
    }

    private static final Pattern VERBAL_ENDING = Pattern.compile("[a-z]+(?:ing|ed|able|ible)");

    /** "rotating drum" -> "drum": a leading participle or property adjective describes the part, it does not name it. */
    private static String stripParticiple(String label) {
        String[] w = label.split(" ");
        // "feeding tube": a compound the medical lexicon or WordNet knows names a kind of part; "rotating drum" describes one
        // "inflatable balloon", "hollow needle": a property adjective describes the part as well
        if (w.length > 1 && (VERBAL_ENDING.matcher(w[0]).matches() || Lexicon.GENUS_DESCRIPTORS.contains(w[0])) && !Lexicon.KIND_HEADS.containsKey(w[0])
            && !org.medvocab.ground.MedicalLexicon.get().contains(label) && !org.medvocab.ground.WordNetLexicon.get().isNounPhrase(label)
            // "feeding set", "bearing housing": a gerund WordNet knows as a noun makes a compound with the head
            && !(w[0].endsWith("ing") && WordNetLexicon.get().readings(w[0].toLowerCase(Locale.ROOT)).contains(WordNetLexicon.Reading.NOUN))) {
            return String.join(" ", java.util.Arrays.copyOfRange(w, 1, w.length));
        }
        return label;
    }

    private static boolean componentLike(String label) {
        TopClass k = Lexicon.kindOfHead(Phrases.head(label));
        return k == null || k == TopClass.DEVICE || k == TopClass.SUBSTANCE;
    }

    static boolean isTopic(String label, TermRecord topic) {
        String k = Labels.key(label);
        if (k.equals(Labels.key(topic.label()))) return true;
        for (String a : topic.altLabels()) if (k.equals(Labels.key(a))) return true;
        return false;
    }

    private static final Pattern NEGATION = Pattern.compile("(?s).*\\b(?:not|never|no|nor|cannot|avoid|avoided|contraindicated|unsuitable|except)\\b.*");

    /** True when the clause before the trigger negates it ("is not used in patients with ..."). */
    static boolean negated(String sentence, int at) {
        String before = sentence.substring(Math.max(0, at - 60), at).toLowerCase(Locale.ROOT);
        int cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
        if (cut >= 0) before = before.substring(cut + 1);
        return NEGATION.matcher(before).matches();
    }

    private static final Pattern RELATIVE_CLAUSE_END = Pattern.compile("(?s).*\\S+\\s+(?:that|which|who)\\b(?!.*[,;]).*");

    /** True when the trigger at {@code at} stands in a relative clause ("... X that is inserted into ..."). */
    private static boolean inRelativeClause(String sentence, int at) {
        String before = sentence.substring(0, at).toLowerCase(Locale.ROOT);
        return RELATIVE_CLAUSE_END.matcher(before).matches();
    }
}
