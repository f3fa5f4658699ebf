package org.medvocab.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The servlet filter in front of every request of {@link VocabServer}:
 * <ul>
 *   <li>a malformed {@code Authorization: Basic} header is a 400, not a server error; a read with credentials that do
 *       not match is a 401 (not an anonymous, row-capped answer);</li>
 *   <li>{@code /$/server}, {@code /$/stats} and {@code /$/metrics} need an authenticated user (or a loopback client,
 *       with {@link Guards#adminFromLocalhost()}): 401, or 403 on a service without credentials;</li>
 *   <li>request bodies are bounded ({@link Guards#maxQueryBytes()} for reads, {@link Guards#maxWriteBytes()} for
 *       writes): 413;</li>
 *   <li>queries, lookups, SHACL requests and the extensions' expensive paths (search) pass an {@link Admission}: a
 *       bounded number run, a bounded number wait, and the next one gets 503 with {@code Retry-After} at once, so
 *       waiting requests never take the whole thread pool (ping and static pages are never held back);</li>
 *   <li>writes carry their {@link WriteContext} ({@code ?force=true}) and, when accepted, are appended to the audit log;</li>
 *   <li>error messages keep a correct {@code Content-Length} whatever their characters.</li>
 * </ul>
 */
final class RequestGuard implements Filter {

    private static final Pattern ADMIN = Pattern.compile("^/\\$/(server|stats|metrics|datasets|backup|compact|tasks|logs|sleep)(/.*)?$");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");
    private static final String FORCE_PARAM = "force";
    private static final Pattern FORCE = Pattern.compile("(^|&)force=(true|1|yes)(&|$)");
    private static final Pattern FORCE_PAIR = Pattern.compile("(?<=^|&)force(=[^&]*)?(&|$)");

    private final Guards guards;
    private final String dataset;
    private final boolean hasCredentials;
    private final Set<String> expensivePaths;
    private final Admission reads;
    private final AuditLog audit;
    private final Runnable beforeForcedWrite;

    RequestGuard(Guards guards, String dataset, boolean hasCredentials, Admission reads, Set<String> expensivePaths,
                 Runnable beforeForcedWrite) {
        this.guards = guards;
        this.dataset = "/" + dataset;
        this.hasCredentials = hasCredentials;
        this.expensivePaths = Set.copyOf(expensivePaths);
        this.reads = reads;
        this.audit = new AuditLog(guards.auditLog());
        this.beforeForcedWrite = beforeForcedWrite;
    }

    private enum Kind { ADMIN, WRITE, READ, OTHER }

    @Override public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = new ErrorLength((HttpServletResponse) res);
        if (!StrictBasicAuthenticator.wellFormed(request.getHeader("Authorization"))) {
            refuse(response, 400, StrictBasicAuthenticator.MALFORMED);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Kind kind = kind(path);
        if (kind == Kind.ADMIN) {
            admin(request, response, chain);
            return;
        }
        long limit = kind == Kind.WRITE ? guards.maxWriteBytes() : guards.maxQueryBytes();
        if (request.getContentLengthLong() > limit) {
            refuse(response, 413, "request body of " + request.getContentLengthLong() + " bytes is over the limit of " + limit + " bytes for " + path);
            return;
        }
        Bounded bounded = new Bounded(request, limit);
        if (kind == Kind.WRITE) write(bounded, response, chain);
        else if (kind == Kind.READ) read(bounded, response, chain);
        else chain.doFilter(bounded, response);
    }

    private Kind kind(String path) {
        if (ADMIN.matcher(path).matches()) return Kind.ADMIN;
        if (expensivePaths.contains(path)) return Kind.READ;
        if (!path.equals(dataset) && !path.startsWith(dataset + "/")) return Kind.OTHER;
        String op = path.length() > dataset.length() ? path.substring(dataset.length() + 1) : "";
        if (op.startsWith(CurationEndpoints.PREFIX)) return Kind.WRITE;
        return switch (op) {
            case "update", "data", "upload" -> Kind.WRITE;
            default -> Kind.READ;
        };
    }

    private void admin(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (guards.adminFromLocalhost() && isLoopback(request.getRemoteAddr()) || request.getRemoteUser() != null) {
            chain.doFilter(request, response);
            return;
        }
        if (!hasCredentials) {
            refuse(response, 403, "admin endpoints are served to authenticated users only, and this service has no credentials "
                + "(set MEDVOCAB_ADMIN_PASSWORD, or start with --admin-from-localhost)");
            return;
        }
        if (request.authenticate(response) && request.getRemoteUser() != null) {
            chain.doFilter(request, response);
        } else if (!response.isCommitted()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"medvocab\"");
            refuse(response, 401, "admin endpoints need authentication");
        }
    }

    private void read(Bounded request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (hasCredentials && request.getHeader("Authorization") != null && request.getRemoteUser() == null) {
            // credentials that do not match are refused, not served as anonymous (capped) results
            response.setHeader("WWW-Authenticate", "Basic realm=\"medvocab\"");
            refuse(response, 401, "the credentials given are not valid (reads need none; authenticated queries are not capped)");
            return;
        }
        Admission.Ticket ticket = reads.enter();
        if (!ticket.admitted()) {
            response.setHeader("Retry-After", "1");
            refuse(response, 503, ticket.reason());
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            reads.leave();
        }
        request.overLimit(response);
    }

    private void write(Bounded request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String query = ((HttpServletRequest) request.getRequest()).getQueryString();
        boolean force = query != null && FORCE.matcher(query).find();
        if (force && beforeForcedWrite != null && request.getRemoteUser() != null) beforeForcedWrite.run();
        WriteContext c = WriteContext.begin(force);
        try {
            chain.doFilter(request, response);
        } finally {
            WriteContext.end();
        }
        request.overLimit(response);
        int status = response.getStatus();
        if (c.committed() && status < 300) {
            String target = request.getRequestURI() + (query == null ? "" : "?" + query);
            audit.append(new AuditLog.Entry(Instant.now(), request.getRemoteUser(), request.getMethod(), target, request.bytesRead(),
                status, force, c.triplesBefore, c.triplesAfter, c.conceptsBefore, c.conceptsAfter));
        }
    }

    private static boolean isLoopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Answers with a one-line text message (UTF-8, its length in bytes). */
    static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = (LINE_BREAK.matcher(message).replaceAll(" ") + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLengthLong(body.length);
        response.getOutputStream().write(body);
    }

    /** A request whose body stops with an error past the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final long limit;
        private long read;
        private boolean over;
        private ServletInputStream in;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        long bytesRead() { return Math.max(read, getContentLengthLong()); }

        /** After the chain: if the body went over the limit, the answer says so (when it is not sent yet). */
        void overLimit(HttpServletResponse response) throws IOException {
            if (over && !response.isCommitted()) {
                response.resetBuffer();
                refuse(response, 413, "request body is over the limit of " + limit + " bytes");
            }
        }

        @Override public ServletInputStream getInputStream() throws IOException {
            if (in != null) return in;
            ServletInputStream raw = super.getInputStream();
            in = new ServletInputStream() {
                @Override public int read() throws IOException {
                    int b = raw.read();
                    if (b >= 0) count(1);
                    return b;
                }
                @Override public int read(byte[] buf, int off, int len) throws IOException {
                    int n = raw.read(buf, off, len);
                    if (n > 0) count(n);
                    return n;
                }
                @Override public boolean isFinished() { return raw.isFinished(); }
                @Override public boolean isReady() { return raw.isReady(); }
                @Override public void setReadListener(ReadListener l) { raw.setReadListener(l); }
            };
            return in;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                over = true;
                throw new IOException("request body is over the limit of " + limit + " bytes");
            }
        }

        // ?force= is this service's parameter, not Fuseki's (whose Graph Store Protocol refuses unknown parameters)
        @Override public String getParameter(String name) { return FORCE_PARAM.equals(name) ? null : super.getParameter(name); }

        @Override public String[] getParameterValues(String name) { return FORCE_PARAM.equals(name) ? null : super.getParameterValues(name); }

        @Override public java.util.Map<String, String[]> getParameterMap() {
            java.util.Map<String, String[]> m = new java.util.LinkedHashMap<>(super.getParameterMap());
            m.remove(FORCE_PARAM);
            return java.util.Collections.unmodifiableMap(m);
        }

        @Override public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.enumeration(getParameterMap().keySet());
        }

        @Override public String getQueryString() {
            String q = super.getQueryString();
            if (q == null) return null;
            String stripped = FORCE_PAIR.matcher(q).replaceAll("");
            return stripped.isEmpty() ? null : stripped.replaceFirst("^&", "");
        }

        @Override public java.io.BufferedReader getReader() throws IOException {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding()));
        }
    }

    /**
     * A response that ignores a {@code Content-Length} set for an error message: Fuseki counts the message's characters,
     * not its bytes, which breaks the answer when it has non-ASCII text (a label in a refused write).
     */
    private static final class ErrorLength extends HttpServletResponseWrapper {
        ErrorLength(HttpServletResponse response) { super(response); }

        @Override public void setContentLength(int len) {
            if (getStatus() < 400) super.setContentLength(len);
        }

        @Override public void setContentLengthLong(long len) {
            if (getStatus() < 400) super.setContentLengthLong(len);
        }

        @Override public PrintWriter getWriter() throws IOException { return super.getWriter(); }
    }
}
