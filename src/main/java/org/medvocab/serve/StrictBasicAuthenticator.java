package org.medvocab.serve;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.security.AuthenticationState;
import org.eclipse.jetty.security.ServerAuthException;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's HTTP Basic authentication, answering a malformed {@code Authorization: Basic} header (not Base64, no colon)
 * with a one-line 400 instead of a server error with the exception text.
 */
final class StrictBasicAuthenticator extends BasicAuthenticator {

    static final String MALFORMED = "malformed Authorization header: expected 'Basic ' and the Base64 of user:password";

    @Override public AuthenticationState validateRequest(Request req, Response res, Callback callback) throws ServerAuthException {
        if (!wellFormed(req.getHeaders().get(HttpHeader.AUTHORIZATION))) {
            res.setStatus(400);
            res.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
            // the request body is not read: the connection closes after the answer, so no client reuses it mid-body
            res.getHeaders().put(HttpHeader.CONNECTION, "close");
            Content.Sink.write(res, true, MALFORMED + "\n", callback);
            return AuthenticationState.SEND_FAILURE;
        }
        return super.validateRequest(req, res, callback);
    }

    /** Whether an Authorization header is absent, not Basic, or a well-formed Basic one. */
    static boolean wellFormed(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic", 0, 5)) return true;
        String token = header.substring(5).strip();
        try {
            return !token.isEmpty() && new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8).indexOf(':') >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
