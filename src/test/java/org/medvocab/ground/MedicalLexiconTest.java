package org.medvocab.ground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.medvocab.link.Kind;

/** The committed medical lexicon: well-known terms, their kinds and identifiers, and what was left out. */
class MedicalLexiconTest {
    private final MedicalLexicon lexicon = MedicalLexicon.get();

    private List<String> ids(String phrase) {
        return lexicon.lookup(phrase).stream().map(LexiconEntry::id).toList();
    }

    private Optional<Kind> kindOf(String phrase, String prefix) {
        return lexicon.lookup(phrase).stream().filter(e -> e.source().equals(prefix)).findFirst().flatMap(LexiconEntry::kind);
    }

    @Test void oneInstancePerJvm() {
        assertSame(MedicalLexicon.get(), MedicalLexicon.get());
        assertTrue(lexicon.keys() > 50_000, "keys: " + lexicon.keys());
        assertTrue(lexicon.entries() >= lexicon.keys());
    }

    @Test void heartChamberIsAnatomyInUberonAndMesh() {
        assertTrue(ids("left ventricle").contains("UBERON:0002084"), ids("left ventricle").toString());
        assertEquals(Optional.of(Kind.ANATOMY), kindOf("Heart Ventricles", "MESH"));
        assertEquals(Optional.of(Kind.ANATOMY), kindOf("cardiac ventricle", "UBERON"));
    }

    @Test void pluralAndSpellingFoldToTheSameEntries() {
        assertEquals(ids("heart ventricle"), ids("Heart Ventricles"));
        assertEquals(ids("oesophagus"), ids("esophagus"));
        assertEquals(ids("erythrocyte"), ids("Erythrocytes"));
        assertFalse(ids("esophagus").isEmpty());
    }

    @Test void enzymesAndSmallMoleculesAreSubstances() {
        assertEquals(Optional.of(Kind.SUBSTANCE), kindOf("lactase", "MESH"));
        assertEquals(Optional.of(Kind.SUBSTANCE), kindOf("ATP", "CHEBI"));
        assertEquals(Optional.of(Kind.SUBSTANCE), kindOf("adenosine triphosphate", "MESH"));
    }

    @Test void devicesProceduresConditionsAndProcesses() {
        assertEquals(Optional.of(Kind.DEVICE), kindOf("infusion pumps", "FDA_PRODUCT_CODE"), "an inverted FDA name: Pump, Infusion");
        assertEquals(Optional.of(Kind.DEVICE), kindOf("syringe", "OBI"), "OBI device, from its hierarchy");
        assertEquals(Optional.of(Kind.PROCEDURE), kindOf("extracorporeal membrane oxygenation", "MAXO"));
        assertEquals(Optional.of(Kind.CONDITION), kindOf("myocardial infarction", "DOID"));
        assertEquals(Optional.of(Kind.CONDITION), kindOf("cardiogenic shock", "SYMP"));
        assertEquals(Optional.of(Kind.MECHANISM), kindOf("blood coagulation", "GO"));
        assertEquals(Optional.of(Kind.ANATOMY), kindOf("red blood cell", "CL"), "CL exact synonym of erythrocyte");
    }

    @Test void entriesCarryThePreferredLabelAndRole() {
        LexiconEntry syn = lexicon.lookup("red blood cells").stream().filter(e -> e.id().equals("CL:0000232")).findFirst().orElseThrow();
        assertEquals("erythrocyte", syn.label());
        assertEquals(LexiconEntry.Role.SYNONYM, syn.role());
        LexiconEntry name = lexicon.lookup("Heart").stream().filter(e -> e.id().equals("MESH:D006321")).findFirst().orElseThrow();
        assertEquals("Heart", name.label());
        assertEquals(LexiconEntry.Role.PREFERRED, name.role());
    }

    @Test void leftOutVocabulariesAndGoFunctions() {
        assertTrue(lexicon.lookup("atpase activity").isEmpty(), "GO molecular functions are left out");
        assertTrue(lexicon.lookup("cytosol").stream().noneMatch(e -> e.source().equals("GO")), "GO cellular components are left out");
        assertTrue(ids("Review").stream().noneMatch(id -> id.startsWith("MESH:")), "MeSH publication types are left out");
        assertTrue(lexicon.lookup("faster").isEmpty());
        assertTrue(lexicon.lookup("All").isEmpty(), "closed-class words are no keys (HP's root is 'All')");
    }

    @Test void noUselessKeysInTheResource() throws Exception {
        int rows = 0;
        String previous = "";
        try (var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
            MedicalLexicon.class.getResourceAsStream(LexiconOperation.RESOURCE)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("key\t")) continue;
                String[] cols = line.split("\t", -1);
                assertEquals(5, cols.length, line);
                assertTrue(LexiconRules.usefulKey(cols[0]), "useless key: " + line);
                assertTrue(LexiconRules.keepsPrefix(cols[1]), "vocabulary left out: " + line);
                String sortKey = cols[0] + "\t" + cols[1];
                assertTrue(previous.compareTo(sortKey) < 0, "sorted by key then id: " + line);
                previous = sortKey;
                rows++;
            }
        }
        assertEquals(lexicon.entries(), rows);
    }

    @Test void uselessKeyRule() {
        assertFalse(LexiconRules.usefulKey("mi"));
        assertFalse(LexiconRules.usefulKey("1 2 3"));
        assertFalse(LexiconRules.usefulKey("a b c d e f g h i"));
        assertTrue(LexiconRules.usefulKey("atp"));
    }

    @Test void goWordingRule() {
        assertTrue(LexiconRules.isGoFunctionOrComponent("protein kinase activity"));
        assertTrue(LexiconRules.isGoFunctionOrComponent("calcium ion binding"));
        assertTrue(LexiconRules.isGoFunctionOrComponent("mitochondrial inner membrane"));
        assertFalse(LexiconRules.isGoFunctionOrComponent("regulation of membrane potential"));
        assertFalse(LexiconRules.isGoFunctionOrComponent("glucose metabolic process"));
        assertFalse(LexiconRules.isGoFunctionOrComponent("response to cell death"));
    }
}
