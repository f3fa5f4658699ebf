package org.medvocab.serve;

import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * Which outbound requests the service may make on behalf of a client: none by default. A SPARQL {@code SERVICE} call and
 * an update's {@code LOAD} are allowed only when their IRI starts with one of the allowed endpoint prefixes;
 * {@code file:} IRIs are refused unless a prefix names them explicitly. {@link #check(Query)} and {@link #check(UpdateRequest)}
 * look at the request before it runs (the service answers 400); {@link #install(Context)} adds the same rule to query
 * execution as a second line, for SERVICE calls a syntactic check cannot see.
 *
 * @param allowedEndpoints IRI prefixes that SERVICE and LOAD may reach; empty: none
 */
public record OutboundPolicy(List<String> allowedEndpoints) {

    /** Refused by the policy; the message is one line for the client. */
    public static final class RefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        RefusedException(String message) { super(message); }
    }

    public OutboundPolicy {
        allowedEndpoints = List.copyOf(Objects.requireNonNull(allowedEndpoints, "allowedEndpoints"));
        for (String e : allowedEndpoints) if (e.isBlank()) throw new IllegalArgumentException("empty endpoint prefix");
    }

    /** No outbound requests at all. */
    public static OutboundPolicy none() { return new OutboundPolicy(List.of()); }

    /** Whether a request to {@code iri} is allowed. */
    public boolean allows(String iri) {
        return iri != null && allowedEndpoints.stream().anyMatch(iri::startsWith);
    }

    /** Refuses a query with a SERVICE call to an endpoint that is not allowed (or named by a variable). */
    public void check(Query query) {
        if (query.getQueryPattern() != null) check(query.getQueryPattern());
    }

    /** Refuses an update with a LOAD from, or a SERVICE call to, an IRI that is not allowed. */
    public void check(UpdateRequest request) {
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateLoad load && !allows(load.getSource())) {
                throw new RefusedException("LOAD <" + load.getSource() + "> refused: this service does not fetch data from "
                    + (load.getSource().startsWith("file:") ? "files" : "other servers") + hint());
            }
            if (u instanceof UpdateModify m && m.getWherePattern() != null) check(m.getWherePattern());
        }
    }

    private void check(Element pattern) {
        ElementWalker.walk(pattern, new ElementVisitorBase() {
            @Override public void visit(ElementService el) { checkService(el.getServiceNode()); }
            @Override public void visit(ElementSubQuery el) { check(el.getQuery()); }
            @Override public void visit(ElementFilter el) { checkExpr(el.getExpr()); }
            @Override public void visit(ElementBind el) { checkExpr(el.getExpr()); }
        });
    }

    /** EXISTS and NOT EXISTS carry a graph pattern inside an expression. */
    private void checkExpr(Expr expr) {
        if (expr instanceof ExprFunctionOp op && op.getElement() != null) check(op.getElement());
        if (expr instanceof ExprFunction f) for (Expr arg : f.getArgs()) checkExpr(arg);
    }

    private void checkService(Node endpoint) {
        if (!endpoint.isURI()) {
            throw new RefusedException("SERVICE " + endpoint + " refused: the endpoint of a SERVICE call must be an IRI" + hint());
        }
        if (!allows(endpoint.getURI())) {
            throw new RefusedException("SERVICE <" + endpoint.getURI() + "> refused: this service does not send queries to other endpoints" + hint());
        }
    }

    private String hint() {
        return allowedEndpoints.isEmpty() ? " (no endpoint is allowed; see medvocab serve --allow-endpoint)"
            : " (allowed: " + String.join(", ", allowedEndpoints) + ")";
    }

    /**
     * Applies the policy at execution time too: with no allowed endpoint, SERVICE is switched off in {@code cxt}
     * ({@link ARQ#httpServiceAllowed}); in every case a link in the context's service registry refuses endpoints that are
     * not allowed.
     */
    public void install(Context cxt) {
        if (allowedEndpoints.isEmpty()) cxt.set(ARQ.httpServiceAllowed, false);
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.chooseRegistry(cxt).copy();
        ChainingServiceExecutor guard = (opExecute, original, binding, execCxt, chain) -> {
            checkService(opExecute.getService());
            return chain.createExecution(opExecute, original, binding, execCxt);
        };
        registry.getSingleChain().add(0, guard);
        ServiceExecutorRegistry.set(cxt, registry);
    }
}
