package org.medvocab.page;

import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The fields of knowledge dictionaries label their senses with ("Surgery", "(anat.)", "Medical technology"): a label
 * says which field a sense belongs to and is never a headword of its own.
 */
public final class Fields {
    private Fields() {}

    /** Field names and their usual abbreviations. */
    public static final Set<String> NAMES = Set.of("medicine", "med", "surgery", "surg", "pathology", "pathol", "anatomy",
        "anat", "physiology", "physiol", "pharmacology", "pharm", "pharmacy", "biology", "biol", "zoology", "zool",
        "dentistry", "obstetrics", "obstet", "veterinary", "vet", "chemistry", "chem", "biochemistry", "physics",
        "technology", "science", "engineering", "nursing", "radiology", "cardiology", "neurology", "psychiatry",
        "psychology", "pediatrics", "paediatrics", "gynecology", "gynaecology", "ophthalmology", "urology", "dermatology",
        "oncology", "immunology", "microbiology", "histology", "embryology", "genetics", "epidemiology", "toxicology",
        "hematology", "haematology", "anesthesiology", "anaesthesiology", "orthopedics", "orthopaedics");

    /** An abbreviated field's label in brackets, as the Webster 1913 writes it after a sub-entry: "(Surg.)", "(Anc. Armor.)". */
    public static final String BRACKETED_ABBREVIATION = "\\([\\p{L}. ]{1,20}\\.\\)";

    /** Fields among {@link #NAMES} whose senses are not about medicine or its sciences ("(Zool.) a patch of colour on a wing"). */
    public static final Set<String> NOT_MEDICAL = Set.of("zoology", "zool", "physics", "engineering");

        /** Words that qualify a field in a label ("Medical technology", "Clinical pathology"). */
    private static final Set<String> FIELD_QUALIFIERS = Set.of("medical", "clinical", "dental", "surgical", "general",
        "internal", "veterinary", "human", "biomedical", "applied");

    /** The names, longest first, as a regular-expression alternation (for patterns that find a label in running text). */
    public static final String ALTERNATION = NAMES.stream().sorted(Comparator.comparing(String::length).reversed()
        .thenComparing(Comparator.naturalOrder())).collect(Collectors.joining("|"));

    private static final Pattern MARKS = Pattern.compile("[.:()]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Whether a short line is a field's name: a field, perhaps qualified ("Medical technology", "Surgery"). */
    public static boolean isFieldName(String text) {
        String[] words = SPACES.split(MARKS.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(""));
        if (words.length > 3 || !NAMES.contains(words[words.length - 1])) return false;
        for (int i = 0; i < words.length - 1; i++) {
            if (!FIELD_QUALIFIERS.contains(words[i])) return false;
        }
        return true;
    }
}
