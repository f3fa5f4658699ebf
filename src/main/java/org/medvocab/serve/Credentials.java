package org.medvocab.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.eclipse.jetty.security.SecurityHandler;
import org.eclipse.jetty.security.UserStore;

/**
 * Who may write to the service. There is no built-in user or password: without credentials the service is read-only.
 * Credentials come from a password file in the Jetty realm-properties format ({@code user: password}, one per line; the
 * password may be plain or {@code OBF:}/{@code MD5:}/{@code CRYPT:} as Jetty's {@code Password} tool writes them), or
 * from the environment variables {@value #ENV_PASSWORD} and {@value #ENV_USER} (default user {@value #DEFAULT_USER}).
 * Every user they name may write; anyone may read.
 */
public final class Credentials {

    public static final String ENV_PASSWORD = "MEDVOCAB_ADMIN_PASSWORD";
    public static final String ENV_USER = "MEDVOCAB_ADMIN_USER";
    public static final String DEFAULT_USER = "admin";

    private final UserStore store;
    private final List<String> users;
    private final String origin;

    private Credentials(UserStore store, List<String> users, String origin) {
        this.store = store;
        this.users = List.copyOf(users);
        this.origin = origin;
    }

    /** No credentials: the service is read-only. */
    public static Credentials none() {
        return new Credentials(null, List.of(), "none");
    }

    /** One user with a password. */
    public static Credentials of(String user, String password) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isBlank() || password.isEmpty()) throw new IllegalArgumentException("user and password must not be empty");
        return new Credentials(JettySecurityLib.makeUserStore(user, password), List.of(user), "user " + user);
    }

    /**
     * Reads a Jetty realm-properties password file.
     *
     * @throws IllegalArgumentException if the file is missing, unreadable or names no user
     */
    public static Credentials fromPasswordFile(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException(file + ": no such password file");
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        List<String> users = new ArrayList<>();
        // The store is built here, not with Jetty's PropertyUserStore, whose file scanner thread would outlive
        // the server; a changed password file takes effect at the next start.
        org.eclipse.jetty.security.UserStore store = new org.eclipse.jetty.security.UserStore();
        for (String u : p.stringPropertyNames()) {
            String[] v = p.getProperty(u).strip().split(",");
            String password = v[0].strip();
            if (u.isBlank() || password.isEmpty()) continue;
            String[] roles = java.util.Arrays.stream(v).skip(1).map(String::strip).filter(r -> !r.isEmpty()).toArray(String[]::new);
            store.addUser(u.strip(), org.eclipse.jetty.util.security.Credential.getCredential(password), roles);
            users.add(u.strip());
        }
        if (users.isEmpty()) throw new IllegalArgumentException(file + ": names no user (expected lines like 'admin: SECRET')");
        users.sort(null);
        return new Credentials(store, users, "password file " + file);
    }

    /** Credentials from {@value #ENV_PASSWORD} (and {@value #ENV_USER}); {@link #none()} when the password is not set. */
    public static Credentials fromEnvironment(Map<String, String> env) {
        String password = env.get(ENV_PASSWORD);
        if (password == null || password.isEmpty()) return none();
        String user = env.getOrDefault(ENV_USER, DEFAULT_USER);
        if (user == null || user.isBlank()) user = DEFAULT_USER;
        Credentials c = of(user.strip(), password);
        return new Credentials(c.store, c.users, "environment variable " + ENV_PASSWORD + " (user " + user.strip() + ")");
    }

    /** True when no one may write. */
    public boolean isEmpty() { return store == null; }

    /** The users who may write. */
    public List<String> users() { return users; }

    /** Where the credentials came from, for the start-up message. */
    public String origin() { return origin; }

    /** A Jetty security handler (HTTP Basic) over these users. */
    SecurityHandler securityHandler(String realm) {
        if (store == null) throw new IllegalStateException("no credentials");
        SecurityHandler sh = JettySecurityLib.makeSecurityHandler(realm, store, AuthScheme.BASIC);
        sh.setAuthenticator(new StrictBasicAuthenticator());
        return sh;
    }
}
