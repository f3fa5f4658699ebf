package org.medvocab.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How medical words name the part they are about: a root and a suffix ("appendic-itis", "oophor-ectomy",
 * "gastro-scopy"). A condition or procedure whose name is built so is about the body part its root names, when the
 * page names that part: the Latin roots by sharing their letters with the English name ("appendicitis", "appendix";
 * "bursitis", "bursa"), the Greek ones through the table of combining forms every medical-terminology course teaches
 * ("oophor-" the ovary, "salping-" the fallopian tube). The one list of them.
 */
final class CombiningForms {
    private CombiningForms() {}

    /** Suffixes of procedures on a part, and of conditions of it. */
    private static final String PROCEDURE_SUFFIXES = "ectomy|tomy|stomy|scopy|plasty|pexy|rrhaphy";
    private static final String CONDITION_SUFFIXES = "itis|algia|cele|megaly|pathy";
    /** A root (three letters at least) and its linking vowel before a suffix. */
    private static final String ROOT = "(\\p{L}{3,}?)o?";

    /** Conditions and procedures (and the instruments and records of some), after the root and its linking vowel. */
    private static final Pattern BUILT_WORD = Pattern.compile(ROOT + "(?:" + CONDITION_SUFFIXES + "|" + PROCEDURE_SUFFIXES
        + "|scope|graphy|gram)");

    /** Greek (and some Latin) roots and the English names of the parts they name. */
    private static final Map<String, List<String>> ROOTS = Map.ofEntries(
        Map.entry("gastr", List.of("stomach")), Map.entry("hepat", List.of("liver")),
        Map.entry("nephr", List.of("kidney")), Map.entry("ren", List.of("kidney")),
        Map.entry("cyst", List.of("bladder")), Map.entry("col", List.of("colon")),
        Map.entry("enter", List.of("intestine", "small intestine")), Map.entry("arthr", List.of("joint")),
        Map.entry("oste", List.of("bone")), Map.entry("cardi", List.of("heart")),
        Map.entry("pneum", List.of("lung")), Map.entry("pneumon", List.of("lung")),
        Map.entry("pulmon", List.of("lung")), Map.entry("rhin", List.of("nose")),
        Map.entry("ophthalm", List.of("eye")), Map.entry("blephar", List.of("eyelid")),
        Map.entry("derm", List.of("skin")), Map.entry("dermat", List.of("skin")),
        Map.entry("mast", List.of("breast")), Map.entry("mamm", List.of("breast")),
        Map.entry("hyster", List.of("uterus", "womb")), Map.entry("metr", List.of("uterus")),
        Map.entry("oophor", List.of("ovary")), Map.entry("salping", List.of("fallopian tube")),
        Map.entry("orchi", List.of("testis", "testicle")), Map.entry("encephal", List.of("brain")),
        Map.entry("cerebr", List.of("brain")), Map.entry("mening", List.of("meninges")),
        Map.entry("neur", List.of("nerve")), Map.entry("phleb", List.of("vein")), Map.entry("ven", List.of("vein")),
        Map.entry("arteri", List.of("artery")), Map.entry("aort", List.of("aorta")),
        Map.entry("esophag", List.of("esophagus", "oesophagus", "gullet")),
        Map.entry("oesophag", List.of("oesophagus", "esophagus")), Map.entry("cholecyst", List.of("gallbladder")),
        Map.entry("pancreat", List.of("pancreas")), Map.entry("splen", List.of("spleen")),
        Map.entry("gingiv", List.of("gum", "gums", "gingiva")), Map.entry("stomat", List.of("mouth")),
        Map.entry("gloss", List.of("tongue")), Map.entry("odont", List.of("tooth", "teeth")),
        Map.entry("dent", List.of("tooth", "teeth")), Map.entry("spondyl", List.of("vertebra", "spine")),
        Map.entry("chondr", List.of("cartilage")), Map.entry("ten", List.of("tendon")),
        Map.entry("tendin", List.of("tendon")), Map.entry("colp", List.of("vagina")),
        Map.entry("proct", List.of("rectum", "anus")), Map.entry("lapar", List.of("abdomen", "abdominal wall")),
        Map.entry("thorac", List.of("chest", "thorax")), Map.entry("trache", List.of("trachea", "windpipe")),
        Map.entry("laryng", List.of("larynx")), Map.entry("pharyng", List.of("pharynx", "throat")),
        Map.entry("bronch", List.of("bronchi", "bronchus")), Map.entry("sinus", List.of("sinus", "sinuses")),
        Map.entry("cervic", List.of("cervix", "neck")), Map.entry("urethr", List.of("urethra")),
        Map.entry("ureter", List.of("ureter")), Map.entry("prostat", List.of("prostate", "prostate gland")),
        Map.entry("thyroid", List.of("thyroid gland", "thyroid")), Map.entry("kerat", List.of("cornea")),
        Map.entry("retin", List.of("retina")), Map.entry("conjunctiv", List.of("conjunctiva")),
        Map.entry("tympan", List.of("eardrum")), Map.entry("myring", List.of("eardrum")),
        Map.entry("pleur", List.of("pleura")), Map.entry("periton", List.of("peritoneum")),
        Map.entry("lymphaden", List.of("lymph node")), Map.entry("adenoid", List.of("adenoid", "adenoids")));

    private static final Pattern PROCEDURE = Pattern.compile(ROOT + "(?:" + PROCEDURE_SUFFIXES + ")");
    private static final Pattern CONDITION = Pattern.compile(ROOT + "(?:" + CONDITION_SUFFIXES + ")");

    /**
     * Whether a procedure treats a condition of the same part: "appendectomy" and "appendicitis", "tonsillectomy" and
     * "tonsillitis" (their roots share their first letters, or name the same part in the table).
     */
    static boolean treats(String procedure, String condition) {
        Matcher p = PROCEDURE.matcher(procedure.toLowerCase(Locale.ROOT));
        Matcher c = CONDITION.matcher(condition.toLowerCase(Locale.ROOT));
        if (!p.matches() || !c.matches()) return false;
        String a = p.group(1), b = c.group(1);
        List<String> pa = ROOTS.get(a), pb = ROOTS.get(b);
        if (pa != null && pb != null) return pa.stream().anyMatch(pb::contains);
        int shared = 0;
        while (shared < a.length() && shared < b.length() && a.charAt(shared) == b.charAt(shared)) shared++;
        return shared >= SHARED_LETTERS;
    }

    /** A procedure's suffix and the suffix of the instrument it is done with ("cystoscopy" with a "cystoscope"). */
    private static final Map<String, Pattern> INSTRUMENTS = Map.of(
        "scopy", Pattern.compile("scopes?"), "graphy", Pattern.compile("graphs?"), "metry", Pattern.compile("meters?"),
        "tripsy", Pattern.compile("tript[eo]rs?"), "tomy", Pattern.compile("tomes?"));

    /** Whether a procedure is done with an instrument of the same root: "colposcopy" with a "colposcope". */
    static boolean doneWith(String procedure, String instrument) {
        String p = procedure.toLowerCase(Locale.ROOT), i = instrument.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Pattern> e : INSTRUMENTS.entrySet()) {
            if (!p.endsWith(e.getKey()) || p.length() - e.getKey().length() < 3) continue;
            String stem = p.substring(0, p.length() - e.getKey().length());
            if (i.startsWith(stem) && e.getValue().matcher(i.substring(stem.length())).matches()) return true;
        }
        return false;
    }

    /** Letters a Latin root shares with the English name of its part, at least ("append-icitis", "append-ix"). */
    private static final int SHARED_LETTERS = 5;

    /** The root of a word built from a root and one of the suffixes, or null ("appendicitis" gives "appendic"). */
    static String root(String word) {
        Matcher m = BUILT_WORD.matcher(word.toLowerCase(Locale.ROOT));
        return m.matches() ? m.group(1) : null;
    }

    /** Whether a part's name is what the root names: by the table, or by sharing the root's first letters. */
    static boolean names(String root, String part) {
        String p = part.toLowerCase(Locale.ROOT);
        List<String> english = ROOTS.get(root);
        if (english != null) return english.contains(p);
        String head = Phrases.head(p);
        int shared = 0;
        while (shared < root.length() && shared < head.length() && root.charAt(shared) == head.charAt(shared)) shared++;
        return shared >= Math.min(SHARED_LETTERS, root.length()) && shared >= 4;
    }
}
