package org.medvocab.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Label normalisation: comparison keys, singular forms and IRI slugs. */
public final class Labels {
    private static Set<String> words(String... ws) { return Set.copyOf(java.util.Arrays.asList(ws)); }

    private Labels() {}

    /** Nouns that end in "s" but are singular (general English and medical Latin/Greek endings are handled by rule). */
    private static final Set<String> INVARIANT = words(
        "diabetes", "herpes", "rabies", "measles", "mumps", "scabies", "series", "species", "feces", "faeces",
        "news", "lens", "gas", "bias", "atlas", "pancreas", "plus", "status", "virus", "corpus", "fetus",
        "uterus", "embolus", "bronchus", "meatus", "sinus", "calculus", "stimulus", "locus",
        "mucus", "pus", "anus", "humerus", "radius", "nucleus", "villus", "fundus", "pylorus", "ileus",
        "tetanus", "lupus", "physics", "genetics", "diagnostics", "mathematics", "aids", "biologics",
        "process", "access", "mass", "stress", "loss", "abscess", "illness", "sickness", "plexus", "thorax",
        "cortex", "apex", "glottis", "penis", "testis", "pelvis", "iris", "trachea");

    private static final java.util.regex.Pattern QUOTES = java.util.regex.Pattern.compile("[\u2018\u2019'`\"]");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern NON_SLUG = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern EDGE_HYPHENS = java.util.regex.Pattern.compile("^-+|-+$");

    /**
     * Comparison key: lower case, NFKC, hyphens/underscores as spaces, collapsed spaces, and the last word
     * made singular by a conservative rule.
     */
    public static String key(String label) {
        if (label == null) return "";
        String s = Normalizer.normalize(label, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
            .replace('-', ' ').replace('_', ' ').replace('\u2010', ' ').replace('\u2011', ' ');
        s = SPACES.matcher(QUOTES.matcher(s).replaceAll("")).replaceAll(" ").strip();
        int sp = s.lastIndexOf(' ');
        String last = s.substring(sp + 1);
        return s.substring(0, sp + 1) + singular(last);
    }

    /** Singular form of one lower-case English noun (conservative: leaves anything doubtful alone). */
    public static String singular(String w) {
        String one = suffixSingular(w);
        if (one.equals(w)) return w;
        // "caries", "rickets": a noun WordNet lists as it is, whose cut form is no noun ("cary"), is no plural
        var wordNet = org.medvocab.ground.WordNetLexicon.get();
        String lw = w.toLowerCase(Locale.ROOT);
        return lw.equals(wordNet.lemma(lw, org.medvocab.ground.WordNetLexicon.Reading.NOUN).orElse(null))
            && !wordNet.reads(one.toLowerCase(Locale.ROOT), org.medvocab.ground.WordNetLexicon.Reading.NOUN) ? w : one;
    }

    /**
     * The singular the endings give ("arteries" -> "artery", "sizes" -> "size"), before WordNet is asked: the rule the
     * link stage's label keys and the committed medical lexicon are built with, cheap enough for a million labels.
     */
    public static String suffixSingular(String w) {
        String lw = w.toLowerCase(Locale.ROOT);
        if (lw.length() < 4 || INVARIANT.contains(lw) || !lw.endsWith("s") || !Character.isLetter(lw.charAt(lw.length() - 2))) return w;
        String base = w.substring(0, w.length() - 1);
        String stemEs = lw.length() > 4 ? lw.substring(0, lw.length() - 2) : "";
        if (lw.endsWith("es") && INVARIANT.contains(stemEs)) return w.substring(0, w.length() - 2);
        if (lw.endsWith("uses") && stemEs.length() >= 5 && !stemEs.endsWith("aus") && !stemEs.endsWith("ous")) return w.substring(0, w.length() - 2);
        if (lw.endsWith("ss") || lw.endsWith("is") || lw.endsWith("us") || lw.endsWith("ys") && lw.length() < 5) return w;
        if (lw.endsWith("ies") && lw.length() > 4) return w.substring(0, w.length() - 3) + (Character.isUpperCase(w.charAt(w.length() - 1)) ? "Y" : "y");
        if (lw.endsWith("sses") || lw.endsWith("xes") || lw.endsWith("ches") || lw.endsWith("shes") || lw.endsWith("zes")) {
            // "sizes", "headaches": a word ending in e takes only s, as the dictionary's nouns show
            var wordNet = org.medvocab.ground.WordNetLexicon.get();
            boolean eNoun = wordNet.readings(lw.substring(0, lw.length() - 1)).contains(org.medvocab.ground.WordNetLexicon.Reading.NOUN);
            boolean bareNoun = wordNet.readings(stemEs).contains(org.medvocab.ground.WordNetLexicon.Reading.NOUN);
            return eNoun && !bareNoun ? base : w.substring(0, w.length() - 2);
        }
        return base;
    }

    /**
     * The head noun of an inverted heading ("forceps" of "forceps, Adson"), in the form {@link #key} gives, or null
     * when the label is not written "head, modifier".
     */
    public static String invertedHead(String label) {
        if (label == null || label.indexOf(',') < 0) return null;
        Matcher m = INVERTED.matcher(label.strip());
        return m.matches() ? key(m.group(1)) : null;
    }

    /**
     * "forceps, Adson" under a dictionary's entries "forceps, Kelly", "forceps, tissue", ...: the natural order of a
     * heading whose head noun the page inverts entry after entry, whatever the modifier is (a name, a noun); the
     * label as given when its head is not one of {@code invertedHeads} (keys, see {@link #invertedHead}).
     */
    public static String uninvertedUnder(String label, Set<String> invertedHeads) {
        String head = invertedHead(label);
        if (head == null || !invertedHeads.contains(head)) return label;
        Matcher m = INVERTED.matcher(label.strip());
        return m.matches() ? TextRules.lowerUnlessProper(m.group(2) + " " + m.group(1)) : label;
    }

    /** "Mask, oxygen", "Catheters, Indwelling": an index's inverted heading, the head noun before its modifier. */
    private static final Pattern INVERTED = Pattern.compile("(\\p{L}[\\p{L}-]*(?: \\p{L}[\\p{L}-]*)?), (\\p{L}[\\p{L}-]*(?: \\p{L}[\\p{L}-]*)?)");

    /**
     * The natural order of a heading an index or dictionary writes inverted, head noun first ("Mask, oxygen" is
     * "oxygen mask"); the label as given otherwise. Two words separated by a comma are read as inverted only when the
     * natural order is a known term (the medical lexicon or a WordNet compound) or the second part is only an
     * adjective ("Catheters, Indwelling"): "bandage, patch" (two synonyms) stays as it is.
     */
    public static String uninverted(String label) {
        if (label == null || label.indexOf(',') < 0) return label;
        java.util.regex.Matcher m = INVERTED.matcher(label.strip());
        if (!m.matches()) return label;
        String head = m.group(1), modifier = m.group(2);
        String natural = TextRules.lowerUnlessProper(modifier + " " + head);
        var wordnet = org.medvocab.ground.WordNetLexicon.get();
        String lower = natural.toLowerCase(Locale.ROOT);
        boolean known = org.medvocab.ground.MedicalLexicon.get().contains(natural) || wordnet.isNounPhrase(lower)
            || !modifier.contains(" ") && wordnet.readings(modifier.toLowerCase(Locale.ROOT)).equals(Set.of(org.medvocab.ground.WordNetLexicon.Reading.ADJECTIVE));
        return known ? natural : label;
    }

    /** Singular of the last word of a phrase, keeping the rest as written. */
    public static String singularPhrase(String phrase) {
        int sp = phrase.lastIndexOf(' ');
        String last = phrase.substring(sp + 1);
        if (last.length() > 1 && last.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c))) {
            return phrase; // an acronym: PPIs is handled by the abbreviation rule
        }
        String one = singular(last);
        // "forceps", "tongs": a noun WordNet knows only in the form ending in s
        if (!one.equals(last) && one.length() == last.length() - 1 && writtenOnlyWithS(last, one)) return phrase;
        // "vas deferens", "ductus deferens": a name WordNet knows as written, whose last word is no plural
        if (!one.equals(last) && sp > 0 && writtenOnlyWithS(phrase, phrase.substring(0, sp + 1) + one)) return phrase;
        return phrase.substring(0, sp + 1) + one;
    }

    private static boolean writtenOnlyWithS(String word, String stripped) {
        org.medvocab.ground.WordNetLexicon wn = org.medvocab.ground.WordNetLexicon.get();
        var noun = org.medvocab.ground.WordNetLexicon.Reading.NOUN;
        return wn.lemma(word, noun).filter(l -> l.equalsIgnoreCase(word)).isPresent() && wn.lemma(stripped, noun).isEmpty();
    }

    /** A readable IRI segment: lower case ASCII letters and digits joined by hyphens. */
    public static String slug(String label) {
        String s = MARKS.matcher(Normalizer.normalize(label, Normalizer.Form.NFKD)).replaceAll("")
            .toLowerCase(Locale.ROOT).replace("+", " plus ");
        s = EDGE_HYPHENS.matcher(NON_SLUG.matcher(s).replaceAll("-")).replaceAll("");
        return s.isEmpty() ? "term" : s;
    }

    /** True when a word is written with a capital somewhere other than as an ordinary capitalised first letter. */
    public static boolean hasInnerCapital(String w) {
        for (int i = 1; i < w.length(); i++) if (Character.isUpperCase(w.charAt(i))) return true;
        return false;
    }

    private static final Pattern NOT_KEY_CHARS = Pattern.compile("[^a-z0-9 ]+");

    /** Folds a string to ASCII letters/digits/spaces, for loose comparisons such as pronunciations. */
    public static String ascii(String s) {
        return NOT_KEY_CHARS.matcher(MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("")
            .toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
