package org.medvocab.extract;

import java.util.regex.Pattern;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * General English and medical-writing word lists the rules use: determiners, evaluative qualifiers, generic
 * genus words and what kind they signal, section headings. None of these name a term of any document.
 */
public final class Lexicon {
    private static Set<String> words(String... ws) { return Set.copyOf(java.util.Arrays.asList(ws)); }

    private Lexicon() {}

    public static final Set<String> DETERMINERS = words("a", "an", "the", "this", "that", "these", "those",
        "some", "any", "certain", "each", "every", "both", "either", "its", "their", "his", "her", "our", "your",
        "such", "many", "several", "multiple", "various", "numerous", "most", "all", "other", "another", "one",
        "two", "three", "more", "less", "much", "few", "no");

    /** Evaluative, degree, size and material modifiers that qualify a mention but are not part of the term. */
    public static final Set<String> QUALIFIERS = words("severe", "mild", "moderate", "profound", "late-stage", "early-stage", "acute-on-chronic", "refractory", "high-risk",
        "low-risk", "end-stage", "advanced", "serious", "significant", "possible", "potential", "rare", "common",
        "frequent", "occasional", "certain", "rapid", "slow", "fast", "quick", "small", "large", "tiny", "big", "long", "short", "thin", "thick",
        "rubber", "metal", "plastic", "glass", "steel", "silicone", "temporary", "permanent", "typical", "usual",
        "various", "different", "new", "modern", "special", "specific", "particular",
        "important", "life-threatening", "fatal", "sudden", "gradual", "progressive", "worsening", "ongoing",
        "persistent", "recurrent", "excessive", "local", "overall", "further", "additional", "extra",
        "reversible", "flexible", "medical", "usually", "often", "very", "highly", "slender",
        "computerized", "portable", "precise", "weakened", "traditional", "conventional", "standard",
        "old", "older", "newer", "simple", "ordinary", "basic", "whole", "entire", "same", "other", "such",
        "damaged", "undamaged", "unbroken", "intact", "healthy", "affected", "existing", "underlying", "associated", "related", "similar");

    /** Class nouns that take a name in apposition ("the enzyme lactase", "the hormone insulin"). */
    public static final Set<String> APPOSITIVE_CLASSES = words("enzyme", "hormone", "drug", "medication", "medicine",
        "protein", "antibiotic", "vitamin", "molecule", "gene", "bacterium", "virus", "neurotransmitter", "peptide",
        "receptor", "transporter", "antibody", "toxin", "ion", "mineral", "element", "alkaloid", "steroid", "antigen");

    /** Modifiers that make a structure or complex a molecule, not a part of the body ("a molecular structure"). */
    public static final Set<String> MOLECULAR_MODIFIERS = words("molecular", "macromolecular", "protein", "enzyme", "enzymatic");

    /** Parts named after their whole ("the chambers of the heart" is the heart chamber, "the wall of the bladder" the bladder wall). */
    public static final Set<String> PART_NOUNS = words("chamber", "wall", "lining", "cavity", "lumen", "surface", "floor",
        "roof", "apex", "root", "neck", "tip", "outlet", "inlet");

    /** Physical descriptors that a definition's genus carries but a broader term does not ("a soft splint"). */
    public static final Set<String> GENUS_DESCRIPTORS = words("soft", "hard", "rigid", "stiff", "strong", "weak", "fine",
        "narrow", "wide", "hollow", "straight", "curved", "sterile", "disposable", "single", "double", "light", "heavy",
        "final", "initial", "first", "last", "early", "late", "true", "false", "so-called");

    /** Head nouns that never make a term (people, quantities, abstract nouns of writing). */
    public static final Set<String> NON_TERM_HEADS = words("patient", "person", "people", "individual", "user",
        "case", "use", "usage", "way", "kind", "type", "form", "class", "family", "amount", "number", "time",
        "example", "term", "word", "article", "lot", "variety", "range", "majority", "doctor", "physician",
        "surgeon", "nurse", "clinician", "instance", "need", "help", "reason", "purpose", "goal", "aim",
        // relational nouns: "the product of X", "the result of X" say how a thing relates to X, not what it is
        "product", "byproduct", "result", "outcome", "consequence", "source", "cause", "effect",
        // the course of a condition: "to prevent the spread of gangrene" is about gangrene
        "spread", "progression", "worsening", "recurrence", "onset", "severity");

    /** The divisions of a document, which a number names: "Section 4", "Chapter 7", "Step 3" are places in a text, not terms. */
    public static final Set<String> DOCUMENT_DIVISIONS = words("section", "chapter", "part", "page", "figure", "fig",
        "table", "step", "unit", "module", "lesson", "procedure", "appendix", "volume", "question", "item", "box");

    /** Words that are not a term when they stand alone (people, quantities, abstract nouns of writing). */
    public static final Set<String> NON_TERMS = words("patient", "person", "people", "individual", "user",
        "case", "use", "usage", "way", "kind", "type", "form", "class", "family", "part", "amount", "number",
        "rate", "time", "bridge", "risk", "complication", "example", "term", "word", "name", "article",
        "doctor", "physician", "surgeon", "nurse", "clinician", "practice", "field", "area", "need", "level",
        "function", "role", "effect", "result", "purpose", "addition", "order", "place", "position", "end",
        "side", "top", "bottom", "day", "night", "hour", "minute", "week", "year", "speed", "help", "support",
        "benefit", "advantage", "disadvantage", "problem", "issue", "reason", "cause", "goal", "aim", "period",
        "stage", "phase", "process", "method", "means", "approach", "system", "structure", "thing", "lot",
        "variety", "range", "group", "set", "series", "majority", "minority", "number", "percent", "one",
        "other", "another", "it", "they", "them", "which", "what", "who", "this", "that", "these", "those",
        "some", "context", "sense", "meaning", "origin", "etymology", "pronunciation", "definition",
        "instance", "contrast", "respect", "basis", "account", "presence", "absence", "treatment", "therapy",
        "damage", "history", "emergency", "risk factor", "medication",
        "management", "care", "outcome", "condition", "quality", "life", "ability", "flow", "pressure",
        "recovery", "weaning", "body", "adjective", "noun", "verb", "rupture", "breakdown", "destruction", "blockage",
        "obstruction", "text", "folder", "page", "file", "bundle", "collection", "network", "layer", "piece", "pair",
        "length", "sheet", "strip", "mixture", "combination", "series", "sequence");

    /** Generic genus words: the kind they signal, never a broader concept of their own. */
    public static final Map<String, TopClass> GENERIC_GENUS = Map.ofEntries(
        Map.entry("device", TopClass.DEVICE), Map.entry("apparatus", TopClass.DEVICE),
        Map.entry("machine", TopClass.DEVICE), Map.entry("instrument", TopClass.DEVICE),
        Map.entry("equipment", TopClass.DEVICE), Map.entry("appliance", TopClass.DEVICE),
        Map.entry("implement", TopClass.DEVICE), Map.entry("tool", TopClass.DEVICE),
        Map.entry("unit", TopClass.DEVICE), Map.entry("gadget", TopClass.DEVICE),
        // words for a made thing's form ("a flexible tube", "a thin rod") say what it looks like, not what kind it is
        Map.entry("tube", TopClass.DEVICE), Map.entry("rod", TopClass.DEVICE), Map.entry("strip", TopClass.DEVICE),
        Map.entry("sheet", TopClass.DEVICE), Map.entry("piece", TopClass.DEVICE), Map.entry("cylinder", TopClass.DEVICE),
        Map.entry("procedure", TopClass.PROCEDURE), Map.entry("operation", TopClass.PROCEDURE),
        Map.entry("intervention", TopClass.PROCEDURE), Map.entry("technique", TopClass.PROCEDURE),
        Map.entry("treatment", TopClass.PROCEDURE), Map.entry("therapy", TopClass.PROCEDURE),
        Map.entry("method", TopClass.PROCEDURE), Map.entry("surgery", TopClass.PROCEDURE),
        Map.entry("condition", TopClass.CONDITION), Map.entry("disease", TopClass.CONDITION), Map.entry("symptom", TopClass.CONDITION),
        Map.entry("disorder", TopClass.CONDITION), Map.entry("syndrome", TopClass.CONDITION),
        Map.entry("illness", TopClass.CONDITION), Map.entry("state", TopClass.CONDITION),
        Map.entry("complication", TopClass.CONDITION), Map.entry("injury", TopClass.CONDITION),
        Map.entry("structure", TopClass.ANATOMY), Map.entry("organ", TopClass.ANATOMY),
        Map.entry("tissue", TopClass.ANATOMY), Map.entry("mechanism", TopClass.MECHANISM),
        Map.entry("process", TopClass.MECHANISM), Map.entry("substance", TopClass.SUBSTANCE),
        // an act or event named by a verb's noun ("the formation of a clot"): what happens, not a class of things
        Map.entry("formation", TopClass.MECHANISM), Map.entry("development", TopClass.MECHANISM),
        Map.entry("presence", TopClass.MECHANISM), Map.entry("production", TopClass.MECHANISM),
        Map.entry("creation", TopClass.MECHANISM), Map.entry("making", TopClass.MECHANISM),
        Map.entry("application", TopClass.MECHANISM), Map.entry("construction", TopClass.MECHANISM),
        // a surgical act named by a verb's noun ("the surgical removal of an embolus"): what is done, not a class
        Map.entry("removal", TopClass.PROCEDURE), Map.entry("repair", TopClass.PROCEDURE),
        Map.entry("reconstruction", TopClass.PROCEDURE), Map.entry("excision", TopClass.PROCEDURE),
        // an act of care named by a verb's noun ("the administration of fluids", "the insertion of a catheter")
        Map.entry("administration", TopClass.PROCEDURE), Map.entry("delivery", TopClass.PROCEDURE),
        Map.entry("insertion", TopClass.PROCEDURE), Map.entry("placement", TopClass.PROCEDURE),
        Map.entry("material", TopClass.SUBSTANCE), Map.entry("agent", TopClass.SUBSTANCE),
        Map.entry("compound", TopClass.SUBSTANCE), Map.entry("chemical", TopClass.SUBSTANCE));

    /** Head nouns that signal a kind but, unlike generic genus words, may be concepts themselves. */
    public static final Map<String, TopClass> KIND_HEADS = Map.ofEntries(
        Map.entry("tube", TopClass.DEVICE), Map.entry("enzyme", TopClass.SUBSTANCE),
        Map.entry("needle", TopClass.DEVICE), Map.entry("stent", TopClass.DEVICE),
        Map.entry("valve", TopClass.DEVICE), Map.entry("monitor", TopClass.DEVICE),
        Map.entry("oxygenator", TopClass.DEVICE), Map.entry("set", TopClass.DEVICE), Map.entry("circuit", TopClass.DEVICE), Map.entry("console", TopClass.DEVICE),
        Map.entry("motor", TopClass.DEVICE), Map.entry("sensor", TopClass.DEVICE), Map.entry("electrode", TopClass.DEVICE),
        Map.entry("heart", TopClass.ANATOMY), Map.entry("artery", TopClass.ANATOMY), Map.entry("vein", TopClass.ANATOMY),
        Map.entry("ventricle", TopClass.ANATOMY), Map.entry("atrium", TopClass.ANATOMY),
        Map.entry("vessel", TopClass.ANATOMY), Map.entry("membrane", TopClass.ANATOMY),
        Map.entry("kidney", TopClass.ANATOMY), Map.entry("lung", TopClass.ANATOMY),
        Map.entry("skin", TopClass.ANATOMY), Map.entry("esophagus", TopClass.ANATOMY),
        Map.entry("liver", TopClass.ANATOMY), Map.entry("brain", TopClass.ANATOMY),
        Map.entry("shock", TopClass.CONDITION), Map.entry("failure", TopClass.CONDITION), Map.entry("hemorrhage", TopClass.CONDITION), Map.entry("damage", TopClass.CONDITION),
        Map.entry("attack", TopClass.CONDITION), Map.entry("infarction", TopClass.CONDITION), Map.entry("thrombosis", TopClass.CONDITION), Map.entry("stroke", TopClass.CONDITION), Map.entry("arrest", TopClass.CONDITION), Map.entry("ischemia", TopClass.CONDITION), Map.entry("hypotension", TopClass.CONDITION), Map.entry("sepsis", TopClass.CONDITION),
        Map.entry("transplant", TopClass.PROCEDURE), Map.entry("transplantation", TopClass.PROCEDURE),
        Map.entry("bypass", TopClass.PROCEDURE), Map.entry("catheterization", TopClass.PROCEDURE),
        Map.entry("oxygenation", TopClass.PROCEDURE), Map.entry("transfusion", TopClass.PROCEDURE), Map.entry("infusion", TopClass.PROCEDURE),
        Map.entry("injection", TopClass.PROCEDURE), Map.entry("lavage", TopClass.PROCEDURE), Map.entry("resuscitation", TopClass.PROCEDURE),
        Map.entry("transport", TopClass.MECHANISM), Map.entry("hydrolysis", TopClass.MECHANISM), Map.entry("diffusion", TopClass.MECHANISM),
        Map.entry("secretion", TopClass.MECHANISM), Map.entry("pulsation", TopClass.MECHANISM), Map.entry("circulation", TopClass.MECHANISM),
        Map.entry("protein", TopClass.SUBSTANCE), Map.entry("medication", TopClass.SUBSTANCE), Map.entry("acid", TopClass.SUBSTANCE), Map.entry("ion", TopClass.SUBSTANCE),
        Map.entry("hormone", TopClass.SUBSTANCE), Map.entry("fluid", TopClass.SUBSTANCE),
        Map.entry("solution", TopClass.SUBSTANCE), Map.entry("blood", TopClass.SUBSTANCE), Map.entry("inhibitor", TopClass.SUBSTANCE),
        Map.entry("anticoagulant", TopClass.SUBSTANCE));

    /** The kind a term's head noun signals, if any. */
    /** WordNet's files a condition's name is read in: states, processes, phenomena. */
    private static final java.util.Set<String> CONDITION_READINGS = java.util.Set.of("noun.state", "noun.process", "noun.phenomenon");

    public static TopClass kindOfHead(String head) {
        if (head == null) return null;
        String h = Labels.singular(head.toLowerCase(Locale.ROOT));
        TopClass k = GENERIC_GENUS.get(h);
        if (k != null) return k;
        k = KIND_HEADS.get(h);
        if (k != null) return k;
        if ((h.endsWith("itis") || h.endsWith("osis") || h.endsWith("emia") || h.endsWith("pathy") || h.endsWith("algia")
            || h.endsWith("oma") || h.endsWith("lysis") || h.endsWith("embolism") || h.endsWith("plegia") || h.endsWith("rrhage"))
            // "anastomosis" (a junction), "diagnosis" (an act): WordNet's reading of the word outranks its ending
            && org.medvocab.ground.WordNetLexicon.get().kindLexFile(h).map(CONDITION_READINGS::contains).orElse(true)) return TopClass.CONDITION;
        if (h.endsWith("ectomy") || h.endsWith("otomy") || h.endsWith("ostomy") || h.endsWith("plasty") || h.endsWith("scopy")
            || h.endsWith("graphy")) return TopClass.PROCEDURE;
        // "lipase", "ATPase": an enzyme's ending, unless WordNet reads the word as something else ("increase", "release")
        if (h.endsWith("ase") && org.medvocab.ground.WordNetLexicon.get().kindLexFile(h).map("noun.substance"::equals).orElse(true)) {
            return TopClass.SUBSTANCE;
        }
        return null;
    }

    /** Whether a head noun names a made thing: the head table says device, else WordNet's most frequent reading is an artifact. */
    public static boolean artifact(String head) {
        if (head == null || PART_NOUNS.contains(Labels.singular(head.toLowerCase(Locale.ROOT)))) return false;
        TopClass k = kindOfHead(head);
        if (k != null) return k == TopClass.DEVICE;
        String w = Labels.singular(head.toLowerCase(Locale.ROOT));
        return org.medvocab.ground.WordNetLexicon.get().kindLexFile(w).map("noun.artifact"::equals).orElse(false);
    }

    /** Characters no term's name has: brackets, slashes, colons, stress and syllable marks, phonetic letters. */
    private static final java.util.regex.Pattern NOT_IN_TERMS = java.util.regex.Pattern.compile(
        "[\\[\\]{}/\\\\:;=\u00b7\u2022|<>@#$%^*_~\u02c8\u02cc\u0259\u025b\u028a\u026a\u00e6\u0254\u03b8\u00f0\u014b\u0283\u0292\u2032\u2033]"
        + "|^\\d+[.)]?\\s|\\.\\s|\\.$|\\s\\+\\s" // "laparo- + -scope": how a word was formed
        + "|[\"\u201c\u201d]|^\\+"); // 'usage of "spleen"': a quoted word is spoken about; "+Name": a toggle's mark
    /** Words about words and pages: a label that is one of them, or has one of the page words, names no term. */
    private static final Set<String> META_WORDS = words("noun", "verb", "adjective", "adverb", "adj", "synonym", "synonyms",
        "antonym", "antonyms", "word", "words", "etym", "etymology", "ipa", "pronunciation", "definition", "definitions", "derivative",
        "derivatives", "meaning", "plural", "subclass", "copyright", "origin", "usage", "example", "examples");
    /**
     * What reference works are called, as a regular-expression alternation: the one list the dictionary-page rules use to
     * recognise a source heading, a credit line or a source line ("Medical Dictionary", "Medical dictionary. 2011.").
     */
    public static final String REFERENCE_WORKS = org.medvocab.page.LineShape.REFERENCE_WORKS;
    private static final java.util.regex.Pattern PAGE_WORDS = java.util.regex.Pattern.compile(
        "(?i)\\b(?:" + REFERENCE_WORKS + "|copyright|library of medicine)\\b");

    /** Whether a label is shaped like a term's name (see {@link #NOT_IN_TERMS}, {@link #META_WORDS}). */
    public static boolean termShaped(String label) {
        String l = label.strip();
        return !l.isEmpty() && !NOT_IN_TERMS.matcher(l).find() && !META_WORDS.contains(l.toLowerCase(Locale.ROOT))
            && !PAGE_WORDS.matcher(l).find() && !REPEATED_WORD.matcher(l).find()
            && !(l.contains(" ") && NON_TERMS.contains(l.toLowerCase(Locale.ROOT))); // "risk factor": a phrase on the list
    }

    /** "scalpel scalpel scal", "rupture rupture": a word written twice running is a page's stutter, not a name. */
    private static final Pattern REPEATED_WORD = Pattern.compile("(?i)\\b(\\p{L}{2,})\\s+\\1\\b");

    /**
     * Body words too general to be where something is: "inserted into the body", "a cavity", "a vessel". A definition that
     * names one says how the thing is used, not where; a specific part ("bladder", "blood vessel") does.
     */
    public static final Set<String> GENERAL_PLACES = Set.of("body", "body part", "part", "cavity", "body cavity", "vessel",
        "canal", "passage", "passageway", "duct", "tissue", "organ", "region", "area", "site", "opening", "orifice", "surface",
        "wall", "structure", "space", "lumen", "interior", "inside", "outside", "cell", "limb part", "bodily cavity", "system");

    /** Whether a head noun names a body part: the head table says anatomy, else WordNet's reading is noun.body. */
    public static boolean bodyPart(String head) {
        if (head == null) return false;
        TopClass k = kindOfHead(head);
        if (k != null) return k == TopClass.ANATOMY;
        return org.medvocab.ground.WordNetLexicon.get().kindLexFile(Labels.singular(head.toLowerCase(Locale.ROOT))).map("noun.body"::equals).orElse(false);
    }

    /** Adjectives of the field a generic class belongs to: "a surgical instrument" is no more a class than "an instrument". */
    public static final Set<String> FIELD_ADJECTIVES = words("surgical", "medical", "clinical", "diagnostic", "therapeutic",
        "dental", "laboratory", "hospital", "operative");

    /**
     * "surgical instrument", "medical device", "surgical removal": a generic genus word under field adjectives or
     * qualifiers only, which says what sort of thing a term is, not a class the vocabulary needs.
     */
    public static boolean genericClass(String label) {
        String[] w = label.toLowerCase(Locale.ROOT).strip().split("\\s+");
        if (w.length < 2 || !isGenericGenus(w[w.length - 1])) return false;
        for (int i = 0; i < w.length - 1; i++) if (!FIELD_ADJECTIVES.contains(w[i]) && !QUALIFIERS.contains(w[i])) return false;
        return true;
    }

    public static boolean isGenericGenus(String word) {
        return word != null && GENERIC_GENUS.containsKey(Labels.singular(word.toLowerCase(Locale.ROOT)));
    }

    /** What an encyclopedia section heading is about. */
    public enum Section { LEAD, GENERAL, INDICATIONS, RISKS, MECHANISM, COMPONENTS, PROCEDURE, RELATED, SEE_ALSO, SYNONYMS, SKIP, CHROME }

    private static final Pattern NOT_LOWER_LETTER = Pattern.compile("[^a-z ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EXTERNAL_LINKS_REFERENCES = Pattern.compile("(external links?|references?|sources?( change)?|further reading|resources|bibliography|notes|navigation( menu)?|languages?|footnotes|citations|gallery|media|categories|contents)");
    private static final Pattern ETYMOLOGY_PRONUNCIATION_HISTORY = Pattern.compile("(etymology|pronunciation|history|origin|terminology|name|naming|quiz|trivia|word study|word history|derivatives?|derived forms?|derivative terms|part of speech|parts of speech|noun|verb|adjective)");
    private static final Pattern CONTRAINDICATIONS = Pattern.compile(".*\\bcontraindications?\\b.*");
    private static final Pattern INDICATIONS_USES_USAGE = Pattern.compile(".*\\b(indications?|uses?|usage|applications?|clinical use|clinical applications?|treatments?|therapy|therapies|management|clinical significance|medical uses?)\\b.*");
    /** An explainer's questions about what a thing is for: "Why is it done?", "Who needs one?", "What is it used for?". */
    private static final Pattern WHY_WHO_NEEDS = Pattern.compile("(?:why (?:is|are|would|might|do|does) .*\\b(?:done|used|needed|performed|recommended|prescribed|given|fitted|need|have)"
        + "|why (?:it s|it is|they re) (?:done|used|needed)|who (?:needs|need|should|can|might|may|is)\\b.*|when (?:is|are) .*\\b(?:used|needed|done|recommended)"
        + "|what (?:is|are) .*\\bused for|reasons? (?:for|why) .*)");
    private static final Pattern RISKS_COMPLICATIONS_SIDE = Pattern.compile(".*\\b(risks?|complications?|side effects?|adverse (effects?|events?)|hazards?|dangers?|contraindications)\\b.*");
    private static final Pattern MECHANISM_MECHANISM_ACTION = Pattern.compile(".*\\b(mechanism|mechanism of action|function|functions|how it works|physiology|operation|working principle)\\b.*");
    private static final Pattern COMPONENTS_PARTS_DESIGN = Pattern.compile(".*\\b(components?|parts?|design|structure|construction|anatomy|equipment)\\b.*");
    private static final Pattern PROCEDURE_INSERTION_PLACEMENT = Pattern.compile(".*\\b(procedure|insertion|placement|technique|implantation)\\b.*");
    private static final Pattern SEE_ALSO_COMPARE = Pattern.compile("(see also|compare|cf)");
    private static final Pattern SYNONYMS_ALSO_KNOWN = Pattern.compile("(synonyms?|also known as|other names|alternative names|also called)");
    private static final Pattern ANTONYMS_OPPOSITES_USAGE = Pattern.compile("(antonyms?|opposites?|usage examples?|examples?|examples? (?:of )?usage|example sentences?|fun facts?|did you know|quotations?|usage in sentences|(?:word )?forms?|inflections?|derived terms|translations?|rhymes|anagrams)");
    private static final Pattern RELATED_TERMS_RELATED = Pattern.compile(".*\\b(related terms?|related conditions?|related topics?|types|classification|subtypes|kinds|glossary)\\b.*");

    public static Section section(String heading) {
        String h = SPACES.matcher(NOT_LOWER_LETTER.matcher(heading.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll(" ").strip();
        if (EXTERNAL_LINKS_REFERENCES.matcher(h).matches()) return Section.CHROME;
        if (ETYMOLOGY_PRONUNCIATION_HISTORY.matcher(h).matches()
            || CONTRAINDICATIONS.matcher(h).matches()) return Section.SKIP;
        // "Example usage": sentences that use the word, before "usage" reads as a section on the uses
        if (ANTONYMS_OPPOSITES_USAGE.matcher(h).matches()) return Section.SKIP;
        if (INDICATIONS_USES_USAGE.matcher(h).matches() || WHY_WHO_NEEDS.matcher(h).matches())
            return Section.INDICATIONS;
        if (RISKS_COMPLICATIONS_SIDE.matcher(h).matches())
            return Section.RISKS;
        if (MECHANISM_MECHANISM_ACTION.matcher(h).matches())
            return Section.MECHANISM;
        if (COMPONENTS_PARTS_DESIGN.matcher(h).matches()) return Section.COMPONENTS;
        if (PROCEDURE_INSERTION_PLACEMENT.matcher(h).matches()) return Section.PROCEDURE;
        if (SEE_ALSO_COMPARE.matcher(h).matches()) return Section.SEE_ALSO;
        if (SYNONYMS_ALSO_KNOWN.matcher(h).matches()) return Section.SYNONYMS;
        if (RELATED_TERMS_RELATED.matcher(h).matches())
            return Section.RELATED;
        return Section.GENERAL;
    }

    private static final Pattern OVERVIEW_DESCRIPTION_DEFINITION = Pattern.compile("(overview|description|definition|etymology|pronunciation|history|usage|uses|indications|risks|complications|risks and complications|side effects|mechanism|mechanism of action|function|components|design|procedure|related terms|see also|external links|references|sources|further reading|clinical significance|causes|symptoms|signs and symptoms|diagnosis|treatment|prognosis|epidemiology|types|classification|prevention|pathophysiology|contraindications|technique|resources|notes|summary|synonyms|antonyms|also known as|other names)");

    /** True for a line that is a known section heading word or phrase. */
    public static boolean isKnownHeading(String line) {
        String h = line.toLowerCase(Locale.ROOT).strip();
        return OVERVIEW_DESCRIPTION_DEFINITION.matcher(h).matches();
    }
}
