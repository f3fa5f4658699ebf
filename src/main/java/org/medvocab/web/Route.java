package org.medvocab.web;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One row of the browser's routing table: a path pattern and what answers it. */
record Route(Pattern path, Handler handler) {

    /** Answers a request whose path matched; returns false to let the rest of the server (Fuseki) answer it. */
    @FunctionalInterface
    interface Handler {
        boolean handle(Exchange ex, Matcher m) throws IOException, Exchange.BadRequest;
    }

    static Route of(String regex, Handler h) {
        return new Route(Pattern.compile(regex), h);
    }
}
