package org.medvocab.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The servlet filter in front of Fuseki that answers the browser's routes (GET and HEAD only) from a routing table;
 * every other request, and every route whose handler declines, goes on to Fuseki unchanged.
 */
final class BrowseFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(BrowseFilter.class);

    private final List<Route> routes;
    private final Supplier<String> version;
    private final Instant loaded;
    private final String linkBase;

    /** @param linkBase the public base JSON links are made absolute under, or null to leave them server paths */
    BrowseFilter(List<Route> routes, Supplier<String> version, Instant loaded, String linkBase) {
        this.routes = List.copyOf(routes);
        this.version = version;
        this.loaded = loaded;
        this.linkBase = linkBase;
    }

    @Override public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp
            && ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))) {
            Exchange ex = new Exchange(req, resp, version.get(), loaded, linkBase);
            String path = ex.path();
            for (Route r : routes) {
                Matcher m = r.path().matcher(path);
                if (m.matches() && answer(r, ex, m)) return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean answer(Route r, Exchange ex, Matcher m) throws IOException {
        try {
            return r.handler().handle(ex, m);
        } catch (Exchange.BadRequest e) {
            if (ex.path().startsWith(Api.PREFIX)) ex.jsonError(400, e.getMessage());
            else ex.html(400, "<!DOCTYPE html><title>Bad request</title><h1>Bad request</h1><p>" + Html.esc(e.getMessage()) + "</p>");
            return true;
        } catch (RuntimeException e) {
            LOG.warn("{} {}: {}", ex.req.getMethod(), ex.path(), e.toString());
            if (ex.path().startsWith(Api.PREFIX)) ex.jsonError(500, "Internal error: " + e.getClass().getSimpleName());
            else ex.html(500, "<!DOCTYPE html><title>Error</title><h1>Something went wrong</h1><p>The page could not be built.</p>");
            return true;
        }
    }
}
