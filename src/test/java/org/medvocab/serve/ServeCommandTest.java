package org.medvocab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.medvocab.CliRun;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.model.Graphs;

/**
 * {@code medvocab serve} as a user runs it: a separate JVM, stopped with SIGTERM (what Ctrl-C does), restarted on the
 * same database folder; and its error exits.
 */
class ServeCommandTest {

    static final String PASSWORD = "serve-test-password";

    @TempDir Path tmp;
    final List<Process> processes = new ArrayList<>();

    @AfterEach void killLeftovers() {
        for (Process p : processes) if (p.isAlive()) p.destroyForcibly();
    }

    /** A running {@code medvocab serve} process and what it printed. */
    final class Serve {
        final Process process;
        final StringBuffer out = new StringBuffer();
        final StringBuffer err = new StringBuffer();
        final List<Thread> pumps = new ArrayList<>();

        Serve(String... args) throws IOException {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.medvocab.cli.Main", "serve"));
            cmd.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.environment().remove(Credentials.ENV_USER);
            pb.environment().put(Credentials.ENV_PASSWORD, PASSWORD);
            process = pb.start();
            processes.add(process);
            pump(process.getInputStream(), out);
            pump(process.getErrorStream(), err);
        }

        /** Waits for the start-up message; returns the SPARQL query URL it printed. */
        String awaitStarted() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (System.nanoTime() < deadline) {
                if (out.indexOf("press Ctrl-C to stop") >= 0) {
                    Matcher m = Pattern.compile("SPARQL query\\s+(http://\\S+)").matcher(out);
                    assertTrue(m.find(), out.toString());
                    return m.group(1);
                }
                if (!process.isAlive()) break;
                Thread.sleep(50);
            }
            throw new AssertionError("serve did not start:\n" + out + "\n" + err);
        }

        int stop() throws InterruptedException {
            // SIGTERM, so the shutdown hook runs as on Ctrl-C. (Process.destroy() would also close the pipes and lose what
            // the hook prints.)
            assertTrue(process.toHandle().destroy());
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "serve stops on SIGTERM");
            for (Thread t : pumps) t.join(5000);
            return process.exitValue();
        }

        private void pump(InputStream in, StringBuffer into) {
            Thread t = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) into.append(line).append('\n');
                } catch (IOException e) {
                    // process ended
                }
            });
            t.setDaemon(true);
            t.start();
            pumps.add(t);
        }
    }

    @Test void servesStopsCleanlyOnSigtermAndARestartServesWhatWasThere() throws Exception {
        Path vocab = tmp.resolve("vocab.ttl");
        try (InputStream in = getClass().getResourceAsStream("/serve/small.ttl")) {
            Files.copy(in, vocab);
        }
        Path data = tmp.resolve("data");
        String[] args = {"--no-build", "--vocab", vocab.toString(), "--data", data.toString(), "--port", "0", "--timeout", "2"};

        Serve first = new Serve(args);
        String sparql = first.awaitStarted();
        String out = first.out.toString();
        assertTrue(out.contains("loaded from " + vocab), out);
        assertTrue(out.contains("writes allowed for admin") && out.contains(Credentials.ENV_PASSWORD), out);
        for (String url : List.of("Query UI", "SPARQL query", "Graph Store (read)", "Lookup", "SPARQL update", "Ping", "Metrics")) {
            assertTrue(out.contains(url), url + " in\n" + out);
        }
        String dataset = sparql.substring(0, sparql.length() - "/sparql".length());
        String update = "INSERT DATA { GRAPH <" + Graphs.VOCABULARY.getURI() + "> { <https://example.org/vocab/hemopump> "
            + "<http://www.w3.org/2004/02/skos/core#altLabel> \"kept across restarts\"@en } }";
        assertEquals(204, Http.post(dataset + "/update", "application/sparql-update", update, "Authorization", Http.basic("admin", PASSWORD)).status());

        // a second server cannot use the same folder while the first runs
        Serve second = new Serve(args);
        assertTrue(second.process.waitFor(60, TimeUnit.SECONDS));
        for (Thread t : second.pumps) t.join(5000);
        assertEquals(1, second.process.exitValue(), second.out + "\n" + second.err);
        assertTrue(second.err.toString().contains("in use by another process"), second.err.toString());

        first.stop();
        assertTrue(first.out.toString().contains("stopped; " + data + " released"), first.out + "\n---\n" + first.err);
        assertFalse(Files.exists(data.resolve("tdb2").resolve("tdb.lock")), "no lock file left behind");

        Serve again = new Serve(args);
        String sparql2 = again.awaitStarted();
        assertTrue(again.out.toString().contains("(" + vocab + " unchanged)"), again.out.toString());
        String ask = "ASK { <https://example.org/vocab/hemopump> <http://www.w3.org/2004/02/skos/core#altLabel> \"kept across restarts\"@en }";
        assertEquals("true", QueryRunner.run(ask, sparql2).rows().get(0).get(0));
        Http.Response lookup = Http.get(sparql2.replace("/sparql", "/lookup") + "?q=kept+across");
        assertTrue(lookup.body().contains("hemopump"), lookup.body());
        again.stop();

        try (VocabularyStore store = VocabularyStore.open(data, null)) {
            assertTrue(store.size(Graphs.VOCABULARY) > 100, "the folder opens again: the lock was released");
        }
    }

    @Test void usageAndStartUpErrorsExitWithAMessage() throws IOException {
        CliRun r = CliRun.run("serve", "--timeout", "0");
        assertEquals(2, r.status(), r.err());
        r = CliRun.run("serve", "--data", tmp.toString(), "--mem");
        assertEquals(2, r.status(), r.err());
        r = CliRun.run("serve", "--passwd", tmp.resolve("nope.passwd").toString(), "--mem");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("nope.passwd: no such password file"), r.err());
        r = CliRun.run("serve", "--no-build", "--mem", "--port", "0", "--vocab", tmp.resolve("missing.ttl").toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("missing.ttl: no such file"), r.err());
        Path bad = Files.writeString(tmp.resolve("bad.ttl"), "@prefix : <urn:x:> .\n:a :b :c .\n:a :b .\n");
        r = CliRun.run("serve", "--no-build", "--mem", "--port", "0", "--vocab", bad.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains(bad + ": line 3"), r.err());
    }

    @Test void aPortInUseIsNamedWithTheOptionThatChangesIt() throws IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            CliRun r = CliRun.run("serve", "--no-build", "--mem", "--port", Integer.toString(port));
            assertEquals(1, r.status(), r.err());
            assertEquals(1, r.errLines().size(), r.err());
            assertTrue(r.err().contains("port " + port + " on localhost is already in use"), r.err());
            assertTrue(r.err().contains("--port N (for example --port " + (port + 1) + "; --port 0 picks a free one)"), r.err());
        }
        assertTrue(org.medvocab.cli.ServeCommandAccess.portInUse(3030).contains("Fuseki's default port"));
    }

    @Test void passwordFilesNameTheUsersWhoMayWrite() throws IOException {
        Path f = Files.writeString(tmp.resolve("users.passwd"), "# who may write\nalice: secret\nbob: OBF:1v2j1uum1xtv1zej1zer1xtn1uvk1v1v\n");
        Credentials c = Credentials.fromPasswordFile(f);
        assertEquals(List.of("alice", "bob"), c.users());
        assertTrue(c.origin().contains("users.passwd"));
        Path empty = Files.writeString(tmp.resolve("empty.passwd"), "# nobody\n");
        assertTrue(assertThrowsMessage(() -> Credentials.fromPasswordFile(empty)).contains("names no user"));
        assertTrue(Credentials.fromEnvironment(java.util.Map.of()).isEmpty(), "no built-in password");
        Credentials env = Credentials.fromEnvironment(java.util.Map.of(Credentials.ENV_PASSWORD, "pw"));
        assertEquals(List.of(Credentials.DEFAULT_USER), env.users());
        assertEquals(List.of("ed"), Credentials.fromEnvironment(java.util.Map.of(Credentials.ENV_PASSWORD, "pw", Credentials.ENV_USER, "ed")).users());
    }

    static String assertThrowsMessage(Runnable r) {
        try {
            r.run();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw new AssertionError("no exception");
    }
}
