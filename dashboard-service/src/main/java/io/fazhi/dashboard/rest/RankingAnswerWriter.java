package io.fazhi.dashboard.rest;

import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

import io.fazhi.dashboard.service.RankingAnswer;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Writes a ranking answer in the media type the framework negotiated: its JSON bytes, made once when it was computed,
 * or its CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read the Chinese names). JSON goes out
 * gzipped, compressed once per answer, to a client whose Accept-Encoding names gzip: the HTTP layer's compression
 * (quarkus.http.enable-compression) compresses again on every request, which the benchmark measured at 4% of the
 * trivial endpoint's throughput for a county composite and 1% for a province's ranking, against 62% and 58% this way
 * ({@code deploy/bench/results/2026-12-02-framework-compression.md}).
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, RankingRequest.CSV})
public class RankingAnswerWriter implements ServerMessageBodyWriter<RankingAnswer> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target,
            MediaType mediaType) {
        return RankingAnswer.class.isAssignableFrom(type);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return RankingAnswer.class.isAssignableFrom(type);
    }

    @Override
    public void writeResponse(RankingAnswer answer, Type genericType, ServerRequestContext context) {
        MediaType type = context.getResponseMediaType();
        if (type != null && isCsv(type)) {
            context.serverResponse().end(answer.csv());
        } else if (acceptsGzip(context.getRequestHeaders().getHeaderString(HttpHeaders.ACCEPT_ENCODING))) {
            context.serverResponse().setResponseHeader("Content-Encoding", "gzip").end(answer.gzippedJson());
        } else {
            context.serverResponse().end(answer.json());
        }
    }

    @Override
    public void writeTo(RankingAnswer answer, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws java.io.IOException {
        out.write(isCsv(mediaType) ? answer.csv() : answer.json());
    }

    static boolean isCsv(MediaType type) {
        return "text".equals(type.getType()) && "csv".equals(type.getSubtype());
    }

    /** gzip named in Accept-Encoding and not refused with q=0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] p = part.trim().split(";");
            if (p[0].trim().equalsIgnoreCase("gzip")) {
                return p.length < 2 || !p[1].replaceAll("\\s", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }
}
